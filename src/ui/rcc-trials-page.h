/* rcc-trials-page.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

#define RCC_TYPE_TRIALS_PAGE (rcc_trials_page_get_type ())

G_DECLARE_FINAL_TYPE (RccTrialsPage, rcc_trials_page, RCC, TRIALS_PAGE, GtkWidget)

RccCatalog *rcc_trials_page_get_catalog      (RccTrialsPage *self);
void        rcc_trials_page_set_catalog      (RccTrialsPage *self,
                                              RccCatalog    *catalog);
gboolean    rcc_trials_page_get_patient      (RccTrialsPage *self);
void        rcc_trials_page_set_patient      (RccTrialsPage *self,
                                              gboolean       patient);
gboolean    rcc_trials_page_get_presentation (RccTrialsPage *self);
void        rcc_trials_page_set_presentation (RccTrialsPage *self,
                                              gboolean       presentation);
void        rcc_trials_page_focus_search     (RccTrialsPage *self);
void        rcc_trials_page_select_trial     (RccTrialsPage *self,
                                              const char    *trial_id);

G_END_DECLS
