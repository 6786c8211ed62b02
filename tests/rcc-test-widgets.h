/* rcc-test-widgets.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ui/rcc-window.h"

G_BEGIN_DECLS

GtkWidget *find_labelled          (GtkWidget  *root,
                                   GType       type,
                                   const char *label);
void       scroll_to_end          (GtkWidget  *root);
void       type_search            (GtkWidget  *page,
                                   const char *text);
gboolean   shows_trial            (RccWindow  *window,
                                   const char *id);
void       assert_nothing_clipped (GtkWidget  *root,
                                   const char *where);
int        xft_dpi                (void);
void       remove_tree            (const char *path);

G_END_DECLS
