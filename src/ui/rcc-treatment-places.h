/* rcc-treatment-places.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

char *rcc_treatment_places_option_title (RccOption    *option);
char *rcc_treatment_places_join         (GListModel   *options);
char *rcc_treatment_places_summary      (RccCatalog   *catalog,
                                         RccTreatment *treatment);
char *rcc_treatment_places_2014         (RccTreatment *treatment);
void  rcc_treatment_places_bind         (GtkListBox   *list_box,
                                         RccCatalog   *catalog,
                                         RccTreatment *treatment);

G_END_DECLS
