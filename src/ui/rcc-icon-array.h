/* rcc-icon-array.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-trial.h"

G_BEGIN_DECLS

#define RCC_TYPE_ICON_ARRAY (rcc_icon_array_get_type ())

G_DECLARE_FINAL_TYPE (RccIconArray, rcc_icon_array, RCC, ICON_ARRAY, GtkDrawingArea)

GtkWidget  *rcc_icon_array_new             (guint         filled,
                                            gboolean      control,
                                            guint         experimental_index,
                                            const char   *text_equivalent);
guint       rcc_icon_array_get_filled      (RccIconArray *self);
const char *rcc_icon_array_get_text_equivalent (RccIconArray *self);

GtkWidget  *rcc_icon_array_grid_new        (RccTrial     *trial);

G_END_DECLS
