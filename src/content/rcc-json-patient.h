/* rcc-json-patient.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "model/rcc-treatment.h"

G_BEGIN_DECLS

void _rcc_json_add_treatment_patient (JsonBuilder  *builder,
                                      RccTreatment *treatment);

G_END_DECLS
