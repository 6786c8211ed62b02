/* rcc-report-icons.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rcc-report.h"

G_BEGIN_DECLS

/* An icon array: 100 small figures of people in a 10 × 10 grid, the
 * first @filled of them (row by row, from the top left) in @fill, the
 * others pale in @foreground, in a @size × @size square at (@x, @y). */
void rcc_icon_array_draw (cairo_t      *cr,
                          double        x,
                          double        y,
                          double        size,
                          guint         filled,
                          const double *fill,
                          const double *foreground);

/* The colour an arm's figures are filled with: the accent for the first
 * experimental arm, a lighter accent for the others, the text colour
 * for a control arm. */
void rcc_icon_array_fill_color (const RccReportColors *colors,
                                gboolean               control,
                                guint                  experimental_index,
                                double                *rgba);

G_END_DECLS
