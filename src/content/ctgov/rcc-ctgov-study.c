/* rcc-ctgov-study.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

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

static void
measurement_free (Measurement *m)
{
  g_free (m->group_id);
  g_free (m->value);
  g_free (m->lower);
  g_free (m->upper);
  g_free (m->comment);
  g_free (m);
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
  g_free (a->group_description);
  g_free (a->param_type);
  g_free (a->param_value);
  g_free (a->ci_percent);
  g_free (a->ci_sides);
  g_free (a->ci_lower);
  g_free (a->ci_upper);
  g_free (a->ci_lower_comment);
  g_free (a->ci_upper_comment);
  g_free (a->p_value);
  g_free (a->p_value_comment);
  g_free (a->method);
  g_free (a->method_comment);
  g_free (a->estimate_comment);
  g_free (a);
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

Outcome *
_rcc_ctgov_outcome_new (void)
{
  Outcome *o = g_new0 (Outcome, 1);

  o->type = OUTCOME_UNKNOWN;
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
