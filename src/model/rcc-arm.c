/* rcc-arm.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-arm.h"
#include "rcc-model-private.h"

/* One arm of a trial: who got what.  "enrolled" is 0 where the source gives no per-arm number. */

struct _RccArm
{
  GObject parent_instance;

  char      *id;
  char      *label;
  char      *dose;
  guint      enrolled;
  gboolean   control;
  char     **treatment_ids;
  char     **interventions;
};

G_DEFINE_FINAL_TYPE (RccArm, rcc_arm, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_DOSE,
  PROP_ENROLLED,
  PROP_CONTROL,
  PROP_TREATMENT_IDS,
  PROP_INTERVENTIONS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_arm_finalize (GObject *object)
{
  RccArm *self = (RccArm *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->dose, g_free);
  g_clear_pointer (&self->treatment_ids, g_strfreev);
  g_clear_pointer (&self->interventions, g_strfreev);

  G_OBJECT_CLASS (rcc_arm_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (RccArm, id),
  [PROP_LABEL] = G_STRUCT_OFFSET (RccArm, label),
  [PROP_DOSE] = G_STRUCT_OFFSET (RccArm, dose),
  [PROP_ENROLLED] = G_STRUCT_OFFSET (RccArm, enrolled),
  [PROP_CONTROL] = G_STRUCT_OFFSET (RccArm, control),
  [PROP_TREATMENT_IDS] = G_STRUCT_OFFSET (RccArm, treatment_ids),
  [PROP_INTERVENTIONS] = G_STRUCT_OFFSET (RccArm, interventions),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_arm, field_offsets)

static void
rcc_arm_class_init (RccArmClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_arm_finalize;
  object_class->get_property = rcc_arm_get_property;
  object_class->set_property = rcc_arm_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_DOSE] =
    g_param_spec_string ("dose", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_ENROLLED] =
    g_param_spec_uint ("enrolled", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_CONTROL] =
    g_param_spec_boolean ("control", NULL, NULL, FALSE, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_TREATMENT_IDS] =
    g_param_spec_boxed ("treatment-ids", NULL, NULL, G_TYPE_STRV, RCC_PARAM_CONSTRUCT_ONLY);

  /* An imported arm's interventions as its registry record names them
   * ("Drug: Sorafenib"); imported arms have no treatment-ids, since
   * nobody has reviewed which of our treatments they are. */
  properties [PROP_INTERVENTIONS] =
    g_param_spec_boxed ("interventions", NULL, NULL, G_TYPE_STRV, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_arm_init (RccArm *self)
{
}

RCC_DEFINE_FIELD_GETTER (RccArm, rcc_arm, RCC_IS_ARM, const char *, id, NULL)
RCC_DEFINE_FIELD_GETTER (RccArm, rcc_arm, RCC_IS_ARM, const char *, label, NULL)
RCC_DEFINE_FIELD_GETTER (RccArm, rcc_arm, RCC_IS_ARM, const char *, dose, NULL)
RCC_DEFINE_FIELD_GETTER (RccArm, rcc_arm, RCC_IS_ARM, guint, enrolled, 0)
RCC_DEFINE_FIELD_GETTER (RccArm, rcc_arm, RCC_IS_ARM, gboolean, control, FALSE)

const char * const *
rcc_arm_get_treatment_ids (RccArm *self)
{
  g_return_val_if_fail (RCC_IS_ARM (self), NULL);

  return (const char * const *)self->treatment_ids;
}

/**
 * rcc_arm_uses_treatment:
 *
 * Returns: whether the arm received the treatment @treatment_id
 */
gboolean
rcc_arm_uses_treatment (RccArm     *self,
                        const char *treatment_id)
{
  g_return_val_if_fail (RCC_IS_ARM (self), FALSE);
  g_return_val_if_fail (treatment_id != NULL, FALSE);

  return self->treatment_ids != NULL &&
         g_strv_contains ((const char * const *)self->treatment_ids, treatment_id);
}

const char * const *
rcc_arm_get_interventions (RccArm *self)
{
  g_return_val_if_fail (RCC_IS_ARM (self), NULL);

  return (const char * const *)self->interventions;
}
