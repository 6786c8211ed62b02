/* rcc-test-layout.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void assert_nothing_clipped (GtkWidget  *root,
                             const char *where);
int  xft_dpi                (void);

G_END_DECLS
