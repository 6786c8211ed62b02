/* rcc-compare-view-private.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rcc-chart-view.h"
#include "rcc-compare-view.h"

G_BEGIN_DECLS

/* The compare view's files share its instance: rcc-compare-view.c (the
 * compared trials, the trial picker, the view's properties),
 * rcc-compare-view-saved.c (named saved comparisons, in the store the
 * window hands in), rcc-compare-view-export.c (printing, PDF and
 * JSON) and rcc-compare-view-endpoint.c (the endpoint drawn). */

struct _RccCompareView
{
  GtkWidget           parent_instance;

  RccCatalog         *catalog;
  GtkStringList      *trial_ids;     /* shared with the window */
  GListStore         *trials;        /* RccTrial, resolved from trial_ids */
  RccReport          *report;        /* on screen */
  RccComparisonStore *store;         /* NULL: nothing can be saved */
  gboolean            patient;
  RccEndpointChoice   endpoint;      /* what the comparison is drawn for */
  GMenu              *saved_menu;

  GtkPopover         *add_popover;
  RccChartView       *chart_view;
  GtkCustomFilter    *not_compared_filter;
  GtkListView        *picker_list;
  GtkSearchEntry     *picker_search;
  GtkMenuButton      *saved_button;
  GtkListBox         *selected_list;
  GtkLabel           *source_label;
  GtkStack           *stack;
  GtkInfoBar         *store_info_bar;
  GtkLabel           *store_info_label;
  AdwToastOverlay    *toast_overlay;
};

void _rcc_compare_view_toast              (RccCompareView     *self,
                                           const char         *message);
void _rcc_compare_view_update_actions     (RccCompareView     *self);

void _rcc_compare_view_class_export_init  (GtkWidgetClass     *widget_class);

void _rcc_compare_view_class_endpoint_init (GtkWidgetClass    *widget_class);
void _rcc_compare_view_notify_endpoint    (RccCompareView     *self);

void _rcc_compare_view_class_saved_init   (GtkWidgetClass     *widget_class);
void _rcc_compare_view_saved_init         (RccCompareView     *self);
void _rcc_compare_view_saved_dispose      (RccCompareView     *self);
void _rcc_compare_view_saved_set_store    (RccCompareView     *self,
                                           RccComparisonStore *store);

G_END_DECLS
