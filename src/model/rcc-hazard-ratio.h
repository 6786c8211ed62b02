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
const char *    rcc_hazard_ratio_get_arm_id       (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_versus_id    (RccHazardRatio *self);
double          rcc_hazard_ratio_get_value        (RccHazardRatio *self);
gboolean        rcc_hazard_ratio_get_has_ci       (RccHazardRatio *self);
double          rcc_hazard_ratio_get_ci_low       (RccHazardRatio *self);
double          rcc_hazard_ratio_get_ci_high      (RccHazardRatio *self);
double          rcc_hazard_ratio_get_ci_level     (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_p            (RccHazardRatio *self);
RccSignificance rcc_hazard_ratio_get_significance (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_analysis     (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_population   (RccHazardRatio *self);
gboolean        rcc_hazard_ratio_get_primary      (RccHazardRatio *self);
guint           rcc_hazard_ratio_get_decimals     (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_method       (RccHazardRatio *self);
const char *    rcc_hazard_ratio_get_direction    (RccHazardRatio *self);
guint           rcc_hazard_ratio_get_sides        (RccHazardRatio *self);

G_END_DECLS
