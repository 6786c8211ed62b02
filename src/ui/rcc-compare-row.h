/* rcc-compare-row.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "model/rcc-trial.h"

G_BEGIN_DECLS

#define RCC_TYPE_COMPARE_ROW (rcc_compare_row_get_type ())

G_DECLARE_FINAL_TYPE (RccCompareRow, rcc_compare_row, RCC, COMPARE_ROW, AdwActionRow)

GtkWidget *rcc_compare_row_new       (RccTrial      *trial);
RccTrial  *rcc_compare_row_get_trial (RccCompareRow *self);
void       rcc_compare_row_set_ends  (RccCompareRow *self,
                                      gboolean       first,
                                      gboolean       last);

G_END_DECLS
