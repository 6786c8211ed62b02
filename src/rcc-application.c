/* rcc-application.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "rcc-application.h"

#include "report/rcc-format.h"
#include "report/rcc-sources.h"
#include "rcc-cli.h"
#include "rcc-search-provider.h"
#include "ui/rcc-glossary-window.h"
#include "ui/rcc-preferences-window.h"
#include "ui/rcc-window.h"

/* The application: the app-wide actions, the command line, and the
 * windows, each handed the one library (the catalog, the user's imported
 * trials and saved comparisons, and the rules for importing; see
 * RccLibrary).  --validate, --dump-json and --compare are answered in
 * handle-local-options, before GTK is initialised, so they work without
 * a display. */

struct _RccApplication
{
  AdwApplication  parent_instance;

  RccLibrary     *library;      /* what every window shows and keeps */
  char           *content_path; /* --content FILE */
  gboolean        patient;      /* --patient */
  char           *view;         /* --view NAME, for the first window */

  GSettings      *settings;
  double          text_scale;   /* as applied to GtkSettings */

  RccSearchProvider *search_provider; /* for GNOME Shell's overview */
};

/* The least text size of a window in presentation mode (F11) */
#define PRESENTATION_TEXT_SCALE 1.5

G_DEFINE_FINAL_TYPE (RccApplication, rcc_application, ADW_TYPE_APPLICATION)

static int
rcc_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  RccApplication *self = RCC_APPLICATION (app);
  g_autofree char *content_path = NULL;
  g_autofree const char **validate = NULL;
  g_autofree const char **imports = NULL;
  RccCliRequest request = { 0 };
  const char *view = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("rcc-guide %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "validate", "^a&ay", &validate))
    return rcc_cli_validate (validate);

  g_variant_dict_lookup (options, "content", "^ay", &content_path);
  g_variant_dict_lookup (options, "import", "^a&ay", &imports);
  g_variant_dict_lookup (options, "compare", "&s", &request.compare);
  g_variant_dict_lookup (options, "output", "^&ay", &request.output);
  g_variant_dict_lookup (options, "paper", "&s", &request.paper);
  g_variant_dict_lookup (options, "endpoint", "&s", &request.endpoint);
  request.content_path = content_path;
  request.imports = imports;
  request.dump_json = g_variant_dict_contains (options, "dump-json");
  request.patient = g_variant_dict_contains (options, "patient");

  /* --dump-json and --compare are answered here, without a window. */
  if (rcc_cli_wants (&request))
    return rcc_cli_run (&request);

  /* Another content file, or patient view for this session only, is a
   * window of its own, not one more of the running app's */
  if (content_path != NULL || request.patient)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  /* Kept before --view registers the app below: startup reads the
   * content ahead (rcc_library_preload()) */
  self->patient = request.patient;
  g_free (self->content_path);
  self->content_path = g_steal_pointer (&content_path);

  /* --view NAME: the window at that page, in the running app if there
   * is one (as the desktop file's actions ask, where D-Bus activation is
   * not used) */
  if (g_variant_dict_lookup (options, "view", "&s", &view))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "show-view",
                                          g_variant_new_string (view));
          return 0;
        }
      g_free (self->view);
      self->view = g_strdup (view);
    }

  return -1;
}

/* The content's change log as the About window's release notes, newest
 * first: the content changes between releases of the app. */
static char *
changelog_markup (RccCatalog *catalog)
{
  GListModel *changes = rcc_catalog_get_changelog (catalog);
  g_autoptr(GString) markup = g_string_new (NULL);
  guint n = g_list_model_get_n_items (changes);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(RccChange) change = g_list_model_get_item (changes, i - 1);
      g_autofree char *date = rcc_format_date (rcc_change_get_date (change));
      g_autofree char *heading = NULL;
      g_autofree char *text = NULL;
      g_autofree char *source = NULL;

      /* Translators: a version of the content, and when it was made */
      heading = g_markup_printf_escaped (_("Content version %u, %s"),
                                         rcc_change_get_version (change), date);
      text = g_markup_escape_text (rcc_change_get_text (change), -1);
      g_string_append_printf (markup, "<p>%s</p><ul><li>%s</li>", heading, text);
      if (rcc_change_get_source (change) != NULL)
        {
          /* Translators: where a content change comes from */
          source = g_markup_printf_escaped (_("Source: %s"), rcc_change_get_source (change));
          g_string_append_printf (markup, "<li>%s</li>", source);
        }
      g_string_append (markup, "</ul>");
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RccApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  RccCatalog *catalog = rcc_library_get_catalog (self->library);
  AdwAboutWindow *about;
  g_autofree char *source = NULL;
  g_autofree char *comments = NULL;
  g_autofree char *content = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *notes_version = NULL;

  if (rcc_catalog_get_source (catalog) != NULL)
    {
      source = rcc_format_source_line (catalog);
      if (rcc_catalog_get_reviewed (catalog) != NULL)
        content = rcc_sources_reviewed (catalog);
      else
        /* Translators: the content's version */
        content = g_strdup_printf (_("Content version %u."),
                                   rcc_catalog_get_version (catalog));
    }
  else
    {
      source = g_strdup (_("No content loaded."));
      content = g_strdup ("");
    }

  comments = g_strdup_printf ("%s\n\n%s %s",
                              _("Evidence behind the treatment options for stage IV and "
                                "recurrent renal cell carcinoma. RCC Guide supports clinical "
                                "judgement; it does not replace it, and it makes no "
                                "recommendation of its own."),
                              source, content);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("RCC Guide"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("RCC Guide authors"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", comments,
                        NULL);

  /* What changed in the content, as "What's New" */
  notes = changelog_markup (catalog);
  if (*notes != '\0')
    {
      /* Translators: shown as the release notes' version, "content version 2" */
      notes_version = g_strdup_printf (_("content version %u"),
                                       rcc_catalog_get_version (catalog));
      adw_about_window_set_release_notes_version (about, notes_version);
      adw_about_window_set_release_notes (about, notes);
    }

  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  RccApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (rcc_preferences_window_new (window)));
}

static void
glossary_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  RccApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* One glossary: raise it if it is open */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RCC_IS_GLOSSARY_WINDOW (l->data))
      {
        gtk_window_present (l->data);
        return;
      }

  gtk_window_present (GTK_WINDOW (rcc_glossary_window_new (window)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* The window, made and shown if there is none yet */
static GtkWidget *
present_window (RccApplication *self)
{
  g_application_activate (G_APPLICATION (self));

  return GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self)));
}

/* app.show-trial('id'), app.show-treatment('id'), app.show-view('name')
 * and app.search('terms'): the window's own actions, reachable from
 * outside (gapplication action, the desktop file's actions, the search
 * provider).  The window says in itself when it has no such item. */
static void
forward_to_window_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  RccApplication *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  g_autofree char *window_action = g_strconcat ("win.", g_str_equal (name, "search") ? "search-for" : name, NULL);
  GtkWidget *window = present_window (self);

  if (window != NULL)
    gtk_widget_activate_action_variant (window, window_action, parameter);
}

static void
show_page_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  GtkWidget *window = present_window (user_data);

  if (window != NULL)
    gtk_widget_activate_action (window, "win.show-view", "s",
                                g_action_get_name (G_ACTION (action)));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "glossary", glossary_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
  { "show-trial", forward_to_window_action, "s" },
  { "show-treatment", forward_to_window_action, "s" },
  { "show-view", forward_to_window_action, "s" },
  { "search", forward_to_window_action, "s" },
  /* The desktop file's actions, as D-Bus activation calls them */
  { "treatments", show_page_action },
  { "trials", show_page_action },
  { "compare", show_page_action },
};

/* The text size: the preference, at least PRESENTATION_TEXT_SCALE while
 * a window presents.  GTK 4.8 scales every font, those in points in the
 * stylesheet included, by the screen resolution, so the desktop's is
 * multiplied; a CSS font-size on the window leaves libadwaita's .heading,
 * .caption and .title-* (in pt) as they were. */
static void
update_text_scale (RccApplication *self)
{
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  double scale;
  int dpi = 0;

  scale = rcc_preferences_window_snap_text_scale (g_settings_get_double (self->settings,
                                                                         "text-scale"));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (RCC_IS_WINDOW (l->data) && rcc_window_get_presentation (l->data))
      scale = MAX (scale, PRESENTATION_TEXT_SCALE);

  if (gtk_settings == NULL || scale == self->text_scale)
    return;

  self->text_scale = scale;

  /* Back to the desktop's resolution, then scaled from it */
  gtk_settings_reset_property (gtk_settings, "gtk-xft-dpi");
  if (scale == 1.0)
    return;

  g_object_get (gtk_settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;
  g_object_set (gtk_settings, "gtk-xft-dpi", (int)lround (dpi * scale), NULL);
}

static void
update_color_scheme (RccApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

static void
settings_changed_cb (RccApplication *self,
                     const char     *key,
                     GSettings      *settings)
{
  if (g_str_equal (key, "text-scale"))
    update_text_scale (self);
  else if (g_str_equal (key, "color-scheme"))
    update_color_scheme (self);
}

static void
window_presentation_cb (RccApplication *self,
                        GParamSpec     *pspec,
                        GtkWindow      *window)
{
  update_text_scale (self);
}

static void
window_added_cb (RccApplication *self,
                 GtkWindow      *window,
                 GtkApplication *application)
{
  if (RCC_IS_WINDOW (window))
    g_signal_connect_object (window, "notify::presentation",
                             G_CALLBACK (window_presentation_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
window_removed_cb (RccApplication *self,
                   GtkWindow      *window,
                   GtkApplication *application)
{
  if (RCC_IS_WINDOW (window))
    {
      g_signal_handlers_disconnect_by_func (window, window_presentation_cb, self);
      update_text_scale (self);
    }
}

/* The --content file, or NULL for the bundled content */
static GFile *
content_file (RccApplication *self)
{
  if (self->content_path == NULL)
    return NULL;
  return g_file_new_for_commandline_arg (self->content_path);
}

/* Load once, in the primary instance: for the first window, and for
 * what the search provider and the actions answer before there is one.
 * Errors are kept and shown in the window. */
static void
ensure_content (RccApplication *self)
{
  RccCatalog *catalog = rcc_library_get_catalog (self->library);
  g_autoptr(GFile) file = NULL;

  if (g_list_model_get_n_items (rcc_catalog_get_treatments (catalog)) > 0 ||
      rcc_library_get_load_error (self->library) != NULL)
    return;

  file = content_file (self);
  rcc_library_load (self->library, file, NULL);
}

static void
rcc_application_startup (GApplication *app)
{
  RccApplication *self = RCC_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *glossary_accels[] = { "F1", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  g_autoptr(GFile) file = content_file (self);

  /* The content is read on the other core while GTK and libadwaita start
   * (loading the theme takes about as long); ensure_content() takes it */
  rcc_library_preload (self->library, file);

  G_APPLICATION_CLASS (rcc_application_parent_class)->startup (app);

  /* Started by D-Bus for GNOME Shell's search: stay a little between its
   * calls, as the user types on */
  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, 20000);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.glossary",
                                         glossary_accels);
  /* As GtkApplication sets it where it finds gtk/help-overlay.ui; the
   * window builds its shortcuts window when first asked */
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         shortcuts_accels);

  /* Text size and colour scheme apply to every window at once */
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "window-added", G_CALLBACK (window_added_cb), NULL);
  g_signal_connect (self, "window-removed", G_CALLBACK (window_removed_cb), NULL);
  update_text_scale (self);
  update_color_scheme (self);
}

/* Leaves at once, the window drawing nothing more: what is built after
 * the first frame (rcc_after_first_frame()) is not part of it, and would
 * otherwise be laid out while GTK shuts down. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, window);
  g_application_quit (g_application_get_default ());
  gtk_window_destroy (window);
}

static void
exit_after_first_frame_cb (GtkWidget      *window,
                           RccApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), window, 0);
}

static void
rcc_application_activate (GApplication *app)
{
  RccApplication *self = RCC_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      ensure_content (self);

      /* rcc-guide --patient: this session opens in patient view; the
       * patient-view preference stays as the user set it. */
      window = g_object_new (RCC_TYPE_WINDOW,
                             "application", self,
                             "library", self->library,
                             "remember-patient-view", !self->patient,
                             NULL);
      if (self->patient)
        rcc_window_set_patient_view (RCC_WINDOW (window), TRUE);

      /* For tests/bench/bench-first-frame: leave at the first frame. */
      if (g_getenv ("RCC_GUIDE_EXIT_AFTER_FIRST_FRAME") != NULL)
        g_signal_connect_object (window, "map", G_CALLBACK (exit_after_first_frame_cb), self, 0);
    }

  gtk_window_present (window);

  if (self->view != NULL)
    {
      g_autofree char *view = g_steal_pointer (&self->view);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view);
    }
}

static gboolean
rcc_application_dbus_register (GApplication     *app,
                               GDBusConnection  *connection,
                               const char       *object_path,
                               GError          **error)
{
  RccApplication *self = RCC_APPLICATION (app);
  g_autofree char *path = NULL;

  if (!G_APPLICATION_CLASS (rcc_application_parent_class)->dbus_register (app, connection,
                                                                          object_path, error))
    return FALSE;

  self->search_provider = rcc_search_provider_new (app, self->library);
  g_signal_connect_object (self->search_provider, "prepare",
                           G_CALLBACK (ensure_content), self, G_CONNECT_SWAPPED);

  /* Under the application's own path: /com/example/RccGuide/SearchProvider
   * as the .ini says, and no clash for a second application in the same
   * process (the tests start one with another id) */
  path = g_strconcat (object_path, "/SearchProvider", NULL);
  return rcc_search_provider_register (self->search_provider, connection, path, error);
}

static void
rcc_application_dbus_unregister (GApplication    *app,
                                 GDBusConnection *connection,
                                 const char      *object_path)
{
  RccApplication *self = RCC_APPLICATION (app);

  if (self->search_provider != NULL)
    rcc_search_provider_unregister (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (rcc_application_parent_class)->dbus_unregister (app, connection,
                                                                       object_path);
}

static void
rcc_application_finalize (GObject *object)
{
  RccApplication *self = (RccApplication *)object;

  g_clear_object (&self->library);
  g_clear_pointer (&self->content_path, g_free);
  g_clear_pointer (&self->view, g_free);
  g_clear_object (&self->settings);
  g_clear_object (&self->search_provider);

  G_OBJECT_CLASS (rcc_application_parent_class)->finalize (object);
}

static void
rcc_application_class_init (RccApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = rcc_application_finalize;

  app_class->handle_local_options = rcc_application_handle_local_options;
  app_class->startup = rcc_application_startup;
  app_class->activate = rcc_application_activate;
  app_class->dbus_register = rcc_application_dbus_register;
  app_class->dbus_unregister = rcc_application_dbus_unregister;
}

/* Load errors are shown in the window, and told on standard error */
static void
print_error_cb (RccLibrary *library,
                GParamSpec *pspec)
{
  g_autoptr(GError) error = NULL;

  g_object_get (library, pspec->name, &error, NULL);
  if (error != NULL)
    g_printerr ("%s\n", error->message);
}

static const GOptionEntry option_entries[] = {
  { "validate", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Check a content file against the schema and the semantic rules, then exit"), N_("FILE") },
  { "dump-json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write the whole catalog as JSON to standard output, then exit"), NULL },
  { "compare", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Compare these trials (or treatments' trials), comma-separated; use with --output"), N_("ID,ID,…") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the comparison to FILE: a PDF summary (.pdf), JSON (.json) or the charts (.png)"), N_("FILE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size for --output FILE.pdf: a4 (default) or letter"), N_("SIZE") },
  { "endpoint", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Draw --compare for this endpoint: primary (each trial's own, the default), pfs, os or dfs"), N_("ENDPOINT") },
  { "content", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use this content file instead of the bundled content"), N_("FILE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Add the trial in this ClinicalTrials.gov record (API v2 JSON or legacy XML) for --dump-json or --compare; may be repeated"), N_("FILE") },
  { "patient", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the window in patient view, or write --compare's handout for patients"), NULL },
  { "view", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Open the window at a page: treatments, trials or compare"), N_("PAGE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static void
rcc_application_init (RccApplication *self)
{
  self->library = rcc_library_new_for_user ();
  g_signal_connect (self->library, "notify::load-error", G_CALLBACK (print_error_cb), NULL);
  g_signal_connect (self->library, "notify::import-error", G_CALLBACK (print_error_cb), NULL);
  self->text_scale = 1.0;

  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Evidence guide for stage IV and recurrent renal cell carcinoma."));
}

RccApplication *
rcc_application_new (void)
{
  return g_object_new (RCC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * rcc_application_get_library:
 *
 * Returns: (transfer none): what every window shows and keeps: the
 *   catalog, the imported trials, the saved comparisons
 */
RccLibrary *
rcc_application_get_library (RccApplication *self)
{
  g_return_val_if_fail (RCC_IS_APPLICATION (self), NULL);

  return self->library;
}

/**
 * rcc_application_get_catalog:
 *
 * Returns: (transfer none): the library's catalog, which the windows
 *   show; empty while no content could be loaded
 */
RccCatalog *
rcc_application_get_catalog (RccApplication *self)
{
  g_return_val_if_fail (RCC_IS_APPLICATION (self), NULL);

  return rcc_library_get_catalog (self->library);
}

/**
 * rcc_application_get_import_error:
 *
 * Returns: (nullable): why some of the stored imported trials could not
 *   be shown, as rcc_library_get_import_error()
 */
const GError *
rcc_application_get_import_error (RccApplication *self)
{
  g_return_val_if_fail (RCC_IS_APPLICATION (self), NULL);

  return rcc_library_get_import_error (self->library);
}

/**
 * rcc_application_load_content:
 * @file: (nullable): a content file, or %NULL for the bundled content
 *
 * Loads content into the library (see rcc_library_load()); the windows
 * show what it holds, or why it could not be loaded.
 */
gboolean
rcc_application_load_content (RccApplication  *self,
                              GFile           *file,
                              GError         **error)
{
  g_return_val_if_fail (RCC_IS_APPLICATION (self), FALSE);

  return rcc_library_load (self->library, file, error);
}
