/* rcc-view-properties.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

GParamSpec *rcc_param_spec_catalog (void);
GParamSpec *rcc_param_spec_patient (void);
GParamSpec *rcc_param_spec_presentation (void);

G_END_DECLS
