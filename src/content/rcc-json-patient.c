/* rcc-json-patient.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-json-patient.h"
#include "rcc-json-private.h"

/* A treatment's wording for patients, in each language the content has:
 *
 *   "plain_name": {"en": "radiation to ease symptoms",
 *                  "es": "radioterapia para aliviar síntomas"}
 *   "plain_summary_es": "La radioterapia externa dirige…"
 *
 * Left out where the content gives no plain name, no Spanish summary
 * ("plain_summary", in English, is written with the rest). */

static void
add_languages (JsonBuilder  *builder,
               const char   *member,
               const char   *en,
               const char   *es)
{
  if (en == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "en");
  json_builder_add_string_value (builder, en);
  if (es != NULL && g_strcmp0 (es, en) != 0)
    {
      json_builder_set_member_name (builder, "es");
      json_builder_add_string_value (builder, es);
    }
  json_builder_end_object (builder);
}

void
_rcc_json_add_treatment_patient (JsonBuilder  *builder,
                                 RccTreatment *treatment)
{
  const char *en;
  const char *es;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (RCC_IS_TREATMENT (treatment));

  en = rcc_treatment_get_plain_name (treatment, "en");
  es = rcc_treatment_get_plain_name (treatment, "es");
  add_languages (builder, "plain_name", en, es);

  en = rcc_treatment_get_plain_summary (treatment);
  es = rcc_treatment_get_plain_summary_for (treatment, "es");
  if (g_strcmp0 (es, en) != 0)
    _rcc_json_add_string (builder, "plain_summary_es", es);
}
