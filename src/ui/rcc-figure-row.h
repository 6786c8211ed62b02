/* rcc-figure-row.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-trial.h"

G_BEGIN_DECLS

#define RCC_TYPE_FIGURE_ROW (rcc_figure_row_get_type ())

G_DECLARE_FINAL_TYPE (RccFigureRow, rcc_figure_row, RCC, FIGURE_ROW, GtkListBoxRow)

GtkWidget *rcc_figure_row_new (RccTrial *trial,
                               GObject  *figure);

G_END_DECLS
