/* rcc-treatment.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <gio/gio.h>

#include "model/rcc-enums.h"
#include "model/rcc-side-effects.h"
#include "model/rcc-trial.h"

G_BEGIN_DECLS

#define RCC_TYPE_TREATMENT (rcc_treatment_get_type ())

G_DECLARE_FINAL_TYPE (RccTreatment, rcc_treatment, RCC, TREATMENT, GObject)

const char *        rcc_treatment_get_id            (RccTreatment *self);
const char *        rcc_treatment_get_name          (RccTreatment *self);
guint               rcc_treatment_get_option        (RccTreatment *self);
RccCategory         rcc_treatment_get_category      (RccTreatment *self);
const char *        rcc_treatment_get_brand         (RccTreatment *self);
const char *        rcc_treatment_get_mechanism     (RccTreatment *self);
const char *        rcc_treatment_get_targets       (RccTreatment *self);
const char *        rcc_treatment_get_indication    (RccTreatment *self);
const char *        rcc_treatment_get_dosing        (RccTreatment *self);
const char *        rcc_treatment_get_side_effects  (RccTreatment *self);
const char *        rcc_treatment_get_summary       (RccTreatment *self);
const char *        rcc_treatment_get_plain_summary (RccTreatment *self);
const char *        rcc_treatment_get_plain_summary_for (RccTreatment *self,
                                                         const char   *language);
const char *        rcc_treatment_get_plain_name    (RccTreatment *self,
                                                     const char   *language);
const char * const *rcc_treatment_get_reference_ids (RccTreatment *self);

GListModel         *rcc_treatment_get_trials      (RccTreatment *self);
const char         *rcc_treatment_get_search_text (RccTreatment *self);
void                rcc_treatment_add_trial       (RccTreatment *self,
                                                   RccTrial     *trial);
void                rcc_treatment_remove_trial    (RccTreatment *self,
                                                   RccTrial     *trial);
GListModel         *rcc_treatment_get_plain_side_effects (RccTreatment   *self);
void                rcc_treatment_add_plain_side_effects (RccTreatment   *self,
                                                          RccSideEffects *side_effects);

G_END_DECLS
