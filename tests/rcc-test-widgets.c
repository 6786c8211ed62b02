/* rcc-test-widgets.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ui/rcc-trial-detail.h"

#include "rcc-test-widgets.h"
#include "rcc-test-ui.h"

/* Widgets on screen, for the UI tests: finding one by its label, typing
 * a search, the trial a window shows, labels that show all their text,
 * the resolution text is drawn at; and removing a test's folder. */

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

/* The first widget on screen under @root of @type whose "label" is @label */
GtkWidget *
find_labelled (GtkWidget  *root,
               GType       type,
               const char *label)
{
  g_autofree char *own = NULL;

  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      g_object_get (root, "label", &own, NULL);
      if (g_strcmp0 (own, label) == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_labelled (child, type, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
searched_cb (GtkSearchEntry *entry,
             char          **searched)
{
  g_free (*searched);
  *searched = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Types @text into @page's search entry and waits for the entry to
 * search for it, once its delay has passed: the page filters then */
void
type_search (GtkWidget  *page,
             const char *text)
{
  GtkWidget *entry = find_widget (page, GTK_TYPE_SEARCH_ENTRY);
  g_autofree char *searched = NULL;
  gulong handler;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), !=, text);
  handler = g_signal_connect (entry, "search-changed", G_CALLBACK (searched_cb), &searched);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  wait_until (g_strcmp0 (searched, text) == 0);
  g_signal_handler_disconnect (entry, handler);
}

/* Whether @window shows the trial @id in the Trials page's detail */
gboolean
shows_trial (RccWindow  *window,
             const char *id)
{
  GtkWidget *detail = trials_page (window) != NULL ? trial_detail (window) : NULL;
  RccTrial *trial = detail != NULL ? rcc_trial_detail_get_trial (RCC_TRIAL_DETAIL (detail)) : NULL;

  return g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack (window)), "trials") == 0 &&
         trial != NULL && g_strcmp0 (rcc_trial_get_id (trial), id) == 0;
}

/* Removes the folder @path and all it holds */
/* Deletes @path and everything under it */
void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Scrolls the first scrolled window on screen under @root to its end */
void
scroll_to_end (GtkWidget *root)
{
  GtkWidget *scrolled = find_widget_full (root, GTK_TYPE_SCROLLED_WINDOW, TRUE);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  /* Laid out, so that its end is where it will stay */
  wait_for_paint (scrolled);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  wait_until (gtk_adjustment_get_value (adjustment) > 0 &&
              gtk_adjustment_get_value (adjustment) ==
              gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
}
