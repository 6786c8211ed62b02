/* rcc-model-private.h: what the model's types share and nobody outside
 * the model needs
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The flags of a property set once, when the object is built: most of
 * the model's are, since its objects are read from the content and
 * never change. */
#define RCC_PARAM_CONSTRUCT_ONLY (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS)

/* The flags of a property that is read only: a list or a derived value */
#define RCC_PARAM_READABLE (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

/* A public getter that checks its instance and returns the field of the
 * same name as it is stored, as most of the model's getters do:
 *
 *   RCC_DEFINE_FIELD_GETTER (RccRate, rcc_rate, RCC_IS_RATE, double, percent, 0.0)
 *
 * defines rcc_rate_get_percent(), which returns @fallback for what is not
 * an RccRate.  A getter that derives or converts its value is written out. */
#define RCC_DEFINE_FIELD_GETTER(TypeName, type_name, TYPE_CHECK, Ret, field, fallback) \
  Ret                                                                   \
  type_name##_get_##field (TypeName *self)                              \
  {                                                                     \
    g_return_val_if_fail (TYPE_CHECK (self), fallback);                 \
                                                                        \
    return self->field;                                                 \
  }

/* @text_es where @language is "es" and the content has it, else @text
 * (English), as every patient-facing text is looked up */
static inline const char *
_rcc_in_language (const char *text,
                  const char *text_es,
                  const char *language)
{
  if (g_strcmp0 (language, "es") == 0 && text_es != NULL)
    return text_es;

  return text;
}

G_END_DECLS
