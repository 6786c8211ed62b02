/* fuzz-xml-loader.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness: any bytes given to the content loader either load
 * completely or fail with an error; nothing else (crash, leak, hang).
 */

#include "config.h"

#include "content/rcc-xml-loader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = NULL;

  catalog = rcc_xml_loader_load_bytes (bytes, "fuzz.xml", &error);

  /* Exactly one of the two, and errors always name file and line. */
  g_assert_true ((catalog == NULL) != (error == NULL));
  if (error != NULL)
    g_assert_true (g_str_has_prefix (error->message, "fuzz.xml:"));

  return 0;
}
