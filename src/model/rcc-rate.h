/* rcc-rate.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include "model/rcc-enums.h"
#include "model/rcc-figure.h"

G_BEGIN_DECLS

#define RCC_TYPE_RATE (rcc_rate_get_type ())

G_DECLARE_FINAL_TYPE (RccRate, rcc_rate, RCC, RATE, RccFigure)

RccRateKind rcc_rate_get_kind       (RccRate *self);
const char *rcc_rate_get_arm_id     (RccRate *self);
double      rcc_rate_get_percent    (RccRate *self);
RccEndpoint rcc_rate_get_endpoint   (RccRate *self);
double      rcc_rate_get_at_months  (RccRate *self);
gboolean    rcc_rate_get_has_ci     (RccRate *self);
double      rcc_rate_get_ci_low     (RccRate *self);
double      rcc_rate_get_ci_high    (RccRate *self);
double      rcc_rate_get_ci_level   (RccRate *self);
const char *rcc_rate_get_p          (RccRate *self);
const char *rcc_rate_get_analysis   (RccRate *self);
const char *rcc_rate_get_population (RccRate *self);
guint       rcc_rate_get_decimals   (RccRate *self);

G_END_DECLS
