/* rcc-widget-colors.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "report/rcc-report.h"

G_BEGIN_DECLS

void rcc_widget_get_report_colors (GtkWidget       *widget,
                                   RccReportColors *colors);

G_END_DECLS
