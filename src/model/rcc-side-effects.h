/* rcc-side-effects.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RCC_TYPE_SIDE_EFFECTS (rcc_side_effects_get_type ())

G_DECLARE_FINAL_TYPE (RccSideEffects, rcc_side_effects, RCC, SIDE_EFFECTS, GObject)

/* @language is "en" or "es", as rcc_treatment_get_plain_name() takes it */
const char *rcc_side_effects_get_drug            (RccSideEffects *self,
                                                  const char     *language);
const char *rcc_side_effects_get_source          (RccSideEffects *self,
                                                  const char     *language);
const char *rcc_side_effects_get_source_date     (RccSideEffects *self);
const char *rcc_side_effects_get_often           (RccSideEffects *self,
                                                  const char     *language);
guint       rcc_side_effects_get_n_effects       (RccSideEffects *self);
const char *rcc_side_effects_get_effect          (RccSideEffects *self,
                                                  guint           index,
                                                  const char     *language);
const char *rcc_side_effects_get_effect_often    (RccSideEffects *self,
                                                  guint           index,
                                                  const char     *language);
guint       rcc_side_effects_get_n_warning_signs (RccSideEffects *self);
const char *rcc_side_effects_get_warning_sign    (RccSideEffects *self,
                                                  guint           index,
                                                  const char     *language);

void        rcc_side_effects_add_effect          (RccSideEffects *self,
                                                  const char     *text,
                                                  const char     *text_es,
                                                  const char     *often,
                                                  const char     *often_es);
void        rcc_side_effects_add_warning_sign    (RccSideEffects *self,
                                                  const char     *text,
                                                  const char     *text_es);

G_END_DECLS
