/* rcc-xml-loader.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>

#include "rcc-file-read.h"
#include "rcc-safe-xml.h"
#include "rcc-xml-loader.h"
#include "rcc-xml-loader-private.h"

/* Loading a content file, in four steps, each of which must pass before
 * the next runs:
 *
 *  1. size: files over RCC_CONTENT_MAX_BYTES are refused unread;
 *  2. parsing, with libxml2 kept away from the outside: no network
 *     (XML_PARSE_NONET and an entity loader that loads nothing), no DTD
 *     loading, no entity substitution; a document type declaration is
 *     refused the moment the parser meets it, before any entity it
 *     declares can be expanded (billion laughs) or fetched (XXE);
 *  3. the RELAX NG schema (data/content/rcc-content.rng, bundled), for
 *     every file but the bundled content, which the build checks against
 *     it (data/meson.build) and which cannot change once compiled in;
 *  4. building the model, with the checks a schema cannot make: ids
 *     unique, every arm, treatment and reference named exists, CIs
 *     ordered and around their estimate, medians above zero, CI levels
 *     inside (0, 100).
 *
 * Every problem becomes one "FILE:LINE: message" line; all lines found
 * go into the GError.  Only a file with no problem yields a catalog, so
 * a caller never holds a half-loaded one.
 *
 * Steps 2 to 4 run together, streaming (load_streaming()): an
 * xmlTextReader parses and validates as it goes, each top-level item (a
 * change, treatment, trial or reference) is expanded into a small tree,
 * built, and freed as the reader moves on.  A whole-document tree of a
 * large file was most of the load's peak memory (an 11 MB file made a
 * 140 MB tree).  Checks that need what comes later in the file (a
 * treatment or trial citing a reference: references come last) wait in
 * the list of problems until the end, and problems are reported in the
 * order the whole-document build gave them (see Section).
 *
 * libxml2's streaming validator words schema errors differently from
 * the whole-document one (and reports more of them, each error dragging
 * others after it), and its push parser words some parse errors
 * differently.  So a file the stream finds not well-formed or not valid
 * is read again the old way (rcc_loader_load_document(), in
 * rcc-xml-build.c): whole, then validated whole, for the same messages
 * on the same lines as always.  Only such a broken file pays for the
 * tree.  The loader's files are listed in rcc-xml-loader-private.h. */

/* ---------------------------------------------------------------------
 * Steps 2 to 4 streaming
 */

static void
stream_error_cb (void           *user_data,
                 const xmlError *xerr)
{
  gboolean *broken = user_data;

  /* Only noted: rcc_loader_load_document() says what is wrong, in its words. */
  if (xerr->level >= XML_ERR_ERROR)
    *broken = TRUE;
}

static Section
section_of (const char *container)
{
  if (g_str_equal (container, "references"))
    return SECTION_REFERENCES;
  if (g_str_equal (container, "treatments"))
    return SECTION_TREATMENTS;
  if (g_str_equal (container, "trials"))
    return SECTION_TRIALS;
  if (g_str_equal (container, "lines"))
    return SECTION_LINES;
  return SECTION_HEAD;
}

/* Reads, validates and builds in one pass, holding one top-level item's
 * tree at a time.
 *
 * The reader validates every node it passes, including those inside an
 * item it is told to skip (xmlTextReaderNext() reads through them), and
 * an item's tree is built before the reader has validated all of it; so
 * the catalog counts only if the whole file was well-formed and valid,
 * and the builders must not trust an item's shape (they check for
 * missing attributes and elements anyway).
 *
 * Returns: (transfer full) (nullable): the catalog, its semantic
 *   problems in @loader; or %NULL: refused, the problem in @loader, or,
 *   with *@reread, not well-formed or not valid, for rcc_loader_load_document()
 */
static RccCatalog *
load_streaming (Loader     *loader,
                const char *data,
                gsize       length,
                gboolean    check_schema,
                gboolean   *reread)
{
  g_auto(RccSafeXmlProblem) problem = { 0 };
  g_autoptr(xmlTextReader) reader = NULL;
  g_autoptr(RccCatalog) catalog = NULL;
  const char *container = "";
  gboolean broken = FALSE, seen_root = FALSE, seen_source = FALSE;
  guint version = 0;
  int ret;

  *reread = TRUE;

  switch (rcc_safe_xml_open_reader (data, length, loader->name, &reader, &problem))
    {
    case RCC_SAFE_XML_UNSAFE:
      rcc_loader_add_unsafe_error (loader, problem.line);
      *reread = FALSE;
      return NULL;

    case RCC_SAFE_XML_MALFORMED:
      return NULL;

    case RCC_SAFE_XML_OK:
    default:
      break;
    }

  xmlTextReaderSetStructuredErrorHandler (reader, (xmlStructuredErrorFunc)stream_error_cb, &broken);
  if (check_schema && xmlTextReaderRelaxNGSetSchema (reader, rcc_loader_get_schema ()) != 0)
    return NULL;

  catalog = rcc_catalog_new ();

  ret = xmlTextReaderRead (reader);
  while (ret == 1 && !broken)
    {
      const char *name;
      xmlNode *node;
      int depth;

      if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
        {
          /* Refused by rcc_safe_xml_open_reader() before reading; the
           * reader would have read its declarations by now. */
          if (xmlTextReaderNodeType (reader) == XML_READER_TYPE_DOCUMENT_TYPE)
            break;

          ret = xmlTextReaderRead (reader);
          continue;
        }

      name = (const char *)xmlTextReaderConstLocalName (reader);
      depth = xmlTextReaderDepth (reader);

      if (depth == 0)
        {
          if (g_strcmp0 (name, "rcc-content") != 0)
            break;

          /* Only the root's start tag is read yet: its attributes. */
          seen_root = TRUE;
          version = rcc_loader_parse_uint (loader, xmlTextReaderCurrentNode (reader), "version");
          ret = xmlTextReaderRead (reader);
          continue;
        }

      if (depth == 1 && !g_str_equal (name, "source"))
        {
          /* A list: go into it, its items are read one by one. */
          container = name;
          loader->section = section_of (container);
          if (g_str_equal (container, "lines"))
            rcc_loader_begin_lines (loader, xmlTextReaderCurrentNode (reader));
          ret = xmlTextReaderRead (reader);
          continue;
        }

      if (depth == 1 || depth == 2)
        {
          /* The source or an item: read whole, built, then skipped,
           * which frees it. */
          node = xmlTextReaderExpand (reader);
          if (node == NULL)
            break;

          if (depth == 1)
            {
              rcc_loader_set_source (loader, node, version, catalog);
              seen_source = TRUE;
            }
          else if (g_str_equal (container, "editions") && g_str_equal (name, "edition"))
            rcc_loader_build_edition (loader, node, catalog);
          else if (g_str_equal (container, "changelog") && g_str_equal (name, "change"))
            rcc_loader_build_change (loader, node, catalog);
          else if (g_str_equal (container, "lines") && g_str_equal (name, "line"))
            rcc_loader_build_line (loader, node, catalog);
          else if (g_str_equal (container, "references") && g_str_equal (name, "reference"))
            rcc_loader_build_reference (loader, node, catalog);
          else if (g_str_equal (container, "treatments") && g_str_equal (name, "treatment"))
            rcc_loader_build_treatment (loader, node, catalog);
          else if (g_str_equal (container, "trials") && g_str_equal (name, "trial"))
            rcc_loader_add_trial (loader, node, catalog);

          ret = xmlTextReaderNext (reader);
          continue;
        }

      /* Deeper: only in a file the schema refuses. */
      ret = xmlTextReaderRead (reader);
    }

  loader->section = SECTION_HEAD;

  if (ret != 0 || broken || (check_schema && xmlTextReaderIsValid (reader) != 1) ||
      !seen_root || !seen_source)
    return NULL;

  rcc_loader_finish_lines (loader, catalog);
  rcc_catalog_link_trials (catalog);

  *reread = FALSE;
  return g_steal_pointer (&catalog);
}

/* ---------------------------------------------------------------------
 * Public API
 */

static RccCatalog *
load_bytes (GBytes      *bytes,
            const char  *display_name,
            gboolean     check_schema,
            GError     **error)
{
  g_auto(Loader) loader = { 0 };
  g_autoptr(RccCatalog) catalog = NULL;
  gboolean reread = FALSE;
  const char *data;
  gsize length;

  rcc_loader_init (&loader, display_name != NULL ? display_name : "content");

  data = g_bytes_get_data (bytes, &length);

  if (length > RCC_CONTENT_MAX_BYTES)
    {
      rcc_loader_error (&loader, RCC_CONTENT_ERROR_TOO_LARGE, 1,
                        _("the file is %llu bytes; content files may be at most %d bytes"),
                        (unsigned long long)length, RCC_CONTENT_MAX_BYTES);
      rcc_loader_failed (&loader, error);
      return NULL;
    }

  if (length == 0 || data == NULL)
    {
      rcc_loader_error (&loader, RCC_CONTENT_ERROR_EMPTY, 1, _("the file is empty"));
      rcc_loader_failed (&loader, error);
      return NULL;
    }

  /* Not well-formed (or, checked, not valid): read again whole, with the
   * schema in any case, for its messages. */
  catalog = load_streaming (&loader, data, length, check_schema, &reread);
  if (reread)
    {
      rcc_loader_reset (&loader);
      catalog = rcc_loader_load_document (&loader, data, length);
    }

  if (rcc_loader_failed (&loader, error))
    return NULL;

  g_return_val_if_fail (catalog != NULL, NULL);

  return g_steal_pointer (&catalog);
}

/**
 * rcc_xml_loader_load_bytes:
 * @bytes: the content file's bytes
 * @display_name: how errors name the file
 *
 * Parses, validates and checks a content file.
 *
 * Returns: (transfer full) (nullable): a complete catalog, or %NULL with
 *   @error holding every problem found, one "NAME:LINE: message" a line
 */
RccCatalog *
rcc_xml_loader_load_bytes (GBytes      *bytes,
                           const char  *display_name,
                           GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_bytes (bytes, display_name, TRUE, error);
}

/**
 * rcc_loader_load_schema_checked:
 * @bytes: content the build has checked against the schema
 * @display_name: how errors name the file
 *
 * As rcc_xml_loader_load_bytes(), without the RELAX NG pass: parsing
 * (with the same refusals) and every check the builders make, with
 * their "NAME:LINE: message" problems, still run.  Only for bytes that
 * cannot have changed since they were checked: the bundled content.
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error
 */
RccCatalog *
rcc_loader_load_schema_checked (GBytes      *bytes,
                                const char  *display_name,
                                GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load_bytes (bytes, display_name, FALSE, error);
}

/**
 * rcc_xml_loader_load_file:
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error
 */
RccCatalog *
rcc_xml_loader_load_file (GFile   *file,
                          GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  guint64 size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);

  /* A huge file is refused before it is read into memory. */
  bytes = rcc_file_read (file, RCC_CONTENT_MAX_BYTES, &size, &local_error);
  if (g_error_matches (local_error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE,
                   _("%s:1: the file is %llu bytes; content files may be at most %d bytes"),
                   name, (unsigned long long)size, RCC_CONTENT_MAX_BYTES);
      return NULL;
    }
  if (bytes == NULL)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO,
                   "%s:1: %s", name, local_error->message);
      return NULL;
    }

  return rcc_xml_loader_load_bytes (bytes, name, error);
}

/**
 * rcc_xml_loader_load_bundled:
 *
 * Loads the content compiled into the application.  The build refuses
 * content its schema refuses (the custom target in data/meson.build runs
 * xmllint before the content is compiled in), so only the checks a
 * schema cannot make run here; a file given on the command line gets
 * both.  The schema pass was half the load's time at start.
 *
 * Returns: (transfer full) (nullable): the catalog
 */
RccCatalog *
rcc_xml_loader_load_bundled (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_resources_lookup_data (RCC_BUNDLED_CONTENT_RESOURCE,
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return rcc_loader_load_schema_checked (bytes, RCC_BUNDLED_CONTENT_NAME, error);
}
