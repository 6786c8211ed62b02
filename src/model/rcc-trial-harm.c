/* rcc-trial-harm.c: a trial's harm figures (adverse events, stopping
 * treatment because of them), the follow-up of its analyses, and the
 * ESMO-MCBS grades ESMO published for it (content version 4)
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-trial-private.h"

/**
 * rcc_trial_get_adverse_events:
 *
 * Returns: (transfer none): a #GListModel of #RccHarm, each of kind
 *   %RCC_HARM_KIND_ADVERSE_EVENTS, in the content's order; empty where
 *   the guide has none
 */
GListModel *
rcc_trial_get_adverse_events (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->adverse_events);
}

/**
 * rcc_trial_get_discontinuations:
 *
 * Returns: (transfer none): a #GListModel of #RccHarm, each of kind
 *   %RCC_HARM_KIND_DISCONTINUATION
 */
GListModel *
rcc_trial_get_discontinuations (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->discontinuations);
}

/**
 * rcc_trial_get_follow_ups:
 *
 * Returns: (transfer none): a #GListModel of #RccFollowUp
 */
GListModel *
rcc_trial_get_follow_ups (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->follow_ups);
}

/**
 * rcc_trial_get_esmo_grades:
 *
 * Returns: (transfer none): a #GListModel of #RccEsmoGrade, as the
 *   content lists them; empty: not graded by ESMO in this guide
 */
GListModel *
rcc_trial_get_esmo_grades (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->esmo_grades);
}

/**
 * rcc_trial_add_harm:
 *
 * Adds @harm to the adverse events or the discontinuations, by its kind.
 */
void
rcc_trial_add_harm (RccTrial *self,
                    RccHarm  *harm)
{
  g_return_if_fail (RCC_IS_TRIAL (self));
  g_return_if_fail (RCC_IS_HARM (harm));

  if (rcc_harm_get_kind (harm) == RCC_HARM_KIND_DISCONTINUATION)
    g_list_store_append (self->discontinuations, harm);
  else
    g_list_store_append (self->adverse_events, harm);
}

void
rcc_trial_add_follow_up (RccTrial    *self,
                         RccFollowUp *follow_up)
{
  g_return_if_fail (RCC_IS_TRIAL (self));
  g_return_if_fail (RCC_IS_FOLLOW_UP (follow_up));

  g_list_store_append (self->follow_ups, follow_up);
}

void
rcc_trial_add_esmo_grade (RccTrial     *self,
                          RccEsmoGrade *grade)
{
  g_return_if_fail (RCC_IS_TRIAL (self));
  g_return_if_fail (RCC_IS_ESMO_GRADE (grade));

  g_list_store_append (self->esmo_grades, grade);
}
