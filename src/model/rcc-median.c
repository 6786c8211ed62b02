/* rcc-median.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-median.h"
#include "rcc-model-private.h"

/* A median time-to-event figure for one arm, kept in the unit the source
 * reports.  The arm, analysis, population, headline mark, decimals and
 * CI are the RccFigure's. */

struct _RccMedian
{
  RccFigure parent_instance;

  RccEndpoint   endpoint;
  gboolean      reached;
  double        value;
  RccTimeUnit   unit;
};

G_DEFINE_FINAL_TYPE (RccMedian, rcc_median, RCC_TYPE_FIGURE)

enum {
  PROP_0,
  PROP_ENDPOINT,
  PROP_REACHED,
  PROP_VALUE,
  PROP_UNIT,
  PROP_MONTHS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (rcc-fields.h); months is derived */
static const gsize field_offsets[N_PROPS] = {
  [PROP_ENDPOINT] = G_STRUCT_OFFSET (RccMedian, endpoint),
  [PROP_REACHED] = G_STRUCT_OFFSET (RccMedian, reached),
  [PROP_VALUE] = G_STRUCT_OFFSET (RccMedian, value),
  [PROP_UNIT] = G_STRUCT_OFFSET (RccMedian, unit),
};

static void
rcc_median_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  if (prop_id == PROP_MONTHS)
    g_value_set_double (value, rcc_median_get_months (RCC_MEDIAN (object)));
  else if (!rcc_fields_get_property (object, field_offsets, N_PROPS, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

RCC_DEFINE_FIELD_SET_PROPERTY (rcc_median, field_offsets)

static void
rcc_median_class_init (RccMedianClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = rcc_median_get_property;
  object_class->set_property = rcc_median_set_property;

  properties [PROP_ENDPOINT] = _rcc_param_spec_endpoint (RCC_ENDPOINT_PFS);

  properties [PROP_REACHED] =
    g_param_spec_boolean ("reached", NULL, NULL, TRUE, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL,
                       RCC_TYPE_TIME_UNIT, RCC_TIME_UNIT_MONTHS, RCC_PARAM_CONSTRUCT_ONLY);

  /* Derived, never stored: the reported value in months. */
  properties [PROP_MONTHS] =
    g_param_spec_double ("months", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, RCC_PARAM_READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_median_init (RccMedian *self)
{
  self->reached = TRUE;
}

RCC_FIGURE_DEFINE_GETTERS (RccMedian, rcc_median, RCC_IS_MEDIAN)

static const RccFigureFields *
fields_of (RccMedian *self)
{
  return rcc_figure_get_fields (RCC_FIGURE (self));
}

RCC_DEFINE_FIELD_GETTER (RccMedian, rcc_median, RCC_IS_MEDIAN, RccEndpoint, endpoint, 0)
RCC_DEFINE_FIELD_GETTER (RccMedian, rcc_median, RCC_IS_MEDIAN, gboolean, reached, FALSE)
RCC_DEFINE_FIELD_GETTER (RccMedian, rcc_median, RCC_IS_MEDIAN, double, value, 0)
RCC_DEFINE_FIELD_GETTER (RccMedian, rcc_median, RCC_IS_MEDIAN, RccTimeUnit, unit, 0)

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

  return fields_of (self)->has_ci ? rcc_time_to_months (fields_of (self)->ci.low, self->unit) : 0.0;
}

double
rcc_median_get_ci_high_months (RccMedian *self)
{
  g_return_val_if_fail (RCC_IS_MEDIAN (self), 0.0);

  return fields_of (self)->has_ci ? rcc_time_to_months (fields_of (self)->ci.high, self->unit) : 0.0;
}

