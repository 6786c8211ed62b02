/* test-compare-actions.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>

#include "rcc-test-ui.h"

#include "ui/rcc-compare-view.h"

/* win.print (Ctrl+P) and win.export-pdf (Ctrl+E) from another page than
 * Compare, headless under Xvfb: the Compare page is shown and the print
 * dialog or the export file chooser opens over the window; with nothing
 * compared yet, the window says so.  Both are cancelled, as a user
 * would: what is printed is test-print-queue's, what the PDF holds
 * test-report's. */

/* tests/rcc-test-cups-fix.c: the print dialog's CUPS backend talks to
 * the private CUPS build-aux/test starts, if any */
const char *rcc_test_cups_fix_describe (void);

/* A shown toplevel of @type, or NULL */
static GtkWindow *
shown_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
add_trials (RccWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-comparison", "s", "veg105192"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-comparison", "s", "target"));
  g_assert_cmpuint (g_list_model_get_n_items (rcc_window_get_comparison (window)), ==, 2);
}

/* Nothing compared: the Compare page, with its empty state, and why
 * nothing was printed or exported */
static void
test_nothing_to_act_on (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);

  show_view (window, "treatments");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "compare");
  assert_shows_label (window, "Nothing to Compare Yet");
  assert_shows_label (window, "Nothing to print yet: add trials to the comparison first");
  g_assert_null (shown_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG));

  show_view (window, "trials");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "compare");
  assert_shows_label (window, "Nothing to export yet: add trials to the comparison first");
  g_assert_null (shown_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));

  close_window (window);
}

typedef struct
{
  GtkWindow *parent;
  gboolean   seen;
  gboolean   transient;
} PrintAnswer;

/* gtk_print_operation_run() runs a loop of its own until the dialog is
 * answered: this looks for the dialog from inside that loop */
static gboolean
cancel_print_dialog_cb (gpointer data)
{
  PrintAnswer *answer = data;
  GtkWindow *dialog = shown_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG);

  if (dialog == NULL || !gtk_widget_get_mapped (GTK_WIDGET (dialog)))
    return G_SOURCE_CONTINUE;

  answer->seen = TRUE;
  answer->transient = gtk_window_get_transient_for (dialog) == answer->parent;
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  return G_SOURCE_REMOVE;
}

static void
test_print_from_treatments (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);
  PrintAnswer answer = { GTK_WINDOW (window), FALSE, FALSE };
  guint answer_id;

  add_trials (window);
  show_view (window, "treatments");

  answer_id = g_timeout_add (20, cancel_print_dialog_cb, &answer);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  if (!answer.seen)
    g_source_remove (answer_id);

  /* The dialog was shown over the window, on the Compare page */
  g_assert_true (answer.seen);
  g_assert_true (answer.transient);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "compare");
  wait_until (shown_toplevel (GTK_TYPE_PRINT_UNIX_DIALOG) == NULL);
  /* Cancelled is not an error */
  g_assert_false (shows_label_containing (GTK_WIDGET (window), "Could not print"));

  close_window (window);
}

static void
test_export_pdf_from_treatments (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);
  g_autofree char *current = NULL;
  GtkWindow *chooser;

  add_trials (window);
  show_view (window, "treatments");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "compare");

  /* GtkFileChooserNative, with no portal here: a GtkFileChooserDialog,
   * asking where to save the PDF */
  wait_until ((chooser = shown_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG)) != NULL);
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Comparison as PDF");
  g_assert_true (gtk_window_get_transient_for (chooser) == GTK_WINDOW (window));
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (current, ==, "comparison.pdf");

  /* Cancelled: closed, nothing saved and nothing to say */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  wait_until (shown_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL);
  g_assert_false (shows_label_containing (GTK_WIDGET (window), "Saved “"));
  g_assert_false (shows_label_containing (GTK_WIDGET (window), "Could not save"));

  close_window (window);
}

/* Both keys are listed in the shortcuts window */
static void
test_listed_in_shortcuts (void)
{
  RccWindow *window = open_window ("minimal.xml", 1100, 740);
  GtkShortcutsWindow *overlay;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  wait_for_shown (GTK_WIDGET (overlay));
  assert_shows_label (overlay, "Print the comparison");
  assert_shows_label (overlay, "Export the comparison as PDF");
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* The user's comparisons in a folder of the test's own */
  data_home = g_dir_make_tmp ("rcc-compare-actions-data-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  rcc_test_ui_setup ();
  /* As in test-print-queue: colord is not there, nor needed */
  rcc_test_ui_tolerate_warning ("failed to contact colord");
  g_test_message ("%s", rcc_test_cups_fix_describe ());

  g_test_add_func ("/rcc/compare-actions/nothing-to-act-on", test_nothing_to_act_on);
  g_test_add_func ("/rcc/compare-actions/print-from-treatments", test_print_from_treatments);
  g_test_add_func ("/rcc/compare-actions/export-pdf-from-treatments", test_export_pdf_from_treatments);
  g_test_add_func ("/rcc/compare-actions/listed-in-shortcuts", test_listed_in_shortcuts);

  status = g_test_run ();

  rcc_test_ui_teardown ();
  g_rmdir (data_home);
  return status;
}
