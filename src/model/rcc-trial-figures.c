/* rcc-trial-figures.c: a trial's arms and reported figures, adding them,
 * finding them, and which endpoint its headline figures are on
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-trial-private.h"

/**
 * rcc_trial_get_arms:
 *
 * Returns: (transfer none): the arms, a #GListModel of #RccArm
 */
GListModel *
rcc_trial_get_arms (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->arms);
}

/**
 * rcc_trial_get_medians:
 *
 * Returns: (transfer none): every reported median, a #GListModel of #RccMedian
 */
GListModel *
rcc_trial_get_medians (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->medians);
}

/**
 * rcc_trial_get_hazard_ratios:
 *
 * Returns: (transfer none): a #GListModel of #RccHazardRatio
 */
GListModel *
rcc_trial_get_hazard_ratios (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->hazard_ratios);
}

/**
 * rcc_trial_get_rates:
 *
 * Returns: (transfer none): a #GListModel of #RccRate
 */
GListModel *
rcc_trial_get_rates (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->rates);
}

const char *
rcc_trial_get_search_text (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  if (self->search_text == NULL)
    {
      g_autoptr(GString) str = g_string_new (NULL);
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->arms));

      g_string_append_printf (str, "%s %s %s %u %s",
                              self->name ? self->name : "",
                              self->title ? self->title : "",
                              self->population ? self->population : "",
                              self->year,
                              self->nct_id ? self->nct_id : "");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RccArm) arm = g_list_model_get_item (G_LIST_MODEL (self->arms), i);
          const char * const *ids = rcc_arm_get_treatment_ids (arm);

          g_string_append_printf (str, " %s", rcc_arm_get_label (arm));
          for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
            g_string_append_printf (str, " %s", ids[j]);
        }

      self->search_text = g_utf8_casefold (str->str, str->len);
    }

  return self->search_text;
}

/**
 * rcc_trial_find_arm:
 *
 * Returns: (transfer none) (nullable): the arm with @arm_id
 */
RccArm *
rcc_trial_find_arm (RccTrial   *self,
                    const char *arm_id)
{
  guint n;

  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->arms));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccArm) arm = g_list_model_get_item (G_LIST_MODEL (self->arms), i);

      /* The store keeps its own reference, so (transfer none) is safe. */
      if (g_strcmp0 (rcc_arm_get_id (arm), arm_id) == 0)
        return arm;
    }

  return NULL;
}

/**
 * rcc_trial_find_primary_median:
 *
 * The median the content marks as the trial's primary result for
 * @endpoint and @arm_id (whole population, primary analysis).
 *
 * Returns: (transfer none) (nullable): the median, or %NULL where the
 *   source gives none
 */
RccMedian *
rcc_trial_find_primary_median (RccTrial    *self,
                               RccEndpoint  endpoint,
                               const char  *arm_id)
{
  guint n;

  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->medians));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccMedian) m = g_list_model_get_item (G_LIST_MODEL (self->medians), i);

      if (rcc_median_get_primary (m) &&
          rcc_median_get_endpoint (m) == endpoint &&
          g_strcmp0 (rcc_median_get_arm_id (m), arm_id) == 0)
        return m;
    }

  return NULL;
}

/**
 * rcc_trial_find_primary_hazard_ratio:
 *
 * Returns: (transfer none) (nullable): the first primary hazard ratio
 *   for @endpoint
 */
RccHazardRatio *
rcc_trial_find_primary_hazard_ratio (RccTrial    *self,
                                     RccEndpoint  endpoint)
{
  guint n;

  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->hazard_ratios));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccHazardRatio) hr = g_list_model_get_item (G_LIST_MODEL (self->hazard_ratios), i);

      if (rcc_hazard_ratio_get_primary (hr) &&
          rcc_hazard_ratio_get_endpoint (hr) == endpoint)
        return hr;
    }

  return NULL;
}

static gboolean
has_primary_figure (RccTrial    *self,
                    RccEndpoint  endpoint)
{
  guint n_medians = g_list_model_get_n_items (G_LIST_MODEL (self->medians));

  for (guint i = 0; i < n_medians; i++)
    {
      g_autoptr(RccMedian) m = g_list_model_get_item (G_LIST_MODEL (self->medians), i);

      if (rcc_median_get_primary (m) && rcc_median_get_endpoint (m) == endpoint)
        return TRUE;
    }

  return rcc_trial_find_primary_hazard_ratio (self, endpoint) != NULL;
}

/**
 * rcc_trial_get_headline_endpoint:
 *
 * The endpoint the trial's headline figures are on: PFS where it has a
 * primary PFS figure, else TTP, else DFS, else OS; %RCC_ENDPOINT_NONE
 * when it has no primary time-to-event figure at all.
 */
RccEndpoint
rcc_trial_get_headline_endpoint (RccTrial *self)
{
  static const RccEndpoint order[] = {
    RCC_ENDPOINT_PFS, RCC_ENDPOINT_TTP, RCC_ENDPOINT_DFS, RCC_ENDPOINT_RFS, RCC_ENDPOINT_OS,
  };

  g_return_val_if_fail (RCC_IS_TRIAL (self), RCC_ENDPOINT_NONE);

  for (guint k = 0; k < G_N_ELEMENTS (order); k++)
    if (has_primary_figure (self, order[k]))
      return order[k];

  return RCC_ENDPOINT_NONE;
}

gboolean
rcc_trial_uses_treatment (RccTrial   *self,
                          const char *treatment_id)
{
  guint n;

  g_return_val_if_fail (RCC_IS_TRIAL (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->arms));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccArm) arm = g_list_model_get_item (G_LIST_MODEL (self->arms), i);

      if (rcc_arm_uses_treatment (arm, treatment_id))
        return TRUE;
    }

  return FALSE;
}

void
rcc_trial_add_arm (RccTrial *self,
                   RccArm   *arm)
{
  g_return_if_fail (RCC_IS_TRIAL (self));
  g_return_if_fail (RCC_IS_ARM (arm));

  g_list_store_append (self->arms, arm);
  g_clear_pointer (&self->search_text, g_free);
}

void
rcc_trial_add_median (RccTrial  *self,
                      RccMedian *median)
{
  g_return_if_fail (RCC_IS_TRIAL (self));
  g_return_if_fail (RCC_IS_MEDIAN (median));

  g_list_store_append (self->medians, median);
}

void
rcc_trial_add_hazard_ratio (RccTrial       *self,
                            RccHazardRatio *hazard_ratio)
{
  g_return_if_fail (RCC_IS_TRIAL (self));
  g_return_if_fail (RCC_IS_HAZARD_RATIO (hazard_ratio));

  g_list_store_append (self->hazard_ratios, hazard_ratio);
}

void
rcc_trial_add_rate (RccTrial *self,
                    RccRate  *rate)
{
  g_return_if_fail (RCC_IS_TRIAL (self));
  g_return_if_fail (RCC_IS_RATE (rate));

  g_list_store_append (self->rates, rate);
}
