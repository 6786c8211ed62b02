/* rcc-ctgov-study.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-ctgov-private.h"

/* The neutral study both readers fill: every figure still the record's
 * string, for the builder to read. */

static void
study_arm_free (StudyArm *arm)
{
  g_free (arm->label);
  g_free (arm->type);
  g_free (arm->description);
  g_ptr_array_unref (arm->interventions);
  g_ptr_array_unref (arm->intervention_names);
  g_free (arm);
}

StudyArm *
_rcc_ctgov_study_arm_new (void)
{
  StudyArm *arm = g_new0 (StudyArm, 1);

  arm->interventions = g_ptr_array_new_with_free_func (g_free);
  arm->intervention_names = g_ptr_array_new_with_free_func (g_free);
  return arm;
}

static void
group_free (Group *group)
{
  g_free (group->id);
  g_free (group->title);
  g_free (group);
}

#define FIELD(type, member) G_STRUCT_OFFSET (type, member)

const StudyField _rcc_ctgov_measurement_fields[] = {
  { FIELD (Measurement, group_id), "groupId",    FALSE, "group_id" },
  { FIELD (Measurement, value),    "value",      FALSE, "value" },
  { FIELD (Measurement, lower),    "lowerLimit", FALSE, "lower_limit" },
  { FIELD (Measurement, upper),    "upperLimit", FALSE, "upper_limit" },
  { FIELD (Measurement, comment),  "comment",    TRUE,  NULL },
  { 0, NULL, FALSE, NULL }
};

const StudyField _rcc_ctgov_analysis_fields[] = {
  { FIELD (Analysis, group_description), "groupDescription",    TRUE,  "groups_desc" },
  { FIELD (Analysis, param_type),        "paramType",           TRUE,  "param_type" },
  { FIELD (Analysis, param_value),       "paramValue",          FALSE, "param_value" },
  { FIELD (Analysis, ci_percent),        "ciPctValue",          FALSE, "ci_percent" },
  { FIELD (Analysis, ci_sides),          "ciNumSides",          FALSE, "ci_n_sides" },
  { FIELD (Analysis, ci_lower),          "ciLowerLimit",        FALSE, "ci_lower_limit" },
  { FIELD (Analysis, ci_upper),          "ciUpperLimit",        FALSE, "ci_upper_limit" },
  { FIELD (Analysis, ci_lower_comment),  "ciLowerLimitComment", TRUE,  "ci_lower_limit_na_comment" },
  { FIELD (Analysis, ci_upper_comment),  "ciUpperLimitComment", TRUE,  "ci_upper_limit_na_comment" },
  { FIELD (Analysis, p_value),           "pValue",              FALSE, "p_value" },
  { FIELD (Analysis, p_value_comment),   "pValueComment",       TRUE,  "p_value_desc" },
  { FIELD (Analysis, method),            "statisticalMethod",   TRUE,  "method" },
  { FIELD (Analysis, method_comment),    "statisticalComment",  TRUE,  "method_desc" },
  { FIELD (Analysis, estimate_comment),  "estimateComment",     TRUE,  "estimate_desc" },
  { 0, NULL, FALSE, NULL }
};

/* Frees @s, a Measurement or an Analysis, and its text members. */
static void
free_fields (gpointer          s,
             const StudyField *fields)
{
  for (const StudyField *f = fields; f->json_member != NULL; f++)
    g_free (STUDY_FIELD (s, f));
  g_free (s);
}

static void
measurement_free (Measurement *m)
{
  free_fields (m, _rcc_ctgov_measurement_fields);
}

static void
row_free (Row *row)
{
  g_free (row->class_title);
  g_free (row->category_title);
  g_ptr_array_unref (row->measurements);
  g_free (row);
}

Row *
_rcc_ctgov_row_new (void)
{
  Row *row = g_new0 (Row, 1);

  row->measurements = g_ptr_array_new_with_free_func ((GDestroyNotify)measurement_free);
  return row;
}

static void
analysis_free (Analysis *a)
{
  g_ptr_array_unref (a->group_ids);
  free_fields (a, _rcc_ctgov_analysis_fields);
}

Analysis *
_rcc_ctgov_analysis_new (void)
{
  Analysis *a = g_new0 (Analysis, 1);

  a->group_ids = g_ptr_array_new_with_free_func (g_free);
  return a;
}

static void
outcome_free (Outcome *o)
{
  g_free (o->title);
  g_free (o->population);
  g_free (o->time_frame);
  g_free (o->param_type);
  g_free (o->dispersion);
  g_free (o->unit);
  g_ptr_array_unref (o->groups);
  g_ptr_array_unref (o->rows);
  g_ptr_array_unref (o->analyses);
  g_free (o);
}

/* An outcome of @type, as the record words it, called @title (taken;
 * "(untitled outcome)" where the record gives none). */
Outcome *
_rcc_ctgov_outcome_new (const char *type,
                        char       *title)
{
  Outcome *o = g_new0 (Outcome, 1);

  o->type = _rcc_ctgov_outcome_type_from_text (type);
  o->title = title != NULL ? title : g_strdup (_("(untitled outcome)"));
  o->groups = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  o->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);
  o->analyses = g_ptr_array_new_with_free_func ((GDestroyNotify)analysis_free);
  return o;
}

void
_rcc_ctgov_study_free (Study *s)
{
  g_free (s->nct_id);
  g_free (s->acronym);
  g_free (s->brief_title);
  g_free (s->phase);
  g_free (s->enrollment_type);
  g_free (s->start_date);
  g_free (s->first_posted);
  g_free (s->last_update);
  g_free (s->design);
  g_free (s->conditions);
  g_free (s->primary_outcomes);
  g_ptr_array_unref (s->arms);
  g_ptr_array_unref (s->outcomes);
  g_clear_pointer (&s->record, g_bytes_unref);
  g_free (s);
}

Study *
_rcc_ctgov_study_new (void)
{
  Study *s = g_new0 (Study, 1);

  s->arms = g_ptr_array_new_with_free_func ((GDestroyNotify)study_arm_free);
  s->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify)outcome_free);
  return s;
}

/* The enrollment as the record gives it: @count, a whole number (left
 * 0 where it is not one), and @type ("ACTUAL", "ESTIMATED", ...). */
void
_rcc_ctgov_set_enrollment (Study      *study,
                           const char *count,
                           const char *type)
{
  guint64 value = 0;

  if (count != NULL && g_ascii_string_to_unsigned (count, 10, 0, G_MAXUINT, &value, NULL))
    study->enrollment = (guint)value;
  study->enrollment_type = _rcc_ctgov_enum_key (type);
}

/* Whether @arm lists @name already, as "Drug: X" or as "X". */
static gboolean
lists_intervention (StudyArm   *arm,
                    const char *name)
{
  for (guint i = 0; i < arm->interventions->len; i++)
    {
      const char *listed = g_ptr_array_index (arm->interventions, i);
      const char *colon = strstr (listed, ": ");

      if (g_strcmp0 (listed, name) == 0 ||
          (colon != NULL && g_strcmp0 (colon + 2, name) == 0))
        return TRUE;
    }

  return FALSE;
}

/**
 * _rcc_ctgov_tie_intervention:
 * @unless_listed: leave out the "Type: Name" label where the arm lists
 *   the intervention already (API v2 names them in armGroups[] too)
 *
 * Gives every arm labelled @label the intervention @name: the name for
 * matching, and its "Type: Name" label.
 */
void
_rcc_ctgov_tie_intervention (Study      *study,
                             const char *label,
                             const char *type,
                             const char *name,
                             gboolean    unless_listed)
{
  for (guint k = 0; k < study->arms->len; k++)
    {
      StudyArm *arm = g_ptr_array_index (study->arms, k);

      if (g_strcmp0 (arm->label, label) != 0)
        continue;

      g_ptr_array_add (arm->intervention_names, g_strdup (name));
      if (!unless_listed || !lists_intervention (arm, name))
        g_ptr_array_add (arm->interventions, _rcc_ctgov_intervention_label (type, name));
    }
}
