/* rcc-option.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-option.h"
#include "rcc-model-private.h"

/* One treatment option of a line of therapy, as the edition lists it:
 * the line, its place in the list (1-based), the treatment (none for an
 * option such as "any of the agents listed for first- or second-line
 * therapy", which a note then words), and the references the edition
 * cites for it. */

struct _RccOption
{
  GObject         parent_instance;

  RccTherapyLine  line;
  guint           position;
  RccTreatment   *treatment;
  char           *note;
  GListStore     *references;
};

G_DEFINE_FINAL_TYPE (RccOption, rcc_option, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LINE,
  PROP_POSITION,
  PROP_TREATMENT,
  PROP_NOTE,
  PROP_REFERENCES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_option_finalize (GObject *object)
{
  RccOption *self = (RccOption *)object;

  g_clear_object (&self->treatment);
  g_clear_pointer (&self->note, g_free);
  g_clear_object (&self->references);

  G_OBJECT_CLASS (rcc_option_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_LINE] = G_STRUCT_OFFSET (RccOption, line),
  [PROP_POSITION] = G_STRUCT_OFFSET (RccOption, position),
  [PROP_TREATMENT] = G_STRUCT_OFFSET (RccOption, treatment),
  [PROP_NOTE] = G_STRUCT_OFFSET (RccOption, note),
  [PROP_REFERENCES] = G_STRUCT_OFFSET (RccOption, references),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_option, field_offsets)

static void
rcc_option_class_init (RccOptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_option_finalize;
  object_class->get_property = rcc_option_get_property;
  object_class->set_property = rcc_option_set_property;

  properties [PROP_LINE] =
    g_param_spec_enum ("line", NULL, NULL,
                       RCC_TYPE_THERAPY_LINE, RCC_THERAPY_LINE_FIRST, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_TREATMENT] =
    g_param_spec_object ("treatment", NULL, NULL,
                         RCC_TYPE_TREATMENT, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_REFERENCES] =
    g_param_spec_object ("references", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_option_init (RccOption *self)
{
  self->references = g_list_store_new (RCC_TYPE_REFERENCE);
}

/**
 * rcc_option_new:
 * @treatment: (nullable): the treatment, or %NULL for an option that
 *   only @note words
 * @note: (nullable): our words about the option
 */
RccOption *
rcc_option_new (RccTherapyLine  line,
                guint           position,
                RccTreatment   *treatment,
                const char     *note)
{
  return g_object_new (RCC_TYPE_OPTION,
                       "line", line,
                       "position", position,
                       "treatment", treatment,
                       "note", note,
                       NULL);
}

RCC_DEFINE_FIELD_GETTER (RccOption, rcc_option, RCC_IS_OPTION, RccTherapyLine, line, RCC_THERAPY_LINE_FIRST)

/**
 * rcc_option_get_position:
 *
 * Returns: the option's place in its line, 1 for the first, in the
 *   edition's order
 */
RCC_DEFINE_FIELD_GETTER (RccOption, rcc_option, RCC_IS_OPTION, guint, position, 0)

/**
 * rcc_option_get_treatment:
 *
 * Returns: (transfer none) (nullable): the treatment, or %NULL for an
 *   option that only its note words
 */
RCC_DEFINE_FIELD_GETTER (RccOption, rcc_option, RCC_IS_OPTION, RccTreatment *, treatment, NULL)

/**
 * rcc_option_get_note:
 *
 * Returns: (nullable): our words about the option ("For intermediate-
 *   or poor-risk disease")
 */
RCC_DEFINE_FIELD_GETTER (RccOption, rcc_option, RCC_IS_OPTION, const char *, note, NULL)

/**
 * rcc_option_get_references:
 *
 * Returns: (transfer none): the references the edition cites for the
 *   option, a #GListModel of #RccReference (empty if none)
 */
GListModel *
rcc_option_get_references (RccOption *self)
{
  g_return_val_if_fail (RCC_IS_OPTION (self), NULL);

  return G_LIST_MODEL (self->references);
}

void
rcc_option_add_reference (RccOption    *self,
                          RccReference *reference)
{
  g_return_if_fail (RCC_IS_OPTION (self));
  g_return_if_fail (RCC_IS_REFERENCE (reference));

  g_list_store_append (self->references, reference);
}
