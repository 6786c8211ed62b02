/* rcc-ctgov-json.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rcc-ctgov-private.h"

/* ClinicalTrials.gov API v2 study JSON, one study or {"studies": [...]},
 * read into Studies.  The field paths and pitfalls are in the samples'
 * FORMATS.md. */

#define MAX_JSON_DEPTH 64

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  node = json_object_get_member (object, name);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  node = json_object_get_member (object, name);
  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static char *
node_to_string (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (type == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    }

  return NULL;
}

/* A figure: the string as given, trimmed. */
static char *
raw_member (JsonObject *object,
            const char *name)
{
  g_autofree char *text = NULL;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  text = node_to_string (json_object_get_member (object, name));
  if (text == NULL)
    return NULL;

  return g_strdup (g_strstrip (text));
}

/* Text: Markdown escapes dropped, white space folded. */
static char *
text_member (JsonObject *object,
             const char *name)
{
  g_autofree char *raw = raw_member (object, name);
  g_autofree char *plain = _rcc_ctgov_unescape_markdown (raw);

  return _rcc_ctgov_fold_space (plain);
}

static char *
text_element (JsonArray *array,
              guint      i)
{
  g_autofree char *raw = node_to_string (json_array_get_element (array, i));
  g_autofree char *plain = _rcc_ctgov_unescape_markdown (raw);

  return _rcc_ctgov_fold_space (plain);
}

static char *
join_text_members (JsonArray  *array,
                   const char *member,
                   const char *separator)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (member == NULL)
        g_ptr_array_add (parts, text_element (array, i));
      else if (JSON_NODE_HOLDS_OBJECT (node))
        g_ptr_array_add (parts, text_member (json_node_get_object (node), member));
    }

  return _rcc_ctgov_join_nonempty (separator, parts);
}

/* A Measurement's or an Analysis's members, as its table says. */
static void
read_fields (gpointer          s,
             const StudyField *fields,
             JsonObject       *object)
{
  for (const StudyField *f = fields; f->json_member != NULL; f++)
    STUDY_FIELD (s, f) = f->json_text ? text_member (object, f->json_member)
                                      : raw_member (object, f->json_member);
}

static void
read_v2_arms (Study      *study,
              JsonObject *module)
{
  JsonArray *groups = array_member (module, "armGroups");
  JsonArray *interventions = array_member (module, "interventions");

  for (guint i = 0; groups != NULL && i < json_array_get_length (groups); i++)
    {
      JsonNode *node = json_array_get_element (groups, i);
      JsonObject *group;
      JsonArray *names;
      StudyArm *arm;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      group = json_node_get_object (node);
      arm = _rcc_ctgov_study_arm_new ();
      arm->label = text_member (group, "label");
      {
        g_autofree char *type = raw_member (group, "type");
        arm->type = _rcc_ctgov_enum_key (type);
      }
      arm->description = text_member (group, "description");

      names = array_member (group, "interventionNames");
      for (guint j = 0; names != NULL && j < json_array_get_length (names); j++)
        {
          char *name = text_element (names, j);

          if (name != NULL)
            g_ptr_array_add (arm->interventions, name);
        }

      g_ptr_array_add (study->arms, arm);
    }

  /* interventions[] tie names to arm labels: the names for matching, and
   * the labels where armGroups[] did not list them. */
  for (guint i = 0; interventions != NULL && i < json_array_get_length (interventions); i++)
    {
      JsonNode *node = json_array_get_element (interventions, i);
      JsonObject *intervention;
      JsonArray *labels;
      g_autofree char *type = NULL;
      g_autofree char *name = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      intervention = json_node_get_object (node);
      type = text_member (intervention, "type");
      name = text_member (intervention, "name");
      labels = array_member (intervention, "armGroupLabels");
      if (name == NULL)
        continue;

      for (guint j = 0; labels != NULL && j < json_array_get_length (labels); j++)
        {
          g_autofree char *label = text_element (labels, j);

          _rcc_ctgov_tie_intervention (study, label, type, name, TRUE);
        }
    }
}

static void
read_v2_outcome (Study      *study,
                 JsonObject *measure)
{
  g_autofree char *type = raw_member (measure, "type");
  Outcome *o = _rcc_ctgov_outcome_new (type, text_member (measure, "title"));
  JsonArray *groups = array_member (measure, "groups");
  JsonArray *classes = array_member (measure, "classes");
  JsonArray *analyses = array_member (measure, "analyses");
  g_autofree char *status_text = raw_member (measure, "reportingStatus");
  g_autofree char *status = _rcc_ctgov_enum_key (status_text);
  g_autofree char *param_type = raw_member (measure, "paramType");

  o->population = text_member (measure, "populationDescription");
  o->time_frame = text_member (measure, "timeFrame");
  o->param_type = _rcc_ctgov_enum_key (param_type);
  o->dispersion = text_member (measure, "dispersionType");
  o->unit = text_member (measure, "unitOfMeasure");
  o->not_posted = g_strcmp0 (status, "NOT_POSTED") == 0;

  for (guint i = 0; groups != NULL && i < json_array_get_length (groups); i++)
    {
      JsonNode *node = json_array_get_element (groups, i);
      Group *group;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      group = g_new0 (Group, 1);
      group->id = raw_member (json_node_get_object (node), "id");
      group->title = text_member (json_node_get_object (node), "title");
      g_ptr_array_add (o->groups, group);
    }

  for (guint i = 0; classes != NULL && i < json_array_get_length (classes); i++)
    {
      JsonNode *cnode = json_array_get_element (classes, i);
      JsonArray *categories;

      if (!JSON_NODE_HOLDS_OBJECT (cnode))
        continue;

      categories = array_member (json_node_get_object (cnode), "categories");
      for (guint j = 0; categories != NULL && j < json_array_get_length (categories); j++)
        {
          JsonNode *node = json_array_get_element (categories, j);
          JsonArray *measurements;
          Row *row;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;

          row = _rcc_ctgov_row_new ();
          row->class_title = text_member (json_node_get_object (cnode), "title");
          row->category_title = text_member (json_node_get_object (node), "title");
          measurements = array_member (json_node_get_object (node), "measurements");
          for (guint k = 0; measurements != NULL && k < json_array_get_length (measurements); k++)
            {
              JsonNode *mnode = json_array_get_element (measurements, k);
              Measurement *m;

              if (!JSON_NODE_HOLDS_OBJECT (mnode))
                continue;

              m = g_new0 (Measurement, 1);
              read_fields (m, _rcc_ctgov_measurement_fields, json_node_get_object (mnode));
              g_ptr_array_add (row->measurements, m);
            }
          g_ptr_array_add (o->rows, row);
        }
    }

  for (guint i = 0; analyses != NULL && i < json_array_get_length (analyses); i++)
    {
      JsonNode *node = json_array_get_element (analyses, i);
      JsonObject *aobj;
      JsonArray *ids;
      Analysis *a;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      aobj = json_node_get_object (node);
      a = _rcc_ctgov_analysis_new ();
      ids = array_member (aobj, "groupIds");
      for (guint j = 0; ids != NULL && j < json_array_get_length (ids); j++)
        {
          char *id = node_to_string (json_array_get_element (ids, j));

          if (id != NULL)
            g_ptr_array_add (a->group_ids, id);
        }
      read_fields (a, _rcc_ctgov_analysis_fields, aobj);
      g_ptr_array_add (o->analyses, a);
    }

  g_ptr_array_add (study->outcomes, o);
}

/* One study object; %NULL, with @error, if it is not one. */
static Study *
read_v2_study (JsonNode    *node,
               const char  *name,
               GError     **error)
{
  g_autoptr(Study) study = _rcc_ctgov_study_new ();
  JsonObject *root, *protocol, *ident, *status, *design, *design_info, *results;
  JsonArray *phases;
  g_autoptr(GPtrArray) phase_names = g_ptr_array_new_with_free_func (g_free);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (a study is a JSON object)"), name);
      return NULL;
    }

  root = json_node_get_object (node);
  protocol = object_member (root, "protocolSection");
  ident = object_member (protocol, "identificationModule");
  if (protocol == NULL || ident == NULL)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (no protocolSection.identificationModule)"),
                   name);
      return NULL;
    }

  study->nct_id = raw_member (ident, "nctId");
  study->acronym = text_member (ident, "acronym");
  study->brief_title = text_member (ident, "briefTitle");

  status = object_member (protocol, "statusModule");
  study->start_date = raw_member (object_member (status, "startDateStruct"), "date");
  study->first_posted = raw_member (object_member (status, "studyFirstPostDateStruct"), "date");
  study->last_update = raw_member (object_member (status, "lastUpdatePostDateStruct"), "date");

  design = object_member (protocol, "designModule");
  phases = array_member (design, "phases");
  for (guint i = 0; phases != NULL && i < json_array_get_length (phases); i++)
    {
      g_autofree char *text = node_to_string (json_array_get_element (phases, i));
      char *phase = _rcc_ctgov_phase_name (text);

      if (phase != NULL)
        g_ptr_array_add (phase_names, phase);
    }
  study->phase = _rcc_ctgov_join_nonempty ("/", phase_names);

  {
    JsonObject *enrollment = object_member (design, "enrollmentInfo");
    g_autofree char *count = raw_member (enrollment, "count");
    g_autofree char *type = raw_member (enrollment, "type");

    _rcc_ctgov_set_enrollment (study, count, type);
  }

  design_info = object_member (design, "designInfo");
  {
    g_autofree char *allocation = raw_member (design_info, "allocation");
    g_autofree char *model = raw_member (design_info, "interventionModel");
    g_autofree char *masking = raw_member (object_member (design_info, "maskingInfo"), "masking");
    g_autofree char *purpose = raw_member (design_info, "primaryPurpose");

    study->design = _rcc_ctgov_build_design (allocation, model, masking, purpose);
  }

  study->conditions = join_text_members (array_member (object_member (protocol, "conditionsModule"), "conditions"),
                                         NULL, ", ");
  study->primary_outcomes = join_text_members (array_member (object_member (protocol, "outcomesModule"), "primaryOutcomes"),
                                               "measure", "; ");

  read_v2_arms (study, object_member (protocol, "armsInterventionsModule"));

  study->says_has_results = json_object_has_member (root, "hasResults") &&
                            JSON_NODE_HOLDS_VALUE (json_object_get_member (root, "hasResults")) &&
                            json_node_get_value_type (json_object_get_member (root, "hasResults")) == G_TYPE_BOOLEAN &&
                            json_object_get_boolean_member (root, "hasResults");

  results = object_member (root, "resultsSection");
  {
    JsonArray *measures = array_member (object_member (results, "outcomeMeasuresModule"), "outcomeMeasures");

    for (guint i = 0; measures != NULL && i < json_array_get_length (measures); i++)
      {
        JsonNode *mnode = json_array_get_element (measures, i);

        if (JSON_NODE_HOLDS_OBJECT (mnode))
          read_v2_outcome (study, json_node_get_object (mnode));
      }
    study->has_results = measures != NULL && study->outcomes->len > 0;
  }

  return g_steal_pointer (&study);
}

/* json-glib parses recursively: refuse absurd nesting before it does. */
static gboolean
json_depth_ok (const char *data,
               gsize       length)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > MAX_JSON_DEPTH)
            return FALSE;
        }
      else if (c == '}' || c == ']')
        depth--;
    }

  return TRUE;
}

GPtrArray *
_rcc_ctgov_read_json (GBytes      *original,
                      const char  *data,
                      gsize        length,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) studies =
    g_ptr_array_new_with_free_func ((GDestroyNotify)_rcc_ctgov_study_free);
  JsonNode *root;
  JsonObject *object;
  JsonArray *list;

  if (!json_depth_ok (data, length))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                   _("%s: not a ClinicalTrials.gov study record (JSON nested more than %d deep)"),
                   name, MAX_JSON_DEPTH);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, (gssize)length, &local_error))
    {
      /* json-glib says "<data>:LINE:COL: Parse error: scanner: WORDS". */
      const char *msg = local_error->message;
      const char *words = g_strrstr (msg, ": ");
      guint64 line = 0, column = 0;
      char *end = NULL;

      if (g_str_has_prefix (msg, "<data>:"))
        {
          line = g_ascii_strtoull (msg + strlen ("<data>:"), &end, 10);
          if (end != NULL && *end == ':')
            column = g_ascii_strtoull (end + 1, NULL, 10);
        }

      if (line > 0)
        g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                     _("%s: line %llu, column %llu: not valid JSON, or cut short: %s"),
                     name, (unsigned long long)line, (unsigned long long)column,
                     words != NULL ? words + 2 : msg);
      else
        g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                     _("%s: not valid JSON, or cut short: %s"), name, words != NULL ? words + 2 : msg);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (expected a JSON object)"), name);
      return NULL;
    }

  object = json_node_get_object (root);

  if (json_object_has_member (object, "FullStudiesResponse") ||
      json_object_has_member (object, "FullStudy"))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: a record in the retired classic API v1 format, which is not supported; "
                     "use the study's API v2 JSON"), name);
      return NULL;
    }

  list = array_member (object, "studies");
  if (list == NULL && json_object_has_member (object, "studies"))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (\"studies\" is not a list)"), name);
      return NULL;
    }

  if (list != NULL)
    {
      guint n = json_array_get_length (list);

      if (n == 0)
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_EMPTY,
                       _("%s: the list of studies is empty"), name);
          return NULL;
        }

      for (guint i = 0; i < n; i++)
        {
          JsonNode *node = json_array_get_element (list, i);
          g_autofree char *where = g_strdup_printf (_("%s: study %u of %u"), name, i + 1, n);
          Study *study = read_v2_study (node, where, error);
          g_autoptr(JsonGenerator) generator = NULL;
          char *text;
          gsize text_length;

          if (study == NULL)
            return NULL;

          /* Each study's own record: the file itself when it holds one,
           * else that study written back alone (same members, same strings). */
          if (n == 1)
            study->record = g_bytes_ref (original);
          else
            {
              generator = json_generator_new ();
              json_generator_set_root (generator, node);
              text = json_generator_to_data (generator, &text_length);
              study->record = g_bytes_new_take (text, text_length);
            }
          g_ptr_array_add (studies, study);
        }
    }
  else
    {
      Study *study = read_v2_study (root, name, error);

      if (study == NULL)
        return NULL;
      study->record = g_bytes_ref (original);
      g_ptr_array_add (studies, study);
    }

  return g_steal_pointer (&studies);
}
