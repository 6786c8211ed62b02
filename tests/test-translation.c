/* test-translation.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "content/rcc-xml-loader.h"
#include "report/rcc-report.h"
#include "rcc-application.h"
#include "ui/rcc-icon-array.h"
#include "ui/rcc-compare-view.h"
#include "ui/rcc-treatment-detail.h"
#include "ui/rcc-trial-detail.h"
#include "ui/rcc-treatments-page.h"
#include "ui/rcc-trials-page.h"
#include "ui/rcc-window.h"

#include "rcc-test-ui.h"

/* The real main window in Spanish (LANGUAGE=es, LC_ALL=es_ES.UTF-8),
 * headless under Xvfb, on the translations built into the build dir
 * ($RCC_LOCALEDIR, meson's po/LANG/LC_MESSAGES/) and on
 * tests/data/minimal.xml, whose figures are fixed (pazopanib's PFS 9.2
 * vs 4.2 months, HR 0.46 (95% CI 0.34–0.62)).  Screenshots go to
 * $G_TEST_BUILDDIR/screenshots/window-es*.png. */

#define NBSP "\u00a0"

/* Helpers */

#define assert_no_label(root, text) \
  G_STMT_START { \
    if (shows_label (GTK_WIDGET (root), text)) \
      g_error ("Label “%s” is still in English", text); \
  } G_STMT_END

/* Tests */

/* The catalog is found and read: without it every other test here
 * would only say "no label". */
static void
test_catalog (void)
{
  g_assert_cmpstr (setlocale (LC_NUMERIC, NULL), ==, "es_ES.UTF-8");
  g_assert_cmpstr (_("_Treatments"), ==, "_Tratamientos");
  g_assert_cmpstr (C_("endpoint", "PFS"), ==, "SLP");
  g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, "%u patient", "%u patients", 2), ==,
                   "%u pacientes");
}

static void
test_window_in_spanish (void)
{
  RccWindow *window = open_window ("minimal.xml", 1280, 800);
  GtkWidget *page = treatments_page (window);
  GtkWidget *detail = find_widget (page, RCC_TYPE_TREATMENT_DETAIL);

  /* The view switcher */
  assert_shows_label (window, "Tratamientos");
  assert_shows_label (window, "Ensayos");
  assert_shows_label (window, "Comparar");
  assert_no_label (window, "Treatments");
  assert_no_label (window, "Trials");
  assert_no_label (window, "Compare");

  /* The list: category, 2014 option and headline figures, with a
   * decimal comma */
  assert_shows_label (page, "Terapia dirigida contra el VEGF · edición de 2014: opción 5");
  assert_shows_label (page, "SLP 9,2 vs. 4,2 meses · VEG105192");

  choose_treatment (window, "Pazopanib");
  assert_shows_label (detail, "2010 · Fase 3 · 435 pacientes · Sin tratamiento previo y pretratados");
  assert_shows_label (detail, "Pazopanib vs. Placebo");
  assert_shows_label (detail, "Mediana de SLP");
  assert_shows_label (detail, "9,2 meses");
  assert_shows_label (detail, "4,2 meses");
  assert_shows_label (detail, "0,46 (IC del 95" NBSP "%: 0,34–0,62)");
  assert_shows_label (detail, "El PDQ no da ningún nivel");
  assert_shows_label_containing (detail, "Fuentes: el PDQ de 2014 (actualizado por última vez el 25 de febrero de 2014)");
  assert_shows_label_containing (detail, "apoya el juicio clínico");
  assert_no_label (detail, "Median PFS");
  assert_no_label (detail, "9.2 months");
  log_labels (GTK_WIDGET (window), "treatments");
  save_screenshot (GTK_WIDGET (window), "window-es.png");

  /* The trials table */
  show_view (window, "trials");
  assert_shows_label (window, "Mediana de SLP");
  assert_shows_label_containing (window, "9,2 meses");
  assert_shows_label (window, "Todos los criterios de valoración");
  log_labels (GTK_WIDGET (window), "trials");
  save_screenshot (GTK_WIDGET (window), "window-es-trials.png");

  /* The comparison, empty */
  show_view (window, "compare");
  assert_shows_label (window, "Aún no hay nada que comparar");
  log_labels (GTK_WIDGET (window), "compare");
  save_screenshot (GTK_WIDGET (window), "window-es-compare.png");

  close_window (window);
}

static void
test_patient_view_in_spanish (void)
{
  RccWindow *window = open_window ("minimal.xml", 1280, 800);
  GtkWidget *detail = find_widget (treatments_page (window), RCC_TYPE_TREATMENT_DETAIL);

  choose_treatment (window, "Pazopanib");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  wait_until (rcc_window_get_patient_view (window));
  g_assert_true (rcc_window_get_patient_view (window));

  /* The figures as plain sentences, with a decimal comma */
  assert_shows_label (detail, "Qué encontraron los estudios");
  assert_shows_label (detail, "Con pazopanib, en la mitad de las personas el cáncer no creció "
                              "durante 9,2 meses o más.");
  assert_shows_label (detail, "Durante el estudio, las personas que recibieron pazopanib "
                              "tuvieron menos riesgo de que su cáncer creciera. Su riesgo fue "
                              "más o menos un 54" NBSP "% menor que con placebo.");
  assert_shows_label (detail, "El estudio comparó pazopanib con placebo (un medicamento falso).");
  assert_shows_label (detail, "Esta guía le ayuda a hablar de las opciones con su equipo médico. "
                              "No elige por usted.");
  assert_no_label (detail, "What the Studies Found");
  /* The content's plain summary in Spanish */
  assert_shows_label (detail, "Una pastilla que bloquea señales que el tumor necesita para crecer.");
  assert_no_label (detail, "A tablet that blocks signals the tumor needs to grow.");
  log_labels (GTK_WIDGET (window), "patient view");
  save_screenshot (GTK_WIDGET (window), "window-es-patient.png");

  /* Sorafenib has no Spanish summary in minimal.xml: the English one */
  choose_treatment (window, "Sorafenib");
  assert_shows_label (detail, "A tablet taken twice a day.");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  wait_until (!rcc_window_get_patient_view (window));
  close_window (window);
}

/* The bundled content's plain names, in Spanish, lead in patient view
 * with the professional name beside them */
static void
test_plain_names_in_spanish (void)
{
  RccWindow *window = open_window (NULL, 1280, 800);
  GtkWidget *detail = find_widget (treatments_page (window), RCC_TYPE_TREATMENT_DETAIL);

  choose_treatment (window, "Palliative EBRT");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  wait_until (rcc_window_get_patient_view (window));
  g_assert_true (rcc_window_get_patient_view (window));

  assert_shows_label (detail, "Radioterapia para aliviar síntomas (Palliative EBRT)");
  assert_shows_label (GTK_WIDGET (treatments_page (window)),
                      "1. Dos fármacos de inmunoterapia por goteo (Nivolumab + ipilimumab)");
  assert_no_label (detail, "Radiation to ease symptoms (Palliative EBRT)");
  save_screenshot (GTK_WIDGET (window), "window-es-plain-names.png");

  /* Side effects in plain words: the headings from es.po, the rest
   * from the content's Spanish */
  choose_treatment (window, "Sunitinib");
  assert_shows_label (detail, "Fuente: páginas para pacientes de Cancer Research UK y UPMC, y el "
                              "sitio para pacientes del fabricante (Pfizer).");
  assert_shows_label_containing (detail, "Algunos efectos secundarios comunes son:\n•  Cansancio, "
                                         "casi siempre leve: casi 8 de cada 10 personas.");
  assert_shows_label_containing (detail, "Avise enseguida a su equipo médico si tiene:\n•  Piel u "
                                         "ojos amarillos");
  g_assert_false (shows_label_containing (detail, "Common side effects include:"));
  choose_treatment (window, "Nivolumab + ipilimumab");
  assert_shows_label (detail, "En palabras sencillas, de la información para pacientes de cada fármaco");
  assert_shows_label_containing (detail, "Con ipilimumab, algunos efectos secundarios comunes son:");
  {
    g_autoptr(GPtrArray) groups = g_ptr_array_new ();

    find_all (detail, ADW_TYPE_PREFERENCES_GROUP, groups);
    for (guint i = 0; i < groups->len; i++)
      if (g_strcmp0 (adw_preferences_group_get_title (groups->pdata[i]),
                     "Efectos secundarios frecuentes") == 0)
        save_screenshot (groups->pdata[i], "window-es-side-effects.png");
  }

  close_window (window);
}

/* The bundled content's plain summaries, in Spanish, in patient view;
 * the professional view keeps the professional summary */
static void
test_plain_summary_in_spanish (void)
{
  RccWindow *window = open_window (NULL, 1280, 800);
  GtkWidget *detail = find_widget (treatments_page (window), RCC_TYPE_TREATMENT_DETAIL);
  const char *es = "El sunitinib (Sutent) es una cápsula que bloquea señales que el tumor usa "
                   "para crecer y para formar vasos sanguíneos nuevos. Lo toma por la boca una "
                   "vez al día durante 4 semanas, luego deja de tomarlo 2 semanas y después "
                   "vuelve a empezar. Puede tomarlo con o sin comida.";
  RccTreatment *sunitinib;

  choose_treatment (window, "Sunitinib");
  sunitinib = rcc_treatment_detail_get_treatment (RCC_TREATMENT_DETAIL (detail));
  assert_no_label (detail, es);
  assert_shows_label (detail, rcc_treatment_get_summary (sunitinib));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  wait_until (rcc_window_get_patient_view (window));
  assert_shows_label (detail, es);
  assert_no_label (detail, rcc_treatment_get_plain_summary (sunitinib));
  save_screenshot (GTK_WIDGET (window), "window-es-plain-summary.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  wait_until (!rcc_window_get_patient_view (window));
  close_window (window);
}

/* The "N in 100" pictures of a trial, in Spanish: the sentences beside
 * them and their names for screen readers (issue 17) */
static void
test_icon_arrays_in_spanish (void)
{
  RccWindow *window = open_window (NULL, 1280, 800);
  g_autoptr(GPtrArray) arrays = g_ptr_array_new ();
  const char *label;
  GtkWidget *detail;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  wait_until (rcc_window_get_patient_view (window));
  show_view (window, "trials");
  detail = trial_detail (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "veg105192"));
  wait_until (rcc_trial_detail_get_trial (RCC_TRIAL_DETAIL (detail)) != NULL &&
              gtk_widget_get_mapped (detail));

  assert_shows_label (detail, "En cerca de 30 de cada 100 personas, el cáncer se redujo.");
  assert_shows_label (detail, "En cerca de 3 de cada 100 personas, el cáncer se redujo.");
  assert_shows_label (detail, "Placebo (un medicamento falso)");
  assert_no_label (detail, "About 30 in 100 people had their cancer shrink.");

  find_all (detail, RCC_TYPE_ICON_ARRAY, arrays);
  g_assert_cmpuint (arrays->len, ==, 2);
  /* (a variable: the macro pastes a literal into its format string) */
  label = "Matriz de iconos: 30 de 100 figuras coloreadas. Pazopanib: en cerca de 30 de cada "
          "100 personas, el cáncer se redujo. El estudio informó un 30 %.";
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (g_ptr_array_index (arrays, 0)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  wait_for_paint (GTK_WIDGET (window));
  save_screenshot (GTK_WIDGET (window), "window-es-icon-arrays.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  wait_until (!rcc_window_get_patient_view (window));
  close_window (window);
}

/* The patient handout in Spanish, written in this process (the CLI binds
 * the installed catalog, not the build's): its treatment block gives the
 * Spanish plain summary, and not the English one. */
static void
test_handout_in_spanish (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = rcc_xml_loader_load_bundled (&error);
  g_autoptr(GListStore) trials = g_list_store_new (RCC_TYPE_TRIAL);
  g_autoptr(RccReport) report = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "handout-output", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout-es.pdf", NULL);
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *text = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) folded = g_string_new (NULL);
  int status = 0;

  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_list_store_append (trials, rcc_catalog_lookup_trial (catalog, "veg105192"));
  report = rcc_report_new (catalog);
  rcc_report_set_trials (report, G_LIST_MODEL (trials));
  rcc_report_set_audience (report, RCC_AUDIENCE_PATIENT);
  g_assert_true (rcc_report_write_pdf (report, pdf, RCC_PAPER_A4, &error));
  g_assert_no_error (error);

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &text, &err, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);

  /* pdftotext keeps line breaks and hyphens nothing: fold white space */
  words = g_strsplit_set (text, " \n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (folded, "%s ", words[i]);

  g_assert_nonnull (strstr (folded->str, "El pazopanib (Votrient) es una pastilla que bloquea "
                                         "señales que el tumor necesita para crecer"));
  g_assert_nonnull (strstr (folded->str, "al menos 1 hora antes o 2 horas después de una comida."));
  g_assert_null (strstr (folded->str, "Pazopanib (Votrient) is a tablet"));
}

/* Harm, follow-up and ESMO-MCBS in the trial detail, in Spanish, and
 * the comparison they sit in (bundled content) */
static void
test_harm_in_spanish (void)
{
  RccWindow *window = open_window (NULL, 1400, 900);
  GtkWidget *detail;
  RccCompareView *view;

  show_view (window, "trials");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-trial", "s", "checkmate-9er"));
  detail = trial_detail (window);
  wait_until (g_strcmp0 (rcc_trial_get_id (rcc_trial_detail_get_trial (RCC_TRIAL_DETAIL (detail))),
                         "checkmate-9er") == 0);
  assert_shows_label (detail, "Toxicidad y seguimiento");
  assert_shows_label (detail, "Acontecimientos adversos: Nivolumab + cabozantinib");
  assert_shows_label_containing (detail, "relacionados con el tratamiento, grado ≥3: 67 %");
  assert_shows_label_containing (detail, "mediana de seguimiento 44,0 meses");
  assert_shows_label (detail, "Suspensión del tratamiento por acontecimientos adversos");
  assert_shows_label (detail, "no está en esta guía");
  assert_shows_label (detail, "sin grado de la ESMO en esta guía");
  assert_no_label (detail, "not in this guide");

  show_view (window, "compare");
  view = RCC_COMPARE_VIEW (find_widget (GTK_WIDGET (window), RCC_TYPE_COMPARE_VIEW));
  g_assert_true (rcc_compare_view_add (view, "checkmate-214"));
  g_assert_true (rcc_compare_view_add (view, "checkmate-9er"));
  wait_for_paint (GTK_WIDGET (view));
  save_screenshot (GTK_WIDGET (window), "window-es-compare-harm.png");

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("RCC_LOCALEDIR");
  int status;

  /* Spanish before GTK starts; the test's environment says so too */
  g_setenv ("LANGUAGE", "es", TRUE);
  g_setenv ("LC_ALL", "es_ES.UTF-8", TRUE);

  /* Not G_TEST_OPTION_ISOLATE_DIRS: it hides the MIME database in
   * XDG_DATA_DIRS, and without it the symbolic SVG icons do not load
   * (test-window.c does not isolate either). */
  g_test_init (&argc, &argv, NULL);
  gtk_disable_setlocale ();
  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    g_error ("The es_ES.UTF-8 locale is missing (build-aux/setup.sh generates it: "
             "localedef -i es_ES -c -f UTF-8 es_ES.UTF-8)");

  /* The catalog as built, not as installed: main.c binds LOCALEDIR */
  if (localedir == NULL)
    g_error ("RCC_LOCALEDIR is not set: it names the build's po/ folder, "
             "which holds es/LC_MESSAGES/" GETTEXT_PACKAGE ".mo");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_init ();
  adw_init ();
  /* No animations: what a test waits for is there at once, however slow
   * the machine (sanitizer builds are). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  rcc_test_ui_setup ();

  g_test_add_func ("/rcc/translation/catalog", test_catalog);
  g_test_add_func ("/rcc/translation/window", test_window_in_spanish);
  g_test_add_func ("/rcc/translation/patient-view", test_patient_view_in_spanish);
  g_test_add_func ("/rcc/translation/plain-names", test_plain_names_in_spanish);
  g_test_add_func ("/rcc/translation/plain-summary", test_plain_summary_in_spanish);
  g_test_add_func ("/rcc/translation/handout", test_handout_in_spanish);
  g_test_add_func ("/rcc/translation/icon-arrays", test_icon_arrays_in_spanish);
  g_test_add_func ("/rcc/translation/harm", test_harm_in_spanish);

  status = g_test_run ();

  rcc_test_ui_teardown ();
  return status;
}
