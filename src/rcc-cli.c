/* rcc-cli.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "rcc-cli.h"

#include "content/rcc-json.h"
#include "content/rcc-library.h"
#include "content/rcc-xml-loader.h"
#include "report/rcc-report.h"

/* The command line without a window: --validate, --dump-json and
 * --compare … --output, each on the bundled content or --content FILE,
 * with the trials of any --import records added for this run only (the
 * content and the user's imported trials are never changed).  Imports
 * follow the window's rules (RccLibrary): a record of a trial the
 * reviewed content has is refused.
 *
 * Problems are printed as "FILE:LINE: message" (or "FILE: message")
 * on standard error with exit status 1, and nothing is written. */

static void
print_lines (FILE       *stream,
             const char *text)
{
  fputs (text, stream);
  if (*text != '\0' && text[strlen (text) - 1] != '\n')
    fputc ('\n', stream);
}

/**
 * rcc_cli_validate:
 *
 * Returns: the exit status: 0 if every file is valid
 */
int
rcc_cli_validate (const char * const *paths)
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

/* Every record read, then every trial added: all or nothing. */
static gboolean
add_imports (RccLibrary         *library,
             const char * const *paths)
{
  g_autoptr(GPtrArray) imports = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; paths != NULL && paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);
      g_autoptr(GError) error = NULL;
      RccCtgovImport *import = rcc_ctgov_import_file (file, paths[i], &error);

      if (import == NULL)
        {
          print_lines (stderr, error->message);
          return FALSE;
        }
      g_ptr_array_add (imports, import);
    }

  for (guint i = 0; i < imports->len; i++)
    {
      RccCtgovImport *import = g_ptr_array_index (imports, i);
      const char * const *warnings = rcc_ctgov_import_get_warnings (import);
      g_autoptr(GError) error = NULL;

      if (!rcc_library_add_import (library, import, &error))
        {
          g_printerr ("%s: %s\n", paths[i], error->message);
          return FALSE;
        }

      for (guint j = 0; warnings[j] != NULL; j++)
        /* Translators: FILE: warning: NCT…: message */
        g_printerr (_("%s: warning: %s\n"), paths[i], warnings[j]);
    }

  return TRUE;
}

/* The content, with the --import records' trials, for this run only:
 * the library has no store, so nothing is kept. */
static RccLibrary *
load_library (const RccCliRequest *request)
{
  g_autoptr(RccLibrary) library = rcc_library_new (NULL, NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (request->content_path != NULL)
    file = g_file_new_for_commandline_arg (request->content_path);

  if (!rcc_library_load (library, file, &error))
    {
      print_lines (stderr, error->message);
      return NULL;
    }

  if (!add_imports (library, request->imports))
    return NULL;

  return g_steal_pointer (&library);
}

static int
dump_json (RccCatalog *catalog)
{
  g_autoptr(JsonNode) node = rcc_json_serialize_catalog (catalog);
  g_autofree char *json = rcc_json_to_string (node, TRUE);

  fputs (json, stdout);
  fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}

static gboolean
parse_paper (const char *name,
             RccPaper   *paper)
{
  if (name == NULL || g_ascii_strcasecmp (name, "a4") == 0)
    *paper = RCC_PAPER_A4;
  else if (g_ascii_strcasecmp (name, "letter") == 0)
    *paper = RCC_PAPER_LETTER;
  else
    {
      g_printerr (_("Unknown paper size \"%s\" (use a4 or letter)\n"), name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_endpoint (const char        *name,
                RccEndpointChoice *endpoint)
{
  if (name == NULL)
    *endpoint = RCC_ENDPOINT_CHOICE_PRIMARY;
  else if (!rcc_endpoint_choice_from_nick (name, endpoint))
    {
      g_printerr (_("Unknown endpoint \"%s\" (use primary, pfs, os or dfs)\n"), name);
      return FALSE;
    }

  return TRUE;
}

/* The --compare arguments, checked before anything is read. */
static gboolean
check_compare (const RccCliRequest *request,
               RccPaper            *paper,
               RccEndpointChoice   *endpoint)
{
  g_autofree char *lower = NULL;

  if (request->output == NULL)
    {
      g_printerr (_("--compare needs --output FILE (.pdf, .json or .png)\n"));
      return FALSE;
    }

  lower = g_ascii_strdown (request->output, -1);
  if (!g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".json") &&
      !g_str_has_suffix (lower, ".png"))
    {
      g_printerr (_("%s: the output must end in .pdf, .json or .png\n"), request->output);
      return FALSE;
    }

  return parse_paper (request->paper, paper) && parse_endpoint (request->endpoint, endpoint);
}

/* --compare ID,ID… --output FILE: the summary as PDF, JSON or PNG. */
static int
compare_to_file (const RccCliRequest *request,
                 RccCatalog          *catalog,
                 RccPaper             paper,
                 RccEndpointChoice    endpoint)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) trials = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) pieces = g_strsplit_set (request->compare, ", ", -1);
  g_auto(GStrv) ids = NULL;
  g_autofree char *lower = g_ascii_strdown (request->output, -1);
  gboolean ok;

  /* "a,,b" or trailing commas: skip the empty pieces */
  for (guint i = 0; pieces[i] != NULL; i++)
    if (pieces[i][0] != '\0')
      g_strv_builder_add (builder, pieces[i]);
  ids = g_strv_builder_end (builder);

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
      g_autoptr(JsonNode) node = rcc_json_serialize_comparison (catalog, G_LIST_MODEL (trials), NULL,
                                                                endpoint);
      g_autofree char *json = rcc_json_to_string (node, TRUE);
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (request->output);

      ok = g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error);
    }
  else
    {
      g_autoptr(RccReport) report = rcc_report_new (catalog);

      rcc_report_set_trials (report, G_LIST_MODEL (trials));
      rcc_report_set_endpoint (report, endpoint);
      if (request->patient)
        {
          rcc_report_set_audience (report, RCC_AUDIENCE_PATIENT);
          rcc_report_set_font_size (report, 12.0);
        }

      if (g_str_has_suffix (lower, ".pdf"))
        ok = rcc_report_write_pdf (report, request->output, paper, &error);
      else
        {
          rcc_report_set_font_size (report, 14.0);
          ok = rcc_report_write_png (report, request->output, 1200, &error);
        }
    }

  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

/**
 * rcc_cli_wants:
 *
 * Returns: %TRUE if @request is answered without a window
 */
gboolean
rcc_cli_wants (const RccCliRequest *request)
{
  return request->dump_json || request->compare != NULL ||
         request->output != NULL || request->imports != NULL || request->endpoint != NULL;
}

/**
 * rcc_cli_run:
 *
 * Answers --dump-json or --compare (with any --import), without a
 * window.
 *
 * Returns: the exit status
 */
int
rcc_cli_run (const RccCliRequest *request)
{
  g_autoptr(RccLibrary) library = NULL;
  RccCatalog *catalog;
  RccPaper paper = RCC_PAPER_A4;
  RccEndpointChoice endpoint = RCC_ENDPOINT_CHOICE_PRIMARY;

  if (request->endpoint != NULL && request->compare == NULL)
    {
      g_printerr (_("--endpoint goes with --compare\n"));
      return 1;
    }

  if (request->output != NULL && request->compare == NULL)
    {
      g_printerr (_("--output goes with --compare\n"));
      return 1;
    }

  if (!request->dump_json && request->compare == NULL)
    {
      g_printerr (_("--import goes with --dump-json or --compare\n"));
      return 1;
    }

  /* Arguments first: nothing is read for a command that cannot run. */
  if (!request->dump_json && !check_compare (request, &paper, &endpoint))
    return 1;

  library = load_library (request);
  if (library == NULL)
    return 1;

  catalog = rcc_library_get_catalog (library);

  if (request->dump_json)
    return dump_json (catalog);

  return compare_to_file (request, catalog, paper, endpoint);
}
