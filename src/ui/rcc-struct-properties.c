/* rcc-struct-properties.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-struct-properties.h"

/* Most of the widgets' properties are a field of the instance struct
 * that the property reads as it is: a row's trial, arm or figure, a
 * view's catalog and "patient".  Rather than a switch in each class
 * that copies each field into its GValue, the property's GParamSpec
 * carries the offset of its field, and one get_property (and, where
 * setting the property only stores it, one set_property) serves every
 * class; the field is read and written as the model's are
 * (model/rcc-fields.c).  Booleans, strings and objects are all these
 * properties are. */

static GQuark
offset_quark (void)
{
  return g_quark_from_static_string ("rcc-struct-property-offset");
}

/**
 * rcc_param_spec_in_struct:
 * @pspec: (transfer floating): a boolean, string or object property
 * @offset: where its field is in the instance struct,
 *   G_STRUCT_OFFSET (RccFooRow, trial)
 *
 * Marks @pspec as kept in the field at @offset, for
 * rcc_struct_get_property() and rcc_struct_set_property().
 *
 * Returns: (transfer floating): @pspec
 */
GParamSpec *
rcc_param_spec_in_struct (GParamSpec *pspec,
                          gsize       offset)
{
  GType type = G_TYPE_FUNDAMENTAL (G_PARAM_SPEC_VALUE_TYPE (pspec));

  /* The parent instance comes first, so no field is at 0 */
  g_return_val_if_fail (offset > 0, pspec);
  g_return_val_if_fail (type == G_TYPE_BOOLEAN || type == G_TYPE_STRING || type == G_TYPE_OBJECT,
                        pspec);

  g_param_spec_set_qdata (pspec, offset_quark (), GSIZE_TO_POINTER (offset));

  return pspec;
}

static gpointer
field_of (GObject    *object,
          GParamSpec *pspec)
{
  gsize offset = GPOINTER_TO_SIZE (g_param_spec_get_qdata (pspec, offset_quark ()));

  return offset > 0 ? G_STRUCT_MEMBER_P (object, offset) : NULL;
}

/**
 * rcc_struct_get_property:
 *
 * A #GObjectClass.get_property for a class whose properties were all
 * made with rcc_param_spec_in_struct(): each is read from its field.
 */
void
rcc_struct_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  gpointer field = field_of (object, pspec);

  if (field == NULL || !rcc_field_get_value (field, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/**
 * rcc_struct_set_property:
 *
 * A #GObjectClass.set_property for a class whose properties were all
 * made with rcc_param_spec_in_struct() and whose setting only stores
 * the value: each is stored in its field (an object is referenced, a
 * string copied), and a property with %G_PARAM_EXPLICIT_NOTIFY is
 * notified when its value changes.  The class's dispose or finalize
 * still frees the fields.
 */
void
rcc_struct_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  gpointer field = field_of (object, pspec);
  gboolean changed;

  if (field == NULL || !rcc_field_set_value (field, value, &changed))
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (changed && (pspec->flags & G_PARAM_EXPLICIT_NOTIFY) != 0)
    g_object_notify_by_pspec (object, pspec);
}
