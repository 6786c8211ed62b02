/* rcc-xml-loader.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
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
 *  3. the RELAX NG schema (data/content/rcc-content.rng, bundled);
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
 * is read again the old way (load_document()): whole, then validated
 * whole, for the same messages on the same lines as always.  Only such
 * a broken file pays for the tree. */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlRelaxNGValidCtxt, xmlRelaxNGFreeValidCtxt)

/* ---------------------------------------------------------------------
 * Step 2: parsing, safely
 */

static void
add_unsafe_error (Loader *loader,
                  long    line)
{
  rcc_loader_error (loader, RCC_CONTENT_ERROR_UNSAFE, line,
                    _("a document type declaration (DOCTYPE) is not allowed in content files; "
                      "entities are never loaded or expanded"));
}

static xmlDoc *
parse_document (Loader     *loader,
                const char *data,
                gsize       length)
{
  g_auto(RccSafeXmlProblem) problem = { 0 };
  xmlDoc *doc = NULL;

  switch (rcc_safe_xml_parse (data, length, loader->name, &doc, &problem))
    {
    case RCC_SAFE_XML_UNSAFE:
      add_unsafe_error (loader, problem.line);
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

/* ---------------------------------------------------------------------
 * Step 3: the schema
 */

static xmlRelaxNGPtr
get_schema (void)
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

static gboolean
validate_schema (Loader *loader,
                 xmlDoc *doc)
{
  g_autoptr(xmlRelaxNGValidCtxt) vctxt = NULL;
  g_autoptr(GHashTable) explained = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) unplaced = g_ptr_array_new_with_free_func (g_free);
  SchemaErrors errors = { loader, explained, unplaced };
  guint before = rcc_loader_n_problems (loader);
  int ret;

  vctxt = xmlRelaxNGNewValidCtxt (get_schema ());
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

/* ---------------------------------------------------------------------
 * Step 4: the model, with semantic checks
 */

/* The most decimals any of @attrs (NULL-terminated) was written with:
 * figures are shown with as many decimals as the source gave them. */
static guint
decimals_of (xmlNode    *node,
             const char *first_attr,
             ...)
{
  guint decimals = 0;
  va_list args;

  va_start (args, first_attr);
  for (const char *attr = first_attr; attr != NULL; attr = va_arg (args, const char *))
    {
      g_autofree char *copy = NULL;
      const char *text = rcc_xml_peek_attr (node, attr, &copy);
      const char *dot = text != NULL ? strchr (text, '.') : NULL;
      guint n = 0;

      if (dot == NULL)
        continue;
      for (const char *c = dot + 1; g_ascii_isdigit (*c); c++)
        n++;
      decimals = MAX (decimals, n);
    }
  va_end (args);

  return MIN (decimals, 12);
}

/* Reads ci-low/ci-high/ci-level into @fields and checks them against
 * @estimate.  @what is untranslated (N_()): translated only for an
 * error, as gettext for every figure of a large file cost 2% of the
 * load. */
static void
parse_ci (Loader          *loader,
          xmlNode         *node,
          const char      *what,
          double           estimate,
          RccFigureFields *fields)
{
  RccInterval *ci = &fields->ci;
  gboolean has_low, has_high;

  has_low = rcc_loader_parse_double (loader, node, "ci-low", &ci->low);
  has_high = rcc_loader_parse_double (loader, node, "ci-high", &ci->high);
  ci->level = rcc_loader_parse_ci_level (loader, node);
  fields->has_ci = has_low && has_high;

  if (ci->level != RCC_CI_LEVEL_NOT_STATED && !(ci->level > 0.0 && ci->level < 100.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("%s: confidence level %g%% is not between 0 and 100"), _(what), ci->level);

  if (fields->has_ci)
    {
      if (!(ci->low < ci->high))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("%s: CI lower bound %g is not below its upper bound %g"),
                               _(what), ci->low, ci->high);
      else if (!rcc_interval_contains (ci, estimate))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("%s: %g lies outside its confidence interval %g–%g"),
                               _(what), estimate, ci->low, ci->high);
    }
}

static gboolean
check_arm (Loader     *loader,
           xmlNode    *node,
           RccTrial   *trial,
           const char *attr,
           const char *arm_id)
{
  if (arm_id != NULL && rcc_trial_find_arm (trial, arm_id) == NULL)
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                             _("%s=\"%s\": trial \"%s\" has no such arm"),
                             attr, arm_id, rcc_trial_get_id (trial));
      return FALSE;
    }

  return TRUE;
}

/* What every figure element has (RccFigureFields), read once for
 * <median>, <hazard-ratio> and <rate>: arm (checked against @trial),
 * analysis, population, primary, and the decimals of @estimate_attr and
 * the CI bounds.  The CI itself is read by parse_ci(), as a median
 * has one only where it is reached. */
static void
read_figure (Loader          *loader,
             xmlNode         *node,
             RccTrial        *trial,
             const char      *estimate_attr,
             RccFigureFields *fields)
{
  fields->arm_id = rcc_xml_get_attr (node, "arm");
  fields->analysis = rcc_xml_get_attr (node, "analysis");
  fields->population = rcc_xml_get_attr (node, "population");
  fields->primary = rcc_xml_parse_bool (node, "primary", FALSE);
  fields->decimals = decimals_of (node, estimate_attr, "ci-low", "ci-high", NULL);

  check_arm (loader, node, trial, "arm", fields->arm_id);
}

/* A file with problems yields no catalog, but its figures are still
 * built on the way: kept inside the ranges the model takes. */
static void
keep_in_range (RccFigureFields *fields)
{
  fields->ci.low = MAX (fields->ci.low, 0.0);
  fields->ci.high = MAX (fields->ci.high, 0.0);
  fields->ci.level = CLAMP (fields->ci.level, 0.0, 100.0);
}

static RccArm *
build_arm (Loader  *loader,
           xmlNode *node)
{
  g_autoptr(GStrvBuilder) uses = g_strv_builder_new ();
  g_auto(GStrv) treatment_ids = NULL;
  g_autofree char *id_copy = NULL;
  const char *id = rcc_xml_peek_attr (node, "id", &id_copy);
  g_autofree char *label = rcc_xml_child_text (node, "label");
  g_autofree char *dose = rcc_xml_child_text (node, "dose");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *treatment = NULL;

      if (!rcc_xml_is_element (child, "uses"))
        continue;

      treatment = rcc_xml_get_attr (child, "treatment");
      if (treatment != NULL && !g_hash_table_contains (loader->treatment_lines, treatment))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (child),
                               _("arm \"%s\" uses treatment \"%s\", which does not exist"), id, treatment);
      if (treatment != NULL)
        g_strv_builder_add (uses, treatment);
    }

  treatment_ids = g_strv_builder_end (uses);

  return g_object_new (RCC_TYPE_ARM,
                       "id", id,
                       "label", label,
                       "dose", dose,
                       "enrolled", rcc_loader_parse_uint (loader, node, "enrolled"),
                       "control", rcc_xml_parse_bool (node, "control", FALSE),
                       "treatment-ids", treatment_ids,
                       NULL);
}

static RccMedian *
build_median (Loader   *loader,
              xmlNode  *node,
              RccTrial *trial)
{
  g_auto(RccFigureFields) fields = RCC_FIGURE_FIELDS_INIT;
  gboolean reached = rcc_xml_parse_bool (node, "reached", TRUE);
  double value = 0.0;

  read_figure (loader, node, trial, "value", &fields);

  if (reached)
    {
      if (!rcc_loader_parse_double (loader, node, "value", &value))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("median has no value and is not marked reached=\"false\""));
      else if (!(value > 0.0))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("median %g is not above zero"), value);

      parse_ci (loader, node, N_("median"), value, &fields);
    }

  keep_in_range (&fields);
  return rcc_figure_new (RCC_TYPE_MEDIAN, &fields,
                         "endpoint", rcc_loader_parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_PFS),
                         "reached", reached,
                         "value", MAX (value, 0.0),
                         "unit", rcc_loader_parse_enum (loader, node, "unit", RCC_TYPE_TIME_UNIT, RCC_TIME_UNIT_MONTHS),
                         NULL);
}

static RccHazardRatio *
build_hazard_ratio (Loader   *loader,
                    xmlNode  *node,
                    RccTrial *trial)
{
  g_auto(RccFigureFields) fields = RCC_FIGURE_FIELDS_INIT;
  g_autofree char *versus_copy = NULL;
  const char *versus = rcc_xml_peek_attr (node, "versus", &versus_copy);
  g_autofree char *p_copy = NULL;
  const char *p = rcc_xml_peek_attr (node, "p", &p_copy);
  g_autofree char *significant_copy = NULL;
  const char *significant = rcc_xml_peek_attr (node, "significant", &significant_copy);
  RccSignificance significance = RCC_SIGNIFICANCE_NOT_STATED;
  double value = 0.0;

  read_figure (loader, node, trial, "value", &fields);
  check_arm (loader, node, trial, "versus", versus);

  if (fields.arm_id != NULL && g_strcmp0 (fields.arm_id, versus) == 0)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("hazard ratio compares arm \"%s\" with itself"), fields.arm_id);

  if (rcc_loader_parse_double (loader, node, "value", &value) && !(value > 0.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("hazard ratio %g is not above zero"), value);

  parse_ci (loader, node, N_("hazard ratio"), value, &fields);
  if (fields.has_ci && !(fields.ci.low > 0.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("hazard ratio: CI lower bound %g is not above zero"), fields.ci.low);

  if (significant != NULL)
    significance = rcc_xml_parse_bool (node, "significant", FALSE)
                 ? RCC_SIGNIFICANCE_SIGNIFICANT
                 : RCC_SIGNIFICANCE_NOT_SIGNIFICANT;

  keep_in_range (&fields);
  return rcc_figure_new (RCC_TYPE_HAZARD_RATIO, &fields,
                         "endpoint", rcc_loader_parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_PFS),
                         "versus-id", versus,
                         "value", MAX (value, 0.0),
                         "p", p,
                         "significance", significance,
                         NULL);
}

static RccRate *
build_rate (Loader   *loader,
            xmlNode  *node,
            RccTrial *trial)
{
  g_auto(RccFigureFields) fields = RCC_FIGURE_FIELDS_INIT;
  g_autofree char *p_copy = NULL;
  const char *p = rcc_xml_peek_attr (node, "p", &p_copy);
  RccRateKind kind;
  RccEndpoint endpoint;
  double percent = 0.0, at_months = 0.0;

  read_figure (loader, node, trial, "percent", &fields);

  kind = rcc_loader_parse_enum (loader, node, "kind", RCC_TYPE_RATE_KIND, RCC_RATE_KIND_ORR);
  endpoint = rcc_loader_parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_NONE);
  rcc_loader_parse_double (loader, node, "at-months", &at_months);

  if (rcc_loader_parse_double (loader, node, "percent", &percent) && !(percent >= 0.0 && percent <= 100.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("rate %g%% is not between 0 and 100"), percent);

  if (kind == RCC_RATE_KIND_LANDMARK && (endpoint == RCC_ENDPOINT_NONE || !(at_months > 0.0)))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("a landmark rate needs an endpoint and at-months above zero"));

  parse_ci (loader, node, N_("rate"), percent, &fields);
  if (fields.has_ci && (fields.ci.low < 0.0 || fields.ci.high > 100.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("rate: CI %g–%g is not within 0–100%%"), fields.ci.low, fields.ci.high);

  keep_in_range (&fields);
  return rcc_figure_new (RCC_TYPE_RATE, &fields,
                         "kind", kind,
                         "percent", CLAMP (percent, 0.0, 100.0),
                         "endpoint", endpoint,
                         "at-months", MAX (at_months, 0.0),
                         "p", p,
                         NULL);
}

/* The builders of top-level items: each gets one <change>, <reference>,
 * <treatment> or <trial>, whole, from either reading. */

static void
build_change (Loader     *loader,
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

static void
build_reference (Loader     *loader,
                 xmlNode    *node,
                 RccCatalog *catalog)
{
  g_autoptr(RccReference) reference = NULL;
  g_autofree char *id = NULL;
  g_autofree char *doi = NULL;
  g_autofree char *citation = NULL;
  g_auto(GStrv) cited_by = NULL;
  guint pmid;

  id = rcc_xml_get_attr (node, "id");
  if (!rcc_loader_note_unique_id (loader, loader->reference_lines, node, N_("reference"), id))
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

static void
build_treatment (Loader     *loader,
                 xmlNode    *node,
                 RccCatalog *catalog)
{
  g_autoptr(RccTreatment) treatment = NULL;
  g_autofree char *id = NULL;
  g_autofree char *name = NULL, *brand = NULL, *mechanism = NULL, *targets = NULL;
  g_autofree char *indication = NULL, *dosing = NULL, *side_effects = NULL;
  g_autofree char *summary = NULL, *plain_summary = NULL;
  g_auto(GStrv) cites = NULL;
  guint option;

  id = rcc_xml_get_attr (node, "id");
  if (!rcc_loader_note_unique_id (loader, loader->treatment_lines, node, N_("treatment"), id))
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
                            "reference-ids", cites,
                            NULL);
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
  g_autofree char *id_copy = NULL;
  const char *id = rcc_xml_peek_attr (node, "id", &id_copy);
  g_autofree char *phase_copy = NULL;
  const char *phase = rcc_xml_peek_attr (node, "phase", &phase_copy);
  g_autofree char *nct_id_copy = NULL;
  const char *nct_id = rcc_xml_peek_attr (node, "nct-id", &nct_id_copy);
  g_autofree char *name = rcc_xml_child_text (node, "name");
  g_autofree char *title = rcc_xml_child_text (node, "title");
  g_autofree char *design = rcc_xml_child_text (node, "design");
  g_autofree char *population = rcc_xml_child_text (node, "population");
  g_autofree char *risk_group = rcc_xml_child_text (node, "risk-group");
  g_autofree char *primary_endpoint = rcc_xml_child_text (node, "primary-endpoint");
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

      arm_id = rcc_xml_get_attr (child, "id");
      if (!rcc_loader_note_unique_id (loader, arm_lines, child, N_("arm"), arm_id))
        continue;

      arm = build_arm (loader, child);
      rcc_trial_add_arm (trial, arm);
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (rcc_xml_is_element (child, "median"))
        {
          g_autoptr(RccMedian) median = build_median (loader, child, trial);

          if (rcc_median_get_primary (median))
            check_one_headline (loader, child, headlines, "median",
                                rcc_median_get_endpoint (median),
                                rcc_median_get_arm_id (median), NULL);
          rcc_trial_add_median (trial, median);
        }
      else if (rcc_xml_is_element (child, "hazard-ratio"))
        {
          g_autoptr(RccHazardRatio) hr = build_hazard_ratio (loader, child, trial);

          if (rcc_hazard_ratio_get_primary (hr))
            check_one_headline (loader, child, headlines, "hazard ratio",
                                rcc_hazard_ratio_get_endpoint (hr),
                                rcc_hazard_ratio_get_arm_id (hr),
                                rcc_hazard_ratio_get_versus_id (hr));
          rcc_trial_add_hazard_ratio (trial, hr);
        }
      else if (rcc_xml_is_element (child, "rate"))
        {
          g_autoptr(RccRate) rate = build_rate (loader, child, trial);
          rcc_trial_add_rate (trial, rate);
        }
    }

  rcc_loader_add_levels (loader, node, trial);

  return g_steal_pointer (&trial);
}

static void
add_trial (Loader     *loader,
           xmlNode    *node,
           RccCatalog *catalog)
{
  g_autoptr(RccTrial) trial = NULL;
  g_autofree char *id = NULL;

  id = rcc_xml_get_attr (node, "id");
  if (!rcc_loader_note_unique_id (loader, loader->trial_lines, node, N_("trial"), id))
    return;

  trial = build_trial (loader, node);
  rcc_catalog_add_trial (catalog, trial);
}

static void
set_source (Loader     *loader,
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

  set_source (loader, source, rcc_loader_parse_uint (loader, root, "version"), catalog);
  build_each (loader, editions, "edition", SECTION_HEAD, rcc_loader_build_edition, catalog);
  build_each (loader, changelog, "change", SECTION_HEAD, build_change, catalog);

  /* References and treatments before lines and trials, which name them. */
  build_each (loader, references, "reference", SECTION_REFERENCES, build_reference, catalog);
  loader->references_read = TRUE;
  build_each (loader, treatments, "treatment", SECTION_TREATMENTS, build_treatment, catalog);
  if (lines != NULL)
    {
      loader->section = SECTION_LINES;
      rcc_loader_begin_lines (loader, lines);
    }
  build_each (loader, lines, "line", SECTION_LINES, rcc_loader_build_line, catalog);
  build_each (loader, trials, "trial", SECTION_TRIALS, add_trial, catalog);

  rcc_loader_finish_lines (loader, catalog);
  rcc_catalog_link_trials (catalog);

  return g_steal_pointer (&catalog);
}

/* The old way, for a file the stream found broken: the whole document,
 * validated whole, so that its problems are said as they always were. */
static RccCatalog *
load_document (Loader     *loader,
               const char *data,
               gsize       length)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;

  doc = parse_document (loader, data, length);
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

  if (!validate_schema (loader, doc))
    return NULL;

  return build_catalog (loader, root);
}

/* ---------------------------------------------------------------------
 * Steps 2 to 4 streaming
 */

static void
stream_error_cb (void           *user_data,
                 const xmlError *xerr)
{
  gboolean *broken = user_data;

  /* Only noted: load_document() says what is wrong, in its words. */
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
 *   with *@reread, not well-formed or not valid, for load_document()
 */
static RccCatalog *
load_streaming (Loader     *loader,
                const char *data,
                gsize       length,
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
      add_unsafe_error (loader, problem.line);
      *reread = FALSE;
      return NULL;

    case RCC_SAFE_XML_MALFORMED:
      return NULL;

    case RCC_SAFE_XML_OK:
    default:
      break;
    }

  xmlTextReaderSetStructuredErrorHandler (reader, (xmlStructuredErrorFunc)stream_error_cb, &broken);
  if (xmlTextReaderRelaxNGSetSchema (reader, get_schema ()) != 0)
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
              set_source (loader, node, version, catalog);
              seen_source = TRUE;
            }
          else if (g_str_equal (container, "editions") && g_str_equal (name, "edition"))
            rcc_loader_build_edition (loader, node, catalog);
          else if (g_str_equal (container, "changelog") && g_str_equal (name, "change"))
            build_change (loader, node, catalog);
          else if (g_str_equal (container, "lines") && g_str_equal (name, "line"))
            rcc_loader_build_line (loader, node, catalog);
          else if (g_str_equal (container, "references") && g_str_equal (name, "reference"))
            build_reference (loader, node, catalog);
          else if (g_str_equal (container, "treatments") && g_str_equal (name, "treatment"))
            build_treatment (loader, node, catalog);
          else if (g_str_equal (container, "trials") && g_str_equal (name, "trial"))
            add_trial (loader, node, catalog);

          ret = xmlTextReaderNext (reader);
          continue;
        }

      /* Deeper: only in a file the schema refuses. */
      ret = xmlTextReaderRead (reader);
    }

  loader->section = SECTION_HEAD;

  if (ret != 0 || broken || xmlTextReaderIsValid (reader) != 1 || !seen_root || !seen_source)
    return NULL;

  rcc_loader_finish_lines (loader, catalog);
  rcc_catalog_link_trials (catalog);

  *reread = FALSE;
  return g_steal_pointer (&catalog);
}

/* ---------------------------------------------------------------------
 * Public API
 */

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
  g_auto(Loader) loader = { 0 };
  g_autoptr(RccCatalog) catalog = NULL;
  gboolean reread = FALSE;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

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

  catalog = load_streaming (&loader, data, length, &reread);
  if (reread)
    {
      rcc_loader_reset (&loader);
      catalog = load_document (&loader, data, length);
    }

  if (rcc_loader_failed (&loader, error))
    return NULL;

  g_return_val_if_fail (catalog != NULL, NULL);

  return g_steal_pointer (&catalog);
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
 * Loads the content compiled into the application.
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

  return rcc_xml_loader_load_bytes (bytes, RCC_BUNDLED_CONTENT_NAME, error);
}
