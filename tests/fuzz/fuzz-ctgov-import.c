/* fuzz-ctgov-import.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness for the ClinicalTrials.gov record reader (API v2
 * JSON and legacy XML, files the user downloads from anywhere): what it
 * imports must also join a catalog and export as JSON.
 */

#include "config.h"

#include "content/rcc-ctgov-import.h"
#include "content/rcc-json.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCtgovImport) import = NULL;
  g_autoptr(RccCatalog) catalog = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;

  import = rcc_ctgov_import_bytes (bytes, "fuzz", &error);
  g_assert_true ((import == NULL) != (error == NULL));
  if (import == NULL)
    return 0;

  /* At least one trial, each with a note of where it came from */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_ctgov_import_get_trials (import)), >, 0);

  catalog = rcc_catalog_new ();
  g_assert_true (rcc_ctgov_import_add_to_catalog (import, catalog, NULL));
  node = rcc_json_serialize_catalog (catalog);
  json = rcc_json_to_string (node, FALSE);
  g_assert_nonnull (json);

  return 0;
}
