/* rcc-xml-values.c: the content loader's readers of nodes and typed
 * attribute values (numbers, booleans, enums, cites), their problems
 * going into the loader
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rcc-xml-loader-private.h"

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

/**
 * rcc_xml_peek_attrs:
 * @node: an element
 * @first_name: an attribute's name, followed by where its value goes
 *   (`const char **`); more such pairs may follow, then %NULL
 *
 * rcc_xml_peek_attr() for several attributes at once, as
 * g_markup_collect_attributes() collects them: each value points into
 * the tree, or into a copy where the tree holds it in pieces, and is
 * %NULL where the attribute is missing.
 *
 * Returns: (transfer full) (nullable): the copies the values point
 *   into, to be freed once they are no longer read; %NULL if none had
 *   to be made
 */
GPtrArray *
rcc_xml_peek_attrs (xmlNode    *node,
                    const char *first_name,
                    ...)
{
  GPtrArray *copies = NULL;
  va_list args;

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    {
      const char **value = va_arg (args, const char **);
      char *copy;

      *value = rcc_xml_peek_attr (node, name, &copy);
      if (copy == NULL)
        continue;

      if (copies == NULL)
        copies = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (copies, copy);
    }
  va_end (args);

  return copies;
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

/* The text of @node's child @name written in @lang (lang="es") */
char *
rcc_xml_child_text_lang (xmlNode    *node,
                         const char *name,
                         const char *lang)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *copy = NULL;

      if (rcc_xml_is_element (child, name)
          && g_strcmp0 (rcc_xml_peek_attr (child, "lang", &copy), lang) == 0)
        return rcc_xml_get_text (child);
    }

  return NULL;
}


/* Whether @text is a whole finite number in the C locale, into @value */
gboolean
rcc_xml_parse_number (const char *text,
                      double     *value)
{
  char *end = NULL;

  errno = 0;
  *value = g_ascii_strtod (text, &end);
  return errno == 0 && end != text && *end == '\0' && isfinite (*value);
}

gboolean
rcc_loader_parse_double (Loader     *loader,
                         xmlNode    *node,
                         const char *attr,
                         double     *out)
{
  g_autofree char *copy = NULL;
  const char *text = rcc_xml_peek_attr (node, attr, &copy);
  double value;

  if (text == NULL)
    return FALSE;

  if (!rcc_xml_parse_number (text, &value))
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

/* A list of endpoint codes, "os pfs", each a known endpoint other than
 * "none"; %NULL where the attribute is absent */
char **
rcc_loader_parse_endpoint_list (Loader     *loader,
                                xmlNode    *node,
                                const char *attr)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *text = rcc_xml_get_attr (node, attr);

  if (text == NULL)
    return NULL;

  builder = g_strv_builder_new ();
  words = g_strsplit_set (g_strstrip (text), " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int value;

      if (*words[i] == '\0')
        continue;
      if (!rcc_enum_from_nick (RCC_TYPE_ENDPOINT, words[i], &value) || value == RCC_ENDPOINT_NONE)
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                          _("%s: \"%s\" is not a known endpoint"), attr, words[i]);
      else
        g_strv_builder_add (builder, words[i]);
    }

  return g_strv_builder_end (builder);
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
