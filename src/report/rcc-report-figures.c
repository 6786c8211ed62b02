/* rcc-report-figures.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rcc-report-private.h"

#include "model/rcc-trial-headline.h"

/* What the report shows for one trial: its arms in order, their
 * headline medians and overall survival, and the headline hazard ratios. */

void
_rcc_report_figures_clear (RccReportFigures *f)
{
  g_clear_pointer (&f->arms, g_ptr_array_unref);
  g_clear_pointer (&f->medians, g_ptr_array_unref);
  g_clear_pointer (&f->hrs, g_ptr_array_unref);
  g_clear_pointer (&f->os, g_ptr_array_unref);
}

/* Arms in report order: experimental first, then controls */
static GPtrArray *
report_arms (RccTrial *trial)
{
  GListModel *arms = rcc_trial_get_arms (trial);
  guint n = g_list_model_get_n_items (arms);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        RccArm *arm = g_list_model_get_item (arms, i);

        if (rcc_arm_get_control (arm) == (pass == 1))
          g_ptr_array_add (result, arm);
        else
          g_object_unref (arm);
      }

  return result;
}

typedef RccMedian *(*MedianOf) (const RccTrialHeadline *headline,
                                RccArm                 *arm);

/* The report's arms, each with its median from @headline (through
 * @median_of; none where @headline is %NULL) and its median OS */
static void
fill_arms (RccReportFigures       *f,
           RccTrial               *trial,
           const RccTrialHeadline *headline,
           MedianOf                median_of,
           const RccTrialHeadline *survival)
{
  f->arms = report_arms (trial);
  f->medians = g_ptr_array_new ();
  f->os = g_ptr_array_new ();

  for (guint i = 0; i < f->arms->len; i++)
    {
      RccArm *arm = g_ptr_array_index (f->arms, i);

      g_ptr_array_add (f->medians, headline != NULL ? median_of (headline, arm) : NULL);
      g_ptr_array_add (f->os, rcc_trial_headline_find_median (survival, arm));
    }
}

/**
 * _rcc_report_figures_init_for:
 *
 * The figures @choice draws for @trial: per arm, the median on the
 * chosen endpoint (from a later analysis where the primary one gave
 * none) and the median OS; the endpoint's hazard ratios.
 */
void
_rcc_report_figures_init_for (RccTrial          *trial,
                              RccEndpointChoice  choice,
                              RccReportFigures  *f)
{
  RccTrialHeadline headline, survival;

  memset (f, 0, sizeof *f);
  f->choice = choice;
  f->endpoint = rcc_endpoint_choice_resolve (choice, trial, &f->is_primary);
  f->missing = f->endpoint != RCC_ENDPOINT_NONE && !rcc_trial_has_endpoint (trial, f->endpoint);

  rcc_trial_headline_init_for_endpoint (&headline, trial, f->endpoint, NULL);
  rcc_trial_headline_init_for_endpoint (&survival, trial, RCC_ENDPOINT_OS, NULL);

  fill_arms (f, trial, f->endpoint != RCC_ENDPOINT_NONE ? &headline : NULL,
             rcc_trial_headline_find_median, &survival);

  f->hrs = f->endpoint != RCC_ENDPOINT_NONE
         ? rcc_trial_headline_find_hazard_ratios (&headline)
         : g_ptr_array_new ();
}

/* The trial's headline (rcc_trial_get_headline_endpoint(): PFS first),
 * for the patient handout, which has no endpoint choice: its hazard
 * ratios, else the survival ones */
void
_rcc_report_figures_init (RccTrial         *trial,
                          RccReportFigures *f)
{
  RccTrialHeadline headline, survival;

  memset (f, 0, sizeof *f);
  f->endpoint = rcc_trial_get_headline_endpoint (trial);
  rcc_trial_headline_init (&headline, trial, NULL);
  rcc_trial_headline_init_for_endpoint (&survival, trial, RCC_ENDPOINT_OS, NULL);

  fill_arms (f, trial, &headline, rcc_trial_headline_get_median, &survival);

  f->hrs = rcc_trial_headline_get_hazard_ratios (&headline);
  if (f->hrs->len == 0 && f->endpoint != RCC_ENDPOINT_OS)
    {
      g_ptr_array_unref (f->hrs);
      f->hrs = rcc_trial_headline_get_hazard_ratios (&survival);
    }
}

/* Where the trial has no figure on the chosen endpoint: "no OS result
 * in this guide"; %NULL where it has one. */
char *
_rcc_report_figures_missing (RccReportFigures *f)
{
  if (!f->missing)
    return NULL;

  switch (f->endpoint)
    {
    case RCC_ENDPOINT_OS: return g_strdup (_("no OS result in this guide"));
    case RCC_ENDPOINT_PFS: return g_strdup (_("no PFS result in this guide"));
    case RCC_ENDPOINT_DFS: return g_strdup (_("no DFS result in this guide"));
    case RCC_ENDPOINT_RFS:
    case RCC_ENDPOINT_TTP:
    case RCC_ENDPOINT_NONE:
    default:
      /* Translators: %s is an endpoint's abbreviation, "RFS" */
      return g_strdup_printf (_("no %s result in this guide"),
                              rcc_endpoint_get_abbreviation (f->endpoint));
    }
}

/* The endpoint's name for a row: "OS", or "PFS (primary)" */
char *
_rcc_report_figures_endpoint_markup (RccReportFigures *f)
{
  const char *abbreviation = rcc_endpoint_get_abbreviation (f->endpoint);

  if (f->is_primary)
    /* Translators: an endpoint's abbreviation marked as the trial's primary endpoint, "OS (primary)" */
    return g_markup_printf_escaped (_("%s (primary)"), abbreviation);
  if (f->choice == RCC_ENDPOINT_CHOICE_PRIMARY && f->endpoint != RCC_ENDPOINT_NONE)
    /* Translators: the endpoint drawn for a trial whose primary endpoint the guide does not state */
    return g_markup_printf_escaped (_("%s (this guide does not give the trial’s primary endpoint)"), abbreviation);

  return g_markup_escape_text (abbreviation, -1);
}

/* The analysis the medians come from when it is not the primary one
 * (CLEAR's OS: the final analysis), else %NULL */
const char *
_rcc_report_figures_later_analysis (RccReportFigures *f)
{
  for (guint i = 0; i < f->medians->len; i++)
    {
      RccMedian *m = g_ptr_array_index (f->medians, i);

      if (m != NULL && !rcc_median_get_primary (m))
        return rcc_median_get_analysis (m);
    }

  return NULL;
}

/* The population the trial's headline medians are for, when it is not
 * the whole trial (CheckMate 214: intermediate/poor risk). */
const char *
_rcc_report_figures_population (RccReportFigures *f)
{
  for (guint i = 0; i < f->medians->len; i++)
    {
      RccMedian *m = g_ptr_array_index (f->medians, i);

      if (m != NULL && rcc_median_get_population (m) != NULL)
        return rcc_median_get_population (m);
    }

  for (guint i = 0; i < f->hrs->len; i++)
    {
      RccHazardRatio *hr = g_ptr_array_index (f->hrs, i);

      if (rcc_hazard_ratio_get_population (hr) != NULL)
        return rcc_hazard_ratio_get_population (hr);
    }

  return NULL;
}

const char *
_rcc_report_arm_label (RccTrial   *trial,
                       const char *arm_id)
{
  RccArm *arm = arm_id != NULL ? rcc_trial_find_arm (trial, arm_id) : NULL;

  return arm != NULL ? rcc_arm_get_label (arm) : arm_id;
}

/* "Normal" direction: the HR's arm is an experimental arm and its
 * comparator a control arm, so below 1 favours the treatment. */
gboolean
_rcc_report_hr_is_treatment_vs_control (RccTrial       *trial,
                                        RccHazardRatio *hr)
{
  RccArm *arm = rcc_trial_find_arm (trial, rcc_hazard_ratio_get_arm_id (hr));
  RccArm *versus = rcc_trial_find_arm (trial, rcc_hazard_ratio_get_versus_id (hr));

  return arm != NULL && versus != NULL &&
         !rcc_arm_get_control (arm) && rcc_arm_get_control (versus);
}
