/* rcc-median.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include "model/rcc-enums.h"
#include "model/rcc-figure.h"

G_BEGIN_DECLS

#define RCC_TYPE_MEDIAN (rcc_median_get_type ())

G_DECLARE_FINAL_TYPE (RccMedian, rcc_median, RCC, MEDIAN, RccFigure)

RccEndpoint rcc_median_get_endpoint   (RccMedian *self);
gboolean    rcc_median_get_reached    (RccMedian *self);
double      rcc_median_get_value      (RccMedian *self);
RccTimeUnit rcc_median_get_unit       (RccMedian *self);
double      rcc_median_get_months     (RccMedian *self);
double      rcc_median_get_ci_low_months  (RccMedian *self);
double      rcc_median_get_ci_high_months (RccMedian *self);

/* _get_arm_id, _has_ci, _ci_low, _ci_high, _ci_level, _sides, _analysis,
 * _population, _primary, _decimals: the shared set (rcc-figure.h) */
RCC_FIGURE_DECLARE_GETTERS (RccMedian, rcc_median)

G_END_DECLS
