/* rcc-struct-properties.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/rcc-fields.h"

G_BEGIN_DECLS

GParamSpec *rcc_param_spec_in_struct (GParamSpec   *pspec,
                                      gsize         offset);

void        rcc_struct_get_property  (GObject      *object,
                                      guint         prop_id,
                                      GValue       *value,
                                      GParamSpec   *pspec);
void        rcc_struct_set_property  (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec);

G_END_DECLS
