/* rcc-trials-page.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rcc-trials-page-private.h"
#include "rcc-view-properties.h"

#include "model/rcc-endpoint-choice.h"
#include "model/rcc-trial-headline.h"
#include "report/rcc-format.h"
#include "report/rcc-patient-text.h"
#include "ui/rcc-accessible.h"
#include "ui/rcc-trial-detail.h"

/* The Trials view: every trial in a sortable table, filtered by a
 * search, a treatment and an endpoint, beside the selected trial's
 * detail.  Each column's sorter sorts the whole table through the column
 * view's sorter; figures missing from a trial sort after every figure.
 *
 * In patient view the table shows the trial, its year, the treatments
 * it compared and what it found, in sentences; presentation mode leaves
 * out the Phase, N and p columns.  Fixed column widths follow the text
 * size, so a larger text is never cut off.  The columns' cells, sort
 * keys and widths are in rcc-trials-page-columns.c. */

G_DEFINE_FINAL_TYPE (RccTrialsPage, rcc_trials_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_SORT_COLUMN,
  PROP_SORT_DESCENDING,
  PROP_PATIENT,
  PROP_PRESENTATION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The endpoint dropdown's items, in order */
static const RccEndpoint endpoint_choices[] = {
  RCC_ENDPOINT_NONE, RCC_ENDPOINT_PFS, RCC_ENDPOINT_TTP, RCC_ENDPOINT_OS,
};

/* Folded, the list selects on hover (single-click activation): while
 * the leaflet slides to the detail, the row passing under a still
 * pointer would be selected, and the detail would show it instead of
 * the one chosen.  The list takes no pointer events unless it is shown. */
static gboolean
list_targetable_cb (gpointer    instance,
                    gboolean    folded,
                    const char *visible_child_name)
{
  return !folded || g_strcmp0 (visible_child_name, "table") == 0;
}

static char *
table_page_name_cb (gpointer instance,
                    guint    n_items)
{
  return g_strdup (n_items > 0 ? "table" : "empty");
}

static gpointer
treatment_name (gpointer item,
                gpointer user_data)
{
  g_autoptr(RccTreatment) treatment = item;

  return gtk_string_object_new (rcc_treatment_get_name (treatment));
}

static gboolean
choice_filter_func (gpointer item,
                    gpointer user_data)
{
  RccTrialsPage *self = user_data;
  RccTrial *trial = item;
  guint treatment = gtk_drop_down_get_selected (self->treatment_dropdown);
  guint endpoint = gtk_drop_down_get_selected (self->endpoint_dropdown);

  /* Position 0 is "All treatments", then the catalog's treatments */
  if (treatment != GTK_INVALID_LIST_POSITION && treatment > 0 && self->catalog != NULL)
    {
      GListModel *treatments = rcc_catalog_get_treatments (self->catalog);
      g_autoptr(RccTreatment) chosen = g_list_model_get_item (treatments, treatment - 1);

      if (chosen != NULL && !rcc_trial_uses_treatment (trial, rcc_treatment_get_id (chosen)))
        return FALSE;
    }

  if (endpoint != GTK_INVALID_LIST_POSITION && endpoint > 0 &&
      endpoint < G_N_ELEMENTS (endpoint_choices) &&
      !rcc_trial_has_endpoint (trial, endpoint_choices[endpoint]))
    return FALSE;

  return TRUE;
}

static void
show_detail (RccTrialsPage *self)
{
  /* Also before the page was first laid out, when the leaflet cannot
   * know yet whether it will fold (win.show-trial from another view);
   * unfolded, both sides show anyway. */
  adw_leaflet_set_visible_child_name (self->leaflet, "detail");
}

static void
scroll_to (RccTrialsPage *self,
           guint          position)
{
  GtkWidget *child;

  /* GTK 4.8 has no gtk_column_view_scroll_to(): ask its list view */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

static gboolean
find_position (RccTrialsPage *self,
               RccTrial      *trial,
               guint         *position)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) item = g_list_model_get_item (model, i);

      if (item == trial)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
clear_filters (RccTrialsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* Now, not after the entry's search delay */
  gtk_string_filter_set_search (self->search_filter, NULL);
  gtk_drop_down_set_selected (self->treatment_dropdown, 0);
  gtk_drop_down_set_selected (self->endpoint_dropdown, 0);
}

static void
search_changed_cb (RccTrialsPage  *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  gtk_string_filter_set_search (self->search_filter, text);
  if (*text != '\0')
    adw_leaflet_set_visible_child_name (self->leaflet, "table");
}

static void
stop_search_cb (RccTrialsPage  *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
choice_changed_cb (RccTrialsPage *self,
                   GParamSpec    *pspec,
                   GtkDropDown   *dropdown)
{
  gtk_filter_changed (GTK_FILTER (self->choice_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
clear_filters_cb (RccTrialsPage *self,
                  GtkButton     *button)
{
  clear_filters (self);
}

static void
column_view_activate_cb (RccTrialsPage *self,
                         guint          position,
                         GtkColumnView *column_view)
{
  gtk_single_selection_set_selected (self->selection, position);
  show_detail (self);
}

static void
back_clicked_cb (RccTrialsPage *self,
                 GtkButton     *button)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* Sorting from the sort menu, for the keyboard: GTK 4.8's column headers
 * take no focus.  The menu shows the last sort it made; a click on a
 * header, which the menu cannot read back, clears it. */
static void
apply_sort (RccTrialsPage *self)
{
  GtkColumnViewColumn *column;

  if (self->sort_column < 0)
    return;

  /* By the template's order: the columns move as views hide them */
  g_return_if_fail ((guint)self->sort_column < self->columns->len);
  column = g_ptr_array_index (self->columns, self->sort_column);

  self->sorting = TRUE;
  gtk_column_view_sort_by_column (self->column_view, column,
                                  self->sort_descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  self->sorting = FALSE;
}

static void
set_sort_column (RccTrialsPage *self,
                 int            sort_column)
{
  if (self->sort_column == sort_column)
    return;

  self->sort_column = sort_column;
  apply_sort (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SORT_COLUMN]);
}

static void
set_sort_descending (RccTrialsPage *self,
                     gboolean       sort_descending)
{
  if (self->sort_descending == sort_descending)
    return;

  self->sort_descending = sort_descending;
  apply_sort (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SORT_DESCENDING]);
}

/* Patient view and presentation mode each choose the columns shown */
static void
set_columns_flag (RccTrialsPage *self,
                  gboolean      *flag,
                  gboolean       value,
                  guint          prop_id)
{
  value = !!value;
  if (*flag == value)
    return;

  *flag = value;
  _rcc_trials_page_update_columns (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

static void
sorter_changed_cb (RccTrialsPage    *self,
                   GtkSorterChange   change,
                   GtkSorter        *sorter)
{
  if (!self->sorting)
    set_sort_column (self, -1);
}

static void
rcc_trials_page_dispose (GObject *object)
{
  RccTrialsPage *self = (RccTrialsPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_TRIALS_PAGE);
  g_clear_pointer (&self->base_widths, g_hash_table_unref);
  g_clear_pointer (&self->columns, g_ptr_array_unref);
  g_clear_object (&self->treatment_names);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (rcc_trials_page_parent_class)->dispose (object);
}

static void
rcc_trials_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RccTrialsPage *self = RCC_TRIALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_SORT_COLUMN:
      g_value_set_int (value, self->sort_column);
      break;

    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;

    case PROP_PATIENT:
      g_value_set_boolean (value, self->patient);
      break;

    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_trials_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RccTrialsPage *self = RCC_TRIALS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      rcc_trials_page_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_SORT_COLUMN:
      set_sort_column (self, g_value_get_int (value));
      break;

    case PROP_SORT_DESCENDING:
      set_sort_descending (self, g_value_get_boolean (value));
      break;

    case PROP_PATIENT:
      rcc_trials_page_set_patient (self, g_value_get_boolean (value));
      break;

    case PROP_PRESENTATION:
      rcc_trials_page_set_presentation (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_trials_page_class_init (RccTrialsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_trials_page_dispose;
  object_class->get_property = rcc_trials_page_get_property;
  object_class->set_property = rcc_trials_page_set_property;

  properties [PROP_CATALOG] = rcc_param_spec_catalog ();

  /* The column the sort menu last sorted by, by its place in the
   * template (Trial 0, Year 1, … Evidence 8, Treatments Compared 9);
   * -1 for none */
  properties [PROP_SORT_COLUMN] =
    g_param_spec_int ("sort-column", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE |
                       G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS));

  properties [PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_EXPLICIT_NOTIFY |
                           G_PARAM_STATIC_STRINGS));

  /* Plain language for patients */
  properties [PROP_PATIENT] = rcc_param_spec_patient ();

  /* Fewer columns, for a room */
  properties [PROP_PRESENTATION] = rcc_param_spec_presentation ();

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-trials-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, choice_filter);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, comparison_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, enrolled_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, endpoint_dropdown);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, evidence_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, hazard_ratio_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, median_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, p_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, phase_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, plain_comparison_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, plain_sort_menu);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, results_column);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, sort_button);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, sort_menu);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, sort_model);
  gtk_widget_class_bind_template_child (widget_class, RccTrialsPage, treatment_dropdown);

  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_targetable_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_page_name_cb);

  _rcc_trials_page_class_columns_init (widget_class);

  gtk_widget_class_install_property_action (widget_class, "trials.sort-column", "sort-column");
  gtk_widget_class_install_property_action (widget_class, "trials.sort-descending",
                                            "sort-descending");

  g_type_ensure (RCC_TYPE_TRIAL_DETAIL);
}

static void
rcc_trials_page_init (RccTrialsPage *self)
{
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkStringList) all = NULL;
  g_autoptr(GtkFlattenListModel) treatments = NULL;
  const char *all_label[] = { _("All treatments"), NULL };

  self->sort_column = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* "All treatments", then each treatment's name */
  all = gtk_string_list_new (all_label);
  self->treatment_names = gtk_map_list_model_new (NULL, treatment_name, NULL, NULL);
  g_list_store_append (parts, all);
  g_list_store_append (parts, self->treatment_names);
  treatments = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&parts)));
  gtk_drop_down_set_model (self->treatment_dropdown, G_LIST_MODEL (treatments));
  rcc_accessible_name_drop_down (self->treatment_dropdown, _("Treatment"));
  rcc_accessible_name_drop_down (self->endpoint_dropdown, _("Endpoint"));

  gtk_custom_filter_set_filter_func (self->choice_filter, choice_filter_func, self, NULL);
  gtk_sort_list_model_set_sorter (self->sort_model, gtk_column_view_get_sorter (self->column_view));
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  _rcc_trials_page_columns_init (self);
}

/**
 * rcc_trials_page_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog shown
 */
RccCatalog *
rcc_trials_page_get_catalog (RccTrialsPage *self)
{
  g_return_val_if_fail (RCC_IS_TRIALS_PAGE (self), NULL);

  return self->catalog;
}

void
rcc_trials_page_set_catalog (RccTrialsPage *self,
                             RccCatalog    *catalog)
{
  g_return_if_fail (RCC_IS_TRIALS_PAGE (self));
  g_return_if_fail (!catalog || RCC_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  gtk_map_list_model_set_model (self->treatment_names,
                                catalog != NULL ? rcc_catalog_get_treatments (catalog) : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
}

/**
 * rcc_trials_page_focus_search:
 *
 * Shows the table, if the page is folded, and moves the keyboard focus
 * to its search entry.
 */
void
rcc_trials_page_focus_search (RccTrialsPage *self)
{
  g_return_if_fail (RCC_IS_TRIALS_PAGE (self));

  adw_leaflet_set_visible_child_name (self->leaflet, "table");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * rcc_trials_page_select_trial:
 *
 * Selects the trial with @trial_id, clearing the filters if they hide
 * it, scrolls to it and shows its detail.
 */
void
rcc_trials_page_select_trial (RccTrialsPage *self,
                              const char    *trial_id)
{
  RccTrial *trial;
  guint position;

  g_return_if_fail (RCC_IS_TRIALS_PAGE (self));
  g_return_if_fail (trial_id != NULL);

  trial = self->catalog != NULL ? rcc_catalog_lookup_trial (self->catalog, trial_id) : NULL;
  if (trial == NULL)
    {
      g_warning ("No trial called “%s”", trial_id);
      return;
    }

  if (!find_position (self, trial, &position))
    {
      clear_filters (self);
      if (!find_position (self, trial, &position))
        g_return_if_reached ();
    }

  gtk_single_selection_set_selected (self->selection, position);
  scroll_to (self, position);
  show_detail (self);
}

gboolean
rcc_trials_page_get_patient (RccTrialsPage *self)
{
  g_return_val_if_fail (RCC_IS_TRIALS_PAGE (self), FALSE);

  return self->patient;
}

/**
 * rcc_trials_page_set_patient:
 *
 * Plain language for patients: the table shows the trial, its year, the
 * treatments compared and what the trial found, in sentences.
 */
void
rcc_trials_page_set_patient (RccTrialsPage *self,
                             gboolean       patient)
{
  g_return_if_fail (RCC_IS_TRIALS_PAGE (self));

  set_columns_flag (self, &self->patient, patient, PROP_PATIENT);
}

gboolean
rcc_trials_page_get_presentation (RccTrialsPage *self)
{
  g_return_val_if_fail (RCC_IS_TRIALS_PAGE (self), FALSE);

  return self->presentation;
}

/**
 * rcc_trials_page_set_presentation:
 *
 * Presentation mode: the table without its Phase, N and p columns.
 */
void
rcc_trials_page_set_presentation (RccTrialsPage *self,
                                  gboolean       presentation)
{
  g_return_if_fail (RCC_IS_TRIALS_PAGE (self));

  set_columns_flag (self, &self->presentation, presentation, PROP_PRESENTATION);
}
