/* rcc-accessible.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void rcc_accessible_name_drop_down (GtkDropDown *drop_down,
                                    const char  *name);
void rcc_accessible_name_row_of    (GtkWidget   *cell_child,
                                    const char  *name);

G_END_DECLS
