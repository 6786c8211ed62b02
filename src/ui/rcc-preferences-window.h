/* rcc-preferences-window.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RCC_TYPE_PREFERENCES_WINDOW (rcc_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RccPreferencesWindow, rcc_preferences_window,
                      RCC, PREFERENCES_WINDOW, AdwPreferencesWindow)

GtkWidget *rcc_preferences_window_new             (GtkWindow *parent);
double     rcc_preferences_window_snap_text_scale (double     scale);

G_END_DECLS
