/* rcc-accessible.c: names GTK 4.8 leaves out of what a screen reader hears
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-accessible.h"

/* A GtkDropDown's focusable part is a toggle button inside it, which
 * GTK 4.8 leaves unnamed: Orca reads its type name ("GtkToggleButton")
 * when the focus lands on it.  It gets the drop-down's own name. */
void
rcc_accessible_name_drop_down (GtkDropDown *drop_down,
                               const char  *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));
  g_return_if_fail (name != NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_TOGGLE_BUTTON (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                        -1);
    }
}

/* A GtkColumnView's rows are GTK's own widgets, which 4.8 names by their
 * type ("GtkListItemWidget"); a cell's child names its row, the nearest
 * ancestor in the row role.  Called when the cell is bound, so a
 * recycled row takes its new item's name. */
void
rcc_accessible_name_row_of (GtkWidget  *cell_child,
                            const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (cell_child));

  for (GtkWidget *w = gtk_widget_get_parent (cell_child); w != NULL; w = gtk_widget_get_parent (w))
    {
      if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (w)) == GTK_ACCESSIBLE_ROLE_ROW)
        {
          if (name != NULL)
            gtk_accessible_update_property (GTK_ACCESSIBLE (w),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                            -1);
          else
            gtk_accessible_reset_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL);
          return;
        }
    }
}
