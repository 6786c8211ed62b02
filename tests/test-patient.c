/* test-patient.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "rcc-application.h"
#include "report/rcc-patient-text.h"
#include "ui/rcc-compare-view.h"
#include "ui/rcc-treatment-detail.h"
#include "ui/rcc-treatments-page.h"
#include "ui/rcc-trial-detail.h"
#include "ui/rcc-trials-page.h"
#include "ui/rcc-window.h"

#include "rcc-test-ui.h"
#include "rcc-test-widgets.h"

/* Patient view, text size, presentation mode and the setting filter,
 * on the real window with the bundled content, headless under Xvfb (the
 * glossary, preferences, about and shortcuts windows are in
 * test-app-windows.c).  Screenshots go to
 * $G_TEST_BUILDDIR/screenshots/patient-*.png. */

/* Abbreviations patient view never shows on their own.  Trial names
 * stay as published ("Sunitinib vs interferon-alpha"). */
static const char * const abbreviations[] = { "PFS", "HR", "CI", "OS", "N", "RCC", NULL };

/* Helpers */

/* Whether @word stands on its own in @text, not inside another word:
 * "HR" in "HR 0.46", not in "three" or "CHRONIC" */
static gboolean
has_word (const char *text,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean starts = p == text || !g_ascii_isalnum (p[-1]);
      gboolean ends = !g_ascii_isalnum (p[len]);

      /* "N" only as a count: "N=", "N =", "(N)" or alone */
      if (starts && ends)
        return TRUE;
    }

  return FALSE;
}

/* Fails naming every label on screen under @root with a bare abbreviation */
static void
assert_no_abbreviations (GtkWidget  *root,
                         const char *where)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) problems = g_string_new (NULL);

  collect_labels (root, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      g_autoptr(GString) text = g_string_new (gtk_label_get_text (labels->pdata[i]));

      /* The app's name is a name */
      g_string_replace (text, "RCC Guide", "", 0);
      for (guint j = 0; abbreviations[j] != NULL; j++)
        if (has_word (text->str, abbreviations[j]))
          g_string_append_printf (problems, "\n  “%s” in “%s”", abbreviations[j],
                                  gtk_label_get_text (labels->pdata[i]));
    }

  if (problems->len > 0)
    g_error ("%s: bare abbreviations in patient view:%s", where, problems->str);
}

static GPtrArray *
treatment_names (RccWindow *window)
{
  GListModel *model = treatment_list_model (window);
  GPtrArray *names = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      RccTreatment *treatment = treatment_list_item_treatment (item);

      /* An option that names no treatment has no name to list */
      if (treatment != NULL)
        g_ptr_array_add (names, (gpointer)rcc_treatment_get_name (treatment));
    }

  return names;
}

static gboolean
contains (GPtrArray  *names,
          const char *name)
{
  return g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL);
}

/* The column of the table of trials headed @title */
static GtkColumnViewColumn *
trials_column (RccWindow  *window,
               const char *title)
{
  return table_column (trials_table (window), title);
}

/* Tests */

/* The patient view's side-effects group, whole, for looking at */
static void
save_side_effects (GtkWidget  *detail,
                   const char *name)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();

  find_all (detail, ADW_TYPE_PREFERENCES_GROUP, groups);
  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]), "Common Side Effects") == 0)
      {
        wait_for_paint (groups->pdata[i]);
        save_screenshot (groups->pdata[i], name);
        return;
      }

  g_error ("No side-effects group");
}

static void
test_patient_view_toggle (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  GtkWidget *detail = treatment_detail (window);
  GtkWidget *toggle, *compare;

  choose_treatment (window, "Pazopanib");
  assert_shows_label (detail, "Median PFS");
  g_assert_false (rcc_window_get_patient_view (window));

  /* The header bar's toggle, bound to win.patient-view */
  toggle = find_widget (GTK_WIDGET (window), GTK_TYPE_TOGGLE_BUTTON);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (toggle)), ==,
                   "win.patient-view");
  /* Named once, by its label (GTK 4.8 reads an accessible label and a
   * labelled-by relation one after the other) */
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_signal_emit_by_name (toggle, "clicked");
  wait_until (rcc_window_get_patient_view (window));

  g_assert_true (rcc_window_get_patient_view (window));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_true (g_settings_get_boolean (settings, "patient-view"));
  g_assert_true (rcc_treatment_detail_get_patient (RCC_TREATMENT_DETAIL (detail)));

  /* The compare view's handout too, though the view is built only
   * when first shown, after the switch */
  show_view (window, "compare");
  compare = find_widget (GTK_WIDGET (window), RCC_TYPE_COMPARE_VIEW);
  g_assert_true (rcc_compare_view_get_patient (RCC_COMPARE_VIEW (compare)));
  show_view (window, "treatments");

  /* The plain summary first, the figures as sentences, the side effects
   * with their source; none of the professional parts */
  assert_shows_label_containing (detail, "Pazopanib (Votrient) is a tablet");
  assert_shows_label (detail, "What the Studies Found");
  assert_shows_label (detail, "With pazopanib, half of the people had no growth of their "
                              "cancer for 9.2 months or more.");
  assert_shows_label (detail, "During the study, people who had pazopanib had a lower risk of "
                              "their cancer growing. Their risk was about 54% lower than with "
                              "placebo.");
  assert_shows_label (detail, "The study compared pazopanib with placebo (a dummy medicine).");
  assert_shows_label (detail, "Common Side Effects");
  assert_shows_label (detail, "Source: patient pages from UPMC and Cancer Research UK, and the "
                              "maker’s patient site (Novartis).");
  assert_shows_label_containing (detail, "Common side effects include:\n•  Diarrhea, most often "
                                         "mild: about 1 in 2 people.");
  assert_shows_label_containing (detail, "Tell your care team at once if you have:\n•  Yellow skin");
  g_assert_false (shows_label_containing (detail, "hypertension"));
  g_assert_false (shows_label_containing (detail, "As the drug label lists them"));
  assert_shows_label (detail, "Blocks the tumor’s blood vessel growth · "
                              "Brand name Votrient (GlaxoSmithKline) · "
                              "National Cancer Institute, 2025");
  g_assert_false (shows_label (detail, "Median PFS"));
  g_assert_false (shows_label (detail, "How It Works"));
  g_assert_false (shows_label (detail, "References"));
  g_assert_false (shows_label_containing (detail, "0.46"));
  assert_shows_label (detail, "This guide helps you and your care team talk about the choices. "
                              "It does not choose for you.");
  assert_no_abbreviations (GTK_WIDGET (window), "Pazopanib");
  save_screenshot (GTK_WIDGET (window), "patient-treatment.png");

  /* Ctrl+Shift+P's action, back to the professional view */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  wait_until (!rcc_window_get_patient_view (window));
  g_assert_false (rcc_window_get_patient_view (window));
  g_assert_false (g_settings_get_boolean (settings, "patient-view"));
  assert_shows_label (detail, "Median PFS");
  assert_shows_label (detail, "0.46 (95% CI 0.34–0.62)");

  close_window (window);
}

/* Every option, in patient view: the same parts, in plain words, with
 * nothing recommended */
static void
test_patient_view_every_treatment (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  GtkWidget *detail = treatment_detail (window);
  g_autoptr(GPtrArray) names = NULL;

  rcc_window_set_patient_view (window, TRUE);
  wait_until (rcc_treatment_detail_get_patient (RCC_TREATMENT_DETAIL (detail)));
  names = treatment_names (window);
  /* Each treatment once, though a treatment in several lines is listed
   * in each */
  for (guint i = 0; i < names->len; i++)
    for (guint j = names->len - 1; j > i; j--)
      if (g_str_equal (names->pdata[i], names->pdata[j]))
        g_ptr_array_remove_index (names, j);
  g_assert_cmpuint (names->len, ==, 27);

  for (guint i = 0; i < names->len; i++)
    {
      RccTreatment *treatment;

      choose_treatment (window, names->pdata[i]);
      treatment = rcc_treatment_detail_get_treatment (RCC_TREATMENT_DETAIL (detail));
      g_assert_cmpstr (rcc_treatment_get_name (treatment), ==, names->pdata[i]);

      assert_shows_label (detail, rcc_treatment_get_plain_summary (treatment));
      assert_shows_label (detail, "What the Studies Found");
      assert_shows_label (detail, "Common Side Effects");
      g_assert_false (shows_label_containing (detail, "recommend"));
      assert_no_abbreviations (GTK_WIDGET (window), names->pdata[i]);
    }

  /* An option today's summary lists says so; one added from trial
   * publications says so, with their years */
  choose_treatment (window, "Pembrolizumab + axitinib");
  assert_shows_label (detail, "Two medicines together · Brand name Keytruda (Merck) + Inlyta "
                              "(Pfizer) · National Cancer Institute, 2025");
  assert_shows_label (detail, "With pembrolizumab + axitinib, half of the people had no growth "
                              "of their cancer for 15.1 months or more.");
  choose_treatment (window, "Cabozantinib + nivolumab + ipilimumab");
  assert_shows_label_containing (detail, "Added from study reports (2023)");
  choose_treatment (window, "Sunitinib");
  assert_shows_label_containing (detail, "Tiredness, most often mild: almost 8 in 10 people.");
  save_side_effects (detail, "patient-side-effects-sunitinib.png");
  /* A patient source for each drug of a combination: each drug's own */
  choose_treatment (window, "Nivolumab + ipilimumab");
  assert_shows_label (detail, "In plain words, from patient information on each drug");
  assert_shows_label_containing (detail, "With nivolumab, common side effects include:");
  assert_shows_label_containing (detail, "With ipilimumab, common side effects include:");
  assert_shows_label_containing (detail, "Source: Drugs.com, a drug information site for the public.");
  /* No patient source: the label's list, its words explained, and says so */
  save_side_effects (detail, "patient-side-effects-nivolumab-ipilimumab.png");
  choose_treatment (window, "Belzutifan");
  assert_shows_label (detail, "As the studies and other sources of this guide report them. "
                              "This guide has no source written for patients on this drug.");
  assert_shows_label_containing (detail, "decreased hemoglobin, fatigue, musculoskeletal pain");
  assert_shows_label_containing (detail, "What these words mean:\n•  Fatigue: Feeling very tired");
  assert_shows_label_containing (detail, "•  Hypoxia: Too little oxygen in the blood.");
  save_side_effects (detail, "patient-side-effects-belzutifan.png");
  /* Surgery has its risks in plain words too */
  choose_treatment (window, "Radical nephrectomy");
  assert_shows_label_containing (detail, "Tell your care team at once if you have:\n•  A fever or chills.");

  close_window (window);
}

static void
test_patient_view_trials (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  GtkWidget *detail;

  rcc_window_set_patient_view (window, TRUE);
  show_view (window, "trials");
  show_trial (window, "veg105192");
  detail = trial_detail (window);

  /* The table: trial, year, what was compared and what was found */
  g_assert_true (gtk_column_view_column_get_visible (trials_column (window, "Trial")));
  g_assert_true (gtk_column_view_column_get_visible (trials_column (window, "Year")));
  g_assert_true (gtk_column_view_column_get_visible (trials_column (window,
                                                                   "What the Study Found")));
  g_assert_false (gtk_column_view_column_get_visible (trials_column (window, "HR (CI)")));
  g_assert_false (gtk_column_view_column_get_visible (trials_column (window, "Median PFS")));
  g_assert_false (gtk_column_view_column_get_visible (trials_column (window, "N")));

  /* The detail: in sentences, with the year it was published */
  assert_shows_label (detail, "Published in 2010 · 435 people took part · "
                              "Some people had treatment before and some had not");
  assert_shows_label_containing (detail, "With pazopanib, half of the people had no growth of "
                                         "their cancer for 9.2 months or more.");
  assert_shows_label (detail, "Groups Compared");
  assert_shows_label (detail, "Placebo (a dummy medicine), the comparison group");
  g_assert_false (shows_label (detail, "Hazard Ratios"));
  assert_no_abbreviations (GTK_WIDGET (window), "VEG105192");
  save_screenshot (GTK_WIDGET (window), "patient-trials.png");

  /* Each group's size in words, not "n = 496" */
  show_trial (window, "keynote-564");
  assert_shows_label (detail, "496 people");
  g_assert_false (shows_label (detail, "n = 496"));

  /* Sorted from the keyboard's menu by what patient view shows: the
   * treatments compared, column 9 of the template */
  {
    GtkColumnView *table = GTK_COLUMN_VIEW (find_widget (trials_page (window),
                                                         GTK_TYPE_COLUMN_VIEW));
    GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (table));

    /* Sorted at once, as the rows are */
    g_assert_true (gtk_widget_activate_action (trials_page (window), "trials.sort-column",
                                               "i", 9));
    for (guint i = 1; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(RccTrial) a = g_list_model_get_item (model, i - 1);
        g_autoptr(RccTrial) b = g_list_model_get_item (model, i);
        g_autofree char *text_a = rcc_patient_text_comparison (a);
        g_autofree char *text_b = rcc_patient_text_comparison (b);
        g_autofree char *fold_a = g_utf8_casefold (text_a, -1);
        g_autofree char *fold_b = g_utf8_casefold (text_b, -1);

        g_assert_cmpint (g_utf8_collate (fold_a, fold_b), <=, 0);
      }
  }

  /* Every trial */
  {
    GListModel *trials = rcc_catalog_get_trials (rcc_application_get_catalog (app));

    for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
      {
        g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
        g_autofree char *published = g_strdup_printf ("Published in %u",
                                                      rcc_trial_get_year (trial));

        show_trial (window, rcc_trial_get_id (trial));
        assert_shows_label_containing (detail, published);
        assert_no_abbreviations (detail, rcc_trial_get_id (trial));
      }
  }

  /* Back: the professional table, with the year still there */
  rcc_window_set_patient_view (window, FALSE);
  wait_until (!rcc_trial_detail_get_patient (RCC_TRIAL_DETAIL (detail)));
  g_assert_true (gtk_column_view_column_get_visible (trials_column (window, "HR (CI)")));
  g_assert_true (gtk_column_view_column_get_visible (trials_column (window, "Year")));
  g_assert_false (gtk_column_view_column_get_visible (trials_column (window,
                                                                    "What the Study Found")));
  show_trial (window, "javelin-renal-101");
  assert_shows_label (detail, "2019 · Phase 3 · 886 patients · First-line");

  close_window (window);
}

/* Screenshots and clipping checks of each view at one text size */
static void
check_views_at (RccWindow  *window,
                const char *size)
{
  g_autofree char *name = NULL;
  g_autofree char *where = NULL;

  for (guint patient = 0; patient < 2; patient++)
    {
      rcc_window_set_patient_view (window, patient);

      /* Each waits for what it shows to be laid out */
      show_view (window, "treatments");
      choose_treatment (window, "Pazopanib");
      where = g_strdup_printf ("%s treatments %s", patient ? "patient" : "clinician", size);
      assert_nothing_clipped (GTK_WIDGET (window), where);
      name = g_strdup_printf ("%s-treatments-%s.png", patient ? "patient" : "clinician", size);
      save_screenshot (GTK_WIDGET (window), name);
      g_clear_pointer (&name, g_free);
      g_clear_pointer (&where, g_free);

      show_view (window, "trials");
      show_trial (window, "checkmate-214");
      where = g_strdup_printf ("%s trials %s", patient ? "patient" : "clinician", size);
      assert_nothing_clipped (GTK_WIDGET (window), where);
      name = g_strdup_printf ("%s-trials-%s.png", patient ? "patient" : "clinician", size);
      save_screenshot (GTK_WIDGET (window), name);
      g_clear_pointer (&name, g_free);
      g_clear_pointer (&where, g_free);

      /* The table too, when the page shows one pane at a time */
      {
        AdwLeaflet *leaflet = ADW_LEAFLET (find_widget (trials_page (window), ADW_TYPE_LEAFLET));

        if (adw_leaflet_get_folded (leaflet))
          {
            adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
            wait_until (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "table") == 0);
            wait_for_settled (GTK_WIDGET (window));
            where = g_strdup_printf ("%s trials table %s", patient ? "patient" : "clinician", size);
            assert_nothing_clipped (GTK_WIDGET (window), where);
            name = g_strdup_printf ("%s-trials-table-%s.png", patient ? "patient" : "clinician",
                                    size);
            save_screenshot (GTK_WIDGET (window), name);
            g_clear_pointer (&name, g_free);
            g_clear_pointer (&where, g_free);
          }
      }
    }
}

static void
test_text_scale (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  int base = xft_dpi ();

  check_views_at (window, "100");

  /* The preference scales every font of the app, from the desktop's */
  g_settings_set_double (settings, "text-scale", 1.5);
  wait_until (xft_dpi () == base * 3 / 2);
  g_assert_cmpint (xft_dpi (), ==, base * 3 / 2);
  check_views_at (window, "150");

  g_settings_set_double (settings, "text-scale", 2.0);
  wait_until (xft_dpi () == base * 2);
  g_assert_cmpint (xft_dpi (), ==, base * 2);
  check_views_at (window, "200");

  /* A narrow window at 200%: one pane, still nothing cut off */
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 900);
  wait_until (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - 600) <= 20);
  wait_for_settled (GTK_WIDGET (window));
  rcc_window_set_patient_view (window, TRUE);
  show_view (window, "treatments");
  choose_treatment (window, "Pembrolizumab + axitinib");
  assert_nothing_clipped (GTK_WIDGET (window), "narrow patient treatment 200");
  save_screenshot (GTK_WIDGET (window), "patient-narrow-200.png");

  g_settings_reset (settings, "text-scale");
  wait_until (xft_dpi () == base);
  g_assert_cmpint (xft_dpi (), ==, base);

  close_window (window);
}

static void
test_presentation (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  int base = xft_dpi ();

  show_view (window, "trials");
  g_assert_true (gtk_column_view_column_get_visible (trials_column (window, "Phase")));

  /* F11's action: fewer columns, larger text */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  wait_until (rcc_window_get_presentation (window) && xft_dpi () == base * 3 / 2);
  g_assert_true (rcc_window_get_presentation (window));
  g_assert_false (gtk_column_view_column_get_visible (trials_column (window, "Phase")));
  g_assert_false (gtk_column_view_column_get_visible (trials_column (window, "N")));
  g_assert_false (gtk_column_view_column_get_visible (trials_column (window, "p")));
  g_assert_true (gtk_column_view_column_get_visible (trials_column (window, "HR (CI)")));
  g_assert_cmpint (xft_dpi (), ==, base * 3 / 2);
  show_trial (window, "target");
  assert_nothing_clipped (GTK_WIDGET (window), "presentation");
  save_screenshot (GTK_WIDGET (window), "presentation-trials.png");

  /* The table too, when the page shows one pane at a time */
  {
    AdwLeaflet *leaflet = ADW_LEAFLET (find_widget (trials_page (window), ADW_TYPE_LEAFLET));

    if (adw_leaflet_get_folded (leaflet))
      {
        adw_leaflet_navigate (leaflet, ADW_NAVIGATION_DIRECTION_BACK);
        wait_until (g_strcmp0 (adw_leaflet_get_visible_child_name (leaflet), "table") == 0);
        wait_for_settled (GTK_WIDGET (window));
        assert_nothing_clipped (GTK_WIDGET (window), "presentation table");
        save_screenshot (GTK_WIDGET (window), "presentation-trials-table.png");
      }
  }

  /* At 200%, presentation keeps 200% */
  g_settings_set_double (settings, "text-scale", 2.0);
  wait_until (xft_dpi () == base * 2);
  g_assert_cmpint (xft_dpi (), ==, base * 2);
  g_settings_reset (settings, "text-scale");
  wait_until (xft_dpi () == base * 3 / 2);
  g_assert_cmpint (xft_dpi (), ==, base * 3 / 2);

  /* Escape leaves it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-presentation", NULL));
  wait_until (!rcc_window_get_presentation (window) && xft_dpi () == base);
  g_assert_false (rcc_window_get_presentation (window));
  g_assert_true (gtk_column_view_column_get_visible (trials_column (window, "Phase")));
  g_assert_cmpint (xft_dpi (), ==, base);

  close_window (window);
}

static void
test_setting_filter (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  RccTreatmentsPage *page = RCC_TREATMENTS_PAGE (treatments_page (window));
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_widget (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN));
  g_autoptr(GPtrArray) all = treatment_names (window);
  g_autoptr(GPtrArray) first_line = NULL;
  g_autoptr(GPtrArray) adjuvant = NULL;
  g_autoptr(GPtrArray) after_io = NULL;

  gtk_test_accessible_assert_property (GTK_WIDGET (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Setting");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, 6);

  /* The list is filtered as the choice changes */
  rcc_treatments_page_set_setting (page, RCC_SETTING_FIRST_LINE);
  first_line = treatment_names (window);
  g_assert_true (contains (first_line, "Sunitinib"));
  g_assert_true (contains (first_line, "Pembrolizumab + axitinib"));
  g_assert_true (contains (first_line, "Nivolumab + ipilimumab"));
  g_assert_false (contains (first_line, "Adjuvant pembrolizumab"));
  g_assert_false (contains (first_line, "Everolimus"));
  g_assert_cmpuint (first_line->len, <, all->len);
  save_screenshot (GTK_WIDGET (window), "treatments-first-line.png");

  rcc_treatments_page_set_setting (page, RCC_SETTING_ADJUVANT);
  /* The adjuvant options, and the drugs of other lines that adjuvant
   * trials tested (nivolumab in PROSPER, nivolumab + ipilimumab in
   * CheckMate 914) */
  adjuvant = treatment_names (window);
  g_assert_cmpuint (adjuvant->len, ==, 4);
  g_assert_true (contains (adjuvant, "Adjuvant pembrolizumab"));
  g_assert_true (contains (adjuvant, "Adjuvant sunitinib"));
  g_assert_true (contains (adjuvant, "Nivolumab"));
  g_assert_true (contains (adjuvant, "Nivolumab + ipilimumab"));
  assert_shows_label (treatments_page (window), "Immune checkpoint inhibitor · Not in the 2014 edition");

  gtk_drop_down_set_selected (dropdown, 3);
  after_io = treatment_names (window);
  g_assert_cmpuint (after_io->len, ==, 2);
  g_assert_true (contains (after_io, "Belzutifan"));
  g_assert_true (contains (after_io, "Everolimus"));

  /* The same choices in plain words in patient view, the choice kept */
  rcc_window_set_patient_view (window, TRUE);
  wait_until (rcc_treatments_page_get_patient (page));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (treatment_list_model (window)), ==, 2);
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (dropdown)), ==,
                   "After an immune drug and a blood vessel drug");

  rcc_treatments_page_set_setting (page, RCC_SETTING_NOT_STATED);
  {
    g_autoptr(GPtrArray) again = treatment_names (window);

    g_assert_cmpuint (again->len, ==, all->len);
  }

  close_window (window);
}

/* rcc-guide --patient, in a process of its own: its window, once it is
 * on screen */
static gboolean
check_patient_cb (gpointer data)
{
  GApplication *application = data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  g_assert_true (RCC_IS_WINDOW (window));
  g_print ("patient-view: %s\n", rcc_window_get_patient_view (RCC_WINDOW (window)) ? "on" : "off");
  {
    /* For this session only: the preference is unchanged. */
    g_autoptr(GSettings) app_settings = g_settings_new (APP_ID);
    g_print ("patient-view setting: %s\n", g_settings_get_boolean (app_settings, "patient-view") ? "on" : "off");
  }
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

/* Checks the window once it is mapped: the application sets patient view
 * before it presents the window */
static void
patient_window_mapped_cb (GtkWidget      *window,
                          GtkApplication *application)
{
  g_idle_add (check_patient_cb, application);
}

static void
patient_window_added_cb (GtkApplication *application,
                         GtkWindow      *window)
{
  g_signal_connect (window, "map", G_CALLBACK (patient_window_mapped_cb), application);
}

static void
test_command_line (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(RccApplication) patient_app = rcc_application_new ();
      char *argv[] = { (char *)"rcc-guide", (char *)"--patient", NULL };

      g_signal_connect (patient_app, "window-added", G_CALLBACK (patient_window_added_cb), NULL);
      g_assert_cmpint (g_application_run (G_APPLICATION (patient_app), 2, argv), ==, 0);
      return;
    }

  g_test_trap_subprocess (NULL, 30 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*patient-view: on*patient-view setting: off*");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/rcc/patient/command-line", test_command_line);

  /* The child of the command-line test runs its own application */
  if (!g_test_subprocess ())
    {
      rcc_test_ui_setup ();

      g_test_add_func ("/rcc/patient/toggle", test_patient_view_toggle);
      g_test_add_func ("/rcc/patient/every-treatment", test_patient_view_every_treatment);
      g_test_add_func ("/rcc/patient/trials", test_patient_view_trials);
      g_test_add_func ("/rcc/patient/text-scale", test_text_scale);
      g_test_add_func ("/rcc/patient/presentation", test_presentation);
      g_test_add_func ("/rcc/patient/setting-filter", test_setting_filter);
    }

  status = g_test_run ();

  rcc_test_ui_teardown ();
  return status;
}
