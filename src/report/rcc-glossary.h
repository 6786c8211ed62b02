/* rcc-glossary.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The words of evidence in plain language, for patients and anyone new
 * to them: each term in one to three short sentences (US grade 8 or
 * below, checked by the test suite).  Terms are named by a fixed id
 * ("hazard-ratio"); everything returned is translated. */

const char * const *rcc_glossary_get_ids          (void);
gboolean            rcc_glossary_has_term         (const char *id);
const char         *rcc_glossary_get_term         (const char *id);
const char         *rcc_glossary_get_abbreviation (const char *id);
const char         *rcc_glossary_get_definition   (const char *id);
char               *rcc_glossary_get_title        (const char *id);
char               *rcc_glossary_get_question     (const char * const *ids);
char              **rcc_glossary_find_label_terms (const char *text);

G_END_DECLS
