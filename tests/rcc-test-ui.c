/* rcc-test-ui.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ui/rcc-treatment-detail.h"
#include "ui/rcc-treatments-page.h"
#include "ui/rcc-trial-detail.h"
#include "ui/rcc-trials-page.h"

#include "rcc-test-ui.h"

RccApplication *app;
GSettings *settings;

/* Registers the application the tests open windows on */
/* GTK's "Trying to snapshot GtkBox 0x… without a current allocation"
 * names a widget by address only.  Rarely, on a loaded machine, one of
 * the windows here has drawn a widget whose resize was still queued;
 * say which widget it was, with its parents, before the warning (fatal
 * under G_DEBUG=fatal-warnings) ends the test. */
static GLogWriterOutput
name_unallocated_widget (GLogLevelFlags   log_level,
                         const GLogField *fields,
                         gsize            n_fields,
                         gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    {
      const char *message = fields[i].value;
      const char *address;

      if (!g_str_equal (fields[i].key, "MESSAGE") || fields[i].length != -1 ||
          strstr (message, "without a current allocation") == NULL ||
          (address = strstr (message, " 0x")) == NULL)
        continue;

      /* Still alive: GTK is drawing it */
      for (GtkWidget *widget = (GtkWidget *)(gsize)g_ascii_strtoull (address + 1, NULL, 16);
           widget != NULL;
           widget = gtk_widget_get_parent (widget))
        {
          g_auto(GStrv) classes = gtk_widget_get_css_classes (widget);
          g_autofree char *joined = g_strjoinv (".", classes);

          g_printerr ("  in %s .%s (mapped: %d)\n", G_OBJECT_TYPE_NAME (widget), joined,
                      gtk_widget_get_mapped (widget));
        }
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

void
rcc_test_ui_setup (void)
{
  g_log_set_writer_func (name_unallocated_widget, NULL, NULL);
  g_autoptr(GError) error = NULL;

  app = rcc_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  settings = g_settings_new (APP_ID);
}

void
rcc_test_ui_teardown (void)
{
  g_clear_object (&settings);
  g_clear_object (&app);
}

/* The main loop */

static gboolean
set_true_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets layout, frame clock, timeouts (the search delay) and idles run */
void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_true_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Runs the main loop until @widget is on screen, for at most 5 s: a
 * leaflet's transition takes longer on a loaded machine */
void
wait_for_mapped (GtkWidget *widget)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (widget) && g_get_monotonic_time () < end)
    run_for (20);

  run_for (100);
}

static void
painted_cb (GdkFrameClock *frame_clock,
            gpointer       data)
{
  *(gboolean *)data = TRUE;
}

/* Runs the main loop until @widget's window has painted a frame with
 * everything queued so far, for at most 10 s (slow under sanitizers) */
void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (frame_clock);
  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (widget);
  while (!painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (frame_clock, handler);

  /* A widget paintable takes the new frame in an idle */
  run_for (50);
}

/* Finding widgets */

/* The first widget of @type under @root, @root included; only on
 * screen if @mapped */
GtkWidget *
find_widget_full (GtkWidget *root,
                  GType      type,
                  gboolean   mapped)
{
  if (mapped && !gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_full (child, type, mapped);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first widget of @type under @root, shown or not */
GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  return find_widget_full (root, type, FALSE);
}

/* The first widget of @type with the style class @css_class under @root */
GtkWidget *
find_widget_with_class (GtkWidget  *root,
                        GType       type,
                        const char *css_class)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget_with_class (child, type, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Adds every widget of @type under @root, shown or not, to @found */
void
find_all (GtkWidget *root,
          GType      type,
          GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_all (child, type, found);
}

/* Labels on screen */

/* Adds the labels (GtkLabel) under @root that are on screen to @labels */
void
collect_labels (GtkWidget *root,
                GPtrArray *labels)
{
  if (!gtk_widget_get_mapped (root))
    return;

  if (GTK_IS_LABEL (root))
    g_ptr_array_add (labels, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

/* Whether a label on screen under @root says @text */
gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (labels->pdata[i]), text) == 0)
      return TRUE;

  return FALSE;
}

/* Whether a label under @root shows @text (or, if @containing, has it
 * in it) within 10 s, the main loop running meanwhile */
gboolean
wait_for_label (GtkWidget  *root,
                const char *text,
                gboolean    containing)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  for (;;)
    {
      if (containing ? shows_label_containing (root, text) : shows_label (root, text))
        return TRUE;
      if (g_get_monotonic_time () > end)
        return FALSE;
      run_for (50);
    }
}

/* Whether a label on screen under @root has @text in it */
gboolean
shows_label_containing (GtkWidget  *root,
                        const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (labels->pdata[i]), text) != NULL)
      return TRUE;

  return FALSE;
}

/* Every label on screen under @root, in the test log: what is there
 * when a label is not, or a string left untranslated */
void
log_labels (GtkWidget  *root,
            const char *where)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, labels);
  g_test_message ("Labels on screen, %s:", where);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      if (*text != '\0')
        g_test_message ("  “%s”", text);
    }
}

/* Screenshots */

/* What @widget draws now, or NULL if it has not drawn yet */
GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  return gtk_snapshot_free_to_node (snapshot);
}

/* Renders @node, a snapshot of @widget, to
 * $G_TEST_BUILDDIR/screenshots/@name */
void
save_render_node (GtkWidget     *widget,
                  GskRenderNode *node,
                  const char    *name)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer;

  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));

  dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                          "screenshots", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Screenshot: %s", path);
}

typedef struct
{
  GtkWidget     *widget;
  GskRenderNode *node;
} Capture;

/* Right after a frame is painted, when every allocation is current: a
 * snapshot taken later, outside the frame, can meet a widget that has
 * queued a resize since (a timeout, a text-size change settling) and
 * GTK warns "Trying to snapshot … without a current allocation". */
static void
capture_cb (GdkFrameClock *frame_clock,
            Capture       *capture)
{
  if (capture->node == NULL)
    capture->node = snapshot_widget (capture->widget);
}

/* Whether a leaflet or stack under @root is sliding a page in */
static gboolean
in_transition (GtkWidget *root)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;
  if (ADW_IS_LEAFLET (root) && adw_leaflet_get_child_transition_running (ADW_LEAFLET (root)))
    return TRUE;
  if (GTK_IS_STACK (root) && gtk_stack_get_transition_running (GTK_STACK (root)))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (in_transition (child))
      return TRUE;

  return FALSE;
}

/* Saves @widget as screenshots/@name, as the next frame paints it with
 * everything queued so far, once no page is halfway through sliding in
 * (a leaflet's move to a detail takes a quarter of a second, longer on
 * a loaded machine) */
void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  g_autoptr(GskRenderNode) node = NULL;
  Capture capture = { widget, NULL };
  gulong handler;

  g_assert_nonnull (frame_clock);
  while (in_transition (widget) && g_get_monotonic_time () < end)
    run_for (20);

  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (capture_cb), &capture);
  gtk_widget_queue_draw (widget);
  while (capture.node == NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (frame_clock, handler);

  g_assert_nonnull (capture.node);
  node = capture.node;
  save_render_node (widget, node, name);
}

/* The main window */

/* Each test starts from the schema defaults */
void
reset_settings (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
  run_for (50);
}

/* Loads @fixture (from tests/data, or the bundled content for NULL)
 * into the application and opens a window on it, @width wide. */
RccWindow *
open_window (const char *fixture,
             int         width,
             int         height)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  RccWindow *window;

  if (fixture != NULL)
    file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", fixture, NULL));
  g_assert_true (rcc_application_load_content (app, file, &error));
  g_assert_no_error (error);

  reset_settings ();
  window = rcc_window_new (GTK_APPLICATION (app), rcc_application_get_library (app));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  run_for (300);

  /* Give or take the client-side decoration's border */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width), <=, 20);

  return window;
}

/* Closes @window and checks nothing keeps it alive */
void
close_window (RccWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));

  for (guint i = 0; i < 50 && window != NULL; i++)
    run_for (10);

  g_assert_null (window);
}

AdwViewStack *
view_stack (RccWindow *window)
{
  return ADW_VIEW_STACK (find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
}

/* Shows @view ("treatments", "trials", "compare") and waits until it is
 * on screen */
void
show_view (RccWindow  *window,
           const char *view)
{
  GtkWidget *page;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view));
  run_for (100);
  page = adw_view_stack_get_child_by_name (view_stack (window), view);
  g_assert_nonnull (page);
  wait_for_mapped (page);
  run_for (100);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, view);
}

GtkWidget *
treatments_page (RccWindow *window)
{
  return find_widget (GTK_WIDGET (window), RCC_TYPE_TREATMENTS_PAGE);
}

GtkWidget *
trials_page (RccWindow *window)
{
  return find_widget (GTK_WIDGET (window), RCC_TYPE_TRIALS_PAGE);
}

GtkWidget *
treatment_detail (RccWindow *window)
{
  return find_widget (treatments_page (window), RCC_TYPE_TREATMENT_DETAIL);
}

GtkWidget *
trial_detail (RccWindow *window)
{
  return find_widget (trials_page (window), RCC_TYPE_TRIAL_DETAIL);
}

/* The list of treatments, not the setting dropdown's popup list */
GtkWidget *
treatment_list_view (RccWindow *window)
{
  return find_widget_with_class (treatments_page (window), GTK_TYPE_LIST_VIEW,
                                 "navigation-sidebar");
}

GListModel *
treatment_list_model (RccWindow *window)
{
  GtkWidget *list_view = treatment_list_view (window);

  return G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
}

/* The table of trials */
GtkColumnView *
trials_table (RccWindow *window)
{
  return GTK_COLUMN_VIEW (find_widget (trials_page (window), GTK_TYPE_COLUMN_VIEW));
}

/* The column of @table headed @title */
GtkColumnViewColumn *
table_column (GtkColumnView *table,
              const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (table);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }

  g_error ("No column “%s”", title);
}

/* Selects and activates the treatment called @name, as a click would,
 * and waits until its detail is on screen */
void
choose_treatment (RccWindow  *window,
                  const char *name)
{
  GtkWidget *list_view = treatment_list_view (window);
  GListModel *model = treatment_list_model (window);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RccTreatment) treatment = g_list_model_get_item (model, i);

      if (g_strcmp0 (rcc_treatment_get_name (treatment), name) == 0)
        {
          gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", i, FALSE, FALSE);
          gtk_widget_activate_action (list_view, "list.activate-item", "u", i);
          run_for (100);
          wait_for_mapped (treatment_detail (window));
          run_for (100);
          return;
        }
    }

  g_error ("No treatment called “%s” in the list", name);
}
