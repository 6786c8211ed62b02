/* rcc-icon-size.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void rcc_icon_size_follow_text (GdkDisplay *display);

G_END_DECLS
