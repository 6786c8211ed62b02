/* rcc-trial-harm-rows.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "model/rcc-trial.h"

G_BEGIN_DECLS

void rcc_trial_harm_rows_fill (GtkListBox *harm_list,
                               GtkListBox *esmo_list,
                               RccTrial   *trial);

G_END_DECLS
