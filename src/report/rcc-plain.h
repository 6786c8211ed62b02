/* rcc-plain.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* Figures in plain words, for patients: the same numbers as the
 * professional view, said as sentences, with no bare abbreviation. */

char      *rcc_plain_duration        (RccMedian      *median);
char      *rcc_plain_median          (RccTrial       *trial,
                                      RccMedian      *median);
char      *rcc_plain_hazard_ratio    (RccTrial       *trial,
                                      RccHazardRatio *hr);
GPtrArray *rcc_plain_trial_sentences (RccTrial       *trial);
GPtrArray *rcc_plain_survival_sentences (RccTrial    *trial);
const char *rcc_plain_arm_name       (RccArm         *arm);
char      *rcc_plain_unexplained     (const char     *text);
char      *rcc_plain_arm_words       (RccArm         *arm);

/* The Flesch–Kincaid grade level of @text (US school grade). */
double     rcc_readability_grade     (const char     *text);
double     rcc_readability_grade_with_names (const char         *text,
                                             const char * const *names);

G_END_DECLS
