/* rcc-trial-headline.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-trial-headline.h"

/* Which figures are a trial's headline, asked by the report and every
 * view. */

/* The first arm using @treatment_id, preferring one that is not a control */
static RccArm *
find_arm_using (RccTrial   *trial,
                const char *treatment_id)
{
  GListModel *arms = rcc_trial_get_arms (trial);
  guint n = g_list_model_get_n_items (arms);
  RccArm *control = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccArm) arm = g_list_model_get_item (arms, i);

      if (!rcc_arm_uses_treatment (arm, treatment_id))
        continue;

      if (!rcc_arm_get_control (arm))
        return rcc_trial_find_arm (trial, rcc_arm_get_id (arm));

      if (control == NULL)
        control = rcc_trial_find_arm (trial, rcc_arm_get_id (arm));
    }

  return control;
}

typedef enum
{
  ANY_ARM,
  CONTROL_ARM,
  EXPERIMENTAL_ARM,
} ArmKind;

/* The first arm of @kind other than @except */
static RccArm *
find_arm (RccTrial *trial,
          RccArm   *except,
          ArmKind   kind)
{
  GListModel *arms = rcc_trial_get_arms (trial);
  guint n = g_list_model_get_n_items (arms);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccArm) arm = g_list_model_get_item (arms, i);
      gboolean control = rcc_arm_get_control (arm);

      if (arm == except ||
          (kind == CONTROL_ARM && !control) ||
          (kind == EXPERIMENTAL_ARM && control))
        continue;

      return rcc_trial_find_arm (trial, rcc_arm_get_id (arm));
    }

  return NULL;
}

/* The first primary hazard ratio on @endpoint between @arm and another arm */
static RccHazardRatio *
find_hazard_ratio_for_arm (RccTrial    *trial,
                           RccEndpoint  endpoint,
                           RccArm      *arm)
{
  GListModel *hrs = rcc_trial_get_hazard_ratios (trial);
  guint n = g_list_model_get_n_items (hrs);
  const char *arm_id = rcc_arm_get_id (arm);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccHazardRatio) hr = g_list_model_get_item (hrs, i);

      if (rcc_hazard_ratio_get_primary (hr) &&
          rcc_hazard_ratio_get_endpoint (hr) == endpoint &&
          (g_strcmp0 (rcc_hazard_ratio_get_arm_id (hr), arm_id) == 0 ||
           g_strcmp0 (rcc_hazard_ratio_get_versus_id (hr), arm_id) == 0))
        return hr; /* the trial's store keeps it alive */
    }

  return NULL;
}

/**
 * rcc_trial_headline_init_for_endpoint:
 * @endpoint: the endpoint of the figures, e.g. %RCC_ENDPOINT_OS for a
 *   trial's survival beside its headline
 * @treatment_id: (nullable): the treatment whose arm is of interest, or
 *   %NULL for the trial's own experimental arm
 *
 * Works out the comparison a trial reports on @endpoint: the arm using
 * @treatment_id (else the experimental arm of the first primary hazard
 * ratio on @endpoint, else the first arm that is not a control, else the
 * first arm), the arm it was compared with (the other arm of its hazard
 * ratio, else the first control, else any other arm) and their primary
 * medians.  @self's trial and endpoint are set even when this fails.
 *
 * Returns: %FALSE if @endpoint is %RCC_ENDPOINT_NONE or no arm fits
 */
gboolean
rcc_trial_headline_init_for_endpoint (RccTrialHeadline *self,
                                      RccTrial         *trial,
                                      RccEndpoint       endpoint,
                                      const char       *treatment_id)
{
  RccTrialHeadline h = { .trial = trial, .endpoint = endpoint };

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (RCC_IS_TRIAL (trial), FALSE);

  *self = h;
  if (h.endpoint == RCC_ENDPOINT_NONE)
    return FALSE;

  if (treatment_id != NULL)
    h.arm = find_arm_using (trial, treatment_id);
  else
    {
      RccHazardRatio *primary = rcc_trial_find_primary_hazard_ratio (trial, h.endpoint);

      if (primary != NULL)
        {
          RccArm *arm = rcc_trial_find_arm (trial, rcc_hazard_ratio_get_arm_id (primary));

          /* Some sources report control versus experimental */
          h.arm = arm != NULL && rcc_arm_get_control (arm)
                ? rcc_trial_find_arm (trial, rcc_hazard_ratio_get_versus_id (primary))
                : arm;
        }
      if (h.arm == NULL || rcc_arm_get_control (h.arm))
        {
          RccArm *experimental = find_arm (trial, NULL, EXPERIMENTAL_ARM);

          if (experimental != NULL)
            h.arm = experimental;
        }
      if (h.arm == NULL)
        h.arm = find_arm (trial, NULL, ANY_ARM);
    }

  if (h.arm == NULL)
    return FALSE;

  h.hazard_ratio = find_hazard_ratio_for_arm (trial, h.endpoint, h.arm);
  if (h.hazard_ratio != NULL)
    {
      const char *arm_id = rcc_arm_get_id (h.arm);
      const char *other_id = g_strcmp0 (rcc_hazard_ratio_get_arm_id (h.hazard_ratio), arm_id) == 0
                           ? rcc_hazard_ratio_get_versus_id (h.hazard_ratio)
                           : rcc_hazard_ratio_get_arm_id (h.hazard_ratio);

      h.versus = rcc_trial_find_arm (trial, other_id);
    }
  if (h.versus == NULL)
    h.versus = find_arm (trial, h.arm, CONTROL_ARM);
  if (h.versus == NULL)
    h.versus = find_arm (trial, h.arm, ANY_ARM);

  h.arm_median = rcc_trial_headline_get_median (&h, h.arm);
  if (h.versus != NULL)
    h.versus_median = rcc_trial_headline_get_median (&h, h.versus);

  *self = h;
  return TRUE;
}

/**
 * rcc_trial_headline_init:
 * @treatment_id: (nullable): the treatment whose arm is of interest, or
 *   %NULL for the trial's own experimental arm
 *
 * The comparison a trial is known for: rcc_trial_headline_init_for_endpoint()
 * on the endpoint of its primary figures (rcc_trial_get_headline_endpoint()).
 *
 * Returns: %FALSE if the trial has no primary time-to-event figure
 */
gboolean
rcc_trial_headline_init (RccTrialHeadline *self,
                         RccTrial         *trial,
                         const char       *treatment_id)
{
  g_return_val_if_fail (RCC_IS_TRIAL (trial), FALSE);

  return rcc_trial_headline_init_for_endpoint (self, trial, rcc_trial_get_headline_endpoint (trial),
                                               treatment_id);
}

/**
 * rcc_trial_headline_get_median:
 *
 * Any arm's side of the headline, for views that show every arm.
 *
 * Returns: (transfer none) (nullable): @arm's primary median on the
 *   headline's endpoint
 */
RccMedian *
rcc_trial_headline_get_median (const RccTrialHeadline *self,
                               RccArm                 *arm)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (RCC_IS_ARM (arm), NULL);

  return rcc_trial_find_primary_median (self->trial, self->endpoint, rcc_arm_get_id (arm));
}

/**
 * rcc_trial_headline_get_hazard_ratios:
 *
 * Every primary hazard ratio on the headline's endpoint, whatever arms
 * it compares, in the trial's order; the first is the trial's primary
 * hazard ratio (rcc_trial_find_primary_hazard_ratio()).
 *
 * Returns: (transfer container) (element-type RccHazardRatio): the
 *   hazard ratios, borrowed from the trial; maybe empty
 */
GPtrArray *
rcc_trial_headline_get_hazard_ratios (const RccTrialHeadline *self)
{
  GListModel *list;
  GPtrArray *hrs;

  g_return_val_if_fail (self != NULL, NULL);

  list = rcc_trial_get_hazard_ratios (self->trial);
  hrs = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccHazardRatio) hr = g_list_model_get_item (list, i);

      /* Borrowed: the trial's list keeps it alive. */
      if (rcc_hazard_ratio_get_primary (hr) && rcc_hazard_ratio_get_endpoint (hr) == self->endpoint)
        g_ptr_array_add (hrs, hr);
    }

  return hrs;
}

/**
 * rcc_trial_headline_find_median:
 *
 * @arm's median on the headline's endpoint: the primary one, else (the
 * primary analysis came too early: CLEAR's OS) the first the content
 * gives from any analysis, for the same population as the endpoint's
 * primary hazard ratio.  rcc_median_get_primary() tells which it is, and
 * its analysis says where it comes from.
 *
 * Returns: (transfer none) (nullable): the median
 */
RccMedian *
rcc_trial_headline_find_median (const RccTrialHeadline *self,
                                RccArm                 *arm)
{
  RccMedian *primary;
  RccHazardRatio *hr;
  const char *population;
  GListModel *medians;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (RCC_IS_ARM (arm), NULL);

  primary = rcc_trial_headline_get_median (self, arm);
  if (primary != NULL)
    return primary;

  hr = rcc_trial_find_primary_hazard_ratio (self->trial, self->endpoint);
  population = hr != NULL ? rcc_hazard_ratio_get_population (hr) : NULL;
  medians = rcc_trial_get_medians (self->trial);
  for (guint i = 0; i < g_list_model_get_n_items (medians); i++)
    {
      g_autoptr(RccMedian) m = g_list_model_get_item (medians, i);

      if (rcc_median_get_endpoint (m) == self->endpoint &&
          g_strcmp0 (rcc_median_get_arm_id (m), rcc_arm_get_id (arm)) == 0 &&
          g_strcmp0 (rcc_median_get_population (m), population) == 0)
        return m; /* the trial's store keeps it alive */
    }

  return NULL;
}

/**
 * rcc_trial_headline_find_hazard_ratios:
 *
 * rcc_trial_headline_get_hazard_ratios(), else, where the content marks
 * none on the endpoint as primary, the first it gives from any analysis.
 *
 * Returns: (transfer container) (element-type RccHazardRatio): borrowed
 *   hazard ratios; maybe empty
 */
GPtrArray *
rcc_trial_headline_find_hazard_ratios (const RccTrialHeadline *self)
{
  GPtrArray *hrs;
  GListModel *list;

  g_return_val_if_fail (self != NULL, NULL);

  hrs = rcc_trial_headline_get_hazard_ratios (self);
  if (hrs->len > 0)
    return hrs;

  list = rcc_trial_get_hazard_ratios (self->trial);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccHazardRatio) hr = g_list_model_get_item (list, i);

      if (rcc_hazard_ratio_get_endpoint (hr) == self->endpoint)
        {
          g_ptr_array_add (hrs, hr);
          break;
        }
    }

  return hrs;
}
