/* rcc-harm-text.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-format.h"
#include "rcc-harm-text.h"

/* One wording of a harm measure for every view: the band and the cause
 * exactly as the content records them ("treatment-related, grade 3–4"),
 * so two different measures never read as one.  GTK-free: the trial
 * detail and the report both call it. */

/**
 * rcc_harm_text_measure:
 *
 * What @harm counts, in words: "treatment-related, grade 3–4" for
 * adverse events; for stopping treatment, why: "because of hepatic
 * adverse events", "because of treatment-related adverse events".
 */
char *
rcc_harm_text_measure (RccHarm *harm)
{
  RccAeCause cause;

  g_return_val_if_fail (RCC_IS_HARM (harm), NULL);

  cause = rcc_harm_get_cause (harm);

  if (rcc_harm_get_kind (harm) == RCC_HARM_KIND_DISCONTINUATION)
    {
      if (rcc_harm_get_reason (harm) != NULL)
        /* Translators: why patients stopped treatment, %s the content's words, "hepatic adverse events" */
        return g_strdup_printf (_("because of %s"), rcc_harm_get_reason (harm));
      switch (cause)
        {
        case RCC_AE_CAUSE_TREATMENT_RELATED:
          return g_strdup (_("because of treatment-related adverse events"));
        case RCC_AE_CAUSE_ALL_CAUSE:
          return g_strdup (_("because of adverse events of any cause"));
        case RCC_AE_CAUSE_NOT_STATED:
        default:
          return g_strdup (_("because of adverse events (cause not stated)"));
        }
    }

  if (rcc_ae_grades_get_label (rcc_harm_get_grades (harm)) == NULL)
    return g_strdup (rcc_ae_cause_get_label (cause));

  /* Translators: an adverse-event measure: the cause ("treatment-related",
   * "any cause", "cause not stated"), then the grade band ("grade 3–4") */
  return g_strdup_printf (_("%s, %s"), rcc_ae_cause_get_label (cause),
                          rcc_ae_grades_get_label (rcc_harm_get_grades (harm)));
}

/**
 * rcc_harm_text_figure:
 *
 * The figure with its measure: "treatment-related, grade 3–4: 46%",
 * "any cause, grade ≥3: 93% (509/547)"; stopping treatment: "17%
 * because of serious adverse events".
 */
char *
rcc_harm_text_figure (RccHarm *harm)
{
  g_autofree char *measure = NULL;
  g_autofree char *value = NULL;
  g_autofree char *percent = NULL;

  g_return_val_if_fail (RCC_IS_HARM (harm), NULL);

  measure = rcc_harm_text_measure (harm);
  value = rcc_format_number (rcc_harm_get_percent (harm), rcc_harm_get_decimals (harm));
  if (rcc_harm_get_of (harm) > 0)
    /* Translators: a percentage and the counts it comes from, "93% (509/547)" */
    percent = g_strdup_printf (_("%s%% (%u/%u)"), value, rcc_harm_get_n (harm), rcc_harm_get_of (harm));
  else
    percent = g_strdup_printf (_("%s%%"), value);

  if (rcc_harm_get_kind (harm) == RCC_HARM_KIND_DISCONTINUATION)
    /* Translators: stopping treatment, "17% because of serious adverse events" */
    return g_strdup_printf (_("%s %s"), percent, measure);

  /* Translators: an adverse-event figure, "treatment-related, grade 3–4: 46%" */
  return g_strdup_printf (_("%s: %s"), measure, percent);
}

/**
 * rcc_harm_text_follow_up:
 *
 * "median follow-up 25.2 months", "minimum follow-up 68 months"
 */
char *
rcc_harm_text_follow_up (RccFollowUp *follow_up)
{
  g_autofree char *value = NULL;
  const char *unit;

  g_return_val_if_fail (RCC_IS_FOLLOW_UP (follow_up), NULL);

  value = rcc_format_number (rcc_follow_up_get_value (follow_up), rcc_follow_up_get_decimals (follow_up));
  unit = rcc_time_unit_get_label (rcc_follow_up_get_unit (follow_up));

  if (rcc_follow_up_get_kind (follow_up) == RCC_FOLLOW_UP_MINIMUM)
    /* Translators: "minimum follow-up 68 months" */
    return g_strdup_printf (_("minimum follow-up %s %s"), value, unit);

  /* Translators: "median follow-up 25.2 months" */
  return g_strdup_printf (_("median follow-up %s %s"), value, unit);
}

/**
 * rcc_harm_text_esmo_source:
 *
 * Where and when ESMO published @grade: "scorecard 117-1, issued 17
 * February 2020, last updated 15 May 2023"
 */
char *
rcc_harm_text_esmo_source (RccEsmoGrade *grade)
{
  g_autofree char *issued = NULL;
  g_autofree char *updated = NULL;

  g_return_val_if_fail (RCC_IS_ESMO_GRADE (grade), NULL);

  issued = rcc_format_date (rcc_esmo_grade_get_issued (grade));
  if (rcc_esmo_grade_get_updated (grade) == NULL)
    /* Translators: an ESMO source and its date, "ESMO RCC eUpdate, 10 Apr 2017, issued 10 April 2017" */
    return g_strdup_printf (_("%s, issued %s"), rcc_esmo_grade_get_source (grade), issued);

  updated = rcc_format_date (rcc_esmo_grade_get_updated (grade));
  /* Translators: "scorecard 117-1, issued 17 February 2020, last updated 15 May 2023" */
  return g_strdup_printf (_("%s, issued %s, last updated %s"), rcc_esmo_grade_get_source (grade),
                          issued, updated);
}

/**
 * rcc_harm_text_esmo_grade:
 *
 * A grade as ESMO published it, with its form, version and source:
 * "Grade 4 · form 2a (overall survival) · version 1.1 · scorecard 117-1,
 * issued 17 February 2020, last updated 15 May 2023"
 */
char *
rcc_harm_text_esmo_grade (RccEsmoGrade *grade)
{
  g_autofree char *source = NULL;

  g_return_val_if_fail (RCC_IS_ESMO_GRADE (grade), NULL);

  source = rcc_harm_text_esmo_source (grade);
  /* Translators: an ESMO-MCBS grade: the grade, its form, the scale's version, where ESMO published it */
  return g_strdup_printf (_("Grade %s · %s · %s · %s"), rcc_esmo_grade_get_grade (grade),
                          rcc_esmo_form_get_label (rcc_esmo_grade_get_form (grade)),
                          rcc_esmo_version_get_label (rcc_esmo_grade_get_version (grade)), source);
}

const char *
rcc_harm_text_not_graded (void)
{
  return _("not graded by ESMO in this guide");
}

const char *
rcc_harm_text_not_in_guide (void)
{
  return _("not in this guide");
}

/* The mark after a figure from a secondary source (news, a patient
 * organisation, a review): never shown as if it were the trial's own */
const char *
rcc_harm_text_secondary_mark (void)
{
  return "†";
}
