/* rcc-compare-view.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-compare-row.h"
#include "rcc-compare-view-private.h"
#include "rcc-view-properties.h"

#include "report/rcc-format.h"
#include "report/rcc-sources.h"

/* The compare screen: the trials being compared (ids in a GtkStringList
 * that the window shares, so "Add to comparison" elsewhere lands here),
 * their charts and table drawn by RccReport, a picker to add more, and
 * named saved comparisons (rcc-compare-view-saved.c), printing and PDF
 * and JSON export (rcc-compare-view-export.c).
 *
 * The picker's models, filters and factory are declared in
 * rcc-compare-view.ui over the catalog's trials; the compared list is
 * bound to the resolved trials with gtk_list_box_bind_model, a
 * RccCompareRow each. */

G_DEFINE_FINAL_TYPE (RccCompareView, rcc_compare_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_COMPARISON_STORE,
  PROP_ENDPOINT,
  PROP_PATIENT,
  PROP_TRIAL_IDS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

void
_rcc_compare_view_toast (RccCompareView *self,
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

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  return rcc_compare_row_new (RCC_TRIAL (item));
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

void
_rcc_compare_view_update_actions (RccCompareView *self)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->trials)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.print", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-pdf", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-json", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.save", any && self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.clear", any);
}

/* The trials the ids name, in their order, changing in self->trials
 * only what differs (a move swaps two rows, an add appends one): the
 * rows of the others stay as they are. */
static void
resolve (RccCompareView *self)
{
  g_autoptr(GPtrArray) resolved = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *trials = G_LIST_MODEL (self->trials);
  guint n_ids = g_list_model_get_n_items (G_LIST_MODEL (self->trial_ids));
  guint n_old = g_list_model_get_n_items (trials);
  guint prefix = 0, suffix = 0;

  for (guint i = 0; i < n_ids && self->catalog != NULL; i++)
    {
      RccTrial *trial = rcc_catalog_lookup_trial (self->catalog, gtk_string_list_get_string (self->trial_ids, i));

      /* Ids the content no longer has (an old saved comparison) are
       * skipped here and reported when the comparison is opened. */
      if (trial != NULL)
        g_ptr_array_add (resolved, g_object_ref (trial));
    }

  while (prefix < MIN (n_old, resolved->len))
    {
      g_autoptr(RccTrial) old = g_list_model_get_item (trials, prefix);

      if (old != g_ptr_array_index (resolved, prefix))
        break;
      prefix++;
    }
  while (suffix < MIN (n_old, resolved->len) - prefix)
    {
      g_autoptr(RccTrial) old = g_list_model_get_item (trials, n_old - 1 - suffix);

      if (old != g_ptr_array_index (resolved, resolved->len - 1 - suffix))
        break;
      suffix++;
    }

  if (n_old - prefix - suffix > 0 || resolved->len - prefix - suffix > 0)
    g_list_store_splice (self->trials, prefix, n_old - prefix - suffix,
                         resolved->pdata + prefix, resolved->len - prefix - suffix);
}

static void
rebuild (RccCompareView *self)
{
  guint n;

  resolve (self);
  update_source (self);

  /* Only the first row cannot move up, only the last down */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->trials));
  for (guint i = 0; i < n; i++)
    rcc_compare_row_set_ends (RCC_COMPARE_ROW (gtk_list_box_get_row_at_index (self->selected_list, (int)i)),
                              i == 0, i + 1 == n);

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "comparison" : "empty");
  _rcc_compare_view_update_actions (self);

  rcc_chart_view_changed (self->chart_view);
  gtk_filter_changed (GTK_FILTER (self->not_compared_filter), GTK_FILTER_CHANGE_DIFFERENT);
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

/* ---------------------------------------------------------------------
 * The trial picker: the catalog's trials not yet compared that match
 * the search (rcc-compare-view.ui)
 */

static gboolean
not_compared_func (gpointer item,
                   gpointer user_data)
{
  RccCompareView *self = user_data;

  return find_id (self->trial_ids, rcc_trial_get_id (RCC_TRIAL (item))) == G_MAXUINT;
}

static char *
picker_label_cb (gpointer    instance,
                 const char *name,
                 guint       year,
                 gboolean    imported)
{
  if (imported)
    /* Translators: a trial in the Add Trial list, its year, and that it was imported */
    return g_strdup_printf (_("%s (%u), imported, not reviewed"), name, year);

  return g_strdup_printf ("%s (%u)", name, year);
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
add_popover_show_cb (RccCompareView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->picker_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->picker_search));
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
  _rcc_compare_view_saved_dispose (self);

  g_clear_object (&self->trial_ids);
  g_clear_object (&self->catalog);
  g_clear_object (&self->trials);
  g_clear_object (&self->report);

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

    case PROP_COMPARISON_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ENDPOINT:
      g_value_set_string (value, rcc_compare_view_get_endpoint (self));
      break;

    case PROP_PATIENT:
      g_value_set_boolean (value, self->patient);
      break;

    case PROP_TRIAL_IDS:
      g_value_set_object (value, self->trial_ids);
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
      if (g_value_get_object (value) != NULL)
        rcc_compare_view_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_COMPARISON_STORE:
      rcc_compare_view_set_comparison_store (self, g_value_get_object (value));
      break;

    case PROP_ENDPOINT:
      rcc_compare_view_set_endpoint (self, g_value_get_string (value));
      break;

    case PROP_PATIENT:
      rcc_compare_view_set_patient (self, g_value_get_boolean (value));
      break;

    case PROP_TRIAL_IDS:
      rcc_compare_view_set_trial_ids (self, g_value_get_object (value));
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

  properties [PROP_CATALOG] = rcc_param_spec_catalog ();

  /* Where comparisons are saved: the library's (the window hands it
   * in); read when set.  NULL: nothing can be saved. */
  properties [PROP_COMPARISON_STORE] =
    g_param_spec_object ("comparison-store", NULL, NULL,
                         RCC_TYPE_COMPARISON_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* The endpoint drawn: "primary", "pfs", "os" or "dfs"
   * (rcc-compare-view-endpoint.c); the compare.endpoint action's state */
  properties [PROP_ENDPOINT] =
    g_param_spec_string ("endpoint", NULL, NULL,
                         "primary",
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  /* The plain-language handout, on screen and on paper. */
  properties [PROP_PATIENT] = rcc_param_spec_patient ();

  properties [PROP_TRIAL_IDS] =
    g_param_spec_object ("trial-ids", NULL, NULL,
                         GTK_TYPE_STRING_LIST,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rcc-compare-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, add_popover);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, chart_view);
  gtk_widget_class_bind_template_child (widget_class, RccCompareView, not_compared_filter);
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
  gtk_widget_class_bind_template_callback (widget_class, picker_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, picker_search_activate_cb);

  gtk_widget_class_install_action (widget_class, "compare.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "compare.remove", "s", remove_action);
  gtk_widget_class_install_action (widget_class, "compare.move-up", "s", move_up_action);
  gtk_widget_class_install_action (widget_class, "compare.move-down", "s", move_down_action);
  gtk_widget_class_install_action (widget_class, "compare.clear", NULL, clear_action);
  _rcc_compare_view_class_export_init (widget_class);
  _rcc_compare_view_class_endpoint_init (widget_class);
  _rcc_compare_view_class_saved_init (widget_class);

  g_type_ensure (RCC_TYPE_CATALOG);
  g_type_ensure (RCC_TYPE_CHART_VIEW);
  g_type_ensure (RCC_TYPE_TRIAL);
}

static void
rcc_compare_view_init (RccCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->trials = g_list_store_new (RCC_TYPE_TRIAL);
  self->trial_ids = gtk_string_list_new (NULL);
  g_signal_connect_swapped (self->trial_ids, "items-changed", G_CALLBACK (trial_ids_changed_cb), self);

  gtk_custom_filter_set_filter_func (self->not_compared_filter, not_compared_func, self, NULL);
  gtk_list_box_bind_model (self->selected_list, G_LIST_MODEL (self->trials),
                           create_row_cb, NULL, NULL);

  _rcc_compare_view_saved_init (self);

  rebuild (self);
}

void
_rcc_compare_view_notify_endpoint (RccCompareView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ENDPOINT]);
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
  rcc_report_set_endpoint (self->report, self->endpoint);
  rcc_report_set_audience (self->report, self->patient ? RCC_AUDIENCE_PATIENT : RCC_AUDIENCE_CLINICIAN);
  rcc_chart_view_set_report (self->chart_view, self->report);

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

/**
 * rcc_compare_view_get_comparison_store:
 *
 * Returns: (transfer none) (nullable): where comparisons are saved
 */
RccComparisonStore *
rcc_compare_view_get_comparison_store (RccCompareView *self)
{
  g_return_val_if_fail (RCC_IS_COMPARE_VIEW (self), NULL);

  return self->store;
}

/**
 * rcc_compare_view_set_comparison_store:
 * @store: (nullable): where comparisons are saved
 *
 * Reads @store and offers its comparisons in the Saved menu; a store
 * that could not be read is said so in the view.
 */
void
rcc_compare_view_set_comparison_store (RccCompareView     *self,
                                       RccComparisonStore *store)
{
  g_return_if_fail (RCC_IS_COMPARE_VIEW (self));
  g_return_if_fail (store == NULL || RCC_IS_COMPARISON_STORE (store));

  if (self->store == store)
    return;

  _rcc_compare_view_saved_set_store (self, store);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_COMPARISON_STORE]);
}
