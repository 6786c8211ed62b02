/* rcc-treatments-page.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

#define RCC_TYPE_TREATMENTS_PAGE (rcc_treatments_page_get_type ())

G_DECLARE_FINAL_TYPE (RccTreatmentsPage, rcc_treatments_page, RCC, TREATMENTS_PAGE, GtkWidget)

RccCatalog *rcc_treatments_page_get_catalog  (RccTreatmentsPage *self);
void        rcc_treatments_page_set_catalog  (RccTreatmentsPage *self,
                                              RccCatalog        *catalog);
gboolean    rcc_treatments_page_get_patient  (RccTreatmentsPage *self);
void        rcc_treatments_page_set_patient  (RccTreatmentsPage *self,
                                              gboolean           patient);
void        rcc_treatments_page_set_setting  (RccTreatmentsPage *self,
                                              RccSetting         setting);
void        rcc_treatments_page_focus_search (RccTreatmentsPage *self);
GListModel *rcc_treatments_page_get_model    (RccTreatmentsPage *self);
RccTreatment *rcc_treatments_page_get_selected_treatment (RccTreatmentsPage *self);
void        rcc_treatments_page_search       (RccTreatmentsPage *self,
                                              const char        *text);
gboolean    rcc_treatments_page_select_treatment (RccTreatmentsPage *self,
                                                  const char        *treatment_id);

G_END_DECLS
