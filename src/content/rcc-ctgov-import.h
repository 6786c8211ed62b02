/* rcc-ctgov-import.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "content/rcc-content-error.h"
#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* Records larger than this are refused before parsing. */
#define RCC_CTGOV_MAX_BYTES (64 * 1024 * 1024)

/* What the record's direction text is replaced with where it has none. */
#define RCC_CTGOV_DIRECTION_NOT_STATED "direction not stated"

typedef enum
{
  RCC_CTGOV_FORMAT_V2_JSON,     /* ClinicalTrials.gov API v2 study JSON */
  RCC_CTGOV_FORMAT_LEGACY_XML,  /* the retired <clinical_study> XML */
} RccCtgovFormat;

#define RCC_TYPE_CTGOV_IMPORT (rcc_ctgov_import_get_type ())

G_DECLARE_FINAL_TYPE (RccCtgovImport, rcc_ctgov_import, RCC, CTGOV_IMPORT, GObject)

RccCtgovImport     *rcc_ctgov_import_bytes           (GBytes          *bytes,
                                                      const char      *display_name,
                                                      GError         **error);
GBytes             *rcc_ctgov_load_record            (GFile           *file,
                                                      const char      *name,
                                                      GError         **error);
RccCtgovImport     *rcc_ctgov_import_file            (GFile           *file,
                                                      const char      *display_name,
                                                      GError         **error);

RccCtgovFormat      rcc_ctgov_import_get_format      (RccCtgovImport  *self);
GListModel         *rcc_ctgov_import_get_trials      (RccCtgovImport  *self);
const char * const *rcc_ctgov_import_get_warnings    (RccCtgovImport  *self);
gboolean            rcc_ctgov_import_get_has_results (RccCtgovImport  *self,
                                                      guint            position);
GBytes             *rcc_ctgov_import_get_record      (RccCtgovImport  *self,
                                                      guint            position);

gboolean            rcc_ctgov_import_add_to_catalog  (RccCtgovImport  *self,
                                                      RccCatalog      *catalog,
                                                      GError         **error);

G_END_DECLS
