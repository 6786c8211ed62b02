/* rcc-window-import.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-window-private.h"

/* Importing trials from ClinicalTrials.gov records into the window's
 * library, and removing them: win.import (Ctrl+O) and a file dropped on
 * the window read a record, the window says what could not be read and
 * asks before keeping it; win.remove-import asks before deleting one.
 * Stored records that no longer read are told once the window is up.
 * The rules are the library's (RccLibrary). */

typedef struct
{
  RccWindow      *window;
  RccCtgovImport *import;     /* what the record held, once read */
  char           *basename;   /* the file, as the user knows it */
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->import);
  g_clear_pointer (&job->basename, g_free);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportJob, import_job_free)

/* The dialog's response handler owns the job (a GClosureNotify) */
static void
import_job_closure_notify (gpointer  data,
                           GClosure *closure)
{
  import_job_free (data);
}

static void
show_message (RccWindow  *self,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_import_error (RccWindow    *self,
                   const GError *error)
{
  show_message (self, _("The Record Could Not Be Imported"), error->message);
}

/* A question whose safe answer is Cancel: Escape and Enter both cancel,
 * and only a click on @label, in @appearance, goes on as @response. */
static void
add_cancel_or (AdwMessageDialog      *dialog,
               const char            *response,
               const char            *label,
               AdwResponseAppearance  appearance)
{
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    response, label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, response, appearance);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
}

/* Keeps the record and shows its trial. */
static void
finish_import (ImportJob *job)
{
  RccWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(RccTrial) first = NULL;
  g_autoptr(AdwToast) toast = NULL;
  GListModel *trials;
  guint n;

  if (!rcc_library_add_import (self->library, job->import, &error))
    {
      show_import_error (self, error);
      return;
    }

  trials = rcc_ctgov_import_get_trials (job->import);
  n = g_list_model_get_n_items (trials);
  first = g_list_model_get_item (trials, 0);

  if (n == 1)
    /* Translators: %s is a trial */
    toast = adw_toast_new_format (_("Imported %s, not reviewed"), rcc_trial_get_name (first));
  else
    toast = adw_toast_new_format (g_dngettext (GETTEXT_PACKAGE,
                                               "Imported %u trial, not reviewed",
                                               "Imported %u trials, not reviewed", n), n);
  adw_toast_set_button_label (toast, _("_Add to Comparison"));
  adw_toast_set_action_name (toast, "win.add-to-comparison");
  adw_toast_set_action_target (toast, "s", rcc_trial_get_id (first));
  adw_toast_set_timeout (toast, 10);
  adw_toast_overlay_add_toast (self->toast_overlay, g_steal_pointer (&toast));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-trial", "s", rcc_trial_get_id (first));
}

static void
caveats_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     ImportJob        *job)
{
  if (g_str_equal (response, "import"))
    finish_import (job);
}

/* What the importer could not read or tie to an arm, before keeping
 * anything: the oncologist decides whether the record is worth it. */
static void
ask_about_caveats (ImportJob *job,
                   GString   *notes)
{
  GtkWidget *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;
  g_autofree char *body = NULL;

  body = g_strdup_printf (_("RCC Guide read %s but could not be sure of everything in it. "
                            "Figures it could not tie to an arm are left out or marked "
                            "“direction not stated”; nothing is guessed."),
                          job->basename);
  dialog = adw_message_dialog_new (GTK_WINDOW (job->window), _("Import With These Caveats?"), body);

  label = gtk_label_new (notes->str);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "import-caveats");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* Wide enough to read a note a line or two at a time, and tall
   * enough for several before it scrolls */
  gtk_widget_set_size_request (scrolled, 440, -1);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 96);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrolled),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What could not be read"),
                                  -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);

  add_cancel_or (ADW_MESSAGE_DIALOG (dialog), "import", _("_Import"), ADW_RESPONSE_SUGGESTED);
  /* The job goes with the dialog, however it ends */
  g_signal_connect_data (dialog, "response", G_CALLBACK (caveats_response_cb), job,
                         import_job_closure_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  /* The library always calls back: the job is freed here or by a dialog */
  g_autoptr(ImportJob) job = user_data;
  RccWindow *self = job->window;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  GListModel *trials;

  /* Read and checked, but kept only once the user has seen what was
   * uncertain */
  job->import = rcc_library_read_import_finish (RCC_LIBRARY (object), result, &error);
  if (job->import == NULL)
    {
      show_import_error (self, error);
      return;
    }

  trials = rcc_ctgov_import_get_trials (job->import);
  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      const char * const *trial_notes = rcc_trial_get_import_notes (trial);

      for (guint j = 0; trial_notes != NULL && trial_notes[j] != NULL; j++)
        {
          if (notes->len > 0)
            g_string_append_c (notes, '\n');
          if (g_list_model_get_n_items (trials) > 1)
            g_string_append_printf (notes, "• %s: %s", rcc_trial_get_id (trial), trial_notes[j]);
          else
            g_string_append_printf (notes, "• %s", trial_notes[j]);
        }
    }

  if (notes->len > 0)
    ask_about_caveats (g_steal_pointer (&job), notes);
  else
    finish_import (job);
}

/**
 * rcc_window_import_file:
 *
 * Imports the ClinicalTrials.gov record in @file: reads it, asks about
 * anything uncertain, keeps it in the user's imported trials and shows
 * its trial.  Errors are shown in the window.
 */
void
rcc_window_import_file (RccWindow *self,
                        GFile     *file)
{
  ImportJob *job;

  g_return_if_fail (RCC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  job = g_new0 (ImportJob, 1);
  job->window = g_object_ref (self);
  job->basename = g_file_get_basename (file);

  rcc_library_read_import_async (self->library, file, NULL, record_read_cb, job);
}

static void
import_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    RccWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      rcc_window_import_file (self, file);
    }

  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) records = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Import Trial From ClinicalTrials.gov"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);

  /* Translators: a kind of file, in the file chooser */
  gtk_file_filter_set_name (records, _("ClinicalTrials.gov records (JSON, XML)"));
  gtk_file_filter_add_mime_type (records, "application/json");
  gtk_file_filter_add_mime_type (records, "application/xml");
  gtk_file_filter_add_mime_type (records, "text/xml");
  gtk_file_filter_add_suffix (records, "json");
  gtk_file_filter_add_suffix (records, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), records);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);

  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         RccWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    rcc_window_import_file (self, l->data);

  return files != NULL;
}

typedef struct
{
  RccWindow *window;
  char      *id;
} Removal;

static void
removal_free (Removal *removal)
{
  g_clear_object (&removal->window);
  g_clear_pointer (&removal->id, g_free);
  g_free (removal);
}

/* The dialog's response handler owns the removal (a GClosureNotify) */
static void
removal_closure_notify (gpointer  data,
                        GClosure *closure)
{
  removal_free (data);
}

static void
remove_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Removal          *removal)
{
  RccWindow *self = removal->window;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  RccTrial *trial;

  if (!g_str_equal (response, "remove"))
    return;

  trial = rcc_catalog_lookup_trial (self->catalog, removal->id);
  name = g_strdup (trial != NULL ? rcc_trial_get_name (trial) : removal->id);

  if (!rcc_library_remove_import (self->library, removal->id, &error))
    {
      show_message (self, _("The Imported Trial Could Not Be Removed"), error->message);
      return;
    }

  /* Out of the comparison too */
  rcc_compare_view_remove_from_list (self->comparison, removal->id);

  /* Translators: %s is a trial */
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new_format (_("Removed %s"), name));
}

static void
remove_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  RccTrial *trial = rcc_catalog_lookup_trial (self->catalog, id);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  Removal *removal;

  if (trial == NULL || !rcc_trial_get_imported (trial))
    {
      g_warning ("Cannot remove “%s”: no such imported trial", id);
      return;
    }

  /* Translators: %s is a trial */
  heading = g_strdup_printf (_("Remove %s?"), rcc_trial_get_name (trial));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The record imported from ClinicalTrials.gov is deleted from "
                                     "this computer, and the trial leaves the lists and the "
                                     "comparison. The guide’s reviewed content is not changed."));
  add_cancel_or (ADW_MESSAGE_DIALOG (dialog), "remove", _("_Remove"), ADW_RESPONSE_DESTRUCTIVE);

  removal = g_new0 (Removal, 1);
  removal->window = g_object_ref (self);
  removal->id = g_strdup (id);
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb), removal,
                         removal_closure_notify, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Stored records that no longer read were moved aside: say so once the
 * window is up. */
static void
show_import_problems_cb (RccWindow *self)
{
  const GError *error = rcc_library_get_import_error (self->library);

  g_signal_handlers_disconnect_by_func (self, show_import_problems_cb, NULL);
  if (error != NULL)
    show_message (self, _("Some Imported Trials Could Not Be Read"), error->message);
}

void
_rcc_window_import_error_changed (RccWindow *self)
{
  if (rcc_library_get_import_error (self->library) == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self, show_import_problems_cb, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_import_problems_cb (self);
  else
    g_signal_connect (self, "map", G_CALLBACK (show_import_problems_cb), NULL);
}

void
_rcc_window_class_import_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.remove-import", "s", remove_import_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import", NULL);
}

/* A record dropped anywhere on the window is imported */
void
_rcc_window_import_init (RccWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
