/* rcc-side-effects.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-side-effects.h"
#include "rcc-model-private.h"

/* One drug's side effects in a patient's words, as the content gives
 * them from a patient-written source: the common ones, with how often
 * where the source says, and the warning signs to tell the care team
 * about at once.  Every text has its Spanish. */

typedef struct
{
  char *text;
  char *text_es;
  char *often;     /* nullable */
  char *often_es;
} Item;

struct _RccSideEffects
{
  GObject parent_instance;

  char   *drug;
  char   *drug_es;
  char   *source;
  char   *source_es;
  char   *source_date;
  char   *often;
  char   *often_es;

  GArray *effects;        /* of Item */
  GArray *warning_signs;  /* of Item, without often */
};

G_DEFINE_FINAL_TYPE (RccSideEffects, rcc_side_effects, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DRUG,
  PROP_DRUG_ES,
  PROP_SOURCE,
  PROP_SOURCE_ES,
  PROP_SOURCE_DATE,
  PROP_OFTEN,
  PROP_OFTEN_ES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_clear_pointer (&item->text, g_free);
  g_clear_pointer (&item->text_es, g_free);
  g_clear_pointer (&item->often, g_free);
  g_clear_pointer (&item->often_es, g_free);
}

static void
rcc_side_effects_finalize (GObject *object)
{
  RccSideEffects *self = (RccSideEffects *)object;

  g_clear_pointer (&self->drug, g_free);
  g_clear_pointer (&self->drug_es, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->source_es, g_free);
  g_clear_pointer (&self->source_date, g_free);
  g_clear_pointer (&self->often, g_free);
  g_clear_pointer (&self->often_es, g_free);
  g_clear_pointer (&self->effects, g_array_unref);
  g_clear_pointer (&self->warning_signs, g_array_unref);

  G_OBJECT_CLASS (rcc_side_effects_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_DRUG] = G_STRUCT_OFFSET (RccSideEffects, drug),
  [PROP_DRUG_ES] = G_STRUCT_OFFSET (RccSideEffects, drug_es),
  [PROP_SOURCE] = G_STRUCT_OFFSET (RccSideEffects, source),
  [PROP_SOURCE_ES] = G_STRUCT_OFFSET (RccSideEffects, source_es),
  [PROP_SOURCE_DATE] = G_STRUCT_OFFSET (RccSideEffects, source_date),
  [PROP_OFTEN] = G_STRUCT_OFFSET (RccSideEffects, often),
  [PROP_OFTEN_ES] = G_STRUCT_OFFSET (RccSideEffects, often_es),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_side_effects, field_offsets)

static void
rcc_side_effects_class_init (RccSideEffectsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char *names[N_PROPS] = {
    NULL, "drug", "drug-es", "source", "source-es", "source-date", "often", "often-es",
  };

  object_class->finalize = rcc_side_effects_finalize;
  object_class->get_property = rcc_side_effects_get_property;
  object_class->set_property = rcc_side_effects_set_property;

  for (guint i = 1; i < N_PROPS; i++)
    properties[i] = g_param_spec_string (names[i], NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_side_effects_init (RccSideEffects *self)
{
  self->effects = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->effects, item_clear);
  self->warning_signs = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->warning_signs, item_clear);
}

/**
 * rcc_side_effects_get_drug:
 *
 * Returns: the drug, lower case as it runs in a sentence: "nivolumab"
 */
const char *
rcc_side_effects_get_drug (RccSideEffects *self,
                           const char     *language)
{
  g_return_val_if_fail (RCC_IS_SIDE_EFFECTS (self), NULL);

  return _rcc_in_language (self->drug, self->drug_es, language);
}

/**
 * rcc_side_effects_get_source:
 *
 * Returns: the patient sources, lower case as they run in a sentence:
 *   "patient pages from Cancer Research UK and UPMC"
 */
const char *
rcc_side_effects_get_source (RccSideEffects *self,
                             const char     *language)
{
  g_return_val_if_fail (RCC_IS_SIDE_EFFECTS (self), NULL);

  return _rcc_in_language (self->source, self->source_es, language);
}

/**
 * rcc_side_effects_get_source_date:
 *
 * Returns: (nullable): the source's date as it gives it, "2017"
 */
RCC_DEFINE_FIELD_GETTER (RccSideEffects, rcc_side_effects, RCC_IS_SIDE_EFFECTS,
                         const char *, source_date, NULL)

/**
 * rcc_side_effects_get_often:
 *
 * Returns: (nullable): how often, for all the common side effects, as
 *   the source says it: "each in 20 or more in 100 people"
 */
const char *
rcc_side_effects_get_often (RccSideEffects *self,
                            const char     *language)
{
  g_return_val_if_fail (RCC_IS_SIDE_EFFECTS (self), NULL);

  return _rcc_in_language (self->often, self->often_es, language);
}

/* The text (or how often) of item @index of @items in @language: the
 * effects and the warning signs are read alike */
static const char *
item_text (GArray     *items,
           guint       index,
           gboolean    often,
           const char *language)
{
  const Item *item;

  g_return_val_if_fail (index < items->len, NULL);

  item = &g_array_index (items, Item, index);
  if (often)
    return _rcc_in_language (item->often, item->often_es, language);

  return _rcc_in_language (item->text, item->text_es, language);
}

/* Appends a copy of the texts to @items.  Called only once the public
 * function has checked its arguments, so that a refused call copies
 * nothing (and leaks nothing). */
static void
items_append (GArray     *items,
              const char *text,
              const char *text_es,
              const char *often,
              const char *often_es)
{
  Item item = { g_strdup (text), g_strdup (text_es), g_strdup (often), g_strdup (often_es) };

  g_array_append_val (items, item);
}

guint
rcc_side_effects_get_n_effects (RccSideEffects *self)
{
  g_return_val_if_fail (RCC_IS_SIDE_EFFECTS (self), 0);

  return self->effects->len;
}

/**
 * rcc_side_effects_get_effect:
 *
 * Returns: one common side effect, lower case: "tiredness, most often mild"
 */
const char *
rcc_side_effects_get_effect (RccSideEffects *self,
                             guint           index,
                             const char     *language)
{
  g_return_val_if_fail (RCC_IS_SIDE_EFFECTS (self), NULL);

  return item_text (self->effects, index, FALSE, language);
}

/**
 * rcc_side_effects_get_effect_often:
 *
 * Returns: (nullable): how often that side effect happens, as the source
 *   says it: "almost 8 in 10 people"
 */
const char *
rcc_side_effects_get_effect_often (RccSideEffects *self,
                                   guint           index,
                                   const char     *language)
{
  g_return_val_if_fail (RCC_IS_SIDE_EFFECTS (self), NULL);

  return item_text (self->effects, index, TRUE, language);
}

guint
rcc_side_effects_get_n_warning_signs (RccSideEffects *self)
{
  g_return_val_if_fail (RCC_IS_SIDE_EFFECTS (self), 0);

  return self->warning_signs->len;
}

/**
 * rcc_side_effects_get_warning_sign:
 *
 * Returns: one sign to tell the care team about at once, lower case
 */
const char *
rcc_side_effects_get_warning_sign (RccSideEffects *self,
                                   guint           index,
                                   const char     *language)
{
  g_return_val_if_fail (RCC_IS_SIDE_EFFECTS (self), NULL);

  return item_text (self->warning_signs, index, FALSE, language);
}

void
rcc_side_effects_add_effect (RccSideEffects *self,
                             const char     *text,
                             const char     *text_es,
                             const char     *often,
                             const char     *often_es)
{
  g_return_if_fail (RCC_IS_SIDE_EFFECTS (self));
  g_return_if_fail (text != NULL);

  items_append (self->effects, text, text_es, often, often_es);
}

void
rcc_side_effects_add_warning_sign (RccSideEffects *self,
                                   const char     *text,
                                   const char     *text_es)
{
  g_return_if_fail (RCC_IS_SIDE_EFFECTS (self));
  g_return_if_fail (text != NULL);

  items_append (self->warning_signs, text, text_es, NULL, NULL);
}
