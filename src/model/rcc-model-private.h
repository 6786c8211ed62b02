/* rcc-model-private.h: what the model's types share and nobody outside
 * the model needs
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/rcc-enums.h"
#include "model/rcc-fields.h"
#include "model/rcc-harm-enums.h"

G_BEGIN_DECLS

/* The properties several of the model's types share, defined once: the
 * construct-only "endpoint" a figure or level is of, by default @default_value,
 * and the "tier" of the source it was read in, %RCC_SOURCE_TIER_NONE
 * where the content does not say */
GParamSpec *_rcc_param_spec_endpoint    (RccEndpoint default_value);
GParamSpec *_rcc_param_spec_source_tier (void);

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
