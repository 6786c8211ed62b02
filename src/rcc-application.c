/* rcc-application.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "rcc-application.h"

#include "content/rcc-json.h"
#include "report/rcc-format.h"
#include "report/rcc-report.h"
#include "content/rcc-xml-loader.h"
#include "ui/rcc-window.h"

/* The application: the catalog every window shows, the app-wide
 * actions, and the command line.  --validate and --dump-json are
 * answered in handle-local-options, before GTK is initialised, so they
 * work without a display. */

struct _RccApplication
{
  AdwApplication  parent_instance;

  RccCatalog     *catalog;      /* what the views show; replaced whole */
  GError         *load_error;   /* why the last load failed, if it did */
  char           *content_path; /* --content FILE */
};

G_DEFINE_FINAL_TYPE (RccApplication, rcc_application, ADW_TYPE_APPLICATION)

static void
print_lines (FILE       *stream,
             const char *text)
{
  fputs (text, stream);
  if (*text != '\0' && text[strlen (text) - 1] != '\n')
    fputc ('\n', stream);
}

static int
validate_files (const char * const *paths)
{
  int status = 0;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(RccCatalog) catalog = NULL;

      catalog = rcc_xml_loader_load_file (file, &error);
      if (catalog == NULL)
        {
          print_lines (stderr, error->message);
          status = 1;
          continue;
        }

      g_print (_("%s: valid: %u treatments, %u trials, %u references\n"),
               paths[i],
               g_list_model_get_n_items (rcc_catalog_get_treatments (catalog)),
               g_list_model_get_n_items (rcc_catalog_get_trials (catalog)),
               g_list_model_get_n_items (rcc_catalog_get_references (catalog)));
    }

  return status;
}

static RccCatalog *
load_catalog (const char  *content_path,
              GError     **error)
{
  if (content_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (content_path);
      return rcc_xml_loader_load_file (file, error);
    }

  return rcc_xml_loader_load_bundled (error);
}

static int
dump_json (const char *content_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *json = NULL;

  catalog = load_catalog (content_path, &error);
  if (catalog == NULL)
    {
      print_lines (stderr, error->message);
      return 1;
    }

  node = rcc_json_serialize_catalog (catalog);
  json = rcc_json_to_string (node, TRUE);
  fputs (json, stdout);
  fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

static gboolean
parse_paper (const char  *name,
             RccPaper    *paper,
             GError     **error)
{
  if (name == NULL || g_ascii_strcasecmp (name, "a4") == 0)
    *paper = RCC_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = RCC_PAPER_LETTER;
  else
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("Unknown paper size \"%s\" (use a4 or letter)"), name);
      return FALSE;
    }

  return TRUE;
}

/* rcc-guide --compare ID,ID… --output FILE: the summary, without a
 * window, as PDF, JSON or PNG by FILE's extension. */
static int
compare_to_file (const char *content_path,
                 const char *ids_arg,
                 const char *output,
                 const char *paper_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = NULL;
  g_autoptr(GListStore) trials = NULL;
  g_autoptr(RccReport) report = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *lower = NULL;
  RccPaper paper;
  gboolean ok;

  if (output == NULL)
    {
      g_printerr (_("--compare needs --output FILE (.pdf, .json or .png)\n"));
      return 1;
    }

  lower = g_ascii_strdown (output, -1);
  if (!g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".json") &&
      !g_str_has_suffix (lower, ".png"))
    {
      g_printerr (_("%s: the output must end in .pdf, .json or .png\n"), output);
      return 1;
    }

  if (!parse_paper (paper_name, &paper, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  catalog = load_catalog (content_path, &error);
  if (catalog == NULL)
    {
      print_lines (stderr, error->message);
      return 1;
    }

  ids = g_strsplit_set (ids_arg, ", ", -1);
  /* "a,,b" or trailing commas: skip the empty pieces */
  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

    for (guint i = 0; ids[i] != NULL; i++)
      if (ids[i][0] != '\0')
        g_strv_builder_add (builder, ids[i]);
    g_strfreev (ids);
    ids = g_strv_builder_end (builder);
  }

  if (ids[0] == NULL)
    {
      g_printerr (_("--compare needs at least one trial or treatment id\n"));
      return 1;
    }

  trials = rcc_catalog_resolve_trials (catalog, (const char * const *)ids, &error);
  if (trials == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_str_has_suffix (lower, ".json"))
    {
      g_autoptr(JsonNode) node = rcc_json_serialize_comparison (catalog, G_LIST_MODEL (trials), NULL);
      g_autofree char *json = rcc_json_to_string (node, TRUE);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

      ok = g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error);
    }
  else
    {
      report = rcc_report_new (catalog);
      rcc_report_set_trials (report, G_LIST_MODEL (trials));

      if (g_str_has_suffix (lower, ".pdf"))
        ok = rcc_report_write_pdf (report, output, paper, &error);
      else
        {
          rcc_report_set_font_size (report, 14.0);
          ok = rcc_report_write_png (report, output, 1200, &error);
        }
    }

  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

static int
rcc_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  RccApplication *self = RCC_APPLICATION (app);
  g_autofree char *content_path = NULL;
  g_autofree const char **validate = NULL;
  const char *compare = NULL;
  const char *output = NULL;
  const char *paper = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("rcc-guide %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "content", "^ay", &content_path);

  if (g_variant_dict_lookup (options, "validate", "^a&ay", &validate))
    return validate_files (validate);

  if (g_variant_dict_contains (options, "dump-json"))
    return dump_json (content_path);

  if (g_variant_dict_lookup (options, "compare", "&s", &compare))
    {
      g_variant_dict_lookup (options, "output", "^&ay", &output);
      g_variant_dict_lookup (options, "paper", "&s", &paper);
      return compare_to_file (content_path, compare, output, paper);
    }

  if (g_variant_dict_contains (options, "output"))
    {
      g_printerr (_("--output goes with --compare\n"));
      return 1;
    }

  g_free (self->content_path);
  self->content_path = g_steal_pointer (&content_path);

  return -1;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  RccApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *source = NULL;
  g_autofree char *comments = NULL;

  source = rcc_catalog_get_source (self->catalog) != NULL
         ? rcc_format_source_line (self->catalog)
         : g_strdup (_("No content loaded."));

  comments = g_strdup_printf ("%s\n\n%s",
                              _("Evidence behind the treatment options for stage IV and "
                                "recurrent renal cell carcinoma. RCC Guide supports clinical "
                                "judgement; it does not replace it, and it makes no "
                                "recommendation of its own."),
                              source);

  adw_show_about_window (window,
                         "application-name", _("RCC Guide"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developer-name", _("RCC Guide authors"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", comments,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
rcc_application_startup (GApplication *app)
{
  RccApplication *self = RCC_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (rcc_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}

static void
rcc_application_activate (GApplication *app)
{
  RccApplication *self = RCC_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      /* Load once, for the first window; errors are shown in it. */
      if (g_list_model_get_n_items (rcc_catalog_get_treatments (self->catalog)) == 0 &&
          self->load_error == NULL)
        {
          g_autoptr(GFile) file = NULL;

          if (self->content_path != NULL)
            file = g_file_new_for_commandline_arg (self->content_path);
          rcc_application_load_content (self, file, NULL);
        }

      window = GTK_WINDOW (rcc_window_new (self));
    }

  gtk_window_present (window);
}

static void
rcc_application_finalize (GObject *object)
{
  RccApplication *self = (RccApplication *)object;

  g_clear_object (&self->catalog);
  g_clear_error (&self->load_error);
  g_clear_pointer (&self->content_path, g_free);

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
  { "content", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use this content file instead of the bundled content"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static void
rcc_application_init (RccApplication *self)
{
  self->catalog = rcc_catalog_new ();

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
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
}

/**
 * rcc_application_get_catalog:
 *
 * Returns: (transfer none): the catalog the views show; empty while
 *   no content could be loaded
 */
RccCatalog *
rcc_application_get_catalog (RccApplication *self)
{
  g_return_val_if_fail (RCC_IS_APPLICATION (self), NULL);

  return self->catalog;
}

/**
 * rcc_application_get_load_error:
 *
 * Returns: (nullable): why the content could not be loaded
 */
const GError *
rcc_application_get_load_error (RccApplication *self)
{
  g_return_val_if_fail (RCC_IS_APPLICATION (self), NULL);

  return self->load_error;
}

/**
 * rcc_application_load_content:
 * @file: (nullable): a content file, or %NULL for the bundled content
 *
 * Loads content and, only if it is complete and valid, puts it in
 * the catalog the views show; otherwise the catalog stays as it was and
 * the error is kept for the window to show.
 */
gboolean
rcc_application_load_content (RccApplication  *self,
                              GFile           *file,
                              GError         **error)
{
  g_autoptr(RccCatalog) loaded = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (RCC_IS_APPLICATION (self), FALSE);

  if (file != NULL)
    loaded = rcc_xml_loader_load_file (file, &local_error);
  else
    loaded = rcc_xml_loader_load_bundled (&local_error);

  g_clear_error (&self->load_error);

  if (loaded == NULL)
    {
      g_printerr ("%s\n", local_error->message);
      self->load_error = g_error_copy (local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  rcc_catalog_replace (self->catalog, loaded);
  return TRUE;
}
