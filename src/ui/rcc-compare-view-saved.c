/* rcc-compare-view-saved.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-compare-view-private.h"

/* Named saved comparisons: the Saved menu (built from the store's
 * list, kept up to date with it), compare.save, compare.open and
 * compare.delete.  The store is the library's, handed in by the window
 * (RccLibrary:comparison-store); the view reads it when handed it, and
 * says in its info bar why it could not, or why a comparison could not
 * be saved, deleted or wholly opened. */

static void
show_store_problem (RccCompareView *self,
                    const char     *message)
{
  gtk_label_set_text (self->store_info_label, message);
  gtk_info_bar_set_revealed (self->store_info_bar, TRUE);
}

static void
store_info_bar_response_cb (RccCompareView *self,
                            int             response)
{
  gtk_info_bar_set_revealed (self->store_info_bar, FALSE);
}

static void
rebuild_saved_menu (RccCompareView *self)
{
  GListModel *list = self->store != NULL ? rcc_comparison_store_get_list (self->store) : NULL;
  guint n = list != NULL ? g_list_model_get_n_items (list) : 0;
  g_autoptr(GMenu) save_section = g_menu_new ();
  g_autoptr(GMenu) open_section = g_menu_new ();
  g_autoptr(GMenu) delete_menu = g_menu_new ();

  g_menu_remove_all (self->saved_menu);

  g_menu_append (save_section, _("_Save Comparison…"), "compare.save");
  g_menu_append_section (self->saved_menu, NULL, G_MENU_MODEL (save_section));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccComparison) c = g_list_model_get_item (list, i);
      g_autoptr(GMenuItem) open_item = g_menu_item_new (rcc_comparison_get_name (c), NULL);
      g_autoptr(GMenuItem) delete_item = g_menu_item_new (rcc_comparison_get_name (c), NULL);

      g_menu_item_set_action_and_target (open_item, "compare.open", "s", rcc_comparison_get_name (c));
      g_menu_item_set_action_and_target (delete_item, "compare.delete", "s", rcc_comparison_get_name (c));
      g_menu_append_item (open_section, open_item);
      g_menu_append_item (delete_menu, delete_item);
    }

  if (n > 0)
    {
      g_menu_append_section (self->saved_menu, _("Open"), G_MENU_MODEL (open_section));
      g_menu_append_submenu (self->saved_menu, _("_Delete"), G_MENU_MODEL (delete_menu));
    }
}

static void
save_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  RccCompareView   *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(RccComparison) comparison = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint n;

  if (g_strcmp0 (response, "save") != 0 || *name == '\0' || self->store == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->trial_ids));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, (gpointer)gtk_string_list_get_string (self->trial_ids, i));
  g_ptr_array_add (ids, NULL);

  comparison = rcc_comparison_new (name, (const char * const *)ids->pdata, NULL);
  rcc_comparison_set_endpoint (comparison, self->endpoint);
  if (rcc_comparison_store_put (self->store, comparison, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Saved comparison “%s”"), name);
      _rcc_compare_view_toast (self, message);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the comparison: %s"), error->message);
      show_store_problem (self, message);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RccCompareView *self = RCC_COMPARE_VIEW (widget);
  GtkWidget *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Save Comparison"),
                                   _("Give this comparison a name. Saving under an existing name replaces it."));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Comparison name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  RccCompareView *self = RCC_COMPARE_VIEW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  RccComparison *comparison;
  const char * const *ids;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  comparison = self->store != NULL ? rcc_comparison_store_lookup (self->store, name) : NULL;
  if (comparison == NULL)
    return;

  ids = rcc_comparison_get_trial_ids (comparison);
  for (guint i = 0; ids[i] != NULL; i++)
    if (rcc_catalog_lookup_trial (self->catalog, ids[i]) == NULL)
      g_ptr_array_add (missing, (gpointer)ids[i]);

  gtk_string_list_splice (self->trial_ids, 0, g_list_model_get_n_items (G_LIST_MODEL (self->trial_ids)), ids);
  rcc_compare_view_set_endpoint (self, rcc_endpoint_choice_to_nick (rcc_comparison_get_endpoint (comparison)));

  if (missing->len > 0)
    {
      g_autofree char *joined = NULL;
      g_autofree char *message = NULL;

      g_ptr_array_add (missing, NULL);
      joined = g_strjoinv (", ", (char **)missing->pdata);
      message = g_strdup_printf (_("“%s” names trials this content does not have: %s"), name, joined);
      show_store_problem (self, message);
    }
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RccCompareView *self = RCC_COMPARE_VIEW (widget);
  const char *name = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (rcc_comparison_store_remove (self->store, name, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Deleted comparison “%s”"), name);
      _rcc_compare_view_toast (self, message);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("Could not delete the comparison: %s"), error->message);
      show_store_problem (self, message);
    }
}

void
_rcc_compare_view_saved_set_store (RccCompareView     *self,
                                   RccComparisonStore *store)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (rcc_comparison_store_get_list (self->store),
                                          rebuild_saved_menu, self);
  g_set_object (&self->store, store);

  if (self->store != NULL)
    {
      if (!rcc_comparison_store_load (self->store, NULL, &error))
        show_store_problem (self, error->message);
      g_signal_connect_swapped (rcc_comparison_store_get_list (self->store), "items-changed",
                                G_CALLBACK (rebuild_saved_menu), self);
    }

  rebuild_saved_menu (self);
  _rcc_compare_view_update_actions (self);
}

void
_rcc_compare_view_class_saved_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, store_info_bar_response_cb);

  gtk_widget_class_install_action (widget_class, "compare.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "compare.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "compare.delete", "s", delete_action);
}

void
_rcc_compare_view_saved_init (RccCompareView *self)
{
  self->saved_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->saved_button, G_MENU_MODEL (self->saved_menu));
  rebuild_saved_menu (self);
}

void
_rcc_compare_view_saved_dispose (RccCompareView *self)
{
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (rcc_comparison_store_get_list (self->store),
                                          rebuild_saved_menu, self);
  g_clear_object (&self->store);
  g_clear_object (&self->saved_menu);
}
