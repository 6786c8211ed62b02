/* rcc-json-endpoint.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/rcc-endpoint-choice.h"

G_BEGIN_DECLS

void _rcc_json_add_endpoint_figures (JsonBuilder       *builder,
                                     GListModel        *trials,
                                     RccEndpointChoice  endpoint);

G_END_DECLS
