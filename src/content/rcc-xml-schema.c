/* rcc-xml-schema.c: the content loader's steps 2 and 3 for a whole
 * document: parsing safely, and the RELAX NG schema
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "rcc-safe-xml.h"
#include "rcc-xml-loader-private.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)

/* Step 2: parsing, safely (see rcc-xml-loader.c) */

void
rcc_loader_add_unsafe_error (Loader *loader,
                             long    line)
{
  rcc_loader_error (loader, RCC_CONTENT_ERROR_UNSAFE, line,
                    _("a document type declaration (DOCTYPE) is not allowed in content files; "
                      "entities are never loaded or expanded"));
}

xmlDoc *
rcc_loader_parse_document (Loader     *loader,
                           const char *data,
                           gsize       length)
{
  g_auto(RccSafeXmlProblem) problem = { 0 };
  xmlDoc *doc = NULL;

  switch (rcc_safe_xml_parse (data, length, loader->name, &doc, &problem))
    {
    case RCC_SAFE_XML_UNSAFE:
      rcc_loader_add_unsafe_error (loader, problem.line);
      return NULL;

    case RCC_SAFE_XML_MALFORMED:
      rcc_loader_error (loader, RCC_CONTENT_ERROR_PARSE, problem.line,
                        _("not well-formed XML: %s"), problem.message);
      return NULL;

    case RCC_SAFE_XML_OK:
    default:
      return doc;
    }
}

/* Step 3: the schema, compiled once and shared with the streaming
 * reader */

xmlRelaxNGPtr
rcc_loader_get_schema (void)
{
  static gsize schema_once = 0;
  static xmlRelaxNGPtr schema = NULL;

  if (g_once_init_enter (&schema_once))
    {
      g_autoptr(GBytes) bytes = NULL;
      xmlRelaxNGParserCtxtPtr pctxt;
      gsize size;
      const char *data;

      bytes = g_resources_lookup_data (RESOURCE_BASE "/content/rcc-content.rng",
                                       G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_assert (bytes != NULL);
      data = g_bytes_get_data (bytes, &size);

      pctxt = xmlRelaxNGNewMemParserCtxt (data, (int)size);
      schema = xmlRelaxNGParse (pctxt);
      xmlRelaxNGFreeParserCtxt (pctxt);
      g_assert (schema != NULL);

      g_once_init_leave (&schema_once, 1);
    }

  return schema;
}

/* What the schema refused, as it is reported: libxml2 gives some errors
 * no node and no line ("Element median failed to validate attributes");
 * those wait in @unplaced while the document is searched for what the
 * loader can name itself. */
typedef struct
{
  Loader     *loader;
  GHashTable *explained;  /* elements already reported, in our words */
  GPtrArray  *unplaced;   /* libxml2's messages with no line */
} SchemaErrors;

static gboolean
explain_node (SchemaErrors *errors,
              xmlNode      *node)
{
  g_autofree char *explained = NULL;

  if (g_hash_table_contains (errors->explained, node))
    return TRUE;

  explained = rcc_loader_explain_schema_error (node);
  if (explained == NULL)
    return FALSE;

  g_hash_table_add (errors->explained, node);
  rcc_loader_error (errors->loader, RCC_CONTENT_ERROR_SCHEMA, xmlGetLineNo (node), "%s", explained);
  return TRUE;
}

static void
schema_error_cb (void           *user_data,
                 const xmlError *xerr)
{
  SchemaErrors *errors = user_data;
  Loader *loader = errors->loader;
  xmlNode *node = xerr->node;
  long line = xerr->line;

  if (line <= 0 && node != NULL)
    line = xmlGetLineNo (node);

  /* Said once per element, in words naming the attribute, where the
   * loader can tell what is wrong; libxml2's own words otherwise. */
  if (node != NULL && node->type == XML_ELEMENT_NODE && explain_node (errors, node))
    return;

  if (xerr->message != NULL && g_str_has_prefix (xerr->message, "Internal error"))
    return;

  if (node == NULL && line <= 0 && xerr->message != NULL)
    g_ptr_array_add (errors->unplaced, g_strchomp (g_strdup (xerr->message)));
  else if (xerr->message == NULL)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_SCHEMA, line, _("does not match the content schema"));
  else if (g_str_has_prefix (xerr->message, "Did not expect element"))
    {
      g_autofree char *message = g_strchomp (g_strdup (xerr->message));

      /* libxml2's words for a missing required element, too. */
      rcc_loader_error (loader, RCC_CONTENT_ERROR_SCHEMA, line,
                        _("%s (a required element before it may be missing, or the elements are out of order)"),
                        message);
    }
  else
    rcc_loader_error (loader, RCC_CONTENT_ERROR_SCHEMA, line, "%s", xerr->message);
}

/* Every element under @node the loader can say is wrong; the count. */
static guint
explain_tree (SchemaErrors *errors,
              xmlNode      *node)
{
  guint n = 0;

  for (xmlNode *child = node; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      n += explain_node (errors, child) ? 1 : 0;
      n += explain_tree (errors, child->children);
    }

  return n;
}

gboolean
rcc_loader_validate_schema (Loader *loader,
                            xmlDoc *doc)
{
  g_autoptr(xmlRelaxNGValidCtxt) vctxt = NULL;
  g_autoptr(GHashTable) explained = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new_with_free_func (g_free);
  SchemaErrors errors = { loader, explained, unplaced };
  guint before = rcc_loader_n_problems (loader);
  int ret;

  vctxt = xmlRelaxNGNewValidCtxt (rcc_loader_get_schema ());
  xmlRelaxNGSetValidStructuredErrors (vctxt, (xmlStructuredErrorFunc)schema_error_cb, &errors);
  ret = xmlRelaxNGValidateDoc (vctxt, doc);

  /* Errors libxml2 could not place: said in our words where we can
   * find them, in libxml2's at line 1 otherwise. */
  if (ret != 0 && unplaced->len > 0 &&
      explain_tree (&errors, xmlDocGetRootElement (doc)) == 0)
    for (guint i = 0; i < unplaced->len; i++)
      rcc_loader_error (loader, RCC_CONTENT_ERROR_SCHEMA, 1, "%s",
                        (const char *)g_ptr_array_index (unplaced, i));

  if (ret != 0 && rcc_loader_n_problems (loader) == before)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_SCHEMA, 1, _("does not match the content schema"));

  return ret == 0;
}
