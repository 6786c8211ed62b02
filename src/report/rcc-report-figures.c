/* rcc-report-figures.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

void
_rcc_report_figures_init (RccTrial         *trial,
                          RccReportFigures *f)
{
  GListModel *arms = rcc_trial_get_arms (trial);
  guint n = g_list_model_get_n_items (arms);
  RccTrialHeadline headline, survival;

  rcc_trial_headline_init (&headline, trial, NULL);
  rcc_trial_headline_init_for_endpoint (&survival, trial, RCC_ENDPOINT_OS, NULL);

  memset (f, 0, sizeof *f);
  f->endpoint = headline.endpoint;
  f->arms = g_ptr_array_new_with_free_func (g_object_unref);
  f->medians = g_ptr_array_new ();
  f->os = g_ptr_array_new ();

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        RccArm *arm = g_list_model_get_item (arms, i);

        if (rcc_arm_get_control (arm) == (pass == 1))
          g_ptr_array_add (f->arms, arm);
        else
          g_object_unref (arm);
      }

  for (guint i = 0; i < f->arms->len; i++)
    {
      RccArm *arm = g_ptr_array_index (f->arms, i);

      g_ptr_array_add (f->medians, rcc_trial_headline_get_median (&headline, arm));
      g_ptr_array_add (f->os, rcc_trial_headline_get_median (&survival, arm));
    }

  /* The forest plot: the headline's hazard ratios, else the survival ones */
  f->hrs = rcc_trial_headline_get_hazard_ratios (&headline);
  if (f->hrs->len == 0 && f->endpoint != RCC_ENDPOINT_OS)
    {
      g_ptr_array_unref (f->hrs);
      f->hrs = rcc_trial_headline_get_hazard_ratios (&survival);
    }
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
