/* rcc-hazard-ratio.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-hazard-ratio.h"
#include "rcc-model-private.h"

/* A hazard ratio of arm versus comparator ("versus"): below 1 favours
 * the arm.  The direction is data: some trials report it the other way
 * round.  The arm, analysis, population, headline mark, decimals and CI (with
 * its sides) are the RccFigure's. */

struct _RccHazardRatio
{
  RccFigure parent_instance;

  RccEndpoint       endpoint;
  char             *versus_id;
  double            value;
  char             *p;
  RccSignificance   significance;
  char             *method;
  char             *direction;
};

G_DEFINE_FINAL_TYPE (RccHazardRatio, rcc_hazard_ratio, RCC_TYPE_FIGURE)

enum {
  PROP_0,
  PROP_ENDPOINT,
  PROP_VERSUS_ID,
  PROP_VALUE,
  PROP_P,
  PROP_SIGNIFICANCE,
  PROP_METHOD,
  PROP_DIRECTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_hazard_ratio_finalize (GObject *object)
{
  RccHazardRatio *self = (RccHazardRatio *)object;

  g_clear_pointer (&self->versus_id, g_free);
  g_clear_pointer (&self->p, g_free);
  g_clear_pointer (&self->method, g_free);
  g_clear_pointer (&self->direction, g_free);

  G_OBJECT_CLASS (rcc_hazard_ratio_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_ENDPOINT] = G_STRUCT_OFFSET (RccHazardRatio, endpoint),
  [PROP_VERSUS_ID] = G_STRUCT_OFFSET (RccHazardRatio, versus_id),
  [PROP_VALUE] = G_STRUCT_OFFSET (RccHazardRatio, value),
  [PROP_P] = G_STRUCT_OFFSET (RccHazardRatio, p),
  [PROP_SIGNIFICANCE] = G_STRUCT_OFFSET (RccHazardRatio, significance),
  [PROP_METHOD] = G_STRUCT_OFFSET (RccHazardRatio, method),
  [PROP_DIRECTION] = G_STRUCT_OFFSET (RccHazardRatio, direction),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_hazard_ratio, field_offsets)

static void
rcc_hazard_ratio_class_init (RccHazardRatioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_hazard_ratio_finalize;
  object_class->get_property = rcc_hazard_ratio_get_property;
  object_class->set_property = rcc_hazard_ratio_set_property;

  properties [PROP_ENDPOINT] = _rcc_param_spec_endpoint (RCC_ENDPOINT_PFS);

  properties [PROP_VERSUS_ID] =
    g_param_spec_string ("versus-id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_VALUE] =
    g_param_spec_double ("value", NULL, NULL, 0.0, G_MAXDOUBLE, 1.0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_P] =
    g_param_spec_string ("p", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_SIGNIFICANCE] =
    g_param_spec_enum ("significance", NULL, NULL,
                       RCC_TYPE_SIGNIFICANCE, RCC_SIGNIFICANCE_NOT_STATED, RCC_PARAM_CONSTRUCT_ONLY);

  /* The statistical method as the source names it ("Log Rank"), with
   * its comments; it may describe the test behind the p-value rather
   * than the model behind the estimate. */
  properties [PROP_METHOD] =
    g_param_spec_string ("method", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* For an imported HR, the record's own words on which arm is compared
   * with which ("HR = Nivolumab over Docetaxel"), or "direction not
   * stated" where it has none; then arm and versus are only the
   * record's group order.  NULL for curated content, whose arm and
   * versus are the direction. */
  properties [PROP_DIRECTION] =
    g_param_spec_string ("direction", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_hazard_ratio_init (RccHazardRatio *self)
{
  self->value = 1.0;
}

RCC_FIGURE_DEFINE_GETTERS (RccHazardRatio, rcc_hazard_ratio, RCC_IS_HAZARD_RATIO)

RCC_DEFINE_FIELD_GETTER (RccHazardRatio, rcc_hazard_ratio, RCC_IS_HAZARD_RATIO, RccEndpoint, endpoint, 0)
RCC_DEFINE_FIELD_GETTER (RccHazardRatio, rcc_hazard_ratio, RCC_IS_HAZARD_RATIO, const char *, versus_id, NULL)
RCC_DEFINE_FIELD_GETTER (RccHazardRatio, rcc_hazard_ratio, RCC_IS_HAZARD_RATIO, double, value, 0)
RCC_DEFINE_FIELD_GETTER (RccHazardRatio, rcc_hazard_ratio, RCC_IS_HAZARD_RATIO, const char *, p, NULL)
RCC_DEFINE_FIELD_GETTER (RccHazardRatio, rcc_hazard_ratio, RCC_IS_HAZARD_RATIO,
                         RccSignificance, significance, 0)
RCC_DEFINE_FIELD_GETTER (RccHazardRatio, rcc_hazard_ratio, RCC_IS_HAZARD_RATIO, const char *, method, NULL)
RCC_DEFINE_FIELD_GETTER (RccHazardRatio, rcc_hazard_ratio, RCC_IS_HAZARD_RATIO, const char *, direction, NULL)

