/* test-print-queue.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rcc-test-run.h"
#include "rcc-test-ui.h"

#include "content/rcc-xml-loader.h"
#include "ui/rcc-print.h"

/* A comparison printed as the app prints it (GtkPrintOperation through
 * GTK's CUPS backend), to a real queue: the private CUPS with a cups-pdf
 * printer that build-aux/private-cups.sh starts ($RCC_TEST_PRINTER), no
 * dialog.  The PDF the queue writes ($RCC_TEST_PRINT_OUT) is read back:
 * its pages, its text, its paper. */

static const char *printer;
static const char *out_dir;

/* The newest PDF in the queue's folder not in @seen, or NULL */
static char *
new_pdf (GHashTable *seen)
{
  g_autoptr(GDir) dir = g_dir_open (out_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".pdf") && !g_hash_table_contains (seen, name))
      {
        g_autofree char *path = g_build_filename (out_dir, name, NULL);
        g_autoptr(GFileInfo) info = NULL;
        g_autoptr(GFile) file = g_file_new_for_path (path);

        /* cups-pdf writes the file in place: wait until gs is done with it */
        info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, 0, NULL, NULL);
        if (info != NULL && g_file_info_get_size (info) > 0)
          {
            Run run = { 0 };
            const char *argv[] = { "pdfinfo", path, NULL };
            gboolean whole;

            run_argv (&run, argv);
            whole = run.status == 0;
            run_clear (&run);
            if (whole)
              return g_steal_pointer (&path);
          }
      }

  return NULL;
}

static GHashTable *
pdfs_now (void)
{
  GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GDir) dir = g_dir_open (out_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    g_hash_table_add (seen, g_strdup (name));

  return seen;
}

static RccReport *
comparison_report (RccCatalog *catalog)
{
  const char *ids[] = { "checkmate-214", "keynote-426", "veg105192" };
  g_autoptr(GListStore) trials = g_list_store_new (RCC_TYPE_TRIAL);
  RccReport *report = rcc_report_new (catalog);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RccTrial *trial = rcc_catalog_lookup_trial (catalog, ids[i]);

      g_assert_nonnull (trial);
      g_list_store_append (trials, trial);
    }
  rcc_report_set_trials (report, G_LIST_MODEL (trials));
  return report;
}

/* Prints and returns the path of the PDF the queue wrote */
static char *
print_and_collect (RccReport *report)
{
  g_autoptr(GHashTable) seen = pdfs_now ();
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = NULL;
  GtkPrintOperationResult result;

  result = rcc_print_report (report, NULL, RCC_PAPER_A4, printer, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  wait_until_named ((pdf = new_pdf (seen)) != NULL, "the queue's PDF in $RCC_TEST_PRINT_OUT");
  return g_steal_pointer (&pdf);
}

static char *
pdf_info (const char *path,
          const char *key)
{
  g_auto(Run) run = { 0 };
  const char *argv[] = { "pdfinfo", path, NULL };
  g_auto(GStrv) lines = NULL;

  run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));

  g_assert_not_reached ();
}

static char *
pdf_text (const char *path)
{
  g_auto(Run) run = { 0 };
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };

  run_argv (&run, argv);
  g_assert_cmpint (run.status, ==, 0);
  return g_steal_pointer (&run.out);
}

static void
assert_comparison_text (const char *text)
{
  /* The trials, their headline figures and where they come from */
  g_assert_nonnull (strstr (text, "CheckMate 214"));
  g_assert_nonnull (strstr (text, "KEYNOTE-426"));
  g_assert_nonnull (strstr (text, "VEG105192"));
  g_assert_nonnull (strstr (text, "9.2"));
  g_assert_nonnull (strstr (text, "4.2"));
  g_assert_nonnull (strstr (text, "0.63"));
  g_assert_nonnull (strstr (text, "N Engl J Med"));
  g_assert_nonnull (strstr (text, "Motzer"));
}

static void
test_print_a4 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = rcc_xml_loader_load_bundled (&error);
  g_autoptr(RccReport) report = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GtkPrintSettings) remembered = NULL;
  g_autoptr(GVariant) stored = NULL;
  guint expected_pages;

  if (printer == NULL)
    {
      g_test_skip ("no test print queue: run under build-aux/test, which starts a private CUPS");
      return;
    }

  g_assert_no_error (error);
  g_settings_reset (settings, "page-setup");
  g_settings_reset (settings, "print-settings");

  report = comparison_report (catalog);
  pdf = print_and_collect (report);

  /* As many pages as the report laid out for A4 */
  expected_pages = rcc_report_paginate (report, 595.276, 841.89);
  pages = pdf_info (pdf, "Pages");
  g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==, expected_pages);
  size = pdf_info (pdf, "Page size");
  g_assert_true (g_str_has_prefix (size, "595") || g_str_has_prefix (size, "596"));
  g_assert_nonnull (strstr (size, "842"));

  text = pdf_text (pdf);
  assert_comparison_text (text);

  /* The printer is remembered for next time */
  stored = g_settings_get_value (settings, "print-settings");
  remembered = gtk_print_settings_new_from_gvariant (stored);
  g_assert_cmpstr (gtk_print_settings_get_printer (remembered), ==, printer);
}

static void
test_print_letter_remembered (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = rcc_xml_loader_load_bundled (&error);
  g_autoptr(RccReport) report = NULL;
  g_autoptr(GtkPageSetup) letter = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autofree char *pdf = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *size = NULL;
  g_autofree char *text = NULL;

  if (printer == NULL)
    {
      g_test_skip ("no test print queue: run under build-aux/test, which starts a private CUPS");
      return;
    }

  g_assert_no_error (error);

  /* Letter, as if chosen in the print dialog last time */
  gtk_page_setup_set_paper_size (letter, paper);
  g_settings_set_value (settings, "page-setup", gtk_page_setup_to_gvariant (letter));

  report = comparison_report (catalog);
  pdf = print_and_collect (report);

  pages = pdf_info (pdf, "Pages");
  g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==, rcc_report_paginate (report, 612, 792));
  size = pdf_info (pdf, "Page size");
  g_assert_true (g_str_has_prefix (size, "612 x 792"));

  text = pdf_text (pdf);
  assert_comparison_text (text);

  g_settings_reset (settings, "page-setup");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  rcc_test_ui_setup ();

  printer = g_getenv ("RCC_TEST_PRINTER");
  out_dir = g_getenv ("RCC_TEST_PRINT_OUT");
  if (out_dir == NULL)
    printer = NULL;

  g_test_add_func ("/print-queue/a4", test_print_a4);
  g_test_add_func ("/print-queue/letter-remembered", test_print_letter_remembered);

  status = g_test_run ();
  rcc_test_ui_teardown ();
  return status;
}
