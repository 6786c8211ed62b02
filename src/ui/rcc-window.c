/* rcc-window.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-window-private.h"
#include "rcc-view-properties.h"

#include "ui/rcc-build-when-mapped.h"

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
 * win.remove-import takes it out again.
 *
 * The instance is shared, through rcc-window-private.h, with
 * rcc-window-actions.c (the win.* actions) and rcc-window-import.c
 * (importing, with its dialogs). */

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

RccTrialsPage *
_rcc_window_ensure_trials_page (RccWindow *self)
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

RccCompareView *
_rcc_window_ensure_compare_view (RccWindow *self)
{
  if (self->compare_view != NULL)
    return self->compare_view;

  /* The comparisons are the library's, as the catalog is */
  self->compare_view = g_object_new (RCC_TYPE_COMPARE_VIEW,
                                     "catalog", self->catalog,
                                     "trial-ids", self->comparison,
                                     "comparison-store", rcc_library_get_comparison_store (self->library),
                                     NULL);
  g_object_bind_property (self, "patient-view", self->compare_view, "patient",
                          G_BINDING_SYNC_CREATE);
  if (self->settings != NULL)
    g_settings_bind (self->settings, "compare-endpoint", self->compare_view, "endpoint",
                     G_SETTINGS_BIND_DEFAULT);
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
    _rcc_window_ensure_trials_page (self);
  else if (g_strcmp0 (view, "compare") == 0)
    _rcc_window_ensure_compare_view (self);
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

/* The error page's callbacks (rcc-window-error.ui) */
static GtkBuilderScope *error_scope;

/* "FILE:LINE: what is wrong" */
static char *
error_message_cb (gpointer      instance,
                  const GError *error)
{
  return g_strdup (error != NULL ? error->message : "");
}

/* Content that could not be loaded: why, instead of the views, and
 * nothing to switch to or act on; the views again once it loads. */
static void
load_error_changed_cb (RccWindow *self)
{
  static const char * const actions[] = {
    "win.add-to-comparison", "win.print", "win.export-pdf", "win.show-trial", "win.show-view",
    "win.search", "win.patient-view", "win.import", "win.remove-import",
  };
  const GError *error = rcc_library_get_load_error (self->library);
  gboolean loaded = error == NULL;

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
                           G_CALLBACK (_rcc_window_import_error_changed), self,
                           G_CONNECT_SWAPPED);
  if (rcc_library_get_load_error (self->library) != NULL)
    load_error_changed_cb (self);
  else
    _rcc_window_import_error_changed (self);

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
  properties [PROP_PRESENTATION] = rcc_param_spec_presentation ();

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
  gtk_widget_class_bind_template_child (widget_class, RccWindow, error_bin);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, treatments_page);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, trials_bin);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, view_stack);

  _rcc_window_class_actions_init (widget_class);
  _rcc_window_class_import_init (widget_class);

  g_type_ensure (RCC_TYPE_TREATMENTS_PAGE);

  error_scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback (GTK_BUILDER_CSCOPE (error_scope), error_message_cb);
}

/* The view switcher at the bottom, there only in a narrow window, gets
 * its buttons when it is first revealed: built with the window, they
 * were styled and measured at every start for nothing. */
static void
switcher_bar_reveal_cb (RccWindow *self)
{
  if (adw_view_switcher_bar_get_reveal (self->switcher_bar) &&
      adw_view_switcher_bar_get_stack (self->switcher_bar) == NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
}

/* The primary menu's popover, eight entries of buttons and labels, is
 * built when the menu is first opened (a click, F10 or a test's popup),
 * not styled and measured with every window at start */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  RccWindow *self = user_data;

  /* GTK asks on every opening: once built, the popover is kept */
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
rcc_window_init (RccWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rcc_build_when_mapped (self->error_bin, RESOURCE_BASE "/ui/rcc-window-error.ui",
                         G_OBJECT (self), error_scope);

  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb,
                                         self, NULL);

  g_signal_connect_object (self->switcher_bar, "notify::reveal",
                           G_CALLBACK (switcher_bar_reveal_cb), self,
                           G_CONNECT_SWAPPED);
  switcher_bar_reveal_cb (self);

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

  _rcc_window_import_init (self);
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
