/* rcc-glossary-button.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define RCC_TYPE_GLOSSARY_BUTTON (rcc_glossary_button_get_type ())

G_DECLARE_FINAL_TYPE (RccGlossaryButton, rcc_glossary_button, RCC, GLOSSARY_BUTTON, GtkWidget)

GtkWidget  *rcc_glossary_button_new       (const char        *terms);
const char *rcc_glossary_button_get_terms (RccGlossaryButton *self);
void        rcc_glossary_button_set_terms (RccGlossaryButton *self,
                                           const char        *terms);

G_END_DECLS
