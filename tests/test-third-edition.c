/* test-third-edition.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libxml/relaxng.h>

#include "content/rcc-xml-loader.h"
#include "model/rcc-edition-diff.h"
#include "rcc-test-tables.h"

/* Content version 3 against the test tables typed from the facts files
 * (tests/data/third-edition/: every new figure, every level-of-evidence
 * code, the option order of each line, the partial references), and the
 * schema's refusals.  The same checks run on a small fixture
 * (tests/data/third-edition-fixture/), always, and on the bundled
 * content with the real tables, which come with it. */

static RccCatalog *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RccCatalog *catalog = rcc_xml_loader_load_file (file, &error);

  g_assert_no_error (error);
  return catalog;
}

static RccCatalog *
load_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "third-edition-fixture",
                                                 "content.xml", NULL);
  return load (path);
}

typedef guint (*Check) (RccCatalog *, RccTable *, GString *);

static void
run_check (RccCatalog *catalog,
           const char *dir,
           const char *table_name,
           Check       check)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", dir, table_name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RccTable) table = rcc_table_load (path, &error);
  g_autoptr(GString) problems = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (rcc_table_rows (table), >, 0);
  if (check (catalog, table, problems) != 0)
    g_error ("%s disagrees with the content:\n%s", table_name, problems->str);
}

/* ---------------------------------------------------------------------
 * The fixture
 */

static void
test_fixture_tables (void)
{
  g_autoptr(RccCatalog) catalog = load_fixture ();

  run_check (catalog, "third-edition-fixture", "figures.tsv", rcc_check_figures);
  run_check (catalog, "third-edition-fixture", "levels.tsv", rcc_check_levels);
  run_check (catalog, "third-edition-fixture", "lines.tsv", rcc_check_lines);
  run_check (catalog, "third-edition-fixture", "partial-references.tsv", rcc_check_partial_references);
}

/* The checks have teeth: a table one cell off is caught, on its line. */
static void
test_checks_catch (void)
{
  g_autoptr(RccCatalog) catalog = load_fixture ();
  const struct {
    const char *table;
    const char *from;
    const char *to;
    Check       check;
    const char *expected;
  } cases[] = {
    { "figures.tsv", "6.8\tyears", "6.8\tmonths", rcc_check_figures, ".tsv:11: " },
    { "figures.tsv", "0.98\tnot-stated", "0.98\t95", rcc_check_figures, ".tsv:9: " },
    { "figures.tsv", "0.71\t\t0.60\t0.84\t95", "0.71\t\t0.60\t0.84\tnot-stated", rcc_check_figures, ".tsv:8: " },
    { "levels.tsv", "B2\tpdq-2025\t\tfalse", "B2\tpdq-2025\t\ttrue", rcc_check_levels, ".tsv:5: " },
    { "levels.tsv", "1iDii", "1iDiii", rcc_check_levels, ".tsv:6: " },
    { "lines.tsv", "first-line\t1\tdrug-b", "first-line\t1\tdrug-a", rcc_check_lines, ".tsv:4: " },
    { "lines.tsv", "adjuvant\t1\tdrug-c\tfalse\n", "", rcc_check_lines, "line \"adjuvant\" has 1 options, the table 0" },
    { "partial-references.tsv", "brown-2023", "jones-2007", rcc_check_partial_references, "not a partial reference" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "third-edition-fixture",
                                                     cases[i].table, NULL);
      g_autofree char *edited_path = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GString) edited = NULL;
      g_autoptr(GString) problems = g_string_new (NULL);
      g_autoptr(RccTable) table = NULL;
      g_autoptr(GError) error = NULL;
      int fd;

      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      edited = g_string_new (text);
      g_assert_cmpuint (g_string_replace (edited, cases[i].from, cases[i].to, 1), ==, 1);

      fd = g_file_open_tmp ("rcc-table-XXXXXX.tsv", &edited_path, &error);
      g_assert_no_error (error);
      close (fd);
      g_assert_true (g_file_set_contents (edited_path, edited->str, -1, NULL));
      table = rcc_table_load (edited_path, &error);
      g_assert_no_error (error);
      g_unlink (edited_path);

      g_assert_cmpuint (cases[i].check (catalog, table, problems), >, 0);
      if (strstr (problems->str, cases[i].expected) == NULL)
        g_error ("case %u: expected \"%s\" in:\n%s", i, cases[i].expected, problems->str);
    }
}

static void
test_fixture_model (void)
{
  g_autoptr(RccCatalog) catalog = load_fixture ();
  g_autoptr(GListModel) changes = rcc_catalog_diff_editions (catalog);
  g_autoptr(GListModel) drug_b = NULL;
  g_autoptr(RccEditionChange) change = NULL;
  g_autoptr(RccLevel) a1 = NULL;
  g_autoptr(RccLevel) b2 = NULL;
  g_autofree char *a1_words = NULL;
  g_autofree char *b2_words = NULL;
  RccTrial *trial_a = rcc_catalog_lookup_trial (catalog, "trial-a");
  RccEdition *current;

  /* The current edition is the source's. */
  current = rcc_catalog_get_current_edition (catalog);
  g_assert_cmpstr (rcc_edition_get_id (current), ==, "pdq-2025");
  g_assert_cmpstr (rcc_edition_get_updated (current), ==, "2025-05-13");
  g_assert_cmpstr (rcc_edition_get_url (current), ==, "https://example.org/pdq-2025");

  /* A treatment in two lines is an option of each. */
  drug_b = rcc_catalog_get_options_for_treatment (catalog, rcc_catalog_lookup_treatment (catalog, "drug-b"));
  g_assert_cmpuint (g_list_model_get_n_items (drug_b), ==, 2);

  /* Since 2014: drug A kept, drug D dropped, drugs B and C added, in the
   * catalog's treatment order. */
  g_assert_cmpuint (g_list_model_get_n_items (changes), ==, 4);
  change = g_list_model_get_item (changes, 0);
  g_assert_cmpstr (rcc_treatment_get_id (rcc_edition_change_get_treatment (change)), ==, "drug-a");
  g_assert_cmpint (rcc_edition_change_get_kind (change), ==, RCC_EDITION_CHANGE_KEPT);
  g_assert_cmpuint (rcc_edition_change_get_option (change), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_edition_change_get_options (change)), ==, 1);
  g_clear_object (&change);
  change = g_list_model_get_item (changes, 1);
  g_assert_cmpstr (rcc_treatment_get_id (rcc_edition_change_get_treatment (change)), ==, "drug-d");
  g_assert_cmpint (rcc_edition_change_get_kind (change), ==, RCC_EDITION_CHANGE_DROPPED);
  g_assert_cmpuint (rcc_edition_change_get_option (change), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_edition_change_get_options (change)), ==, 0);
  g_clear_object (&change);
  change = g_list_model_get_item (changes, 2);
  g_assert_cmpstr (rcc_treatment_get_id (rcc_edition_change_get_treatment (change)), ==, "drug-b");
  g_assert_cmpint (rcc_edition_change_get_kind (change), ==, RCC_EDITION_CHANGE_ADDED);
  g_assert_cmpuint (rcc_edition_change_get_option (change), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_edition_change_get_options (change)), ==, 2);
  g_clear_object (&change);
  change = g_list_model_get_item (changes, 3);
  g_assert_cmpint (rcc_edition_change_get_kind (change), ==, RCC_EDITION_CHANGE_ADDED);

  /* Levels, decoded in words; a misfit said as such. */
  a1 = g_list_model_get_item (rcc_trial_get_levels (trial_a), 0);
  b2 = g_list_model_get_item (rcc_trial_get_levels (trial_a), 1);
  a1_words = rcc_level_describe (a1);
  b2_words = rcc_level_describe (b2);
  g_assert_cmpstr (a1_words, ==,
                   "Randomised controlled trial; endpoint: overall survival, or total or "
                   "cause-specific mortality.");
  g_assert_cmpstr (rcc_level_get_about (b2), ==, "Quality of life");
  g_assert_false (rcc_level_get_fits (b2));
  g_assert_true (g_str_has_prefix (b2_words, "Meta-analysis of randomised controlled trials; "));
  g_assert_nonnull (strstr (b2_words, "Shown as the PDQ prints it"));

  /* Years, and the months derived from them. */
  {
    RccMedian *m = rcc_trial_find_primary_median (rcc_catalog_lookup_trial (catalog, "trial-c"),
                                                  RCC_ENDPOINT_DFS, "c");
    g_assert_cmpint (rcc_median_get_unit (m), ==, RCC_TIME_UNIT_YEARS);
    g_assert_cmpfloat_with_epsilon (rcc_median_get_months (m), 81.6, 1e-9);
  }
  g_assert_cmpstr (rcc_trial_get_phase (rcc_catalog_lookup_trial (catalog, "trial-c")), ==, "2/3");
}

static void
test_describe (void)
{
  const struct {
    RccEvidenceScheme scheme;
    const char       *code;
    const char       *words;
  } cases[] = {
    { RCC_EVIDENCE_SCHEME_PDQ_2014, "1iiA",
      "Randomised controlled trial, not blinded; endpoint: total mortality (overall survival)." },
    { RCC_EVIDENCE_SCHEME_PDQ_2014, "3iiiDiv",
      "Case series of selected patients (such as a phase II trial); endpoint: tumour response "
      "rate, an indirect surrogate." },
    { RCC_EVIDENCE_SCHEME_PDQ_2023, "A2",
      "Meta-analysis of randomised controlled trials; endpoint: overall survival, or total or "
      "cause-specific mortality." },
    { RCC_EVIDENCE_SCHEME_PDQ_2023, "B1",
      "Randomised controlled trial; endpoint: event-free, relapse-free, disease-free or "
      "progression-free survival." },
    { RCC_EVIDENCE_SCHEME_PDQ_2023, "B4",
      "Nonrandomised, multicentre, prospective controlled trial; endpoint: survival, mortality, "
      "quality of life, event-free, disease-free or progression-free survival, or tumour response." },
    { RCC_EVIDENCE_SCHEME_PDQ_2023, "C3",
      "Case series or other observational study; endpoint: tumour response rate, or quality of "
      "life measured less thoroughly than for A3." },
    { RCC_EVIDENCE_SCHEME_PDQ_2023, "D", "Anecdotal experience or expert opinion." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RccLevel) level = rcc_level_new (cases[i].scheme, cases[i].code, "pdq-2025",
                                                 RCC_ENDPOINT_NONE, NULL, TRUE);
      g_autofree char *words = rcc_level_describe (level);

      g_assert_cmpstr (words, ==, cases[i].words);
    }

  /* Each scheme knows its own codes only. */
  g_assert_true (rcc_level_code_is_valid (RCC_EVIDENCE_SCHEME_PDQ_2014, "1iDiii"));
  g_assert_true (rcc_level_code_is_valid (RCC_EVIDENCE_SCHEME_PDQ_2014, "2Diii"));
  g_assert_false (rcc_level_code_is_valid (RCC_EVIDENCE_SCHEME_PDQ_2014, "A1"));
  g_assert_false (rcc_level_code_is_valid (RCC_EVIDENCE_SCHEME_PDQ_2014, "2iA"));
  g_assert_false (rcc_level_code_is_valid (RCC_EVIDENCE_SCHEME_PDQ_2014, "1iAii"));
  g_assert_false (rcc_level_code_is_valid (RCC_EVIDENCE_SCHEME_PDQ_2023, "1iDiii"));
  g_assert_false (rcc_level_code_is_valid (RCC_EVIDENCE_SCHEME_PDQ_2023, "A4"));
  g_assert_false (rcc_level_code_is_valid (RCC_EVIDENCE_SCHEME_PDQ_2023, "B"));
}

/* ---------------------------------------------------------------------
 * The schema on its own, as DATA validates against it
 */

static gboolean
schema_accepts (const char *path)
{
  const char *schema_path = g_getenv ("RCC_CONTENT_SCHEMA");
  xmlRelaxNGParserCtxtPtr pctxt;
  xmlRelaxNGPtr schema;
  xmlRelaxNGValidCtxtPtr vctxt;
  xmlDocPtr doc;
  int ret;

  g_assert_nonnull (schema_path);
  pctxt = xmlRelaxNGNewParserCtxt (schema_path);
  schema = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  g_assert_nonnull (schema);

  doc = xmlReadFile (path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_assert_nonnull (doc);
  vctxt = xmlRelaxNGNewValidCtxt (schema);
  xmlRelaxNGSetValidStructuredErrors (vctxt, NULL, NULL);
  ret = xmlRelaxNGValidateDoc (vctxt, doc);

  xmlRelaxNGFreeValidCtxt (vctxt);
  xmlFreeDoc (doc);
  xmlRelaxNGFree (schema);

  return ret == 0;
}

static void
silence (void       *ctx,
         const char *msg,
         ...)
{
}

static void
test_schema (void)
{
  const char * const accepted[] = { "minimal.xml", "third-edition-fixture/content.xml" };
  const char * const refused[] = {
    "bad-year-negative.xml",       /* a median of -6.8 years */
    "bad-unknown-scheme.xml",      /* scheme="pdq-2019" */
    "bad-code-not-in-scheme.xml",  /* a 2014 code in the 2023 scheme */
    "bad-phase-roman.xml",
    "bad-evidence-level.xml",
    "bad-version.xml",
    "bad-unit.xml",
    "bad-option-without-note.xml",
  };

  xmlSetGenericErrorFunc (NULL, silence);

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", accepted[i], NULL);
      g_assert_true (schema_accepts (path));
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", refused[i], NULL);
      if (schema_accepts (path))
        g_error ("the schema accepts %s", refused[i]);
    }

  xmlSetGenericErrorFunc (NULL, NULL);
}

/* ---------------------------------------------------------------------
 * The bundled content and the real tables
 */

static void
test_bundled (gconstpointer data)
{
  const char *table_name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "third-edition", table_name, NULL);
  g_autoptr(RccCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  Check check;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("tests/data/third-edition/ has no tables yet (they come with the version 3 content)");
      return;
    }

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  if (g_str_equal (table_name, "figures.tsv"))
    check = rcc_check_figures;
  else if (g_str_equal (table_name, "levels.tsv"))
    check = rcc_check_levels;
  else if (g_str_equal (table_name, "lines.tsv"))
    check = rcc_check_lines;
  else
    check = rcc_check_partial_references;

  run_check (catalog, "third-edition", table_name, check);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/third-edition/fixture/tables", test_fixture_tables);
  g_test_add_func ("/rcc/third-edition/fixture/checks-catch", test_checks_catch);
  g_test_add_func ("/rcc/third-edition/fixture/model", test_fixture_model);
  g_test_add_func ("/rcc/third-edition/describe", test_describe);
  g_test_add_func ("/rcc/third-edition/schema", test_schema);
  g_test_add_data_func ("/rcc/third-edition/bundled/figures", "figures.tsv", test_bundled);
  g_test_add_data_func ("/rcc/third-edition/bundled/levels", "levels.tsv", test_bundled);
  g_test_add_data_func ("/rcc/third-edition/bundled/lines", "lines.tsv", test_bundled);
  g_test_add_data_func ("/rcc/third-edition/bundled/partial-references", "partial-references.tsv",
                        test_bundled);

  return g_test_run ();
}
