/* rcc-ctgov-xml.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <libxml/tree.h>

#include "content/rcc-safe-xml.h"
#include "content/rcc-xml-tree.h"

#include "rcc-ctgov-private.h"

/* The retired <clinical_study> XML, parsed as safely as content files
 * (no network, no DTD, no entity ever expanded, a DOCTYPE refused) and
 * read into a Study. */

static char *
xml_text (xmlNode *node)
{
  xmlChar *content;
  char *text;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  if (content == NULL)
    return NULL;

  text = _rcc_ctgov_fold_space ((const char *)content);
  xmlFree (content);
  return text;
}

static char *
xml_child_text (xmlNode    *node,
                const char *name)
{
  return xml_text (rcc_xml_child (node, name));
}

/* A <measurement>: its attributes, as the table says, and its text,
 * the comment. */
static Measurement *
read_legacy_measurement (xmlNode *node)
{
  Measurement *m = g_new0 (Measurement, 1);

  for (const StudyField *f = _rcc_ctgov_measurement_fields; f->json_member != NULL; f++)
    STUDY_FIELD (m, f) = f->xml_name != NULL ? rcc_xml_attr (node, f->xml_name) : xml_text (node);

  return m;
}

static void
read_legacy_measurements (Outcome *o,
                          xmlNode *measure)
{
  xmlNode *class_list = rcc_xml_child (measure, "class_list");

  for (xmlNode *cls = class_list != NULL ? class_list->children : NULL; cls != NULL; cls = cls->next)
    {
      xmlNode *category_list;

      if (!rcc_xml_is_element (cls, "class"))
        continue;

      category_list = rcc_xml_child (cls, "category_list");
      for (xmlNode *cat = category_list != NULL ? category_list->children : NULL; cat != NULL; cat = cat->next)
        {
          xmlNode *list;
          Row *row;

          if (!rcc_xml_is_element (cat, "category"))
            continue;

          row = _rcc_ctgov_row_new ();
          row->class_title = xml_child_text (cls, "title");
          row->category_title = xml_child_text (cat, "title");
          list = rcc_xml_child (cat, "measurement_list");
          for (xmlNode *mnode = list != NULL ? list->children : NULL; mnode != NULL; mnode = mnode->next)
            if (rcc_xml_is_element (mnode, "measurement"))
              g_ptr_array_add (row->measurements, read_legacy_measurement (mnode));
          g_ptr_array_add (o->rows, row);
        }
    }
}

static void
read_legacy_outcome (Study   *study,
                     xmlNode *node)
{
  g_autofree char *type = xml_child_text (node, "type");
  Outcome *o = _rcc_ctgov_outcome_new (type, xml_child_text (node, "title"));
  g_autofree char *param = NULL;
  xmlNode *group_list = rcc_xml_child (node, "group_list");
  xmlNode *measure = rcc_xml_child (node, "measure");
  xmlNode *analysis_list = rcc_xml_child (node, "analysis_list");

  /* Older records wrap the measure in a <measure_list>. */
  if (measure == NULL)
    measure = rcc_xml_child (rcc_xml_child (node, "measure_list"), "measure");

  o->population = xml_child_text (node, "population");
  o->time_frame = xml_child_text (node, "time_frame");

  for (xmlNode *g = group_list != NULL ? group_list->children : NULL; g != NULL; g = g->next)
    {
      Group *group;

      if (!rcc_xml_is_element (g, "group"))
        continue;
      group = g_new0 (Group, 1);
      group->id = rcc_xml_attr (g, "group_id");
      group->title = xml_child_text (g, "title");
      g_ptr_array_add (o->groups, group);
    }

  if (measure != NULL)
    {
      param = xml_child_text (measure, "param");
      o->param_type = _rcc_ctgov_enum_key (param);
      o->dispersion = xml_child_text (measure, "dispersion");
      o->unit = xml_child_text (measure, "units");
      if (o->population == NULL)
        o->population = xml_child_text (measure, "population");
      read_legacy_measurements (o, measure);
    }

  for (xmlNode *anode = analysis_list != NULL ? analysis_list->children : NULL; anode != NULL; anode = anode->next)
    {
      xmlNode *ids;
      Analysis *a;

      if (!rcc_xml_is_element (anode, "analysis"))
        continue;

      a = _rcc_ctgov_analysis_new ();
      ids = rcc_xml_child (anode, "group_id_list");
      for (xmlNode *id = ids != NULL ? ids->children : NULL; id != NULL; id = id->next)
        if (rcc_xml_is_element (id, "group_id"))
          {
            char *text = xml_text (id);

            if (text != NULL)
              g_ptr_array_add (a->group_ids, text);
          }
      for (const StudyField *f = _rcc_ctgov_analysis_fields; f->json_member != NULL; f++)
        STUDY_FIELD (a, f) = xml_child_text (anode, f->xml_name);
      g_ptr_array_add (o->analyses, a);
    }

  g_ptr_array_add (study->outcomes, o);
}

static void
read_legacy_arms (Study   *study,
                  xmlNode *root)
{
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      StudyArm *arm;
      g_autofree char *type = NULL;

      if (!rcc_xml_is_element (node, "arm_group"))
        continue;

      arm = _rcc_ctgov_study_arm_new ();
      arm->label = xml_child_text (node, "arm_group_label");
      type = xml_child_text (node, "arm_group_type");
      arm->type = _rcc_ctgov_enum_key (type);
      arm->description = xml_child_text (node, "description");
      g_ptr_array_add (study->arms, arm);
    }

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *type = NULL;
      g_autofree char *name = NULL;

      if (!rcc_xml_is_element (node, "intervention"))
        continue;

      type = xml_child_text (node, "intervention_type");
      name = xml_child_text (node, "intervention_name");
      if (name == NULL)
        continue;

      for (xmlNode *child = node->children; child != NULL; child = child->next)
        {
          g_autofree char *label = NULL;

          if (!rcc_xml_is_element (child, "arm_group_label"))
            continue;

          label = xml_text (child);
          _rcc_ctgov_tie_intervention (study, label, type, name, FALSE);
        }
    }
}

static Study *
read_legacy_study (xmlNode     *root,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(Study) study = _rcc_ctgov_study_new ();
  g_autoptr(GPtrArray) conditions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) primary = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) phases = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *phase = NULL;
  g_autofree char *start = NULL;
  g_autofree char *first_posted = NULL;
  g_autofree char *updated = NULL;
  xmlNode *design = rcc_xml_child (root, "study_design_info");
  xmlNode *enrollment = rcc_xml_child (root, "enrollment");
  xmlNode *results = rcc_xml_child (root, "clinical_results");
  xmlNode *outcome_list = rcc_xml_child (results, "outcome_list");

  study->nct_id = xml_child_text (rcc_xml_child (root, "id_info"), "nct_id");
  study->acronym = xml_child_text (root, "acronym");
  study->brief_title = xml_child_text (root, "brief_title");

  phase = xml_child_text (root, "phase");
  if (phase != NULL && g_ascii_strcasecmp (phase, "N/A") != 0)
    {
      g_auto(GStrv) parts = g_strsplit (phase, "/", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          char *p = _rcc_ctgov_phase_name (g_strstrip (parts[i]));

          if (p != NULL)
            g_ptr_array_add (phases, p);
        }
      study->phase = _rcc_ctgov_join_nonempty ("/", phases);
    }

  if (enrollment != NULL)
    {
      g_autofree char *count = xml_text (enrollment);
      g_autofree char *type = rcc_xml_attr (enrollment, "type");

      _rcc_ctgov_set_enrollment (study, count, type);
    }

  start = xml_child_text (root, "start_date");
  study->start_date = _rcc_ctgov_legacy_date_to_iso (start);
  first_posted = xml_child_text (root, "study_first_posted");
  if (first_posted == NULL)
    first_posted = xml_child_text (root, "firstreceived_date");
  study->first_posted = _rcc_ctgov_legacy_date_to_iso (first_posted);
  updated = xml_child_text (root, "last_update_posted");
  if (updated == NULL)
    updated = xml_child_text (root, "lastchanged_date");
  study->last_update = _rcc_ctgov_legacy_date_to_iso (updated);

  if (design != NULL)
    {
      g_autofree char *allocation = xml_child_text (design, "allocation");
      g_autofree char *model = xml_child_text (design, "intervention_model");
      g_autofree char *masking = xml_child_text (design, "masking");
      g_autofree char *purpose = xml_child_text (design, "primary_purpose");

      study->design = _rcc_ctgov_build_design (allocation, model, masking, purpose);
    }

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      if (rcc_xml_is_element (node, "condition"))
        g_ptr_array_add (conditions, xml_text (node));
      else if (rcc_xml_is_element (node, "primary_outcome"))
        g_ptr_array_add (primary, xml_child_text (node, "measure"));
    }
  study->conditions = _rcc_ctgov_join_nonempty (", ", conditions);
  study->primary_outcomes = _rcc_ctgov_join_nonempty ("; ", primary);

  read_legacy_arms (study, root);

  for (xmlNode *node = outcome_list != NULL ? outcome_list->children : NULL; node != NULL; node = node->next)
    if (rcc_xml_is_element (node, "outcome"))
      read_legacy_outcome (study, node);
  study->has_results = results != NULL && study->outcomes->len > 0;
  study->says_has_results = results != NULL;

  return g_steal_pointer (&study);
}

GPtrArray *
_rcc_ctgov_read_xml (GBytes      *original,
                     const char  *data,
                     gsize        length,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) studies =
    g_ptr_array_new_with_free_func ((GDestroyNotify)_rcc_ctgov_study_free);
  g_auto(RccSafeXmlProblem) problem = { 0 };
  xmlNode *root;
  Study *study;

  switch (rcc_safe_xml_parse (data, length, name, &doc, &problem))
    {
    case RCC_SAFE_XML_UNSAFE:
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_UNSAFE,
                   _("%s: line %ld: a document type declaration (DOCTYPE) is not allowed; "
                     "entities are never loaded or expanded"),
                   name, problem.line);
      return NULL;

    case RCC_SAFE_XML_MALFORMED:
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                   _("%s: line %ld: not well-formed XML, or cut short: %s"),
                   name, problem.line, problem.message);
      return NULL;

    case RCC_SAFE_XML_OK:
    default:
      break;
    }

  root = xmlDocGetRootElement (doc);
  if (root == NULL || !rcc_xml_is_element (root, "clinical_study"))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (the root element is <%s>, expected <clinical_study>)"),
                   name, root != NULL ? (const char *)root->name : "");
      return NULL;
    }

  study = read_legacy_study (root, name, error);
  if (study == NULL)
    return NULL;
  study->record = g_bytes_ref (original);
  g_ptr_array_add (studies, study);

  return g_steal_pointer (&studies);
}
