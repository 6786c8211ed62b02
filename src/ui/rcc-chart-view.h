/* rcc-chart-view.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "report/rcc-report.h"

G_BEGIN_DECLS

#define RCC_TYPE_CHART_VIEW (rcc_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (RccChartView, rcc_chart_view, RCC, CHART_VIEW, GtkWidget)

GtkWidget *rcc_chart_view_new        (void);
RccReport *rcc_chart_view_get_report (RccChartView *self);
void       rcc_chart_view_set_report (RccChartView *self,
                                      RccReport    *report);
void       rcc_chart_view_changed    (RccChartView *self);

G_END_DECLS
