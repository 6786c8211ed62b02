/* rcc-arm-row.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/rcc-arm.h"

G_BEGIN_DECLS

#define RCC_TYPE_ARM_ROW (rcc_arm_row_get_type ())

G_DECLARE_FINAL_TYPE (RccArmRow, rcc_arm_row, RCC, ARM_ROW, AdwActionRow)

GtkWidget *rcc_arm_row_new (RccArm   *arm,
                            gboolean  patient);

G_END_DECLS
