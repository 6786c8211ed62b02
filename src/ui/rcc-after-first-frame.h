/* rcc-after-first-frame.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*RccAfterFirstFrameFunc) (GtkWidget *widget);

void rcc_after_first_frame (GtkWidget              *widget,
                            RccAfterFirstFrameFunc  func);

G_END_DECLS
