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
 * in place of a switch per type (see rcc-fields.c). */

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

  return field != NULL && rcc_field_get_value (field, value);
}

gboolean
_rcc_field_set_property (GObject      *object,
                         const gsize  *offsets,
                         guint         n_offsets,
                         guint         prop_id,
                         const GValue *value)
{
  gpointer field = field_of (object, offsets, n_offsets, prop_id);
  gboolean changed;

  return field != NULL && rcc_field_set_value (field, value, &changed);
}
