/* rcc-hazard-ratio.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include "model/rcc-enums.h"
#include "model/rcc-figure.h"

G_BEGIN_DECLS

#define RCC_TYPE_HAZARD_RATIO (rcc_hazard_ratio_get_type ())

G_DECLARE_FINAL_TYPE (RccHazardRatio, rcc_hazard_ratio, RCC, HAZARD_RATIO, RccFigure)

RccEndpoint     rcc_hazard_ratio_get_endpoint     (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_versus_id    (RccHazardRatio *self);
double          rcc_hazard_ratio_get_value        (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_p            (RccHazardRatio *self);
RccSignificance rcc_hazard_ratio_get_significance (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_method       (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_direction    (RccHazardRatio *self);

/* _get_arm_id, _has_ci, _ci_low, _ci_high, _ci_level, _sides, _analysis,
 * _population, _primary, _decimals: the shared set (rcc-figure.h) */
RCC_FIGURE_DECLARE_GETTERS (RccHazardRatio, rcc_hazard_ratio)

G_END_DECLS
