/* rcc-treatments-page.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "rcc-treatments-page.h"

#include "ui/rcc-treatment-detail.h"
#include "ui/rcc-treatment-row.h"

/* The Treatments view: the PDQ's treatment options, then those added
 * from trial publications, in a list filtered by a search and by the
 * setting of their trials, beside the selected one's detail.  A leaflet
 * folds the two into one pane with a back button when the window is
 * narrow. */

struct _RccTreatmentsPage
{
  GtkWidget           parent_instance;

  RccCatalog         *catalog;
  gboolean            patient;

  GtkFilterListModel *filter_model;
  AdwLeaflet         *leaflet;
  GtkStringList      *plain_setting_names;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *setting_dropdown;
  GtkCustomFilter    *setting_filter;
  GtkStringList      *setting_names;
  GtkStringFilter    *search_filter;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (RccTreatmentsPage, rcc_treatments_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_PATIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The setting dropdown's items after "All settings", in order */
static const RccSetting setting_choices[] = {
  RCC_SETTING_FIRST_LINE,
  RCC_SETTING_AFTER_VEGF,
  RCC_SETTING_AFTER_IO_AND_VEGF,
  RCC_SETTING_ADJUVANT,
  RCC_SETTING_CYTOREDUCTIVE,
};

/* A treatment is in a setting if any of its trials is */
static gboolean
setting_filter_func (gpointer item,
                     gpointer user_data)
{
  RccTreatmentsPage *self = user_data;
  GListModel *trials = rcc_treatment_get_trials (item);
  guint position = gtk_drop_down_get_selected (self->setting_dropdown);
  RccSetting setting;
  guint n;

  if (position == GTK_INVALID_LIST_POSITION || position == 0 ||
      position > G_N_ELEMENTS (setting_choices))
    return TRUE;

  setting = setting_choices[position - 1];
  n = g_list_model_get_n_items (trials);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);

      if (rcc_trial_get_setting (trial) == setting)
        return TRUE;
    }

  return FALSE;
}

/* Rows: each follows the page's catalog and patient view */
static void
row_setup_cb (RccTreatmentsPage        *self,
              GtkListItem              *list_item,
              GtkSignalListItemFactory *factory)
{
  GtkWidget *row = rcc_treatment_row_new ();

  g_object_bind_property (self, "patient", row, "patient", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "catalog", row, "catalog", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (list_item, row);
}

static void
row_bind_cb (RccTreatmentsPage        *self,
             GtkListItem              *list_item,
             GtkSignalListItemFactory *factory)
{
  rcc_treatment_row_set_treatment (RCC_TREATMENT_ROW (gtk_list_item_get_child (list_item)),
                                   gtk_list_item_get_item (list_item));
}

static void
row_unbind_cb (RccTreatmentsPage        *self,
               GtkListItem              *list_item,
               GtkSignalListItemFactory *factory)
{
  rcc_treatment_row_set_treatment (RCC_TREATMENT_ROW (gtk_list_item_get_child (list_item)),
                                   NULL);
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
  gtk_string_filter_set_search (self->search_filter, NULL);
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

  gtk_string_filter_set_search (self->search_filter, text);

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
  /* Enter opens the first match */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  show_detail (self);
}

static void
list_view_activate_cb (RccTreatmentsPage *self,
                       guint              position,
                       GtkListView       *list_view)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_detail (self);
}

static void
back_clicked_cb (RccTreatmentsPage *self,
                 GtkButton         *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
rcc_treatments_page_dispose (GObject *object)
{
  RccTreatmentsPage *self = (RccTreatmentsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_TREATMENTS_PAGE);
  g_clear_object (&self->catalog);

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

  properties [PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         RCC_TYPE_CATALOG,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* Plain language for patients */
  properties [PROP_PATIENT] =
    g_param_spec_boolean ("patient", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-treatments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, plain_setting_names);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, setting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, setting_filter);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, setting_names);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_page_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_targetable_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, setting_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  g_type_ensure (RCC_TYPE_TREATMENT_DETAIL);
  g_type_ensure (RCC_TYPE_TREATMENT_ROW);
}

static void
rcc_treatments_page_init (RccTreatmentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->setting_filter, setting_filter_func, self, NULL);

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

  if (g_set_object (&self->catalog, catalog))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
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

static gboolean
find_treatment (RccTreatmentsPage *self,
                const char        *treatment_id,
                guint             *position)
{
  GListModel *shown = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTreatment) treatment = g_list_model_get_item (shown, i);

      if (g_str_equal (rcc_treatment_get_id (treatment), treatment_id))
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * rcc_treatments_page_select_treatment:
 *
 * Selects the treatment with @treatment_id, clearing the filters if they
 * hide it, and shows its detail.
 *
 * Returns: %FALSE if the catalog has no such treatment
 */
gboolean
rcc_treatments_page_select_treatment (RccTreatmentsPage *self,
                                      const char        *treatment_id)
{
  guint position;

  g_return_val_if_fail (RCC_IS_TREATMENTS_PAGE (self), FALSE);
  g_return_val_if_fail (treatment_id != NULL, FALSE);

  if (self->catalog == NULL || rcc_catalog_lookup_treatment (self->catalog, treatment_id) == NULL)
    return FALSE;

  if (!find_treatment (self, treatment_id, &position))
    {
      clear_filters_cb (self, NULL);
      if (!find_treatment (self, treatment_id, &position))
        return FALSE;
    }

  gtk_single_selection_set_selected (self->selection, position);
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

  for (guint i = 0; i < G_N_ELEMENTS (setting_choices); i++)
    if (setting_choices[i] == setting)
      {
        gtk_drop_down_set_selected (self->setting_dropdown, i + 1);
        return;
      }

  g_return_if_fail (setting == RCC_SETTING_NOT_STATED);
  gtk_drop_down_set_selected (self->setting_dropdown, 0);
}
