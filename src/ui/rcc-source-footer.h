/* rcc-source-footer.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

#define RCC_TYPE_SOURCE_FOOTER (rcc_source_footer_get_type ())

G_DECLARE_FINAL_TYPE (RccSourceFooter, rcc_source_footer, RCC, SOURCE_FOOTER, GtkWidget)

RccCatalog *rcc_source_footer_get_catalog (RccSourceFooter *self);
void        rcc_source_footer_set_catalog (RccSourceFooter *self,
                                           RccCatalog      *catalog);

G_END_DECLS
