/* rcc-import-store.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "content/rcc-ctgov-import.h"

G_BEGIN_DECLS

#define RCC_TYPE_IMPORT_STORE (rcc_import_store_get_type ())

G_DECLARE_FINAL_TYPE (RccImportStore, rcc_import_store, RCC, IMPORT_STORE, GObject)

RccImportStore *rcc_import_store_new          (GFile           *folder);
char           *rcc_import_store_default_path (void);
GFile          *rcc_import_store_get_folder   (RccImportStore  *self);
GListModel     *rcc_import_store_get_trials   (RccImportStore  *self);
gboolean        rcc_import_store_load         (RccImportStore  *self,
                                               GPtrArray      **set_aside,
                                               GError         **error);
gboolean        rcc_import_store_keep         (RccImportStore  *self,
                                               RccCtgovImport  *import,
                                               GError         **error);
RccCtgovImport *rcc_import_store_add          (RccImportStore  *self,
                                               GBytes          *record,
                                               const char      *display_name,
                                               GError         **error);
RccCtgovImport *rcc_import_store_add_file     (RccImportStore  *self,
                                               GFile           *file,
                                               GError         **error);
gboolean        rcc_import_store_remove       (RccImportStore  *self,
                                               const char      *nct_id,
                                               GError         **error);
RccTrial       *rcc_import_store_lookup       (RccImportStore  *self,
                                               const char      *nct_id);
RccCtgovImport *rcc_import_store_get_import   (RccImportStore  *self,
                                               const char      *nct_id);
GFile          *rcc_import_store_get_file     (RccImportStore  *self,
                                               const char      *nct_id);

G_END_DECLS
