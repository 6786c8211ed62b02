/* rcc-test-layout.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-test-layout.h"
#include "rcc-test-ui.h"

/* Checks of what a window lays out, for the UI tests: labels that show
 * all their text, and the resolution text sizes are drawn at. */

static gboolean
has_tooltip (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_tooltip_text (widget) != NULL ||
        gtk_widget_get_tooltip_markup (widget) != NULL)
      return TRUE;

  return FALSE;
}

/* Whether @widget is inside something that scrolls sideways */
static gboolean
scrolls_sideways (GtkWidget *widget)
{
  for (widget = gtk_widget_get_parent (widget);
       widget != NULL;
       widget = gtk_widget_get_parent (widget))
    if (GTK_IS_SCROLLED_WINDOW (widget))
      {
        GtkPolicyType policy;

        gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (widget), &policy, NULL);
        if (policy != GTK_POLICY_NEVER)
          return TRUE;
      }

  return FALSE;
}

/* Every label on screen under @root shows all its text: what it draws
 * fits the space it was given (a word too long to wrap, or a line too
 * many, would be cut off), an ellipsized label is cut only if a tooltip
 * says the rest, and nothing sticks out of the window where it cannot
 * scroll. */
void
assert_nothing_clipped (GtkWidget  *root,
                        const char *where)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) problems = g_string_new (NULL);
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (root));
  int native_width = gtk_widget_get_width (native);
  guint checked = 0;

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];
      const char *text = gtk_label_get_text (label);
      PangoLayout *layout;
      int width, height, layout_width, layout_height;
      graphene_rect_t bounds;

      if (*text == '\0' || gtk_widget_get_native (GTK_WIDGET (label)) != GTK_NATIVE (native))
        continue;

      checked++;
      width = gtk_widget_get_width (GTK_WIDGET (label));
      height = gtk_widget_get_height (GTK_WIDGET (label));
      layout = gtk_label_get_layout (label);
      pango_layout_get_pixel_size (layout, &layout_width, &layout_height);

      if (layout_width > width + 1 || layout_height > height + 1)
        g_string_append_printf (problems, "\n  “%s”: draws %d×%d in %d×%d",
                                text, layout_width, layout_height, width, height);

      if (pango_layout_is_ellipsized (layout) && !has_tooltip (GTK_WIDGET (label)))
        g_string_append_printf (problems, "\n  “%s”: cut short, with no tooltip", text);

      if (!scrolls_sideways (GTK_WIDGET (label)) &&
          gtk_widget_compute_bounds (GTK_WIDGET (label), native, &bounds) &&
          (bounds.origin.x < -1 || bounds.origin.x + bounds.size.width > native_width + 1))
        g_string_append_printf (problems, "\n  “%s”: at x %.0f–%.0f, outside the window (%d)",
                                text, bounds.origin.x, bounds.origin.x + bounds.size.width,
                                native_width);
    }

  g_test_message ("%s: %u labels checked", where, checked);
  g_assert_cmpuint (checked, >, 0);
  if (problems->len > 0)
    g_error ("%s: labels cut off:%s", where, problems->str);
}

/* The resolution GTK draws text at (1024 × dots per inch) */
int
xft_dpi (void)
{
  int dpi = 0;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  return dpi;
}
