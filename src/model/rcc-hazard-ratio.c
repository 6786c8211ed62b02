/* rcc-hazard-ratio.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-hazard-ratio.h"

/* A hazard ratio of arm versus comparator ("versus"): below 1 favours the arm.  The direction is data: some trials report it the other way round. */

struct _RccHazardRatio
{
  GObject parent_instance;

  RccEndpoint       endpoint;
  char             *arm_id;
  char             *versus_id;
  double            value;
  gboolean          has_ci;
  double            ci_low;
  double            ci_high;
  double            ci_level;
  char             *p;
  RccSignificance   significance;
  char             *analysis;
  char             *population;
  gboolean          primary;
  guint         decimals;
  char             *method;
  char             *direction;
  guint             sides;
};

G_DEFINE_FINAL_TYPE (RccHazardRatio, rcc_hazard_ratio, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENDPOINT,
  PROP_ARM_ID,
  PROP_VERSUS_ID,
  PROP_VALUE,
  PROP_HAS_CI,
  PROP_CI_LOW,
  PROP_CI_HIGH,
  PROP_CI_LEVEL,
  PROP_P,
  PROP_SIGNIFICANCE,
  PROP_ANALYSIS,
  PROP_POPULATION,
  PROP_PRIMARY,
  PROP_DECIMALS,
  PROP_METHOD,
  PROP_DIRECTION,
  PROP_SIDES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_hazard_ratio_finalize (GObject *object)
{
  RccHazardRatio *self = (RccHazardRatio *)object;

  g_clear_pointer (&self->arm_id, g_free);
  g_clear_pointer (&self->versus_id, g_free);
  g_clear_pointer (&self->p, g_free);
  g_clear_pointer (&self->analysis, g_free);
  g_clear_pointer (&self->population, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->direction, g_free);

  G_OBJECT_CLASS (rcc_hazard_ratio_parent_class)->finalize (object);
}

static void
rcc_hazard_ratio_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RccHazardRatio *self = RCC_HAZARD_RATIO (object);

  switch (prop_id)
    {
    case PROP_ENDPOINT:
      g_value_set_enum (value, self->endpoint);
      break;

    case PROP_ARM_ID:
      g_value_set_string (value, self->arm_id);
      break;

    case PROP_VERSUS_ID:
      g_value_set_string (value, self->versus_id);
      break;

    case PROP_VALUE:
      g_value_set_double (value, self->value);
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

    case PROP_SIGNIFICANCE:
      g_value_set_enum (value, self->significance);
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

    case PROP_DECIMALS:
      g_value_set_uint (value, self->decimals);
      break;

    case PROP_METHOD:
      g_value_set_string (value, self->method);
      break;

    case PROP_DIRECTION:
      g_value_set_string (value, self->direction);
      break;

    case PROP_SIDES:
      g_value_set_uint (value, self->sides);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_hazard_ratio_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RccHazardRatio *self = RCC_HAZARD_RATIO (object);

  switch (prop_id)
    {
    case PROP_ENDPOINT:
      self->endpoint = g_value_get_enum (value);
      break;

    case PROP_ARM_ID:
      self->arm_id = g_value_dup_string (value);
      break;

    case PROP_VERSUS_ID:
      self->versus_id = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      self->value = g_value_get_double (value);
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

    case PROP_SIGNIFICANCE:
      self->significance = g_value_get_enum (value);
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

    case PROP_METHOD:
      self->method = g_value_dup_string (value);
      break;

    case PROP_DIRECTION:
      self->direction = g_value_dup_string (value);
      break;

    case PROP_SIDES:
      self->sides = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_hazard_ratio_class_init (RccHazardRatioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_hazard_ratio_finalize;
  object_class->get_property = rcc_hazard_ratio_get_property;
  object_class->set_property = rcc_hazard_ratio_set_property;

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

  properties [PROP_VERSUS_ID] =
    g_param_spec_string ("versus-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL,
                         0.0, G_MAXDOUBLE, 1.0,
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

  properties [PROP_P] =
    g_param_spec_string ("p", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_SIGNIFICANCE] =
    g_param_spec_enum ("significance", NULL, NULL,
                       RCC_TYPE_SIGNIFICANCE,
                       RCC_SIGNIFICANCE_NOT_STATED,
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

  /* How many decimals the source reported its figures with, so
   * they are shown as reported: 0.60 stays 0.60, 167 stays 167. */
  properties [PROP_DECIMALS] =
    g_param_spec_uint ("decimals", NULL, NULL,
                       0, 12, 0,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  /* The statistical method as the source names it ("Log Rank"), with
   * its comments; it may describe the test behind the p-value rather
   * than the model behind the estimate. */
  properties [PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* For an imported HR, the record's own words on which arm is compared
   * with which ("HR = Nivolumab over Docetaxel"), or "direction not
   * stated" where it has none; then arm and versus are only the
   * record's group order.  NULL for curated content, whose arm and
   * versus are the direction. */
  properties [PROP_DIRECTION] =
    g_param_spec_string ("direction", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* The CI's sides: 2 (two-sided), 1 (one-sided), 0 where not stated. */
  properties [PROP_SIDES] =
    g_param_spec_uint ("sides", NULL, NULL,
                       0, 2, 0,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_hazard_ratio_init (RccHazardRatio *self)
{
  self->value = 1.0;
  self->ci_level = 95.0;
}

RccEndpoint
rcc_hazard_ratio_get_endpoint (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), 0);

  return self->endpoint;
}

const char *
rcc_hazard_ratio_get_arm_id (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), NULL);

  return self->arm_id;
}

const char *
rcc_hazard_ratio_get_versus_id (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), NULL);

  return self->versus_id;
}

double
rcc_hazard_ratio_get_value (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), 0);

  return self->value;
}

gboolean
rcc_hazard_ratio_get_has_ci (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), FALSE);

  return self->has_ci;
}

double
rcc_hazard_ratio_get_ci_low (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), 0);

  return self->ci_low;
}

double
rcc_hazard_ratio_get_ci_high (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), 0);

  return self->ci_high;
}

double
rcc_hazard_ratio_get_ci_level (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), 0);

  return self->ci_level;
}

const char *
rcc_hazard_ratio_get_p (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), NULL);

  return self->p;
}

RccSignificance
rcc_hazard_ratio_get_significance (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), 0);

  return self->significance;
}

const char *
rcc_hazard_ratio_get_analysis (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), NULL);

  return self->analysis;
}

const char *
rcc_hazard_ratio_get_population (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), NULL);

  return self->population;
}

gboolean
rcc_hazard_ratio_get_primary (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), FALSE);

  return self->primary;
}

guint
rcc_hazard_ratio_get_decimals (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), 0);

  return self->decimals;
}

const char *
rcc_hazard_ratio_get_method (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), NULL);

  return self->method;
}

const char *
rcc_hazard_ratio_get_direction (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), NULL);

  return self->direction;
}

guint
rcc_hazard_ratio_get_sides (RccHazardRatio *self)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (self), 0);

  return self->sides;
}
