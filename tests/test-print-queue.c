/* test-print-queue.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <gtk/gtkunixprint.h>

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
static const char *spool_dir;

/* tests/rcc-test-cups-fix.c */
const char *rcc_test_cups_fix_describe (void);

/* gtk_print_operation_run() runs a main loop of its own until the print
 * dialog is answered and GTK's CUPS backend is done: should the backend
 * get stuck (it busy-loops inside a
 * source's check function with a broken libcups, see
 * rcc-test-cups-fix.c), no wait_until() here would ever run again.  A
 * watchdog thread ends the test, saying why, once the usual limit has
 * passed. */
typedef struct
{
  GMutex   lock;
  GCond    done_cond;
  gboolean done;
  gint64   deadline;
} Watchdog;

static gpointer
watchdog_thread (gpointer data)
{
  Watchdog *watchdog = data;
  gboolean done;

  g_mutex_lock (&watchdog->lock);
  while (!watchdog->done)
    if (!g_cond_wait_until (&watchdog->done_cond, &watchdog->lock, watchdog->deadline))
      break;
  done = watchdog->done;
  g_mutex_unlock (&watchdog->lock);

  if (!done)
    g_error ("gtk_print_operation_run() did not return within %s s: no print dialog with "
             "%s selected and ready to print, or GTK's CUPS print backend stuck talking to "
             "$CUPS_SERVER (%s)",
             g_getenv ("RCC_TEST_WAIT_SECONDS"), printer, g_getenv ("CUPS_SERVER"));

  return NULL;
}

/* The print dialog, as a user answers it: the test queue chosen, Print
 * pressed once GTK has the queue's details (its paper sizes).  GTK 4.8's
 * dialog-less route (GTK_PRINT_OPERATION_ACTION_PRINT with the printer
 * named in the settings) cannot be used with a CUPS printer: its
 * printer finder calls back twice for a printer that a backend adds
 * before finishing its list (printer_list_done_cb() in
 * gtkprintoperation-unix.c schedules find_printer_idle() again without
 * checking found_printer), and the second call reads freed memory. */
typedef struct
{
  gboolean chose;
  gboolean pressed;
  char    *last_seen;
} Answer;

static GtkPrintUnixDialog *
print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_PRINT_UNIX_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_PRINT_UNIX_DIALOG (window);
    }

  return NULL;
}

static gboolean
answer_dialog_cb (gpointer data)
{
  Answer *answer = data;
  GtkPrintUnixDialog *dialog = print_dialog ();
  GtkPrinter *selected;
  GtkWidget *print_button;

  if (dialog == NULL)
    return G_SOURCE_CONTINUE;

  if (!answer->chose)
    {
      /* As a user picks the queue in the list (the dialog selects it
       * once the CUPS backend has listed it) */
      g_autoptr(GtkPrintSettings) chosen = gtk_print_settings_copy (gtk_print_unix_dialog_get_settings (dialog));

      gtk_print_settings_set_printer (chosen, printer);
      gtk_print_unix_dialog_set_settings (dialog, chosen);
      answer->chose = TRUE;
    }

  selected = gtk_print_unix_dialog_get_selected_printer (dialog);
  g_free (answer->last_seen);
  answer->last_seen = g_strdup (selected != NULL ? gtk_printer_get_name (selected) : "(none)");
  print_button = gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  if (selected == NULL || g_strcmp0 (gtk_printer_get_name (selected), printer) != 0 ||
      !gtk_printer_has_details (selected) || print_button == NULL ||
      !gtk_widget_is_sensitive (print_button))
    return G_SOURCE_CONTINUE;

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_OK);
  answer->pressed = TRUE;
  return G_SOURCE_REMOVE;
}

static GtkPrintOperationResult
print_with_watchdog (RccReport  *report,
                     GError    **error)
{
  const char *limit = g_getenv ("RCC_TEST_WAIT_SECONDS");
  Watchdog watchdog = { 0 };
  Answer answer = { 0 };
  GThread *thread;
  GtkPrintOperationResult result;
  guint answer_id;

  g_mutex_init (&watchdog.lock);
  g_cond_init (&watchdog.done_cond);
  watchdog.deadline = g_get_monotonic_time () +
                      (limit != NULL ? g_ascii_strtoll (limit, NULL, 10) : 20) * G_TIME_SPAN_SECOND;
  thread = g_thread_new ("print-watchdog", watchdog_thread, &watchdog);

  /* Looks at the dialog now and then: it changes as the backend answers */
  answer_id = g_timeout_add (20, answer_dialog_cb, &answer);
  result = rcc_print_report (report, NULL, RCC_PAPER_A4, NULL, error);
  if (!answer.pressed)
    g_source_remove (answer_id);

  g_mutex_lock (&watchdog.lock);
  watchdog.done = TRUE;
  g_cond_signal (&watchdog.done_cond);
  g_mutex_unlock (&watchdog.lock);
  g_thread_join (thread);
  g_cond_clear (&watchdog.done_cond);
  g_mutex_clear (&watchdog.lock);

  g_assert_true (answer.pressed);
  g_free (answer.last_seen);
  return result;
}

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

/* The newest job document in the spool (dNNNNN-001: what GTK sent) */
static char *
newest_spooled_document (void)
{
  g_autoptr(GDir) dir = g_dir_open (spool_dir, 0, NULL);
  g_autofree char *newest = NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (name[0] == 'd' && g_str_has_suffix (name, "-001") &&
        (newest == NULL || strcmp (name, newest) > 0))
      {
        g_free (newest);
        newest = g_strdup (name);
      }

  g_assert_nonnull (newest);
  return g_build_filename (spool_dir, newest, NULL);
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

  result = print_with_watchdog (report, &error);
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
  /* KEYNOTE-426 drawn for its own primary endpoint: OS, named first */
  g_assert_nonnull (strstr (text, "0.53"));
  g_assert_nonnull (strstr (text, "0.46"));
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
  g_autofree char *spooled = NULL;
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

  /* The queue's PDF is Ghostscript's, its text turned to outlines
   * (build-aux/private-cups.sh): the text is read from the document the
   * queue was sent */
  text = pdf_text (spooled = newest_spooled_document ());
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
  g_autofree char *spooled = NULL;

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

  text = pdf_text (spooled = newest_spooled_document ());
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
  spool_dir = g_getenv ("RCC_TEST_PRINT_SPOOL");
  if (out_dir == NULL || spool_dir == NULL)
    printer = NULL;

  /* GTK's CUPS backend asks colord (on the system bus) for each
   * printer's colour profile and warns when it cannot: the test machine
   * has neither, and printing does not need them */
  rcc_test_ui_tolerate_warning ("failed to contact colord");
  if (printer != NULL)
    g_test_message ("%s", rcc_test_cups_fix_describe ());

  g_test_add_func ("/print-queue/a4", test_print_a4);
  g_test_add_func ("/print-queue/letter-remembered", test_print_letter_remembered);

  status = g_test_run ();
  rcc_test_ui_teardown ();
  return status;
}
