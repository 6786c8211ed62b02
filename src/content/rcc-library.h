/* rcc-library.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "content/rcc-comparison-store.h"
#include "content/rcc-ctgov-import.h"
#include "content/rcc-import-store.h"
#include "model/rcc-catalog.h"

G_BEGIN_DECLS

#define RCC_TYPE_LIBRARY (rcc_library_get_type ())

G_DECLARE_FINAL_TYPE (RccLibrary, rcc_library, RCC, LIBRARY, GObject)

RccLibrary         *rcc_library_new                  (RccImportStore       *imports,
                                                      RccComparisonStore   *comparisons);
RccLibrary         *rcc_library_new_for_user         (void);

RccCatalog         *rcc_library_get_catalog          (RccLibrary           *self);
RccImportStore     *rcc_library_get_import_store     (RccLibrary           *self);
RccComparisonStore *rcc_library_get_comparison_store (RccLibrary           *self);
const GError       *rcc_library_get_load_error       (RccLibrary           *self);
const GError       *rcc_library_get_import_error     (RccLibrary           *self);

void                rcc_library_preload              (RccLibrary           *self,
                                                      GFile                *file);
gboolean            rcc_library_load                 (RccLibrary           *self,
                                                      GFile                *file,
                                                      GError              **error);

RccTrial           *rcc_library_find_reviewed_trial  (RccLibrary           *self,
                                                      const char           *nct_id);
gboolean            rcc_library_check_import         (RccLibrary           *self,
                                                      RccCtgovImport       *import,
                                                      GError              **error);
gboolean            rcc_library_add_import           (RccLibrary           *self,
                                                      RccCtgovImport       *import,
                                                      GError              **error);
gboolean            rcc_library_remove_import        (RccLibrary           *self,
                                                      const char           *id,
                                                      GError              **error);

void                rcc_library_read_import_async    (RccLibrary           *self,
                                                      GFile                *file,
                                                      GCancellable         *cancellable,
                                                      GAsyncReadyCallback   callback,
                                                      gpointer              user_data);
RccCtgovImport     *rcc_library_read_import_finish   (RccLibrary           *self,
                                                      GAsyncResult         *result,
                                                      GError              **error);

G_END_DECLS
