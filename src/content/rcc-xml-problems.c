/* rcc-xml-problems.c: the content loader's state and the problems it
 * finds, each "FILE:LINE: message", kept in report order
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-xml-loader-private.h"

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_clear_pointer (&problem->text, g_free);
  g_clear_pointer (&problem->reference_id, g_free);
}

void
rcc_loader_init (Loader     *loader,
                 const char *name)
{
  loader->name = name;
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      loader->problems[i] = g_array_new (FALSE, FALSE, sizeof (Problem));
      g_array_set_clear_func (loader->problems[i], problem_clear);
    }
  loader->section = SECTION_HEAD;
  loader->references_read = FALSE;
  loader->treatment_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader->reference_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader->trial_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader->options = g_hash_table_new (NULL, NULL);
  loader->edition_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader->line_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  loader->pending_options = g_ptr_array_new_with_free_func (rcc_pending_option_free);
}

void
rcc_loader_clear (Loader *loader)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    g_clear_pointer (&loader->problems[i], g_array_unref);
  g_clear_pointer (&loader->treatment_lines, g_hash_table_unref);
  g_clear_pointer (&loader->reference_lines, g_hash_table_unref);
  g_clear_pointer (&loader->trial_lines, g_hash_table_unref);
  g_clear_pointer (&loader->options, g_hash_table_unref);
  g_clear_pointer (&loader->edition_lines, g_hash_table_unref);
  g_clear_pointer (&loader->line_lines, g_hash_table_unref);
  g_clear_pointer (&loader->pending_options, g_ptr_array_unref);
}

/* Forgets everything the stream found, to read the file again whole. */
void
rcc_loader_reset (Loader *loader)
{
  const char *name = loader->name;

  rcc_loader_clear (loader);
  rcc_loader_init (loader, name);
}

guint
rcc_loader_n_problems (Loader *loader)
{
  guint n = 0;

  for (guint i = 0; i < N_SECTIONS; i++)
    n += loader->problems[i]->len;

  return n;
}

void
rcc_loader_error (Loader     *loader,
                  int         code,
                  long        line,
                  const char *format,
                  ...)
{
  g_autofree char *message = NULL;
  Problem problem = { code, MAX (line, 1), NULL, NULL };
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_strchomp (message);

  problem.text = g_strdup_printf ("%s:%ld: %s", loader->name, problem.line, message);
  g_array_append_val (loader->problems[loader->section], problem);
}

/* A cite of @ref_id on @line: a problem, unless a reference @ref_id is
 * defined anywhere in the file, which a stream knows only at its end. */
void
rcc_loader_check_cite (Loader     *loader,
                       long        line,
                       const char *ref_id)
{
  Problem problem = { RCC_CONTENT_ERROR_INVALID, MAX (line, 1), NULL, NULL };

  if (loader->references_read)
    {
      if (!g_hash_table_contains (loader->reference_lines, ref_id))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, line,
                          _("cites reference \"%s\", which does not exist"), ref_id);
      return;
    }

  problem.reference_id = g_strdup (ref_id);
  g_array_append_val (loader->problems[loader->section], problem);
}

gboolean
rcc_loader_failed (Loader  *loader,
                   GError **error)
{
  g_autoptr(GString) all = g_string_new (NULL);
  int first_code = 0;
  guint n = 0;

  for (guint i = 0; i < N_SECTIONS; i++)
    for (guint j = 0; j < loader->problems[i]->len; j++)
      {
        Problem *problem = &g_array_index (loader->problems[i], Problem, j);
        g_autofree char *text = NULL;
        g_autofree char *message = NULL;

        if (problem->reference_id != NULL)
          {
            if (g_hash_table_contains (loader->reference_lines, problem->reference_id))
              continue;

            message = g_strdup_printf (_("cites reference \"%s\", which does not exist"),
                                       problem->reference_id);
            text = g_strdup_printf ("%s:%ld: %s", loader->name, problem->line, g_strchomp (message));
          }

        if (n++ == 0)
          first_code = problem->code;
        else
          g_string_append_c (all, '\n');
        g_string_append (all, text != NULL ? text : problem->text);
      }

  if (n == 0)
    return FALSE;

  g_set_error_literal (error, RCC_CONTENT_ERROR, first_code, all->str);
  return TRUE;
}

/* @node's "id", noted in @lines with @node's line; %NULL where it has
 * none, or where it repeats one noted before (said).  @kind is
 * untranslated (N_()), as for parse_ci() in rcc-xml-figures.c */
char *
rcc_loader_unique_id (Loader     *loader,
                      GHashTable *lines,
                      xmlNode    *node,
                      const char *kind)
{
  g_autofree char *id = rcc_xml_get_attr (node, "id");
  gpointer first;

  if (id == NULL)
    return NULL;

  if (g_hash_table_lookup_extended (lines, id, NULL, &first))
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                             _("duplicate %s id \"%s\" (first defined on line %ld)"),
                             _(kind), id, (long)GPOINTER_TO_SIZE (first));
      return NULL;
    }

  g_hash_table_insert (lines, g_strdup (id), GSIZE_TO_POINTER ((gsize)rcc_xml_line (node)));
  return g_steal_pointer (&id);
}
