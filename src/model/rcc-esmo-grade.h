/* rcc-esmo-grade.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/rcc-harm-enums.h"

G_BEGIN_DECLS

#define RCC_TYPE_ESMO_GRADE (rcc_esmo_grade_get_type ())

G_DECLARE_FINAL_TYPE (RccEsmoGrade, rcc_esmo_grade, RCC, ESMO_GRADE, GObject)

const char     *rcc_esmo_grade_get_grade    (RccEsmoGrade *self);
RccEsmoForm     rcc_esmo_grade_get_form     (RccEsmoGrade *self);
RccEsmoVersion  rcc_esmo_grade_get_version  (RccEsmoGrade *self);
const char     *rcc_esmo_grade_get_source   (RccEsmoGrade *self);
const char     *rcc_esmo_grade_get_issued   (RccEsmoGrade *self);
const char     *rcc_esmo_grade_get_updated  (RccEsmoGrade *self);
const char     *rcc_esmo_grade_get_url      (RccEsmoGrade *self);
const char     *rcc_esmo_grade_get_note     (RccEsmoGrade *self);
gboolean        rcc_esmo_grade_is_curative  (RccEsmoGrade *self);

gboolean        rcc_esmo_grade_in_scale     (const char   *grade,
                                             gboolean      curative);
const char     *rcc_esmo_scale_explanation  (void);

G_END_DECLS
