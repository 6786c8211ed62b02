/* rcc-closures.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-closures.h"

#include "report/rcc-patient-text.h"
#include "report/rcc-trial-text.h"

/* The <closure> functions several templates use, written once: each
 * widget class binds the ones its template names with
 * gtk_widget_class_bind_template_callback_full(), under the name the
 * template gives. */

/* Whether a label has something to show */
gboolean
rcc_closure_has_text (gpointer    instance,
                      const char *text)
{
  return text != NULL && *text != '\0';
}

gboolean
rcc_closure_not (gpointer instance,
                 gboolean value)
{
  return !value;
}

/* A trial's facts line, for clinicians or in plain language */
char *
rcc_closure_trial_facts (gpointer  instance,
                         RccTrial *trial,
                         gboolean  patient)
{
  if (trial == NULL)
    return NULL;

  return patient ? rcc_patient_text_trial_facts (trial) : rcc_trial_text_facts (trial);
}
