/* test-window.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "rcc-application.h"
#include "report/rcc-trial-text.h"
#include "ui/rcc-edition-changes-window.h"
#include "ui/rcc-treatment-detail.h"
#include "ui/rcc-treatment-row.h"
#include "ui/rcc-treatments-page.h"
#include "ui/rcc-trial-detail.h"
#include "ui/rcc-trials-page.h"
#include "ui/rcc-window.h"

#include "rcc-test-ui.h"

/* The real main window, headless under Xvfb, on the bundled content and
 * on tests/data/minimal.xml (whose figures are fixed: pazopanib's PFS
 * 9.2 vs 4.2 months, HR 0.46 (95% CI 0.34–0.62); TARGET's 167 vs 84
 * days, HR 0.44 (95% CI 0.35–0.55), level of evidence 1iDiii).
 * Screenshots of each view go to $G_TEST_BUILDDIR/screenshots/. */

static char *data_home;   /* $XDG_DATA_HOME, a temporary folder */

/* Helpers */

/* The first widget on screen under @root of @type whose "label" is @label */
static GtkWidget *
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

/* Scrolls the first scrolled window on screen under @root to its end */
static void
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

static void
searched_cb (GtkSearchEntry *entry,
             char          **searched)
{
  g_free (*searched);
  *searched = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Types @text into @page's search entry and waits for the entry to
 * search for it, once its delay has passed: the page filters then */
static void
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
static gboolean
shows_trial (RccWindow  *window,
             const char *id)
{
  GtkWidget *detail = trials_page (window) != NULL ? trial_detail (window) : NULL;
  RccTrial *trial = detail != NULL ? rcc_trial_detail_get_trial (RCC_TRIAL_DETAIL (detail)) : NULL;

  return g_strcmp0 (adw_view_stack_get_visible_child_name (view_stack (window)), "trials") == 0 &&
         trial != NULL && g_strcmp0 (rcc_trial_get_id (trial), id) == 0;
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

/* Deletes @path and everything under it */
static void
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
test_treatments_search (void)
{
  RccWindow *window = open_window (NULL, 1100, 740);
  GtkWidget *page = treatments_page (window);
  GListModel *model = treatment_list_model (window);
  guint all = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

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
  /* The detail's empty state names its icon when first shown */
  {
    GtkWidget *detail = find_widget (page, RCC_TYPE_TREATMENT_DETAIL);
    GtkWidget *empty = find_widget (detail, ADW_TYPE_STATUS_PAGE);

    wait_until (gtk_widget_get_mapped (empty));
    g_assert_cmpstr (adw_status_page_get_icon_name (ADW_STATUS_PAGE (empty)), ==,
                     "view-list-bullet-symbolic");
  }
  save_screenshot (GTK_WIDGET (window), "window-treatments-empty.png");

  /* Cleared: everything again */
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
  GtkShortcutsWindow *overlay;

  /* gtk/help-overlay.ui, found by GtkApplication under the resource base path */
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  wait_for_shown (GTK_WIDGET (overlay));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (overlay)));
  assert_shows_label (overlay, "Search treatments, or trials on the Trials page");
  save_screenshot (GTK_WIDGET (overlay), "window-shortcuts.png");
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);

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
  save_screenshot (GTK_WIDGET (window), "window-load-error.png");

  close_window (window);
}

/* Importing ClinicalTrials.gov records (tests/data/ctgov/, as its
 * FORMATS.md describes them): NCT00791778 posts PFS medians of 386 vs 478 days and
 * HR 1.09 (95% CI 0.72–1.63), and has one outcome the importer leaves
 * out, so the window asks before keeping it. */

static GFile *
sample_file (const char *folder,
             const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "ctgov", folder, name, NULL);

  return g_file_new_for_path (path);
}

static char *
stored_record_path (const char *name)
{
  return g_build_filename (data_home, "rcc-guide", "imported", name, NULL);
}

/* The message dialog open on top of @window, or NULL */
static AdwMessageDialog *
find_dialog (RccWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* The message dialog open on top of @window, once it is (a record is
 * read in a thread) and is on screen */
static AdwMessageDialog *
wait_for_dialog (RccWindow *window)
{
  AdwMessageDialog *dialog;

  wait_until_named (find_dialog (window) != NULL, "a dialog to open on the window");
  dialog = find_dialog (window);
  wait_for_shown (GTK_WIDGET (dialog));

  return dialog;
}

/* Clicks the button of @response, as the user would */
static void
answer_dialog (AdwMessageDialog *dialog,
               const char       *response)
{
  const char *label = adw_message_dialog_get_response_label (dialog, response);
  GtkWidget *button = find_labelled (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, label);

  g_assert_nonnull (button);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  g_signal_emit_by_name (button, "clicked");

  /* Closed, and gone */
  wait_until_named (dialog == NULL, "the answered dialog to close and be finalized");
  g_assert_null (dialog);
}

static guint
count_trials (void)
{
  return g_list_model_get_n_items (rcc_catalog_get_trials (rcc_application_get_catalog (app)));
}

static void
test_import_record (void)
{
  RccWindow *window = open_window (NULL, 1400, 900);
  g_autoptr(GFile) file = sample_file ("ctgov-v2-json", "NCT00791778_sorafenib_ovarian_REDUCED.json");
  g_autofree char *stored = stored_record_path ("NCT00791778.json");
  guint before = count_trials ();
  AdwMessageDialog *dialog;
  GtkWidget *detail;
  RccTrial *trial;

  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));

  /* What could not be read is shown, and nothing is kept before "Import" */
  rcc_window_import_file (window, file);
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import With These Caveats?");
  assert_shows_label_containing (dialog, "• \"Time to First Pathologic CA-125 (Cancer-associated "
                                         "Tumor Marker) Serum Level\" is not PFS, OS, DFS or TTP; "
                                         "its figures were not imported");
  g_assert_cmpuint (count_trials (), ==, before);
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  save_screenshot (GTK_WIDGET (dialog), "window-import-caveats.png");
  answer_dialog (dialog, "import");

  /* Kept, listed and shown, marked as imported and not reviewed */
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_trials (), ==, before + 1);
  trial = rcc_catalog_lookup_trial (rcc_application_get_catalog (app), "NCT00791778");
  g_assert_nonnull (trial);
  g_assert_true (rcc_trial_get_imported (trial));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (view_stack (window)), ==, "trials");

  wait_until (shows_trial (window, "NCT00791778"));
  detail = find_widget (trials_page (window), RCC_TYPE_TRIAL_DETAIL);
  g_assert_true (rcc_trial_detail_get_trial (RCC_TRIAL_DETAIL (detail)) == trial);
  save_screenshot (GTK_WIDGET (window), "window-imported-trial.png");
  assert_shows_label (detail, "Imported from ClinicalTrials.gov (NCT00791778), not reviewed");
  assert_shows_label (detail, "Record last updated on ClinicalTrials.gov on 28 September 2015");
  assert_shows_label_containing (detail, "What the record did not make clear:\n• ");
  assert_shows_label (detail, "386 days (12.7 months)");
  assert_shows_label (detail, "478 days (15.7 months)");
  assert_shows_label (detail, "1.09 (95% CI 0.72–1.63)");
  g_assert_nonnull (find_labelled (detail, GTK_TYPE_BUTTON, "_Remove Imported Trial…"));

  /* Back in the table, found by its NCT number and marked */
  adw_leaflet_navigate (ADW_LEAFLET (find_widget (trials_page (window), ADW_TYPE_LEAFLET)),
                        ADW_NAVIGATION_DIRECTION_BACK);
  type_search (trials_page (window), "NCT00791778");
  assert_shows_label (trials_table (window), "NCT00791778");
  assert_shows_label (trials_table (window), "Imported, not reviewed");
  assert_shows_label (trials_table (window), "386 days (12.7 mo) vs 478 days (15.7 mo)");
  save_screenshot (GTK_WIDGET (window), "window-imported-in-table.png");
  type_search (trials_page (window), "");

  /* Beside the bundled trials in the comparison */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-comparison", "s",
                                             "NCT00791778"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-to-comparison", "s",
                                             "target"));
  show_view (window, "compare");
  g_assert_cmpuint (g_list_model_get_n_items (rcc_window_get_comparison (window)), ==, 2);
  assert_shows_label (window, "Imported, not reviewed · Setting not stated · 246 patients");
  save_screenshot (GTK_WIDGET (window), "window-compare-imported.png");

  /* After a restart: read back from the user's data folder */
  {
    g_autoptr(RccApplication) restarted = rcc_application_new ();
    g_autoptr(GError) error = NULL;
    RccTrial *again;

    g_assert_true (rcc_application_load_content (restarted, NULL, &error));
    g_assert_no_error (error);
    again = rcc_catalog_lookup_trial (rcc_application_get_catalog (restarted), "NCT00791778");
    g_assert_nonnull (again);
    g_assert_true (rcc_trial_get_imported (again));
    g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_medians (again)), ==, 4);
  }

  /* Removing asks, then deletes the record and drops it everywhere */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-import", "s",
                                             "NCT00791778"));
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove NCT00791778?");
  answer_dialog (dialog, "cancel");
  g_assert_true (g_file_test (stored, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (rcc_catalog_lookup_trial (rcc_application_get_catalog (app), "NCT00791778"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-import", "s",
                                             "NCT00791778"));
  answer_dialog (wait_for_dialog (window), "remove");
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  g_assert_null (rcc_catalog_lookup_trial (rcc_application_get_catalog (app), "NCT00791778"));
  g_assert_cmpuint (count_trials (), ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_window_get_comparison (window)), ==, 1);

  close_window (window);
}

static void
test_import_cancelled (void)
{
  RccWindow *window = open_window (NULL, 1200, 800);
  g_autoptr(GFile) file = sample_file ("ctgov-legacy-xml", "NCT01642004_CheckMate017_nivolumab_vs_docetaxel.xml");
  g_autofree char *stored = stored_record_path ("NCT01642004.xml");
  guint before = count_trials ();
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTarget *target = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  GSList files = { file, NULL };
  gboolean accepted = FALSE;

  /* Dropped on the window, as from a file manager */
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, &files);
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  answer_dialog (wait_for_dialog (window), "cancel");

  g_assert_cmpuint (count_trials (), ==, before);
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));

  close_window (window);
}

static void
test_import_refused (void)
{
  RccWindow *window = open_window (NULL, 1200, 800);
  g_autoptr(GFile) sample = sample_file ("ctgov-v2-json", "NCT03418623_no_results.json");
  g_autofree char *contents = NULL;
  g_autofree char *folder = g_dir_make_tmp ("rcc-import-XXXXXX", NULL);
  g_autofree char *truncated_path = g_build_filename (folder, "truncated.json", NULL);
  g_autofree char *reviewed_path = g_build_filename (folder, "record-1.json", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GFile) truncated = g_file_new_for_path (truncated_path);
  g_autoptr(GFile) reviewed = g_file_new_for_path (reviewed_path);
  g_autoptr(GString) renamed = NULL;
  guint before = count_trials ();
  gsize length;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_load_contents (sample, NULL, &contents, &length, NULL, NULL));

  /* Malformed: FILE: what is wrong, and nothing added */
  g_assert_true (g_file_set_contents (truncated_path, contents, length / 2, NULL));
  rcc_window_import_file (window, truncated);
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Record Could Not Be Imported");
  expected = g_strdup_printf ("%s:", truncated_path);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), expected));
  save_screenshot (GTK_WIDGET (dialog), "window-import-error.png");
  answer_dialog (dialog, "close");
  g_assert_cmpuint (count_trials (), ==, before);

  /* A trial the reviewed content has (RECORD-1 names NCT00410124) */
  renamed = g_string_new_len (contents, length);
  g_assert_cmpuint (g_string_replace (renamed, "NCT03418623", "NCT00410124", 0), >, 0);
  g_assert_true (g_file_set_contents (reviewed_path, renamed->str, renamed->len, NULL));
  rcc_window_import_file (window, reviewed);
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "NCT00410124 is already in the guide’s reviewed content, as RECORD-1");
  answer_dialog (dialog, "close");
  g_assert_cmpuint (count_trials (), ==, before);
  g_assert_null (rcc_catalog_lookup_trial (rcc_application_get_catalog (app), "NCT00410124"));

  g_unlink (truncated_path);
  g_unlink (reviewed_path);
  g_rmdir (folder);
  close_window (window);
}

/* A stored record that no longer reads is set aside, and the window
 * of the next start says so and where it went. */
static void
test_import_store_corrupt (void)
{
  g_autofree char *folder = g_build_filename (data_home, "rcc-guide", "imported", NULL);
  g_autofree char *stored = stored_record_path ("NCT09999999.json");
  g_autoptr(RccApplication) restarted = rcc_application_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  AdwMessageDialog *dialog;
  RccWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (stored, "{\"protocolSection\": ", -1, NULL));

  /* Another id: the first application's D-Bus objects are exported */
  g_application_set_application_id (G_APPLICATION (restarted), APP_ID ".Restarted");
  g_application_register (G_APPLICATION (restarted), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rcc_application_load_content (restarted, NULL, &error));
  g_assert_no_error (error);

  /* Moved aside, not deleted */
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  g_assert_nonnull (rcc_application_get_import_error (restarted));
  kept = g_strdup_printf ("It was kept as %s.corrupt-", stored);
  g_assert_nonnull (strstr (rcc_application_get_import_error (restarted)->message, kept));

  reset_settings ();
  window = rcc_window_new (GTK_APPLICATION (restarted), rcc_application_get_library (restarted));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  dialog = wait_for_dialog (window);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Some Imported Trials Could Not Be Read");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), stored));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), kept));
  answer_dialog (dialog, "close");

  /* The bundled content is all there */
  g_assert_nonnull (rcc_catalog_lookup_trial (rcc_application_get_catalog (restarted), "target"));

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
  g_test_add_func ("/rcc/window/trials/levels", test_trial_levels);
  g_test_add_func ("/rcc/window/edition-changes", test_edition_changes);
  g_test_add_func ("/rcc/window/treatments/search", test_treatments_search);
  g_test_add_func ("/rcc/window/treatments/detail-figures", test_treatment_detail_figures);
  g_test_add_func ("/rcc/window/add-to-comparison", test_add_to_comparison);
  g_test_add_func ("/rcc/window/trials/sort-by-hazard-ratio", test_trials_sort_by_hazard_ratio);
  g_test_add_func ("/rcc/window/trials/cells-and-detail", test_trials_cells_and_detail);
  g_test_add_func ("/rcc/window/trials/filters", test_trials_filters);
  g_test_add_func ("/rcc/window/trials/harm-detail", test_trial_harm_detail);
  g_test_add_func ("/rcc/window/narrow", test_narrow);
  g_test_add_func ("/rcc/window/search-action", test_search_action);
  g_test_add_func ("/rcc/window/show-item-actions", test_show_item_actions);
  g_test_add_func ("/rcc/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/rcc/window/remembers-view-and-size", test_remembers_view_and_size);
  g_test_add_func ("/rcc/window/load-error", test_load_error);
  g_test_add_func ("/rcc/window/import/record", test_import_record);
  g_test_add_func ("/rcc/window/import/cancelled", test_import_cancelled);
  g_test_add_func ("/rcc/window/import/refused", test_import_refused);
  g_test_add_func ("/rcc/window/import/corrupt-store", test_import_store_corrupt);

  status = g_test_run ();

  rcc_test_ui_teardown ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
