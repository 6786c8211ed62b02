/* rcc-comparison-store-private.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rcc-comparison-store.h"

G_BEGIN_DECLS

GPtrArray *_rcc_comparison_store_parse (const char  *data,
                                        gsize        length,
                                        const char  *name,
                                        GError     **error);

G_END_DECLS
