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
const char *rcc_median_get_arm_id     (RccMedian *self);
gboolean    rcc_median_get_reached    (RccMedian *self);
double      rcc_median_get_value      (RccMedian *self);
RccTimeUnit rcc_median_get_unit       (RccMedian *self);
gboolean    rcc_median_get_has_ci     (RccMedian *self);
double      rcc_median_get_ci_low     (RccMedian *self);
double      rcc_median_get_ci_high    (RccMedian *self);
double      rcc_median_get_ci_level   (RccMedian *self);
const char *rcc_median_get_analysis   (RccMedian *self);
const char *rcc_median_get_population (RccMedian *self);
gboolean    rcc_median_get_primary    (RccMedian *self);
double      rcc_median_get_months     (RccMedian *self);
double      rcc_median_get_ci_low_months  (RccMedian *self);
double      rcc_median_get_ci_high_months (RccMedian *self);
guint       rcc_median_get_decimals   (RccMedian *self);

G_END_DECLS
