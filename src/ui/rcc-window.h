/* rcc-window.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "content/rcc-library.h"

G_BEGIN_DECLS

#define RCC_TYPE_WINDOW (rcc_window_get_type ())

G_DECLARE_FINAL_TYPE (RccWindow, rcc_window, RCC, WINDOW, AdwApplicationWindow)

RccWindow  *rcc_window_new              (GtkApplication *application,
                                         RccLibrary     *library);
RccLibrary *rcc_window_get_library      (RccWindow      *self);
GListModel *rcc_window_get_comparison   (RccWindow      *self);
gboolean    rcc_window_get_patient_view (RccWindow      *self);
void        rcc_window_set_patient_view (RccWindow      *self,
                                         gboolean        patient_view);
gboolean    rcc_window_get_presentation (RccWindow      *self);
void        rcc_window_set_presentation (RccWindow      *self,
                                         gboolean        presentation);
void        rcc_window_import_file      (RccWindow      *self,
                                         GFile          *file);

G_END_DECLS
