/* rcc-trial-summary-row.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"
#include "model/rcc-trial.h"

G_BEGIN_DECLS

#define RCC_TYPE_TRIAL_SUMMARY_ROW (rcc_trial_summary_row_get_type ())

G_DECLARE_FINAL_TYPE (RccTrialSummaryRow, rcc_trial_summary_row,
                      RCC, TRIAL_SUMMARY_ROW, GtkListBoxRow)

GtkWidget *rcc_trial_summary_row_new (RccTrial   *trial,
                                      RccCatalog *catalog,
                                      const char *treatment_id,
                                      gboolean    patient);

G_END_DECLS
