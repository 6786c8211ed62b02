/* rcc-search-provider.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "content/rcc-library.h"

G_BEGIN_DECLS

#define RCC_SEARCH_PROVIDER_PATH "/com/example/RccGuide/SearchProvider"

#define RCC_TYPE_SEARCH_PROVIDER (rcc_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (RccSearchProvider, rcc_search_provider, RCC, SEARCH_PROVIDER, GObject)

RccSearchProvider *rcc_search_provider_new        (GApplication       *application,
                                                   RccLibrary         *library);
gboolean           rcc_search_provider_register   (RccSearchProvider  *self,
                                                   GDBusConnection    *connection,
                                                   const char         *object_path,
                                                   GError            **error);
void               rcc_search_provider_unregister (RccSearchProvider  *self);

G_END_DECLS
