/* test-report.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "content/rcc-xml-loader.h"
#include "report/rcc-report.h"

#include "rcc-test-run.h"

/* The comparison summary, as a reader gets it: the real command line
 * writes a PDF, pdftotext reads it back, pdftoppm renders every page into
 * the build dir for a reviewer to look at. */

static RccCatalog *catalog;

/* Runs @argv (rcc-test-run.h), checks that it succeeded and returns what
 * it printed */
static char *
output_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "report-output", NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

/* @endpoint: (nullable): --endpoint's value, or %NULL for the default */
static char *
write_summary_for (const char *ids,
                   const char *name,
                   const char *paper,
                   const char *endpoint)
{
  char *pdf = output_path (name);
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--compare", ids, "--output", pdf,
                         "--paper", paper, endpoint != NULL ? "--endpoint" : NULL, endpoint, NULL };
  g_autofree char *out = NULL;

  g_unlink (pdf);
  out = run_argv_ok (argv);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  return pdf;
}

static char *
write_summary (const char *ids,
               const char *name,
               const char *paper)
{
  return write_summary_for (ids, name, paper, NULL);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  char *text;

  if (program == NULL)
    g_error ("pdftotext is missing: build-aux/test installs poppler-utils");

  text = run_argv_ok (argv);
  return text;
}

static void
render_pages (const char *pdf)
{
  g_autofree char *prefix = g_strndup (pdf, strlen (pdf) - 4);
  const char *argv[] = { "pdftoppm", "-png", "-r", "80", pdf, prefix, NULL };
  g_autofree char *out = NULL;

  out = run_argv_ok (argv);
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("\"%s\" is not in the summary", needle);
}

static void
test_three_trials (void)
{
  /* Drawn for PFS: TARGET's own primary endpoint is OS */
  g_autofree char *pdf = write_summary_for ("veg105192,target,sunitinib-ifn", "pazopanib-target-sunitinib.pdf",
                                            "a4", "pfs");
  g_autofree char *text = pdf_text (pdf);

  render_pages (pdf);

  /* Each trial's medians, HR with CI, and citation. */
  assert_contains (text, "Pazopanib: 9.2 months");
  assert_contains (text, "Placebo: 4.2 months");
  assert_contains (text, "PFS 0.46 (95% CI 0.34–0.62)");
  assert_contains (text, "Sorafenib: 167 days (5.5 months)");
  assert_contains (text, "Placebo: 84 days (2.8 months)");
  assert_contains (text, "PFS 0.44 (95% CI 0.35–0.55)");
  assert_contains (text, "Sunitinib: 11 months");
  assert_contains (text, "PFS 0.42 (95% CI 0.32–0.54)");
  assert_contains (text, "[31] Sternberg CN, Davis ID, Mardiak J");
  assert_contains (text, "[34] Escudier B, Eisen T, Stadler WM");
  assert_contains (text, "[25] Motzer RJ, Hutson TE, Tomczak P");

  /* Source and date, the disclaimer, the page number. */
  assert_contains (text, "last updated 25 February 2014");
  /* The content's version is stamped on the summary. */
  assert_contains (text, "content version 6");
  assert_contains (text, "does not replace");
  assert_contains (text, "Page 1 of ");
  /* Derived figures are said to be derived, with the constant. */
  assert_contains (text, "30.4375 days a month");
}

/* tests/data/third-edition-ui.xml: the summary names the sources of the
 * trials it prints, with their dates, and never the 2014 PDQ for trials
 * it never cited; each trial's levels of evidence with their scheme,
 * edition and words, or that the PDQ gives none */
static void
test_sources_and_levels (void)
{
  g_autofree char *content = g_test_build_filename (G_TEST_DIST, "data", "third-edition-ui.xml", NULL);
  g_autofree char *pdf = output_path ("sources-and-levels.pdf");
  g_autofree char *pdf_2025 = output_path ("sources-2025-only.pdf");
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--content", content,
                         "--compare", "keynote-426,checkmate-214,target,s-trac",
                         "--output", pdf, "--paper", "a4", NULL };
  const char *argv_2025[] = { g_getenv ("RCC_GUIDE_BIN"), "--content", content,
                              "--compare", "keynote-426,checkmate-214",
                              "--output", pdf_2025, "--paper", "a4", NULL };
  g_autofree char *out = NULL;
  g_autofree char *out_2025 = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_2025 = NULL;
  g_autofree char *flat = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  out = run_argv_ok (argv);
  text = pdf_text (pdf);
  render_pages (pdf);

  /* pdftotext -layout breaks lines where the page does */
  flat = g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);

  assert_contains (flat, "Sources: the 2025 PDQ (last updated 13 May 2025), citing KEYNOTE-426, "
                         "CheckMate 214, TARGET and S-TRAC; the 2014 PDQ (last updated 25 February "
                         "2014), citing TARGET.");
  assert_contains (flat, "RCC Guide · Sources: 2025 PDQ, 2014 PDQ ·");
  /* The table's codes, the meanings below it */
  assert_contains (flat, "PDQ levels of evidence");
  assert_contains (flat, "KEYNOTE-426: A1 for OS · 2023 definitions · 2025 PDQ: Randomised "
                         "controlled trial; endpoint: overall survival");
  assert_contains (flat, "TARGET: 1iDiii for PFS · 2014 definitions · 2014 PDQ: Randomised "
                         "controlled trial, double-blinded");
  assert_contains (flat, "B1 for PFS · 2023 definitions · 2025 PDQ");
  assert_contains (flat, "CheckMate 214: No level given by the PDQ");
  /* S-TRAC in years, the months derived */
  assert_contains (flat, "6.8 years");
  assert_contains (flat, "from years at 12 months a year");
  /* A reference known only in part */
  assert_contains (flat, "KEYNOTE-426: extended follow-up. Lancet Oncol, 2020. (full citation "
                         "not in this guide)");

  /* Trials the 2014 PDQ never cited: no 2014 PDQ anywhere */
  out_2025 = run_argv_ok (argv_2025);
  text_2025 = pdf_text (pdf_2025);
  assert_contains (text_2025, "Sources: the 2025 PDQ (last updated 13 May 2025), citing KEYNOTE-426");
  g_assert_null (strstr (text_2025, "2014 PDQ"));
  g_assert_null (strstr (text_2025, "25 February 2014"));
}

/* References the PDQ does not number are lettered in citation order,
 * the same in the table's Ref column and in the list: short enough not
 * to wrap, never taken for a PDQ number. */
static void
test_lettered_references (void)
{
  g_autofree char *pdf = write_summary ("target,clear", "target-clear.pdf", "a4");
  g_autofree char *text = pdf_text (pdf);
  g_autoptr(GRegex) table_refs = g_regex_new ("CLEAR[^\\n]*\\[a\\]\\s*\\n[^\\n]*\\[b\\]", 0, 0, NULL);

  render_pages (pdf);

  /* The list: PDQ numbers, then letters, each once */
  assert_contains (text, "[34] Escudier B, Eisen T, Stadler WM");
  assert_contains (text, "[a] Motzer R, Alekseev B, Rha SY, et al.: Lenvatinib plus Pembrolizumab");
  assert_contains (text, "[b] Motzer R, Porta C, Alekseev B, et al.: Health-related quality-of-life");
  assert_contains (text, "[c] CLEAR: final overall survival analysis.");
  g_assert_null (strstr (text, "[clear-nejm-2021]"));
  g_assert_null (strstr (text, "[d]"));
  /* The table: the row of CLEAR cites [a] and, a line below, [b] */
  g_assert_true (g_regex_match (table_refs, text, 0, NULL));
}

/* Headline figures for part of a trial say so (CheckMate 214's are for
 * intermediate/poor-risk patients). */
static void
test_population_shown (void)
{
  g_autofree char *pdf = write_summary ("checkmate-214", "checkmate-214.pdf", "a4");
  g_autofree char *text = pdf_text (pdf);

  /* The label column wraps it. */
  assert_contains (text, "Results: Intermediate/");
  assert_contains (text, "poor risk (425 vs 422)");
}

static void
test_twelve_trials_paginate (void)
{
  static const char *ids[] = {
    "swog-8949", "eortc-30947", "mcdermott-2005", "percy-quattro", "pyrhonen", "mrc-re01",
    "arcc", "record-1", "sunitinib-ifn", "veg105192", "calgb-90206", "avoren", NULL,
  };
  g_autofree char *joined = g_strjoinv (",", (char **)ids);
  g_autofree char *pdf = write_summary (joined, "twelve-trials.pdf", "a4");
  g_autofree char *text = pdf_text (pdf);

  render_pages (pdf);

  /* More than one page, and every trial on them. */
  g_assert_null (strstr (text, "Page 1 of 1"));
  assert_contains (text, "Page 2 of ");
  for (guint i = 0; ids[i] != NULL; i++)
    {
      RccTrial *trial = rcc_catalog_lookup_trial (catalog, ids[i]);
      const char *name = rcc_trial_get_name (trial);
      /* Names may wrap in the layout; their first word is enough. */
      g_autofree char *first = g_strndup (name, strcspn (name, " "));

      assert_contains (text, first);
    }
  assert_contains (text, "[36] Interferon-alpha and survival in metastatic renal carcinoma");
}

/* The closing words never stand alone on the last page: where they do
 * not fit under the references, the last reference goes over with them.
 * Three of today's first-line trials fill two pages to the last reference
 * (as the bundled content stands), which left the disclaimer a page of
 * its own. */
static void
test_closing_words_not_alone (void)
{
  g_autofree char *pdf = write_summary ("checkmate-214,keynote-426,clear", "closing-words.pdf", "a4");
  g_autofree char *text = pdf_text (pdf);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);
  guint n = g_strv_length (pages);
  const char *last;

  render_pages (pdf);

  /* pdftotext ends every page with a form feed: the last piece is empty */
  while (n > 0 && pages[n - 1][strspn (pages[n - 1], " \n")] == '\0')
    n--;
  g_assert_cmpuint (n, >=, 2);
  last = pages[n - 1];
  assert_contains (last, "This summary supports clinical judgement");
  /* A lettered reference (CLEAR's final OS analysis) stands above them */
  g_assert_nonnull (strstr (last, "[g] CLEAR: final overall survival analysis"));
  g_assert_true (strstr (last, "[g] CLEAR") < strstr (last, "This summary supports"));
}

/* Nothing is drawn off the page: every page's ink lies inside it. */
static void
test_nothing_off_the_page (gconstpointer data)
{
  RccPaper paper = GPOINTER_TO_INT (data);
  g_autoptr(RccReport) report = rcc_report_new (catalog);
  double width, height;
  guint n_pages;

  /* A transparent background, so that only what is drawn has ink. */
  RccReportColors colors = {
    { 0, 0, 0, 1 }, { 1, 1, 1, 0 }, { 0, 0, 1, 1 },
  };

  rcc_report_set_colors (report, &colors);
  rcc_report_set_trials (report, rcc_catalog_get_trials (catalog));
  rcc_paper_get_size (paper, &width, &height);
  n_pages = rcc_report_paginate (report, width, height);
  g_assert_cmpuint (n_pages, >=, 3);

  for (guint i = 0; i < n_pages; i++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      rcc_report_draw_page (report, cr, i);
      cairo_destroy (cr);

      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x + w, <=, width + 0.5);
      g_assert_cmpfloat (y + h, <=, height + 0.5);
      cairo_surface_destroy (surface);
    }
}

static void
test_letter (void)
{
  g_autofree char *pdf = write_summary ("target", "target-letter.pdf", "letter");
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = NULL;

  info = run_argv_ok (argv);
  assert_contains (info, "612 x 792 pts");

  {
    g_autofree char *a4 = write_summary ("target", "target-a4.pdf", "a4");
    const char *argv_a4[] = { "pdfinfo", a4, NULL };
    g_autofree char *info_a4 = run_argv_ok (argv_a4);

    assert_contains (info_a4, "595.276 x 841.89 pts");
  }
}

static void
test_json_round_trip (void)
{
  g_autofree char *path = output_path ("comparison.json");
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--compare", "target,veg105192",
                         "--output", path, NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  JsonObject *root, *trial, *m;
  JsonArray *ids;

  out = run_argv_ok (argv);
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  ids = json_object_get_array_member (root, "trial_ids");
  g_assert_cmpuint (json_array_get_length (ids), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (ids, 0), ==, "target");
  g_assert_cmpstr (json_array_get_string_element (ids, 1), ==, "veg105192");

  /* The figures read back equal the model's. */
  trial = json_array_get_object_element (json_object_get_array_member (root, "trials"), 0);
  m = json_array_get_object_element (json_object_get_array_member (trial, "medians"), 0);
  g_assert_cmpfloat (json_object_get_double_member (m, "value"), ==, 167);
  g_assert_cmpstr (json_object_get_string_member (m, "unit"), ==, "days");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "content"),
                                                  "source_updated"), ==, "2025-05-13");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "references")), ==, 3);
}

static void
test_png (void)
{
  g_autofree char *path = output_path ("charts.png");
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--compare", "pazopanib,sorafenib",
                         "--output", path, NULL };
  g_autofree char *out = NULL;
  cairo_surface_t *png;

  out = run_argv_ok (argv);
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 1200);
  g_assert_cmpint (cairo_image_surface_get_height (png), >, 300);
  cairo_surface_destroy (png);
}

/* The patient handout: plain sentences, no bare abbreviations, one or
 * two large-print pages for two options. */
static void
test_patient_handout (void)
{
  static const char *ids[] = { "veg105192", "target" };
  g_autoptr(GListStore) trials = g_list_store_new (RCC_TYPE_TRIAL);
  g_autoptr(RccReport) report = rcc_report_new (catalog);
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = output_path ("patient-handout.pdf");
  g_autofree char *text = NULL;
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_list_store_append (trials, rcc_catalog_lookup_trial (catalog, ids[i]));

  rcc_report_set_trials (report, G_LIST_MODEL (trials));
  rcc_report_set_audience (report, RCC_AUDIENCE_PATIENT);
  rcc_report_set_font_size (report, 12);
  g_assert_true (rcc_report_write_pdf (report, pdf, RCC_PAPER_A4, &error));
  g_assert_no_error (error);
  /* Large print: two studies need not shrink the type below 10.5 pt */
  g_assert_cmpfloat (rcc_report_get_laid_out_font_size (report), >=, 10.5);
  g_assert_cmpfloat (rcc_report_get_laid_out_font_size (report), <=, 12);
  render_pages (pdf);

  text = pdf_text (pdf);
  /* pdftotext keeps line breaks: compare with white space folded. */
  {
    g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
    g_autoptr(GString) folded = g_string_new (NULL);

    for (guint i = 0; words[i] != NULL; i++)
      if (*words[i] != '\0')
        g_string_append_printf (folded, "%s ", words[i]);

    assert_contains (folded->str, "With pazopanib, half of the people had no growth of their cancer for 9.2 months or more.");
    assert_contains (folded->str, "With sorafenib, half of the people had no growth of their cancer for 167 days (about 5.5 months) or more.");
    assert_contains (folded->str, "Their risk was about 54% lower than with placebo");
    assert_contains (folded->str, "Questions to ask your care team");
    assert_contains (folded->str, "Common side effects include: Diarrhea, most often mild: about 1 in 2 people.");
    assert_contains (folded->str, "Tell your care team at once if you have: Yellow skin or eyes");
    assert_contains (folded->str, "It compared pazopanib and placebo (a dummy medicine) in 435 people.");
    assert_contains (folded->str, "updated 25 February 2014");
    /* No bare abbreviations for patients. */
    g_assert_null (strstr (folded->str, " HR "));
    g_assert_null (strstr (folded->str, "PFS"));
    g_assert_null (strstr (folded->str, "95% CI"));
  }

  info = run_argv_ok (argv);
  g_assert_true (strstr (info, "Pages:           1\n") != NULL || strstr (info, "Pages:           2\n") != NULL);
}

/* COMPARZ's HR (1.05, 0.9–1.22) has a CI whose level the source does not
 * state: the forest plot's note must not call it a 0% CI */
static void
test_ci_level_not_stated (void)
{
  g_autofree char *pdf = write_summary_for ("comparz", "comparz.pdf", "a4", "pfs");
  g_autofree char *text = pdf_text (pdf);

  assert_contains (text, "The CI includes 1 (its level is not");
  g_assert_null (strstr (text, "0% CI includes"));
}

static void
test_unknown_id (void)
{
  g_autofree char *path = output_path ("never.pdf");
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--compare", "target,nosuchtrial",
                         "--output", path, NULL };
  g_auto(Run) run = { 0 };

  g_unlink (path);
  run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "\"nosuchtrial\""));
  /* Nothing written. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
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

  g_test_add_func ("/rcc/report/three-trials", test_three_trials);
  g_test_add_func ("/rcc/report/sources-and-levels", test_sources_and_levels);
  g_test_add_func ("/rcc/report/population-shown", test_population_shown);
  g_test_add_func ("/rcc/report/lettered-references", test_lettered_references);
  g_test_add_func ("/rcc/report/twelve-trials-paginate", test_twelve_trials_paginate);
  g_test_add_func ("/rcc/report/closing-words-not-alone", test_closing_words_not_alone);
  g_test_add_data_func ("/rcc/report/nothing-off-the-page/a4", GINT_TO_POINTER (RCC_PAPER_A4),
                        test_nothing_off_the_page);
  g_test_add_data_func ("/rcc/report/nothing-off-the-page/letter", GINT_TO_POINTER (RCC_PAPER_LETTER),
                        test_nothing_off_the_page);
  g_test_add_func ("/rcc/report/letter-and-a4", test_letter);
  g_test_add_func ("/rcc/report/json-round-trip", test_json_round_trip);
  g_test_add_func ("/rcc/report/png", test_png);
  g_test_add_func ("/rcc/report/patient-handout", test_patient_handout);
  g_test_add_func ("/rcc/report/unknown-id", test_unknown_id);
  g_test_add_func ("/rcc/report/ci-level-not-stated", test_ci_level_not_stated);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
