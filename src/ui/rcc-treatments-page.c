/* rcc-treatments-page.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "rcc-closures.h"
#include "rcc-treatments-page-private.h"
#include "rcc-view-properties.h"

#include "report/rcc-format.h"
#include "ui/rcc-accessible.h"
#include "ui/rcc-after-first-frame.h"
#include "ui/rcc-build-when-mapped.h"
#include "ui/rcc-treatment-detail.h"
#include "ui/rcc-treatment-row.h"

/* The Treatments view: the current PDQ's treatment options by line of
 * therapy, in its order (a treatment listed in several lines is in
 * each), then the treatments of this guide its lists do not include, in
 * a list filtered by a search and by the setting of their trials,
 * beside the selected one's detail.  The list's items are RccOption
 * and, for the last section, RccTreatment; its headers name the line.
 * A leaflet folds the two into one pane with a back button when the
 * window is narrow.  GTK lays out every row of a list box, seen or not:
 * the first frame has rows for what a window of the default size shows,
 * the rest come a frame later; the model sees every item from the start. */
#define FIRST_FRAME_ROWS 8


G_DEFINE_FINAL_TYPE (RccTreatmentsPage, rcc_treatments_page, GTK_TYPE_WIDGET)

/* The empty state's callback (rcc-treatments-empty.ui) */
static GtkBuilderScope *empty_scope;

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_PATIENT,
  PROP_ITEMS,
  PROP_SELECTED_TREATMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];


static GtkListBoxRow *
first_selectable_row (RccTreatmentsPage *self)
{
  GtkListBoxRow *row;

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    if (gtk_list_box_row_get_selectable (row))
      return row;

  return NULL;
}

/* As a single selection with autoselect: the selected item stays
 * selected while it is listed; otherwise the first one is */
static void
ensure_selection (RccTreatmentsPage *self)
{
  GtkListBoxRow *row;

  if (gtk_list_box_get_selected_row (self->list_box) != NULL)
    return;

  row = first_selectable_row (self);
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, row);
}

static void
set_selected (RccTreatmentsPage *self,
              GObject           *item)
{
  RccTreatment *before = self->selected != NULL ? _rcc_treatments_page_item_treatment (self->selected) : NULL;

  if (self->selected == item)
    return;

  g_set_object (&self->selected, item);
  if (before != (item != NULL ? _rcc_treatments_page_item_treatment (item) : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SELECTED_TREATMENT]);
}

static void
row_selected_cb (RccTreatmentsPage *self,
                 GtkListBoxRow     *row,
                 GtkListBox        *list_box)
{
  set_selected (self, row != NULL ? g_object_get_data (G_OBJECT (row), "rcc-item") : NULL);
}

static void
filtered_changed_cb (RccTreatmentsPage *self,
                     guint              position,
                     guint              removed,
                     guint              added,
                     GListModel        *model)
{
  ensure_selection (self);

  /* Nothing left to select: no detail */
  if (gtk_list_box_get_selected_row (self->list_box) == NULL)
    set_selected (self, NULL);
}

/* The options of every line, then the treatments none of them lists */
static void
rebuild_items (RccTreatmentsPage *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  GListModel *options;
  GListModel *treatments;
  GtkListBoxRow *row;

  if (self->catalog != NULL)
    {
      g_autoptr(GHashTable) listed = g_hash_table_new (NULL, NULL);

      options = rcc_catalog_get_options (self->catalog);
      for (guint i = 0; i < g_list_model_get_n_items (options); i++)
        {
          RccOption *option = g_list_model_get_item (options, i);

          g_ptr_array_add (items, option);
          if (rcc_option_get_treatment (option) != NULL)
            g_hash_table_add (listed, rcc_option_get_treatment (option));
          g_object_unref (option);
        }

      treatments = rcc_catalog_get_treatments (self->catalog);
      for (guint i = 0; i < g_list_model_get_n_items (treatments); i++)
        {
          RccTreatment *treatment = g_list_model_get_item (treatments, i);

          if (!g_hash_table_contains (listed, treatment))
            g_ptr_array_add (items, treatment);
          g_object_unref (treatment);
        }
    }

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  /* The page opens on the first line's first option */
  row = first_selectable_row (self);
  if (row != NULL)
    gtk_list_box_select_row (self->list_box, row);
}

static void
catalog_items_changed_cb (RccTreatmentsPage *self,
                          guint              position,
                          guint              removed,
                          guint              added,
                          GListModel        *model)
{
  rebuild_items (self);
}

static char *
lists_source_cb (gpointer    instance,
                 RccCatalog *catalog,
                 gboolean    patient)
{
  RccEdition *edition = catalog != NULL ? rcc_catalog_get_current_edition (catalog) : NULL;
  g_autofree char *dated = NULL;

  /* Only for content with lists */
  if (edition == NULL || g_list_model_get_n_items (rcc_catalog_get_options (catalog)) == 0)
    return NULL;

  dated = rcc_format_edition_dated (edition);
  if (patient)
    /* Translators: %s is an edition of the NCI PDQ summary with its date */
    return g_strdup_printf (_("The choices as the National Cancer Institute’s summary lists them: %s"),
                            dated);

  /* Translators: %s is an edition of the NCI PDQ summary with its date */
  return g_strdup_printf (_("Options as the %s lists them, by line of therapy"), dated);
}

static void
setting_changed_cb (RccTreatmentsPage *self,
                    GParamSpec        *pspec,
                    GtkDropDown       *dropdown)
{
  gtk_filter_changed (GTK_FILTER (self->setting_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
clear_filters_cb (RccTreatmentsPage *self,
                  GtkButton         *button)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* Now, not after the entry's search delay */
  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_LESS_STRICT);
  gtk_drop_down_set_selected (self->setting_dropdown, 0);
}

static char *
list_page_name_cb (gpointer instance,
                   guint    n_items)
{
  return g_strdup (n_items > 0 ? "list" : "empty");
}

/* Folded, the list selects on hover (single-click activation): while
 * the leaflet slides to the detail, the row passing under a still
 * pointer would be selected, and the detail would show it instead of
 * the one chosen.  The list takes no pointer events unless it is shown. */
static gboolean
list_targetable_cb (gpointer    instance,
                    gboolean    folded,
                    const char *visible_child_name)
{
  return !folded || g_strcmp0 (visible_child_name, "list") == 0;
}

static void
show_detail (RccTreatmentsPage *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
search_changed_cb (RccTreatmentsPage *self,
                   GtkSearchEntry    *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  gtk_filter_changed (GTK_FILTER (self->search_filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* Typing on the detail pane of a folded page: show the results */
  if (*text != '\0')
    adw_leaflet_set_visible_child_name (self->leaflet, "list");
}

static void
stop_search_cb (RccTreatmentsPage *self,
                GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
search_activate_cb (RccTreatmentsPage *self,
                    GtkSearchEntry    *entry)
{
  GtkListBoxRow *row = first_selectable_row (self);

  /* Enter opens the first match */
  if (row == NULL)
    return;

  gtk_list_box_select_row (self->list_box, row);
  show_detail (self);
}

static void
row_activated_cb (RccTreatmentsPage *self,
                  GtkListBoxRow     *row,
                  GtkListBox        *list_box)
{
  gtk_list_box_select_row (self->list_box, row);
  show_detail (self);
}

static void
back_clicked_cb (RccTreatmentsPage *self,
                 GtkButton         *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* After the first frame: a row for every item */
static void
show_all_rows (GtkWidget *widget)
{
  gtk_slice_list_model_set_size (RCC_TREATMENTS_PAGE (widget)->shown_model, G_MAXUINT);
}

static void
rcc_treatments_page_dispose (GObject *object)
{
  RccTreatmentsPage *self = (RccTreatmentsPage *)object;

  if (self->catalog != NULL)
    {
      g_signal_handlers_disconnect_by_data (rcc_catalog_get_options (self->catalog), self);
      g_signal_handlers_disconnect_by_data (rcc_catalog_get_treatments (self->catalog), self);
    }
  /* The filter model may outlive the page (bindings hold it) */
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
  g_clear_object (&self->shown_model);
  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_TREATMENTS_PAGE);
  g_clear_object (&self->catalog);
  g_clear_object (&self->selected);
  g_clear_object (&self->items);

  G_OBJECT_CLASS (rcc_treatments_page_parent_class)->dispose (object);
}

static void
rcc_treatments_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RccTreatmentsPage *self = RCC_TREATMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_PATIENT:
      g_value_set_boolean (value, self->patient);
      break;

    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;

    case PROP_SELECTED_TREATMENT:
      g_value_set_object (value, rcc_treatments_page_get_selected_treatment (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_treatments_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RccTreatmentsPage *self = RCC_TREATMENTS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      rcc_treatments_page_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_PATIENT:
      rcc_treatments_page_set_patient (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_treatments_page_class_init (RccTreatmentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_treatments_page_dispose;
  object_class->get_property = rcc_treatments_page_get_property;
  object_class->set_property = rcc_treatments_page_set_property;

  properties [PROP_CATALOG] = rcc_param_spec_catalog ();

  /* Plain language for patients */
  properties [PROP_PATIENT] = rcc_param_spec_patient ();

  /* What the list shows: RccOption, then RccTreatment */
  properties [PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /* The treatment whose detail is shown */
  properties [PROP_SELECTED_TREATMENT] =
    g_param_spec_object ("selected-treatment", NULL, NULL,
                         RCC_TYPE_TREATMENT,
                         (G_PARAM_READABLE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-treatments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, empty_bin);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, plain_setting_names);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, setting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, setting_filter);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, setting_names);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_page_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_targetable_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "has_text_cb", G_CALLBACK (rcc_closure_has_text));
  gtk_widget_class_bind_template_callback (widget_class, lists_source_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setting_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  g_type_ensure (RCC_TYPE_TREATMENT_DETAIL);
  g_type_ensure (RCC_TYPE_TREATMENT_ROW);

  empty_scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback (GTK_BUILDER_CSCOPE (empty_scope), clear_filters_cb);
}

static void
rcc_treatments_page_init (RccTreatmentsPage *self)
{
  self->items = g_list_store_new (G_TYPE_OBJECT);

  gtk_widget_init_template (GTK_WIDGET (self));
  rcc_accessible_name_drop_down (self->setting_dropdown, _("Setting"));
  rcc_build_when_mapped (self->empty_bin, RESOURCE_BASE "/ui/rcc-treatments-empty.ui",
                         G_OBJECT (self), empty_scope);

  gtk_custom_filter_set_filter_func (self->setting_filter, _rcc_treatments_page_setting_filter_func, self, NULL);
  gtk_custom_filter_set_filter_func (self->search_filter, _rcc_treatments_page_search_filter_func, self, NULL);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (self->items));
  self->shown_model = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                                0, FIRST_FRAME_ROWS);
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->shown_model),
                           _rcc_treatments_page_create_row, self, NULL);
  rcc_after_first_frame (GTK_WIDGET (self), show_all_rows);
  gtk_list_box_set_header_func (self->list_box, _rcc_treatments_page_header_func, NULL, NULL);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (filtered_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  /* Type anywhere on the page to search */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/**
 * rcc_treatments_page_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog shown
 */
RccCatalog *
rcc_treatments_page_get_catalog (RccTreatmentsPage *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENTS_PAGE (self), NULL);

  return self->catalog;
}

void
rcc_treatments_page_set_catalog (RccTreatmentsPage *self,
                                 RccCatalog        *catalog)
{
  g_return_if_fail (RCC_IS_TREATMENTS_PAGE (self));
  g_return_if_fail (!catalog || RCC_IS_CATALOG (catalog));

  if (self->catalog == catalog)
    return;

  if (self->catalog != NULL)
    {
      g_signal_handlers_disconnect_by_data (rcc_catalog_get_options (self->catalog), self);
      g_signal_handlers_disconnect_by_data (rcc_catalog_get_treatments (self->catalog), self);
    }

  g_set_object (&self->catalog, catalog);

  if (catalog != NULL)
    {
      /* A replaced catalog (an import, a reload) changes both */
      g_signal_connect_object (rcc_catalog_get_options (catalog), "items-changed",
                               G_CALLBACK (catalog_items_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (rcc_catalog_get_treatments (catalog), "items-changed",
                               G_CALLBACK (catalog_items_changed_cb), self, G_CONNECT_SWAPPED);
    }

  rebuild_items (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
}

/**
 * rcc_treatments_page_get_model:
 *
 * What the list shows, filtered: #RccOption items by line of therapy,
 * then the #RccTreatment items of the treatments no line lists.
 *
 * Returns: (transfer none): the list's model
 */
GListModel *
rcc_treatments_page_get_model (RccTreatmentsPage *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENTS_PAGE (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/**
 * rcc_treatments_page_get_selected_treatment:
 *
 * Returns: (transfer none) (nullable): the treatment whose detail is shown
 */
RccTreatment *
rcc_treatments_page_get_selected_treatment (RccTreatmentsPage *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENTS_PAGE (self), NULL);

  return self->selected != NULL ? _rcc_treatments_page_item_treatment (self->selected) : NULL;
}

/**
 * rcc_treatments_page_focus_search:
 *
 * Shows the list, if the page is folded, and moves the keyboard focus to
 * its search entry.
 */
void
rcc_treatments_page_focus_search (RccTreatmentsPage *self)
{
  g_return_if_fail (RCC_IS_TREATMENTS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * rcc_treatments_page_search:
 * @text: what to search for
 *
 * Puts @text in the search entry, so the list shows what matches it,
 * and moves the keyboard focus there.
 */
void
rcc_treatments_page_search (RccTreatmentsPage *self,
                            const char        *text)
{
  g_return_if_fail (RCC_IS_TREATMENTS_PAGE (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  rcc_treatments_page_focus_search (self);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

/* The first row of @treatment_id's, in the first line that lists it */
static GtkListBoxRow *
find_treatment_row (RccTreatmentsPage *self,
                    const char        *treatment_id)
{
  GListModel *shown = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (shown, i);
      RccTreatment *treatment = _rcc_treatments_page_item_treatment (item);

      if (treatment != NULL && g_str_equal (rcc_treatment_get_id (treatment), treatment_id))
        return gtk_list_box_get_row_at_index (self->list_box, i);
    }

  return NULL;
}

/**
 * rcc_treatments_page_select_treatment:
 *
 * Selects the first row of the treatment with @treatment_id, clearing
 * the filters if they hide it, and shows its detail.
 *
 * Returns: %FALSE if the catalog has no such treatment
 */
gboolean
rcc_treatments_page_select_treatment (RccTreatmentsPage *self,
                                      const char        *treatment_id)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (RCC_IS_TREATMENTS_PAGE (self), FALSE);
  g_return_val_if_fail (treatment_id != NULL, FALSE);

  if (self->catalog == NULL || rcc_catalog_lookup_treatment (self->catalog, treatment_id) == NULL)
    return FALSE;

  /* Asked for before the rest of the rows came (a new window opened at
   * an item): every row, now */
  gtk_slice_list_model_set_size (self->shown_model, G_MAXUINT);
  row = find_treatment_row (self, treatment_id);
  if (row == NULL)
    {
      clear_filters_cb (self, NULL);
      row = find_treatment_row (self, treatment_id);
    }
  if (row == NULL)
    return FALSE;

  gtk_list_box_select_row (self->list_box, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  show_detail (self);
  return TRUE;
}

gboolean
rcc_treatments_page_get_patient (RccTreatmentsPage *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENTS_PAGE (self), FALSE);

  return self->patient;
}

/**
 * rcc_treatments_page_set_patient:
 *
 * Plain language for patients: in the rows, the setting filter and the
 * detail.
 */
void
rcc_treatments_page_set_patient (RccTreatmentsPage *self,
                                 gboolean           patient)
{
  guint selected;

  g_return_if_fail (RCC_IS_TREATMENTS_PAGE (self));

  patient = !!patient;
  if (self->patient == patient)
    return;

  self->patient = patient;

  /* The same choices in other words: keep the one chosen */
  selected = gtk_drop_down_get_selected (self->setting_dropdown);
  gtk_drop_down_set_model (self->setting_dropdown,
                           G_LIST_MODEL (patient ? self->plain_setting_names
                                                 : self->setting_names));
  gtk_drop_down_set_selected (self->setting_dropdown, selected);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATIENT]);
}

/**
 * rcc_treatments_page_set_setting:
 * @setting: a setting the filter offers, or %RCC_SETTING_NOT_STATED for all
 *
 * Shows only the treatments with a trial in @setting.
 */
void
rcc_treatments_page_set_setting (RccTreatmentsPage *self,
                                 RccSetting         setting)
{
  g_return_if_fail (RCC_IS_TREATMENTS_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (_rcc_treatments_page_setting_choices); i++)
    if (_rcc_treatments_page_setting_choices[i] == setting)
      {
        gtk_drop_down_set_selected (self->setting_dropdown, i + 1);
        return;
      }

  g_return_if_fail (setting == RCC_SETTING_NOT_STATED);
  gtk_drop_down_set_selected (self->setting_dropdown, 0);
}
