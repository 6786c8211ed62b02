/* rcc-compare-view.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-chart-view.h"
#include "rcc-compare-view.h"
#include "rcc-print.h"

#include "content/rcc-comparison-store.h"
#include "content/rcc-json.h"
#include "report/rcc-format.h"
#include "report/rcc-sources.h"

/* The compare screen: the trials being compared (ids in a GtkStringList
 * that the window shares, so "Add to comparison" elsewhere lands here),
 * their charts and table drawn by RccReport, and printing, PDF and JSON
 * export and named saved comparisons. */

struct _RccCompareView
{
  GtkWidget           parent_instance;

  RccCatalog         *catalog;
  GtkStringList      *trial_ids;
  GListStore         *trials;        /* RccTrial, resolved from trial_ids */
  RccReport          *report;
  RccComparisonStore *store;
  GtkFilter          *picker_filter;
  gboolean            patient;
  GMenu              *saved_menu;

  AdwToastOverlay    *toast_overlay;
  GtkPopover         *add_popover;
  RccChartView       *chart_view;
  GtkListView        *picker_list;
  GtkSearchEntry     *picker_search;
  GtkMenuButton      *saved_button;
  GtkListBox         *selected_list;
  GtkLabel           *source_label;
  GtkStack           *stack;
  GtkInfoBar         *store_info_bar;
  GtkLabel           *store_info_label;
};

G_DEFINE_FINAL_TYPE (RccCompareView, rcc_compare_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_TRIAL_IDS,
  PROP_PATIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
toast (RccCompareView *self,
       const char     *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* ---------------------------------------------------------------------
 * The compared trials
 */

static guint
find_id (GtkStringList *trial_ids,
         const char    *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (trial_ids));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (trial_ids, i), id) == 0)
      return i;

  return G_MAXUINT;
}

/* The tooltip and accessible name of a row's button @i (up, down,
 * remove) for the trial called @name */
static char *
row_button_label (guint       i,
                  const char *name)
{
  switch (i)
    {
    case 0:
      return g_strdup_printf (_("Move %s up"), name);
    case 1:
      return g_strdup_printf (_("Move %s down"), name);
    default:
      return g_strdup_printf (_("Remove %s from the comparison"), name);
    }
}

static GtkWidget *
create_row (RccCompareView *self,
            RccTrial       *trial,
            guint           position,
            guint           n)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_strdup_printf ("%s (%u)", rcc_trial_get_name (trial), rcc_trial_get_year (trial));
  g_autofree char *subtitle = NULL;
  const char *id = rcc_trial_get_id (trial);
  static const struct {
    const char *icon;
    const char *action;
  } buttons[] = {
    { "go-up-symbolic", "compare.move-up" },
    { "go-down-symbolic", "compare.move-down" },
    { "user-trash-symbolic", "compare.remove" },
  };

  if (rcc_trial_get_enrolled (trial) > 0)
    /* Translators: a trial's setting and how many took part, "First-line · 750 patients" */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u patient", "%s · %u patients",
                                             rcc_trial_get_enrolled (trial)),
                                rcc_setting_get_label (rcc_trial_get_setting (trial)),
                                rcc_trial_get_enrolled (trial));
  else
    subtitle = g_strdup (rcc_setting_get_label (rcc_trial_get_setting (trial)));

  /* As in the table and the charts: not from the reviewed content */
  if (rcc_trial_get_imported (trial))
    {
      char *marked = g_strdup_printf ("%s · %s", _("Imported, not reviewed"), subtitle);

      g_free (subtitle);
      subtitle = marked;
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *button = gtk_button_new_from_icon_name (buttons[i].icon);
      g_autofree char *label = row_button_label (i, rcc_trial_get_name (trial));

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      /* The first row cannot move up, nor the last down; an actionable
       * button's sensitivity follows its action, so leave those without. */
      if ((i == 0 && position == 0) || (i == 1 && position + 1 == n))
        gtk_widget_set_sensitive (button, FALSE);
      else
        {
          gtk_actionable_set_action_name (GTK_ACTIONABLE (button), buttons[i].action);
          gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  return row;
}

/* The sources of the trials compared, with their dates */
static void
update_source (RccCompareView *self)
{
  g_autofree char *source = NULL;

  if (self->catalog == NULL)
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->trials)) > 0)
    source = rcc_sources_for_trials (self->catalog, G_LIST_MODEL (self->trials));
  else
    source = rcc_format_source_line (self->catalog);
  gtk_label_set_text (self->source_label, source);
}

static void
rebuild (RccCompareView *self)
{
  g_autoptr(GPtrArray) resolved = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_ids = g_list_model_get_n_items (G_LIST_MODEL (self->trial_ids));
  GtkWidget *child;
  gboolean any;

  for (guint i = 0; i < n_ids && self->catalog != NULL; i++)
    {
      RccTrial *trial = rcc_catalog_lookup_trial (self->catalog, gtk_string_list_get_string (self->trial_ids, i));

      /* Ids the content no longer has (an old saved comparison) are
       * skipped here and reported when the comparison is opened. */
      if (trial != NULL)
        g_ptr_array_add (resolved, g_object_ref (trial));
    }

  g_list_store_splice (self->trials, 0, g_list_model_get_n_items (G_LIST_MODEL (self->trials)),
                       resolved->pdata, resolved->len);
  update_source (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->selected_list))) != NULL)
    gtk_list_box_remove (self->selected_list, child);
  for (guint i = 0; i < resolved->len; i++)
    gtk_list_box_append (self->selected_list, create_row (self, g_ptr_array_index (resolved, i), i, resolved->len));

  any = resolved->len > 0;
  gtk_stack_set_visible_child_name (self->stack, any ? "comparison" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.print", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-pdf", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-json", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.save", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.clear", any);

  rcc_chart_view_changed (self->chart_view);
  if (self->picker_filter != NULL)
    gtk_filter_changed (self->picker_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
trial_ids_changed_cb (RccCompareView *self)
{
  rebuild (self);
}

/**
 * rcc_compare_view_remove_from_list:
 * @trial_ids: the ids being compared
 *
 * Takes the trial @id out of a comparison, shown or not.
 */
void
rcc_compare_view_remove_from_list (GtkStringList *trial_ids,
                                   const char    *id)
{
  guint position;

  g_return_if_fail (GTK_IS_STRING_LIST (trial_ids));
  g_return_if_fail (id != NULL);

  position = find_id (trial_ids, id);
  if (position != G_MAXUINT)
    gtk_string_list_remove (trial_ids, position);
}

/**
 * rcc_compare_view_add_to_list:
 * @trial_ids: the ids being compared
 * @catalog: where @id is looked up
 * @id: a trial id, or a treatment id for all its trials
 *
 * Adds to a comparison whether or not a view shows it yet: the window
 * keeps the list and builds its compare view only when first shown.
 *
 * Returns: %TRUE if anything was added
 */
gboolean
rcc_compare_view_add_to_list (GtkStringList *trial_ids,
                              RccCatalog    *catalog,
                              const char    *id)
{
  g_autoptr(GListStore) trials = NULL;
  const char *ids[] = { id, NULL };
  gboolean added = FALSE;

  g_return_val_if_fail (GTK_IS_STRING_LIST (trial_ids), FALSE);
  g_return_val_if_fail (!catalog || RCC_IS_CATALOG (catalog), FALSE);

  if (catalog == NULL)
    return FALSE;

  trials = rcc_catalog_resolve_trials (catalog, ids, NULL);
  for (guint i = 0; trials != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (trials)); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (G_LIST_MODEL (trials), i);

      if (find_id (trial_ids, rcc_trial_get_id (trial)) == G_MAXUINT)
        {
          gtk_string_list_append (trial_ids, rcc_trial_get_id (trial));
          added = TRUE;
        }
    }

  return added;
}

/**
 * rcc_compare_view_add:
 * @id: a trial id, or a treatment id for all its trials
 *
 * Returns: %TRUE if anything was added
 */
gboolean
rcc_compare_view_add (RccCompareView *self,
                      const char     *id)
{
  g_return_val_if_fail (RCC_IS_COMPARE_VIEW (self), FALSE);

  return rcc_compare_view_add_to_list (self->trial_ids, self->catalog, id);
}

/* ---------------------------------------------------------------------
 * Actions
 */

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  RccCompareView *self = RCC_COMPARE_VIEW (widget);

  rcc_compare_view_add (self, g_variant_get_string (parameter, NULL));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  RccCompareView *self = RCC_COMPARE_VIEW (widget);

  rcc_compare_view_remove_from_list (self->trial_ids, g_variant_get_string (parameter, NULL));
}

static void
move (RccCompareView *self,
      const char     *id,
      int             delta)
{
  guint position = find_id (self->trial_ids, id);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->trial_ids));
  guint target;
  g_autofree char *copy = g_strdup (id);

  if (position == G_MAXUINT || (delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;

  target = position + delta;
  /* One splice: remove both, put them back swapped. */
  {
    g_autofree char *other = g_strdup (gtk_string_list_get_string (self->trial_ids, target));
    const char *pair[3] = { NULL, NULL, NULL };
    guint first = MIN (position, target);

    pair[0] = delta < 0 ? copy : other;
    pair[1] = delta < 0 ? other : copy;
    gtk_string_list_splice (self->trial_ids, first, 2, pair);
  }
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move (RCC_COMPARE_VIEW (widget), g_variant_get_string (parameter, NULL), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move (RCC_COMPARE_VIEW (widget), g_variant_get_string (parameter, NULL), +1);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RccCompareView *self = RCC_COMPARE_VIEW (widget);

  gtk_string_list_splice (self->trial_ids, 0, g_list_model_get_n_items (G_LIST_MODEL (self->trial_ids)), NULL);
}

/* Printing and PDF use their own report: black on white, in points;
 * for patients, the handout in large print. */
static RccReport *
paper_report (RccCompareView *self)
{
  RccReport *report = rcc_report_new (self->catalog);

  rcc_report_set_trials (report, G_LIST_MODEL (self->trials));
  if (self->patient)
    {
      rcc_report_set_audience (report, RCC_AUDIENCE_PATIENT);
      rcc_report_set_font_size (report, 12);
    }
  return report;
}

/* The paper-size preference, or the locale's paper. */
static RccPaper
default_paper (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *name;

  schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  if (schema != NULL && g_settings_schema_has_key (schema, "paper-size"))
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      g_autofree char *paper = g_settings_get_string (settings, "paper-size");

      if (g_str_equal (paper, "a4"))
        return RCC_PAPER_A4;
      if (g_str_equal (paper, "letter"))
        return RCC_PAPER_LETTER;
    }

  name = gtk_paper_size_get_default ();
  return g_str_has_prefix (name, "na_") ? RCC_PAPER_LETTER : RCC_PAPER_A4;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RccCompareView *self = RCC_COMPARE_VIEW (widget);
  g_autoptr(RccReport) report = paper_report (self);
  g_autoptr(GError) error = NULL;

  if (rcc_print_report (report, GTK_WINDOW (gtk_widget_get_root (widget)), default_paper (),
                        NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);
      toast (self, message);
    }
}

typedef enum { EXPORT_PDF, EXPORT_JSON } ExportKind;

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    RccCompareView  *self)
{
  ExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (dialog);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (kind == EXPORT_PDF)
    {
      g_autoptr(RccReport) report = paper_report (self);
      g_autofree char *path = g_file_get_path (file);

      ok = rcc_report_write_pdf (report, path, default_paper (), &error);
    }
  else
    {
      g_autoptr(JsonNode) node = rcc_json_serialize_comparison (self->catalog, G_LIST_MODEL (self->trials), NULL);
      g_autofree char *json = rcc_json_to_string (node, TRUE);

      ok = g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error);
    }

  if (ok)
    {
      g_autofree char *name = g_file_get_basename (file);
      message = g_strdup_printf (_("Saved “%s”"), name);
    }
  else
    message = g_strdup_printf (_("Could not save: %s"), error->message);

  toast (self, message);
  g_object_unref (dialog);
}

static void
export (RccCompareView *self,
        ExportKind      kind)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (kind == EXPORT_PDF ? _("Export Comparison as PDF")
                                                           : _("Export Comparison as JSON"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (kind == EXPORT_PDF)
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("comparison.pdf"));
    }
  else
    {
      gtk_file_filter_set_name (filter, _("JSON files"));
      gtk_file_filter_add_mime_type (filter, "application/json");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("comparison.json"));
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (RCC_COMPARE_VIEW (widget), EXPORT_PDF);
}

static void
export_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  export (RCC_COMPARE_VIEW (widget), EXPORT_JSON);
}

/* ---------------------------------------------------------------------
 * Saved comparisons
 */

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
  GListModel *list = rcc_comparison_store_get_list (self->store);
  guint n = g_list_model_get_n_items (list);
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

  if (g_strcmp0 (response, "save") != 0 || *name == '\0')
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->trial_ids));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ids, (gpointer)gtk_string_list_get_string (self->trial_ids, i));
  g_ptr_array_add (ids, NULL);

  comparison = rcc_comparison_new (name, (const char * const *)ids->pdata, NULL);
  if (rcc_comparison_store_put (self->store, comparison, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Saved comparison “%s”"), name);
      toast (self, message);
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
  RccComparison *comparison = rcc_comparison_store_lookup (self->store, name);
  const char * const *ids;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  if (comparison == NULL)
    return;

  ids = rcc_comparison_get_trial_ids (comparison);
  for (guint i = 0; ids[i] != NULL; i++)
    if (rcc_catalog_lookup_trial (self->catalog, ids[i]) == NULL)
      g_ptr_array_add (missing, (gpointer)ids[i]);

  gtk_string_list_splice (self->trial_ids, 0, g_list_model_get_n_items (G_LIST_MODEL (self->trial_ids)), ids);

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

  if (rcc_comparison_store_remove (self->store, name, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Deleted comparison “%s”"), name);
      toast (self, message);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("Could not delete the comparison: %s"), error->message);
      show_store_problem (self, message);
    }
}

/* ---------------------------------------------------------------------
 * The trial picker
 */

static gboolean
picker_filter_func (gpointer item,
                    gpointer user_data)
{
  RccCompareView *self = user_data;
  RccTrial *trial = item;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->picker_search));
  g_autofree char *folded = g_utf8_casefold (query, -1);

  if (find_id (self->trial_ids, rcc_trial_get_id (trial)) != G_MAXUINT)
    return FALSE;

  return *folded == '\0' || strstr (rcc_trial_get_search_text (trial), folded) != NULL;
}

static void
picker_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
picker_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  RccTrial *trial = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;

  if (rcc_trial_get_imported (trial))
    /* Translators: a trial in the Add Trial list, its year, and that it was imported */
    text = g_strdup_printf (_("%s (%u), imported, not reviewed"), rcc_trial_get_name (trial),
                            rcc_trial_get_year (trial));
  else
    text = g_strdup_printf ("%s (%u)", rcc_trial_get_name (trial), rcc_trial_get_year (trial));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
picker_list_activate_cb (RccCompareView *self,
                         guint           position)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->picker_list));
  g_autoptr(RccTrial) trial = g_list_model_get_item (model, position);

  if (trial != NULL)
    rcc_compare_view_add (self, rcc_trial_get_id (trial));
}

static void
picker_search_activate_cb (RccCompareView *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (self->picker_list));

  /* Enter adds the first match. */
  if (g_list_model_get_n_items (model) > 0)
    picker_list_activate_cb (self, 0);
}

static void
picker_search_changed_cb (RccCompareView *self)
{
  gtk_filter_changed (self->picker_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
add_popover_show_cb (RccCompareView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->picker_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->picker_search));
}

static void
setup_picker (RccCompareView *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkFilterListModel *filtered;
  GtkNoSelection *selection;

  self->picker_filter = GTK_FILTER (gtk_custom_filter_new (picker_filter_func, self, NULL));
  filtered = gtk_filter_list_model_new (g_object_ref (rcc_catalog_get_trials (self->catalog)),
                                        g_object_ref (self->picker_filter));
  selection = gtk_no_selection_new (G_LIST_MODEL (filtered));

  g_signal_connect (factory, "setup", G_CALLBACK (picker_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (picker_bind_cb), NULL);
  gtk_list_view_set_factory (self->picker_list, factory);
  gtk_list_view_set_model (self->picker_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* ---------------------------------------------------------------------
 * GObject
 */

static void
rcc_compare_view_dispose (GObject *object)
{
  RccCompareView *self = (RccCompareView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_COMPARE_VIEW);

  if (self->trial_ids != NULL)
    g_signal_handlers_disconnect_by_func (self->trial_ids, trial_ids_changed_cb, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_func (rcc_comparison_store_get_list (self->store),
                                          rebuild_saved_menu, self);

  g_clear_object (&self->trial_ids);
  g_clear_object (&self->catalog);
  g_clear_object (&self->trials);
  g_clear_object (&self->report);
  g_clear_object (&self->store);
  g_clear_object (&self->picker_filter);
  g_clear_object (&self->saved_menu);

  G_OBJECT_CLASS (rcc_compare_view_parent_class)->dispose (object);
}

static void
rcc_compare_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RccCompareView *self = RCC_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_TRIAL_IDS:
      g_value_set_object (value, self->trial_ids);
      break;

    case PROP_PATIENT:
      g_value_set_boolean (value, self->patient);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_compare_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RccCompareView *self = RCC_COMPARE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      rcc_compare_view_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_TRIAL_IDS:
      rcc_compare_view_set_trial_ids (self, g_value_get_object (value));
      break;

    case PROP_PATIENT:
      rcc_compare_view_set_patient (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_compare_view_class_init (RccCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_compare_view_dispose;
  object_class->get_property = rcc_compare_view_get_property;
  object_class->set_property = rcc_compare_view_set_property;

  properties [PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         RCC_TYPE_CATALOG,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TRIAL_IDS] =
    g_param_spec_object ("trial-ids", NULL, NULL,
                         GTK_TYPE_STRING_LIST,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* The plain-language handout, on screen and on paper. */
  properties [PROP_PATIENT] =
    g_param_spec_boolean ("patient", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rcc-compare-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, add_popover);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, chart_view);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, picker_list);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, picker_search);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, saved_button);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, selected_list);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, source_label);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, stack);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, store_info_bar);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, store_info_label);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, toast_overlay);
  gtk_widget_class_bind_template_callback (widget_class, add_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, store_info_bar_response_cb);

  gtk_widget_class_install_action (widget_class, "compare.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "compare.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "compare.move-up", "s", move_up_action);
  gtk_widget_class_install_action (widget_class, "compare.move-down", "s", move_down_action);
  gtk_widget_class_install_action (widget_class, "compare.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "compare.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "compare.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "compare.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "compare.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "compare.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "compare.delete", "s", delete_action);

  g_type_ensure (RCC_TYPE_CHART_VIEW);
}

static void
rcc_compare_view_init (RccCompareView *self)
{
  g_autofree char *path = rcc_comparison_store_default_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->trials = g_list_store_new (RCC_TYPE_TRIAL);
  self->trial_ids = gtk_string_list_new (NULL);
  g_signal_connect_swapped (self->trial_ids, "items-changed", G_CALLBACK (trial_ids_changed_cb), self);

  g_signal_connect_swapped (self->picker_search, "search-changed",
                            G_CALLBACK (picker_search_changed_cb), self);

  /* Ctrl+P prints and Ctrl+E exports the comparison from anywhere in the window. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_p, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("compare.print")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_e, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("compare.export-pdf")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  self->saved_menu = g_menu_new ();
  gtk_menu_button_set_menu_model (self->saved_button, G_MENU_MODEL (self->saved_menu));

  self->store = rcc_comparison_store_new (file);
  if (!rcc_comparison_store_load (self->store, NULL, &error))
    show_store_problem (self, error->message);
  g_signal_connect_swapped (rcc_comparison_store_get_list (self->store), "items-changed",
                            G_CALLBACK (rebuild_saved_menu), self);
  rebuild_saved_menu (self);

  rebuild (self);
}

GtkWidget *
rcc_compare_view_new (void)
{
  return g_object_new (RCC_TYPE_COMPARE_VIEW, NULL);
}

/**
 * rcc_compare_view_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog trials come from
 */
RccCatalog *
rcc_compare_view_get_catalog (RccCompareView *self)
{
  g_return_val_if_fail (RCC_IS_COMPARE_VIEW (self), NULL);

  return self->catalog;
}

void
rcc_compare_view_set_catalog (RccCompareView *self,
                              RccCatalog     *catalog)
{
  g_return_if_fail (RCC_IS_COMPARE_VIEW (self));
  g_return_if_fail (RCC_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  g_clear_object (&self->report);
  self->report = rcc_report_new (catalog);
  rcc_report_set_trials (self->report, G_LIST_MODEL (self->trials));
  rcc_report_set_audience (self->report, self->patient ? RCC_AUDIENCE_PATIENT : RCC_AUDIENCE_CLINICIAN);
  rcc_chart_view_set_report (self->chart_view, self->report);

  update_source (self);

  g_clear_object (&self->picker_filter);
  setup_picker (self);

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
}

/**
 * rcc_compare_view_get_trial_ids:
 *
 * Returns: (transfer none): the ids being compared, in order
 */
GtkStringList *
rcc_compare_view_get_trial_ids (RccCompareView *self)
{
  g_return_val_if_fail (RCC_IS_COMPARE_VIEW (self), NULL);

  return self->trial_ids;
}

/**
 * rcc_compare_view_set_trial_ids:
 *
 * Shares @trial_ids with the rest of the window: adding to it anywhere
 * adds to the comparison.
 */
void
rcc_compare_view_set_trial_ids (RccCompareView *self,
                                GtkStringList  *trial_ids)
{
  g_return_if_fail (RCC_IS_COMPARE_VIEW (self));
  g_return_if_fail (GTK_IS_STRING_LIST (trial_ids));

  if (self->trial_ids == trial_ids)
    return;

  g_signal_handlers_disconnect_by_func (self->trial_ids, trial_ids_changed_cb, self);
  g_set_object (&self->trial_ids, trial_ids);
  g_signal_connect_swapped (self->trial_ids, "items-changed", G_CALLBACK (trial_ids_changed_cb), self);

  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TRIAL_IDS]);
}

/**
 * rcc_compare_view_get_trials:
 *
 * Returns: (transfer none): the compared trials, a #GListModel of #RccTrial
 */
GListModel *
rcc_compare_view_get_trials (RccCompareView *self)
{
  g_return_val_if_fail (RCC_IS_COMPARE_VIEW (self), NULL);

  return G_LIST_MODEL (self->trials);
}

/**
 * rcc_compare_view_get_report:
 *
 * Returns: (transfer none) (nullable): the on-screen report
 */
RccReport *
rcc_compare_view_get_report (RccCompareView *self)
{
  g_return_val_if_fail (RCC_IS_COMPARE_VIEW (self), NULL);

  return self->report;
}

gboolean
rcc_compare_view_get_patient (RccCompareView *self)
{
  g_return_val_if_fail (RCC_IS_COMPARE_VIEW (self), FALSE);

  return self->patient;
}

/**
 * rcc_compare_view_set_patient:
 *
 * Shows, prints and exports the plain-language handout instead of the
 * clinician's summary.
 */
void
rcc_compare_view_set_patient (RccCompareView *self,
                              gboolean        patient)
{
  g_return_if_fail (RCC_IS_COMPARE_VIEW (self));

  patient = !!patient;
  if (self->patient == patient)
    return;

  self->patient = patient;
  if (self->report != NULL)
    {
      rcc_report_set_audience (self->report, patient ? RCC_AUDIENCE_PATIENT : RCC_AUDIENCE_CLINICIAN);
      rcc_chart_view_changed (self->chart_view);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATIENT]);
}
