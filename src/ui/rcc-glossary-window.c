/* rcc-glossary-window.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "rcc-glossary-window.h"

#include "report/rcc-glossary.h"

/* Every glossary term in one window, from the primary menu, F1 and each
 * info button's "All Terms…". */

struct _RccGlossaryWindow
{
  AdwWindow   parent_instance;

  GtkListBox *terms_list;
};

G_DEFINE_FINAL_TYPE (RccGlossaryWindow, rcc_glossary_window, ADW_TYPE_WINDOW)

static GtkWidget *
term_row (const char *id)
{
  g_autofree char *title = rcc_glossary_get_title (id);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *term = gtk_label_new (title);
  GtkWidget *definition = gtk_label_new (rcc_glossary_get_definition (id));

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_label_set_xalign (GTK_LABEL (term), 0);
  gtk_label_set_wrap (GTK_LABEL (term), TRUE);
  gtk_widget_add_css_class (term, "heading");

  gtk_label_set_xalign (GTK_LABEL (definition), 0);
  gtk_label_set_wrap (GTK_LABEL (definition), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (definition),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, term, NULL,
                                  -1);

  gtk_box_append (GTK_BOX (box), term);
  gtk_box_append (GTK_BOX (box), definition);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_name (row, id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  rcc_glossary_get_definition (id),
                                  -1);

  return row;
}

static void
rcc_glossary_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RCC_TYPE_GLOSSARY_WINDOW);

  G_OBJECT_CLASS (rcc_glossary_window_parent_class)->dispose (object);
}

static void
rcc_glossary_window_class_init (RccGlossaryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_glossary_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-glossary-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RccGlossaryWindow, terms_list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rcc_glossary_window_init (RccGlossaryWindow *self)
{
  const char * const *ids = rcc_glossary_get_ids ();

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; ids[i] != NULL; i++)
    gtk_list_box_append (self->terms_list, term_row (ids[i]));
}

/**
 * rcc_glossary_window_new:
 * @parent: (nullable): the window to open it over
 */
GtkWidget *
rcc_glossary_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (RCC_TYPE_GLOSSARY_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
}
