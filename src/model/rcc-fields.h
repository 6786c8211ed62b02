/* rcc-fields.h: a property held as it is in a field of its instance
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The flags of a property set once, when the object is built */
#define RCC_PARAM_CONSTRUCT_ONLY (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)

/* The flags of a property that is read only: a list or a derived value */
#define RCC_PARAM_READABLE (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

/* The flags of a property that can change, notified only when it does */
#define RCC_PARAM_EXPLICIT_NOTIFY (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

gboolean rcc_field_get_value (gconstpointer  field,
                              GValue        *value);
gboolean rcc_field_set_value (gpointer       field,
                              const GValue  *value,
                              gboolean      *changed);

G_END_DECLS
