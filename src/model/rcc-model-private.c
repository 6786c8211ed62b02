/* rcc-model-private.c: the property code the model's types share
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-model-private.h"

GParamSpec *
_rcc_param_spec_endpoint (RccEndpoint default_value)
{
  return g_param_spec_enum ("endpoint", NULL, NULL,
                            RCC_TYPE_ENDPOINT, default_value, RCC_PARAM_CONSTRUCT_ONLY);
}

GParamSpec *
_rcc_param_spec_source_tier (void)
{
  return g_param_spec_enum ("tier", NULL, NULL,
                            RCC_TYPE_SOURCE_TIER, RCC_SOURCE_TIER_NONE, RCC_PARAM_CONSTRUCT_ONLY);
}

/* The model's objects hold each property in a field of their instance,
 * so one reader and one writer, told where the field is, serve them all
 * in place of a switch per type.  The field's C type follows from the
 * property's value type: an enum is held as an int, as GLib holds it. */

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

gboolean
_rcc_field_get_property (GObject     *object,
                         const gsize *offsets,
                         guint        n_offsets,
                         guint        prop_id,
                         GValue      *value)
{
  gpointer field = field_of (object, offsets, n_offsets, prop_id);

  if (field == NULL)
    return FALSE;

  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
      g_value_set_string (value, *(char **)field);
      return TRUE;

    case G_TYPE_UINT:
      g_value_set_uint (value, *(guint *)field);
      return TRUE;

    case G_TYPE_DOUBLE:
      g_value_set_double (value, *(double *)field);
      return TRUE;

    case G_TYPE_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *)field);
      return TRUE;

    case G_TYPE_ENUM:
      g_value_set_enum (value, *(gint *)field);
      return TRUE;

    case G_TYPE_BOXED:
      g_value_set_boxed (value, *(gpointer *)field);
      return TRUE;

    case G_TYPE_OBJECT:
    case G_TYPE_INTERFACE:
      g_value_set_object (value, *(gpointer *)field);
      return TRUE;

    default:
      return FALSE;
    }
}

gboolean
_rcc_field_set_property (GObject      *object,
                         const gsize  *offsets,
                         guint         n_offsets,
                         guint         prop_id,
                         const GValue *value)
{
  gpointer field = field_of (object, offsets, n_offsets, prop_id);
  gpointer old;

  if (field == NULL)
    return FALSE;

  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_STRING:
      g_free (*(char **)field);
      *(char **)field = g_value_dup_string (value);
      return TRUE;

    case G_TYPE_UINT:
      *(guint *)field = g_value_get_uint (value);
      return TRUE;

    case G_TYPE_DOUBLE:
      *(double *)field = g_value_get_double (value);
      return TRUE;

    case G_TYPE_BOOLEAN:
      *(gboolean *)field = g_value_get_boolean (value);
      return TRUE;

    case G_TYPE_ENUM:
      *(gint *)field = g_value_get_enum (value);
      return TRUE;

    /* The new value is taken before the old one goes, should they be
     * the same */
    case G_TYPE_BOXED:
      old = *(gpointer *)field;
      *(gpointer *)field = g_value_dup_boxed (value);
      if (old != NULL)
        g_boxed_free (G_VALUE_TYPE (value), old);
      return TRUE;

    case G_TYPE_OBJECT:
    case G_TYPE_INTERFACE:
      old = *(gpointer *)field;
      *(gpointer *)field = g_value_dup_object (value);
      g_clear_object (&old);
      return TRUE;

    default:
      return FALSE;
    }
}
