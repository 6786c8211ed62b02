/* rcc-safe-xml.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>

#include "rcc-safe-xml.h"

/* The one way RCC Guide parses XML that comes from outside (content
 * files, ClinicalTrials.gov records): libxml2 kept away from everything
 * but the bytes given.  No network (XML_PARSE_NONET, and an entity
 * loader that loads nothing), no DTD loading, no entity substitution;
 * a document type declaration is refused the moment the parser meets
 * it, before any entity it declares can be expanded (billion laughs) or
 * fetched (XXE). */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlParserCtxt, xmlFreeParserCtxt)

/* What the callbacks saw, in the context's _private. */
typedef struct
{
  long     dtd_line;  /* > 0 once a DOCTYPE was met */
  gboolean at_root;   /* the root's start tag was reached, well-formed so far */
} Watch;

static xmlParserInputPtr
refuse_external_entity (const char       *url,
                        const char       *id,
                        xmlParserCtxtPtr  ctxt)
{
  /* Nothing outside the file is ever read: no DTD, no entity, no URL. */
  return NULL;
}

static void
ensure_libxml (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      xmlSetExternalEntityLoader (refuse_external_entity);
      g_once_init_leave (&initialized, 1);
    }
}

static void
internal_subset_cb (void          *user_data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr ctxt = user_data;
  Watch *watch = ctxt->_private;

  /* Stop at the DOCTYPE itself: the entity declarations after it are
   * never parsed, so never expanded. */
  watch->dtd_line = ctxt->input != NULL ? ctxt->input->line : 1;
  xmlStopParser (ctxt);
}

static void
root_element_cb (void           *user_data,
                 const xmlChar  *localname,
                 const xmlChar  *prefix,
                 const xmlChar  *uri,
                 int             nb_namespaces,
                 const xmlChar **namespaces,
                 int             nb_attributes,
                 int             nb_defaulted,
                 const xmlChar **attributes)
{
  xmlParserCtxtPtr ctxt = user_data;
  Watch *watch = ctxt->_private;

  /* The prolog is over: a DOCTYPE can no longer come. */
  watch->at_root = ctxt->wellFormed;
  xmlStopParser (ctxt);
}

/* No XML_PARSE_NOENT, DTDLOAD or DTDATTR: entities are never
 * substituted and no DTD is ever read. */
#define SAFE_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | \
                            XML_PARSE_NOWARNING | XML_PARSE_NOERROR)

/* Reads @data in a new parser context watched by @watch, a DOCTYPE
 * refused as the parser meets it; with @prolog_only, only up to the
 * root element's start tag.  %RCC_SAFE_XML_UNSAFE with the DOCTYPE's
 * line in @problem; %RCC_SAFE_XML_MALFORMED, without a message, where
 * no context could be made (@ctxt is %NULL then); otherwise
 * %RCC_SAFE_XML_OK, the context and what it parsed (%NULL where it
 * failed) left to the caller to judge. */
static RccSafeXmlResult
read_watched (const char         *data,
              gsize               length,
              const char         *name,
              gboolean            prolog_only,
              Watch              *watch,
              xmlParserCtxt     **ctxt,
              xmlDoc            **parsed,
              RccSafeXmlProblem  *problem)
{
  problem->line = 1;
  problem->message = NULL;

  ensure_libxml ();

  *ctxt = length <= G_MAXINT ? xmlNewParserCtxt () : NULL;
  if (*ctxt == NULL)
    return RCC_SAFE_XML_MALFORMED;

  (*ctxt)->_private = watch;
  (*ctxt)->sax->internalSubset = internal_subset_cb;
  if (prolog_only)
    (*ctxt)->sax->startElementNs = root_element_cb;

  *parsed = xmlCtxtReadMemory (*ctxt, data, (int)length, name, NULL, SAFE_PARSE_OPTIONS);

  /* A DOCTYPE, met by the callback or (belt and braces) found after. */
  if (watch->dtd_line > 0 ||
      (*parsed != NULL && ((*parsed)->intSubset != NULL || (*parsed)->extSubset != NULL)))
    {
      problem->line = MAX (watch->dtd_line, 1);
      return RCC_SAFE_XML_UNSAFE;
    }

  return RCC_SAFE_XML_OK;
}

void
rcc_safe_xml_problem_clear (RccSafeXmlProblem *problem)
{
  g_clear_pointer (&problem->message, g_free);
}

/**
 * rcc_safe_xml_parse:
 * @name: the document's name, for libxml2's messages
 * @doc: (out): the document, when the result is %RCC_SAFE_XML_OK
 * @problem: (out caller-allocates): the line and message otherwise
 */
RccSafeXmlResult
rcc_safe_xml_parse (const char        *data,
                    gsize              length,
                    const char        *name,
                    xmlDoc           **doc,
                    RccSafeXmlProblem *problem)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) parsed = NULL;
  Watch watch = { 0 };
  RccSafeXmlResult result;

  g_return_val_if_fail (doc != NULL && problem != NULL, RCC_SAFE_XML_MALFORMED);

  *doc = NULL;

  result = read_watched (data, length, name, FALSE, &watch, &ctxt, &parsed, problem);
  if (ctxt == NULL)
    problem->message = g_strdup (length > G_MAXINT ? _("too large") : _("out of memory"));
  if (result != RCC_SAFE_XML_OK)
    return result;

  if (parsed == NULL || !ctxt->wellFormed)
    {
      const xmlError *xerr = xmlCtxtGetLastError (ctxt);

      problem->line = xerr != NULL ? MAX (xerr->line, 1) : 1;
      problem->message = g_strstrip (g_strdup (xerr != NULL && xerr->message != NULL
                                               ? xerr->message : _("unknown error")));
      return RCC_SAFE_XML_MALFORMED;
    }

  *doc = g_steal_pointer (&parsed);
  return RCC_SAFE_XML_OK;
}

/**
 * rcc_safe_xml_open_reader:
 * @name: the document's name, for libxml2's messages
 * @reader: (out): a streaming reader over @data, when the result is
 *   %RCC_SAFE_XML_OK; @data must outlive it
 * @problem: (out caller-allocates): the line and message otherwise
 *
 * The streaming counterpart of rcc_safe_xml_parse(), with the same
 * options.  A reader cannot be handed our DOCTYPE callback, and by the
 * time it shows a DOCTYPE node it has parsed every declaration inside;
 * so the prolog is first read on its own, with the callback, up to the
 * root element's start tag, and a DOCTYPE refused there.  Nothing is
 * built for that pass and it stops at the root, so it costs only the
 * prolog.
 *
 * A problem in the prolog other than a DOCTYPE gives
 * %RCC_SAFE_XML_MALFORMED without a message: the caller learns libxml2's
 * words from rcc_safe_xml_parse(), exactly as before readers were used.
 */
RccSafeXmlResult
rcc_safe_xml_open_reader (const char         *data,
                          gsize               length,
                          const char         *name,
                          xmlTextReader     **reader,
                          RccSafeXmlProblem  *problem)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) parsed = NULL;
  Watch watch = { 0 };
  RccSafeXmlResult result;

  g_return_val_if_fail (reader != NULL && problem != NULL, RCC_SAFE_XML_MALFORMED);

  *reader = NULL;

  result = read_watched (data, length, name, TRUE, &watch, &ctxt, &parsed, problem);
  if (result != RCC_SAFE_XML_OK)
    return result;

  if (!watch.at_root)
    return RCC_SAFE_XML_MALFORMED;

  /* The same options as rcc_safe_xml_parse(): no NOENT, DTDLOAD or
   * DTDATTR, and the entity loader that loads nothing. */
  *reader = xmlReaderForMemory (data, (int)length, name, NULL, SAFE_PARSE_OPTIONS);

  return *reader != NULL ? RCC_SAFE_XML_OK : RCC_SAFE_XML_MALFORMED;
}
