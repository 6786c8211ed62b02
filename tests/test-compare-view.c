/* test-compare-view.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>

#include "content/rcc-xml-loader.h"
#include "ui/rcc-chart-view.h"
#include "ui/rcc-compare-view.h"

#include "rcc-test-ui.h"

/* The compare screen in a real window, headless under Xvfb. */

static RccCatalog *catalog;

static GtkWidget *
find_comparison_stack (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_STACK (child) && gtk_stack_get_child_by_name (GTK_STACK (child), "comparison"))
        return child;
      if ((found = find_comparison_stack (child)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWindow *
make_window (RccCompareView **view_out)
{
  GtkWindow *window = GTK_WINDOW (adw_window_new ());
  GtkWidget *view = rcc_compare_view_new ();
  g_autofree char *path = rcc_comparison_store_default_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RccComparisonStore) store = rcc_comparison_store_new (file);

  /* The user's comparisons, as the window hands them in */
  rcc_compare_view_set_catalog (RCC_COMPARE_VIEW (view), catalog);
  rcc_compare_view_set_comparison_store (RCC_COMPARE_VIEW (view), store);
  adw_window_set_content (ADW_WINDOW (window), view);
  gtk_window_set_default_size (window, 1200, 900);
  gtk_window_present (window);
  wait_for_shown (GTK_WIDGET (window));
  *view_out = RCC_COMPARE_VIEW (view);
  return window;
}

static void
test_compare_three (void)
{
  RccCompareView *view;
  GtkWindow *window = make_window (&view);
  GtkStringList *ids = rcc_compare_view_get_trial_ids (view);
  GListModel *trials = rcc_compare_view_get_trials (view);
  RccChartView *chart;
  GtkWidget *stack;
  g_autoptr(RccTrial) first = NULL;

  wait_for_paint (GTK_WIDGET (view));
  save_screenshot (GTK_WIDGET (window), "compare-empty.png");

  /* The pazopanib, TARGET and sunitinib trials. */
  g_assert_true (rcc_compare_view_add (view, "veg105192"));
  g_assert_true (rcc_compare_view_add (view, "target"));
  g_assert_false (rcc_compare_view_add (view, "target"));  /* once only */
  g_assert_true (rcc_compare_view_add (view, "sunitinib-ifn"));
  g_assert_false (rcc_compare_view_add (view, "no-such-id"));
  /* A treatment stands for its trials: belzutifan's one, and once it is
   * in, nothing more (then out again, for the three below) */
  g_assert_true (rcc_compare_view_add (view, "belzutifan"));
  g_assert_cmpstr (gtk_string_list_get_string (ids, 3), ==, "litespark-005");
  g_assert_false (rcc_compare_view_add (view, "belzutifan"));
  gtk_string_list_remove (ids, 3);

  g_assert_cmpuint (g_list_model_get_n_items (trials), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (ids, 2), ==, "sunitinib-ifn");
  g_assert_true (rcc_report_get_trials (rcc_compare_view_get_report (view)) == trials);

  wait_for_paint (GTK_WIDGET (view));

  /* The comparison page shows, with the charts at the height the
   * report needs for their width. */
  stack = find_comparison_stack (GTK_WIDGET (view));
  g_assert_nonnull (stack);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "comparison");
  chart = RCC_CHART_VIEW (find_widget (GTK_WIDGET (view), RCC_TYPE_CHART_VIEW));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >, 300);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), ==,
                   (int)rcc_report_measure_body (rcc_chart_view_get_report (chart),
                                                 gtk_widget_get_width (GTK_WIDGET (chart))));
  save_screenshot (GTK_WIDGET (window), "compare-three-trials.png");

  /* Patient view: the same trials as the plain-language handout. */
  {
    int clinician_height = gtk_widget_get_height (GTK_WIDGET (chart));

    rcc_compare_view_set_patient (view, TRUE);
    g_assert_cmpint (rcc_report_get_audience (rcc_compare_view_get_report (view)), ==, RCC_AUDIENCE_PATIENT);
    wait_for_paint (GTK_WIDGET (view));
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), !=, clinician_height);
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), ==,
                     (int)rcc_report_measure_body (rcc_chart_view_get_report (chart),
                                                   gtk_widget_get_width (GTK_WIDGET (chart))));
    save_screenshot (GTK_WIDGET (window), "compare-three-trials-patient.png");
    rcc_compare_view_set_patient (view, FALSE);
  }

  /* Reorder and remove through the actions the row buttons use. */
  gtk_widget_activate_action (GTK_WIDGET (view), "compare.move-up", "s", "target");
  first = g_list_model_get_item (trials, 0);
  g_assert_cmpstr (rcc_trial_get_id (first), ==, "target");
  gtk_widget_activate_action (GTK_WIDGET (view), "compare.remove", "s", "veg105192");
  g_assert_cmpuint (g_list_model_get_n_items (trials), ==, 2);

  /* Temsirolimus brings its one trial, Global ARCC. */
  g_assert_true (rcc_compare_view_add (view, "temsirolimus"));
  g_assert_cmpstr (gtk_string_list_get_string (ids, g_list_model_get_n_items (G_LIST_MODEL (ids)) - 1), ==, "arcc");

  gtk_widget_activate_action (GTK_WIDGET (view), "compare.clear", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (trials), ==, 0);

  gtk_window_destroy (window);
}

/* The toggle button drawing @nick, found by its action target */
static GtkToggleButton *
endpoint_button (GtkWidget  *root,
                 const char *nick)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  find_all (root, GTK_TYPE_TOGGLE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkActionable *button = g_ptr_array_index (buttons, i);
      GVariant *target = gtk_actionable_get_action_target_value (button);

      if (g_strcmp0 (gtk_actionable_get_action_name (button), "compare.endpoint") == 0 &&
          target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), nick) == 0)
        return GTK_TOGGLE_BUTTON (button);
    }

  g_error ("no endpoint button for %s", nick);
  return NULL;
}

/* The endpoint switches through compare.endpoint (the toggle group and
 * Ctrl+1…4 use it): the report, the buttons and what the chart says to
 * a screen reader follow; a saved comparison keeps it. */
static void
test_endpoint_switch (void)
{
  RccCompareView *view;
  GtkWindow *window = make_window (&view);
  RccChartView *chart;
  GtkWidget *group;
  const char *description;

  g_assert_true (rcc_compare_view_add (view, "checkmate-214"));
  g_assert_true (rcc_compare_view_add (view, "prosper"));
  wait_for_paint (GTK_WIDGET (view));
  chart = RCC_CHART_VIEW (find_widget (GTK_WIDGET (view), RCC_TYPE_CHART_VIEW));

  /* The control says what it is */
  group = gtk_widget_get_parent (GTK_WIDGET (endpoint_button (GTK_WIDGET (view), "os")));
  gtk_test_accessible_assert_property (group, GTK_ACCESSIBLE_PROPERTY_LABEL, "Endpoint drawn");
  gtk_test_accessible_assert_property (endpoint_button (GTK_WIDGET (view), "os"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Overall survival");

  /* The default: each trial's own primary endpoint */
  g_assert_cmpstr (rcc_compare_view_get_endpoint (view), ==, "primary");
  g_assert_true (gtk_toggle_button_get_active (endpoint_button (GTK_WIDGET (view), "primary")));

  gtk_widget_activate_action (GTK_WIDGET (view), "compare.endpoint", "s", "pfs");
  g_assert_cmpint (rcc_report_get_endpoint (rcc_compare_view_get_report (view)), ==, RCC_ENDPOINT_CHOICE_PFS);
  g_assert_true (gtk_toggle_button_get_active (endpoint_button (GTK_WIDGET (view), "pfs")));
  g_assert_false (gtk_toggle_button_get_active (endpoint_button (GTK_WIDGET (view), "primary")));
  /* (a variable: the macro pastes a literal into its format string) */
  description = "CheckMate 214, 2018. Nivolumab + ipilimumab: median PFS 11.6 months. "
                "Sunitinib: median PFS 8.4 months. "
                "Hazard ratio 0.82 (99.1% CI 0.64–1.05). "
                "PROSPER (EA8143), 2024. no PFS result in this guide. ";
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  wait_for_paint (GTK_WIDGET (view));
  save_screenshot (GTK_WIDGET (window), "compare-endpoint-pfs.png");

  gtk_widget_activate_action (GTK_WIDGET (view), "compare.endpoint", "s", "os");
  g_assert_cmpint (rcc_report_get_endpoint (rcc_compare_view_get_report (view)), ==, RCC_ENDPOINT_CHOICE_OS);
  g_assert_true (gtk_toggle_button_get_active (endpoint_button (GTK_WIDGET (view), "os")));
  description = "CheckMate 214, 2018. Nivolumab + ipilimumab: median OS not reached. "
                "Sunitinib: median OS 26.0 months. "
                "Hazard ratio 0.63 (99.8% CI 0.44–0.89). "
                "PROSPER (EA8143), 2024. no OS result in this guide. ";
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  wait_for_paint (GTK_WIDGET (view));
  save_screenshot (GTK_WIDGET (window), "compare-endpoint-os.png");

  /* Saved with a comparison (rcc-compare-view-saved.c puts the view's
   * endpoint in it), and back when it is opened */
  {
    g_autoptr(RccComparisonStore) store = NULL;
    const char *ids[] = { "checkmate-214", "prosper", NULL };
    g_autoptr(RccComparison) saved = rcc_comparison_new ("Endpoint test", ids, NULL);

    g_object_get (view, "comparison-store", &store, NULL);
    rcc_comparison_set_endpoint (saved, RCC_ENDPOINT_CHOICE_OS);
    g_assert_true (rcc_comparison_store_put (store, saved, NULL));
  }
  gtk_widget_activate_action (GTK_WIDGET (view), "compare.endpoint", "s", "dfs");
  g_assert_true (gtk_toggle_button_get_active (endpoint_button (GTK_WIDGET (view), "dfs")));
  gtk_widget_activate_action (GTK_WIDGET (view), "compare.open", "s", "Endpoint test");
  g_assert_cmpstr (rcc_compare_view_get_endpoint (view), ==, "os");
  g_assert_true (gtk_toggle_button_get_active (endpoint_button (GTK_WIDGET (view), "os")));

  gtk_window_destroy (window);
}

static void
test_corrupt_store (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rcc-guide", NULL);
  g_autofree char *path = g_build_filename (dir, "comparisons.json", NULL);
  RccCompareView *view;
  GtkWindow *window;
  GtkWidget *info_bar, *label;

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path, "{ not json", -1, NULL));

  window = make_window (&view);
  wait_for_paint (GTK_WIDGET (view));

  /* Told in the window, with where the file was kept. */
  info_bar = find_widget (GTK_WIDGET (view), GTK_TYPE_INFO_BAR);
  g_assert_true (gtk_info_bar_get_revealed (GTK_INFO_BAR (info_bar)));
  label = find_widget (info_bar, GTK_TYPE_LABEL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "It was kept as"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  save_screenshot (GTK_WIDGET (window), "compare-corrupt-store.png");

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  /* gtk_test_init() ignores GTest options: isolate the user's folders
   * (the comparisons file lives there) before GTK starts. */
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  gtk_disable_setlocale ();
  setlocale (LC_ALL, "C.UTF-8");
  gtk_init ();
  adw_init ();
  /* No animations: what a test waits for is there at once, however slow
   * the machine (sanitizer builds are). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/rcc/compare-view/three-trials", test_compare_three);
  g_test_add_func ("/rcc/compare-view/corrupt-store", test_corrupt_store);
  g_test_add_func ("/rcc/compare-view/endpoint-switch", test_endpoint_switch);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
