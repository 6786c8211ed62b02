/* rcc-follow-up.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-follow-up.h"

/* How long the patients of one analysis had been followed: its median
 * follow-up, or the minimum where the source gives that instead, in the
 * unit reported.  For both arms unless arm-id names one (JAVELIN Renal
 * 101's first interim: 11.6 and 10.7 months); endpoint set where the
 * source gives the follow-up of one endpoint ("OS follow-up"). */

struct _RccFollowUp
{
  GObject          parent_instance;

  RccFollowUpKind  kind;
  double           value;
  RccTimeUnit      unit;
  guint            decimals;
  char            *arm_id;
  RccEndpoint      endpoint;
  char            *analysis;
  char            *population;
  RccSourceTier    tier;
};

G_DEFINE_FINAL_TYPE (RccFollowUp, rcc_follow_up, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_VALUE,
  PROP_UNIT,
  PROP_DECIMALS,
  PROP_ARM_ID,
  PROP_ENDPOINT,
  PROP_ANALYSIS,
  PROP_POPULATION,
  PROP_TIER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_follow_up_finalize (GObject *object)
{
  RccFollowUp *self = (RccFollowUp *)object;

  g_clear_pointer (&self->arm_id, g_free);
  g_clear_pointer (&self->analysis, g_free);
  g_clear_pointer (&self->population, g_free);

  G_OBJECT_CLASS (rcc_follow_up_parent_class)->finalize (object);
}

static void
rcc_follow_up_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RccFollowUp *self = RCC_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_DECIMALS:
      g_value_set_uint (value, self->decimals);
      break;

    case PROP_ARM_ID:
      g_value_set_string (value, self->arm_id);
      break;

    case PROP_ENDPOINT:
      g_value_set_enum (value, self->endpoint);
      break;

    case PROP_ANALYSIS:
      g_value_set_string (value, self->analysis);
      break;

    case PROP_POPULATION:
      g_value_set_string (value, self->population);
      break;

    case PROP_TIER:
      g_value_set_enum (value, self->tier);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_follow_up_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RccFollowUp *self = RCC_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_VALUE:
      self->value = g_value_get_double (value);
      break;

    case PROP_UNIT:
      self->unit = g_value_get_enum (value);
      break;

    case PROP_DECIMALS:
      self->decimals = g_value_get_uint (value);
      break;

    case PROP_ARM_ID:
      self->arm_id = g_value_dup_string (value);
      break;

    case PROP_ENDPOINT:
      self->endpoint = g_value_get_enum (value);
      break;

    case PROP_ANALYSIS:
      self->analysis = g_value_dup_string (value);
      break;

    case PROP_POPULATION:
      self->population = g_value_dup_string (value);
      break;

    case PROP_TIER:
      self->tier = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_follow_up_class_init (RccFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = rcc_follow_up_finalize;
  object_class->get_property = rcc_follow_up_get_property;
  object_class->set_property = rcc_follow_up_set_property;

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RCC_TYPE_FOLLOW_UP_KIND, RCC_FOLLOW_UP_MEDIAN, flags);
  properties [PROP_VALUE] = g_param_spec_double ("value", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, flags);
  properties [PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL, RCC_TYPE_TIME_UNIT, RCC_TIME_UNIT_MONTHS, flags);
  properties [PROP_DECIMALS] = g_param_spec_uint ("decimals", NULL, NULL, 0, 12, 0, flags);
  properties [PROP_ARM_ID] = g_param_spec_string ("arm-id", NULL, NULL, NULL, flags);
  properties [PROP_ENDPOINT] =
    g_param_spec_enum ("endpoint", NULL, NULL, RCC_TYPE_ENDPOINT, RCC_ENDPOINT_NONE, flags);
  properties [PROP_ANALYSIS] = g_param_spec_string ("analysis", NULL, NULL, NULL, flags);
  properties [PROP_POPULATION] = g_param_spec_string ("population", NULL, NULL, NULL, flags);
  properties [PROP_TIER] =
    g_param_spec_enum ("tier", NULL, NULL, RCC_TYPE_SOURCE_TIER, RCC_SOURCE_TIER_NONE, flags);

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
RccFollowUpKind
rcc_follow_up_get_kind (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), RCC_FOLLOW_UP_MEDIAN);

  return self->kind;
}

double
rcc_follow_up_get_value (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), 0.0);

  return self->value;
}

RccTimeUnit
rcc_follow_up_get_unit (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), RCC_TIME_UNIT_MONTHS);

  return self->unit;
}

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

guint
rcc_follow_up_get_decimals (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), 0);

  return self->decimals;
}

/**
 * rcc_follow_up_get_arm_id:
 *
 * Returns: (nullable): the arm, or %NULL when the figure is both arms'
 */
const char *
rcc_follow_up_get_arm_id (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), NULL);

  return self->arm_id;
}

/**
 * rcc_follow_up_get_endpoint:
 *
 * Returns: the endpoint whose follow-up it is, or %RCC_ENDPOINT_NONE
 */
RccEndpoint
rcc_follow_up_get_endpoint (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), RCC_ENDPOINT_NONE);

  return self->endpoint;
}

const char *
rcc_follow_up_get_analysis (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), NULL);

  return self->analysis;
}

const char *
rcc_follow_up_get_population (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), NULL);

  return self->population;
}

RccSourceTier
rcc_follow_up_get_tier (RccFollowUp *self)
{
  g_return_val_if_fail (RCC_IS_FOLLOW_UP (self), RCC_SOURCE_TIER_NONE);

  return self->tier;
}
