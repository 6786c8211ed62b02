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
 * Each left out where the content gives no plain name, no Spanish
 * summary ("plain_summary", in English, is written with the rest).
 * Side effects from patient-written sources, one object per drug:
 *
 *   "plain_side_effects": [{"drug": {"en": "sunitinib"},
 *                           "source": {"en": "…", "es": "…"},
 *                           "source_date": "2017", "often": {…},
 *                           "effects": [{"text": {…}, "often": {…}}],
 *                           "warning_signs": [{"en": "…", "es": "…"}]}]
 *
 * Left out where no drug of the treatment has one. */

/* {"en", "es"}: the Spanish only where it differs */
static void
add_language_object (JsonBuilder *builder,
                     const char  *en,
                     const char  *es)
{
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

static void
add_languages (JsonBuilder  *builder,
               const char   *member,
               const char   *en,
               const char   *es)
{
  if (en == NULL)
    return;

  json_builder_set_member_name (builder, member);
  add_language_object (builder, en, es);
}

static void
add_side_effects (JsonBuilder    *builder,
                  RccSideEffects *side_effects)
{
  json_builder_begin_object (builder);
  add_languages (builder, "drug", rcc_side_effects_get_drug (side_effects, "en"),
                 rcc_side_effects_get_drug (side_effects, "es"));
  add_languages (builder, "source", rcc_side_effects_get_source (side_effects, "en"),
                 rcc_side_effects_get_source (side_effects, "es"));
  if (rcc_side_effects_get_source_date (side_effects) != NULL)
    {
      json_builder_set_member_name (builder, "source_date");
      json_builder_add_string_value (builder, rcc_side_effects_get_source_date (side_effects));
    }
  add_languages (builder, "often", rcc_side_effects_get_often (side_effects, "en"),
                 rcc_side_effects_get_often (side_effects, "es"));

  json_builder_set_member_name (builder, "effects");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rcc_side_effects_get_n_effects (side_effects); i++)
    {
      json_builder_begin_object (builder);
      add_languages (builder, "text", rcc_side_effects_get_effect (side_effects, i, "en"),
                     rcc_side_effects_get_effect (side_effects, i, "es"));
      add_languages (builder, "often", rcc_side_effects_get_effect_often (side_effects, i, "en"),
                     rcc_side_effects_get_effect_often (side_effects, i, "es"));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "warning_signs");
  json_builder_begin_array (builder);
  for (guint i = 0; i < rcc_side_effects_get_n_warning_signs (side_effects); i++)
    add_language_object (builder,
                         rcc_side_effects_get_warning_sign (side_effects, i, "en"),
                         rcc_side_effects_get_warning_sign (side_effects, i, "es"));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

void
_rcc_json_add_treatment_patient (JsonBuilder  *builder,
                                 RccTreatment *treatment)
{
  const char *en;
  const char *es;
  GListModel *side_effects;

  g_return_if_fail (JSON_IS_BUILDER (builder));
  g_return_if_fail (RCC_IS_TREATMENT (treatment));

  en = rcc_treatment_get_plain_name (treatment, "en");
  es = rcc_treatment_get_plain_name (treatment, "es");
  add_languages (builder, "plain_name", en, es);

  en = rcc_treatment_get_plain_summary (treatment);
  es = rcc_treatment_get_plain_summary_for (treatment, "es");
  if (g_strcmp0 (es, en) != 0)
    _rcc_json_add_string (builder, "plain_summary_es", es);

  side_effects = rcc_treatment_get_plain_side_effects (treatment);
  if (g_list_model_get_n_items (side_effects) == 0)
    return;

  json_builder_set_member_name (builder, "plain_side_effects");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (side_effects); i++)
    {
      g_autoptr(RccSideEffects) item = g_list_model_get_item (side_effects, i);

      add_side_effects (builder, item);
    }
  json_builder_end_array (builder);
}
