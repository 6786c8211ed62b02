/* test-window.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "rcc-application.h"
#include "ui/rcc-edition-changes-window.h"
#include "ui/rcc-treatment-detail.h"
#include "ui/rcc-treatment-row.h"
#include "ui/rcc-treatments-page.h"
#include "ui/rcc-trial-detail.h"
#include "ui/rcc-window.h"

#include "rcc-test-ui.h"
#include "rcc-test-widgets.h"

/* The real main window, headless under Xvfb, on the bundled content and
 * on tests/data/minimal.xml (whose figures are fixed: pazopanib's PFS
 * 9.2 vs 4.2 months, HR 0.46 (95% CI 0.34–0.62); TARGET's 167 vs 84
 * days, HR 0.44 (95% CI 0.35–0.55), level of evidence 1iDiii).
 * Screenshots of each view go to $G_TEST_BUILDDIR/screenshots/.  Its
 * imports of ClinicalTrials.gov records are in test-window-import.c. */

static char *data_home;   /* $XDG_DATA_HOME, a temporary folder */

/* Helpers */

/* Tests */

/* The 2025 PDQ's first-line options, in its order (pdq-2025.md,
 * "Stage IV – first-line"), as the bundled content has them */
static const char * const first_line[] = {
  "nivolumab-ipilimumab", "pembrolizumab-axitinib", "lenvatinib-pembrolizumab",
  "nivolumab-cabozantinib", "radical-nephrectomy", "cytoreductive-nephrectomy",
  "cabozantinib", "avelumab-axitinib", "sunitinib", "interferon-alpha", "interleukin-2",
  "palliative-ebrt",
};

/* The row of the list on screen for the item at @position */
static GtkListBoxRow *
list_row (RccWindow *window,
          guint      position)
{
  return gtk_list_box_get_row_at_index (GTK_LIST_BOX (treatment_list_view (window)), position);
}

static void
test_treatments_by_line (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);
  RccTreatmentsPage *page = RCC_TREATMENTS_PAGE (treatments_page (window));
  GListModel *model = treatment_list_model (window);
  GtkWidget *detail = treatment_detail (window);
  guint cabozantinib_lines = 0, n;
  gboolean note_only_seen = FALSE;

  /* The first line first, in the PDQ's order, numbered as it numbers them */
  g_assert_cmpuint (g_list_model_get_n_items (model), >, G_N_ELEMENTS (first_line));
  for (guint i = 0; i < G_N_ELEMENTS (first_line); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_assert_true (RCC_IS_OPTION (item));
      g_assert_cmpint (rcc_option_get_line (RCC_OPTION (item)), ==, RCC_THERAPY_LINE_FIRST);
      g_assert_cmpuint (rcc_option_get_position (RCC_OPTION (item)), ==, i + 1);
      g_assert_cmpstr (rcc_treatment_get_id (rcc_option_get_treatment (RCC_OPTION (item))), ==,
                       first_line[i]);
    }
  assert_shows_label (page, "First line");
  assert_shows_label (page, "1. Nivolumab + ipilimumab");
  assert_shows_label (page, "For intermediate- or poor-risk disease");
  assert_shows_label (page, "9. Sunitinib");
  assert_shows_label (page, "VEGF-targeted therapy · 2014 edition: option 4");
  assert_shows_label (page, "Options as the 2025 PDQ (last updated 13 May 2025) lists them, "
                            "by line of therapy");

  /* The page opens on the first line's first option */
  g_assert_cmpstr (rcc_treatment_get_id (rcc_treatments_page_get_selected_treatment (page)), ==,
                   "nivolumab-ipilimumab");
  assert_shows_label (detail, "First line, option 1");
  assert_shows_label (detail, "Not in the 2014 edition");
  save_screenshot (GTK_WIDGET (window), "window-treatments.png");

  /* A treatment in several lines is in each; the option naming no
   * treatment is there to read, not to choose */
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      RccTreatment *treatment = treatment_list_item_treatment (item);

      if (treatment != NULL && g_str_equal (rcc_treatment_get_id (treatment), "cabozantinib"))
        cabozantinib_lines++;
      if (RCC_IS_OPTION (item) && treatment == NULL)
        {
          note_only_seen = TRUE;
          g_assert_cmpint (rcc_option_get_line (RCC_OPTION (item)), ==, RCC_THERAPY_LINE_LATER);
          g_assert_cmpuint (rcc_option_get_position (RCC_OPTION (item)), ==, 8);
          g_assert_false (gtk_list_box_row_get_selectable (list_row (window, i)));
          g_assert_false (gtk_list_box_row_get_activatable (list_row (window, i)));
        }
    }
  g_assert_cmpuint (cabozantinib_lines, ==, 2);
  g_assert_true (note_only_seen);

  /* Sunitinib: first line, option 9, with the PDQ's references for it,
   * and its 2014 place */
  choose_treatment (window, "Sunitinib");
  assert_shows_label (detail, "First line, option 9");
  assert_shows_label (detail, "2014 edition: option 4");
  assert_shows_label_containing (detail, "The PDQ cites for it, in its order:\n• Motzer RJ, Hutson TE, Tomczak P");
  assert_shows_label_containing (detail, "Sources: the 2025 PDQ (last updated 13 May 2025) for "
                                         "its place in today’s lists");
  save_screenshot (GTK_WIDGET (window), "window-treatment-sunitinib.png");

  /* Cabozantinib: both its places */
  choose_treatment (window, "Cabozantinib");
  assert_shows_label (detail, "First line, option 7");
  assert_shows_label (detail, "Second line, option 3");
  assert_shows_label_containing (detail, "First line, option 7; Second line, option 3");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  wait_until (adw_style_manager_get_dark (adw_style_manager_get_default ()));
  save_screenshot (GTK_WIDGET (window), "window-treatments-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_DEFAULT);

  close_window (window);
}

/* The window of what changed since the 2014 edition, from the menu */
static void
test_edition_changes (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);
  GtkWidget *changes = NULL;
  g_autoptr(GList) toplevels = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edition-changes", NULL));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (RCC_IS_EDITION_CHANGES_WINDOW (l->data))
      changes = l->data;
  g_assert_nonnull (changes);
  wait_for_shown (changes);

  assert_shows_label (changes, "What Changed Since 2014");
  assert_shows_label (changes, "How the lists by line of therapy of the 2025 PDQ (last updated "
                               "13 May 2025) differ from the single list of options of the "
                               "2014 PDQ (last updated 25 February 2014).");
  /* Added: in a 2025 line, not in the 2014 list */
  assert_shows_label (changes, "Nivolumab + ipilimumab");
  assert_shows_label (changes, "Not in the 2014 edition. Now: First line, option 1.");
  /* Kept, with its old and new places */
  assert_shows_label (changes, "2014 edition: option 4. Now: First line, option 9.");
  assert_shows_label (changes, "2014 edition: option 11. Now: First line, option 12; "
                               "Second line, option 5.");
  /* Every 2014 option is in a 2025 list */
  assert_shows_label (changes, "No option of the 2014 edition was dropped.");
  save_screenshot (changes, "edition-changes.png");

  /* Once: the menu raises the open one */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edition-changes", NULL));
  g_clear_pointer (&toplevels, g_list_free);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    g_assert_true (!RCC_IS_EDITION_CHANGES_WINDOW (l->data) || l->data == changes);

  gtk_window_destroy (GTK_WINDOW (changes));
  close_window (window);
}

static void
test_treatments_search (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);
  GtkWidget *page = treatments_page (window);
  GListModel *model = treatment_list_model (window);
  guint all = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  /* The empty states are built when first shown, not with the window */
  g_assert_null (find_widget (page, ADW_TYPE_STATUS_PAGE));

  /* A target */
  type_search (page, "mTOR");
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      RccTreatment *treatment = treatment_list_item_treatment (item);

      if (treatment != NULL)
        g_ptr_array_add (names, (gpointer)rcc_treatment_get_name (treatment));
    }
  g_assert_true (g_ptr_array_find_with_equal_func (names, "Temsirolimus", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (names, "Everolimus", g_str_equal, NULL));
  g_assert_false (g_ptr_array_find_with_equal_func (names, "Sunitinib", g_str_equal, NULL));
  g_assert_cmpuint (names->len, <, all);

  /* A brand, in any case */
  /* (sunitinib in the first line, and after nephrectomy) */
  type_search (page, "sutent");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  assert_shows_label (page, "Sunitinib");
  save_screenshot (GTK_WIDGET (window), "window-treatments-search.png");

  /* Nothing: the empty state, and no detail */
  type_search (page, "zzzz");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  assert_shows_label (page, "No Matching Treatments");
  assert_shows_label (page, "No Treatment Selected");
  /* The detail's empty state, built with its icon when first shown */
  {
    GtkWidget *detail = find_widget (page, RCC_TYPE_TREATMENT_DETAIL);
    GtkWidget *empty = find_widget (detail, ADW_TYPE_STATUS_PAGE);

    wait_until (gtk_widget_get_mapped (empty));
    g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (empty)), ==,
                     "view-list-bullet-symbolic");
  }
  save_screenshot (GTK_WIDGET (window), "window-treatments-empty.png");

  /* Cleared with the empty state's button: everything again */
  {
    GtkWidget *empty = find_widget_with_class (page, ADW_TYPE_STATUS_PAGE, "compact");
    GtkWidget *clear = find_widget (empty, GTK_TYPE_BUTTON);

    gtk_test_accessible_assert_property (clear, GTK_ACCESSIBLE_PROPERTY_LABEL, "Clear filters");
    g_signal_emit_by_name (clear, "clicked");
  }
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (page, GTK_TYPE_SEARCH_ENTRY))), ==, "");
  wait_until (!shows_label (page, "No Matching Treatments"));

  /* And by clearing the search */
  type_search (page, "zzzz");
  assert_shows_label (page, "No Matching Treatments");
  type_search (page, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);
  g_assert_false (shows_label (page, "No Matching Treatments"));

  close_window (window);
}

static void
test_treatment_detail_figures (void)
{
  RccWindow *window = open_window ("minimal.xml", 1100, 740);
  GtkWidget *page = treatments_page (window);
  GtkWidget *detail = find_widget (page, RCC_TYPE_TREATMENT_DETAIL);
  GtkWidget *link, *show_trial, *trial_detail;

  /* minimal.xml: pazopanib's only trial is VEG105192 */
  choose_treatment (window, "Pazopanib");
  g_assert_true (rcc_treatment_detail_get_treatment (RCC_TREATMENT_DETAIL (detail)) ==
                 rcc_catalog_lookup_treatment (rcc_application_get_catalog (app), "pazopanib"));
  assert_shows_label (page, "PFS 9.2 vs 4.2 months · VEG105192");
  assert_shows_label (detail, "Pazopanib");
  assert_shows_label (detail, "VEG105192");
  assert_shows_label (detail, "2010 · Phase 3 · 435 patients · Untreated and pretreated");
  assert_shows_label (detail, "Pazopanib vs Placebo");
  assert_shows_label (detail, "Median PFS");
  assert_shows_label (detail, "9.2 months");
  assert_shows_label (detail, "4.2 months");
  assert_shows_label (detail, "0.46 (95% CI 0.34–0.62)");
  assert_shows_label (detail, "p < .0001");
  assert_shows_label (detail, "No level given by the PDQ");
  assert_shows_label_containing (detail, "Sternberg CN");
  assert_shows_label_containing (detail, "Sources: the 2014 PDQ (last updated 25 February 2014) "
                                         "for its 2014 place and its trials’ publications");
  assert_shows_label_containing (detail, "supports clinical judgement");

  /* What a screen reader reads for the list and its first row */
  gtk_test_accessible_assert_property (treatment_list_view (window),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Treatment options");
  gtk_test_accessible_assert_property (find_widget (page, RCC_TYPE_TREATMENT_ROW),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Pazopanib");
  gtk_test_accessible_assert_property (find_widget (page, RCC_TYPE_TREATMENT_ROW),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "VEGF-targeted therapy · 2014 edition: option 5. "
                                       "PFS 9.2 vs 4.2 months · VEG105192");
  gtk_test_accessible_assert_property (find_widget (page, GTK_TYPE_SEARCH_ENTRY),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Search treatments");

  /* Sorafenib: TARGET, reported in days */
  choose_treatment (window, "Sorafenib");
  assert_shows_label (detail, "TARGET");
  assert_shows_label (detail, "167 days (5.5 months)");
  assert_shows_label (detail, "84 days (2.8 months)");
  assert_shows_label (detail, "0.44 (95% CI 0.35–0.55)");
  assert_shows_label (detail, "p < .001");
  assert_shows_label_containing (detail, "PDQ level of evidence: 1iDiii for PFS · "
                                         "2014 definitions · 2014 PDQ");
  link = find_labelled (detail, GTK_TYPE_LINK_BUTTON, "PubMed (PMID 17215530)");
  g_assert_nonnull (link);
  g_assert_cmpstr (gtk_link_button_get_uri (GTK_LINK_BUTTON (link)), ==,
                   "https://pubmed.ncbi.nlm.nih.gov/17215530/");
  scroll_to_end (detail);
  save_screenshot (GTK_WIDGET (window), "window-treatment-detail-end.png");

  /* "Show Trial" opens TARGET in the trials table */
  show_trial = find_labelled (detail, GTK_TYPE_BUTTON, "Show Trial");
  g_assert_nonnull (show_trial);
  g_signal_emit_by_name (show_trial, "clicked");
  wait_until (shows_trial (window, "target"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "trials");
  trial_detail = find_widget (trials_page (window), RCC_TYPE_TRIAL_DETAIL);
  g_assert_cmpstr (rcc_trial_get_id (rcc_trial_detail_get_trial (RCC_TRIAL_DETAIL (trial_detail))),
                   ==, "target");

  close_window (window);
}

static void
test_add_to_comparison (void)
{
  RccWindow *window = open_window ("minimal.xml", 1100, 740);
  GListModel *comparison = rcc_window_get_comparison (window);

  g_assert_cmpuint (g_list_model_get_n_items (comparison), ==, 0);

  choose_treatment (window, "Pazopanib");
  g_assert_true (gtk_widget_activate_action (find_widget (treatments_page (window),
                                                          RCC_TYPE_TREATMENT_DETAIL),
                                             "treatment.add-to-comparison", NULL));
  assert_shows_label (window, "Added Pazopanib to the comparison");

  /* Each once */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-comparison", "s", "pazopanib");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-comparison", "s", "target");
  /* Pazopanib stands for its trial; TARGET was added once. */
  g_assert_cmpuint (g_list_model_get_n_items (comparison), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (comparison), 0), ==, "veg105192");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (comparison), 1), ==, "target");

  show_view (window, "compare");
  assert_shows_label (window, "TARGET (2007)");
  save_screenshot (GTK_WIDGET (window), "window-compare.png");

  close_window (window);
}

static void
test_narrow (void)
{
  RccWindow *window = open_window ("minimal.xml", 400, 760);
  AdwLeaflet *leaflet = ADW_LEAFLET (find_widget (treatments_page (window), ADW_TYPE_LEAFLET));
  GtkWidget *list_view = treatment_list_view (window);
  GtkWidget *detail = find_widget (treatments_page (window), RCC_TYPE_TREATMENT_DETAIL);
  AdwLeaflet *trials_leaflet;
  GtkWidget *bar;

  /* One pane: the list; the view switcher at the bottom.  The fold may
   * still be animating on a slow (sanitizer) build. */
  wait_until (!gtk_widget_get_mapped (detail));
  wait_for_settled (GTK_WIDGET (window));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (gtk_widget_get_mapped (list_view));
  g_assert_false (gtk_widget_get_mapped (detail));
  bar = find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar)));
  save_screenshot (GTK_WIDGET (window), "window-narrow-treatments.png");

  /* Choosing a treatment shows only its detail, with a back button */
  choose_treatment (window, "Pazopanib");
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "detail");
  g_assert_true (gtk_widget_get_mapped (detail));
  g_assert_false (gtk_widget_get_mapped (list_view));
  assert_shows_label (detail, "9.2 months");
  save_screenshot (GTK_WIDGET (window), "window-narrow-treatment-detail.png");

  /* Ctrl+F goes back to the list's search */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  wait_until (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "list") == 0);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "list");

  /* Trials fold too */
  show_view (window, "trials");
  trials_leaflet = ADW_LEAFLET (find_widget (trials_page (window), ADW_TYPE_LEAFLET));
  g_assert_true (adw_leaflet_get_folded (trials_leaflet));
  save_screenshot (GTK_WIDGET (window), "window-narrow-trials.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "target");
  wait_until (shows_trial (window, "target") &&
              g_strcmp0 (adw_leaflet_get_visible_child_name (trials_leaflet), "detail") == 0);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (trials_leaflet), ==, "detail");
  save_screenshot (GTK_WIDGET (window), "window-narrow-trial-detail.png");

  close_window (window);
}

static void
test_search_action (void)
{
  RccWindow *window = open_window ("minimal.xml", 1100, 740);
  GtkWidget *entry;

  show_view (window, "compare");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  entry = find_widget (treatments_page (window), GTK_TYPE_SEARCH_ENTRY);
  wait_until (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "treatments");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));

  show_view (window, "trials");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  entry = find_widget (trials_page (window), GTK_TYPE_SEARCH_ENTRY);
  wait_until (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));

  close_window (window);
}

/* The window at an item asked for from outside (app.show-trial and
 * app.show-treatment forward here; GNOME Shell's search results too): the
 * item, its page and its detail; an id the guide does not hold changes
 * nothing and says so */
static void
test_show_item_actions (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);
  GtkWidget *page = treatments_page (window);
  RccTreatmentDetail *detail = RCC_TREATMENT_DETAIL (treatment_detail (window));
  GtkWidget *entry = find_widget (page, GTK_TYPE_SEARCH_ENTRY);

  show_view (window, "compare");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-treatment", "s", "pazopanib"));
  wait_until (rcc_treatment_detail_get_treatment (detail) != NULL &&
              g_str_equal (rcc_treatment_get_id (rcc_treatment_detail_get_treatment (detail)), "pazopanib"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "treatments");
  assert_shows_label (GTK_WIDGET (detail), "Pazopanib");

  /* Hidden by a search: the search is cleared to show it */
  gtk_editable_set_text (GTK_EDITABLE (entry), "belzutifan");
  wait_until (g_list_model_get_n_items (treatment_list_model (window)) == 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-treatment", "s", "sunitinib"));
  wait_until (g_str_equal (rcc_treatment_get_id (rcc_treatment_detail_get_treatment (detail)), "sunitinib"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* Unknown ids: nothing changes, and no warning */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-treatment", "s", "no-such-treatment"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "no-such-trial"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "no-such-page"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "treatments");
  g_assert_cmpstr (rcc_treatment_get_id (rcc_treatment_detail_get_treatment (detail)), ==, "sunitinib");

  /* A trial, on the Trials page */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "checkmate-214"));
  wait_until (shows_trial (window, "checkmate-214"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "trials");

  /* The overview's "search in the app": the terms in the entry */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search-for", "s", "cabozantinib"));
  wait_until (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "treatments");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "cabozantinib");
  wait_until (g_list_model_get_n_items (treatment_list_model (window)) < 10);
  {
    g_autoptr(GObject) first = g_list_model_get_item (treatment_list_model (window), 0);

    g_assert_nonnull (strstr (rcc_treatment_get_search_text (treatment_list_item_treatment (first)),
                              "cabozantinib"));
  }

  close_window (window);
}

static void
test_shortcuts_window (void)
{
  RccWindow *window = open_window ("minimal.xml", 1100, 740);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                 "win.show-help-overlay");
  GtkShortcutsWindow *overlay;

  /* Ctrl+? as GtkApplication gives it */
  g_assert_cmpstrv (accels, ((const char *[]) { "<Control>question", NULL }));

  /* Built when first asked for, then kept for the window's life */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  wait_for_shown (GTK_WIDGET (overlay));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overlay)));
  assert_shows_label (overlay, "Search treatments, or trials on the Trials page");
  save_screenshot (GTK_WIDGET (overlay), "window-shortcuts.png");
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);

  close_window (window);
}

/* The primary menu: its popover is built when first opened, and then
 * offers every entry */
static void
test_primary_menu (void)
{
  RccWindow *window = open_window ("minimal.xml", 1100, 740);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  GtkMenuButton *menu_button = NULL;
  GtkPopover *popover;

  find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_primary (buttons->pdata[i]))
      menu_button = buttons->pdata[i];
  g_assert_nonnull (menu_button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (menu_button)), ==, "Main Menu");
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (menu_button)));
  g_assert_null (gtk_menu_button_get_popover (menu_button));

  /* Opened once the window has settled, as a user could */
  wait_for_settled (GTK_WIDGET (window));
  gtk_menu_button_popup (menu_button);
  popover = gtk_menu_button_get_popover (menu_button);
  g_assert_nonnull (popover);
  wait_for_shown (GTK_WIDGET (popover));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  for (const char * const *l = (const char * const[]) { "Import Trial…", "Patient View",
                                                        "Presentation Mode", "Preferences",
                                                        "Glossary", "What Changed Since 2014",
                                                        "Keyboard Shortcuts", "About RCC Guide",
                                                        NULL };
       *l != NULL; l++)
    assert_shows_label (popover, *l);
  save_screenshot (GTK_WIDGET (popover), "window-primary-menu.png");
  gtk_menu_button_popdown (menu_button);
  wait_until (!gtk_widget_get_mapped (GTK_WIDGET (popover)));

  /* Opened again, the same popover; closed, as a user would, before the
   * window is (a popover still mapping as its window goes asked GDK for
   * the pointer on a surface already gone) */
  gtk_menu_button_popup (menu_button);
  g_assert_true (gtk_menu_button_get_popover (menu_button) == popover);
  wait_for_shown (GTK_WIDGET (popover));
  gtk_menu_button_popdown (menu_button);
  wait_until (!gtk_widget_get_mapped (GTK_WIDGET (popover)));

  close_window (window);
}

static void
test_remembers_view_and_size (void)
{
  RccWindow *window;
  g_autofree char *view = NULL;

  reset_settings ();
  g_settings_set_string (settings, "last-view", "trials");
  g_settings_set_int (settings, "window-width", 1234);
  window = rcc_window_new (GTK_APPLICATION (app), rcc_application_get_library (app));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "trials");
  gtk_window_present (GTK_WINDOW (window));
  wait_for_shown (GTK_WIDGET (window));
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - 1234), <=, 20);

  show_view (window, "compare");
  view = g_settings_get_string (settings, "last-view");
  g_assert_cmpstr (view, ==, "compare");

  close_window (window);
}

static void
test_load_error (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data",
                                                                    "bad-hr-outside-ci.xml", NULL));
  g_autoptr(GError) error = NULL;
  RccWindow *window;

  g_assert_false (rcc_application_load_content (app, file, &error));
  g_assert_nonnull (error);

  reset_settings ();
  window = rcc_window_new (GTK_APPLICATION (app), rcc_application_get_library (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_shown (GTK_WIDGET (window));

  assert_shows_label (window, "The Content Could Not Be Loaded");
  assert_shows_label (window, error->message);
  /* FILE:LINE: message */
  g_assert_true (g_str_has_prefix (error->message, g_file_peek_path (file)));
  g_assert_false (gtk_widget_get_mapped (find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW)));

  /* Nothing to switch to, not even once what the action queued is on
   * screen */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "trials");
  wait_for_paint (GTK_WIDGET (window));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "treatments");
  assert_shows_label (window, error->message);
  /* The header's title has faded in for the disabled view switcher */
  {
    g_autoptr(GPtrArray) squeezers = g_ptr_array_new ();

    find_all (GTK_WIDGET (window), ADW_TYPE_SQUEEZER, squeezers);
    for (guint i = 0; i < squeezers->len; i++)
      wait_until (!adw_squeezer_get_transition_running (squeezers->pdata[i]));
  }
  save_screenshot (GTK_WIDGET (window), "window-load-error.png");

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Imported trials go to a data folder of the test's own */
  data_home = g_dir_make_tmp ("rcc-window-data-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  rcc_test_ui_setup ();

  g_test_add_func ("/rcc/window/treatments/by-line", test_treatments_by_line);
  g_test_add_func ("/rcc/window/edition-changes", test_edition_changes);
  g_test_add_func ("/rcc/window/treatments/search", test_treatments_search);
  g_test_add_func ("/rcc/window/treatments/detail-figures", test_treatment_detail_figures);
  g_test_add_func ("/rcc/window/add-to-comparison", test_add_to_comparison);
  g_test_add_func ("/rcc/window/narrow", test_narrow);
  g_test_add_func ("/rcc/window/search-action", test_search_action);
  g_test_add_func ("/rcc/window/show-item-actions", test_show_item_actions);
  g_test_add_func ("/rcc/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/rcc/window/primary-menu", test_primary_menu);
  g_test_add_func ("/rcc/window/remembers-view-and-size", test_remembers_view_and_size);
  g_test_add_func ("/rcc/window/load-error", test_load_error);

  status = g_test_run ();

  rcc_test_ui_teardown ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
