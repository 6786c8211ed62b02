/* rcc-json-private.h: what the JSON writers share
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/rcc-figure.h"

G_BEGIN_DECLS

/* Writes "name": value, or nothing when @value is %NULL: what the
 * source does not give is left out, never written as null. */
void _rcc_json_add_string (JsonBuilder *builder,
                           const char  *name,
                           const char  *value);

/* Writes "name": value, always. */
void _rcc_json_add_double (JsonBuilder *builder,
                           const char  *name,
                           double       value);
void _rcc_json_add_bool   (JsonBuilder *builder,
                           const char  *name,
                           gboolean     value);

/* A figure's CI where it has one: "ci_low", "ci_high", "ci_level"
 * ("not-stated" where the source gives none). */
void _rcc_json_add_ci     (JsonBuilder *builder,
                           RccFigure   *figure);

G_END_DECLS
