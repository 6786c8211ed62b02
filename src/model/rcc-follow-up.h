/* rcc-follow-up.h
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

#define RCC_TYPE_FOLLOW_UP (rcc_follow_up_get_type ())

G_DECLARE_FINAL_TYPE (RccFollowUp, rcc_follow_up, RCC, FOLLOW_UP, RccFigure)

RccFollowUpKind rcc_follow_up_get_kind       (RccFollowUp *self);
double          rcc_follow_up_get_value      (RccFollowUp *self);
RccTimeUnit     rcc_follow_up_get_unit       (RccFollowUp *self);
double          rcc_follow_up_get_months     (RccFollowUp *self);
guint           rcc_follow_up_get_decimals   (RccFollowUp *self);
const char     *rcc_follow_up_get_arm_id     (RccFollowUp *self);
RccEndpoint     rcc_follow_up_get_endpoint   (RccFollowUp *self);
const char     *rcc_follow_up_get_analysis   (RccFollowUp *self);
const char     *rcc_follow_up_get_population (RccFollowUp *self);
RccSourceTier   rcc_follow_up_get_tier       (RccFollowUp *self);

G_END_DECLS
