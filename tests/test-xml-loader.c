/* test-xml-loader.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "content/rcc-xml-loader.h"
#include "content/rcc-xml-loader-private.h"
#include "model/rcc-endpoint-choice.h"

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

static RccCatalog *load_edited (const char * const  *edits,
                                const char          *name,
                                GError             **error);

static void
test_version_3 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_fixture ("minimal.xml", &error);
  g_autoptr(RccLevel) level = NULL;
  RccEdition *edition;
  RccReference *ref;
  RccTrial *target;

  g_assert_no_error (error);

  /* One edition, the current one: it matches the source's date. */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_editions (catalog)), ==, 1);
  edition = rcc_catalog_get_current_edition (catalog);
  g_assert_nonnull (edition);
  g_assert_true (edition == rcc_catalog_find_edition (catalog, "pdq-2014"));
  g_assert_null (rcc_catalog_find_edition (catalog, "pdq-2025"));
  g_assert_cmpstr (rcc_edition_get_id (edition), ==, "pdq-2014");
  g_assert_cmpstr (rcc_edition_get_title (edition), ==, "Test edition");
  g_assert_cmpstr (rcc_edition_get_updated (edition), ==, "2014-02-25");
  g_assert_null (rcc_edition_get_url (edition));

  /* No lines in it: no options, nothing to compare. */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_options (catalog)), ==, 0);

  target = rcc_catalog_lookup_trial (catalog, "target");
  g_assert_cmpstr (rcc_trial_get_phase (target), ==, "3");
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_levels (target)), ==, 1);
  level = g_list_model_get_item (rcc_trial_get_levels (target), 0);
  g_assert_cmpint (rcc_level_get_scheme (level), ==, RCC_EVIDENCE_SCHEME_PDQ_2014);
  g_assert_cmpstr (rcc_level_get_code (level), ==, "1iDiii");
  g_assert_cmpstr (rcc_level_get_edition_id (level), ==, "pdq-2014");
  g_assert_cmpint (rcc_level_get_endpoint (level), ==, RCC_ENDPOINT_PFS);
  g_assert_null (rcc_level_get_about (level));
  g_assert_true (rcc_level_get_fits (level));
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_levels (rcc_catalog_lookup_trial (catalog, "veg105192"))), ==, 0);

  ref = rcc_catalog_lookup_reference (catalog, "pdq-30");
  g_assert_cmpint (rcc_reference_get_kind (ref), ==, RCC_REFERENCE_KIND_LABEL);
  g_assert_false (rcc_reference_get_partial (ref));
  g_assert_cmpuint (g_strv_length ((char **)rcc_reference_get_cited_by (ref)), ==, 0);
  ref = rcc_catalog_lookup_reference (catalog, "pdq-31");
  g_assert_cmpint (rcc_reference_get_kind (ref), ==, RCC_REFERENCE_KIND_JOURNAL);
  g_assert_true (rcc_reference_get_partial (ref));
  ref = rcc_catalog_lookup_reference (catalog, "pdq-34");
  g_assert_false (rcc_reference_get_partial (ref));
  g_assert_cmpuint (rcc_reference_get_pmid (ref), ==, 17215530);
}

static void
test_lines (void)
{
  /* Lines before the treatments they name, in the file's order within a
   * line; the catalog's options by line, then position. */
  const char * const edits[] = {
    "</editions>",
    "</editions>"
    "<lines edition=\"pdq-2014\">"
    "<line id=\"second-line\"><option treatment=\"sorafenib\"><cites ref=\"pdq-34\"/></option></line>"
    "<line id=\"first-line\">"
    "<option treatment=\"pazopanib\"><note>Test note</note><cites ref=\"pdq-31\"/><cites ref=\"pdq-30\"/></option>"
    "<option><note>Any of the agents above</note></option>"
    "<option treatment=\"sorafenib\"/>"
    "</line></lines>",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (edits, "lines.xml", &error);
  g_autoptr(GListModel) first = NULL;
  g_autoptr(GListModel) second = NULL;
  g_autoptr(GListModel) later = NULL;
  g_autoptr(GListModel) sorafenib = NULL;
  g_autoptr(RccOption) option = NULL;
  g_autoptr(RccReference) ref = NULL;
  GListModel *all;

  g_assert_no_error (error);
  all = rcc_catalog_get_options (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 4);

  first = rcc_catalog_get_options_for_line (catalog, RCC_THERAPY_LINE_FIRST);
  second = rcc_catalog_get_options_for_line (catalog, RCC_THERAPY_LINE_SECOND);
  later = rcc_catalog_get_options_for_line (catalog, RCC_THERAPY_LINE_LATER);
  g_assert_cmpuint (g_list_model_get_n_items (first), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (second), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (later), ==, 0);

  /* By line first: the first line's options lead although the file
   * gives the second line first. */
  option = g_list_model_get_item (all, 0);
  g_assert_cmpint (rcc_option_get_line (option), ==, RCC_THERAPY_LINE_FIRST);
  g_assert_cmpuint (rcc_option_get_position (option), ==, 1);
  g_assert_true (rcc_option_get_treatment (option) ==
                 rcc_catalog_lookup_treatment (catalog, "pazopanib"));
  g_assert_cmpstr (rcc_option_get_note (option), ==, "Test note");
  g_assert_cmpuint (g_list_model_get_n_items (rcc_option_get_references (option)), ==, 2);
  ref = g_list_model_get_item (rcc_option_get_references (option), 0);
  g_assert_cmpstr (rcc_reference_get_id (ref), ==, "pdq-31");
  g_clear_object (&option);

  option = g_list_model_get_item (first, 1);
  g_assert_cmpuint (rcc_option_get_position (option), ==, 2);
  g_assert_null (rcc_option_get_treatment (option));
  g_assert_cmpstr (rcc_option_get_note (option), ==, "Any of the agents above");
  g_assert_cmpuint (g_list_model_get_n_items (rcc_option_get_references (option)), ==, 0);
  g_clear_object (&option);

  /* A treatment in two lines is in both. */
  sorafenib = rcc_catalog_get_options_for_treatment (catalog,
                                                     rcc_catalog_lookup_treatment (catalog, "sorafenib"));
  g_assert_cmpuint (g_list_model_get_n_items (sorafenib), ==, 2);
  option = g_list_model_get_item (sorafenib, 0);
  g_assert_cmpint (rcc_option_get_line (option), ==, RCC_THERAPY_LINE_FIRST);
  g_assert_cmpuint (rcc_option_get_position (option), ==, 3);
  g_clear_object (&option);
  option = g_list_model_get_item (sorafenib, 1);
  g_assert_cmpint (rcc_option_get_line (option), ==, RCC_THERAPY_LINE_SECOND);
  g_assert_cmpuint (rcc_option_get_position (option), ==, 1);
}

static void
test_ci_level_not_stated (void)
{
  const char * const edits[] = {
    "ci-level=\"99.8\"", "ci-level=\"not-stated\"",
    "value=\"9.2\" unit=\"months\"", "value=\"6.8\" unit=\"years\"",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (edits, "level.xml", &error);
  g_autoptr(RccHazardRatio) hr = NULL;
  RccMedian *m;

  g_assert_no_error (error);
  hr = g_list_model_get_item (rcc_trial_get_hazard_ratios (rcc_catalog_lookup_trial (catalog, "target")), 1);
  g_assert_true (rcc_hazard_ratio_get_has_ci (hr));
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_level (hr), ==, RCC_CI_LEVEL_NOT_STATED);

  /* Years stay years; months are derived, twelve to the year. */
  m = rcc_trial_find_primary_median (rcc_catalog_lookup_trial (catalog, "veg105192"),
                                     RCC_ENDPOINT_PFS, "pazopanib");
  g_assert_cmpint (rcc_median_get_unit (m), ==, RCC_TIME_UNIT_YEARS);
  g_assert_cmpfloat (rcc_median_get_value (m), ==, 6.8);
  g_assert_cmpfloat_with_epsilon (rcc_median_get_months (m), 81.6, 1e-9);
}

typedef struct
{
  const char *file;
  int         code;
  long        line;
  const char *contains;
  const char *message;  /* if set, the whole message after "FILE:LINE: " */
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
  { "bad-negative-median.xml", RCC_CONTENT_ERROR_SCHEMA, 29, "value=\"-9.2\" is below zero" },
  { "bad-duplicate-id.xml", RCC_CONTENT_ERROR_INVALID, 34, "duplicate trial id \"veg105192\" (first defined on line 25)" },
  { "bad-ci-level.xml", RCC_CONTENT_ERROR_INVALID, 42, "not between 0 and 100" },
  { "bad-ci-order.xml", RCC_CONTENT_ERROR_INVALID, 41, "not below its upper bound" },
  { "bad-unknown-reference.xml", RCC_CONTENT_ERROR_INVALID, 44, "pdq-99" },
  { "bad-two-primaries.xml", RCC_CONTENT_ERROR_INVALID, 31, "second primary median" },

  /* Version 3: each said in words that name what is wrong. */
  { "bad-version.xml", RCC_CONTENT_ERROR_SCHEMA, 7, "version",
    "content version \"2\": this version of RCC Guide reads versions 3 to 6" },
  { "bad-year-negative.xml", RCC_CONTENT_ERROR_SCHEMA, 29, "below zero",
    "value=\"-6.8\" is below zero" },
  { "bad-unit.xml", RCC_CONTENT_ERROR_SCHEMA, 29, "unit",
    "unit=\"decades\" is not one of months, days, weeks or years" },
  { "bad-ci-level-word.xml", RCC_CONTENT_ERROR_SCHEMA, 42, "ci-level",
    "ci-level=\"unknown\" is neither a percentage nor \"not-stated\"" },
  { "bad-unknown-scheme.xml", RCC_CONTENT_ERROR_SCHEMA, 43, "scheme",
    "level scheme \"pdq-2019\" is not known: pdq-2014 or pdq-2023" },
  { "bad-code-not-in-scheme.xml", RCC_CONTENT_ERROR_SCHEMA, 43, "code",
    "level code \"1iDiii\" is not one scheme pdq-2023 defines" },
  { "bad-phase-roman.xml", RCC_CONTENT_ERROR_SCHEMA, 25, "phase",
    "phase=\"III\" is not a trial phase: write it in digits, \"3\" or \"2/3\"" },
  { "bad-evidence-level.xml", RCC_CONTENT_ERROR_SCHEMA, 34, "evidence-level",
    "the evidence-level attribute is gone in version 3: "
    "give a <level scheme=\"pdq-2014\" …> after the figures" },
  { "bad-option-without-note.xml", RCC_CONTENT_ERROR_SCHEMA, 9, "note",
    "an option with no treatment needs a <note> saying what it is" },
  { "bad-unknown-edition.xml", RCC_CONTENT_ERROR_INVALID, 43, "edition",
    "edition=\"pdq-2099\" names no <edition>" },
  { "bad-lines-edition.xml", RCC_CONTENT_ERROR_INVALID, 9, "edition",
    "edition=\"pdq-2025\" names no <edition>" },
  { "bad-cited-by.xml", RCC_CONTENT_ERROR_INVALID, 51, "cited-by",
    "cited-by=\"pdq-2020\" names no <edition>" },
  { "bad-journal-without-id.xml", RCC_CONTENT_ERROR_INVALID, 50, "pmid",
    "journal reference \"pdq-31\" has neither a pmid nor a doi "
    "(partial=\"true\" marks a citation known only in part)" },
  { "bad-option-unknown-treatment.xml", RCC_CONTENT_ERROR_INVALID, 9, "tivozanib",
    "option names treatment \"tivozanib\", which does not exist" },
  { "bad-option-twice.xml", RCC_CONTENT_ERROR_INVALID, 9, "sorafenib",
    "treatment \"sorafenib\" is already option 1 of line \"first-line\"" },
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
  if (bad->message != NULL)
    {
      g_autofree char *whole = g_strconcat (prefix, bad->message, NULL);
      g_assert_cmpstr (error->message, ==, whole);
    }

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

/* The bundled content's path skips only the schema (the build checked
 * it): a file with a problem only the builders find says the same,
 * word for word, on that path. */
static void
test_schema_checked_keeps_checks (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) full_error = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RccCatalog) full = NULL;
      g_autoptr(RccCatalog) catalog = NULL;
      gsize length;

      if (bad_cases[i].code != RCC_CONTENT_ERROR_INVALID)
        continue;

      path = g_test_build_filename (G_TEST_DIST, "data", bad_cases[i].file, NULL);
      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      bytes = g_bytes_new_take (g_steal_pointer (&text), length);

      full = rcc_xml_loader_load_bytes (bytes, bad_cases[i].file, &full_error);
      catalog = rcc_loader_load_schema_checked (bytes, bad_cases[i].file, &error);
      g_assert_null (full);
      g_assert_null (catalog);
      g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, full_error->message);
    }
}

/* ... and loads the bundled content as the full check does */
static void
test_schema_checked_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RCC_BUNDLED_CONTENT_RESOURCE,
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_autoptr(RccCatalog) full = NULL;
  g_autoptr(RccCatalog) bundled = NULL;

  g_assert_no_error (error);
  full = rcc_xml_loader_load_bytes (bytes, RCC_BUNDLED_CONTENT_NAME, &error);
  g_assert_no_error (error);
  bundled = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_treatments (bundled)), ==,
                    g_list_model_get_n_items (rcc_catalog_get_treatments (full)));
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (bundled)), ==,
                    g_list_model_get_n_items (rcc_catalog_get_trials (full)));
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_references (bundled)), ==,
                    g_list_model_get_n_items (rcc_catalog_get_references (full)));
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_options (bundled)), ==,
                    g_list_model_get_n_items (rcc_catalog_get_options (full)));
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_treatments (bundled)), ==, 27);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (bundled)), ==, 43);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_references (bundled)), ==, 80);
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

/* A plain name carries its Spanish; one without it, or with it empty,
 * is refused at its line. */
/* Side effects in plain words: each item has its Spanish, "how often"
 * comes with its Spanish, and there is at least one common side effect;
 * a broken one is refused at its line. */
#define PLAIN_SIDE_EFFECTS(effect, sign) \
  "<plain-side-effects drug=\"pazopanib\" drug-es=\"pazopanib\" source=\"a patient page\" " \
  "source-es=\"una página para pacientes\" source-date=\"2017\">\n" effect "\n" sign "\n" \
  "</plain-side-effects><summary>Oral multikinase inhibitor.</summary>"

static void
test_plain_side_effects (void)
{
  const char * const good[] = {
    "<summary>Oral multikinase inhibitor.</summary>",
    PLAIN_SIDE_EFFECTS ("<effect es=\"diarrea\" often=\"about 1 in 2 people\" "
                        "often-es=\"alrededor de 1 de cada 2 personas\">diarrhea</effect>"
                        "<effect es=\"cansancio\">tiredness</effect>",
                        "<warning-sign es=\"piel amarilla\">yellow skin</warning-sign>"),
    NULL
  };
  const char * const no_es[] = {
    "<summary>Oral multikinase inhibitor.</summary>",
    PLAIN_SIDE_EFFECTS ("<effect>diarrhea</effect>", ""),
    NULL
  };
  const char * const often_alone[] = {
    "<summary>Oral multikinase inhibitor.</summary>",
    PLAIN_SIDE_EFFECTS ("<effect es=\"diarrea\" often=\"about 1 in 2 people\">diarrhea</effect>", ""),
    NULL
  };
  const char * const no_effect[] = {
    "<summary>Oral multikinase inhibitor.</summary>",
    PLAIN_SIDE_EFFECTS ("", "<warning-sign es=\"piel amarilla\">yellow skin</warning-sign>"),
    NULL
  };
  const char * const empty_sign[] = {
    "<summary>Oral multikinase inhibitor.</summary>",
    PLAIN_SIDE_EFFECTS ("<effect es=\"diarrea\">diarrhea</effect>",
                        "<warning-sign es=\"\">yellow skin</warning-sign>"),
    NULL
  };
  const char * const * const bad[] = { no_es, often_alone, no_effect, empty_sign };
  const char * const bad_line[] = { "plain.xml:14: ", "plain.xml:14: ", "plain.xml:15: ", "plain.xml:15: " };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (good, "plain.xml", &error);
  g_autoptr(RccSideEffects) side_effects = NULL;
  GListModel *list;

  g_assert_no_error (error);
  list = rcc_treatment_get_plain_side_effects (rcc_catalog_lookup_treatment (catalog, "pazopanib"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  side_effects = g_list_model_get_item (list, 0);
  g_assert_cmpstr (rcc_side_effects_get_drug (side_effects, "es"), ==, "pazopanib");
  g_assert_cmpstr (rcc_side_effects_get_source (side_effects, "en"), ==, "a patient page");
  g_assert_cmpstr (rcc_side_effects_get_source (side_effects, "es"), ==, "una página para pacientes");
  g_assert_cmpstr (rcc_side_effects_get_source_date (side_effects), ==, "2017");
  g_assert_null (rcc_side_effects_get_often (side_effects, "en"));
  g_assert_cmpuint (rcc_side_effects_get_n_effects (side_effects), ==, 2);
  g_assert_cmpstr (rcc_side_effects_get_effect (side_effects, 0, "en"), ==, "diarrhea");
  g_assert_cmpstr (rcc_side_effects_get_effect (side_effects, 0, "es"), ==, "diarrea");
  g_assert_cmpstr (rcc_side_effects_get_effect_often (side_effects, 0, "es"), ==,
                   "alrededor de 1 de cada 2 personas");
  g_assert_null (rcc_side_effects_get_effect_often (side_effects, 1, "en"));
  g_assert_cmpuint (rcc_side_effects_get_n_warning_signs (side_effects), ==, 1);
  g_assert_cmpstr (rcc_side_effects_get_warning_sign (side_effects, 0, "es"), ==, "piel amarilla");
  /* None for a treatment whose content gives none */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_treatment_get_plain_side_effects (
                      rcc_catalog_lookup_treatment (catalog, "sorafenib"))), ==, 0);
  g_clear_object (&catalog);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      catalog = load_edited (bad[i], "plain.xml", &error);
      g_assert_null (catalog);
      g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_SCHEMA);
      g_test_message ("%s", error->message);
      if (!g_str_has_prefix (error->message, bad_line[i]))
        g_error ("case %u: “%s” does not start with “%s”", i, error->message, bad_line[i]);
      g_clear_error (&error);
    }
}

static void
test_plain_name (void)
{
  const char * const good[] = {
    "<name>Pazopanib</name>",
    "<name>Pazopanib</name><plain-name es=\"una pastilla diaria\">a daily tablet</plain-name>",
    NULL
  };
  const char * const no_es[] = {
    "<name>Pazopanib</name>", "<name>Pazopanib</name><plain-name>a daily tablet</plain-name>",
    NULL
  };
  const char * const empty[] = {
    "<name>Pazopanib</name>", "<name>Pazopanib</name><plain-name es=\"\">a daily tablet</plain-name>",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (good, "plain.xml", &error);
  RccTreatment *pazopanib;

  g_assert_no_error (error);
  pazopanib = rcc_catalog_lookup_treatment (catalog, "pazopanib");
  g_assert_cmpstr (rcc_treatment_get_plain_name (pazopanib, "en"), ==, "a daily tablet");
  g_assert_cmpstr (rcc_treatment_get_plain_name (pazopanib, "es"), ==, "una pastilla diaria");
  g_assert_null (rcc_treatment_get_plain_name (rcc_catalog_lookup_treatment (catalog, "sorafenib"),
                                               "es"));
  g_clear_object (&catalog);

  catalog = load_edited (no_es, "plain.xml", &error);
  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, "plain.xml:11: "));
  g_clear_error (&error);

  catalog = load_edited (empty, "plain.xml", &error);
  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, "plain.xml:11: "));
}

/* A plain summary may have its Spanish after it; a treatment without
 * one falls back to English; only lang="es" is taken, at its line. */
static void
test_plain_summary_es (void)
{
  const char * const no_edits[] = { NULL };
  const char * const french[] = {
    "<plain-summary lang=\"es\">", "<plain-summary lang=\"fr\">",
    NULL
  };
  const char * const spanish_first[] = {
    "<plain-summary>A tablet taken twice a day.</plain-summary>",
    "<plain-summary lang=\"es\">Una pastilla dos veces al día.</plain-summary>"
    "<plain-summary>A tablet taken twice a day.</plain-summary>",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (no_edits, "summary.xml", &error);
  RccTreatment *pazopanib;
  RccTreatment *sorafenib;

  g_assert_no_error (error);
  pazopanib = rcc_catalog_lookup_treatment (catalog, "pazopanib");
  sorafenib = rcc_catalog_lookup_treatment (catalog, "sorafenib");
  g_assert_cmpstr (rcc_treatment_get_plain_summary (pazopanib), ==,
                   "A tablet that blocks signals the tumor needs to grow.");
  g_assert_cmpstr (rcc_treatment_get_plain_summary_for (pazopanib, "en"), ==,
                   "A tablet that blocks signals the tumor needs to grow.");
  g_assert_cmpstr (rcc_treatment_get_plain_summary_for (pazopanib, "es"), ==,
                   "Una pastilla que bloquea señales que el tumor necesita para crecer.");
  g_assert_cmpstr (rcc_treatment_get_plain_summary_for (sorafenib, "es"), ==,
                   "A tablet taken twice a day.");
  g_assert_cmpstr (rcc_treatment_get_plain_summary (sorafenib), ==, "A tablet taken twice a day.");
  g_clear_object (&catalog);

  catalog = load_edited (french, "summary.xml", &error);
  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, "summary.xml:14: "));
  g_clear_error (&error);

  catalog = load_edited (spanish_first, "summary.xml", &error);
  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, "summary.xml:20: "));
}

static void
test_doctype_after_comment (void)
{
  /* Refused at the DOCTYPE, after a multi-line comment, before the
   * entity it declares is read. */
  const char * const edits[] = {
    "<rcc-content version=\"3\">",
    "<!DOCTYPE rcc-content [\n<!ENTITY a SYSTEM \"file:///etc/passwd\">\n]>\n"
    "<rcc-content version=\"3\">",
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

/* The primary endpoints are read from their codes, in order, whatever
 * the words say; a code that is no endpoint is refused at its line. */
static void
test_primary_endpoints (void)
{
  const char * const coded[] = {
    "<name>VEG105192</name>",
    "<name>VEG105192</name>"
    "<primary-endpoint endpoints=\"os pfs\">Progression-free survival, in words</primary-endpoint>",
    NULL
  };
  const char * const unknown[] = {
    "<name>VEG105192</name>",
    "<name>VEG105192</name><primary-endpoint endpoints=\"orr\">Response</primary-endpoint>",
    NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_edited (coded, "primary.xml", &error);
  RccTrial *trial;
  const char * const *codes;

  g_assert_no_error (error);
  trial = rcc_catalog_lookup_trial (catalog, "veg105192");
  codes = rcc_trial_get_primary_endpoints (trial);
  g_assert_nonnull (codes);
  g_assert_cmpstr (codes[0], ==, "os");
  g_assert_cmpstr (codes[1], ==, "pfs");
  g_assert_null (codes[2]);
  /* The first with figures: VEG105192 has PFS only */
  g_assert_cmpint (rcc_trial_get_stated_primary_endpoint (trial), ==, RCC_ENDPOINT_PFS);
  g_assert_true (rcc_trial_names_primary_endpoint (trial, RCC_ENDPOINT_OS));
  g_assert_false (rcc_trial_names_primary_endpoint (trial, RCC_ENDPOINT_DFS));
  /* A trial without a <primary-endpoint> has no codes */
  g_assert_null (rcc_trial_get_primary_endpoints (rcc_catalog_lookup_trial (catalog, "target")));
  g_clear_object (&catalog);

  catalog = load_edited (unknown, "primary.xml", &error);
  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, "primary.xml:26: "));
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
  g_test_add_func ("/rcc/xml-loader/version-3", test_version_3);
  g_test_add_func ("/rcc/xml-loader/lines", test_lines);
  g_test_add_func ("/rcc/xml-loader/ci-level-not-stated", test_ci_level_not_stated);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/rcc/xml-loader/refuses/%s", bad_cases[i].file);
      g_test_add_data_func (name, &bad_cases[i], test_bad_file);
    }
  g_test_add_func ("/rcc/xml-loader/schema-checked-keeps-checks", test_schema_checked_keeps_checks);
  g_test_add_func ("/rcc/xml-loader/schema-checked-bundled", test_schema_checked_bundled);
  g_test_add_func ("/rcc/xml-loader/xxe-never-read", test_xxe_never_read);
  g_test_add_func ("/rcc/xml-loader/failed-load-leaves-catalog", test_failed_load_leaves_catalog);
  g_test_add_func ("/rcc/xml-loader/all-errors-reported", test_all_errors_reported);
  g_test_add_func ("/rcc/xml-loader/problem-order", test_problem_order);
  g_test_add_func ("/rcc/xml-loader/schema-inside-item", test_schema_inside_item);
  g_test_add_func ("/rcc/xml-loader/doctype-after-comment", test_doctype_after_comment);
  g_test_add_func ("/rcc/xml-loader/plain-name", test_plain_name);
  g_test_add_func ("/rcc/xml-loader/primary-endpoints", test_primary_endpoints);
  g_test_add_func ("/rcc/xml-loader/plain-summary-es", test_plain_summary_es);
  g_test_add_func ("/rcc/xml-loader/plain-side-effects", test_plain_side_effects);
  g_test_add_func ("/rcc/xml-loader/too-large", test_too_large);
  g_test_add_func ("/rcc/xml-loader/missing-file", test_missing_file);

  return g_test_run ();
}
