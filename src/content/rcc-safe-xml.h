/* rcc-safe-xml.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlTextReader, xmlFreeTextReader)

typedef enum
{
  RCC_SAFE_XML_OK,
  RCC_SAFE_XML_UNSAFE,     /* a DOCTYPE: refused before anything it declares is read */
  RCC_SAFE_XML_MALFORMED,  /* not well-formed, or cut short */
} RccSafeXmlResult;

/* Why a parse failed, and where. */
typedef struct
{
  long  line;
  char *message;  /* libxml2's words, for MALFORMED */
} RccSafeXmlProblem;

void             rcc_safe_xml_problem_clear (RccSafeXmlProblem *problem);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RccSafeXmlProblem, rcc_safe_xml_problem_clear)

RccSafeXmlResult rcc_safe_xml_parse         (const char        *data,
                                             gsize              length,
                                             const char        *name,
                                             xmlDoc           **doc,
                                             RccSafeXmlProblem *problem);
RccSafeXmlResult rcc_safe_xml_open_reader   (const char         *data,
                                             gsize               length,
                                             const char         *name,
                                             xmlTextReader     **reader,
                                             RccSafeXmlProblem  *problem);

G_END_DECLS
