/* rcc-edition-changes-window.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-edition-changes-window.h"

#include "model/rcc-edition-diff.h"
#include "report/rcc-format.h"
#include "ui/rcc-field-row.h"
#include "ui/rcc-treatment-places.h"

/* What changed between the 2014 edition's list of options and the
 * current edition's lists by line of therapy (rcc_catalog_diff_editions()),
 * in words: the treatments added, those kept with their old and new
 * places, and those dropped.  From the primary menu. */

struct _RccEditionChangesWindow
{
  AdwWindow   parent_instance;

  RccCatalog *catalog;

  GtkListBox *added_list;
  GtkListBox *dropped_list;
  GtkLabel   *intro_label;
  GtkListBox *kept_list;
};

G_DEFINE_FINAL_TYPE (RccEditionChangesWindow, rcc_edition_changes_window, ADW_TYPE_WINDOW)

/**
 * rcc_edition_changes_describe:
 *
 * A change in words: "Added: First line, option 1"; "2014 edition:
 * option 4. Now: First line, option 9; Third and fourth line, option 2";
 * "2014 edition: option 7. In none of the current lists."
 */
char *
rcc_edition_changes_describe (RccEditionChange *change)
{
  g_autofree char *now = NULL;

  g_return_val_if_fail (RCC_IS_EDITION_CHANGE (change), NULL);

  now = rcc_treatment_places_join (rcc_edition_change_get_options (change));

  switch (rcc_edition_change_get_kind (change))
    {
    case RCC_EDITION_CHANGE_ADDED:
      /* Translators: where a treatment new since 2014 is listed, "Now: First line, option 1" */
      return g_strdup_printf (_("Not in the 2014 edition. Now: %s."), now);

    case RCC_EDITION_CHANGE_DROPPED:
      /* Translators: %u is a treatment's number in the 2014 edition's list */
      return g_strdup_printf (_("2014 edition: option %u. In none of the current lists."),
                              rcc_edition_change_get_option (change));

    case RCC_EDITION_CHANGE_KEPT:
    default:
      /* Translators: a treatment's 2014 number, then its places now */
      return g_strdup_printf (_("2014 edition: option %u. Now: %s."),
                              rcc_edition_change_get_option (change), now);
    }
}

static void
fill (RccEditionChangesWindow *self)
{
  g_autoptr(GListModel) changes = rcc_catalog_diff_editions (self->catalog);
  RccEdition *current = rcc_catalog_get_current_edition (self->catalog);
  RccEdition *old = rcc_catalog_find_edition (self->catalog, "pdq-2014");
  g_autofree char *intro = NULL;

  if (current != NULL && old != NULL)
    {
      g_autofree char *now = rcc_format_edition_dated (current);
      g_autofree char *then = rcc_format_edition_dated (old);

      /* Translators: the two editions with their dates */
      intro = g_strdup_printf (_("How the lists by line of therapy of the %s differ from the "
                                 "single list of options of the %s."), now, then);
      gtk_label_set_text (self->intro_label, intro);
    }

  for (guint i = 0; i < g_list_model_get_n_items (changes); i++)
    {
      g_autoptr(RccEditionChange) change = g_list_model_get_item (changes, i);
      g_autofree char *text = rcc_edition_changes_describe (change);
      GtkWidget *row = g_object_new (RCC_TYPE_FIELD_ROW,
                                     "title", rcc_treatment_get_name (rcc_edition_change_get_treatment (change)),
                                     "text", text,
                                     NULL);

      switch (rcc_edition_change_get_kind (change))
        {
        case RCC_EDITION_CHANGE_ADDED:
          gtk_list_box_append (self->added_list, row);
          break;

        case RCC_EDITION_CHANGE_DROPPED:
          gtk_list_box_append (self->dropped_list, row);
          break;

        case RCC_EDITION_CHANGE_KEPT:
        default:
          gtk_list_box_append (self->kept_list, row);
          break;
        }
    }
}

static void
rcc_edition_changes_window_dispose (GObject *object)
{
  RccEditionChangesWindow *self = (RccEditionChangesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_EDITION_CHANGES_WINDOW);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (rcc_edition_changes_window_parent_class)->dispose (object);
}

static void
rcc_edition_changes_window_class_init (RccEditionChangesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_edition_changes_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-edition-changes-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RccEditionChangesWindow, added_list);
  gtk_widget_class_bind_template_child (widget_class, RccEditionChangesWindow, dropped_list);
  gtk_widget_class_bind_template_child (widget_class, RccEditionChangesWindow, intro_label);
  gtk_widget_class_bind_template_child (widget_class, RccEditionChangesWindow, kept_list);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rcc_edition_changes_window_init (RccEditionChangesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rcc_edition_changes_window_new:
 * @parent: (nullable): the window to open it over
 */
GtkWidget *
rcc_edition_changes_window_new (GtkWindow  *parent,
                                RccCatalog *catalog)
{
  RccEditionChangesWindow *self;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RCC_TYPE_EDITION_CHANGES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->catalog = g_object_ref (catalog);
  fill (self);

  return GTK_WIDGET (self);
}
