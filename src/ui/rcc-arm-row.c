/* rcc-arm-row.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-arm-row.h"
#include "model/rcc-fields.h"

#include "report/rcc-patient-text.h"

/* One arm of a trial: its label, whether it is the control, its dose and
 * how many patients it enrolled.  In patient view: the treatment in
 * plain words, "comparison group" for the control, and "216 people". */

struct _RccArmRow
{
  AdwActionRow  parent_instance;

  RccArm       *arm;
  gboolean      patient;
};

G_DEFINE_FINAL_TYPE (RccArmRow, rcc_arm_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ARM,
  PROP_PATIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (model/rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_ARM] = G_STRUCT_OFFSET (RccArmRow, arm),
  [PROP_PATIENT] = G_STRUCT_OFFSET (RccArmRow, patient),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_arm_row, field_offsets)

static char *
enrolled_cb (gpointer instance,
             guint    enrolled,
             gboolean patient)
{
  if (enrolled == 0)
    return NULL;

  if (patient)
    /* Translators: how many people were in one group of a study */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", enrolled),
                            enrolled);

  /* Translators: patients in one arm of a trial, "n = 451" */
  return g_strdup_printf (_("n = %u"), enrolled);
}

static gboolean
has_enrolled_cb (gpointer instance,
                 guint    enrolled)
{
  return enrolled > 0;
}

static void
rcc_arm_row_constructed (GObject *object)
{
  RccArmRow *self = (RccArmRow *)object;
  const char *label = rcc_arm_get_label (self->arm);
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (rcc_arm_row_parent_class)->constructed (object);

  if (self->patient)
    {
      g_autofree char *name = rcc_patient_text_arm_title (self->arm);

      /* Translators: the group of a study that the others are compared
       * with, "Sunitinib, the comparison group" */
      if (rcc_arm_get_control (self->arm))
        title = g_strdup_printf (_("%s, the comparison group"), name);
      else
        title = g_steal_pointer (&name);
    }
  else
    /* Translators: a trial arm that is the control, "Placebo (control)" */
    title = rcc_arm_get_control (self->arm) ? g_strdup_printf (_("%s (control)"), label)
                                            : g_strdup (label);

  /* Set once, not bound in the template: on GTK 4.8 a <binding> on the
   * template object itself fails its weak-ref bookkeeping at dispose.
   * Doses are for the professional view. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  if (!self->patient)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), rcc_arm_get_dose (self->arm));
}

static void
rcc_arm_row_dispose (GObject *object)
{
  RccArmRow *self = (RccArmRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_ARM_ROW);
  g_clear_object (&self->arm);

  G_OBJECT_CLASS (rcc_arm_row_parent_class)->dispose (object);
}

static void
rcc_arm_row_class_init (RccArmRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rcc_arm_row_constructed;
  object_class->dispose = rcc_arm_row_dispose;
  object_class->get_property = rcc_arm_row_get_property;
  object_class->set_property = rcc_arm_row_set_property;

  properties [PROP_ARM] =
    g_param_spec_object ("arm", NULL, NULL, RCC_TYPE_ARM, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_PATIENT] =
    g_param_spec_boolean ("patient", NULL, NULL, FALSE, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rcc-arm-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, enrolled_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_enrolled_cb);
}

static void
rcc_arm_row_init (RccArmRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rcc_arm_row_new:
 * @patient: whether to say it in plain words, for patients
 */
GtkWidget *
rcc_arm_row_new (RccArm   *arm,
                 gboolean  patient)
{
  g_return_val_if_fail (RCC_IS_ARM (arm), NULL);

  return g_object_new (RCC_TYPE_ARM_ROW,
                       "arm", arm,
                       "patient", patient,
                       NULL);
}
