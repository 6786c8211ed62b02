/* rcc-xml-loader.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "content/rcc-content-error.h"
#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* Content files larger than this are refused before parsing. */
#define RCC_CONTENT_MAX_BYTES (64 * 1024 * 1024)

/* The bundled content, as compiled into the GResource. */
#define RCC_BUNDLED_CONTENT_RESOURCE RESOURCE_BASE "/content/rcc-pdq.xml"
#define RCC_BUNDLED_CONTENT_NAME     "rcc-pdq.xml"

RccCatalog *rcc_xml_loader_load_bytes    (GBytes      *bytes,
                                          const char  *display_name,
                                          GError     **error);
RccCatalog *rcc_xml_loader_load_file     (GFile       *file,
                                          GError     **error);
RccCatalog *rcc_xml_loader_load_bundled  (GError     **error);

G_END_DECLS
