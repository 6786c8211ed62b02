/* rcc-treatment-detail.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rcc-closures.h"
#include "rcc-treatment-detail.h"
#include "model/rcc-fields.h"
#include "rcc-view-properties.h"

#include "report/rcc-patient-text.h"
#include "report/rcc-side-effect-text.h"
#include "ui/rcc-after-first-frame.h"
#include "ui/rcc-build-when-mapped.h"
#include "ui/rcc-field-row.h"
#include "ui/rcc-glossary-button.h"
#include "ui/rcc-reference-row.h"
#include "ui/rcc-source-footer.h"
#include "ui/rcc-treatment-places.h"
#include "ui/rcc-trial-summary-row.h"

/* Everything the content says about one treatment option: what it is and
 * how it works, how it is used, its trials with their headline figures,
 * and its references.
 *
 * In patient view every option has the same three parts, none singled
 * out: what it is and how it is given (the content's plain summary),
 * what the studies found (each trial's figures as sentences), and its
 * common side effects, saying where the list comes from.
 *
 * The name, facts, summary and button are the first screenful; the rest
 * (the body: places, how it works, use, trials, side effects,
 * references, source; rcc-treatment-body.ui) is built and shown once the
 * first frame is on screen, so that the window's first frame builds and
 * lays out one screen of text rather than the whole page.  From then on
 * it follows the treatment at once. */

struct _RccTreatmentDetail
{
  GtkWidget          parent_instance;

  RccCatalog        *catalog;
  RccTreatment      *treatment;
  gboolean           patient;

  GtkButton         *add_button;
  GtkBox            *content;
  AdwBin            *empty_bin;      /* rcc-treatment-empty.ui, once shown */
  /* In the body, NULL until it is built */
  GtkListBox        *places_list;
  GtkListBox        *references_list;
  GtkScrolledWindow *scrolled_window;
  GtkWidget         *source_footer;
  GtkStack          *stack;
  GtkListBox        *trials_list;
};

static GtkBuilderScope *body_scope;  /* the body's callbacks */

G_DEFINE_FINAL_TYPE (RccTreatmentDetail, rcc_treatment_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_TREATMENT,
  PROP_PATIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (model/rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_CATALOG] = G_STRUCT_OFFSET (RccTreatmentDetail, catalog),
  [PROP_TREATMENT] = G_STRUCT_OFFSET (RccTreatmentDetail, treatment),
  [PROP_PATIENT] = G_STRUCT_OFFSET (RccTreatmentDetail, patient),
};

RCC_DEFINE_FIELD_GET_PROPERTY (rcc_treatment_detail, field_offsets)

static char *
stack_page_cb (gpointer      instance,
               RccTreatment *treatment)
{
  return g_strdup (treatment != NULL ? "treatment" : "empty");
}

static char *
facts_cb (gpointer      instance,
          RccTreatment *treatment,
          RccCatalog   *catalog,
          gboolean      patient)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  RccCategory category;
  const char *brand;

  if (treatment == NULL)
    return NULL;

  category = rcc_treatment_get_category (treatment);
  brand = rcc_treatment_get_brand (treatment);

  if (patient)
    {
      g_ptr_array_add (parts, g_strdup (rcc_patient_text_category (category)));
      if (brand != NULL)
        /* Translators: a medicine's brand name */
        g_ptr_array_add (parts, g_strdup_printf (_("Brand name %s"), brand));
    }
  else
    {
      g_ptr_array_add (parts, g_strdup (rcc_category_get_label (category)));
      if (brand != NULL)
        g_ptr_array_add (parts, g_strdup (brand));
    }

  if (!patient && catalog != NULL)
    {
      /* "First line, option 9; Third and fourth line, option 2 · 2014 edition: option 4" */
      if (g_list_model_get_n_items (rcc_catalog_get_options (catalog)) > 0)
        g_ptr_array_add (parts, rcc_treatment_places_summary (catalog, treatment));
      g_ptr_array_add (parts, rcc_treatment_places_2014 (treatment));
    }
  else
    /* "National Cancer Institute, 2025", "Added from study reports (2019)" */
    g_ptr_array_add (parts, rcc_patient_text_provenance (treatment, catalog, patient));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

/* In patient view, the plain name with the professional one beside it */
static char *
title_cb (gpointer      instance,
          RccTreatment *treatment,
          gboolean      patient)
{
  if (treatment == NULL)
    return NULL;

  return patient ? rcc_patient_text_treatment_title (treatment)
                 : g_strdup (rcc_treatment_get_name (treatment));
}

static char *
summary_cb (gpointer      instance,
            gboolean      patient,
            const char   *summary,
            const char   *plain_summary,
            RccTreatment *treatment)
{
  /* In the interface's language where the content has it */
  if (patient && plain_summary != NULL && treatment != NULL)
    return g_strdup (rcc_patient_text_plain_summary (treatment));

  return g_strdup (patient && plain_summary != NULL ? plain_summary : summary);
}

static char *
trials_title_cb (gpointer instance,
                 gboolean patient)
{
  return g_strdup (patient ? _("What the Studies Found") : _("Trials"));
}

static char *
trials_description_cb (gpointer instance,
                       gboolean patient)
{
  return g_strdup (patient
                   ? _("Each study in this guide that gave this treatment, in plain words")
                   : _("Primary results of the trials in this guide with an arm that "
                       "received this treatment"));
}

static char *
trials_terms_cb (gpointer instance,
                 gboolean patient)
{
  return g_strdup (patient ? "median randomised-trial placebo"
                           : "pfs median hazard-ratio confidence-interval");
}

static char *
no_trials_cb (gpointer instance,
              gboolean patient)
{
  return g_strdup (patient ? _("No study in this guide reports results for this treatment.")
                           : _("No trial in this guide used this treatment."));
}

static char *
side_effects_cb (gpointer      instance,
                 RccTreatment *treatment)
{
  if (treatment == NULL)
    return NULL;

  return rcc_side_effect_text_screen (treatment);
}

static char *
side_effects_source_cb (gpointer      instance,
                        RccTreatment *treatment)
{
  if (treatment == NULL)
    return NULL;

  return rcc_side_effect_text_source (treatment);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Visibility of the parts patient view leaves out */

static gboolean
clinician_text_cb (gpointer    instance,
                   gboolean    patient,
                   const char *a,
                   const char *b)
{
  return !patient && (has_text (a) || has_text (b));
}

static gboolean
clinician_text3_cb (gpointer    instance,
                    gboolean    patient,
                    const char *a,
                    const char *b,
                    const char *c)
{
  return !patient && (has_text (a) || has_text (b) || has_text (c));
}

static gboolean
clinician_items_cb (gpointer             instance,
                    gboolean             patient,
                    const char * const *strv)
{
  return !patient && strv != NULL && strv[0] != NULL;
}

static GtkWidget *
create_trial_row (gpointer item,
                  gpointer user_data)
{
  RccTreatmentDetail *self = user_data;

  return rcc_trial_summary_row_new (item, self->catalog, rcc_treatment_get_id (self->treatment),
                                    self->patient);
}

static void
add_to_comparison_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RccTreatmentDetail *self = RCC_TREATMENT_DETAIL (widget);

  g_return_if_fail (self->treatment != NULL);

  gtk_widget_activate_action (widget, "win.add-to-comparison", "s",
                              rcc_treatment_get_id (self->treatment));
}

/* The lists need both the treatment and the catalog, which come in
 * either order. */
static void
update_lists (RccTreatmentDetail *self)
{
  /* Built when the body is shown */
  if (self->trials_list == NULL)
    return;

  if (self->treatment == NULL || self->catalog == NULL)
    {
      gtk_list_box_bind_model (self->trials_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->references_list, NULL, NULL, NULL, NULL);
      rcc_treatment_places_bind (self->places_list, NULL, NULL);
      return;
    }

  rcc_treatment_places_bind (self->places_list, self->catalog, self->treatment);

  gtk_list_box_bind_model (self->trials_list, rcc_treatment_get_trials (self->treatment),
                           create_trial_row, self, NULL);
  rcc_reference_row_bind_list (self->references_list, self->catalog,
                               rcc_treatment_get_reference_ids (self->treatment));
}

/* The body is built from its own file, with the detail exposed under the
 * name its template gives it (rcc_build_from_resource()), so that its
 * bindings read as they would in the template */
static void
show_body (GtkWidget *widget)
{
  RccTreatmentDetail *self = RCC_TREATMENT_DETAIL (widget);
  g_autoptr(GtkBuilder) builder = rcc_build_from_resource (RESOURCE_BASE "/ui/rcc-treatment-body.ui",
                                                           G_OBJECT (self), body_scope);

  self->places_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "places_list"));
  self->references_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "references_list"));
  self->source_footer = GTK_WIDGET (gtk_builder_get_object (builder, "source_footer"));
  self->trials_list = GTK_LIST_BOX (gtk_builder_get_object (builder, "trials_list"));
  g_object_set (self->source_footer, "treatment", self->treatment, NULL);

  update_lists (self);
  gtk_box_append (self->content, GTK_WIDGET (gtk_builder_get_object (builder, "body")));
}

static void
rcc_treatment_detail_dispose (GObject *object)
{
  RccTreatmentDetail *self = (RccTreatmentDetail *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_TREATMENT_DETAIL);
  /* The body went with the template's widgets: nothing may touch it now */
  self->places_list = NULL;
  self->references_list = NULL;
  self->source_footer = NULL;
  self->trials_list = NULL;
  g_clear_object (&self->catalog);
  g_clear_object (&self->treatment);

  G_OBJECT_CLASS (rcc_treatment_detail_parent_class)->dispose (object);
}

static void
rcc_treatment_detail_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RccTreatmentDetail *self = RCC_TREATMENT_DETAIL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      rcc_treatment_detail_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_TREATMENT:
      rcc_treatment_detail_set_treatment (self, g_value_get_object (value));
      break;

    case PROP_PATIENT:
      rcc_treatment_detail_set_patient (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_treatment_detail_class_init (RccTreatmentDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_treatment_detail_dispose;
  object_class->get_property = rcc_treatment_detail_get_property;
  object_class->set_property = rcc_treatment_detail_set_property;

  properties [PROP_CATALOG] = rcc_param_spec_catalog ();

  properties [PROP_TREATMENT] =
    g_param_spec_object ("treatment", NULL, NULL, RCC_TYPE_TREATMENT, RCC_PARAM_EXPLICIT_NOTIFY);

  /* Plain language for patients */
  properties [PROP_PATIENT] = rcc_param_spec_patient ();

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-treatment-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, add_button);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, content);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, empty_bin);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, stack);
  gtk_widget_class_bind_template_callback (widget_class, facts_cb);
  gtk_widget_class_bind_template_callback (widget_class, stack_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, summary_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_cb);

  body_scope = gtk_builder_cscope_new ();
  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (body_scope),
                                           "clinician_items_cb", G_CALLBACK (clinician_items_cb),
                                           "clinician_text_cb", G_CALLBACK (clinician_text_cb),
                                           "clinician_text3_cb", G_CALLBACK (clinician_text3_cb),
                                           "no_trials_cb", G_CALLBACK (no_trials_cb),
                                           "not_cb", G_CALLBACK (rcc_closure_not),
                                           "side_effects_cb", G_CALLBACK (side_effects_cb),
                                           "side_effects_source_cb", G_CALLBACK (side_effects_source_cb),
                                           "trials_description_cb", G_CALLBACK (trials_description_cb),
                                           "trials_terms_cb", G_CALLBACK (trials_terms_cb),
                                           "trials_title_cb", G_CALLBACK (trials_title_cb),
                                           NULL);

  gtk_widget_class_install_action (widget_class, "treatment.add-to-comparison", NULL,
                                   add_to_comparison_action);

  g_type_ensure (RCC_TYPE_FIELD_ROW);
  g_type_ensure (RCC_TYPE_GLOSSARY_BUTTON);
  g_type_ensure (RCC_TYPE_SOURCE_FOOTER);
}

static void
rcc_treatment_detail_init (RccTreatmentDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  rcc_build_when_mapped (self->empty_bin, RESOURCE_BASE "/ui/rcc-treatment-empty.ui",
                         NULL, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "treatment.add-to-comparison", FALSE);
  rcc_after_first_frame (GTK_WIDGET (self), show_body);
}

/**
 * rcc_treatment_detail_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog the treatment is from
 */
RccCatalog *
rcc_treatment_detail_get_catalog (RccTreatmentDetail *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_DETAIL (self), NULL);

  return self->catalog;
}

void
rcc_treatment_detail_set_catalog (RccTreatmentDetail *self,
                                  RccCatalog         *catalog)
{
  g_return_if_fail (RCC_IS_TREATMENT_DETAIL (self));
  g_return_if_fail (!catalog || RCC_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  update_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
}

/**
 * rcc_treatment_detail_get_treatment:
 *
 * Returns: (transfer none) (nullable): the treatment shown
 */
RccTreatment *
rcc_treatment_detail_get_treatment (RccTreatmentDetail *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_DETAIL (self), NULL);

  return self->treatment;
}

void
rcc_treatment_detail_set_treatment (RccTreatmentDetail *self,
                                    RccTreatment       *treatment)
{
  g_return_if_fail (RCC_IS_TREATMENT_DETAIL (self));
  g_return_if_fail (!treatment || RCC_IS_TREATMENT (treatment));

  if (!g_set_object (&self->treatment, treatment))
    return;

  if (self->source_footer != NULL)
    g_object_set (self->source_footer, "treatment", treatment, NULL);
  update_lists (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "treatment.add-to-comparison",
                                 treatment != NULL);

  if (treatment != NULL)
    {
      /* Translators: %s is a treatment */
      g_autofree char *description = g_strdup_printf (_("Adds %s to the comparison"),
                                                      rcc_treatment_get_name (treatment));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TREATMENT]);
}

gboolean
rcc_treatment_detail_get_patient (RccTreatmentDetail *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_DETAIL (self), FALSE);

  return self->patient;
}

/**
 * rcc_treatment_detail_set_patient:
 *
 * Plain language for patients: the plain summary, each trial's figures
 * as sentences and the side effects, without the professional parts.
 */
void
rcc_treatment_detail_set_patient (RccTreatmentDetail *self,
                                  gboolean            patient)
{
  g_return_if_fail (RCC_IS_TREATMENT_DETAIL (self));

  patient = !!patient;
  if (self->patient == patient)
    return;

  self->patient = patient;
  /* The trial rows are built for one view or the other */
  update_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATIENT]);
}
