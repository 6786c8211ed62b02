/* rcc-xml-build.c: the content loader's step 4: turning the items of
 * a content file into model objects, with the checks a schema cannot make
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "rcc-safe-xml.h"
#include "rcc-xml-loader-private.h"

/* The builders of top-level items: each gets one <change>, <reference>,
 * <treatment> or <trial>, whole, from either reading. */

void
rcc_loader_build_change (Loader     *loader,
                         xmlNode    *node,
                         RccCatalog *catalog)
{
  g_autoptr(RccChange) change = NULL;
  g_autofree char *date = NULL, *change_source = NULL, *change_text = NULL;

  date = rcc_xml_get_attr (node, "date");
  change_source = rcc_xml_get_attr (node, "source");
  change_text = rcc_xml_get_text (node);
  change = g_object_new (RCC_TYPE_CHANGE,
                         "date", date,
                         "version", rcc_loader_parse_uint (loader, node, "version"),
                         "source", change_source,
                         "text", change_text,
                         NULL);
  rcc_catalog_add_change (catalog, change);
}

void
rcc_loader_build_reference (Loader     *loader,
                            xmlNode    *node,
                            RccCatalog *catalog)
{
  g_autoptr(RccReference) reference = NULL;
  g_autofree char *id = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *citation = NULL;
  g_auto(GStrv) cited_by = NULL;
  guint pmid;

  id = rcc_loader_unique_id (loader, loader->reference_lines, node, N_("reference"));
  if (id == NULL)
    return;

  doi = rcc_xml_get_attr (node, "doi");
  pmid = rcc_loader_parse_uint (loader, node, "pmid");
  citation = rcc_xml_get_text (node);
  cited_by = rcc_loader_parse_cited_by (loader, node);
  rcc_loader_check_reference (loader, node, pmid != 0 || doi != NULL);
  reference = g_object_new (RCC_TYPE_REFERENCE,
                            "id", id,
                            "number", rcc_loader_parse_uint (loader, node, "number"),
                            "citation", citation,
                            "pmid", pmid,
                            "doi", doi,
                            "kind", rcc_loader_parse_enum (loader, node, "kind", RCC_TYPE_REFERENCE_KIND,
                                                           RCC_REFERENCE_KIND_JOURNAL),
                            "cited-by", cited_by,
                            "partial", rcc_xml_parse_bool (node, "partial", FALSE),
                            NULL);
  rcc_catalog_add_reference (catalog, reference);
}

/* An attribute the schema requires, said at its element's line where
 * the schema was not checked (the streaming read checks it per item) */
static char *
required_attr (Loader     *loader,
               xmlNode    *node,
               const char *name)
{
  char *value = rcc_xml_get_attr (node, name);

  if (value == NULL || *value == '\0')
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("<%s> has no %s"), (const char *)node->name, name);

  return value;
}

/* <plain-side-effects>: one drug's side effects in a patient's words */
static void
build_plain_side_effects (Loader       *loader,
                          xmlNode      *treatment_node,
                          RccTreatment *treatment)
{
  for (xmlNode *node = treatment_node->children; node != NULL; node = node->next)
    {
      g_autoptr(RccSideEffects) side_effects = NULL;
      g_autofree char *drug = NULL, *drug_es = NULL, *source = NULL, *source_es = NULL;
      g_autofree char *source_date = NULL, *often = NULL, *often_es = NULL;
      guint n_effects = 0;

      if (!rcc_xml_is_element (node, "plain-side-effects"))
        continue;

      drug = required_attr (loader, node, "drug");
      drug_es = required_attr (loader, node, "drug-es");
      source = required_attr (loader, node, "source");
      source_es = required_attr (loader, node, "source-es");
      source_date = rcc_xml_get_attr (node, "source-date");
      often = rcc_xml_get_attr (node, "often");
      often_es = rcc_xml_get_attr (node, "often-es");
      side_effects = g_object_new (RCC_TYPE_SIDE_EFFECTS,
                                   "drug", drug,
                                   "drug-es", drug_es,
                                   "source", source,
                                   "source-es", source_es,
                                   "source-date", source_date,
                                   "often", often,
                                   "often-es", often_es,
                                   NULL);

      for (xmlNode *child = node->children; child != NULL; child = child->next)
        {
          gboolean effect = rcc_xml_is_element (child, "effect");
          g_autofree char *text = NULL, *text_es = NULL;
          g_autofree char *item_often = NULL, *item_often_es = NULL;

          if (!effect && !rcc_xml_is_element (child, "warning-sign"))
            continue;

          text = rcc_xml_get_text (child);
          text_es = required_attr (loader, child, "es");
          if (text == NULL || *text == '\0')
            {
              rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (child),
                                _("<%s> has no text"), (const char *)child->name);
              continue;
            }

          if (effect)
            {
              item_often = rcc_xml_get_attr (child, "often");
              item_often_es = rcc_xml_get_attr (child, "often-es");
              if ((item_often == NULL) != (item_often_es == NULL))
                rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (child),
                                  _("<effect> gives how often without its Spanish, or the other way round"));
              rcc_side_effects_add_effect (side_effects, text, text_es, item_often, item_often_es);
              n_effects++;
            }
          else
            {
              rcc_side_effects_add_warning_sign (side_effects, text, text_es);
            }
        }

      if (n_effects == 0)
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                          _("<plain-side-effects> for \"%s\" names no <effect>"),
                          drug != NULL ? drug : "");

      rcc_treatment_add_plain_side_effects (treatment, side_effects);
    }
}

void
rcc_loader_build_treatment (Loader     *loader,
                            xmlNode    *node,
                            RccCatalog *catalog)
{
  g_autoptr(RccTreatment) treatment = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL, *brand = NULL, *mechanism = NULL, *targets = NULL;
  g_autofree char *indication = NULL, *dosing = NULL, *side_effects = NULL;
  g_autofree char *summary = NULL, *plain_summary = NULL;
  g_autofree char *plain_name = NULL, *plain_name_es = NULL;
  g_autofree char *plain_summary_es = NULL;
  g_auto(GStrv) cites = NULL;
  guint option;

  id = rcc_loader_unique_id (loader, loader->treatment_lines, node, N_("treatment"));
  if (id == NULL)
    return;

  option = rcc_loader_parse_uint (loader, node, "option");
  if (option != 0)
    {
      if (g_hash_table_contains (loader->options, GUINT_TO_POINTER (option)))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("treatment \"%s\" repeats PDQ option number %u"), id, option);
      g_hash_table_add (loader->options, GUINT_TO_POINTER (option));
    }

  name = rcc_xml_child_text (node, "name");
  brand = rcc_xml_child_text (node, "brand");
  mechanism = rcc_xml_child_text (node, "mechanism");
  targets = rcc_xml_child_text (node, "targets");
  indication = rcc_xml_child_text (node, "indication");
  dosing = rcc_xml_child_text (node, "dosing");
  side_effects = rcc_xml_child_text (node, "side-effects");
  summary = rcc_xml_child_text (node, "summary");
  plain_summary = rcc_xml_child_text (node, "plain-summary");
  plain_summary_es = rcc_xml_child_text_lang (node, "plain-summary", "es");
  plain_name = rcc_xml_child_text (node, "plain-name");
  if (rcc_xml_child (node, "plain-name") != NULL)
    plain_name_es = rcc_xml_get_attr (rcc_xml_child (node, "plain-name"), "es");
  cites = rcc_loader_collect_cites (loader, node);

  treatment = g_object_new (RCC_TYPE_TREATMENT,
                            "id", id,
                            "name", name,
                            "option", option,
                            "category", rcc_loader_parse_enum (loader, node, "category", RCC_TYPE_CATEGORY, RCC_CATEGORY_SURGERY),
                            "brand", brand,
                            "mechanism", mechanism,
                            "targets", targets,
                            "indication", indication,
                            "dosing", dosing,
                            "side-effects", side_effects,
                            "summary", summary,
                            "plain-summary", plain_summary,
                            "plain-summary-es", plain_summary_es,
                            "plain-name", plain_name,
                            "plain-name-es", plain_name_es,
                            "reference-ids", cites,
                            NULL);
  build_plain_side_effects (loader, node, treatment);
  rcc_catalog_add_treatment (catalog, treatment);
}

/* A trial has one headline (primary="true") figure per endpoint and arm
 * (per arm pair, for a hazard ratio): views pick it without guessing. */
static void
check_one_headline (Loader      *loader,
                    xmlNode     *node,
                    GHashTable  *seen,
                    const char  *what,
                    RccEndpoint  endpoint,
                    const char  *arm,
                    const char  *versus)
{
  g_autofree char *key = g_strdup_printf ("%s/%d/%s/%s", what, endpoint, arm,
                                          versus != NULL ? versus : "");
  gpointer first;

  if (g_hash_table_lookup_extended (seen, key, NULL, &first))
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                             _("a second primary %s for the same endpoint and arm (the first is on line %ld)"),
                             what, (long)GPOINTER_TO_SIZE (first));
      return;
    }

  g_hash_table_insert (seen, g_steal_pointer (&key), GSIZE_TO_POINTER ((gsize)rcc_xml_line (node)));
}

static RccTrial *
build_trial (Loader  *loader,
             xmlNode *node)
{
  g_autoptr(RccTrial) trial = NULL;
  g_autoptr(GStrvBuilder) findings = g_strv_builder_new ();
  g_autoptr(GHashTable) arm_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) headlines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) finding_list = NULL;
  g_auto(GStrv) cites = NULL;
  const char *id, *phase, *nct_id;
  g_autoptr(GPtrArray) copies = rcc_xml_peek_attrs (node, "id", &id, "phase", &phase,
                                                    "nct-id", &nct_id, NULL);
  g_autofree char *name = rcc_xml_child_text (node, "name");
  g_autofree char *title = rcc_xml_child_text (node, "title");
  g_autofree char *design = rcc_xml_child_text (node, "design");
  g_autofree char *population = rcc_xml_child_text (node, "population");
  g_autofree char *risk_group = rcc_xml_child_text (node, "risk-group");
  g_autofree char *primary_endpoint = rcc_xml_child_text (node, "primary-endpoint");
  xmlNode *primary_node = rcc_xml_child (node, "primary-endpoint");
  g_auto(GStrv) primary_endpoints = NULL;
  g_autofree char *takeaway = rcc_xml_child_text (node, "takeaway");
  guint year;

  year = rcc_loader_parse_uint (loader, node, "year");
  if (year < 1900 || year > 2100)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("trial \"%s\": year %u is not plausible"), id, year);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (rcc_xml_is_element (child, "finding"))
      {
        g_autofree char *text = rcc_xml_get_text (child);
        g_strv_builder_add (findings, text);
      }
  finding_list = g_strv_builder_end (findings);
  cites = rcc_loader_collect_cites (loader, node);
  if (primary_node != NULL)
    primary_endpoints = rcc_loader_parse_endpoint_list (loader, primary_node, "endpoints");

  trial = g_object_new (RCC_TYPE_TRIAL,
                        "id", id,
                        "name", name,
                        "title", title,
                        "year", year,
                        "phase", phase,
                        "enrolled", rcc_loader_parse_uint (loader, node, "enrolled"),
                        "nct-id", nct_id,
                        "setting", rcc_loader_parse_enum (loader, node, "setting", RCC_TYPE_SETTING, RCC_SETTING_NOT_STATED),
                        "design", design,
                        "population", population,
                        "risk-group", risk_group,
                        "primary-endpoint", primary_endpoint,
                        "primary-endpoints", primary_endpoints,
                        "takeaway", takeaway,
                        "findings", finding_list,
                        "reference-ids", cites,
                        NULL);

  /* Arms first: figures name them. */
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autoptr(RccArm) arm = NULL;
      g_autofree char *arm_id = NULL;

      if (!rcc_xml_is_element (child, "arm"))
        continue;

      arm_id = rcc_loader_unique_id (loader, arm_lines, child, N_("arm"));
      if (arm_id == NULL)
        continue;

      arm = rcc_loader_build_arm (loader, child);
      rcc_trial_add_arm (trial, arm);
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (rcc_xml_is_element (child, "median"))
        {
          g_autoptr(RccMedian) median = rcc_loader_build_median (loader, child, trial);

          if (rcc_median_get_primary (median))
            check_one_headline (loader, child, headlines, "median",
                                rcc_median_get_endpoint (median),
                                rcc_median_get_arm_id (median), NULL);
          rcc_trial_add_median (trial, median);
        }
      else if (rcc_xml_is_element (child, "hazard-ratio"))
        {
          g_autoptr(RccHazardRatio) hr = rcc_loader_build_hazard_ratio (loader, child, trial);

          if (rcc_hazard_ratio_get_primary (hr))
            check_one_headline (loader, child, headlines, "hazard ratio",
                                rcc_hazard_ratio_get_endpoint (hr),
                                rcc_hazard_ratio_get_arm_id (hr),
                                rcc_hazard_ratio_get_versus_id (hr));
          rcc_trial_add_hazard_ratio (trial, hr);
        }
      else if (rcc_xml_is_element (child, "rate"))
        {
          g_autoptr(RccRate) rate = rcc_loader_build_rate (loader, child, trial);
          rcc_trial_add_rate (trial, rate);
        }
    }

  rcc_loader_add_levels (loader, node, trial);
  rcc_loader_add_harm (loader, node, trial);

  return g_steal_pointer (&trial);
}

void
rcc_loader_add_trial (Loader     *loader,
                      xmlNode    *node,
                      RccCatalog *catalog)
{
  g_autoptr(RccTrial) trial = NULL;
  g_autofree char *id = NULL;

  id = rcc_loader_unique_id (loader, loader->trial_lines, node, N_("trial"));
  if (id == NULL)
    return;

  trial = build_trial (loader, node);
  rcc_catalog_add_trial (catalog, trial);
}

void
rcc_loader_set_source (Loader     *loader,
                       xmlNode    *source,
                       guint       version,
                       RccCatalog *catalog)
{
  g_autofree char *source_text = rcc_xml_get_text (source);
  g_autofree char *updated = rcc_xml_get_attr (source, "updated");
  g_autofree char *reviewed = rcc_xml_get_attr (source, "reviewed");
  g_autofree char *url = rcc_xml_get_attr (source, "url");

  rcc_catalog_set_source_info (catalog, version, source_text, url, updated, reviewed);
}

/* Calls @build on each element @name among @container's children, its
 * problems going in @section. */
static void
build_each (Loader     *loader,
            xmlNode    *container,
            const char *name,
            Section     section,
            void      (*build) (Loader *, xmlNode *, RccCatalog *),
            RccCatalog *catalog)
{
  loader->section = section;
  for (xmlNode *node = container != NULL ? container->children : NULL; node != NULL; node = node->next)
    if (rcc_xml_is_element (node, name))
      build (loader, node, catalog);
  loader->section = SECTION_HEAD;
}

static RccCatalog *
build_catalog (Loader  *loader,
               xmlNode *root)
{
  g_autoptr(RccCatalog) catalog = rcc_catalog_new ();
  xmlNode *source = NULL, *editions = NULL, *changelog = NULL, *lines = NULL;
  xmlNode *treatments = NULL, *trials = NULL, *references = NULL;

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (rcc_xml_is_element (child, "source"))
        source = child;
      else if (rcc_xml_is_element (child, "editions"))
        editions = child;
      else if (rcc_xml_is_element (child, "lines"))
        lines = child;
      else if (rcc_xml_is_element (child, "changelog"))
        changelog = child;
      else if (rcc_xml_is_element (child, "treatments"))
        treatments = child;
      else if (rcc_xml_is_element (child, "trials"))
        trials = child;
      else if (rcc_xml_is_element (child, "references"))
        references = child;
    }

  /* The schema guarantees all five. */
  g_assert (source && editions && treatments && trials && references);

  rcc_loader_set_source (loader, source, rcc_loader_parse_uint (loader, root, "version"), catalog);
  build_each (loader, editions, "edition", SECTION_HEAD, rcc_loader_build_edition, catalog);
  build_each (loader, changelog, "change", SECTION_HEAD, rcc_loader_build_change, catalog);

  /* References and treatments before lines and trials, which name them. */
  build_each (loader, references, "reference", SECTION_REFERENCES, rcc_loader_build_reference, catalog);
  loader->references_read = TRUE;
  build_each (loader, treatments, "treatment", SECTION_TREATMENTS, rcc_loader_build_treatment, catalog);
  if (lines != NULL)
    {
      loader->section = SECTION_LINES;
      rcc_loader_begin_lines (loader, lines);
    }
  build_each (loader, lines, "line", SECTION_LINES, rcc_loader_build_line, catalog);
  build_each (loader, trials, "trial", SECTION_TRIALS, rcc_loader_add_trial, catalog);

  rcc_loader_finish_lines (loader, catalog);
  rcc_catalog_link_trials (catalog);

  return g_steal_pointer (&catalog);
}

/* The old way, for a file the stream found broken: the whole document,
 * validated whole, so that its problems are said as they always were. */
RccCatalog *
rcc_loader_load_document (Loader     *loader,
                          const char *data,
                          gsize       length)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  doc = rcc_loader_parse_document (loader, data, length);
  if (doc == NULL)
    return NULL;

  root = xmlDocGetRootElement (doc);
  if (root == NULL)
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_EMPTY, 1, _("the document has no root element"));
      return NULL;
    }

  if (!rcc_xml_is_element (root, "rcc-content"))
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_SCHEMA, rcc_xml_line (root),
                             _("the root element is <%s>, expected <rcc-content>"),
                             (const char *)root->name);
      return NULL;
    }

  if (!rcc_loader_validate_schema (loader, doc))
    return NULL;

  return build_catalog (loader, root);
}
