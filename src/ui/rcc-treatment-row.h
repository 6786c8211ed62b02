/* rcc-treatment-row.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-treatment.h"

G_BEGIN_DECLS

#define RCC_TYPE_TREATMENT_ROW (rcc_treatment_row_get_type ())

G_DECLARE_FINAL_TYPE (RccTreatmentRow, rcc_treatment_row, RCC, TREATMENT_ROW, GtkWidget)

RccTreatment *rcc_treatment_row_get_treatment (RccTreatmentRow *self);
void          rcc_treatment_row_set_treatment (RccTreatmentRow *self,
                                               RccTreatment    *treatment);

G_END_DECLS
