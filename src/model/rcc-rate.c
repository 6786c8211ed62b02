/* rcc-rate.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-rate.h"
#include "rcc-model-private.h"

/* A proportion of one arm, in percent: objective or complete response,
 * or a landmark rate (e.g. alive at 12 months).  The arm, analysis,
 * population, decimals and CI (in percent) are the RccFigure's; the
 * content marks no rate as a headline. */

struct _RccRate
{
  RccFigure parent_instance;

  RccRateKind   kind;
  double        percent;
  RccEndpoint   endpoint;
  double        at_months;
  char         *p;
  char         *assessor;
  RccSourceTier tier;
};

G_DEFINE_FINAL_TYPE (RccRate, rcc_rate, RCC_TYPE_FIGURE)

enum {
  PROP_0,
  PROP_KIND,
  PROP_PERCENT,
  PROP_ENDPOINT,
  PROP_AT_MONTHS,
  PROP_P,
  PROP_ASSESSOR,
  PROP_TIER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_rate_finalize (GObject *object)
{
  RccRate *self = (RccRate *)object;

  g_clear_pointer (&self->p, g_free);
  g_clear_pointer (&self->assessor, g_free);

  G_OBJECT_CLASS (rcc_rate_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_KIND] = G_STRUCT_OFFSET (RccRate, kind),
  [PROP_PERCENT] = G_STRUCT_OFFSET (RccRate, percent),
  [PROP_ENDPOINT] = G_STRUCT_OFFSET (RccRate, endpoint),
  [PROP_AT_MONTHS] = G_STRUCT_OFFSET (RccRate, at_months),
  [PROP_P] = G_STRUCT_OFFSET (RccRate, p),
  [PROP_ASSESSOR] = G_STRUCT_OFFSET (RccRate, assessor),
  [PROP_TIER] = G_STRUCT_OFFSET (RccRate, tier),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_rate, field_offsets)

static void
rcc_rate_class_init (RccRateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_rate_finalize;
  object_class->get_property = rcc_rate_get_property;
  object_class->set_property = rcc_rate_set_property;

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RCC_TYPE_RATE_KIND, RCC_RATE_KIND_ORR, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_PERCENT] =
    g_param_spec_double ("percent", NULL, NULL, 0.0, 100.0, 0.0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_ENDPOINT] = _rcc_param_spec_endpoint (RCC_ENDPOINT_NONE);

  properties [PROP_AT_MONTHS] =
    g_param_spec_double ("at-months", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_P] =
    g_param_spec_string ("p", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* Who assessed response ("independent review", "investigator"),
   * where the source says; the kind of source (content version 4). */
  properties [PROP_ASSESSOR] =
    g_param_spec_string ("assessor", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_TIER] = _rcc_param_spec_source_tier ();

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_rate_init (RccRate *self)
{
}

RCC_FIGURE_DEFINE_GETTERS (RccRate, rcc_rate, RCC_IS_RATE)

RCC_DEFINE_FIELD_GETTER (RccRate, rcc_rate, RCC_IS_RATE, RccRateKind, kind, 0)
RCC_DEFINE_FIELD_GETTER (RccRate, rcc_rate, RCC_IS_RATE, double, percent, 0)
RCC_DEFINE_FIELD_GETTER (RccRate, rcc_rate, RCC_IS_RATE, RccEndpoint, endpoint, 0)
RCC_DEFINE_FIELD_GETTER (RccRate, rcc_rate, RCC_IS_RATE, double, at_months, 0)
RCC_DEFINE_FIELD_GETTER (RccRate, rcc_rate, RCC_IS_RATE, const char *, p, NULL)

/**
 * rcc_rate_get_assessor:
 *
 * Returns: (nullable): who assessed response, where the source says
 *   ("independent review", "investigator")
 */
RCC_DEFINE_FIELD_GETTER (RccRate, rcc_rate, RCC_IS_RATE, const char *, assessor, NULL)

/**
 * rcc_rate_get_tier:
 *
 * Returns: the kind of source the rate was read in, or
 *   %RCC_SOURCE_TIER_NONE where the content does not say
 */
RCC_DEFINE_FIELD_GETTER (RccRate, rcc_rate, RCC_IS_RATE, RccSourceTier, tier, RCC_SOURCE_TIER_NONE)
