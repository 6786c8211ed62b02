/* rcc-median.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-median.h"

/* A median time-to-event figure for one arm, kept in the unit the source reports. */

struct _RccMedian
{
  GObject parent_instance;

  RccEndpoint   endpoint;
  char         *arm_id;
  gboolean      reached;
  double        value;
  RccTimeUnit   unit;
  gboolean      has_ci;
  double        ci_low;
  double        ci_high;
  double        ci_level;
  char         *analysis;
  char         *population;
  gboolean      primary;
  guint         decimals;
};

G_DEFINE_FINAL_TYPE (RccMedian, rcc_median, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENDPOINT,
  PROP_ARM_ID,
  PROP_REACHED,
  PROP_VALUE,
  PROP_UNIT,
  PROP_HAS_CI,
  PROP_CI_LOW,
  PROP_CI_HIGH,
  PROP_CI_LEVEL,
  PROP_ANALYSIS,
  PROP_POPULATION,
  PROP_PRIMARY,
  PROP_MONTHS,
  PROP_DECIMALS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_median_finalize (GObject *object)
{
  RccMedian *self = (RccMedian *)object;

  g_clear_pointer (&self->arm_id, g_free);
  g_clear_pointer (&self->analysis, g_free);
  g_clear_pointer (&self->population, g_free);

  G_OBJECT_CLASS (rcc_median_parent_class)->finalize (object);
}

static void
rcc_median_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RccMedian *self = RCC_MEDIAN (object);

  switch (prop_id)
    {
    case PROP_ENDPOINT:
      g_value_set_enum (value, self->endpoint);
      break;

    case PROP_ARM_ID:
      g_value_set_string (value, self->arm_id);
      break;

    case PROP_REACHED:
      g_value_set_boolean (value, self->reached);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
      break;

    case PROP_UNIT:
      g_value_set_enum (value, self->unit);
      break;

    case PROP_HAS_CI:
      g_value_set_boolean (value, self->has_ci);
      break;

    case PROP_CI_LOW:
      g_value_set_double (value, self->ci_low);
      break;

    case PROP_CI_HIGH:
      g_value_set_double (value, self->ci_high);
      break;

    case PROP_CI_LEVEL:
      g_value_set_double (value, self->ci_level);
      break;

    case PROP_ANALYSIS:
      g_value_set_string (value, self->analysis);
      break;

    case PROP_POPULATION:
      g_value_set_string (value, self->population);
      break;

    case PROP_PRIMARY:
      g_value_set_boolean (value, self->primary);
      break;

    case PROP_MONTHS:
      g_value_set_double (value, rcc_median_get_months (self));
      break;

    case PROP_DECIMALS:
      g_value_set_uint (value, self->decimals);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_median_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RccMedian *self = RCC_MEDIAN (object);

  switch (prop_id)
    {
    case PROP_ENDPOINT:
      self->endpoint = g_value_get_enum (value);
      break;

    case PROP_ARM_ID:
      self->arm_id = g_value_dup_string (value);
      break;

    case PROP_REACHED:
      self->reached = g_value_get_boolean (value);
      break;

    case PROP_VALUE:
      self->value = g_value_get_double (value);
      break;

    case PROP_UNIT:
      self->unit = g_value_get_enum (value);
      break;

    case PROP_HAS_CI:
      self->has_ci = g_value_get_boolean (value);
      break;

    case PROP_CI_LOW:
      self->ci_low = g_value_get_double (value);
      break;

    case PROP_CI_HIGH:
      self->ci_high = g_value_get_double (value);
      break;

    case PROP_CI_LEVEL:
      self->ci_level = g_value_get_double (value);
      break;

    case PROP_ANALYSIS:
      self->analysis = g_value_dup_string (value);
      break;

    case PROP_POPULATION:
      self->population = g_value_dup_string (value);
      break;

    case PROP_PRIMARY:
      self->primary = g_value_get_boolean (value);
      break;

    case PROP_DECIMALS:
      self->decimals = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_median_class_init (RccMedianClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_median_finalize;
  object_class->get_property = rcc_median_get_property;
  object_class->set_property = rcc_median_set_property;

  properties [PROP_ENDPOINT] =
    g_param_spec_enum ("endpoint", NULL, NULL,
                       RCC_TYPE_ENDPOINT,
                       RCC_ENDPOINT_PFS,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  properties [PROP_ARM_ID] =
    g_param_spec_string ("arm-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_REACHED] =
    g_param_spec_boolean ("reached", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE |
                           G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_STATIC_STRINGS));

  properties [PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL,
                       RCC_TYPE_TIME_UNIT,
                       RCC_TIME_UNIT_MONTHS,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  properties [PROP_HAS_CI] =
    g_param_spec_boolean ("has-ci", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_STATIC_STRINGS));

  properties [PROP_CI_LOW] =
    g_param_spec_double ("ci-low", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CI_HIGH] =
    g_param_spec_double ("ci-high", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CI_LEVEL] =
    g_param_spec_double ("ci-level", NULL, NULL,
                         0.0, 100.0, 95.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ANALYSIS] =
    g_param_spec_string ("analysis", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_POPULATION] =
    g_param_spec_string ("population", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PRIMARY] =
    g_param_spec_boolean ("primary", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE |
                           G_PARAM_CONSTRUCT_ONLY |
                           G_PARAM_STATIC_STRINGS));

  /* Derived, never stored: the reported value in months. */
  properties [PROP_MONTHS] =
    g_param_spec_double ("months", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /* How many decimals the source reported its figures with, so
   * they are shown as reported: 0.60 stays 0.60, 167 stays 167. */
  properties [PROP_DECIMALS] =
    g_param_spec_uint ("decimals", NULL, NULL,
                       0, 12, 0,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_median_init (RccMedian *self)
{
  self->reached = TRUE;
  self->ci_level = 95.0;
}

RccEndpoint
rcc_median_get_endpoint (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0);

  return self->endpoint;
}

const char *
rcc_median_get_arm_id (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), NULL);

  return self->arm_id;
}

gboolean
rcc_median_get_reached (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), FALSE);

  return self->reached;
}

double
rcc_median_get_value (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0);

  return self->value;
}

RccTimeUnit
rcc_median_get_unit (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0);

  return self->unit;
}

gboolean
rcc_median_get_has_ci (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), FALSE);

  return self->has_ci;
}

double
rcc_median_get_ci_low (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0);

  return self->ci_low;
}

double
rcc_median_get_ci_high (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0);

  return self->ci_high;
}

double
rcc_median_get_ci_level (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0);

  return self->ci_level;
}

const char *
rcc_median_get_analysis (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), NULL);

  return self->analysis;
}

const char *
rcc_median_get_population (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), NULL);

  return self->population;
}

gboolean
rcc_median_get_primary (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), FALSE);

  return self->primary;
}

/**
 * rcc_median_get_months:
 *
 * The median in months, derived from the reported value and unit with
 * %RCC_DAYS_PER_MONTH.  0 when the median was not reached.
 */
double
rcc_median_get_months (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0.0);

  if (!self->reached)
    return 0.0;

  return rcc_time_to_months (self->value, self->unit);
}

double
rcc_median_get_ci_low_months (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0.0);

  return self->has_ci ? rcc_time_to_months (self->ci_low, self->unit) : 0.0;
}

double
rcc_median_get_ci_high_months (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0.0);

  return self->has_ci ? rcc_time_to_months (self->ci_high, self->unit) : 0.0;
}

guint
rcc_median_get_decimals (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0);

  return self->decimals;
}
