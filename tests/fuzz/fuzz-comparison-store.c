/* fuzz-comparison-store.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer harness for the saved-comparisons reader (JSON the user's
 * disk may hold in any state).
 */

#include "config.h"

#include "content/rcc-comparison-store-private.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) comparisons = NULL;

  comparisons = _rcc_comparison_store_parse ((const char *)data, size, "fuzz.json", &error);
  g_assert_true ((comparisons == NULL) != (error == NULL));

  return 0;
}
