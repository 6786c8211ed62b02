/* rcc-patient-text.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* Text the views show in patient view, and where a treatment comes
 * from in both views.  The figures themselves are said by
 * report/rcc-plain.h; this gives the words around them. */

char       *rcc_patient_text_provenance              (RccTreatment *treatment,
                                                      RccCatalog   *catalog,
                                                      gboolean      patient);
const char *rcc_patient_text_language                (void);
char       *rcc_patient_text_plain_name              (RccTreatment *treatment);
const char *rcc_patient_text_plain_summary           (RccTreatment *treatment);
char       *rcc_patient_text_treatment_title         (RccTreatment *treatment);
const char *rcc_patient_text_category                (RccCategory   category);
const char *rcc_patient_text_setting                 (RccSetting    setting);
char       *rcc_patient_text_trial_facts             (RccTrial     *trial);
char       *rcc_patient_text_comparison              (RccTrial     *trial);
char       *rcc_patient_text_arm_title               (RccArm       *arm);
GPtrArray  *rcc_patient_text_trial_sentence_list     (RccTrial     *trial);
char       *rcc_patient_text_trial_sentences         (RccTrial     *trial);
gboolean    rcc_patient_text_side_effects_from_label (const char   *side_effects);
char       *rcc_patient_text_side_effects            (const char   *side_effects);

G_END_DECLS
