/* rcc-ctgov-build.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-ctgov-private.h"

/* The builder: a Study's design, arms and figures as an RccTrial, with
 * a warning for everything it could not tie down. */

static void
median_figure_free (MedianFigure *f)
{
  rcc_figure_fields_clear (&f->fields);
  g_free (f);
}

static void
hr_figure_free (HrFigure *f)
{
  g_free (f->p);
  g_free (f->method);
  g_free (f->direction);
  rcc_figure_fields_clear (&f->fields);
  g_free (f);
}

/* The last of a figure's shared fields: its arm, by its index among the
 * study's arms; and its CI bounds, kept at zero or above as the model
 * takes them. */
static void
finish_fields (RccFigureFields *fields,
               GPtrArray       *arm_ids,
               guint            arm)
{
  g_free (fields->arm_id);
  fields->arm_id = g_strdup (g_ptr_array_index (arm_ids, arm));
  fields->ci.low = MAX (fields->ci.low, 0.0);
  fields->ci.high = MAX (fields->ci.high, 0.0);
}

/* "Sorafenib (Nexavar, BAY43-9006)" -> "sorafenib-nexavar-bay43-9006" */
static char *
arm_slug (const char *label,
          guint       index,
          GPtrArray  *taken)
{
  g_autofree char *norm = _rcc_ctgov_normalize (label);
  g_autofree char *base = NULL;
  char *id;

  /* ASCII only in ids. */
  for (char *p = norm; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = '-';
  base = g_strndup (norm, 40);
  while (*base != '\0' && base[strlen (base) - 1] == '-')
    base[strlen (base) - 1] = '\0';
  if (*base == '\0' || g_str_has_prefix (base, "-"))
    {
      g_free (base);
      base = g_strdup_printf ("arm-%u", index + 1);
    }

  id = g_strdup (base);
  for (guint n = 2; g_ptr_array_find_with_equal_func (taken, id, g_str_equal, NULL); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  return id;
}

static gboolean
is_comparator_type (const char *type)
{
  return g_strcmp0 (type, "ACTIVE_COMPARATOR") == 0 ||
         g_strcmp0 (type, "PLACEBO_COMPARATOR") == 0 ||
         g_strcmp0 (type, "SHAM_COMPARATOR") == 0 ||
         g_strcmp0 (type, "NO_INTERVENTION") == 0;
}

RccTrial *
_rcc_ctgov_build_trial (Study     *study,
                        GPtrArray *warnings)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) arm_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) arm_norms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) medians = g_ptr_array_new_with_free_func ((GDestroyNotify)median_figure_free);
  g_autoptr(GPtrArray) hrs = g_ptr_array_new_with_free_func ((GDestroyNotify)hr_figure_free);
  g_autoptr(GPtrArray) rates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RccTrial) trial = NULL;
  g_autofree char *note = NULL;
  g_autofree char *population = NULL;
  Builder b = { study, warnings, seen, arm_ids, arm_norms, medians, hrs, rates };
  guint first_warning = warnings->len;
  gboolean any_control = FALSE;
  const char * const empty[] = { NULL };
  guint year;

  for (guint i = 0; i < study->arms->len; i++)
    {
      StudyArm *arm = _rcc_ctgov_arm_at (&b, i);

      if (arm->label == NULL)
        arm->label = g_strdup_printf (_("Arm %u"), i + 1);
      g_ptr_array_add (arm_ids, arm_slug (arm->label, i, arm_ids));
      g_ptr_array_add (arm_norms, _rcc_ctgov_normalize (arm->label));
      any_control |= is_comparator_type (arm->type);
    }

  note = study->has_results
       ? g_strdup_printf (_("Imported from ClinicalTrials.gov (%s), not reviewed"), study->nct_id)
       : g_strdup_printf (_("Imported from ClinicalTrials.gov (%s), not reviewed; no results posted"),
                          study->nct_id);

  if (!study->has_results)
    _rcc_ctgov_warn (&b, study->says_has_results
                         ? _("the record says it has results, but lists no outcome measures; only the design was imported")
                         : _("no results posted; only the design was imported"));

  if (study->arms->len == 0)
    _rcc_ctgov_warn (&b, _("the record lists no arms"));
  else if (!any_control)
    _rcc_ctgov_warn (&b, _("no arm is typed as a comparator, so none is marked as the control; the arm types are not reliable"));

  if (study->enrollment > 0 && study->enrollment_type != NULL &&
      !g_str_equal (study->enrollment_type, "ACTUAL"))
    _rcc_ctgov_warn (&b, _("the enrolment of %u is %s, not actual"), study->enrollment,
                     g_str_equal (study->enrollment_type, "ESTIMATED") ? _("estimated") : _("anticipated"));

  year = _rcc_ctgov_year_of (study->start_date);
  if (year == 0)
    year = _rcc_ctgov_year_of (study->first_posted);

  population = g_strdup (study->conditions);

  trial = g_object_new (RCC_TYPE_TRIAL,
                        "id", study->nct_id,
                        "name", study->acronym != NULL ? study->acronym : study->nct_id,
                        "title", study->brief_title,
                        "year", year,
                        "phase", study->phase,
                        "enrolled", study->enrollment,
                        "setting", RCC_SETTING_NOT_STATED,
                        "design", study->design,
                        "population", population,
                        "primary-endpoint", study->primary_outcomes,
                        "nct-id", study->nct_id,
                        "source-note", note,
                        "source-updated", study->last_update,
                        "imported", TRUE,
                        NULL);

  for (guint i = 0; i < study->arms->len; i++)
    {
      StudyArm *arm = _rcc_ctgov_arm_at (&b, i);
      g_autoptr(RccArm) rcc_arm = NULL;

      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) interventions = NULL;

      for (guint j = 0; j < arm->interventions->len; j++)
        g_strv_builder_add (builder, g_ptr_array_index (arm->interventions, j));
      interventions = g_strv_builder_end (builder);

      rcc_arm = g_object_new (RCC_TYPE_ARM,
                              "id", g_ptr_array_index (arm_ids, i),
                              "label", arm->label,
                              "dose", arm->description,
                              "control", is_comparator_type (arm->type),
                              "treatment-ids", empty,
                              "interventions", interventions,
                              NULL);
      rcc_trial_add_arm (trial, rcc_arm);
    }

  for (guint i = 0; i < study->outcomes->len; i++)
    _rcc_ctgov_add_outcome (&b, i);

  _rcc_ctgov_choose_headlines (&b);

  for (guint i = 0; i < medians->len; i++)
    {
      MedianFigure *f = g_ptr_array_index (medians, i);
      g_autoptr(RccMedian) median = NULL;

      finish_fields (&f->fields, arm_ids, f->arm);
      median = rcc_figure_new (RCC_TYPE_MEDIAN, &f->fields,
                               "endpoint", f->endpoint,
                               "reached", f->reached,
                               "value", f->value,
                               "unit", f->unit,
                               NULL);
      rcc_trial_add_median (trial, median);
    }

  for (guint i = 0; i < hrs->len; i++)
    {
      HrFigure *f = g_ptr_array_index (hrs, i);
      g_autoptr(RccHazardRatio) hr = NULL;

      finish_fields (&f->fields, arm_ids, f->arm);
      hr = rcc_figure_new (RCC_TYPE_HAZARD_RATIO, &f->fields,
                           "endpoint", f->endpoint,
                           "versus-id", g_ptr_array_index (arm_ids, f->versus),
                           "value", f->value,
                           "p", f->p,
                           "significance", RCC_SIGNIFICANCE_NOT_STATED,
                           "method", f->method,
                           "direction", f->direction,
                           NULL);
      rcc_trial_add_hazard_ratio (trial, hr);
    }

  for (guint i = 0; i < rates->len; i++)
    rcc_trial_add_rate (trial, g_ptr_array_index (rates, i));

  /* The trial carries its own warnings, for the window to show beside it */
  {
    g_autoptr(GStrvBuilder) notes = g_strv_builder_new ();
    g_auto(GStrv) strv = NULL;
    gsize prefix = strlen (study->nct_id) + 2;   /* "NCT…: " */

    for (guint i = first_warning; i < warnings->len; i++)
      g_strv_builder_add (notes, (const char *)g_ptr_array_index (warnings, i) + prefix);
    strv = g_strv_builder_end (notes);
    rcc_trial_set_import_notes (trial, (const char * const *)strv);
  }

  return g_steal_pointer (&trial);
}
