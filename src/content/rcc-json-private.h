/* rcc-json-private.h: what the JSON writers share
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Writes "name": value, or nothing when @value is %NULL: what the
 * source does not give is left out, never written as null. */
void _rcc_json_add_string (JsonBuilder *builder,
                           const char  *name,
                           const char  *value);

G_END_DECLS
