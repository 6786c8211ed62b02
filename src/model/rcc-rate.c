/* rcc-rate.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-rate.h"

/* A proportion of one arm, in percent: objective or complete response, or a landmark rate (e.g. alive at 12 months). */

struct _RccRate
{
  GObject parent_instance;

  RccRateKind   kind;
  char         *arm_id;
  double        percent;
  RccEndpoint   endpoint;
  double        at_months;
  gboolean      has_ci;
  double        ci_low;
  double        ci_high;
  double        ci_level;
  char         *p;
  char         *analysis;
  char         *population;
  guint         decimals;
};

G_DEFINE_FINAL_TYPE (RccRate, rcc_rate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ARM_ID,
  PROP_PERCENT,
  PROP_ENDPOINT,
  PROP_AT_MONTHS,
  PROP_HAS_CI,
  PROP_CI_LOW,
  PROP_CI_HIGH,
  PROP_CI_LEVEL,
  PROP_P,
  PROP_ANALYSIS,
  PROP_POPULATION,
  PROP_DECIMALS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_rate_finalize (GObject *object)
{
  RccRate *self = (RccRate *)object;

  g_clear_pointer (&self->arm_id, g_free);
  g_clear_pointer (&self->p, g_free);
  g_clear_pointer (&self->analysis, g_free);
  g_clear_pointer (&self->population, g_free);

  G_OBJECT_CLASS (rcc_rate_parent_class)->finalize (object);
}

static void
rcc_rate_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  RccRate *self = RCC_RATE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ARM_ID:
      g_value_set_string (value, self->arm_id);
      break;

    case PROP_PERCENT:
      g_value_set_double (value, self->percent);
      break;

    case PROP_ENDPOINT:
      g_value_set_enum (value, self->endpoint);
      break;

    case PROP_AT_MONTHS:
      g_value_set_double (value, self->at_months);
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

    case PROP_P:
      g_value_set_string (value, self->p);
      break;

    case PROP_ANALYSIS:
      g_value_set_string (value, self->analysis);
      break;

    case PROP_POPULATION:
      g_value_set_string (value, self->population);
      break;

    case PROP_DECIMALS:
      g_value_set_uint (value, self->decimals);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_rate_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  RccRate *self = RCC_RATE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_ARM_ID:
      self->arm_id = g_value_dup_string (value);
      break;

    case PROP_PERCENT:
      self->percent = g_value_get_double (value);
      break;

    case PROP_ENDPOINT:
      self->endpoint = g_value_get_enum (value);
      break;

    case PROP_AT_MONTHS:
      self->at_months = g_value_get_double (value);
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

    case PROP_P:
      self->p = g_value_dup_string (value);
      break;

    case PROP_ANALYSIS:
      self->analysis = g_value_dup_string (value);
      break;

    case PROP_POPULATION:
      self->population = g_value_dup_string (value);
      break;

    case PROP_DECIMALS:
      self->decimals = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_rate_class_init (RccRateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_rate_finalize;
  object_class->get_property = rcc_rate_get_property;
  object_class->set_property = rcc_rate_set_property;

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RCC_TYPE_RATE_KIND,
                       RCC_RATE_KIND_ORR,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  properties [PROP_ARM_ID] =
    g_param_spec_string ("arm-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PERCENT] =
    g_param_spec_double ("percent", NULL, NULL,
                         0.0, 100.0, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_ENDPOINT] =
    g_param_spec_enum ("endpoint", NULL, NULL,
                       RCC_TYPE_ENDPOINT,
                       RCC_ENDPOINT_NONE,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  properties [PROP_AT_MONTHS] =
    g_param_spec_double ("at-months", NULL, NULL,
                         0.0, G_MAXDOUBLE, 0.0,
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
                         0.0, 100.0, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CI_HIGH] =
    g_param_spec_double ("ci-high", NULL, NULL,
                         0.0, 100.0, 0.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_CI_LEVEL] =
    g_param_spec_double ("ci-level", NULL, NULL,
                         0.0, 100.0, 95.0,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_P] =
    g_param_spec_string ("p", NULL, NULL,
                         NULL,
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
rcc_rate_init (RccRate *self)
{
  self->ci_level = 95.0;
}

RccRateKind
rcc_rate_get_kind (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), 0);

  return self->kind;
}

const char *
rcc_rate_get_arm_id (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), NULL);

  return self->arm_id;
}

double
rcc_rate_get_percent (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), 0);

  return self->percent;
}

RccEndpoint
rcc_rate_get_endpoint (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), 0);

  return self->endpoint;
}

double
rcc_rate_get_at_months (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), 0);

  return self->at_months;
}

gboolean
rcc_rate_get_has_ci (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), FALSE);

  return self->has_ci;
}

double
rcc_rate_get_ci_low (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), 0);

  return self->ci_low;
}

double
rcc_rate_get_ci_high (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), 0);

  return self->ci_high;
}

double
rcc_rate_get_ci_level (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), 0);

  return self->ci_level;
}

const char *
rcc_rate_get_p (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), NULL);

  return self->p;
}

const char *
rcc_rate_get_analysis (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), NULL);

  return self->analysis;
}

const char *
rcc_rate_get_population (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), NULL);

  return self->population;
}

guint
rcc_rate_get_decimals (RccRate *self)
{
  g_return_val_if_fail (RCC_IS_RATE (self), 0);

  return self->decimals;
}
