/* rcc-window-actions.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-window-private.h"

#include "ui/rcc-edition-changes-window.h"

/* The window's actions and their keys: adding to the comparison,
 * printing and exporting it, showing a trial or a view, searching,
 * patient view and presentation mode, the shortcuts window.  Importing
 * has its own, in rcc-window-import.c. */

static const char * const views[] = { "treatments", "trials", "compare", NULL };

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

/* Ctrl+P and Ctrl+E from any page: the comparison is shown, then
 * printed or exported as its own buttons would; with nothing in it yet,
 * the Compare page says how to add trials, and a toast why nothing
 * happened. */
static void
act_on_comparison (RccWindow  *self,
                   const char *compare_action,
                   const char *nothing_message)
{
  RccCompareView *view;

  adw_view_stack_set_visible_child_name (self->view_stack, "compare");
  view = _rcc_window_ensure_compare_view (self);

  if (g_list_model_get_n_items (rcc_compare_view_get_trials (view)) == 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (nothing_message));
      return;
    }

  gtk_widget_activate_action (GTK_WIDGET (view), compare_action, NULL);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  act_on_comparison (RCC_WINDOW (widget), "compare.print",
                     _("Nothing to print yet: add trials to the comparison first"));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  act_on_comparison (RCC_WINDOW (widget), "compare.export-pdf",
                     _("Nothing to export yet: add trials to the comparison first"));
}

static void
show_trial_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  /* Asked for from outside (gapplication action, a search result): an id
   * the guide does not hold is said so, in the window */
  if (rcc_catalog_lookup_trial (self->catalog, id) == NULL)
    {
      /* Translators: %s is a trial id asked for, e.g. from the command line */
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new_format (_("No trial “%s” in this guide"), id));
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "trials");
  rcc_trials_page_select_trial (_rcc_window_ensure_trials_page (self), id);
}

static void
show_treatment_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (rcc_catalog_lookup_treatment (self->catalog, id) == NULL)
    {
      /* Translators: %s is a treatment id asked for, e.g. from the command line */
      adw_toast_overlay_add_toast (self->toast_overlay,
                                   adw_toast_new_format (_("No treatment “%s” in this guide"), id));
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "treatments");
  rcc_treatments_page_select_treatment (self->treatments_page, id);
}

/* The terms typed in GNOME Shell's overview, carried on in the app */
static void
search_for_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "treatments");
  rcc_treatments_page_search (self->treatments_page, g_variant_get_string (parameter, NULL));
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
      /* Translators: %s is a page name asked for, e.g. from the command line */
      adw_toast_overlay_add_toast (RCC_WINDOW (widget)->toast_overlay,
                                   adw_toast_new_format (_("No page “%s” in this window"), view));
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
      rcc_trials_page_focus_search (_rcc_window_ensure_trials_page (self));
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, "treatments");
  rcc_treatments_page_focus_search (self->treatments_page);
}

static void
edition_changes_destroyed_cb (RccWindow *self,
                              GtkWidget *changes)
{
  g_object_set_data (G_OBJECT (self), "rcc-edition-changes", NULL);
}

/* What changed since the 2014 edition, in a window of its own: raised
 * if it is open */
static void
edition_changes_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RccWindow *self = RCC_WINDOW (widget);
  GtkWidget *changes;

  changes = g_object_get_data (G_OBJECT (self), "rcc-edition-changes");
  if (changes == NULL)
    {
      changes = rcc_edition_changes_window_new (GTK_WINDOW (self), self->catalog);
      g_object_set_data (G_OBJECT (self), "rcc-edition-changes", changes);
      g_signal_connect_object (changes, "destroy", G_CALLBACK (edition_changes_destroyed_cb),
                               self, G_CONNECT_SWAPPED);
    }

  gtk_window_present (GTK_WINDOW (changes));
}

static void
leave_presentation_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  rcc_window_set_presentation (RCC_WINDOW (widget), FALSE);
}

/* The shortcuts window is built the first time it is asked for, not with
 * the window: GtkApplication would build gtk/help-overlay.ui for every
 * window it adds, about a twentieth of the window's first frame, for a
 * window most sessions never open.  This action shadows the one
 * gtk_application_window_set_help_overlay() would add. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/com/example/RccGuide/ui/rcc-shortcuts-window.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  gtk_window_present (GTK_WINDOW (overlay));
}

void
_rcc_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.add-to-comparison", "s",
                                   add_to_comparison_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.show-trial", "s", show_trial_action);
  gtk_widget_class_install_action (widget_class, "win.show-treatment", "s", show_treatment_action);
  gtk_widget_class_install_action (widget_class, "win.search-for", "s", search_for_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.edition-changes", NULL,
                                   edition_changes_action);
  gtk_widget_class_install_property_action (widget_class, "win.patient-view", "patient-view");
  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presentation");
  gtk_widget_class_install_action (widget_class, "win.leave-presentation", NULL,
                                   leave_presentation_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-pdf", NULL);
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
}
