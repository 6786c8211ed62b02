/* rcc-fields.c: a property held as it is in a field of its instance
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-fields.h"

/* Most properties of the model's objects and of the views are a field
 * of the instance read and written as it is, so one get_property and one
 * set_property, told where each field is (a table of offsets per type),
 * serve them all in place of a switch per type; what the field holds
 * follows from the property's value type.  An enum is held as an int,
 * as GLib holds it. */

/**
 * rcc_field_get_value:
 * @field: the field, of the C type @value's type is held in
 * @value: initialised to the property's type
 *
 * Returns: %FALSE if fields of @value's type are not handled here
 */
gboolean
rcc_field_get_value (gconstpointer  field,
                     GValue        *value)
{
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, *(char * const *)field);
      return TRUE;

    case G_TYPE_UINT:
      g_value_set_uint (value, *(const guint *)field);
      return TRUE;

    case G_TYPE_DOUBLE:
      g_value_set_double (value, *(const double *)field);
      return TRUE;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, *(const gboolean *)field);
      return TRUE;

    case G_TYPE_ENUM:
      g_value_set_enum (value, *(const gint *)field);
      return TRUE;

    case G_TYPE_BOXED:
      g_value_set_boxed (value, *(const gpointer *)field);
      return TRUE;

    case G_TYPE_OBJECT:
    case G_TYPE_INTERFACE:
      g_value_set_object (value, *(const gpointer *)field);
      return TRUE;

    default:
      return FALSE;
    }
}

/**
 * rcc_field_set_value:
 * @field: the field, of the C type @value's type is held in
 * @value: the new value
 * @changed: (out): whether the field holds another value now
 *
 * Stores @value in @field: a string is copied, a boxed value copied
 * and an object referenced, and what the field held before freed.
 *
 * Returns: %FALSE if fields of @value's type are not handled here
 */
gboolean
rcc_field_set_value (gpointer      field,
                     const GValue *value,
                     gboolean     *changed)
{
  gpointer old;

  *changed = FALSE;

  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
      if (g_strcmp0 (*(char **)field, g_value_get_string (value)) != 0)
        {
          g_free (*(char **)field);
          *(char **)field = g_value_dup_string (value);
          *changed = TRUE;
        }
      return TRUE;

    case G_TYPE_UINT:
      *changed = *(guint *)field != g_value_get_uint (value);
      *(guint *)field = g_value_get_uint (value);
      return TRUE;

    case G_TYPE_DOUBLE:
      *changed = *(double *)field != g_value_get_double (value);
      *(double *)field = g_value_get_double (value);
      return TRUE;

    case G_TYPE_BOOLEAN:
      *changed = *(gboolean *)field != g_value_get_boolean (value);
      *(gboolean *)field = g_value_get_boolean (value);
      return TRUE;

    case G_TYPE_ENUM:
      *changed = *(gint *)field != g_value_get_enum (value);
      *(gint *)field = g_value_get_enum (value);
      return TRUE;

    /* The new value is taken before the old one goes, should they be
     * the same */
    case G_TYPE_BOXED:
      old = *(gpointer *)field;
      *changed = old != g_value_get_boxed (value);
      *(gpointer *)field = g_value_dup_boxed (value);
      if (old != NULL)
        g_boxed_free (G_VALUE_TYPE (value), old);
      return TRUE;

    case G_TYPE_OBJECT:
    case G_TYPE_INTERFACE:
      *changed = g_set_object ((GObject **)field, g_value_get_object (value));
      return TRUE;

    default:
      return FALSE;
    }
}

static gpointer
field_of (GObject     *object,
          const gsize *offsets,
          guint        n_offsets,
          guint        prop_id)
{
  if (prop_id >= n_offsets || offsets[prop_id] == 0)
    return NULL;

  return G_STRUCT_MEMBER_P (object, offsets[prop_id]);
}

/**
 * rcc_fields_get_property:
 * @offsets: by property id, where each property is held, 0 for none
 *
 * Returns: %FALSE if @prop_id is not held in a field
 */
gboolean
rcc_fields_get_property (GObject     *object,
                         const gsize *offsets,
                         guint        n_offsets,
                         guint        prop_id,
                         GValue      *value)
{
  gpointer field = field_of (object, offsets, n_offsets, prop_id);

  return field != NULL && rcc_field_get_value (field, value);
}

/**
 * rcc_fields_set_property:
 * @offsets: by property id, where each property is held, 0 for none
 * @pspec: the property, notified if it has %G_PARAM_EXPLICIT_NOTIFY and
 *   its value changed
 *
 * Returns: %FALSE if @prop_id is not held in a field
 */
gboolean
rcc_fields_set_property (GObject      *object,
                         const gsize  *offsets,
                         guint         n_offsets,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  gpointer field = field_of (object, offsets, n_offsets, prop_id);
  gboolean changed;

  if (field == NULL || !rcc_field_set_value (field, value, &changed))
    return FALSE;

  if (changed && (pspec->flags & G_PARAM_EXPLICIT_NOTIFY) != 0)
    g_object_notify_by_pspec (object, pspec);
  return TRUE;
}
