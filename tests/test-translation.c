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

#include "rcc-application.h"
#include "ui/rcc-treatment-detail.h"
#include "ui/rcc-treatments-page.h"
#include "ui/rcc-trials-page.h"
#include "ui/rcc-window.h"

/* The real main window in Spanish (LANGUAGE=es, LC_ALL=es_ES.UTF-8),
 * headless under Xvfb, on the translations built into the build dir
 * ($RCC_LOCALEDIR, meson's po/LANG/LC_MESSAGES/) and on
 * tests/data/minimal.xml, whose figures are fixed (pazopanib's PFS 9.2
 * vs 4.2 months, HR 0.46 (95% CI 0.34–0.62)).  Screenshots go to
 * $G_TEST_BUILDDIR/screenshots/window-es*.png. */

#define NBSP "\u00a0"

static RccApplication *app;
static GSettings *settings;

/* Helpers, as in test-window.c */

static gboolean
set_true_cb (gpointer data)
{
  *(gboolean *)data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, set_true_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
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

/* The texts of the labels under @root that are on screen */
static void
collect_labels (GtkWidget *root,
                GPtrArray *texts)
{
  if (!gtk_widget_get_mapped (root))
    return;

  if (GTK_IS_LABEL (root))
    g_ptr_array_add (texts, (gpointer)gtk_label_get_text (GTK_LABEL (root)));

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, texts);
}

static gboolean
shows_label (GtkWidget  *root,
             const char *text)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  collect_labels (root, texts);
  for (guint i = 0; i < texts->len; i++)
    if (g_strcmp0 (texts->pdata[i], text) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
shows_label_containing (GtkWidget  *root,
                        const char *text)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  collect_labels (root, texts);
  for (guint i = 0; i < texts->len; i++)
    if (strstr (texts->pdata[i], text) != NULL)
      return TRUE;

  return FALSE;
}

/* Every label on screen, in the test log: what a reviewer reads to spot
 * a string left in English */
static void
log_labels (GtkWidget  *root,
            const char *where)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();

  collect_labels (root, texts);
  g_test_message ("Labels on screen, %s:", where);
  for (guint i = 0; i < texts->len; i++)
    if (*(const char *)texts->pdata[i] != '\0')
      g_test_message ("  “%s”", (const char *)texts->pdata[i]);
}

#define assert_shows_label(root, text) \
  G_STMT_START { \
    if (!shows_label (GTK_WIDGET (root), text)) \
      { \
        log_labels (GTK_WIDGET (root), "on failure"); \
        g_error ("No label “%s” on screen", text); \
      } \
  } G_STMT_END

#define assert_shows_label_containing(root, text) \
  G_STMT_START { \
    if (!shows_label_containing (GTK_WIDGET (root), text)) \
      { \
        log_labels (GTK_WIDGET (root), "on failure"); \
        g_error ("No label containing “%s” on screen", text); \
      } \
  } G_STMT_END

#define assert_no_label(root, text) \
  G_STMT_START { \
    if (shows_label (GTK_WIDGET (root), text)) \
      g_error ("Label “%s” is still in English", text); \
  } G_STMT_END

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GskRenderer *renderer;

  /* A slow (sanitizer) build may not have drawn the new state yet */
  for (guint i = 0; i < 50 && node == NULL; i++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        run_for (100);
    }
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

/* Each test starts from the schema defaults */
static void
reset_settings (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    g_settings_reset (settings, keys[i]);
}

static RccWindow *
open_window (int width,
             int height)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data",
                                                                   "minimal.xml", NULL));
  g_autoptr(GError) error = NULL;
  RccWindow *window;

  g_assert_true (rcc_application_load_content (app, file, &error));
  g_assert_no_error (error);

  reset_settings ();
  window = rcc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  run_for (300);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));
  return window;
}

static void
close_window (RccWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  gtk_window_destroy (GTK_WINDOW (window));

  for (guint i = 0; i < 50 && window != NULL; i++)
    run_for (10);

  g_assert_null (window);
}

static void
show_view (RccWindow  *window,
           const char *view)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view));
  run_for (300);
}

static GtkWidget *
treatments_page (RccWindow *window)
{
  return find_widget (GTK_WIDGET (window), RCC_TYPE_TREATMENTS_PAGE);
}

/* Selects and activates the treatment called @name, as a click would */
static void
choose_treatment (RccWindow  *window,
                  const char *name)
{
  GtkWidget *list_view = find_widget_with_class (treatments_page (window), GTK_TYPE_LIST_VIEW,
                                                 "navigation-sidebar");
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(RccTreatment) treatment = g_list_model_get_item (model, i);

      if (g_strcmp0 (rcc_treatment_get_name (treatment), name) == 0)
        {
          gtk_widget_activate_action (list_view, "list.select-item", "(ubb)", i, FALSE, FALSE);
          gtk_widget_activate_action (list_view, "list.activate-item", "u", i);
          run_for (300);
          return;
        }
    }

  g_error ("No treatment called “%s” in the list", name);
}

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
  RccWindow *window = open_window (1280, 800);
  GtkWidget *page = treatments_page (window);
  GtkWidget *detail = find_widget (page, RCC_TYPE_TREATMENT_DETAIL);

  /* The view switcher */
  assert_shows_label (window, "Tratamientos");
  assert_shows_label (window, "Ensayos");
  assert_shows_label (window, "Comparar");
  assert_no_label (window, "Treatments");
  assert_no_label (window, "Trials");
  assert_no_label (window, "Compare");

  /* The list: category, source, option and headline figures, with a
   * decimal comma */
  assert_shows_label (page, "Terapia dirigida contra el VEGF · NCI PDQ, 2014 · opción 5");
  assert_shows_label (page, "SLP 9,2 vs. 4,2 meses · VEG105192");

  choose_treatment (window, "Pazopanib");
  assert_shows_label (detail, "2010 · Fase III · 435 pacientes · Sin tratamiento previo y pretratados");
  assert_shows_label (detail, "Pazopanib vs. Placebo");
  assert_shows_label (detail, "Mediana de SLP");
  assert_shows_label (detail, "9,2 meses");
  assert_shows_label (detail, "4,2 meses");
  assert_shows_label (detail, "0,46 (IC del 95" NBSP "%: 0,34–0,62)");
  assert_shows_label (detail, "No se indica el nivel de evidencia del PDQ");
  assert_shows_label_containing (detail, "actualizada por última vez el 25 de febrero de 2014.");
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
  RccWindow *window = open_window (1280, 800);
  GtkWidget *detail = find_widget (treatments_page (window), RCC_TYPE_TREATMENT_DETAIL);

  choose_treatment (window, "Pazopanib");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  run_for (300);
  g_assert_true (rcc_window_get_patient_view (window));

  /* The figures as plain sentences, with a decimal comma */
  assert_shows_label (detail, "Qué encontraron los estudios");
  assert_shows_label (detail, "Con pazopanib, en la mitad de las personas el cáncer no creció "
                              "durante 9,2 meses o más.");
  assert_shows_label (detail, "Durante el estudio, las personas que recibieron pazopanib "
                              "tuvieron menos riesgo de que su cáncer creciera. Su riesgo fue "
                              "más o menos un 54" NBSP "% menor que con placebo (un "
                              "medicamento falso).");
  assert_shows_label (detail, "El estudio comparó pazopanib con placebo (un medicamento falso).");
  assert_shows_label (detail, "Esta guía le ayuda a hablar de las opciones con su equipo médico. "
                              "No elige por usted.");
  assert_no_label (detail, "What the Studies Found");
  log_labels (GTK_WIDGET (window), "patient view");
  save_screenshot (GTK_WIDGET (window), "window-es-patient.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.patient-view", NULL));
  run_for (300);
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
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

  app = rcc_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  settings = g_settings_new (APP_ID);

  g_test_add_func ("/rcc/translation/catalog", test_catalog);
  g_test_add_func ("/rcc/translation/window", test_window_in_spanish);
  g_test_add_func ("/rcc/translation/patient-view", test_patient_view_in_spanish);

  status = g_test_run ();

  g_clear_object (&settings);
  g_clear_object (&app);
  return status;
}
