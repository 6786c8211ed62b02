/* rcc-follow-up.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-follow-up.h"
#include "rcc-model-private.h"

/* How long the patients of one analysis had been followed: its median
 * follow-up, or the minimum where the source gives that instead, in the
 * unit reported.  For both arms unless arm-id names one (JAVELIN Renal
 * 101's first interim: 11.6 and 10.7 months); endpoint set where the
 * source gives the follow-up of one endpoint ("OS follow-up").  The
 * arm, analysis, population and decimals are the RccFigure's; the
 * content gives follow-up no CI and no headline mark. */

struct _RccFollowUp
{
  RccFigure        parent_instance;

  RccFollowUpKind  kind;
  double           value;
  RccTimeUnit      unit;
  RccEndpoint      endpoint;
  RccSourceTier    tier;
};

G_DEFINE_FINAL_TYPE (RccFollowUp, rcc_follow_up, RCC_TYPE_FIGURE)

enum {
  PROP_0,
  PROP_KIND,
  PROP_VALUE,
  PROP_UNIT,
  PROP_ENDPOINT,
  PROP_TIER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_KIND] = G_STRUCT_OFFSET (RccFollowUp, kind),
  [PROP_VALUE] = G_STRUCT_OFFSET (RccFollowUp, value),
  [PROP_UNIT] = G_STRUCT_OFFSET (RccFollowUp, unit),
  [PROP_ENDPOINT] = G_STRUCT_OFFSET (RccFollowUp, endpoint),
  [PROP_TIER] = G_STRUCT_OFFSET (RccFollowUp, tier),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_follow_up, field_offsets)

static void
rcc_follow_up_class_init (RccFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rcc_follow_up_get_property;
  object_class->set_property = rcc_follow_up_set_property;

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RCC_TYPE_FOLLOW_UP_KIND, RCC_FOLLOW_UP_MEDIAN, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL,
                       RCC_TYPE_TIME_UNIT, RCC_TIME_UNIT_MONTHS, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_ENDPOINT] = _rcc_param_spec_endpoint (RCC_ENDPOINT_NONE);
  properties [PROP_TIER] = _rcc_param_spec_source_tier ();

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_follow_up_init (RccFollowUp *self)
{
}

/**
 * rcc_follow_up_get_kind:
 *
 * Returns: whether the value is the median or the minimum follow-up
 */
RCC_DEFINE_FIELD_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP,
                         RccFollowUpKind, kind, RCC_FOLLOW_UP_MEDIAN)
RCC_DEFINE_FIELD_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP, double, value, 0.0)
RCC_DEFINE_FIELD_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP,
                         RccTimeUnit, unit, RCC_TIME_UNIT_MONTHS)

/**
 * rcc_follow_up_get_months:
 *
 * Returns: the value in months, for comparing follow-up across trials
 */
double
rcc_follow_up_get_months (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), 0.0);

  return rcc_time_to_months (self->value, self->unit);
}

/* The decimals, the arm (%NULL when the figure is both arms'), the
 * analysis and the population: the RccFigure's */
RCC_FIGURE_DEFINE_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP, guint, decimals, 0, decimals)
RCC_FIGURE_DEFINE_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP, const char *, arm_id, NULL, arm_id)
RCC_FIGURE_DEFINE_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP, const char *, analysis, NULL, analysis)
RCC_FIGURE_DEFINE_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP, const char *, population, NULL, population)

/**
 * rcc_follow_up_get_endpoint:
 *
 * Returns: the endpoint whose follow-up it is, or %RCC_ENDPOINT_NONE
 */
RCC_DEFINE_FIELD_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP,
                         RccEndpoint, endpoint, RCC_ENDPOINT_NONE)
RCC_DEFINE_FIELD_GETTER (RccFollowUp, rcc_follow_up, RCC_IS_FOLLOW_UP,
                         RccSourceTier, tier, RCC_SOURCE_TIER_NONE)
