/* rcc-xml-lines.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-xml-loader-private.h"

/* The parts of a version 3 content file that say where the content comes
 * from and how the current edition orders it: <editions>, <lines> with
 * their options, and the checks on a <reference> that name editions.
 *
 * Lines come before treatments in the file and name them, so an option is
 * kept pending (RccPendingOption) until rcc_loader_finish_lines(), when
 * every treatment and reference has been read. */

struct _RccPendingOption
{
  RccTherapyLine  line;
  guint           position;
  char           *treatment_id;
  char           *note;
  char          **reference_ids;
  long            source_line;
};

void
rcc_pending_option_free (gpointer data)
{
  RccPendingOption *pending = data;

  g_free (pending->treatment_id);
  g_free (pending->note);
  g_strfreev (pending->reference_ids);
  g_free (pending);
}

static void
check_edition (Loader     *loader,
               xmlNode    *node,
               const char *attr,
               const char *id)
{
  if (id != NULL && !g_hash_table_contains (loader->edition_lines, id))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("%s=\"%s\" names no <edition>"), attr, id);
}

void
rcc_loader_build_edition (Loader     *loader,
                          xmlNode    *node,
                          RccCatalog *catalog)
{
  g_autoptr(RccEdition) edition = NULL;
  g_autofree char *id = rcc_loader_unique_id (loader, loader->edition_lines, node, N_("edition"));
  g_autofree char *updated = rcc_xml_get_attr (node, "updated");
  g_autofree char *url = rcc_xml_get_attr (node, "url");
  g_autofree char *title = rcc_xml_get_text (node);

  if (id == NULL)
    return;

  edition = rcc_edition_new (id, title, updated, url);
  rcc_catalog_add_edition (catalog, edition);
}

/* The <lines> element itself: only its start tag is read yet. */
void
rcc_loader_begin_lines (Loader  *loader,
                        xmlNode *lines)
{
  g_autofree char *edition = rcc_xml_get_attr (lines, "edition");

  check_edition (loader, lines, "edition", edition);
}

void
rcc_loader_build_line (Loader     *loader,
                       xmlNode    *node,
                       RccCatalog *catalog)
{
  g_autoptr(GHashTable) treatments = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *id = rcc_loader_unique_id (loader, loader->line_lines, node, N_("line"));
  int line = RCC_THERAPY_LINE_FIRST;
  guint position = 0;

  if (id == NULL)
    return;

  line = rcc_loader_parse_enum (loader, node, "id", RCC_TYPE_THERAPY_LINE, RCC_THERAPY_LINE_FIRST);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      RccPendingOption *pending;
      gpointer first;

      if (!rcc_xml_is_element (child, "option"))
        continue;

      pending = g_new0 (RccPendingOption, 1);
      pending->line = line;
      pending->position = ++position;
      pending->treatment_id = rcc_xml_get_attr (child, "treatment");
      pending->note = rcc_xml_child_text (child, "note");
      pending->reference_ids = rcc_loader_collect_cites (loader, child);
      pending->source_line = rcc_xml_line (child);

      if (pending->treatment_id == NULL && pending->note == NULL)
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, pending->source_line,
                          _("an option with no treatment needs a <note> saying what it is"));

      if (pending->treatment_id != NULL &&
          g_hash_table_lookup_extended (treatments, pending->treatment_id, NULL, &first))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, pending->source_line,
                          _("treatment \"%s\" is already option %u of line \"%s\""),
                          pending->treatment_id, GPOINTER_TO_UINT (first), id);
      else if (pending->treatment_id != NULL)
        g_hash_table_insert (treatments, g_strdup (pending->treatment_id),
                             GUINT_TO_POINTER (pending->position));

      g_ptr_array_add (loader->pending_options, pending);
    }
}

static int
compare_pending (gconstpointer a,
                 gconstpointer b)
{
  const RccPendingOption *pa = *(RccPendingOption * const *)a;
  const RccPendingOption *pb = *(RccPendingOption * const *)b;

  if (pa->line != pb->line)
    return pa->line < pb->line ? -1 : 1;

  return pa->position < pb->position ? -1 : pa->position > pb->position;
}

/* Once every treatment and reference is read: the options, by line then
 * position, their treatments checked. */
void
rcc_loader_finish_lines (Loader     *loader,
                         RccCatalog *catalog)
{
  Section section = loader->section;

  loader->section = SECTION_LINES;
  g_ptr_array_sort (loader->pending_options, compare_pending);

  for (guint i = 0; i < loader->pending_options->len; i++)
    {
      RccPendingOption *pending = g_ptr_array_index (loader->pending_options, i);
      g_autoptr(RccOption) option = NULL;
      RccTreatment *treatment = NULL;

      if (pending->treatment_id != NULL)
        {
          treatment = rcc_catalog_lookup_treatment (catalog, pending->treatment_id);
          if (treatment == NULL)
            {
              rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, pending->source_line,
                                _("option names treatment \"%s\", which does not exist"),
                                pending->treatment_id);
              continue;
            }
        }

      option = rcc_option_new (pending->line, pending->position, treatment, pending->note);
      for (guint j = 0; pending->reference_ids[j] != NULL; j++)
        {
          RccReference *reference = rcc_catalog_lookup_reference (catalog, pending->reference_ids[j]);

          /* An unknown one is already a problem (rcc_loader_check_cite()). */
          if (reference != NULL)
            rcc_option_add_reference (option, reference);
        }
      rcc_catalog_add_option (catalog, option);
    }

  g_ptr_array_set_size (loader->pending_options, 0);
  loader->section = section;
}

/* A reference's cited-by: edition ids, each one an <edition>. */
char **
rcc_loader_parse_cited_by (Loader  *loader,
                           xmlNode *node)
{
  g_autofree char *text = rcc_xml_get_attr (node, "cited-by");
  g_auto(GStrv) ids = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (text == NULL)
    return NULL;

  ids = g_strsplit_set (text, " \t\r\n", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (ids[i][0] == '\0')
        continue;
      check_edition (loader, node, "cited-by", ids[i]);
      g_strv_builder_add (builder, ids[i]);
    }

  return g_strv_builder_end (builder);
}

/* A journal article is cited in full, with a PMID or DOI, unless the
 * content marks it partial: what the guide knows of it is only part. */
void
rcc_loader_check_reference (Loader   *loader,
                            xmlNode  *node,
                            gboolean  has_pmid_or_doi)
{
  g_autofree char *id = rcc_xml_get_attr (node, "id");
  int kind = rcc_loader_parse_enum (loader, node, "kind", RCC_TYPE_REFERENCE_KIND,
                                    RCC_REFERENCE_KIND_JOURNAL);

  if (kind == RCC_REFERENCE_KIND_JOURNAL && !has_pmid_or_doi &&
      !rcc_xml_parse_bool (node, "partial", FALSE))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("journal reference \"%s\" has neither a pmid nor a doi "
                        "(partial=\"true\" marks a citation known only in part)"), id);
}
