/* rcc-test-tables.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* A test table typed from the facts files: tab-separated UTF-8, the
 * first line that is not a comment its header, "#" lines comments, an
 * empty cell "not applicable". */
typedef struct _RccTable RccTable;

RccTable   *rcc_table_load  (const char *path,
                             GError    **error);
void        rcc_table_free  (RccTable   *table);
guint       rcc_table_rows  (RccTable   *table);
const char *rcc_table_cell  (RccTable   *table,
                             guint       row,
                             const char *column);
long        rcc_table_line  (RccTable   *table,
                             guint       row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RccTable, rcc_table_free)

/* Each check appends one line per disagreement to @problems
 * ("figures.tsv:12: ...") and returns how many it found. */
guint rcc_check_figures            (RccCatalog *catalog,
                                    RccTable   *table,
                                    GString    *problems);
guint rcc_check_levels             (RccCatalog *catalog,
                                    RccTable   *table,
                                    GString    *problems);
guint rcc_check_lines              (RccCatalog *catalog,
                                    RccTable   *table,
                                    GString    *problems);
guint rcc_check_partial_references (RccCatalog *catalog,
                                    RccTable   *table,
                                    GString    *problems);

G_END_DECLS
