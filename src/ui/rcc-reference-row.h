/* rcc-reference-row.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

#define RCC_TYPE_REFERENCE_ROW (rcc_reference_row_get_type ())

G_DECLARE_FINAL_TYPE (RccReferenceRow, rcc_reference_row, RCC, REFERENCE_ROW, GtkListBoxRow)

GtkWidget    *rcc_reference_row_new           (RccReference       *reference,
                                               RccCatalog         *catalog);
void          rcc_reference_row_bind_list     (GtkListBox         *list_box,
                                               RccCatalog         *catalog,
                                               const char * const *reference_ids);

G_END_DECLS
