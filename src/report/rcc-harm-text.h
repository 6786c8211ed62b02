/* rcc-harm-text.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-trial.h"

G_BEGIN_DECLS

/* Words for harm, follow-up and ESMO-MCBS grades, shared by the trial
 * detail and the comparison so both name a measure the same way. */

char       *rcc_harm_text_measure       (RccHarm      *harm);
char       *rcc_harm_text_figure        (RccHarm      *harm);
char       *rcc_harm_text_follow_up     (RccFollowUp  *follow_up);
char       *rcc_harm_text_esmo_grade    (RccEsmoGrade *grade);
char       *rcc_harm_text_esmo_source   (RccEsmoGrade *grade);
const char *rcc_harm_text_not_graded    (void);
const char *rcc_harm_text_not_in_guide  (void);
const char *rcc_harm_text_secondary_mark (void);

G_END_DECLS
