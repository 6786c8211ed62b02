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

/* The Treatments view: the PDQ's treatment options in a searchable list
 * beside the selected one's detail.  A leaflet folds the two into one
 * pane with a back button when the window is narrow. */

struct _RccTreatmentsPage
{
  GtkWidget           parent_instance;

  RccCatalog         *catalog;

  GtkFilterListModel *filter_model;
  AdwLeaflet         *leaflet;
  GtkSearchEntry     *search_entry;
  GtkStringFilter    *search_filter;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (RccTreatmentsPage, rcc_treatments_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
list_page_name_cb (gpointer instance,
                   guint    n_items)
{
  return g_strdup (n_items > 0 ? "list" : "empty");
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-treatments-page.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, filter_model);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, search_filter);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentsPage, selection);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_page_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);

  g_type_ensure (RCC_TYPE_TREATMENT_DETAIL);
  g_type_ensure (RCC_TYPE_TREATMENT_ROW);
}

static void
rcc_treatments_page_init (RccTreatmentsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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
