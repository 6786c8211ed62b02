/* rcc-treatment-row.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-closures.h"
#include "rcc-treatment-row.h"
#include "model/rcc-fields.h"
#include "rcc-view-properties.h"

#include "report/rcc-patient-text.h"
#include "report/rcc-trial-text.h"

/* A treatment in the treatments list: an option's number in its line
 * of therapy and its treatment's name (or, for an option that names no
 * treatment, its note), the option's note, the treatment's category and
 * its place in the 2014 edition, and one line of evidence, all bound in
 * the template.  In patient view the category is in everyday words and
 * the figures, which need their abbreviations, are left to the detail. */

struct _RccTreatmentRow
{
  GtkWidget     parent_instance;

  RccOption    *option;
  RccTreatment *treatment;
  RccCatalog   *catalog;
  gboolean      patient;

  GtkWidget    *box;
};

G_DEFINE_FINAL_TYPE (RccTreatmentRow, rcc_treatment_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_OPTION,
  PROP_TREATMENT,
  PROP_CATALOG,
  PROP_PATIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (model/rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_OPTION] = G_STRUCT_OFFSET (RccTreatmentRow, option),
  [PROP_TREATMENT] = G_STRUCT_OFFSET (RccTreatmentRow, treatment),
  [PROP_CATALOG] = G_STRUCT_OFFSET (RccTreatmentRow, catalog),
  [PROP_PATIENT] = G_STRUCT_OFFSET (RccTreatmentRow, patient),
};

RCC_DEFINE_FIELD_GET_PROPERTY (rcc_treatment_row, field_offsets)

static char *
category_text (RccTreatment *treatment,
               RccCatalog   *catalog,
               gboolean      patient)
{
  g_autofree char *provenance = rcc_patient_text_provenance (treatment, catalog, patient);
  const char *category = patient
                       ? rcc_patient_text_category (rcc_treatment_get_category (treatment))
                       : rcc_category_get_label (rcc_treatment_get_category (treatment));
  guint option = rcc_treatment_get_option (treatment);

  if (!patient && option > 0)
    /* Translators: a treatment's category and its number in the 2014
     * edition's list of options: "VEGF-targeted therapy · 2014 edition: option 5" */
    return g_strdup_printf (_("%s · 2014 edition: option %u"), category, option);

  if (!patient && catalog != NULL)
    {
      g_autoptr(GListModel) options = rcc_catalog_get_options_for_treatment (catalog, treatment);

      /* In today's lists, and new since 2014 */
      if (g_list_model_get_n_items (options) > 0)
        /* Translators: a treatment's category: "Combination therapy · Not in the 2014 edition" */
        return g_strdup_printf (_("%s · Not in the 2014 edition"), category);
    }

  /* Translators: a treatment's category and where it comes from:
   * "Combination · Added from trial publications (2019)" */
  return g_strdup_printf (_("%s · %s"), category, provenance);
}

/* In patient view the option's plain name leads, the professional name
 * beside it: "Radiation to ease symptoms (Palliative EBRT)" */
static char *
title_text (RccOption    *option,
            RccTreatment *treatment,
            gboolean      patient)
{
  g_autofree char *name = treatment == NULL
                        ? g_strdup (option != NULL ? rcc_option_get_note (option) : NULL)
                        : patient ? rcc_patient_text_treatment_title (treatment)
                        : g_strdup (rcc_treatment_get_name (treatment));

  if (option == NULL)
    return g_steal_pointer (&name);

  /* Translators: an option's number in its line of therapy and its
   * treatment, "9. Sunitinib" */
  return g_strdup_printf (_("%u. %s"), rcc_option_get_position (option), name);
}

static char *
title_cb (gpointer      instance,
          RccOption    *option,
          RccTreatment *treatment,
          gboolean      patient)
{
  return title_text (option, treatment, patient);
}

static char *
note_cb (gpointer      instance,
         RccOption    *option,
         RccTreatment *treatment)
{
  /* An option with no treatment has its note as its title */
  if (option == NULL || treatment == NULL)
    return NULL;

  return g_strdup (rcc_option_get_note (option));
}

static char *
category_label_cb (gpointer      instance,
                   RccTreatment *treatment,
                   RccCatalog   *catalog,
                   gboolean      patient)
{
  return treatment != NULL ? category_text (treatment, catalog, patient) : NULL;
}

static char *
headline_cb (gpointer      instance,
             RccTreatment *treatment)
{
  return treatment != NULL ? rcc_trial_text_treatment_headline (treatment) : NULL;
}

static gboolean
show_headline_cb (gpointer      instance,
                  RccTreatment *treatment,
                  gboolean      patient)
{
  return treatment != NULL && !patient;
}

static void
update_accessible (RccTreatmentRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *category = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *description = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *note = NULL;

  if (self->treatment == NULL && self->option == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }

  title = title_text (self->option, self->treatment, self->patient);
  if (self->option != NULL && self->treatment != NULL)
    note = rcc_option_get_note (self->option);
  if (note != NULL)
    g_ptr_array_add (parts, (gpointer)note);

  if (self->treatment != NULL)
    {
      category = category_text (self->treatment, self->catalog, self->patient);
      g_ptr_array_add (parts, category);
      if (!self->patient)
        {
          headline = rcc_trial_text_treatment_headline (self->treatment);
          g_ptr_array_add (parts, headline);
        }
    }

  g_ptr_array_add (parts, NULL);
  /* The note, the category and source, then the headline figures */
  description = g_strjoinv (". ", (char **)parts->pdata);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
rcc_treatment_row_dispose (GObject *object)
{
  RccTreatmentRow *self = (RccTreatmentRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_TREATMENT_ROW);
  g_clear_object (&self->option);
  g_clear_object (&self->treatment);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (rcc_treatment_row_parent_class)->dispose (object);
}

static void
rcc_treatment_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RccTreatmentRow *self = RCC_TREATMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_OPTION:
      rcc_treatment_row_set_option (self, g_value_get_object (value));
      break;

    case PROP_TREATMENT:
      rcc_treatment_row_set_treatment (self, g_value_get_object (value));
      break;

    case PROP_CATALOG:
      rcc_treatment_row_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_PATIENT:
      rcc_treatment_row_set_patient (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_treatment_row_class_init (RccTreatmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_treatment_row_dispose;
  object_class->get_property = rcc_treatment_row_get_property;
  object_class->set_property = rcc_treatment_row_set_property;

  /* The option of a line of therapy shown, if any; it sets the treatment */
  properties [PROP_OPTION] =
    g_param_spec_object ("option", NULL, NULL, RCC_TYPE_OPTION, RCC_PARAM_EXPLICIT_NOTIFY);

  properties [PROP_TREATMENT] =
    g_param_spec_object ("treatment", NULL, NULL, RCC_TYPE_TREATMENT, RCC_PARAM_EXPLICIT_NOTIFY);

  /* For the year of the PDQ summary the treatment comes from */
  properties [PROP_CATALOG] = rcc_param_spec_catalog ();

  properties [PROP_PATIENT] = rcc_param_spec_patient ();

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-treatment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentRow, box);
  gtk_widget_class_bind_template_callback (widget_class, category_label_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "has_text_cb", G_CALLBACK (rcc_closure_has_text));
  gtk_widget_class_bind_template_callback (widget_class, headline_cb);
  gtk_widget_class_bind_template_callback (widget_class, note_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_headline_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_cb);
}

static void
rcc_treatment_row_init (RccTreatmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rcc_treatment_row_new (void)
{
  return g_object_new (RCC_TYPE_TREATMENT_ROW, NULL);
}

/**
 * rcc_treatment_row_get_treatment:
 *
 * Returns: (transfer none) (nullable): the treatment shown
 */
RccTreatment *
rcc_treatment_row_get_treatment (RccTreatmentRow *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_ROW (self), NULL);

  return self->treatment;
}

void
rcc_treatment_row_set_treatment (RccTreatmentRow *self,
                                 RccTreatment    *treatment)
{
  g_return_if_fail (RCC_IS_TREATMENT_ROW (self));
  g_return_if_fail (!treatment || RCC_IS_TREATMENT (treatment));

  if (!g_set_object (&self->treatment, treatment))
    return;

  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TREATMENT]);
}

/**
 * rcc_treatment_row_get_option:
 *
 * Returns: (transfer none) (nullable): the option shown
 */
RccOption *
rcc_treatment_row_get_option (RccTreatmentRow *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_ROW (self), NULL);

  return self->option;
}

/**
 * rcc_treatment_row_set_option:
 * @option: (nullable): an option of a line of therapy
 *
 * Shows @option: its number, its treatment (if it names one) and note.
 */
void
rcc_treatment_row_set_option (RccTreatmentRow *self,
                              RccOption       *option)
{
  g_return_if_fail (RCC_IS_TREATMENT_ROW (self));
  g_return_if_fail (!option || RCC_IS_OPTION (option));

  if (!g_set_object (&self->option, option))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OPTION]);
  rcc_treatment_row_set_treatment (self, option != NULL ? rcc_option_get_treatment (option) : NULL);
  update_accessible (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * rcc_treatment_row_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog the treatment is from
 */
RccCatalog *
rcc_treatment_row_get_catalog (RccTreatmentRow *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_ROW (self), NULL);

  return self->catalog;
}

void
rcc_treatment_row_set_catalog (RccTreatmentRow *self,
                               RccCatalog      *catalog)
{
  g_return_if_fail (RCC_IS_TREATMENT_ROW (self));
  g_return_if_fail (!catalog || RCC_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
}

gboolean
rcc_treatment_row_get_patient (RccTreatmentRow *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_ROW (self), FALSE);

  return self->patient;
}

void
rcc_treatment_row_set_patient (RccTreatmentRow *self,
                               gboolean         patient)
{
  g_return_if_fail (RCC_IS_TREATMENT_ROW (self));

  patient = !!patient;
  if (self->patient == patient)
    return;

  self->patient = patient;
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATIENT]);
}
