/* test-locale.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gstdio.h>

#include "content/rcc-json.h"
#include "content/rcc-xml-loader.h"
#include "report/rcc-format.h"

#include "rcc-test-run.h"

/* Numbers follow the user's locale where people read them (a decimal
 * comma in Spanish) and never in what machines read (JSON). */

static RccCatalog *catalog;

static void
test_decimal_comma_on_screen (void)
{
  RccTrial *trial = rcc_catalog_lookup_trial (catalog, "veg105192");
  RccHazardRatio *hr = rcc_trial_find_primary_hazard_ratio (trial, RCC_ENDPOINT_PFS);
  RccMedian *m = rcc_trial_find_primary_median (trial, RCC_ENDPOINT_PFS, "pazopanib");
  g_autofree char *hr_text = rcc_format_hazard_ratio (hr);
  g_autofree char *median = rcc_format_median_reported (m);

  g_assert_nonnull (strstr (hr_text, "0,46"));
  g_assert_nonnull (strstr (hr_text, "0,34–0,62"));
  g_assert_nonnull (strstr (median, "9,2"));
}

static void
test_json_stays_c (void)
{
  g_autoptr(JsonNode) node = rcc_json_serialize_catalog (catalog);
  g_autofree char *json = rcc_json_to_string (node, FALSE);

  g_assert_nonnull (strstr (json, "\"value\":0.46"));
  g_assert_null (strstr (json, "\"value\":0,46"));
}

static void
test_printed_summary (void)
{
  g_autofree char *dir = g_dir_make_tmp ("rcc-locale-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  const char *compare[] = { g_getenv ("RCC_GUIDE_BIN"), "--compare", "veg105192", "--output", pdf, NULL };
  const char *totext[] = { "pdftotext", pdf, "-", NULL };
  g_auto(Run) written = { 0 };
  g_auto(Run) read = { 0 };
  const char *text;

  run_argv_in_locale (&written, "es_ES.UTF-8", compare);
  g_assert_cmpint (written.status, ==, 0);
  run_argv (&read, totext);
  g_assert_cmpint (read.status, ==, 0);
  text = read.out;

  /* The printed figures in the reader's locale. */
  g_assert_nonnull (strstr (text, "9,2"));
  g_assert_nonnull (strstr (text, "0,46"));
  g_assert_null (strstr (text, "0.46"));

  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    g_error ("the es_ES.UTF-8 locale is not installed (build-aux/test generates it)");

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/rcc/locale/decimal-comma", test_decimal_comma_on_screen);
  g_test_add_func ("/rcc/locale/json-stays-c", test_json_stays_c);
  g_test_add_func ("/rcc/locale/printed-summary", test_printed_summary);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
