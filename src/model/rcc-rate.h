/* rcc-rate.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include "model/rcc-enums.h"
#include "model/rcc-figure.h"
#include "model/rcc-harm-enums.h"

G_BEGIN_DECLS

#define RCC_TYPE_RATE (rcc_rate_get_type ())

G_DECLARE_FINAL_TYPE (RccRate, rcc_rate, RCC, RATE, RccFigure)

RccRateKind rcc_rate_get_kind       (RccRate *self);
double      rcc_rate_get_percent    (RccRate *self);
RccEndpoint rcc_rate_get_endpoint   (RccRate *self);
double      rcc_rate_get_at_months  (RccRate *self);
const char *rcc_rate_get_p          (RccRate *self);
const char *rcc_rate_get_assessor   (RccRate *self);
RccSourceTier rcc_rate_get_tier     (RccRate *self);

/* _get_arm_id, _has_ci, _ci_low, _ci_high, _ci_level, _sides, _analysis,
 * _population, _primary, _decimals: the shared set (rcc-figure.h) */
RCC_FIGURE_DECLARE_GETTERS (RccRate, rcc_rate)

G_END_DECLS
