/* rcc-edition-changes-window.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/rcc-catalog.h"
#include "model/rcc-edition-diff.h"

G_BEGIN_DECLS

#define RCC_TYPE_EDITION_CHANGES_WINDOW (rcc_edition_changes_window_get_type ())

G_DECLARE_FINAL_TYPE (RccEditionChangesWindow, rcc_edition_changes_window,
                      RCC, EDITION_CHANGES_WINDOW, AdwWindow)

GtkWidget *rcc_edition_changes_window_new  (GtkWindow  *parent,
                                            RccCatalog *catalog);
char      *rcc_edition_changes_describe    (RccEditionChange *change);

G_END_DECLS
