/* rcc-proportions.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-trial.h"

G_BEGIN_DECLS

/* The proportions of a trial to show a patient as "N in 100" pictures
 * (icon arrays): how many people had their cancer shrink, were alive (or
 * free of growth) at a time point, had a severe side effect. */

typedef enum
{
  RCC_PROPORTION_RESPONSE,
  RCC_PROPORTION_LANDMARK,
  RCC_PROPORTION_SEVERE_HARM,
} RccProportionKind;

/* One arm's figure: one picture of 100 people. */
typedef struct
{
  RccArm *arm;           /* borrowed from the trial */
  double  percent;       /* as the source reports it */
  guint   decimals;      /* as the source reports it */
  guint   filled;        /* whole figures of 100 for the picture */
  guint   experimental_index;  /* among the set's experimental arms */
} RccProportion;

/* One proportion of a trial, from one analysis: a picture per arm,
 * shown side by side. */
typedef struct
{
  RccProportionKind kind;
  RccTrial   *trial;       /* borrowed */
  RccEndpoint endpoint;    /* LANDMARK: what the share is of */
  double      at_months;   /* LANDMARK: when */
  RccAeGrades grades;      /* SEVERE_HARM */
  RccAeCause  cause;       /* SEVERE_HARM */
  const char *analysis;    /* borrowed; may be NULL */
  const char *population;  /* borrowed; NULL for the whole trial */
  GArray     *items;       /* of RccProportion: experimental arms first */
} RccProportionSet;

void       rcc_proportion_set_free       (RccProportionSet       *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (RccProportionSet, rcc_proportion_set_free)

guint      rcc_proportion_filled         (double                  percent);
GPtrArray *rcc_proportions_for_trial     (RccTrial               *trial);
const char *rcc_proportion_set_part_of_study (const RccProportionSet *set);
char      *rcc_proportion_arm_title      (const RccProportion    *p);
char      *rcc_proportion_sentence       (const RccProportionSet *set,
                                          const RccProportion    *p);
char      *rcc_proportion_text_equivalent (const RccProportionSet *set,
                                           const RccProportion    *p);
GPtrArray *rcc_proportions_arms          (GPtrArray              *sets);
const RccProportion *rcc_proportion_set_find (const RccProportionSet *set,
                                              RccArm                 *arm);
GPtrArray *rcc_proportions_text_equivalents (RccTrial            *trial);

G_END_DECLS
