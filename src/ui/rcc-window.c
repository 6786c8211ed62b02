/* rcc-window.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-window.h"

#include "ui/rcc-compare-view.h"
#include "ui/rcc-treatments-page.h"
#include "ui/rcc-trials-page.h"

/* The main window: Treatments, Trials and Compare in an AdwViewStack,
 * switched from the header bar (or the bottom bar when narrow), or an
 * error page when the content could not be loaded.  It owns the ids
 * chosen with "Add to comparison" for the compare view to read.
 *
 * It shows and changes its library (RccLibrary, handed in by the
 * application): the catalog, and the imported trials kept with it.
 *
 * Only the Treatments page is built with the window: the Trials page
 * and the compare view are built the first time they are shown or an
 * action needs them.  Building and laying out all three at start took
 * more than half the time to the first frame (tests/bench/).
 *
 * Patient view (win.patient-view, the "patient-view" setting) makes
 * every view speak plain language; presentation mode (win.presentation,
 * F11) fills the screen with fewer columns and larger text.
 *
 * Import Trial… (win.import, Ctrl+O, or a file dropped on the window)
 * reads a ClinicalTrials.gov record, says what it could not read or
 * tie to an arm and asks before keeping it; the trial then joins the
 * lists and the comparison, marked as imported and not reviewed, until
 * win.remove-import takes it out again. */

struct _RccWindow
{
  AdwApplicationWindow  parent_instance;

  RccLibrary           *library;
  RccCatalog           *catalog;       /* the library's */
  GSettings            *settings;
  gboolean              patient_view;
  gboolean              remember_patient_view;
  gboolean              presentation;
  gboolean              was_fullscreened;

  GtkStringList        *comparison;    /* trial ids, owned here */
  RccCompareView       *compare_view;  /* NULL until first needed */
  AdwBin               *compare_bin;
  AdwViewStackPage     *compare_stack_page;
  GtkLabel             *error_label;
  GtkStack             *main_stack;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;
  RccTreatmentsPage    *treatments_page;
  RccTrialsPage        *trials_page;   /* NULL until first needed */
  AdwBin               *trials_bin;
  AdwViewStack         *view_stack;
};

G_DEFINE_FINAL_TYPE (RccWindow, rcc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_LIBRARY,
  PROP_PATIENT_VIEW,
  PROP_PRESENTATION,
  PROP_REMEMBER_PATIENT_VIEW,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const views[] = { "treatments", "trials", "compare", NULL };

static RccTrialsPage *
ensure_trials_page (RccWindow *self)
{
  if (self->trials_page != NULL)
    return self->trials_page;

  self->trials_page = g_object_new (RCC_TYPE_TRIALS_PAGE,
                                    "catalog", self->catalog,
                                    NULL);
  g_object_bind_property (self, "patient-view", self->trials_page, "patient",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "presentation", self->trials_page, "presentation",
                          G_BINDING_SYNC_CREATE);
  adw_bin_set_child (self->trials_bin, GTK_WIDGET (self->trials_page));

  return self->trials_page;
}

static RccCompareView *
ensure_compare_view (RccWindow *self)
{
  if (self->compare_view != NULL)
    return self->compare_view;

  self->compare_view = RCC_COMPARE_VIEW (rcc_compare_view_new ());
  if (self->catalog != NULL)
    rcc_compare_view_set_catalog (self->compare_view, self->catalog);
  rcc_compare_view_set_trial_ids (self->compare_view, self->comparison);
  rcc_compare_view_set_patient (self->compare_view, self->patient_view);
  adw_bin_set_child (self->compare_bin, GTK_WIDGET (self->compare_view));

  return self->compare_view;
}

/* Whatever the view stack shows (a click, win.show-view, the saved
 * "last-view") is built before it is drawn. */
static void
visible_view_changed_cb (RccWindow *self)
{
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (view, "trials") == 0)
    ensure_trials_page (self);
  else if (g_strcmp0 (view, "compare") == 0)
    ensure_compare_view (self);
}

static void
comparison_items_changed_cb (RccWindow  *self,
                             guint       position,
                             guint       removed,
                             guint       added,
                             GListModel *comparison)
{
  adw_view_stack_page_set_badge_number (self->compare_stack_page,
                                        g_list_model_get_n_items (comparison));
}

static void
add_to_comparison_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  RccTreatment *treatment = rcc_catalog_lookup_treatment (self->catalog, id);
  RccTrial *trial = rcc_catalog_lookup_trial (self->catalog, id);
  const char *name;
  g_autoptr(AdwToast) toast = NULL;

  if (treatment != NULL)
    name = rcc_treatment_get_name (treatment);
  else if (trial != NULL)
    name = rcc_trial_get_name (trial);
  else
    {
      g_warning ("Cannot add “%s” to the comparison: no such treatment or trial", id);
      return;
    }

  /* A treatment stands for its trials: the comparison is of trials. */
  if (treatment != NULL && g_list_model_get_n_items (rcc_treatment_get_trials (treatment)) == 0)
    /* Translators: %s is a treatment */
    toast = adw_toast_new_format (_("%s has no trials to compare in this guide"), name);
  else if (rcc_compare_view_add_to_list (self->comparison, self->catalog, id))
    {
      /* Translators: %s is a treatment or trial */
      toast = adw_toast_new_format (_("Added %s to the comparison"), name);
      adw_toast_set_button_label (toast, _("_Compare"));
      adw_toast_set_action_target (toast, "s", "compare");
      adw_toast_set_action_name (toast, "win.show-view");
    }
  else
    /* Translators: %s is a treatment or trial */
    toast = adw_toast_new_format (_("%s is already in the comparison"), name);

  adw_toast_overlay_add_toast (self->toast_overlay, g_steal_pointer (&toast));
}

static void
show_trial_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "trials");
  rcc_trials_page_select_trial (ensure_trials_page (self), g_variant_get_string (parameter, NULL));
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);
  const char *view = g_variant_get_string (parameter, NULL);

  if (!g_strv_contains (views, view))
    {
      g_warning ("No view called “%s”", view);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);
  const char *view = adw_view_stack_get_visible_child_name (self->view_stack);

  /* The trials have their own search; anywhere else, treatments */
  if (g_strcmp0 (view, "trials") == 0)
    {
      rcc_trials_page_focus_search (ensure_trials_page (self));
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "treatments");
  rcc_treatments_page_focus_search (self->treatments_page);
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  rcc_window_set_presentation (RCC_WINDOW (widget), FALSE);
}

/* Leaving full screen some other way (the window manager's own key)
 * leaves presentation mode too; without a window manager, as under
 * Xvfb, the window never reports being full screen at all. */
static void
fullscreened_cb (RccWindow  *self,
                 GParamSpec *pspec,
                 GtkWindow  *window)
{
  gboolean fullscreened = gtk_window_is_fullscreen (window);

  if (self->presentation && self->was_fullscreened && !fullscreened)
    rcc_window_set_presentation (self, FALSE);

  self->was_fullscreened = fullscreened;
}

/* ---------------------------------------------------------------------
 * Importing trials from ClinicalTrials.gov records
 */

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

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", _("_Import"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* The job goes with the dialog, however it ends */
  g_signal_connect_data (dialog, "response", G_CALLBACK (caveats_response_cb), job,
                         (GClosureNotify)import_job_free, 0);
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
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  removal = g_new0 (Removal, 1);
  removal->window = g_object_ref (self);
  removal->id = g_strdup (id);
  g_signal_connect_data (dialog, "response", G_CALLBACK (remove_response_cb), removal,
                         (GClosureNotify)removal_free, 0);
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

static void
import_error_changed_cb (RccWindow *self)
{
  if (rcc_library_get_import_error (self->library) == NULL)
    return;

  g_signal_handlers_disconnect_by_func (self, show_import_problems_cb, NULL);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    show_import_problems_cb (self);
  else
    g_signal_connect (self, "map", G_CALLBACK (show_import_problems_cb), NULL);
}

/* Content that could not be loaded: why, instead of the views, and
 * nothing to switch to or act on; the views again once it loads. */
static void
load_error_changed_cb (RccWindow *self)
{
  static const char * const actions[] = {
    "win.add-to-comparison", "win.show-trial", "win.show-view", "win.search",
    "win.patient-view", "win.import", "win.remove-import",
  };
  const GError *error = rcc_library_get_load_error (self->library);
  gboolean loaded = error == NULL;

  if (!loaded)
    gtk_label_set_text (self->error_label, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, loaded ? "views" : "error");

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, loaded);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_bar), loaded);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], loaded);
}

static void
rcc_window_dispose (GObject *object)
{
  RccWindow *self = (RccWindow *)object;

  /* Taking the stack apart changes its visible child: build nothing. */
  if (self->view_stack != NULL)
    g_signal_handlers_disconnect_by_func (self->view_stack, visible_view_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_WINDOW);
  self->compare_view = NULL;
  self->trials_page = NULL;

  g_clear_object (&self->comparison);
  g_clear_object (&self->catalog);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rcc_window_parent_class)->dispose (object);
}

static void
rcc_window_constructed (GObject *object)
{
  RccWindow *self = (RccWindow *)object;

  G_OBJECT_CLASS (rcc_window_parent_class)->constructed (object);

  g_return_if_fail (RCC_IS_LIBRARY (self->library));

  /* rcc-guide --patient opens a window that leaves the setting alone */
  if (self->remember_patient_view)
    g_settings_bind (self->settings, "patient-view", self, "patient-view",
                     G_SETTINGS_BIND_DEFAULT);

  g_signal_connect_object (self->library, "notify::load-error",
                           G_CALLBACK (load_error_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->library, "notify::import-error",
                           G_CALLBACK (import_error_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (rcc_library_get_load_error (self->library) != NULL)
    load_error_changed_cb (self);
  else
    import_error_changed_cb (self);

  /* Not before: the saved "last-view" is applied in init, before the
   * catalog a page needs is set. */
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (visible_view_changed_cb), self,
                           G_CONNECT_SWAPPED);
  visible_view_changed_cb (self);
}

static void
rcc_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RccWindow *self = RCC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_PATIENT_VIEW:
      g_value_set_boolean (value, self->patient_view);
      break;

    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;

    case PROP_REMEMBER_PATIENT_VIEW:
      g_value_set_boolean (value, self->remember_patient_view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RccWindow *self = RCC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      if (self->library != NULL)
        {
          self->catalog = g_object_ref (rcc_library_get_catalog (self->library));
          g_object_notify_by_pspec (object, properties [PROP_CATALOG]);
        }
      break;

    case PROP_PATIENT_VIEW:
      rcc_window_set_patient_view (self, g_value_get_boolean (value));
      break;

    case PROP_PRESENTATION:
      rcc_window_set_presentation (self, g_value_get_boolean (value));
      break;

    case PROP_REMEMBER_PATIENT_VIEW:
      self->remember_patient_view = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_window_class_init (RccWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rcc_window_constructed;
  object_class->dispose = rcc_window_dispose;
  object_class->get_property = rcc_window_get_property;
  object_class->set_property = rcc_window_set_property;

  /* The library's catalog, for the pages */
  properties [PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         RCC_TYPE_CATALOG,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         RCC_TYPE_LIBRARY,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* Plain language for patients in every view */
  properties [PROP_PATIENT_VIEW] =
    g_param_spec_boolean ("patient-view", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /* Full screen, fewer columns, larger text and charts */
  properties [PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /* Whether patient view is kept in the "patient-view" setting, and
   * starts from it */
  properties [PROP_REMEMBER_PATIENT_VIEW] =
    g_param_spec_boolean ("remember-patient-view", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rcc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RccWindow, compare_bin);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, compare_stack_page);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, treatments_page);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, trials_bin);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, view_stack);

  gtk_widget_class_install_action (widget_class, "win.add-to-comparison", "s",
                                   add_to_comparison_action);
  gtk_widget_class_install_action (widget_class, "win.show-trial", "s", show_trial_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.remove-import", "s", remove_import_action);
  gtk_widget_class_install_property_action (widget_class, "win.patient-view", "patient-view");
  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presentation");
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL,
                                   leave_presentation_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK,
                                       "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-view", "s", views[0]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-view", "s", views[1]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-view", "s", views[2]);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_P,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.patient-view", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.presentation", NULL);
  /* Only while presenting: otherwise Escape goes on to whatever has focus */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0,
                                       "win.leave-presentation", NULL);

  g_type_ensure (RCC_TYPE_TREATMENTS_PAGE);
}

static void
rcc_window_init (RccWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->comparison = gtk_string_list_new (NULL);
  g_signal_connect_object (self->comparison, "items-changed",
                           G_CALLBACK (comparison_items_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "last-view", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_DEFAULT);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", FALSE);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);

  /* A record dropped anywhere on the window is imported */
  {
    GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

    g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
  }
}

/**
 * rcc_window_new:
 * @library: what the window shows and changes
 *
 * A window showing @library's catalog, or why it could not be loaded.
 */
RccWindow *
rcc_window_new (GtkApplication *application,
                RccLibrary     *library)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (RCC_IS_LIBRARY (library), NULL);

  return g_object_new (RCC_TYPE_WINDOW,
                       "application", application,
                       "library", library,
                       NULL);
}

/**
 * rcc_window_get_library:
 *
 * Returns: (transfer none): what the window shows and changes
 */
RccLibrary *
rcc_window_get_library (RccWindow *self)
{
  g_return_val_if_fail (RCC_IS_WINDOW (self), NULL);

  return self->library;
}

/**
 * rcc_window_get_comparison:
 *
 * The trials being compared, by id, in order; "Add to comparison" on a
 * treatment adds its trials.
 *
 * Returns: (transfer none): a #GListModel of #GtkStringObject
 */
GListModel *
rcc_window_get_comparison (RccWindow *self)
{
  g_return_val_if_fail (RCC_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->comparison);
}

gboolean
rcc_window_get_patient_view (RccWindow *self)
{
  g_return_val_if_fail (RCC_IS_WINDOW (self), FALSE);

  return self->patient_view;
}

/**
 * rcc_window_set_patient_view:
 *
 * Switches every view to plain language for patients, or back; the
 * choice is kept in the "patient-view" setting.
 */
void
rcc_window_set_patient_view (RccWindow *self,
                             gboolean   patient_view)
{
  g_return_if_fail (RCC_IS_WINDOW (self));

  patient_view = !!patient_view;
  if (self->patient_view == patient_view)
    return;

  self->patient_view = patient_view;
  adw_view_switcher_title_set_subtitle (self->switcher_title,
                                        patient_view ? _("Patient View") : NULL);
  if (self->compare_view != NULL)
    rcc_compare_view_set_patient (self->compare_view, patient_view);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATIENT_VIEW]);
}

gboolean
rcc_window_get_presentation (RccWindow *self)
{
  g_return_val_if_fail (RCC_IS_WINDOW (self), FALSE);

  return self->presentation;
}

/**
 * rcc_window_set_presentation:
 *
 * Presentation mode: full screen, the trials table without its Phase,
 * N and p columns, and text (charts included) at 150% at least (see
 * RccApplication).
 */
void
rcc_window_set_presentation (RccWindow *self,
                             gboolean   presentation)
{
  g_return_if_fail (RCC_IS_WINDOW (self));

  presentation = !!presentation;
  if (self->presentation == presentation)
    return;

  self->presentation = presentation;
  if (presentation)
    gtk_window_fullscreen (GTK_WINDOW (self));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-presentation", presentation);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PRESENTATION]);
}
