/* rcc-field-row.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RCC_TYPE_FIELD_ROW (rcc_field_row_get_type ())

G_DECLARE_FINAL_TYPE (RccFieldRow, rcc_field_row, RCC, FIELD_ROW, GtkListBoxRow)

const char *rcc_field_row_get_title (RccFieldRow *self);
void        rcc_field_row_set_title (RccFieldRow *self,
                                     const char  *title);
const char *rcc_field_row_get_text  (RccFieldRow *self);
void        rcc_field_row_set_text  (RccFieldRow *self,
                                     const char  *text);

G_END_DECLS
