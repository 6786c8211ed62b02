/* rcc-level.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/rcc-enums.h"

G_BEGIN_DECLS

#define RCC_TYPE_LEVEL (rcc_level_get_type ())

G_DECLARE_FINAL_TYPE (RccLevel, rcc_level, RCC, LEVEL, GObject)

RccLevel          *rcc_level_new            (RccEvidenceScheme  scheme,
                                             const char        *code,
                                             const char        *edition_id,
                                             RccEndpoint        endpoint,
                                             const char        *about,
                                             gboolean           fits);
RccEvidenceScheme  rcc_level_get_scheme     (RccLevel          *self);
const char        *rcc_level_get_code       (RccLevel          *self);
const char        *rcc_level_get_edition_id (RccLevel          *self);
RccEndpoint        rcc_level_get_endpoint   (RccLevel          *self);
const char        *rcc_level_get_about      (RccLevel          *self);
gboolean           rcc_level_get_fits       (RccLevel          *self);
char              *rcc_level_describe       (RccLevel          *self);

gboolean           rcc_level_code_is_valid  (RccEvidenceScheme  scheme,
                                             const char        *code);

G_END_DECLS
