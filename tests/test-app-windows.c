/* test-app-windows.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>

#include "report/rcc-glossary.h"
#include "ui/rcc-glossary-button.h"
#include "ui/rcc-glossary-window.h"
#include "ui/rcc-preferences-window.h"
#include "ui/rcc-window.h"

#include "rcc-test-ui.h"
#include "rcc-test-widgets.h"

/* The application's other windows, on the real window with the bundled
 * content, headless under Xvfb: the glossary (its buttons and its own
 * window), the preferences, the about window and the shortcuts window.
 * Screenshots go to $G_TEST_BUILDDIR/screenshots/. */

/* Helpers */

/* Closes every other window of the application (dialogs, glossary) */
static void
close_other_windows (RccWindow *window)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != (gpointer)window)
      gtk_window_destroy (l->data);
  g_list_free (windows);
  wait_until (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))) == 1);
}

/* The glossary button in @root whose terms are @terms */
static GtkWidget *
glossary_button (GtkWidget  *root,
                 const char *terms)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  find_all (root, RCC_TYPE_GLOSSARY_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (rcc_glossary_button_get_terms (buttons->pdata[i]), terms) == 0)
      return buttons->pdata[i];

  g_error ("No glossary button for “%s”", terms);
}

/* Whether all of @widget is inside the scrolled window it is in */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (widget, scrolled, &bounds) &&
         bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled);
}

/* The application's window of @type, or NULL */
static GtkWidget *
find_app_window (GType type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;

  return NULL;
}

/* The about window, or NULL */
static AdwAboutWindow *
find_about_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (toplevel))
        return ADW_ABOUT_WINDOW (toplevel);
    }

  return NULL;
}

/* Tests */

static void
test_glossary (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  GtkWidget *button, *menu_button, *popover;
  RccGlossaryWindow *glossary = NULL;
  g_auto(GStrv) accels = NULL;

  /* On the headings of the trial detail */
  show_view (window, "trials");
  show_trial (window, "veg105192");
  button = glossary_button (trial_detail (window), "hazard-ratio confidence-interval");
  g_assert_true (gtk_widget_get_mapped (button));
  menu_button = find_widget (button, GTK_TYPE_MENU_BUTTON);
  gtk_test_accessible_assert_property (menu_button, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "What do hazard ratio and confidence interval mean?");
  /* Scrolled into view, as for a click */
  gtk_widget_grab_focus (menu_button);
  wait_until (in_view (menu_button));
  wait_for_settled (GTK_WIDGET (window));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  wait_for_shown (popover);
  g_assert_true (gtk_widget_get_mapped (popover));
  assert_shows_label (popover, "Hazard ratio (HR)");
  assert_shows_label (popover, rcc_glossary_get_definition ("hazard-ratio"));
  assert_shows_label (popover, "Confidence interval (CI)");
  save_screenshot (popover, "glossary-popover.png");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  button = glossary_button (trial_detail (window), "level-of-evidence");
  gtk_test_accessible_assert_property (find_widget (button, GTK_TYPE_MENU_BUTTON),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "What does level of evidence mean?");

  /* In patient view, on the treatment detail's results */
  rcc_window_set_patient_view (window, TRUE);
  show_view (window, "treatments");
  choose_treatment (window, "Sunitinib");
  g_assert_true (gtk_widget_get_mapped (glossary_button (treatment_detail (window),
                                                         "median randomised-trial placebo")));

  /* Its own window: F1 and the primary menu */
  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.glossary");
  g_assert_cmpstr (accels[0], ==, "F1");
  g_action_group_activate_action (G_ACTION_GROUP (app), "glossary", NULL);
  wait_until ((glossary = RCC_GLOSSARY_WINDOW (find_app_window (RCC_TYPE_GLOSSARY_WINDOW))) != NULL);
  g_assert_nonnull (glossary);
  wait_for_shown (GTK_WIDGET (glossary));
  for (const char * const *ids = rcc_glossary_get_ids (); *ids != NULL; ids++)
    {
      g_autofree char *title = rcc_glossary_get_title (*ids);

      assert_shows_label (glossary, title);
      assert_shows_label (glossary, rcc_glossary_get_definition (*ids));
    }
  save_screenshot (GTK_WIDGET (glossary), "glossary-window.png");

  /* Once: activating it again raises the same window, not even a second
   * one once what the action queued is on screen */
  g_action_group_activate_action (G_ACTION_GROUP (app), "glossary", NULL);
  wait_for_paint (GTK_WIDGET (glossary));
  {
    guint n = 0;

    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
      n += RCC_IS_GLOSSARY_WINDOW (l->data);
    g_assert_cmpuint (n, ==, 1);
  }

  close_other_windows (window);
  close_window (window);
}

static void
test_preferences (void)
{
  RccWindow *window = open_window (NULL, 1300, 900);
  RccPreferencesWindow *prefs = NULL;
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();
  g_auto(GStrv) accels = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *scheme = NULL;
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *patient_switch;
  int base = xft_dpi ();

  accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_assert_cmpstr (accels[0], ==, "<Control>comma");

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  wait_until ((prefs = RCC_PREFERENCES_WINDOW (find_app_window (RCC_TYPE_PREFERENCES_WINDOW))) != NULL);
  g_assert_nonnull (prefs);
  wait_for_shown (GTK_WIDGET (prefs));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prefs)) == GTK_WINDOW (window));
  save_screenshot (GTK_WIDGET (prefs), "preferences.png");

  /* Text size, colour scheme, paper size, in that order */
  find_all (GTK_WIDGET (prefs), ADW_TYPE_COMBO_ROW, combos);
  g_assert_cmpuint (combos->len, ==, 3);

  adw_combo_row_set_selected (combos->pdata[0], 2);
  wait_until (xft_dpi () == base * 3 / 2);
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.5);
  g_assert_cmpint (xft_dpi (), ==, base * 3 / 2);

  adw_combo_row_set_selected (combos->pdata[1], 2);
  wait_until (adw_style_manager_get_dark (style));
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));
  save_screenshot (GTK_WIDGET (prefs), "preferences-dark-150.png");
  save_screenshot (GTK_WIDGET (window), "window-dark-150.png");

  /* The settings change at once (the memory backend) */
  adw_combo_row_set_selected (combos->pdata[2], 2);
  paper = g_settings_get_string (settings, "paper-size");
  g_assert_cmpstr (paper, ==, "letter");

  /* The switch: patient view, in the open window too */
  patient_switch = find_widget (GTK_WIDGET (prefs), GTK_TYPE_SWITCH);
  gtk_switch_set_active (GTK_SWITCH (patient_switch), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "patient-view"));
  g_assert_true (rcc_window_get_patient_view (window));

  /* And the other way: a key changed elsewhere shows in the rows */
  g_settings_set_double (settings, "text-scale", 2.0);
  g_settings_set_string (settings, "color-scheme", "light");
  wait_until (xft_dpi () == base * 2 && !adw_style_manager_get_dark (style));
  wait_for_settled (GTK_WIDGET (prefs));
  g_assert_cmpuint (adw_combo_row_get_selected (combos->pdata[0]), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (combos->pdata[1]), ==, 1);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  assert_nothing_clipped (GTK_WIDGET (prefs), "preferences 200");
  save_screenshot (GTK_WIDGET (prefs), "preferences-200.png");

  close_other_windows (window);
  reset_settings ();
  wait_until (xft_dpi () == base);
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpint (xft_dpi (), ==, base);

  close_window (window);
}

static void
test_about (void)
{
  RccWindow *window = open_window (NULL, 1100, 800);
  AdwAboutWindow *about = NULL;
  const char *notes;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  wait_until ((about = find_about_window ()) != NULL);
  g_assert_nonnull (about);
  wait_for_shown (GTK_WIDGET (about));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));

  /* The content's version, and its change log as the release notes */
  g_assert_nonnull (strstr (adw_about_window_get_comments (about),
                            "Content version 6, reviewed 3 December 2026."));
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, "content version 6");
  notes = adw_about_window_get_release_notes (about);
  g_assert_nonnull (strstr (notes, "<p>Content version 6, 3 December 2026</p>"));
  g_assert_nonnull (strstr (notes, "plain summary now has its Spanish"));
  g_assert_nonnull (strstr (notes, "Side effects in plain words"));
  g_assert_nonnull (strstr (notes, "<p>Content version 5, 3 December 2026</p>"));
  g_assert_nonnull (strstr (notes, "plain name"));
  g_assert_nonnull (strstr (notes, "<p>Content version 4, 3 December 2026</p>"));
  g_assert_nonnull (strstr (notes, "Harm beside benefit"));
  g_assert_nonnull (strstr (notes, "<p>Content version 3, 3 December 2026</p>"));
  g_assert_nonnull (strstr (notes, "The 2025 PDQ becomes the spine"));
  g_assert_nonnull (strstr (notes, "<p>Content version 2, 27 November 2026</p>"));
  g_assert_nonnull (strstr (notes, "<p>Content version 1, 27 November 2026</p>"));
  g_assert_nonnull (strstr (notes, "Eleven treatments added from trial publications"));
  /* Newest first */
  g_assert_cmpint (strstr (notes, "version 6") - notes, <, strstr (notes, "version 5") - notes);
  g_assert_cmpint (strstr (notes, "version 5") - notes, <, strstr (notes, "version 4") - notes);
  g_assert_cmpint (strstr (notes, "version 4") - notes, <, strstr (notes, "version 3") - notes);
  g_assert_cmpint (strstr (notes, "version 3") - notes, <, strstr (notes, "version 2") - notes);
  g_assert_cmpint (strstr (notes, "version 2") - notes, <, strstr (notes, "version 1") - notes);
  save_screenshot (GTK_WIDGET (about), "about.png");

  gtk_window_destroy (GTK_WINDOW (about));
  wait_until (find_about_window () == NULL);
  close_window (window);
}

static void
test_shortcuts (void)
{
  RccWindow *window = open_window (NULL, 1100, 800);
  GtkShortcutsWindow *overlay;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_nonnull (overlay);
  wait_for_shown (GTK_WIDGET (overlay));
  assert_shows_label (overlay, "Patient view");
  assert_shows_label (overlay, "Presentation mode");
  assert_shows_label (overlay, "Glossary");
  assert_shows_label (overlay, "Preferences");
  gtk_widget_set_visible (GTK_WIDGET (overlay), FALSE);

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

  g_test_add_func ("/rcc/app-windows/glossary", test_glossary);
  g_test_add_func ("/rcc/app-windows/preferences", test_preferences);
  g_test_add_func ("/rcc/app-windows/about", test_about);
  g_test_add_func ("/rcc/app-windows/shortcuts", test_shortcuts);

  status = g_test_run ();

  rcc_test_ui_teardown ();
  return status;
}
