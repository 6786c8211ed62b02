/* rcc-option.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/rcc-enums.h"
#include "model/rcc-reference.h"
#include "model/rcc-treatment.h"

G_BEGIN_DECLS

#define RCC_TYPE_OPTION (rcc_option_get_type ())

G_DECLARE_FINAL_TYPE (RccOption, rcc_option, RCC, OPTION, GObject)

RccOption      *rcc_option_new              (RccTherapyLine  line,
                                             guint           position,
                                             RccTreatment   *treatment,
                                             const char     *note);
RccTherapyLine  rcc_option_get_line         (RccOption      *self);
guint           rcc_option_get_position     (RccOption      *self);
RccTreatment   *rcc_option_get_treatment    (RccOption      *self);
const char     *rcc_option_get_note         (RccOption      *self);
GListModel     *rcc_option_get_references   (RccOption      *self);

/* For content readers building an option; views only read. */
void            rcc_option_add_reference    (RccOption      *self,
                                             RccReference   *reference);

G_END_DECLS
