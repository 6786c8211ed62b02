/* rcc-build-when-mapped.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkBuilder *rcc_build_from_resource (const char      *resource,
                                     GObject         *current,
                                     GtkBuilderScope *scope);

void rcc_build_when_mapped (AdwBin          *bin,
                            const char      *resource,
                            GObject         *current,
                            GtkBuilderScope *scope);

G_END_DECLS
