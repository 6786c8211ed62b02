/* rcc-trial.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <gio/gio.h>

#include "model/rcc-arm.h"
#include "model/rcc-enums.h"
#include "model/rcc-esmo-grade.h"
#include "model/rcc-follow-up.h"
#include "model/rcc-harm.h"
#include "model/rcc-hazard-ratio.h"
#include "model/rcc-level.h"
#include "model/rcc-median.h"
#include "model/rcc-rate.h"

G_BEGIN_DECLS

#define RCC_TYPE_TRIAL (rcc_trial_get_type ())

G_DECLARE_FINAL_TYPE (RccTrial, rcc_trial, RCC, TRIAL, GObject)

const char *        rcc_trial_get_id               (RccTrial *self);
const char *        rcc_trial_get_name             (RccTrial *self);
const char *        rcc_trial_get_title            (RccTrial *self);
guint               rcc_trial_get_year             (RccTrial *self);
const char *        rcc_trial_get_phase            (RccTrial *self);
guint               rcc_trial_get_enrolled         (RccTrial *self);
const char *        rcc_trial_get_evidence_level   (RccTrial *self);
RccSetting          rcc_trial_get_setting          (RccTrial *self);
const char *        rcc_trial_get_design           (RccTrial *self);
const char *        rcc_trial_get_population       (RccTrial *self);
const char *        rcc_trial_get_risk_group       (RccTrial *self);
const char *        rcc_trial_get_primary_endpoint (RccTrial *self);
const char *        rcc_trial_get_takeaway         (RccTrial *self);
const char * const *rcc_trial_get_findings         (RccTrial *self);
const char * const *rcc_trial_get_primary_endpoints (RccTrial *self);
const char * const *rcc_trial_get_reference_ids    (RccTrial *self);
const char *        rcc_trial_get_nct_id           (RccTrial *self);
const char *        rcc_trial_get_source_note      (RccTrial *self);
const char *        rcc_trial_get_source_updated   (RccTrial *self);
gboolean            rcc_trial_get_imported         (RccTrial *self);
const char * const *rcc_trial_get_import_notes     (RccTrial *self);

GListModel     *rcc_trial_get_arms                  (RccTrial       *self);
GListModel     *rcc_trial_get_medians               (RccTrial       *self);
GListModel     *rcc_trial_get_hazard_ratios         (RccTrial       *self);
GListModel     *rcc_trial_get_rates                 (RccTrial       *self);
GListModel     *rcc_trial_get_levels                (RccTrial       *self);
const char     *rcc_trial_get_search_text           (RccTrial       *self);
RccArm         *rcc_trial_find_arm                  (RccTrial       *self,
                                                     const char     *arm_id);
RccMedian      *rcc_trial_find_primary_median       (RccTrial       *self,
                                                     RccEndpoint     endpoint,
                                                     const char     *arm_id);
RccHazardRatio *rcc_trial_find_primary_hazard_ratio (RccTrial       *self,
                                                     RccEndpoint     endpoint);
RccEndpoint     rcc_trial_get_headline_endpoint     (RccTrial       *self);
gboolean        rcc_trial_uses_treatment            (RccTrial       *self,
                                                     const char     *treatment_id);

/* For content readers building a trial; views only read. */
void            rcc_trial_add_arm                   (RccTrial       *self,
                                                     RccArm         *arm);
void            rcc_trial_add_median                (RccTrial       *self,
                                                     RccMedian      *median);
void            rcc_trial_add_hazard_ratio          (RccTrial       *self,
                                                     RccHazardRatio *hazard_ratio);
void            rcc_trial_add_rate                  (RccTrial       *self,
                                                     RccRate        *rate);
void            rcc_trial_add_level                 (RccTrial       *self,
                                                     RccLevel       *level);
/* Harm, follow-up and ESMO-MCBS grades (rcc-trial-harm.c) */
GListModel     *rcc_trial_get_adverse_events        (RccTrial       *self);
GListModel     *rcc_trial_get_discontinuations      (RccTrial       *self);
GListModel     *rcc_trial_get_follow_ups            (RccTrial       *self);
GListModel     *rcc_trial_get_esmo_grades           (RccTrial       *self);
void            rcc_trial_add_harm                  (RccTrial       *self,
                                                     RccHarm        *harm);
void            rcc_trial_add_follow_up             (RccTrial       *self,
                                                     RccFollowUp    *follow_up);
void            rcc_trial_add_esmo_grade            (RccTrial       *self,
                                                     RccEsmoGrade   *grade);
void            rcc_trial_set_import_notes          (RccTrial           *self,
                                                     const char * const *notes);

G_END_DECLS
