/* test-trials-page.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "rcc-application.h"
#include "report/rcc-trial-text.h"
#include "ui/rcc-trial-detail.h"
#include "ui/rcc-trials-page.h"
#include "ui/rcc-window.h"

#include "rcc-test-ui.h"
#include "rcc-test-widgets.h"

/* The Trials page of the real main window, headless under Xvfb, on the
 * bundled content and on tests/data/minimal.xml (TARGET's PFS 167 vs 84
 * days, HR 0.44 (95% CI 0.35–0.55), level of evidence 1iDiii): levels of
 * evidence, sorting by hazard ratio, the table's cells and the detail,
 * harm, the filters.  Screenshots go to $G_TEST_BUILDDIR/screenshots/. */

static char *data_home;   /* $XDG_DATA_HOME, a temporary folder */

/* Helpers */

/* Scrolls the first scrolled window on screen under @root so that the
 * label reading @text is near its top */
static void
scroll_to_label (GtkWidget  *root,
                 const char *text)
{
  GtkWidget *scrolled = find_widget_full (root, GTK_TYPE_SCROLLED_WINDOW, TRUE);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  if (GTK_IS_VIEWPORT (content))
    content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  wait_for_paint (scrolled);
  find_all (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      graphene_point_t at;

      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) != 0 ||
          !gtk_widget_compute_point (label, content, &GRAPHENE_POINT_INIT (0, 0), &at))
        continue;
      gtk_adjustment_set_value (adjustment, MAX (at.y - 60, 0));
      wait_for_paint (scrolled);
      return;
    }

  g_error ("No label “%s” to scroll to", text);
}

/* The title of @table's column headed @title: the child of the header
 * row, the table's first child, that holds the label */
static GtkWidget *
column_title (GtkColumnView *table,
              const char    *title)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (table));
  GtkWidget *widget = find_labelled (header, GTK_TYPE_LABEL, title);

  if (widget == NULL)
    g_error ("No column title “%s” on screen", title);
  while (gtk_widget_get_parent (widget) != header)
    widget = gtk_widget_get_parent (widget);

  return widget;
}

/* Checks @table fills its scrolled window: its columns reach the right
 * edge, @last_title's ending there.  GTK 4.8 once left the header and
 * rows at the sum of the fixed widths, the table itself full width. */
static void
assert_table_fills (GtkColumnView *table,
                    const char    *last_title)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (table), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;
  int width;

  /* Laid out with whatever was just shown or hidden, however slow the
   * machine (a fixed wait was too short under the sanitizers) */
  wait_for_paint (GTK_WIDGET (table));
  width = gtk_widget_get_width (scrolled);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (table)));
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (table)) - width), <=, 2);
  g_assert_true (gtk_widget_compute_bounds (column_title (table, last_title), scrolled, &bounds));
  g_assert_cmpfloat_with_epsilon (bounds.origin.x + bounds.size.width, width, 2);
}

/* Where @label's text starts, in @table's coordinates: its allocation
 * plus where its alignment puts the text in it */
static double
text_x (GtkWidget     *label,
        GtkColumnView *table)
{
  graphene_rect_t bounds;
  PangoRectangle logical;
  int x;

  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (table), &bounds));
  gtk_label_get_layout_offsets (GTK_LABEL (label), &x, NULL);
  pango_layout_get_pixel_extents (gtk_label_get_layout (GTK_LABEL (label)), NULL, &logical);

  return bounds.origin.x + x + logical.x;
}

/* Checks the text of the column title @title starts where the text of
 * the cell @cell_text does */
static void
assert_title_aligned (GtkColumnView *table,
                      const char    *title,
                      const char    *cell_text)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (table));
  GtkWidget *rows = gtk_widget_get_next_sibling (header);
  GtkWidget *title_label = find_labelled (header, GTK_TYPE_LABEL, title);
  GtkWidget *cell_label = find_labelled (rows, GTK_TYPE_LABEL, cell_text);

  g_assert_nonnull (title_label);
  g_assert_nonnull (cell_label);
  g_test_message ("“%s” at %.0f, “%s” at %.0f", title, text_x (title_label, table),
                  cell_text, text_x (cell_label, table));
  g_assert_cmpfloat_with_epsilon (text_x (title_label, table), text_x (cell_label, table), 1);
}

/* Trials in table order, with their HR sort keys */
static GArray *
table_hazard_ratios (GtkColumnView *table)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (table));
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (model, i);
      double key = rcc_trial_text_hazard_ratio_key (trial);

      g_array_append_val (keys, key);
    }

  return keys;
}

/* Whether a widget in the row role below @root is named @name */
static gboolean
has_row_named (GtkWidget  *root,
               const char *name)
{
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (root)) == GTK_ACCESSIBLE_ROLE_ROW)
    {
      g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (root),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                   name);
      if (wrong == NULL)
        return TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_row_named (child, name))
      return TRUE;

  return FALSE;
}

/* Tests */

/* A level of evidence: its code with scheme and edition, and its words;
 * and a trial the PDQ gives none */
static void
test_trial_levels (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);
  GtkWidget *detail;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s",
                                             "keynote-426"));
  wait_until (shows_trial (window, "keynote-426"));
  detail = trial_detail (window);
  assert_shows_label (detail, "PDQ Levels of Evidence");
  assert_shows_label (detail, "A1 for OS · 2023 definitions · 2025 PDQ");
  assert_shows_label (detail, "Randomised controlled trial; endpoint: overall survival, "
                              "or total or cause-specific mortality.");
  assert_shows_label_containing (detail, "Sources: this trial’s publications, listed under "
                                         "References with the editions that cite them: the "
                                         "2025 PDQ (last updated 13 May 2025).");
  scroll_to_end (detail);
  save_screenshot (GTK_WIDGET (window), "window-trial-levels.png");

  /* TARGET: one level from each edition */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "target"));
  wait_until (shows_trial (window, "target"));
  assert_shows_label (detail, "1iDiii for PFS · 2014 definitions · 2014 PDQ");
  assert_shows_label (detail, "B1 for PFS · 2023 definitions · 2025 PDQ");

  /* CheckMate 214: the PDQ gives it none */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s",
                                             "checkmate-214"));
  wait_until (shows_trial (window, "checkmate-214"));
  assert_shows_label (detail, "No level given by the PDQ");
  assert_shows_label_containing (detail, "2018 · Phase 3 · ");

  /* S-TRAC: years, with the months derived */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "s-trac"));
  wait_until (shows_trial (window, "s-trac"));
  assert_shows_label (detail, "6.8 years (81.6 months)");

  /* COMPARZ: a CI whose level the PDQ does not state */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "comparz"));
  wait_until (shows_trial (window, "comparz"));
  assert_shows_label (detail, "1.05 (CI 0.90–1.22, level not stated)");
  g_assert_false (shows_label_containing (detail, "95% CI 0.90"));

  close_window (window);
}

static void
test_trials_sort_by_hazard_ratio (void)
{
  RccWindow *window = open_window (NULL, 1400, 860);
  GtkColumnView *table;
  GListModel *model, *trials;
  g_autoptr(GArray) keys = NULL;
  g_autoptr(RccTrial) first = NULL;
  guint with_hr = 0;

  show_view (window, "trials");
  table = trials_table (window);
  model = G_LIST_MODEL (gtk_column_view_get_model (table));
  trials = rcc_catalog_get_trials (rcc_application_get_catalog (app));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, g_list_model_get_n_items (trials));

  /* Sorted at once, as the rows are */
  gtk_column_view_sort_by_column (table, table_column (table, "HR (CI)"), GTK_SORT_ASCENDING);

  /* Ascending by value; trials without an HR after every HR */
  keys = table_hazard_ratios (table);
  for (guint i = 0; i < keys->len; i++)
    {
      if (g_array_index (keys, double, i) < G_MAXDOUBLE)
        {
          g_assert_cmpuint (with_hr, ==, i);
          with_hr++;
        }
      if (i > 0)
        g_assert_cmpfloat (g_array_index (keys, double, i - 1), <=,
                           g_array_index (keys, double, i));
    }
  g_assert_cmpuint (with_hr, >=, 2);

  /* Show the top of the table, with the smallest HR's detail */
  first = g_list_model_get_item (model, 0);
  rcc_trials_page_select_trial (RCC_TRIALS_PAGE (trials_page (window)), rcc_trial_get_id (first));
  wait_until (shows_trial (window, rcc_trial_get_id (first)));
  save_screenshot (GTK_WIDGET (window), "window-trials-by-hr.png");

  close_window (window);
}

static void
test_trials_cells_and_detail (void)
{
  RccWindow *window = open_window ("minimal.xml", 1400, 860);
  GtkColumnView *table;
  GListModel *model;
  GtkWidget *detail;
  g_autoptr(RccTrial) first = NULL;
  g_autoptr(RccTrial) last = NULL;

  show_view (window, "trials");
  table = trials_table (window);
  model = G_LIST_MODEL (gtk_column_view_get_model (table));
  detail = find_widget (trials_page (window), RCC_TYPE_TRIAL_DETAIL);

  /* Beside its detail at 1400 px, filling its page; each title over its
   * column's figures */
  g_assert_false (adw_leaflet_get_folded (ADW_LEAFLET (find_widget (trials_page (window),
                                                                    ADW_TYPE_LEAFLET))));
  assert_table_fills (table, "Evidence");
  assert_title_aligned (table, "Year", "2010");
  assert_title_aligned (table, "N", "435");
  assert_title_aligned (table, "Median PFS", "9.2 mo vs 4.2 mo");
  assert_title_aligned (table, "HR (CI)", "0.46 (95% CI 0.34–0.62)");

  /* So does patient view's, the clinician's columns hidden */
  rcc_window_set_patient_view (window, TRUE);
  wait_until (gtk_column_view_column_get_visible (table_column (table, "What the Study Found")));
  assert_table_fills (table, "What the Study Found");
  rcc_window_set_patient_view (window, FALSE);
  wait_until (gtk_column_view_column_get_visible (table_column (table, "Evidence")));
  assert_table_fills (table, "Evidence");

  /* The rows, named for screen readers by their trial */
  wait_until (has_row_named (GTK_WIDGET (table), "VEG105192"));
  wait_until (has_row_named (GTK_WIDGET (table), "TARGET"));

  /* The cells */
  assert_shows_label (table, "VEG105192");
  assert_shows_label (table, "Pazopanib vs Placebo");
  assert_shows_label (table, "9.2 mo vs 4.2 mo");
  assert_shows_label (table, "0.46 (95% CI 0.34–0.62)");
  assert_shows_label (table, "167 days (5.5 mo) vs 84 days (2.8 mo)");
  assert_shows_label (table, "0.44 (95% CI 0.35–0.55)");
  assert_shows_label (table, "1iDiii");

  /* From the header: HR 0.44 before 0.46, then the other way */
  gtk_column_view_sort_by_column (table, table_column (table, "HR (CI)"), GTK_SORT_ASCENDING);
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (rcc_trial_get_id (first), ==, "target");
  gtk_column_view_sort_by_column (table, table_column (table, "HR (CI)"), GTK_SORT_DESCENDING);
  last = g_list_model_get_item (model, 1);
  g_assert_cmpstr (rcc_trial_get_id (last), ==, "target");
  g_clear_object (&first);
  g_clear_object (&last);

  /* From the keyboard's sort menu: by year, oldest first, then newest */
  g_assert_true (gtk_widget_activate_action (trials_page (window), "trials.sort-column", "i", 1));
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (rcc_trial_get_id (first), ==, "target");
  g_assert_true (gtk_widget_activate_action (trials_page (window), "trials.sort-descending", NULL));
  last = g_list_model_get_item (model, 1);
  g_assert_cmpstr (rcc_trial_get_id (last), ==, "target");

  /* "Show trial" selects it and shows every figure */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "target"));
  wait_until (shows_trial (window, "target"));
  g_assert_cmpstr (rcc_trial_get_id (rcc_trial_detail_get_trial (RCC_TRIAL_DETAIL (detail))),
                   ==, "target");
  assert_shows_label (detail, "TARGET");
  assert_shows_label (detail, "Placebo (control)");
  assert_shows_label (detail, "Progression-free survival · Sorafenib");
  assert_shows_label (detail, "167 days (5.5 months)");
  assert_shows_label (detail, "Overall survival · Sorafenib");
  assert_shows_label (detail, "not reached");
  assert_shows_label (detail, "0.82 (99.8% CI 0.44–0.89)");
  assert_shows_label_containing (detail, "Sorafenib vs Placebo; HR below 1 favours Sorafenib · "
                                         "p < .001 · Primary result");
  assert_shows_label (detail, "10%");
  assert_shows_label (detail, "1iDiii for PFS · 2014 definitions · 2014 PDQ");
  assert_shows_label_containing (detail, "Randomised controlled trial, double-blinded; "
                                         "endpoint: progression-free survival");
  assert_shows_label (detail, "PubMed (PMID 17215530)");
  save_screenshot (GTK_WIDGET (window), "window-trials.png");
  scroll_to_end (detail);
  save_screenshot (GTK_WIDGET (window), "window-trial-detail-end.png");

  close_window (window);
}

/* The detail's harm rows and ESMO-MCBS grades, in the content's own
 * measure words (bundled content: CheckMate 9ER, KEYNOTE-426, and
 * JAVELIN Renal 101, which ESMO has not graded in this guide) */
static void
test_trial_harm_detail (void)
{
  RccWindow *window = open_window (NULL, 1400, 900);
  GtkWidget *detail;

  show_view (window, "trials");
  detail = find_widget (trials_page (window), RCC_TYPE_TRIAL_DETAIL);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "checkmate-9er"));
  wait_until (shows_trial (window, "checkmate-9er"));
  assert_shows_label (detail, "Adverse events: Nivolumab + cabozantinib");
  assert_shows_label_containing (detail, "treatment-related, grade ≥3: 67%");
  assert_shows_label_containing (detail, "44-month update (ESMO Open 2024) · primary publication");
  assert_shows_label_containing (detail, "treatment-related, grade ≥3: 60.6%");
  assert_shows_label_containing (detail, "as reported by a news service · secondary source");
  assert_shows_label_containing (detail, "median follow-up 18.1 months");
  assert_shows_label (detail, "Stopped treatment because of adverse events");
  assert_shows_label (detail, "not in this guide");
  assert_shows_label (detail, "not graded by ESMO in this guide");
  scroll_to_label (detail, "Harm and Follow-up");
  save_screenshot (GTK_WIDGET (window), "window-trial-harm.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "keynote-426"));
  wait_until (shows_trial (window, "keynote-426"));
  assert_shows_label (detail, "ESMO-MCBS grade 4");
  assert_shows_label_containing (detail, "Grade 4 · form 2a (overall survival) · version 1.1 · scorecard 146-1");
  assert_shows_label_containing (detail, "17% because of serious treatment-related adverse events");
  assert_shows_label_containing (detail, "cause not stated, grade 3–5: 75.8%");
  assert_shows_label_containing (detail, "ESMO’s Magnitude of Clinical Benefit Scale");
  scroll_to_label (detail, "Harm and Follow-up");
  save_screenshot (GTK_WIDGET (window), "window-trial-harm-esmo.png");

  close_window (window);
}

static void
test_trials_filters (void)
{
  RccWindow *window = open_window ("minimal.xml", 1400, 860);
  GtkWidget *page;
  GListModel *model;
  GtkDropDown *treatment, *endpoint;
  g_autoptr(RccTrial) only = NULL;

  show_view (window, "trials");
  page = trials_page (window);
  model = G_LIST_MODEL (gtk_column_view_get_model (trials_table (window)));
  treatment = GTK_DROP_DOWN (find_widget (page, GTK_TYPE_DROP_DOWN));
  endpoint = GTK_DROP_DOWN (gtk_widget_get_next_sibling (GTK_WIDGET (treatment)));

  /* Their focusable buttons say what they choose */
  gtk_test_accessible_assert_property (find_widget (GTK_WIDGET (treatment), GTK_TYPE_TOGGLE_BUTTON),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Treatment");
  gtk_test_accessible_assert_property (find_widget (GTK_WIDGET (endpoint), GTK_TYPE_TOGGLE_BUTTON),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Endpoint");

  /* All treatments, pazopanib, sorafenib */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (treatment)), ==, 3);
  gtk_drop_down_set_selected (treatment, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  only = g_list_model_get_item (model, 0);
  g_assert_cmpstr (rcc_trial_get_id (only), ==, "target");

  /* OS: only TARGET reports it */
  gtk_drop_down_set_selected (treatment, 0);
  gtk_drop_down_set_selected (endpoint, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  /* TTP: none, the empty state; "Show trial" clears the filters */
  gtk_drop_down_set_selected (endpoint, 2);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  assert_shows_label (page, "No Matching Trials");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "veg105192");
  wait_until (shows_trial (window, "veg105192"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (endpoint), ==, 0);

  /* Search */
  type_search (page, "2007");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Comparisons are saved to a data folder of the test's own */
  data_home = g_dir_make_tmp ("rcc-trials-page-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  rcc_test_ui_setup ();

  g_test_add_func ("/rcc/trials-page/trials/levels", test_trial_levels);
  g_test_add_func ("/rcc/trials-page/trials/sort-by-hazard-ratio", test_trials_sort_by_hazard_ratio);
  g_test_add_func ("/rcc/trials-page/trials/cells-and-detail", test_trials_cells_and_detail);
  g_test_add_func ("/rcc/trials-page/trials/filters", test_trials_filters);
  g_test_add_func ("/rcc/trials-page/trials/harm-detail", test_trial_harm_detail);

  status = g_test_run ();

  rcc_test_ui_teardown ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
