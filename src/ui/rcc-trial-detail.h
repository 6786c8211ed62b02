/* rcc-trial-detail.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

#define RCC_TYPE_TRIAL_DETAIL (rcc_trial_detail_get_type ())

G_DECLARE_FINAL_TYPE (RccTrialDetail, rcc_trial_detail, RCC, TRIAL_DETAIL, GtkWidget)

RccCatalog *rcc_trial_detail_get_catalog (RccTrialDetail *self);
void        rcc_trial_detail_set_catalog (RccTrialDetail *self,
                                          RccCatalog     *catalog);
RccTrial   *rcc_trial_detail_get_trial   (RccTrialDetail *self);
void        rcc_trial_detail_set_trial   (RccTrialDetail *self,
                                          RccTrial       *trial);
gboolean    rcc_trial_detail_get_patient (RccTrialDetail *self);
void        rcc_trial_detail_set_patient (RccTrialDetail *self,
                                          gboolean        patient);

G_END_DECLS
