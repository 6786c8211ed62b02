/* test-endpoint.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "content/rcc-xml-loader.h"
#include "model/rcc-endpoint-choice.h"

#include "rcc-test-run.h"

/* The comparison drawn for a chosen endpoint, as a reader gets it: the
 * real command line with --endpoint, the PDF read back by pdftotext, the
 * JSON export.  The figures are the bundled content's (data/content/
 * rcc-pdq.xml), checked against the facts files when written. */

#define FIRST_LINE "checkmate-214,keynote-426,checkmate-9er,clear,javelin-renal-101"

static RccCatalog *catalog;

static char *
output_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "endpoint-output", NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

/* --compare @ids --endpoint @endpoint into @name; the path */
static char *
write_comparison (const char *ids,
                  const char *endpoint,
                  const char *name)
{
  char *path = output_path (name);
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--compare", ids, "--endpoint", endpoint,
                         "--output", path, NULL };
  g_autofree char *out = NULL;

  g_unlink (path);
  out = run_argv_ok (argv);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  return path;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("\"%s\" is not in the summary:\n%s", needle, text);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("\"%s\" should not be in the summary", needle);
}

/* Each trial's OS hazard ratio with its CI and the CI's level as the
 * content stores it (CheckMate 214 99.8%, CheckMate 9ER 98.89%) */
static void
test_pdf_os (void)
{
  g_autofree char *pdf = write_comparison (FIRST_LINE, "os", "first-line-os.pdf");
  g_autofree char *text = run_pdf_text_folded (pdf);

  assert_contains (text, "Median overall survival, months");
  assert_contains (text, "Hazard ratio for OS, log scale");
  assert_contains (text, "OS 0.63 (99.8% CI 0.44–0.89)");
  assert_contains (text, "OS 0.53 (95% CI 0.38–0.74)");
  assert_contains (text, "OS 0.60 (98.89% CI 0.40–0.89)");
  assert_contains (text, "OS 0.66 (95% CI 0.49–0.88)");
  assert_contains (text, "OS 1.15 (95% CI 0.88–1.50)");
  assert_contains (text, "OS 0.86 (95% CI 0.70–1.06)");
  /* CLEAR's OS medians are the final analysis's, and say so */
  assert_contains (text, "Lenvatinib + pembrolizumab: 53.7 months");
  assert_contains (text, "Medians from: Final analysis (J Clin Oncol 2024; cut-off 31 July 2022)");
  assert_contains (text, "Sunitinib: 26.0 months");
  /* No PFS hazard ratio in an OS comparison */
  assert_lacks (text, "PFS 0.82");
  assert_lacks (text, "PFS 0.39");
}

static void
test_pdf_pfs (void)
{
  g_autofree char *pdf = write_comparison (FIRST_LINE, "pfs", "first-line-pfs.pdf");
  g_autofree char *text = run_pdf_text_folded (pdf);

  assert_contains (text, "Median progression-free survival, months");
  assert_contains (text, "Hazard ratio for PFS, log scale");
  assert_contains (text, "PFS 0.82 (99.1% CI 0.64–1.05)");
  assert_contains (text, "PFS 0.69 (95% CI 0.57–0.84)");
  assert_contains (text, "PFS 0.51 (95% CI 0.41–0.64)");
  assert_contains (text, "PFS 0.39 (95% CI 0.32–0.49)");
  assert_contains (text, "PFS 0.65 (95% CI 0.53–0.80)");
  assert_contains (text, "PFS 0.61 (95% CI 0.47–0.79)");
  assert_contains (text, "Nivolumab + ipilimumab: 11.6 months");
  assert_lacks (text, "OS 0.63");
}

/* A trial without the endpoint says so; DFS takes PROSPER's RFS,
 * labelled RFS */
static void
test_pdf_missing (void)
{
  g_autofree char *os = write_comparison ("checkmate-214,prosper", "os", "missing-os.pdf");
  g_autofree char *os_text = run_pdf_text_folded (os);
  g_autofree char *dfs = write_comparison ("keynote-564,prosper", "dfs", "adjuvant-dfs.pdf");
  g_autofree char *dfs_text = run_pdf_text_folded (dfs);

  assert_contains (os_text, "no OS result in this guide");
  assert_contains (dfs_text, "DFS 0.68 (95% CI 0.53–0.87)");
  assert_contains (dfs_text, "RFS 0.94 (95% CI 0.74–1.21)");
  assert_lacks (dfs_text, "DFS 0.94");
}

/* The default draws each trial's own primary endpoint, marked: OS for
 * CheckMate 214 (co-primary, named first), PFS for CheckMate 9ER; EORTC
 * 30947 drawn for OS shows its co-primary OS */
static void
test_pdf_primary (void)
{
  g_autofree char *pdf = write_comparison ("checkmate-214,checkmate-9er", "primary", "primary.pdf");
  g_autofree char *text = run_pdf_text_folded (pdf);
  g_autofree char *eortc = write_comparison ("eortc-30947", "os", "eortc-os.pdf");
  g_autofree char *eortc_text = run_pdf_text_folded (eortc);

  assert_contains (text, "each trial's primary endpoint (marked)");
  assert_contains (text, "OS 0.63 (99.8% CI 0.44–0.89)");
  assert_contains (text, "PFS 0.51 (95% CI 0.41–0.64)");
  assert_contains (text, "OS (primary)");
  assert_contains (text, "PFS (primary)");

  assert_contains (eortc_text, "17 months");
  assert_contains (eortc_text, "7 months");
  assert_contains (eortc_text, "OS 0.54 (95% CI 0.31–0.94)");
}

static JsonObject *
find_drawn (JsonObject *root,
            const char *trial_id)
{
  JsonArray *drawn = json_object_get_array_member (root, "drawn");

  for (guint i = 0; i < json_array_get_length (drawn); i++)
    {
      JsonObject *o = json_array_get_object_element (drawn, i);

      if (g_strcmp0 (json_object_get_string_member (o, "trial_id"), trial_id) == 0)
        return o;
    }

  g_error ("%s is not in \"drawn\"", trial_id);
  return NULL;
}

static void
test_json (void)
{
  g_autofree char *path = write_comparison (FIRST_LINE, "os", "first-line-os.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *cm214, *clear, *hr;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "endpoint"), ==, "os");
  cm214 = find_drawn (root, "checkmate-214");
  g_assert_cmpstr (json_object_get_string_member (cm214, "endpoint"), ==, "os");
  g_assert_true (json_object_get_boolean_member (cm214, "primary_endpoint"));
  hr = json_array_get_object_element (json_object_get_array_member (cm214, "hazard_ratios"), 0);
  g_assert_cmpfloat (json_object_get_double_member (hr, "value"), ==, 0.63);
  g_assert_cmpfloat (json_object_get_double_member (hr, "ci_level"), ==, 99.8);

  clear = find_drawn (root, "clear");
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (json_object_get_array_member (clear, "medians"), 0),
                     "analysis"), ==, "Final analysis (J Clin Oncol 2024; cut-off 31 July 2022)");
}

static void
test_bad_endpoint (void)
{
  g_autofree char *path = output_path ("never.pdf");
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--compare", "target", "--endpoint", "ttp",
                         "--output", path, NULL };
  g_auto(Run) run = { 0 };

  g_unlink (path);
  run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "\"ttp\""));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The model: nicks both ways, and what each choice resolves to */
static void
test_resolve (void)
{
  RccEndpointChoice choice = RCC_ENDPOINT_CHOICE_PFS;
  gboolean primary = FALSE;

  g_assert_true (rcc_endpoint_choice_from_nick ("dfs", &choice));
  g_assert_cmpint (choice, ==, RCC_ENDPOINT_CHOICE_DFS);
  g_assert_false (rcc_endpoint_choice_from_nick ("rfs", &choice));
  g_assert_cmpint (choice, ==, RCC_ENDPOINT_CHOICE_DFS);
  g_assert_cmpstr (rcc_endpoint_choice_to_nick (RCC_ENDPOINT_CHOICE_OS), ==, "os");

  g_assert_cmpint (rcc_endpoint_choice_resolve (RCC_ENDPOINT_CHOICE_DFS,
                                                rcc_catalog_lookup_trial (catalog, "prosper"), NULL),
                   ==, RCC_ENDPOINT_RFS);
  g_assert_cmpint (rcc_endpoint_choice_resolve (RCC_ENDPOINT_CHOICE_PRIMARY,
                                                rcc_catalog_lookup_trial (catalog, "carmena"), &primary),
                   ==, RCC_ENDPOINT_OS);
  g_assert_true (primary);
  /* KEYNOTE-564's OS is a key secondary endpoint */
  g_assert_cmpint (rcc_endpoint_choice_resolve (RCC_ENDPOINT_CHOICE_OS,
                                                rcc_catalog_lookup_trial (catalog, "keynote-564"), &primary),
                   ==, RCC_ENDPOINT_OS);
  g_assert_false (primary);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/rcc/endpoint/resolve", test_resolve);
  g_test_add_func ("/rcc/endpoint/pdf-os", test_pdf_os);
  g_test_add_func ("/rcc/endpoint/pdf-pfs", test_pdf_pfs);
  g_test_add_func ("/rcc/endpoint/pdf-missing", test_pdf_missing);
  g_test_add_func ("/rcc/endpoint/pdf-primary", test_pdf_primary);
  g_test_add_func ("/rcc/endpoint/json", test_json);
  g_test_add_func ("/rcc/endpoint/bad-endpoint", test_bad_endpoint);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
