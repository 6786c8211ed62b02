/* rcc-model-private.c: the property code the model's types share
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-model-private.h"

GParamSpec *
_rcc_param_spec_endpoint (RccEndpoint default_value)
{
  return g_param_spec_enum ("endpoint", NULL, NULL,
                            RCC_TYPE_ENDPOINT, default_value, RCC_PARAM_CONSTRUCT_ONLY);
}

GParamSpec *
_rcc_param_spec_source_tier (void)
{
  return g_param_spec_enum ("tier", NULL, NULL,
                            RCC_TYPE_SOURCE_TIER, RCC_SOURCE_TIER_NONE, RCC_PARAM_CONSTRUCT_ONLY);
}
