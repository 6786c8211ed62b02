/* rcc-treatment-detail.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

#define RCC_TYPE_TREATMENT_DETAIL (rcc_treatment_detail_get_type ())

G_DECLARE_FINAL_TYPE (RccTreatmentDetail, rcc_treatment_detail, RCC, TREATMENT_DETAIL, GtkWidget)

RccCatalog   *rcc_treatment_detail_get_catalog   (RccTreatmentDetail *self);
void          rcc_treatment_detail_set_catalog   (RccTreatmentDetail *self,
                                                  RccCatalog         *catalog);
RccTreatment *rcc_treatment_detail_get_treatment (RccTreatmentDetail *self);
void          rcc_treatment_detail_set_treatment (RccTreatmentDetail *self,
                                                  RccTreatment       *treatment);
gboolean      rcc_treatment_detail_get_patient   (RccTreatmentDetail *self);
void          rcc_treatment_detail_set_patient   (RccTreatmentDetail *self,
                                                  gboolean            patient);

G_END_DECLS
