/* rcc-edition-diff.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/rcc-catalog.h"
#include "model/rcc-enums.h"
#include "model/rcc-treatment.h"

G_BEGIN_DECLS

#define RCC_TYPE_EDITION_CHANGE (rcc_edition_change_get_type ())

G_DECLARE_FINAL_TYPE (RccEditionChange, rcc_edition_change, RCC, EDITION_CHANGE, GObject)

RccTreatment         *rcc_edition_change_get_treatment (RccEditionChange *self);
RccEditionChangeKind  rcc_edition_change_get_kind      (RccEditionChange *self);
guint                 rcc_edition_change_get_option    (RccEditionChange *self);
GListModel           *rcc_edition_change_get_options   (RccEditionChange *self);

GListModel           *rcc_catalog_diff_editions        (RccCatalog       *catalog);

G_END_DECLS
