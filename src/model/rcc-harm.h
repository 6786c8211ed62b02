/* rcc-harm.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/rcc-figure.h"
#include "model/rcc-harm-enums.h"

G_BEGIN_DECLS

#define RCC_TYPE_HARM (rcc_harm_get_type ())

G_DECLARE_FINAL_TYPE (RccHarm, rcc_harm, RCC, HARM, RccFigure)

RccHarmKind    rcc_harm_get_kind       (RccHarm *self);
const char    *rcc_harm_get_arm_id     (RccHarm *self);
double         rcc_harm_get_percent    (RccHarm *self);
guint          rcc_harm_get_decimals   (RccHarm *self);
RccAeGrades    rcc_harm_get_grades     (RccHarm *self);
RccAeCause     rcc_harm_get_cause      (RccHarm *self);
const char    *rcc_harm_get_reason     (RccHarm *self);
const char    *rcc_harm_get_analysis   (RccHarm *self);
const char    *rcc_harm_get_population (RccHarm *self);
RccSourceTier  rcc_harm_get_tier       (RccHarm *self);
guint          rcc_harm_get_n          (RccHarm *self);
guint          rcc_harm_get_of         (RccHarm *self);

G_END_DECLS
