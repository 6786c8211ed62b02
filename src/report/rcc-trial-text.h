/* rcc-trial-text.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-catalog.h"
#include "model/rcc-treatment.h"
#include "model/rcc-trial.h"

G_BEGIN_DECLS

const char *rcc_trial_text_arm_label          (RccTrial         *trial,
                                               const char       *arm_id);
gboolean    rcc_trial_text_reports_endpoint   (RccTrial         *trial,
                                               RccEndpoint       endpoint);

char       *rcc_trial_text_comparison         (RccTrial         *trial);
char       *rcc_trial_text_facts              (RccTrial         *trial);
char       *rcc_trial_text_direction          (RccTrial         *trial,
                                               RccHazardRatio   *hazard_ratio);
char       *rcc_trial_text_qualifiers         (gboolean          primary,
                                               const char       *analysis,
                                               const char       *population);
char       *rcc_trial_text_median_short       (RccMedian        *median);
char       *rcc_trial_text_median_cell        (RccTrial         *trial);
char       *rcc_trial_text_hazard_ratio_cell  (RccTrial         *trial);
char       *rcc_trial_text_treatment_headline (RccTreatment     *treatment);

double      rcc_trial_text_median_key         (RccTrial         *trial);
double      rcc_trial_text_hazard_ratio_key   (RccTrial         *trial);
double      rcc_trial_text_phase_key          (RccTrial         *trial);
char       *rcc_trial_text_level_codes        (RccTrial         *trial);
char       *rcc_trial_text_levels             (RccTrial         *trial,
                                               RccCatalog       *catalog,
                                               gboolean          described);
double      rcc_trial_text_level_key          (RccTrial         *trial);

G_END_DECLS
