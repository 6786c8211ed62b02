/* rcc-edition.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RCC_TYPE_EDITION (rcc_edition_get_type ())

G_DECLARE_FINAL_TYPE (RccEdition, rcc_edition, RCC, EDITION, GObject)

RccEdition *rcc_edition_new         (const char *id,
                                     const char *title,
                                     const char *updated,
                                     const char *url);
const char *rcc_edition_get_id      (RccEdition *self);
const char *rcc_edition_get_title   (RccEdition *self);
const char *rcc_edition_get_updated (RccEdition *self);
const char *rcc_edition_get_url     (RccEdition *self);

G_END_DECLS
