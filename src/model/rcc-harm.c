/* rcc-harm.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-harm.h"
#include "rcc-model-private.h"

/* One arm's harm figure, in percent of the arm's patients, with exactly
 * the measure the source used: adverse events of a grade band
 * (RCC_HARM_KIND_ADVERSE_EVENTS: "grade 3–4 treatment-related"), or
 * stopping treatment because of adverse events
 * (RCC_HARM_KIND_DISCONTINUATION; no grade band).  The cause is as the
 * source words it; a reason, where set, narrows which adverse events
 * (a discontinuation "for hepatic adverse events" is not one for any).
 * Two figures with different measures are never the same measure: a
 * view compares only figures whose kind, grades, cause and reason
 * agree.  The analysis and the tier of its source go with each.  The
 * arm, analysis, population and decimals are the RccFigure's; the
 * content gives harm figures no CI and no headline mark. */

struct _RccHarm
{
  RccFigure      parent_instance;

  RccHarmKind    kind;
  double         percent;
  RccAeGrades    grades;
  RccAeCause     cause;
  char          *reason;
  RccSourceTier  tier;
  guint          n;
  guint          of;
};

G_DEFINE_FINAL_TYPE (RccHarm, rcc_harm, RCC_TYPE_FIGURE)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PERCENT,
  PROP_GRADES,
  PROP_CAUSE,
  PROP_REASON,
  PROP_TIER,
  PROP_N,
  PROP_OF,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_harm_finalize (GObject *object)
{
  RccHarm *self = (RccHarm *)object;

  g_clear_pointer (&self->reason, g_free);

  G_OBJECT_CLASS (rcc_harm_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_KIND] = G_STRUCT_OFFSET (RccHarm, kind),
  [PROP_PERCENT] = G_STRUCT_OFFSET (RccHarm, percent),
  [PROP_GRADES] = G_STRUCT_OFFSET (RccHarm, grades),
  [PROP_CAUSE] = G_STRUCT_OFFSET (RccHarm, cause),
  [PROP_REASON] = G_STRUCT_OFFSET (RccHarm, reason),
  [PROP_TIER] = G_STRUCT_OFFSET (RccHarm, tier),
  [PROP_N] = G_STRUCT_OFFSET (RccHarm, n),
  [PROP_OF] = G_STRUCT_OFFSET (RccHarm, of),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_harm, field_offsets)

static void
rcc_harm_class_init (RccHarmClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_harm_finalize;
  object_class->get_property = rcc_harm_get_property;
  object_class->set_property = rcc_harm_set_property;

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RCC_TYPE_HARM_KIND, RCC_HARM_KIND_ADVERSE_EVENTS, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_PERCENT] =
    g_param_spec_double ("percent", NULL, NULL,
                         0.0, 100.0, 0.0, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_GRADES] =
    g_param_spec_enum ("grades", NULL, NULL,
                       RCC_TYPE_AE_GRADES, RCC_AE_GRADES_NONE, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_CAUSE] =
    g_param_spec_enum ("cause", NULL, NULL,
                       RCC_TYPE_AE_CAUSE, RCC_AE_CAUSE_NOT_STATED, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_TIER] = _rcc_param_spec_source_tier ();
  properties [PROP_N] =
    g_param_spec_uint ("n", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_OF] =
    g_param_spec_uint ("of", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_harm_init (RccHarm *self)
{
}

RCC_DEFINE_FIELD_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, RccHarmKind, kind, RCC_HARM_KIND_ADVERSE_EVENTS)

/* The arm, the decimals the source printed the percentage with, the
 * analysis the figure comes from and the patients counted, where the
 * source names them ("safety population"): the RccFigure's */
RCC_FIGURE_DEFINE_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, const char *, arm_id, NULL, arm_id)
RCC_FIGURE_DEFINE_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, guint, decimals, 0, decimals)
RCC_FIGURE_DEFINE_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, const char *, analysis, NULL, analysis)
RCC_FIGURE_DEFINE_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, const char *, population, NULL, population)

RCC_DEFINE_FIELD_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, double, percent, 0.0)

/**
 * rcc_harm_get_grades:
 *
 * Returns: the grade band as the source prints it; %RCC_AE_GRADES_NONE
 *   for a discontinuation
 */
RCC_DEFINE_FIELD_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, RccAeGrades, grades, RCC_AE_GRADES_NONE)
RCC_DEFINE_FIELD_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, RccAeCause, cause, RCC_AE_CAUSE_NOT_STATED)

/**
 * rcc_harm_get_reason:
 *
 * Returns: (nullable): which adverse events, in our words, where the
 *   figure counts only some ("hepatic adverse events"); %NULL for all
 */
RCC_DEFINE_FIELD_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, const char *, reason, NULL)

/**
 * rcc_harm_get_tier:
 *
 * Returns: the kind of source the figure was read in; a view shows
 *   %RCC_SOURCE_TIER_SECONDARY beside the figure
 */
RCC_DEFINE_FIELD_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, RccSourceTier, tier, RCC_SOURCE_TIER_NONE)

/**
 * rcc_harm_get_n:
 *
 * Returns: the number of patients with the event, where the source
 *   gives it (509 of 547), else 0
 */
RCC_DEFINE_FIELD_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, guint, n, 0)

/**
 * rcc_harm_get_of:
 *
 * Returns: the number of patients counted, where the source gives it,
 *   else 0
 */
RCC_DEFINE_FIELD_GETTER (RccHarm, rcc_harm, RCC_IS_HARM, guint, of, 0)
