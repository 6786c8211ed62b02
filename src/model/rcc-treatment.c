/* rcc-treatment.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-treatment.h"
#include "rcc-model-private.h"

#include "rcc-side-effects.h"

/* A treatment option.  "option" is its number in the PDQ list (1-11), 0 for none. */

struct _RccTreatment
{
  GObject parent_instance;

  char         *id;
  char         *name;
  guint         option;
  RccCategory   category;
  char         *brand;
  char         *mechanism;
  char         *targets;
  char         *indication;
  char         *dosing;
  char         *side_effects;
  char         *summary;
  char         *plain_summary;
  char         *plain_summary_es;
  char         *plain_name;
  char         *plain_name_es;
  char        **reference_ids;

  GListStore   *trials;
  GListStore   *plain_side_effects;
  char         *search_text;
};

G_DEFINE_FINAL_TYPE (RccTreatment, rcc_treatment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_OPTION,
  PROP_CATEGORY,
  PROP_BRAND,
  PROP_MECHANISM,
  PROP_TARGETS,
  PROP_INDICATION,
  PROP_DOSING,
  PROP_SIDE_EFFECTS,
  PROP_SUMMARY,
  PROP_PLAIN_SUMMARY,
  PROP_PLAIN_SUMMARY_ES,
  PROP_PLAIN_NAME,
  PROP_PLAIN_NAME_ES,
  PROP_REFERENCE_IDS,
  PROP_TRIALS,
  PROP_PLAIN_SIDE_EFFECTS,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_treatment_finalize (GObject *object)
{
  RccTreatment *self = (RccTreatment *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->brand, g_free);
  g_clear_pointer (&self->mechanism, g_free);
  g_clear_pointer (&self->targets, g_free);
  g_clear_pointer (&self->indication, g_free);
  g_clear_pointer (&self->dosing, g_free);
  g_clear_pointer (&self->side_effects, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->plain_summary, g_free);
  g_clear_pointer (&self->plain_summary_es, g_free);
  g_clear_pointer (&self->plain_name, g_free);
  g_clear_pointer (&self->plain_name_es, g_free);
  g_clear_pointer (&self->reference_ids, g_strfreev);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_object (&self->trials);
  g_clear_object (&self->plain_side_effects);

  G_OBJECT_CLASS (rcc_treatment_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h); the search text is
 * built when first asked for */
static const gsize field_offsets[N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (RccTreatment, id),
  [PROP_NAME] = G_STRUCT_OFFSET (RccTreatment, name),
  [PROP_OPTION] = G_STRUCT_OFFSET (RccTreatment, option),
  [PROP_CATEGORY] = G_STRUCT_OFFSET (RccTreatment, category),
  [PROP_BRAND] = G_STRUCT_OFFSET (RccTreatment, brand),
  [PROP_MECHANISM] = G_STRUCT_OFFSET (RccTreatment, mechanism),
  [PROP_TARGETS] = G_STRUCT_OFFSET (RccTreatment, targets),
  [PROP_INDICATION] = G_STRUCT_OFFSET (RccTreatment, indication),
  [PROP_DOSING] = G_STRUCT_OFFSET (RccTreatment, dosing),
  [PROP_SIDE_EFFECTS] = G_STRUCT_OFFSET (RccTreatment, side_effects),
  [PROP_SUMMARY] = G_STRUCT_OFFSET (RccTreatment, summary),
  [PROP_PLAIN_SUMMARY] = G_STRUCT_OFFSET (RccTreatment, plain_summary),
  [PROP_PLAIN_SUMMARY_ES] = G_STRUCT_OFFSET (RccTreatment, plain_summary_es),
  [PROP_PLAIN_NAME] = G_STRUCT_OFFSET (RccTreatment, plain_name),
  [PROP_PLAIN_NAME_ES] = G_STRUCT_OFFSET (RccTreatment, plain_name_es),
  [PROP_REFERENCE_IDS] = G_STRUCT_OFFSET (RccTreatment, reference_ids),
  [PROP_TRIALS] = G_STRUCT_OFFSET (RccTreatment, trials),
  [PROP_PLAIN_SIDE_EFFECTS] = G_STRUCT_OFFSET (RccTreatment, plain_side_effects),
};

static void
rcc_treatment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  if (prop_id == PROP_SEARCH_TEXT)
    g_value_set_string (value, rcc_treatment_get_search_text (RCC_TREATMENT (object)));
  else if (!rcc_fields_get_property (object, field_offsets, N_PROPS, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

RCC_DEFINE_FIELD_SET_PROPERTY (rcc_treatment, field_offsets)

static void
rcc_treatment_class_init (RccTreatmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_treatment_finalize;
  object_class->get_property = rcc_treatment_get_property;
  object_class->set_property = rcc_treatment_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_OPTION] =
    g_param_spec_uint ("option", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_CATEGORY] =
    g_param_spec_enum ("category", NULL, NULL,
                       RCC_TYPE_CATEGORY, RCC_CATEGORY_SURGERY, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_BRAND] =
    g_param_spec_string ("brand", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_MECHANISM] =
    g_param_spec_string ("mechanism", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_TARGETS] =
    g_param_spec_string ("targets", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_INDICATION] =
    g_param_spec_string ("indication", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_DOSING] =
    g_param_spec_string ("dosing", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_SIDE_EFFECTS] =
    g_param_spec_string ("side-effects", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_PLAIN_SUMMARY] =
    g_param_spec_string ("plain-summary", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* The same paragraph in Spanish, where the content has it. */
  properties [PROP_PLAIN_SUMMARY_ES] =
    g_param_spec_string ("plain-summary-es", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* What a patient calls the option, "radiation to ease symptoms", in
   * English and in Spanish, as the content words it. */
  properties [PROP_PLAIN_NAME] =
    g_param_spec_string ("plain-name", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_PLAIN_NAME_ES] =
    g_param_spec_string ("plain-name-es", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_REFERENCE_IDS] =
    g_param_spec_boxed ("reference-ids", NULL, NULL, G_TYPE_STRV, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_TRIALS] =
    g_param_spec_object ("trials", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  /* Of RccSideEffects: one per drug, from a patient-written source */
  properties [PROP_PLAIN_SIDE_EFFECTS] =
    g_param_spec_object ("plain-side-effects", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  /* Name, brand, targets, mechanism and category, casefolded, built once. */
  properties [PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, RCC_PARAM_READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_treatment_init (RccTreatment *self)
{
  self->trials = g_list_store_new (RCC_TYPE_TRIAL);
  self->plain_side_effects = g_list_store_new (RCC_TYPE_SIDE_EFFECTS);
  self->category = RCC_CATEGORY_SURGERY;
}

RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, id, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, name, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, guint, option, 0)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, RccCategory, category, 0)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, brand, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, mechanism, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, targets, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, indication, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, dosing, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, side_effects, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, summary, NULL)
RCC_DEFINE_FIELD_GETTER (RccTreatment, rcc_treatment, RCC_IS_TREATMENT, const char *, plain_summary, NULL)

/**
 * rcc_treatment_get_plain_summary_for:
 * @language: (nullable): "es" for Spanish; %NULL or anything else for English
 *
 * Returns: (nullable): the paragraph for patients in @language where
 *   the content has it, else in English
 */
const char *
rcc_treatment_get_plain_summary_for (RccTreatment *self,
                                     const char   *language)
{
  g_return_val_if_fail (RCC_IS_TREATMENT (self), NULL);

  return _rcc_in_language (self->plain_summary, self->plain_summary_es, language);
}

/**
 * rcc_treatment_get_plain_name:
 * @language: (nullable): "es" for Spanish; %NULL or anything else for English
 *
 * Returns: (nullable): the option in a patient's words, in @language
 *   where the content has it, else in English; %NULL if the content
 *   gives none
 */
const char *
rcc_treatment_get_plain_name (RccTreatment *self,
                              const char   *language)
{
  g_return_val_if_fail (RCC_IS_TREATMENT (self), NULL);

  return _rcc_in_language (self->plain_name, self->plain_name_es, language);
}

const char * const *
rcc_treatment_get_reference_ids (RccTreatment *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT (self), NULL);

  return (const char * const *)self->reference_ids;
}

/**
 * rcc_treatment_get_trials:
 *
 * Returns: (transfer none): the trials with an arm that uses this
 *   treatment, a #GListModel of #RccTrial
 */
GListModel *
rcc_treatment_get_trials (RccTreatment *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT (self), NULL);

  return G_LIST_MODEL (self->trials);
}

const char *
rcc_treatment_get_search_text (RccTreatment *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT (self), NULL);

  if (self->search_text == NULL)
    {
      g_autofree char *joined = NULL;

      joined = g_strjoin (" ",
                          self->name ? self->name : "",
                          self->brand ? self->brand : "",
                          self->targets ? self->targets : "",
                          self->mechanism ? self->mechanism : "",
                          self->indication ? self->indication : "",
                          rcc_category_get_label (self->category),
                          rcc_enum_to_nick (RCC_TYPE_CATEGORY, self->category),
                          NULL);
      self->search_text = g_utf8_casefold (joined, -1);
    }

  return self->search_text;
}

void
rcc_treatment_add_trial (RccTreatment *self,
                         RccTrial     *trial)
{
  g_return_if_fail (RCC_IS_TREATMENT (self));
  g_return_if_fail (RCC_IS_TRIAL (trial));

  g_list_store_append (self->trials, trial);
}

/**
 * rcc_treatment_remove_trial:
 *
 * Takes @trial out of the treatment's trials, if it is there.
 */
void
rcc_treatment_remove_trial (RccTreatment *self,
                            RccTrial     *trial)
{
  guint position;

  g_return_if_fail (RCC_IS_TREATMENT (self));
  g_return_if_fail (RCC_IS_TRIAL (trial));

  if (g_list_store_find (self->trials, trial, &position))
    g_list_store_remove (self->trials, position);
}

/**
 * rcc_treatment_get_plain_side_effects:
 *
 * Returns: (transfer none): of #RccSideEffects, one per drug of the
 *   treatment that has a patient-written source, in the content's order;
 *   empty where none has
 */
GListModel *
rcc_treatment_get_plain_side_effects (RccTreatment *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT (self), NULL);

  return G_LIST_MODEL (self->plain_side_effects);
}

void
rcc_treatment_add_plain_side_effects (RccTreatment   *self,
                                      RccSideEffects *side_effects)
{
  g_return_if_fail (RCC_IS_TREATMENT (self));
  g_return_if_fail (RCC_IS_SIDE_EFFECTS (side_effects));

  g_list_store_append (self->plain_side_effects, side_effects);
}
