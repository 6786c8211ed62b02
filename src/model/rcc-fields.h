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

/* Where each property of a type is held: by property id, the offset of
 * its field in the instance (G_STRUCT_OFFSET), or 0 for a property the
 * type reads or writes itself, derived or set through a function (offset
 * 0 is the parent instance, never a property's field).  Each returns
 * FALSE for a property it does not hold. */
gboolean rcc_fields_get_property (GObject      *object,
                                  const gsize  *offsets,
                                  guint         n_offsets,
                                  guint         prop_id,
                                  GValue       *value);
gboolean rcc_fields_set_property (GObject      *object,
                                  const gsize  *offsets,
                                  guint         n_offsets,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec);

/* The get_property (and set_property) of a type all of whose properties
 * are in its table of @offsets; setting one only stores it, and notifies
 * a %G_PARAM_EXPLICIT_NOTIFY property when its value changed */
#define RCC_DEFINE_FIELD_GET_PROPERTY(type_name, offsets)                 \
  static void                                                           \
  type_name##_get_property (GObject    *object,                         \
                            guint       prop_id,                        \
                            GValue     *value,                          \
                            GParamSpec *pspec)                          \
  {                                                                     \
    if (!rcc_fields_get_property (object, offsets, G_N_ELEMENTS (offsets), prop_id, value)) \
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);       \
  }

#define RCC_DEFINE_FIELD_SET_PROPERTY(type_name, offsets)                 \
  static void                                                           \
  type_name##_set_property (GObject      *object,                       \
                            guint         prop_id,                      \
                            const GValue *value,                        \
                            GParamSpec   *pspec)                        \
  {                                                                     \
    if (!rcc_fields_set_property (object, offsets, G_N_ELEMENTS (offsets), prop_id, value, pspec)) \
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);       \
  }

#define RCC_DEFINE_FIELD_PROPERTIES(type_name, offsets)                   \
  RCC_DEFINE_FIELD_GET_PROPERTY (type_name, offsets)                    \
  RCC_DEFINE_FIELD_SET_PROPERTY (type_name, offsets)

G_END_DECLS
