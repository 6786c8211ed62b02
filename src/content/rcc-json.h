/* rcc-json.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/rcc-catalog.h"
#include "model/rcc-endpoint-choice.h"

G_BEGIN_DECLS

JsonNode *rcc_json_serialize_catalog (RccCatalog *catalog);
JsonNode *rcc_json_serialize_trial   (RccTrial   *trial);
JsonNode *rcc_json_serialize_comparison (RccCatalog        *catalog,
                                         GListModel        *trials,
                                         const char        *name,
                                         RccEndpointChoice  endpoint);
char     *rcc_json_to_string         (JsonNode   *node,
                                      gboolean    pretty);

G_END_DECLS
