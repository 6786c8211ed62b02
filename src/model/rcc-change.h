/* rcc-change.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RCC_TYPE_CHANGE (rcc_change_get_type ())

G_DECLARE_FINAL_TYPE (RccChange, rcc_change, RCC, CHANGE, GObject)

const char *rcc_change_get_date    (RccChange *self);
guint       rcc_change_get_version (RccChange *self);
const char *rcc_change_get_source  (RccChange *self);
const char *rcc_change_get_text    (RccChange *self);

G_END_DECLS
