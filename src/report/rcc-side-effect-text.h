/* rcc-side-effect-text.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-treatment.h"

G_BEGIN_DECLS

/* A treatment's side effects in patient view and the handout: in plain
 * words where the content has a patient-written source for its drugs,
 * else the label's list with its medical words explained. */

gboolean  rcc_side_effect_text_has_plain   (RccTreatment *treatment);
char    **rcc_side_effect_text_drugs       (RccTreatment *treatment);
char     *rcc_side_effect_text_screen      (RccTreatment *treatment);
char     *rcc_side_effect_text_source      (RccTreatment *treatment);
char     *rcc_side_effect_text_markup      (RccTreatment       *treatment,
                                            const char * const *shown);
char     *rcc_side_effect_text_label_terms (const char   *side_effects);

G_END_DECLS
