/* rcc-trial-headline.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/rcc-trial.h"

G_BEGIN_DECLS

/* What a trial's headline is, said once for the report and every view:
 * the endpoint of its primary time-to-event figures, the arm of
 * interest, the arm it was compared with, their primary medians and the
 * hazard ratio between them.  Everything is borrowed from @trial; any
 * member but @trial and @endpoint may be NULL. */
typedef struct
{
  RccTrial       *trial;
  RccEndpoint     endpoint;
  RccArm         *arm;
  RccArm         *versus;
  RccMedian      *arm_median;
  RccMedian      *versus_median;
  RccHazardRatio *hazard_ratio;
} RccTrialHeadline;

gboolean   rcc_trial_headline_init              (RccTrialHeadline       *self,
                                                 RccTrial               *trial,
                                                 const char             *treatment_id);
gboolean   rcc_trial_headline_init_for_endpoint (RccTrialHeadline       *self,
                                                 RccTrial               *trial,
                                                 RccEndpoint             endpoint,
                                                 const char             *treatment_id);
RccMedian *rcc_trial_headline_get_median        (const RccTrialHeadline *self,
                                                 RccArm                 *arm);
GPtrArray *rcc_trial_headline_get_hazard_ratios (const RccTrialHeadline *self);
RccMedian *rcc_trial_headline_find_median       (const RccTrialHeadline *self,
                                                 RccArm                 *arm);
GPtrArray *rcc_trial_headline_find_hazard_ratios (const RccTrialHeadline *self);

G_END_DECLS
