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

/* Where a problem goes in the report.  The file gives the source and
 * changelog, then treatments, trials and references; problems are
 * reported with the references' first, as when the model was built from
 * a whole document (references first, as the others cite them). */
typedef enum
{
  SECTION_HEAD,  /* the root, source and changelog; parse and schema errors */
  SECTION_REFERENCES,
  SECTION_TREATMENTS,
  SECTION_TRIALS,
  N_SECTIONS
} Section;

typedef struct
{
  int   code;          /* RccContentError */
  long  line;
  char *text;          /* "NAME:LINE: message", or NULL for ... */
  char *reference_id;  /* ... a reference cited before all were read */
} Problem;

typedef struct
{
  const char *name;
  GArray     *problems[N_SECTIONS];  /* of Problem, in report order */
  Section     section;               /* where add_error() puts problems */
  gboolean    references_read;       /* cites can be checked at once */

  /* id -> line of first definition, for duplicate and cross-ref checks */
  GHashTable *treatment_lines;
  GHashTable *reference_lines;
  GHashTable *trial_lines;
  GHashTable *options;               /* PDQ option numbers of treatments */
} Loader;

static void
problem_clear (gpointer data)
{
  Problem *problem = data;

  g_clear_pointer (&problem->text, g_free);
  g_clear_pointer (&problem->reference_id, g_free);
}

static void
loader_init (Loader     *loader,
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
}

static void
loader_clear (Loader *loader)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    g_clear_pointer (&loader->problems[i], g_array_unref);
  g_clear_pointer (&loader->treatment_lines, g_hash_table_unref);
  g_clear_pointer (&loader->reference_lines, g_hash_table_unref);
  g_clear_pointer (&loader->trial_lines, g_hash_table_unref);
  g_clear_pointer (&loader->options, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, loader_clear)

/* Forgets everything the stream found, to read the file again whole. */
static void
loader_reset (Loader *loader)
{
  const char *name = loader->name;

  loader_clear (loader);
  loader_init (loader, name);
}

static guint
n_problems (Loader *loader)
{
  guint n = 0;

  for (guint i = 0; i < N_SECTIONS; i++)
    n += loader->problems[i]->len;

  return n;
}

static void G_GNUC_PRINTF (4, 5)
add_error (Loader     *loader,
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
static void
check_cite (Loader     *loader,
            long        line,
            const char *ref_id)
{
  Problem problem = { RCC_CONTENT_ERROR_INVALID, MAX (line, 1), NULL, NULL };

  if (loader->references_read)
    {
      if (!g_hash_table_contains (loader->reference_lines, ref_id))
        add_error (loader, RCC_CONTENT_ERROR_INVALID, line,
                   _("cites reference \"%s\", which does not exist"), ref_id);
      return;
    }

  problem.reference_id = g_strdup (ref_id);
  g_array_append_val (loader->problems[loader->section], problem);
}

static gboolean
loader_failed (Loader  *loader,
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

/* ---------------------------------------------------------------------
 * Step 2: parsing, safely
 */

static void
add_unsafe_error (Loader *loader,
                  long    line)
{
  add_error (loader, RCC_CONTENT_ERROR_UNSAFE, line,
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
      add_error (loader, RCC_CONTENT_ERROR_PARSE, problem.line,
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

static void
schema_error_cb (void           *user_data,
                 const xmlError *xerr)
{
  Loader *loader = user_data;
  long line = xerr->line;

  if (line <= 0 && xerr->node != NULL)
    line = xmlGetLineNo ((xmlNode *)xerr->node);

  if (xerr->message == NULL)
    add_error (loader, RCC_CONTENT_ERROR_SCHEMA, line, _("does not match the content schema"));
  else if (g_str_has_prefix (xerr->message, "Did not expect element"))
    {
      g_autofree char *message = g_strchomp (g_strdup (xerr->message));

      /* libxml2's words for a missing required element, too. */
      add_error (loader, RCC_CONTENT_ERROR_SCHEMA, line,
                 _("%s (a required element before it may be missing, or the elements are out of order)"),
                 message);
    }
  else
    add_error (loader, RCC_CONTENT_ERROR_SCHEMA, line, "%s", xerr->message);
}

static gboolean
validate_schema (Loader *loader,
                 xmlDoc *doc)
{
  g_autoptr(xmlRelaxNGValidCtxt) vctxt = NULL;
  guint before = n_problems (loader);
  int ret;

  vctxt = xmlRelaxNGNewValidCtxt (get_schema ());
  xmlRelaxNGSetValidStructuredErrors (vctxt, (xmlStructuredErrorFunc)schema_error_cb, loader);
  ret = xmlRelaxNGValidateDoc (vctxt, doc);

  if (ret != 0 && n_problems (loader) == before)
    add_error (loader, RCC_CONTENT_ERROR_SCHEMA, 1, _("does not match the content schema"));

  return ret == 0;
}

/* ---------------------------------------------------------------------
 * Step 4: the model, with semantic checks
 */

static long
line_of (xmlNode *node)
{
  return xmlGetLineNo (node);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *)node->name, name) == 0;
}

/* An attribute's value as xmlGetProp() gives it, without its copy when
 * the parser left the value as one text node (always, as content files
 * cannot declare entities): reading a large file reads a few hundred
 * thousand attributes.  Anything else is copied into *copy. */
static const char *
peek_attr (xmlNode     *node,
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

static char *
get_attr (xmlNode    *node,
          const char *name)
{
  char *copy;
  const char *value = peek_attr (node, name, &copy);

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
static char *
get_text (xmlNode *node)
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

static char *
child_text (xmlNode    *node,
            const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, name))
      return get_text (child);

  return NULL;
}


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
      const char *text = peek_attr (node, attr, &copy);
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

static gboolean
parse_double (Loader     *loader,
              xmlNode    *node,
              const char *attr,
              double     *out)
{
  g_autofree char *copy = NULL;
  const char *text = peek_attr (node, attr, &copy);
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  errno = 0;
  value = g_ascii_strtod (text, &end);
  if (errno != 0 || end == text || *end != '\0' || !isfinite (value))
    {
      add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                 _("%s=\"%s\" is not a number"), attr, text);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

static guint
parse_uint (Loader     *loader,
            xmlNode    *node,
            const char *attr)
{
  g_autofree char *copy = NULL;
  const char *text = peek_attr (node, attr, &copy);
  guint64 value = 0;
  g_autoptr(GError) local_error = NULL;

  if (text == NULL)
    return 0;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, &local_error))
    {
      add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                 _("%s=\"%s\" is not a whole number"), attr, text);
      return 0;
    }

  return (guint)value;
}

static gboolean
parse_bool (xmlNode    *node,
            const char *attr,
            gboolean    fallback)
{
  g_autofree char *copy = NULL;
  const char *text = peek_attr (node, attr, &copy);

  if (text == NULL)
    return fallback;

  return g_str_equal (text, "true") || g_str_equal (text, "1");
}

static int
parse_enum (Loader     *loader,
            xmlNode    *node,
            const char *attr,
            GType       type,
            int         fallback)
{
  g_autofree char *copy = NULL;
  const char *text = peek_attr (node, attr, &copy);
  int value = fallback;

  if (text != NULL && !rcc_enum_from_nick (type, text, &value))
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("%s=\"%s\" is not a known value"), attr, text);

  return value;
}

static char **
collect_cites (Loader  *loader,
               xmlNode *node)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *ref = NULL;

      if (!is_element (child, "cites"))
        continue;

      ref = get_attr (child, "ref");
      if (ref == NULL)
        continue;

      check_cite (loader, line_of (child), ref);
      g_strv_builder_add (builder, ref);
    }

  return g_strv_builder_end (builder);
}

typedef struct
{
  gboolean has_ci;
  double   low;
  double   high;
  double   level;
} Ci;

/* Reads ci-low/ci-high/ci-level and checks them against @estimate.
 * @what is untranslated (N_()): translated only for an error, as
 * gettext for every figure of a large file cost 2% of the load. */
static Ci
parse_ci (Loader     *loader,
          xmlNode    *node,
          const char *what,
          double      estimate,
          gboolean    check_estimate)
{
  Ci ci = { FALSE, 0.0, 0.0, 95.0 };
  gboolean has_low, has_high;

  has_low = parse_double (loader, node, "ci-low", &ci.low);
  has_high = parse_double (loader, node, "ci-high", &ci.high);
  parse_double (loader, node, "ci-level", &ci.level);
  ci.has_ci = has_low && has_high;

  if (!(ci.level > 0.0 && ci.level < 100.0))
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("%s: confidence level %g%% is not between 0 and 100"), _(what), ci.level);

  if (ci.has_ci)
    {
      if (!(ci.low < ci.high))
        add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                   _("%s: CI lower bound %g is not below its upper bound %g"),
                   _(what), ci.low, ci.high);
      else if (check_estimate && (estimate < ci.low || estimate > ci.high))
        add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                   _("%s: %g lies outside its confidence interval %g–%g"),
                   _(what), estimate, ci.low, ci.high);
    }

  return ci;
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
      add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                 _("%s=\"%s\": trial \"%s\" has no such arm"),
                 attr, arm_id, rcc_trial_get_id (trial));
      return FALSE;
    }

  return TRUE;
}

static RccArm *
build_arm (Loader  *loader,
           xmlNode *node)
{
  g_autoptr(GStrvBuilder) uses = g_strv_builder_new ();
  g_auto(GStrv) treatment_ids = NULL;
  g_autofree char *id_copy = NULL;
  const char *id = peek_attr (node, "id", &id_copy);
  g_autofree char *label = child_text (node, "label");
  g_autofree char *dose = child_text (node, "dose");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *treatment = NULL;

      if (!is_element (child, "uses"))
        continue;

      treatment = get_attr (child, "treatment");
      if (treatment != NULL && !g_hash_table_contains (loader->treatment_lines, treatment))
        add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (child),
                   _("arm \"%s\" uses treatment \"%s\", which does not exist"), id, treatment);
      if (treatment != NULL)
        g_strv_builder_add (uses, treatment);
    }

  treatment_ids = g_strv_builder_end (uses);

  return g_object_new (RCC_TYPE_ARM,
                       "id", id,
                       "label", label,
                       "dose", dose,
                       "enrolled", parse_uint (loader, node, "enrolled"),
                       "control", parse_bool (node, "control", FALSE),
                       "treatment-ids", treatment_ids,
                       NULL);
}

static RccMedian *
build_median (Loader   *loader,
              xmlNode  *node,
              RccTrial *trial)
{
  g_autofree char *arm_copy = NULL;
  const char *arm = peek_attr (node, "arm", &arm_copy);
  g_autofree char *analysis_copy = NULL;
  const char *analysis = peek_attr (node, "analysis", &analysis_copy);
  g_autofree char *population_copy = NULL;
  const char *population = peek_attr (node, "population", &population_copy);
  gboolean reached = parse_bool (node, "reached", TRUE);
  double value = 0.0;
  Ci ci = { FALSE, 0.0, 0.0, 95.0 };

  check_arm (loader, node, trial, "arm", arm);

  if (reached)
    {
      if (!parse_double (loader, node, "value", &value))
        add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                   _("median has no value and is not marked reached=\"false\""));
      else if (!(value > 0.0))
        add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                   _("median %g is not above zero"), value);

      ci = parse_ci (loader, node, N_("median"), value, TRUE);
    }

  return g_object_new (RCC_TYPE_MEDIAN,
                       "endpoint", parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_PFS),
                       "arm-id", arm,
                       "reached", reached,
                       "value", MAX (value, 0.0),
                       "unit", parse_enum (loader, node, "unit", RCC_TYPE_TIME_UNIT, RCC_TIME_UNIT_MONTHS),
                       "has-ci", ci.has_ci,
                       "ci-low", MAX (ci.low, 0.0),
                       "ci-high", MAX (ci.high, 0.0),
                       "ci-level", CLAMP (ci.level, 0.0, 100.0),
                       "analysis", analysis,
                       "population", population,
                       "primary", parse_bool (node, "primary", FALSE),
                       "decimals", decimals_of (node, "value", "ci-low", "ci-high", NULL),
                       NULL);
}

static RccHazardRatio *
build_hazard_ratio (Loader   *loader,
                    xmlNode  *node,
                    RccTrial *trial)
{
  g_autofree char *arm_copy = NULL;
  const char *arm = peek_attr (node, "arm", &arm_copy);
  g_autofree char *versus_copy = NULL;
  const char *versus = peek_attr (node, "versus", &versus_copy);
  g_autofree char *p_copy = NULL;
  const char *p = peek_attr (node, "p", &p_copy);
  g_autofree char *analysis_copy = NULL;
  const char *analysis = peek_attr (node, "analysis", &analysis_copy);
  g_autofree char *population_copy = NULL;
  const char *population = peek_attr (node, "population", &population_copy);
  g_autofree char *significant_copy = NULL;
  const char *significant = peek_attr (node, "significant", &significant_copy);
  RccSignificance significance = RCC_SIGNIFICANCE_NOT_STATED;
  double value = 0.0;
  Ci ci;

  check_arm (loader, node, trial, "arm", arm);
  check_arm (loader, node, trial, "versus", versus);

  if (arm != NULL && g_strcmp0 (arm, versus) == 0)
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("hazard ratio compares arm \"%s\" with itself"), arm);

  if (parse_double (loader, node, "value", &value) && !(value > 0.0))
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("hazard ratio %g is not above zero"), value);

  ci = parse_ci (loader, node, N_("hazard ratio"), value, TRUE);
  if (ci.has_ci && !(ci.low > 0.0))
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("hazard ratio: CI lower bound %g is not above zero"), ci.low);

  if (significant != NULL)
    significance = parse_bool (node, "significant", FALSE)
                 ? RCC_SIGNIFICANCE_SIGNIFICANT
                 : RCC_SIGNIFICANCE_NOT_SIGNIFICANT;

  return g_object_new (RCC_TYPE_HAZARD_RATIO,
                       "endpoint", parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_PFS),
                       "arm-id", arm,
                       "versus-id", versus,
                       "value", MAX (value, 0.0),
                       "has-ci", ci.has_ci,
                       "ci-low", MAX (ci.low, 0.0),
                       "ci-high", MAX (ci.high, 0.0),
                       "ci-level", CLAMP (ci.level, 0.0, 100.0),
                       "p", p,
                       "significance", significance,
                       "analysis", analysis,
                       "population", population,
                       "primary", parse_bool (node, "primary", FALSE),
                       "decimals", decimals_of (node, "value", "ci-low", "ci-high", NULL),
                       NULL);
}

static RccRate *
build_rate (Loader   *loader,
            xmlNode  *node,
            RccTrial *trial)
{
  g_autofree char *arm_copy = NULL;
  const char *arm = peek_attr (node, "arm", &arm_copy);
  g_autofree char *p_copy = NULL;
  const char *p = peek_attr (node, "p", &p_copy);
  g_autofree char *analysis_copy = NULL;
  const char *analysis = peek_attr (node, "analysis", &analysis_copy);
  g_autofree char *population_copy = NULL;
  const char *population = peek_attr (node, "population", &population_copy);
  RccRateKind kind;
  RccEndpoint endpoint;
  double percent = 0.0, at_months = 0.0;
  Ci ci;

  check_arm (loader, node, trial, "arm", arm);

  kind = parse_enum (loader, node, "kind", RCC_TYPE_RATE_KIND, RCC_RATE_KIND_ORR);
  endpoint = parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_NONE);
  parse_double (loader, node, "at-months", &at_months);

  if (parse_double (loader, node, "percent", &percent) && !(percent >= 0.0 && percent <= 100.0))
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("rate %g%% is not between 0 and 100"), percent);

  if (kind == RCC_RATE_KIND_LANDMARK && (endpoint == RCC_ENDPOINT_NONE || !(at_months > 0.0)))
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("a landmark rate needs an endpoint and at-months above zero"));

  ci = parse_ci (loader, node, N_("rate"), percent, TRUE);
  if (ci.has_ci && (ci.low < 0.0 || ci.high > 100.0))
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("rate: CI %g–%g is not within 0–100%%"), ci.low, ci.high);

  return g_object_new (RCC_TYPE_RATE,
                       "kind", kind,
                       "arm-id", arm,
                       "percent", CLAMP (percent, 0.0, 100.0),
                       "endpoint", endpoint,
                       "at-months", MAX (at_months, 0.0),
                       "has-ci", ci.has_ci,
                       "ci-low", CLAMP (ci.low, 0.0, 100.0),
                       "ci-high", CLAMP (ci.high, 0.0, 100.0),
                       "ci-level", CLAMP (ci.level, 0.0, 100.0),
                       "p", p,
                       "analysis", analysis,
                       "population", population,
                       "decimals", decimals_of (node, "percent", "ci-low", "ci-high", NULL),
                       NULL);
}

/* @kind is untranslated (N_()), as for parse_ci() */
static gboolean
note_unique_id (Loader     *loader,
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
      add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                 _("duplicate %s id \"%s\" (first defined on line %ld)"),
                 _(kind), id, (long)GPOINTER_TO_SIZE (first));
      return FALSE;
    }

  g_hash_table_insert (lines, g_strdup (id), GSIZE_TO_POINTER ((gsize)line_of (node)));
  return TRUE;
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

  date = get_attr (node, "date");
  change_source = get_attr (node, "source");
  change_text = get_text (node);
  change = g_object_new (RCC_TYPE_CHANGE,
                         "date", date,
                         "version", parse_uint (loader, node, "version"),
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

  id = get_attr (node, "id");
  if (!note_unique_id (loader, loader->reference_lines, node, N_("reference"), id))
    return;

  doi = get_attr (node, "doi");
  citation = get_text (node);
  reference = g_object_new (RCC_TYPE_REFERENCE,
                            "id", id,
                            "number", parse_uint (loader, node, "number"),
                            "citation", citation,
                            "pmid", parse_uint (loader, node, "pmid"),
                            "doi", doi,
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

  id = get_attr (node, "id");
  if (!note_unique_id (loader, loader->treatment_lines, node, N_("treatment"), id))
    return;

  option = parse_uint (loader, node, "option");
  if (option != 0)
    {
      if (g_hash_table_contains (loader->options, GUINT_TO_POINTER (option)))
        add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                   _("treatment \"%s\" repeats PDQ option number %u"), id, option);
      g_hash_table_add (loader->options, GUINT_TO_POINTER (option));
    }

  name = child_text (node, "name");
  brand = child_text (node, "brand");
  mechanism = child_text (node, "mechanism");
  targets = child_text (node, "targets");
  indication = child_text (node, "indication");
  dosing = child_text (node, "dosing");
  side_effects = child_text (node, "side-effects");
  summary = child_text (node, "summary");
  plain_summary = child_text (node, "plain-summary");
  cites = collect_cites (loader, node);

  treatment = g_object_new (RCC_TYPE_TREATMENT,
                            "id", id,
                            "name", name,
                            "option", option,
                            "category", parse_enum (loader, node, "category", RCC_TYPE_CATEGORY, RCC_CATEGORY_SURGERY),
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
      add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
                 _("a second primary %s for the same endpoint and arm (the first is on line %ld)"),
                 what, (long)GPOINTER_TO_SIZE (first));
      return;
    }

  g_hash_table_insert (seen, g_steal_pointer (&key), GSIZE_TO_POINTER ((gsize)line_of (node)));
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
  const char *id = peek_attr (node, "id", &id_copy);
  g_autofree char *phase_copy = NULL;
  const char *phase = peek_attr (node, "phase", &phase_copy);
  g_autofree char *nct_id_copy = NULL;
  const char *nct_id = peek_attr (node, "nct-id", &nct_id_copy);
  g_autofree char *name = child_text (node, "name");
  g_autofree char *title = child_text (node, "title");
  g_autofree char *design = child_text (node, "design");
  g_autofree char *population = child_text (node, "population");
  g_autofree char *risk_group = child_text (node, "risk-group");
  g_autofree char *primary_endpoint = child_text (node, "primary-endpoint");
  g_autofree char *takeaway = child_text (node, "takeaway");
  guint year;

  year = parse_uint (loader, node, "year");
  if (year < 1900 || year > 2100)
    add_error (loader, RCC_CONTENT_ERROR_INVALID, line_of (node),
               _("trial \"%s\": year %u is not plausible"), id, year);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_element (child, "finding"))
      {
        g_autofree char *text = get_text (child);
        g_strv_builder_add (findings, text);
      }
  finding_list = g_strv_builder_end (findings);
  cites = collect_cites (loader, node);

  trial = g_object_new (RCC_TYPE_TRIAL,
                        "id", id,
                        "name", name,
                        "title", title,
                        "year", year,
                        "phase", phase,
                        "enrolled", parse_uint (loader, node, "enrolled"),
                        "nct-id", nct_id,
                        "setting", parse_enum (loader, node, "setting", RCC_TYPE_SETTING, RCC_SETTING_NOT_STATED),
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

      if (!is_element (child, "arm"))
        continue;

      arm_id = get_attr (child, "id");
      if (!note_unique_id (loader, arm_lines, child, N_("arm"), arm_id))
        continue;

      arm = build_arm (loader, child);
      rcc_trial_add_arm (trial, arm);
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (is_element (child, "median"))
        {
          g_autoptr(RccMedian) median = build_median (loader, child, trial);

          if (rcc_median_get_primary (median))
            check_one_headline (loader, child, headlines, "median",
                                rcc_median_get_endpoint (median),
                                rcc_median_get_arm_id (median), NULL);
          rcc_trial_add_median (trial, median);
        }
      else if (is_element (child, "hazard-ratio"))
        {
          g_autoptr(RccHazardRatio) hr = build_hazard_ratio (loader, child, trial);

          if (rcc_hazard_ratio_get_primary (hr))
            check_one_headline (loader, child, headlines, "hazard ratio",
                                rcc_hazard_ratio_get_endpoint (hr),
                                rcc_hazard_ratio_get_arm_id (hr),
                                rcc_hazard_ratio_get_versus_id (hr));
          rcc_trial_add_hazard_ratio (trial, hr);
        }
      else if (is_element (child, "rate"))
        {
          g_autoptr(RccRate) rate = build_rate (loader, child, trial);
          rcc_trial_add_rate (trial, rate);
        }
    }

  return g_steal_pointer (&trial);
}

static void
add_trial (Loader     *loader,
           xmlNode    *node,
           RccCatalog *catalog)
{
  g_autoptr(RccTrial) trial = NULL;
  g_autofree char *id = NULL;

  id = get_attr (node, "id");
  if (!note_unique_id (loader, loader->trial_lines, node, N_("trial"), id))
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
  g_autofree char *source_text = get_text (source);
  g_autofree char *updated = get_attr (source, "updated");
  g_autofree char *reviewed = get_attr (source, "reviewed");
  g_autofree char *url = get_attr (source, "url");

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
    if (is_element (node, name))
      build (loader, node, catalog);
  loader->section = SECTION_HEAD;
}

static RccCatalog *
build_catalog (Loader  *loader,
               xmlNode *root)
{
  g_autoptr(RccCatalog) catalog = rcc_catalog_new ();
  xmlNode *source = NULL, *changelog = NULL, *treatments = NULL, *trials = NULL, *references = NULL;

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      if (is_element (child, "source"))
        source = child;
      else if (is_element (child, "changelog"))
        changelog = child;
      else if (is_element (child, "treatments"))
        treatments = child;
      else if (is_element (child, "trials"))
        trials = child;
      else if (is_element (child, "references"))
        references = child;
    }

  /* The schema guarantees all four. */
  g_assert (source && treatments && trials && references);

  set_source (loader, source, parse_uint (loader, root, "version"), catalog);
  build_each (loader, changelog, "change", SECTION_HEAD, build_change, catalog);

  /* References and treatments before trials, which name them. */
  build_each (loader, references, "reference", SECTION_REFERENCES, build_reference, catalog);
  loader->references_read = TRUE;
  build_each (loader, treatments, "treatment", SECTION_TREATMENTS, build_treatment, catalog);
  build_each (loader, trials, "trial", SECTION_TRIALS, add_trial, catalog);

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
      add_error (loader, RCC_CONTENT_ERROR_EMPTY, 1, _("the document has no root element"));
      return NULL;
    }

  if (!is_element (root, "rcc-content"))
    {
      add_error (loader, RCC_CONTENT_ERROR_SCHEMA, line_of (root),
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
          version = parse_uint (loader, xmlTextReaderCurrentNode (reader), "version");
          ret = xmlTextReaderRead (reader);
          continue;
        }

      if (depth == 1 && !g_str_equal (name, "source"))
        {
          /* A list: go into it, its items are read one by one. */
          container = name;
          loader->section = section_of (container);
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
          else if (g_str_equal (container, "changelog") && g_str_equal (name, "change"))
            build_change (loader, node, catalog);
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

  loader_init (&loader, display_name != NULL ? display_name : "content");

  data = g_bytes_get_data (bytes, &length);

  if (length > RCC_CONTENT_MAX_BYTES)
    {
      add_error (&loader, RCC_CONTENT_ERROR_TOO_LARGE, 1,
                 _("the file is %llu bytes; content files may be at most %d bytes"),
                 (unsigned long long)length, RCC_CONTENT_MAX_BYTES);
      loader_failed (&loader, error);
      return NULL;
    }

  if (length == 0 || data == NULL)
    {
      add_error (&loader, RCC_CONTENT_ERROR_EMPTY, 1, _("the file is empty"));
      loader_failed (&loader, error);
      return NULL;
    }

  catalog = load_streaming (&loader, data, length, &reread);
  if (reread)
    {
      loader_reset (&loader);
      catalog = load_document (&loader, data, length);
    }

  if (loader_failed (&loader, error))
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
