/* test-icon-arrays.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "rcc-application.h"
#include "report/rcc-plain.h"
#include "report/rcc-proportions.h"
#include "ui/rcc-chart-view.h"
#include "ui/rcc-compare-view.h"
#include "ui/rcc-icon-array.h"
#include "ui/rcc-trial-detail.h"
#include "ui/rcc-window.h"

#include "rcc-test-ui.h"

/* The "N in 100" pictures (issue 17) in the real window, patient view,
 * headless under Xvfb: in a trial's detail, each an image to screen
 * readers named by its text equivalent; in the compare view's
 * description.  Screenshots go to
 * $G_TEST_BUILDDIR/screenshots/icon-arrays-*.png. */

static GPtrArray *
icon_arrays (GtkWidget *root)
{
  GPtrArray *found = g_ptr_array_new ();

  find_all (root, RCC_TYPE_ICON_ARRAY, found);
  return found;
}

/* The detail's last picture in view, for the screenshot */
static void
scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  graphene_point_t point;

  g_assert_true (gtk_widget_compute_point (widget, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                           &GRAPHENE_POINT_INIT (0, 0), &point));
  gtk_adjustment_set_value (adjustment, point.y - 200);
}

static void
test_trial_detail (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  RccCatalog *catalog = rcc_application_get_catalog (app);
  RccTrial *trial = rcc_catalog_lookup_trial (catalog, "veg105192");
  g_autoptr(GPtrArray) sets = rcc_proportions_for_trial (trial);
  g_autoptr(GPtrArray) texts = rcc_proportions_text_equivalents (trial);
  g_autoptr(GPtrArray) arrays = NULL;
  const char *label;
  GtkWidget *detail;

  rcc_window_set_patient_view (window, TRUE);
  show_view (window, "trials");
  show_trial (window, "veg105192");
  detail = trial_detail (window);

  /* Response: pazopanib 30%, placebo 3%, a picture each */
  arrays = icon_arrays (detail);
  g_assert_cmpuint (arrays->len, ==, 2);
  g_assert_cmpuint (texts->len, ==, 2);
  g_assert_cmpuint (rcc_icon_array_get_filled (g_ptr_array_index (arrays, 0)), ==, 30);
  g_assert_cmpuint (rcc_icon_array_get_filled (g_ptr_array_index (arrays, 1)), ==, 3);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (g_ptr_array_index (arrays, 0)), GTK_ACCESSIBLE_ROLE_IMG);
  /* (variables: the macro pastes a literal into its format string) */
  label = "Icon array: 30 of 100 figures filled. Pazopanib: about 30 in 100 people had their "
          "cancer shrink. The study reported 30%.";
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (g_ptr_array_index (arrays, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  label = "Icon array: 3 of 100 figures filled. Placebo (a dummy medicine): about 3 in 100 people "
          "had their cancer shrink. The study reported 3%.";
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (g_ptr_array_index (arrays, 1)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  for (guint i = 0; i < arrays->len; i++)
    g_assert_cmpstr (rcc_icon_array_get_text_equivalent (g_ptr_array_index (arrays, i)), ==,
                     g_ptr_array_index (texts, i));

  /* The sentences beside them, the arms' names above */
  assert_shows_label (detail, "About 30 in 100 people had their cancer shrink.");
  assert_shows_label (detail, "About 3 in 100 people had their cancer shrink.");
  assert_shows_label (detail, "Placebo (a dummy medicine)");
  scroll_to (g_ptr_array_index (arrays, 0));
  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "icon-arrays-trial.png");

  /* Three lines for KEYNOTE-426: response, 12-month survival, grade 3
   * to 5 adverse events; a picture per arm each */
  show_trial (window, "keynote-426");
  g_ptr_array_unref (arrays);
  arrays = icon_arrays (detail);
  g_assert_cmpuint (arrays->len, ==, 6);
  g_assert_cmpuint (rcc_icon_array_get_filled (g_ptr_array_index (arrays, 2)), ==, 90);
  assert_shows_label (detail, "About 90 in 100 people were alive after 12 months.");

  /* Dark style: the same pictures in the dark colours */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_until (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  scroll_to (g_ptr_array_index (arrays, 0));
  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "icon-arrays-trial-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* A trial whose content holds no such figure: no picture */
  {
    GListModel *trials = rcc_catalog_get_trials (catalog);
    RccTrial *none = NULL;

    for (guint i = 0; none == NULL && i < g_list_model_get_n_items (trials); i++)
      {
        g_autoptr(RccTrial) t = g_list_model_get_item (trials, i);
        g_autoptr(GPtrArray) s = rcc_proportions_for_trial (t);

        if (s->len == 0)
          none = t;
      }
    g_assert_nonnull (none);
    show_trial (window, rcc_trial_get_id (none));
    g_ptr_array_unref (arrays);
    arrays = icon_arrays (detail);
    g_assert_cmpuint (arrays->len, ==, 0);
  }

  g_assert_cmpuint (sets->len, ==, 1);
  close_window (window);
}

static void
test_compare_view (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  RccCatalog *catalog = rcc_application_get_catalog (app);
  RccTrial *trial = rcc_catalog_lookup_trial (catalog, "veg105192");
  g_autoptr(GPtrArray) sentences = rcc_plain_trial_sentences (trial);
  g_autoptr(GPtrArray) texts = rcc_proportions_text_equivalents (trial);
  g_autoptr(GString) description = g_string_new ("The VEG105192 (pazopanib) study (2010). ");
  GtkWidget *view, *chart;

  rcc_window_set_patient_view (window, TRUE);
  show_view (window, "compare");
  view = find_widget (GTK_WIDGET (window), RCC_TYPE_COMPARE_VIEW);
  gtk_string_list_append (rcc_compare_view_get_trial_ids (RCC_COMPARE_VIEW (view)), "veg105192");
  chart = find_widget (view, RCC_TYPE_CHART_VIEW);
  wait_until (chart != NULL && gtk_widget_get_mapped (chart) && gtk_widget_get_height (chart) > 200);

  /* The charts' description for screen readers: the sentences, then the
   * pictures' text equivalents */
  for (guint i = 0; i < sentences->len; i++)
    g_string_append_printf (description, "%s ", (char *)g_ptr_array_index (sentences, i));
  for (guint i = 0; i < texts->len; i++)
    g_string_append_printf (description, "%s ", (char *)g_ptr_array_index (texts, i));
  g_assert_nonnull (strstr (description->str, "Icon array: 30 of 100 figures filled. Pazopanib: about 30 "
                                              "in 100 people had their cancer shrink. The study reported 30%."));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       description->str);

  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "icon-arrays-compare.png");

  /* Drawn by the report in the dark style's colours */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  wait_until (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "icon-arrays-compare-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  rcc_test_ui_setup ();

  g_test_add_func ("/rcc/icon-arrays/trial-detail", test_trial_detail);
  g_test_add_func ("/rcc/icon-arrays/compare-view", test_compare_view);

  status = g_test_run ();

  rcc_test_ui_teardown ();
  return status;
}
