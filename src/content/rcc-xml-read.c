/* rcc-xml-read.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rcc-xml-loader-private.h"

/* The content loader's state (the problems found, in report order, and
 * the ids seen) and its readers of nodes and attributes. */

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

long
rcc_xml_line (xmlNode *node)
{
  return xmlGetLineNo (node);
}

/* An attribute's value as xmlGetProp() gives it, without its copy when
 * the parser left the value as one text node (always, as content files
 * cannot declare entities): reading a large file reads a few hundred
 * thousand attributes.  Anything else is copied into *copy. */
const char *
rcc_xml_peek_attr (xmlNode     *node,
                   const char  *name,
                   char       **copy)
{
  xmlAttr *attr = xmlHasProp (node, (const xmlChar *)name);
  xmlChar *value;

  *copy = NULL;

  if (attr == NULL || attr->type != XML_ATTRIBUTE_NODE)
    return NULL;

  if (attr->children == NULL)
    return "";

  if (attr->children->next == NULL &&
      (attr->children->type == XML_TEXT_NODE || attr->children->type == XML_CDATA_SECTION_NODE))
    return (const char *)attr->children->content;

  value = xmlGetProp (node, (const xmlChar *)name);
  if (value != NULL)
    {
      *copy = g_strdup ((const char *)value);
      xmlFree (value);
    }

  return *copy;
}

char *
rcc_xml_get_attr (xmlNode    *node,
                  const char *name)
{
  char *copy;
  const char *value = rcc_xml_peek_attr (node, name, &copy);

  return copy != NULL ? copy : g_strdup (value);
}

static inline gboolean
is_fold_space (char c)
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Element text with surrounding white space dropped and inner runs of
 * white space (from line wrapping in the file) folded to one space.
 * In one pass over the text: this runs for every name, title and
 * finding in the file. */
char *
rcc_xml_get_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  const char *in;
  char *ret, *out;

  if (content == NULL)
    return NULL;

  ret = out = g_malloc (strlen ((const char *)content) + 1);
  for (in = (const char *)content; *in != '\0'; )
    {
      if (is_fold_space (*in))
        {
          while (is_fold_space (*in))
            in++;
          if (out != ret && *in != '\0')
            *out++ = ' ';
          continue;
        }
      *out++ = *in++;
    }
  *out = '\0';
  xmlFree (content);

  return ret;
}

char *
rcc_xml_child_text (xmlNode    *node,
                    const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (rcc_xml_is_element (child, name))
      return rcc_xml_get_text (child);

  return NULL;
}


gboolean
rcc_loader_parse_double (Loader     *loader,
                         xmlNode    *node,
                         const char *attr,
                         double     *out)
{
  g_autofree char *copy = NULL;
  const char *text = rcc_xml_peek_attr (node, attr, &copy);
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (errno != 0 || end == text || *end != '\0' || !isfinite (value))
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                             _("%s=\"%s\" is not a number"), attr, text);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

guint
rcc_loader_parse_uint (Loader     *loader,
                       xmlNode    *node,
                       const char *attr)
{
  g_autofree char *copy = NULL;
  const char *text = rcc_xml_peek_attr (node, attr, &copy);
  guint64 value = 0;
  g_autoptr(GError) local_error = NULL;

  if (text == NULL)
    return 0;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, &local_error))
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                             _("%s=\"%s\" is not a whole number"), attr, text);
      return 0;
    }

  return (guint)value;
}

gboolean
rcc_xml_parse_bool (xmlNode    *node,
                    const char *attr,
                    gboolean    fallback)
{
  g_autofree char *copy = NULL;
  const char *text = rcc_xml_peek_attr (node, attr, &copy);

  if (text == NULL)
    return fallback;

  return g_str_equal (text, "true") || g_str_equal (text, "1");
}

int
rcc_loader_parse_enum (Loader     *loader,
                       xmlNode    *node,
                       const char *attr,
                       GType       type,
                       int         fallback)
{
  g_autofree char *copy = NULL;
  const char *text = rcc_xml_peek_attr (node, attr, &copy);
  int value = fallback;

  if (text != NULL && !rcc_enum_from_nick (type, text, &value))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("%s=\"%s\" is not a known value"), attr, text);

  return value;
}

char **
rcc_loader_collect_cites (Loader  *loader,
                          xmlNode *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *ref = NULL;

      if (!rcc_xml_is_element (child, "cites"))
        continue;

      ref = rcc_xml_get_attr (child, "ref");
      if (ref == NULL)
        continue;

      rcc_loader_check_cite (loader, rcc_xml_line (child), ref);
      g_strv_builder_add (builder, ref);
    }

  return g_strv_builder_end (builder);
}

/* @kind is untranslated (N_()), as for parse_ci() */
gboolean
rcc_loader_note_unique_id (Loader     *loader,
                           GHashTable *lines,
                           xmlNode    *node,
                           const char *kind,
                           const char *id)
{
  gpointer first;

  if (id == NULL)
    return FALSE;

  if (g_hash_table_lookup_extended (lines, id, NULL, &first))
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                             _("duplicate %s id \"%s\" (first defined on line %ld)"),
                             _(kind), id, (long)GPOINTER_TO_SIZE (first));
      return FALSE;
    }

  g_hash_table_insert (lines, g_strdup (id), GSIZE_TO_POINTER ((gsize)rcc_xml_line (node)));
  return TRUE;
}
