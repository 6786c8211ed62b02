/* rcc-compare-view.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "content/rcc-comparison-store.h"
#include "model/rcc-catalog.h"
#include "report/rcc-report.h"

G_BEGIN_DECLS

#define RCC_TYPE_COMPARE_VIEW (rcc_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (RccCompareView, rcc_compare_view, RCC, COMPARE_VIEW, GtkWidget)

GtkWidget          *rcc_compare_view_new                  (void);
RccCatalog         *rcc_compare_view_get_catalog          (RccCompareView     *self);
void                rcc_compare_view_set_catalog          (RccCompareView     *self,
                                                           RccCatalog         *catalog);
GtkStringList      *rcc_compare_view_get_trial_ids        (RccCompareView     *self);
void                rcc_compare_view_set_trial_ids        (RccCompareView     *self,
                                                           GtkStringList      *trial_ids);
RccComparisonStore *rcc_compare_view_get_comparison_store (RccCompareView     *self);
void                rcc_compare_view_set_comparison_store (RccCompareView     *self,
                                                           RccComparisonStore *store);
gboolean            rcc_compare_view_add                  (RccCompareView     *self,
                                                           const char         *id);
void                rcc_compare_view_remove_from_list     (GtkStringList      *trial_ids,
                                                           const char         *id);
gboolean            rcc_compare_view_add_to_list          (GtkStringList      *trial_ids,
                                                           RccCatalog         *catalog,
                                                           const char         *id);
GListModel         *rcc_compare_view_get_trials           (RccCompareView     *self);
RccReport          *rcc_compare_view_get_report           (RccCompareView     *self);
const char         *rcc_compare_view_get_endpoint         (RccCompareView     *self);
void                rcc_compare_view_set_endpoint         (RccCompareView     *self,
                                                           const char         *endpoint);
gboolean            rcc_compare_view_get_patient          (RccCompareView     *self);
void                rcc_compare_view_set_patient          (RccCompareView     *self,
                                                           gboolean            patient);

G_END_DECLS
