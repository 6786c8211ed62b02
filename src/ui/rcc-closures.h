/* rcc-closures.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/rcc-trial.h"

G_BEGIN_DECLS

gboolean  rcc_closure_has_text    (gpointer    instance,
                                   const char *text);
gboolean  rcc_closure_not         (gpointer    instance,
                                   gboolean    value);
char     *rcc_closure_trial_facts (gpointer    instance,
                                   RccTrial   *trial,
                                   gboolean    patient);

G_END_DECLS
