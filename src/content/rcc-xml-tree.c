/* rcc-xml-tree.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rcc-xml-tree.h"

/* Finding things in a parsed XML tree (one that rcc_safe_xml_parse()
 * gave), for the readers of outside XML. */

/**
 * rcc_xml_is_element:
 * @node: (nullable): a node
 *
 * Returns: whether @node is an element called @name
 */
gboolean
rcc_xml_is_element (xmlNode    *node,
                    const char *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *)node->name, name) == 0;
}

/**
 * rcc_xml_child:
 * @node: (nullable): an element
 *
 * Returns: (transfer none) (nullable): the first child element of @node
 *   called @name
 */
xmlNode *
rcc_xml_child (xmlNode    *node,
               const char *name)
{
  for (xmlNode *child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    if (rcc_xml_is_element (child, name))
      return child;

  return NULL;
}

/**
 * rcc_xml_attr:
 *
 * Returns: (transfer full) (nullable): the value of @node's attribute
 *   @name, white space at its ends dropped, or %NULL without one
 */
char *
rcc_xml_attr (xmlNode    *node,
              const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *text;

  if (value == NULL)
    return NULL;

  text = g_strstrip (g_strdup ((const char *)value));
  xmlFree (value);
  return text;
}

/**
 * rcc_xml_line:
 * @node: a node of a tree parsed with line numbers
 *
 * Returns: the line @node starts on, for FILE:LINE problems
 */
long
rcc_xml_line (xmlNode *node)
{
  return xmlGetLineNo (node);
}
