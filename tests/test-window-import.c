/* test-window-import.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "rcc-application.h"
#include "ui/rcc-trial-detail.h"
#include "ui/rcc-trials-page.h"
#include "ui/rcc-window.h"

#include "rcc-test-ui.h"
#include "rcc-test-widgets.h"

/* The real main window importing ClinicalTrials.gov records, headless
 * under Xvfb: the record kept, the import cancelled, a record refused,
 * a stored record that can no longer be read. */

static char *data_home;   /* $XDG_DATA_HOME, a temporary folder */

/* Importing ClinicalTrials.gov records (tests/data/ctgov/, as its
 * FORMATS.md describes them): NCT00791778 posts PFS medians of 386 vs 478 days and
 * HR 1.09 (95% CI 0.72–1.63), and has one outcome the importer leaves
 * out, so the window asks before keeping it. */

static GFile *
sample_file (const char *folder,
             const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ctgov", folder, name, NULL);

  return g_file_new_for_path (path);
}

static char *
stored_record_path (const char *name)
{
  return g_build_filename (data_home, "rcc-guide", "imported", name, NULL);
}

/* The message dialog open on top of @window, or NULL */
static AdwMessageDialog *
find_dialog (RccWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* The message dialog open on top of @window, once it is (a record is
 * read in a thread) and is on screen */
static AdwMessageDialog *
wait_for_dialog (RccWindow *window)
{
  AdwMessageDialog *dialog;

  wait_until_named (find_dialog (window) != NULL, "a dialog to open on the window");
  dialog = find_dialog (window);
  wait_for_shown (GTK_WIDGET (dialog));

  return dialog;
}

/* Clicks the button of @response, as the user would */
static void
answer_dialog (AdwMessageDialog *dialog,
               const char       *response)
{
  const char *label = adw_message_dialog_get_response_label (dialog, response);
  GtkWidget *button = find_labelled (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label);

  g_assert_nonnull (button);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_signal_emit_by_name (button, "clicked");

  /* Closed, and gone */
  wait_until_named (dialog == NULL, "the answered dialog to close and be finalized");
  g_assert_null (dialog);
}

static guint
count_trials (void)
{
  return g_list_model_get_n_items (rcc_catalog_get_trials (rcc_application_get_catalog (app)));
}

static void
test_import_record (void)
{
  RccWindow *window = open_window (NULL, 1400, 900);
  g_autoptr(GFile) file = sample_file ("ctgov-v2-json", "NCT00791778_sorafenib_ovarian_REDUCED.json");
  g_autofree char *stored = stored_record_path ("NCT00791778.json");
  guint before = count_trials ();
  AdwMessageDialog *dialog;
  GtkWidget *detail;
  RccTrial *trial;

  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));

  /* What could not be read is shown, and nothing is kept before "Import" */
  rcc_window_import_file (window, file);
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import With These Caveats?");
  assert_shows_label_containing (dialog, "• \"Time to First Pathologic CA-125 (Cancer-associated "
                                         "Tumor Marker) Serum Level\" is not PFS, OS, DFS or TTP; "
                                         "its figures were not imported");
  g_assert_cmpuint (count_trials (), ==, before);
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  save_screenshot (GTK_WIDGET (dialog), "window-import-caveats.png");
  answer_dialog (dialog, "import");

  /* Kept, listed and shown, marked as imported and not reviewed */
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_trials (), ==, before + 1);
  trial = rcc_catalog_lookup_trial (rcc_application_get_catalog (app), "NCT00791778");
  g_assert_nonnull (trial);
  g_assert_true (rcc_trial_get_imported (trial));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "trials");

  wait_until (shows_trial (window, "NCT00791778"));
  detail = find_widget (trials_page (window), RCC_TYPE_TRIAL_DETAIL);
  g_assert_true (rcc_trial_detail_get_trial (RCC_TRIAL_DETAIL (detail)) == trial);
  save_screenshot (GTK_WIDGET (window), "window-imported-trial.png");
  assert_shows_label (detail, "Imported from ClinicalTrials.gov (NCT00791778), not reviewed");
  assert_shows_label (detail, "Record last updated on ClinicalTrials.gov on 28 September 2015");
  assert_shows_label_containing (detail, "What the record did not make clear:\n• ");
  assert_shows_label (detail, "386 days (12.7 months)");
  assert_shows_label (detail, "478 days (15.7 months)");
  assert_shows_label (detail, "1.09 (95% CI 0.72–1.63)");
  g_assert_nonnull (find_labelled (detail, GTK_TYPE_BUTTON, "_Remove Imported Trial…"));

  /* Back in the table, found by its NCT number and marked */
  adw_leaflet_navigate (ADW_LEAFLET (find_widget (trials_page (window), ADW_TYPE_LEAFLET)),
                        ADW_NAVIGATION_DIRECTION_BACK);
  type_search (trials_page (window), "NCT00791778");
  assert_shows_label (trials_table (window), "NCT00791778");
  assert_shows_label (trials_table (window), "Imported, not reviewed");
  assert_shows_label (trials_table (window), "386 days (12.7 mo) vs 478 days (15.7 mo)");
  save_screenshot (GTK_WIDGET (window), "window-imported-in-table.png");
  type_search (trials_page (window), "");

  /* Beside the bundled trials in the comparison */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-comparison", "s",
                                             "NCT00791778"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-comparison", "s",
                                             "target"));
  show_view (window, "compare");
  g_assert_cmpuint (g_list_model_get_n_items (rcc_window_get_comparison (window)), ==, 2);
  assert_shows_label (window, "Imported, not reviewed · Setting not stated · 246 patients");
  save_screenshot (GTK_WIDGET (window), "window-compare-imported.png");

  /* After a restart: read back from the user's data folder */
  {
    g_autoptr(RccApplication) restarted = rcc_application_new ();
    g_autoptr(GError) error = NULL;
    RccTrial *again;

    g_assert_true (rcc_application_load_content (restarted, NULL, &error));
    g_assert_no_error (error);
    again = rcc_catalog_lookup_trial (rcc_application_get_catalog (restarted), "NCT00791778");
    g_assert_nonnull (again);
    g_assert_true (rcc_trial_get_imported (again));
    g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_medians (again)), ==, 4);
  }

  /* Removing asks, then deletes the record and drops it everywhere */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-import", "s",
                                             "NCT00791778"));
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove NCT00791778?");
  answer_dialog (dialog, "cancel");
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (rcc_catalog_lookup_trial (rcc_application_get_catalog (app), "NCT00791778"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-import", "s",
                                             "NCT00791778"));
  answer_dialog (wait_for_dialog (window), "remove");
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  g_assert_null (rcc_catalog_lookup_trial (rcc_application_get_catalog (app), "NCT00791778"));
  g_assert_cmpuint (count_trials (), ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_window_get_comparison (window)), ==, 1);

  close_window (window);
}

static void
test_import_cancelled (void)
{
  RccWindow *window = open_window (NULL, 1200, 800);
  g_autoptr(GFile) file = sample_file ("ctgov-legacy-xml", "NCT01642004_CheckMate017_nivolumab_vs_docetaxel.xml");
  g_autofree char *stored = stored_record_path ("NCT01642004.xml");
  guint before = count_trials ();
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GSList files = { file, NULL };
  gboolean accepted = FALSE;

  /* Dropped on the window, as from a file manager */
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, &files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  answer_dialog (wait_for_dialog (window), "cancel");

  g_assert_cmpuint (count_trials (), ==, before);
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));

  close_window (window);
}

static void
test_import_refused (void)
{
  RccWindow *window = open_window (NULL, 1200, 800);
  g_autoptr(GFile) sample = sample_file ("ctgov-v2-json", "NCT03418623_no_results.json");
  g_autofree char *contents = NULL;
  g_autofree char *folder = g_dir_make_tmp ("rcc-import-XXXXXX", NULL);
  g_autofree char *truncated_path = g_build_filename (folder, "truncated.json", NULL);
  g_autofree char *reviewed_path = g_build_filename (folder, "record-1.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GFile) truncated = g_file_new_for_path (truncated_path);
  g_autoptr(GFile) reviewed = g_file_new_for_path (reviewed_path);
  g_autoptr(GString) renamed = NULL;
  guint before = count_trials ();
  gsize length;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_load_contents (sample, NULL, &contents, &length, NULL, NULL));

  /* Malformed: FILE: what is wrong, and nothing added */
  g_assert_true (g_file_set_contents (truncated_path, contents, length / 2, NULL));
  rcc_window_import_file (window, truncated);
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Record Could Not Be Imported");
  expected = g_strdup_printf ("%s:", truncated_path);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), expected));
  save_screenshot (GTK_WIDGET (dialog), "window-import-error.png");
  answer_dialog (dialog, "close");
  g_assert_cmpuint (count_trials (), ==, before);

  /* A trial the reviewed content has (RECORD-1 names NCT00410124) */
  renamed = g_string_new_len (contents, length);
  g_assert_cmpuint (g_string_replace (renamed, "NCT03418623", "NCT00410124", 0), >, 0);
  g_assert_true (g_file_set_contents (reviewed_path, renamed->str, renamed->len, NULL));
  rcc_window_import_file (window, reviewed);
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "NCT00410124 is already in the guide’s reviewed content, as RECORD-1");
  answer_dialog (dialog, "close");
  g_assert_cmpuint (count_trials (), ==, before);
  g_assert_null (rcc_catalog_lookup_trial (rcc_application_get_catalog (app), "NCT00410124"));

  g_unlink (truncated_path);
  g_unlink (reviewed_path);
  g_rmdir (folder);
  close_window (window);
}

/* A stored record that no longer reads is set aside, and the window
 * of the next start says so and where it went. */
static void
test_import_store_corrupt (void)
{
  g_autofree char *folder = g_build_filename (data_home, "rcc-guide", "imported", NULL);
  g_autofree char *stored = stored_record_path ("NCT09999999.json");
  g_autoptr(RccApplication) restarted = rcc_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  AdwMessageDialog *dialog;
  RccWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (stored, "{\"protocolSection\": ", -1, NULL));

  /* Another id: the first application's D-Bus objects are exported */
  g_application_set_application_id (G_APPLICATION (restarted), APP_ID ".Restarted");
  g_application_register (G_APPLICATION (restarted), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rcc_application_load_content (restarted, NULL, &error));
  g_assert_no_error (error);

  /* Moved aside, not deleted */
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  g_assert_nonnull (rcc_application_get_import_error (restarted));
  kept = g_strdup_printf ("It was kept as %s.corrupt-", stored);
  g_assert_nonnull (strstr (rcc_application_get_import_error (restarted)->message, kept));

  reset_settings ();
  window = rcc_window_new (GTK_APPLICATION (restarted), rcc_application_get_library (restarted));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Some Imported Trials Could Not Be Read");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), stored));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), kept));
  answer_dialog (dialog, "close");

  /* The bundled content is all there */
  g_assert_nonnull (rcc_catalog_lookup_trial (rcc_application_get_catalog (restarted), "target"));

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Imported trials go to a data folder of the test's own */
  data_home = g_dir_make_tmp ("rcc-window-import-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  rcc_test_ui_setup ();

  g_test_add_func ("/rcc/window/import/record", test_import_record);
  g_test_add_func ("/rcc/window/import/cancelled", test_import_cancelled);
  g_test_add_func ("/rcc/window/import/refused", test_import_refused);
  g_test_add_func ("/rcc/window/import/corrupt-store", test_import_store_corrupt);

  status = g_test_run ();

  rcc_test_ui_teardown ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
