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
static GPtrArray *tolerated;

/* Warnings a test expects from its environment, not from the code under
 * test (GTK's print backend finding no colord on a machine without a
 * system bus, say): shown, but not fatal */
void
rcc_test_ui_tolerate_warning (const char *prefix)
{
  if (tolerated == NULL)
    tolerated = g_ptr_array_new ();
  g_ptr_array_add (tolerated, (gpointer) prefix);
}

static gboolean
is_tolerated (const char *message)
{
  for (guint i = 0; tolerated != NULL && i < tolerated->len; i++)
    if (g_str_has_prefix (message, g_ptr_array_index (tolerated, i)))
      return TRUE;
  return FALSE;
}

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

      if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length == -1 &&
          (log_level & G_LOG_LEVEL_WARNING) != 0 && is_tolerated (message))
        return g_log_writer_standard_streams (G_LOG_LEVEL_MESSAGE, fields, n_fields, user_data);

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
  /* The suites run side by side on one session bus: each its own app */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
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

/* How long a wait may take before the test fails: generous, for loaded
 * machines and sanitizer builds (tests/meson.build sets it) */
static guint
wait_limit_seconds (void)
{
  const char *limit = g_getenv ("RCC_TEST_WAIT_SECONDS");
  guint64 seconds = 0;

  if (limit != NULL && g_ascii_string_to_unsigned (limit, 10, 1, 3600, &seconds, NULL))
    return seconds;

  return 20;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
rcc_wait_clear (RccWait *wait)
{
  g_clear_handle_id (&wait->wake_id, g_source_remove);
}

/* One turn of the main loop while @wait's condition does not hold yet
 * (layout, frames, the X server's replies, threads finishing, the search
 * entry's delay); FALSE, without waiting, once its limit has passed */
gboolean
rcc_wait_step (RccWait *wait)
{
  if (wait->deadline == 0)
    {
      wait->deadline = g_get_monotonic_time () + wait_limit_seconds () * G_USEC_PER_SEC;
      /* Look again now and then, should the condition change without an
       * event of its own */
      wait->wake_id = g_timeout_add (10, wake_cb, NULL);
    }

  if (g_get_monotonic_time () > wait->deadline)
    return FALSE;

  g_main_context_iteration (NULL, TRUE);
  return TRUE;
}

void
rcc_wait_fail (RccWait *wait)
{
  g_error ("%s: waited %u s for %s, in vain", wait->where, wait_limit_seconds (), wait->what);
}

/* Until @widget is on screen (a leaflet's transition takes a while on a
 * loaded machine) */
void
wait_for_mapped (GtkWidget *widget)
{
  g_autofree char *what = g_strdup_printf ("a %s to be mapped", G_OBJECT_TYPE_NAME (widget));

  wait_until_named (gtk_widget_get_mapped (widget), what);
}

static void
painted_cb (GdkFrameClock *frame_clock,
            gpointer       data)
{
  *(gboolean *)data = TRUE;
}

/* Until @widget's window has painted a frame with everything queued so
 * far: laid out, allocated and drawn */
void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (frame_clock);
  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_widget_queue_draw (widget);
  wait_until_named (painted, "a frame to be painted");
  g_signal_handler_disconnect (frame_clock, handler);
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

typedef struct
{
  gboolean laid_out;
  gboolean painted;
} Frame;

static void
frame_laid_out_cb (GdkFrameClock *frame_clock,
                   Frame         *frame)
{
  frame->laid_out = TRUE;
}

static void
frame_painted_cb (GdkFrameClock *frame_clock,
                  Frame         *frame)
{
  frame->painted = TRUE;
}

/* Makes @widget's window paint a frame; whether that frame had nothing
 * left to lay out (no widget had queued a resize since the one before) */
static gboolean
painted_without_layout (GtkWidget *widget)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  Frame frame = { FALSE, FALSE };
  gulong laid_out, painted;

  g_assert_nonnull (frame_clock);
  laid_out = g_signal_connect (frame_clock, "layout", G_CALLBACK (frame_laid_out_cb), &frame);
  painted = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (frame_painted_cb), &frame);
  gtk_widget_queue_draw (widget);
  wait_until_named (frame.painted, "a frame to be painted");
  g_signal_handler_disconnect (frame_clock, laid_out);
  g_signal_handler_disconnect (frame_clock, painted);

  return !frame.laid_out;
}

/* Until no page under @widget is sliding in (a leaflet's move to a
 * detail takes a quarter of a second, longer on a loaded machine) and
 * its window has painted a frame with nothing left to lay out: what a
 * user would now see, every widget allocated where it will stay (a
 * change of size or text size can take GTK several frames to lay out) */
void
wait_for_settled (GtkWidget *widget)
{
  wait_until_named (!in_transition (widget), "no page to be sliding in");
  wait_until_named (painted_without_layout (widget),
                    "a frame to be painted with nothing left to lay out");
}

/* Until @widget (a window just presented) is on screen and has settled */
void
wait_for_shown (GtkWidget *widget)
{
  wait_for_mapped (widget);
  wait_for_settled (widget);
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
 * in it) within the limit of wait_until (), the main loop running
 * meanwhile */
gboolean
wait_for_label (GtkWidget  *root,
                const char *text,
                gboolean    containing)
{
  g_auto(RccWait) wait = { text, G_STRLOC, 0, 0 };

  while (!(containing ? shows_label_containing (root, text) : shows_label (root, text)))
    if (!rcc_wait_step (&wait))
      return FALSE;

  return TRUE;
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

/* Saves @widget as screenshots/@name, as the next frame paints it once
 * it has settled (wait_for_settled ()): no page halfway through sliding
 * in, everything laid out */
void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);
  g_autoptr(GskRenderNode) node = NULL;
  Capture capture = { widget, NULL };
  gulong handler;

  g_assert_nonnull (frame_clock);
  wait_for_settled (widget);

  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (capture_cb), &capture);
  gtk_widget_queue_draw (widget);
  wait_until_named (capture.node != NULL, "a frame to be painted, for a screenshot");
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
  /* The memory backend tells the application and the windows at once */
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
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
  wait_for_shown (GTK_WIDGET (window));

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

  wait_until_named (window == NULL, "the closed window to be finalized (is something keeping it alive?)");
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
  wait_until (g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack (window)), view) == 0);
  page = adw_view_stack_get_child_by_name (view_stack (window), view);
  g_assert_nonnull (page);
  wait_for_mapped (page);
  wait_for_settled (GTK_WIDGET (window));
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
  return find_widget_with_class (treatments_page (window), GTK_TYPE_LIST_BOX,
                                 "navigation-sidebar");
}

/* The Treatments page's list, filtered: RccOption items by line of
 * therapy, then RccTreatment items */
GListModel *
treatment_list_model (RccWindow *window)
{
  return rcc_treatments_page_get_model (RCC_TREATMENTS_PAGE (treatments_page (window)));
}

/* The treatment of an item of treatment_list_model(), or NULL */
RccTreatment *
treatment_list_item_treatment (gpointer item)
{
  if (RCC_IS_OPTION (item))
    return rcc_option_get_treatment (item);

  return RCC_IS_TREATMENT (item) ? item : NULL;
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
  GtkWidget *list_box = treatment_list_view (window);
  GListModel *model = treatment_list_model (window);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      RccTreatment *treatment = treatment_list_item_treatment (item);

      if (treatment != NULL && g_strcmp0 (rcc_treatment_get_name (treatment), name) == 0)
        {
          RccTreatmentDetail *detail = RCC_TREATMENT_DETAIL (treatment_detail (window));
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), i);

          gtk_list_box_select_row (GTK_LIST_BOX (list_box), row);
          g_signal_emit_by_name (list_box, "row-activated", row);
          wait_until_named (rcc_treatment_detail_get_treatment (detail) == treatment &&
                            gtk_widget_get_mapped (GTK_WIDGET (detail)),
                            "the chosen treatment's detail to be on screen");
          wait_for_settled (GTK_WIDGET (window));
          return;
        }
    }

  g_error ("No treatment called “%s” in the list", name);
}

/* Shows the trial @id in the trials page (win.show-trial) and waits
 * until its detail is on screen */
void
show_trial (RccWindow  *window,
            const char *id)
{
  RccTrialDetail *detail;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", id));
  detail = RCC_TRIAL_DETAIL (trial_detail (window));
  wait_until_named (g_strcmp0 (rcc_trial_get_id (rcc_trial_detail_get_trial (detail)), id) == 0 &&
                    gtk_widget_get_mapped (GTK_WIDGET (detail)),
                    "the trial's detail to be on screen");
  wait_for_settled (GTK_WIDGET (window));
  g_assert_cmpstr (rcc_trial_get_id (rcc_trial_detail_get_trial (detail)), ==, id);
}
