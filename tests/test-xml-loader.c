/* test-xml-loader.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "content/rcc-xml-loader.h"

static RccCatalog *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return rcc_xml_loader_load_file (file, error);
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_fixture ("minimal.xml", &error);
  RccTrial *target;
  RccMedian *m;
  RccHazardRatio *hr;
  RccTreatment *sorafenib;

  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_treatments (catalog)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (catalog)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_references (catalog)), ==, 3);
  g_assert_cmpstr (rcc_catalog_get_source_updated (catalog), ==, "2014-02-25");
  g_assert_cmpstr (rcc_catalog_get_reviewed (catalog), ==, "2026-11-27");

  target = rcc_catalog_lookup_trial (catalog, "target");
  g_assert_nonnull (target);
  g_assert_cmpstr (rcc_trial_get_evidence_level (target), ==, "1iDiii");
  g_assert_cmpuint (rcc_trial_get_enrolled (target), ==, 903);

  /* Days stay days; months are derived. */
  m = rcc_trial_find_primary_median (target, RCC_ENDPOINT_PFS, "sorafenib");
  g_assert_nonnull (m);
  g_assert_cmpfloat (rcc_median_get_value (m), ==, 167.0);
  g_assert_cmpint (rcc_median_get_unit (m), ==, RCC_TIME_UNIT_DAYS);
  g_assert_cmpfloat_with_epsilon (rcc_median_get_months (m), 167.0 / RCC_DAYS_PER_MONTH, 1e-12);
  g_assert_cmpuint (rcc_median_get_decimals (m), ==, 0);

  /* "Not reached" is a state, not a zero. */
  m = g_list_model_get_item (rcc_trial_get_medians (target), 2);
  g_assert_false (rcc_median_get_reached (m));
  g_assert_cmpint (rcc_median_get_endpoint (m), ==, RCC_ENDPOINT_OS);
  g_object_unref (m);

  hr = rcc_trial_find_primary_hazard_ratio (target, RCC_ENDPOINT_PFS);
  g_assert_nonnull (hr);
  g_assert_cmpfloat (rcc_hazard_ratio_get_value (hr), ==, 0.44);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_low (hr), ==, 0.35);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_high (hr), ==, 0.55);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_level (hr), ==, 95.0);
  g_assert_cmpstr (rcc_hazard_ratio_get_p (hr), ==, "< .001");
  g_assert_cmpuint (rcc_hazard_ratio_get_decimals (hr), ==, 2);

  /* A CI level other than 95% is kept. */
  hr = g_list_model_get_item (rcc_trial_get_hazard_ratios (target), 1);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_level (hr), ==, 99.8);
  g_object_unref (hr);

  sorafenib = rcc_catalog_lookup_treatment (catalog, "sorafenib");
  g_assert_cmpuint (g_list_model_get_n_items (rcc_treatment_get_trials (sorafenib)), ==, 1);
}

typedef struct
{
  const char *file;
  int         code;
  long        line;
  const char *contains;
} BadCase;

static const BadCase bad_cases[] = {
  { "bad-empty.xml", RCC_CONTENT_ERROR_EMPTY, 1, "empty" },
  { "bad-not-well-formed.xml", RCC_CONTENT_ERROR_PARSE, 18, "not well-formed" },
  { "bad-xxe.xml", RCC_CONTENT_ERROR_UNSAFE, 7, "DOCTYPE" },
  { "bad-entity-bomb.xml", RCC_CONTENT_ERROR_UNSAFE, 2, "DOCTYPE" },
  { "bad-root.xml", RCC_CONTENT_ERROR_SCHEMA, 7, "expected <rcc-content>" },
  { "bad-missing-field.xml", RCC_CONTENT_ERROR_SCHEMA, 18, "may be missing" },
  { "bad-hr-outside-ci.xml", RCC_CONTENT_ERROR_INVALID, 31, "outside its confidence interval" },
  { "bad-unknown-arm.xml", RCC_CONTENT_ERROR_INVALID, 30, "no such arm" },
  { "bad-negative-median.xml", RCC_CONTENT_ERROR_INVALID, 29, "not above zero" },
  { "bad-duplicate-id.xml", RCC_CONTENT_ERROR_INVALID, 34, "duplicate trial id \"veg105192\" (first defined on line 25)" },
  { "bad-ci-level.xml", RCC_CONTENT_ERROR_INVALID, 42, "not between 0 and 100" },
  { "bad-ci-order.xml", RCC_CONTENT_ERROR_INVALID, 41, "not below its upper bound" },
  { "bad-unknown-reference.xml", RCC_CONTENT_ERROR_INVALID, 44, "pdq-99" },
  { "bad-two-primaries.xml", RCC_CONTENT_ERROR_INVALID, 31, "second primary median" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *path = NULL;

  catalog = load_fixture (bad->file, &error);

  /* Nothing loaded ... */
  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, bad->code);

  /* ... and the first line says FILE:LINE: what is wrong. */
  path = g_test_build_filename (G_TEST_DIST, "data", bad->file, NULL);
  prefix = g_strdup_printf ("%s:%ld: ", path, bad->line);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("expected prefix \"%s\" in \"%s\"", prefix, error->message);
  g_assert_nonnull (strstr (error->message, bad->contains));

  /* Every line of the message has the FILE:LINE: form. */
  {
    g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_autofree char *file_prefix = g_strdup_printf ("%s:", path);
        g_assert_true (g_str_has_prefix (lines[i], file_prefix));
      }
  }
}

static void
test_xxe_never_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_fixture ("bad-xxe.xml", &error);

  g_assert_null (catalog);
  /* The entity pointed at /etc/passwd: nothing of it may reach the message. */
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_failed_load_leaves_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) shown = load_fixture ("minimal.xml", &error);
  g_autoptr(RccCatalog) bad = NULL;

  g_assert_no_error (error);

  /* A caller replaces what it shows only with a complete catalog; a
   * failed load gives it nothing to replace with. */
  bad = load_fixture ("bad-unknown-arm.xml", &error);
  g_assert_null (bad);
  g_assert_nonnull (error);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (shown)), ==, 2);
}

static void
test_all_errors_reported (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) broken = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  broken = g_string_new (text);
  /* Two independent semantic errors. */
  g_string_replace (broken, "value=\"9.2\"", "value=\"0\"", 1);
  g_string_replace (broken, "arm=\"placebo\" value=\"84\"", "arm=\"nobody\" value=\"84\"", 1);
  bytes = g_bytes_new (broken->str, broken->len);

  catalog = rcc_xml_loader_load_bytes (bytes, "broken.xml", &error);
  g_assert_null (catalog);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  g_assert_true (g_str_has_prefix (lines[0], "broken.xml:29: "));
  g_assert_true (g_str_has_prefix (lines[1], "broken.xml:39: "));
}

/* minimal.xml with each (from, to) pair of @edits replaced once */
static RccCatalog *
load_edited (const char * const  *edits,
             const char          *name,
             GError             **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  edited = g_string_new (text);
  for (guint i = 0; edits[i] != NULL; i += 2)
    g_assert_cmpuint (g_string_replace (edited, edits[i], edits[i + 1], 1), ==, 1);
  bytes = g_bytes_new (edited->str, edited->len);

  return rcc_xml_loader_load_bytes (bytes, name, error);
}

static void
test_problem_order (void)
{
  /* A trial and a treatment cite references defined after them, and the
   * file is read in one pass: the cites are checked at the end, and
   * problems still come references first, then treatments, then
   * trials, each group in file order. */
  const char * const edits[] = {
    "ref=\"pdq-30\"", "ref=\"pdq-99\"",     /* line 44 */
    "ref=\"pdq-34\"", "ref=\"pdq-98\"",     /* line 21 (the first of two) */
    "id=\"pdq-34\"", "id=\"pdq-31\"",       /* line 51; line 45 now cites nothing */
    "value=\"9.2\"", "value=\"0\"",         /* line 29 */
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (edits, "order.xml", &error);
  g_auto(GStrv) lines = NULL;

  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpstr (lines[0], ==, "order.xml:51: duplicate reference id \"pdq-31\" (first defined on line 50)");
  g_assert_cmpstr (lines[1], ==, "order.xml:21: cites reference \"pdq-98\", which does not exist");
  g_assert_cmpstr (lines[2], ==, "order.xml:29: median 0 is not above zero");
  g_assert_cmpstr (lines[3], ==, "order.xml:44: cites reference \"pdq-99\", which does not exist");
  g_assert_cmpstr (lines[4], ==, "order.xml:45: cites reference \"pdq-34\", which does not exist");
}

static void
test_schema_inside_item (void)
{
  /* Deep inside the last trial: the reader validates what it skips. */
  const char * const edits[] = {
    "percent=\"10\"/>", "percent=\"10\"><foo/></rate>",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (edits, "deep.xml", &error);

  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==,
                   "deep.xml:43: Did not expect element foo there (a required element before "
                   "it may be missing, or the elements are out of order)");
}

static void
test_doctype_after_comment (void)
{
  /* Refused at the DOCTYPE, after a multi-line comment, before the
   * entity it declares is read. */
  const char * const edits[] = {
    "<rcc-content version=\"1\">",
    "<!DOCTYPE rcc-content [\n<!ENTITY a SYSTEM \"file:///etc/passwd\">\n]>\n"
    "<rcc-content version=\"1\">",
    "Test source", "&a;",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (edits, "doctype.xml", &error);

  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_UNSAFE);
  g_assert_true (g_str_has_prefix (error->message, "doctype.xml:7: "));
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RccCatalog) catalog = NULL;
  gsize size = RCC_CONTENT_MAX_BYTES + 1;
  char *data = g_malloc (size);

  memset (data, ' ', size);
  bytes = g_bytes_new_take (data, size);
  catalog = rcc_xml_loader_load_bytes (bytes, "huge.xml", &error);
  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "huge.xml:1: "));
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/rcc-content.xml");
  g_autoptr(RccCatalog) catalog = rcc_xml_loader_load_file (file, &error);

  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/rcc-content.xml:1: "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/xml-loader/minimal", test_minimal);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/rcc/xml-loader/refuses/%s", bad_cases[i].file);
      g_test_add_data_func (name, &bad_cases[i], test_bad_file);
    }
  g_test_add_func ("/rcc/xml-loader/xxe-never-read", test_xxe_never_read);
  g_test_add_func ("/rcc/xml-loader/failed-load-leaves-catalog", test_failed_load_leaves_catalog);
  g_test_add_func ("/rcc/xml-loader/all-errors-reported", test_all_errors_reported);
  g_test_add_func ("/rcc/xml-loader/problem-order", test_problem_order);
  g_test_add_func ("/rcc/xml-loader/schema-inside-item", test_schema_inside_item);
  g_test_add_func ("/rcc/xml-loader/doctype-after-comment", test_doctype_after_comment);
  g_test_add_func ("/rcc/xml-loader/too-large", test_too_large);
  g_test_add_func ("/rcc/xml-loader/missing-file", test_missing_file);

  return g_test_run ();
}
