/* rcc-treatment-row.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

#define RCC_TYPE_TREATMENT_ROW (rcc_treatment_row_get_type ())

G_DECLARE_FINAL_TYPE (RccTreatmentRow, rcc_treatment_row, RCC, TREATMENT_ROW, GtkWidget)

GtkWidget    *rcc_treatment_row_new           (void);
RccOption    *rcc_treatment_row_get_option    (RccTreatmentRow *self);
void          rcc_treatment_row_set_option    (RccTreatmentRow *self,
                                               RccOption       *option);
RccTreatment *rcc_treatment_row_get_treatment (RccTreatmentRow *self);
void          rcc_treatment_row_set_treatment (RccTreatmentRow *self,
                                               RccTreatment    *treatment);
RccCatalog   *rcc_treatment_row_get_catalog   (RccTreatmentRow *self);
void          rcc_treatment_row_set_catalog   (RccTreatmentRow *self,
                                               RccCatalog      *catalog);
gboolean      rcc_treatment_row_get_patient   (RccTreatmentRow *self);
void          rcc_treatment_row_set_patient   (RccTreatmentRow *self,
                                               gboolean         patient);

G_END_DECLS
