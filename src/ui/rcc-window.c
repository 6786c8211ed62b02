/* rcc-window.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-window.h"

#include "report/rcc-format.h"

struct _RccWindow
{
  AdwApplicationWindow  parent_instance;

  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkListView          *treatments_view;
  GtkLabel             *source_label;
};

G_DEFINE_FINAL_TYPE (RccWindow, rcc_window, ADW_TYPE_APPLICATION_WINDOW)

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  RccTreatment *treatment = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  text = g_strdup_printf ("%u. %s", rcc_treatment_get_option (treatment),
                          rcc_treatment_get_name (treatment));
  gtk_label_set_text (GTK_LABEL (label), text);
}

static void
rcc_window_class_init (RccWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rcc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RccWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, source_label);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RccWindow, treatments_view);
}

static void
rcc_window_init (RccWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

RccWindow *
rcc_window_new (RccApplication *application)
{
  RccWindow *self;
  RccCatalog *catalog = rcc_application_get_catalog (application);
  const GError *error = rcc_application_get_load_error (application);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  self = g_object_new (RCC_TYPE_WINDOW, "application", application, NULL);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  selection = gtk_no_selection_new (g_object_ref (rcc_catalog_get_treatments (catalog)));
  gtk_list_view_set_factory (self->treatments_view, factory);
  gtk_list_view_set_model (self->treatments_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);

  if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      g_autofree char *source = rcc_format_source_line (catalog);
      gtk_label_set_text (self->source_label, source);
    }

  return self;
}
