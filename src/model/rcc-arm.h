/* rcc-arm.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RCC_TYPE_ARM (rcc_arm_get_type ())

G_DECLARE_FINAL_TYPE (RccArm, rcc_arm, RCC, ARM, GObject)

const char *        rcc_arm_get_id            (RccArm *self);
const char *        rcc_arm_get_label         (RccArm *self);
const char *        rcc_arm_get_dose          (RccArm *self);
guint               rcc_arm_get_enrolled      (RccArm *self);
gboolean            rcc_arm_get_control       (RccArm *self);
const char * const *rcc_arm_get_treatment_ids (RccArm *self);
gboolean            rcc_arm_uses_treatment    (RccArm     *self,
                                               const char *treatment_id);
const char * const *rcc_arm_get_interventions (RccArm *self);

G_END_DECLS
