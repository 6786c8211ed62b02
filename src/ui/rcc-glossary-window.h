/* rcc-glossary-window.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define RCC_TYPE_GLOSSARY_WINDOW (rcc_glossary_window_get_type ())

G_DECLARE_FINAL_TYPE (RccGlossaryWindow, rcc_glossary_window, RCC, GLOSSARY_WINDOW, AdwWindow)

GtkWidget *rcc_glossary_window_new (GtkWindow *parent);

G_END_DECLS
