/* rcc-trial-detail.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rcc-closures.h"
#include "rcc-trial-detail.h"

#include "report/rcc-format.h"
#include "report/rcc-patient-text.h"
#include "rcc-icon-array.h"
#include "model/rcc-fields.h"
#include "rcc-view-properties.h"
#include "report/rcc-trial-text.h"
#include "ui/rcc-arm-row.h"
#include "ui/rcc-field-row.h"
#include "ui/rcc-figure-row.h"
#include "ui/rcc-glossary-button.h"
#include "ui/rcc-reference-row.h"
#include "ui/rcc-source-footer.h"
#include "ui/rcc-trial-harm-rows.h"

/* Everything the content says about one trial: design and population,
 * arms, every median, hazard ratio and rate with its qualifiers, the
 * findings and takeaway, what its PDQ level of evidence means, and its
 * references.  The figure lists are sorted models declared in the
 * template, following the trial.
 *
 * In patient view: who took part and when, the groups compared and
 * what the trial found, in sentences; the professional parts are left
 * out, and their headings carry the glossary's info buttons. */

struct _RccTrialDetail
{
  GtkWidget          parent_instance;

  RccCatalog        *catalog;
  RccTrial          *trial;
  gboolean           patient;

  GtkButton         *add_button;
  GtkListBox        *arms_list;
  GtkWidget         *esmo_group;
  GtkWidget         *harm_group;
  GtkListBox        *esmo_list;
  GtkListBox        *harm_list;
  GtkListBox        *hazard_ratios_list;
  GtkBox            *icon_arrays_box;
  GtkListBox        *levels_list;
  GtkSortListModel  *hazard_ratios_model;
  GtkListBox        *medians_list;
  GtkSortListModel  *medians_model;
  GtkListBox        *rates_list;
  GtkSortListModel  *rates_model;
  GtkListBox        *references_list;
  GtkButton         *remove_button;
  GtkScrolledWindow *scrolled_window;
  GtkWidget         *source_footer;
  GtkStack          *stack;
};

G_DEFINE_FINAL_TYPE (RccTrialDetail, rcc_trial_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_TRIAL,
  PROP_PATIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (model/rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_CATALOG] = G_STRUCT_OFFSET (RccTrialDetail, catalog),
  [PROP_TRIAL] = G_STRUCT_OFFSET (RccTrialDetail, trial),
  [PROP_PATIENT] = G_STRUCT_OFFSET (RccTrialDetail, patient),
};

RCC_DEFINE_FIELD_GET_PROPERTY (rcc_trial_detail, field_offsets)

static char *
stack_page_cb (gpointer  instance,
               RccTrial *trial)
{
  return g_strdup (trial != NULL ? "trial" : "empty");
}

static char *
sentences_cb (gpointer  instance,
              RccTrial *trial)
{
  g_autoptr(GPtrArray) sentences = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *comparison = NULL;

  if (trial == NULL)
    return NULL;

  /* The comparison, then each figure, a paragraph each */
  comparison = rcc_patient_text_comparison (trial);
  text = g_string_new (comparison);
  sentences = rcc_patient_text_trial_sentence_list (trial);
  for (guint i = 0; i < sentences->len; i++)
    g_string_append_printf (text, "\n\n%s", (char *)g_ptr_array_index (sentences, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
arms_title_cb (gpointer instance,
               gboolean patient)
{
  return g_strdup (patient ? _("Groups Compared") : _("Arms"));
}

static char *
setting_cb (gpointer   instance,
            RccSetting setting)
{
  return setting != RCC_SETTING_NOT_STATED ? g_strdup (rcc_setting_get_label (setting)) : NULL;
}

/* Visibility of the parts patient view leaves out */

static gboolean
clinician_text_cb (gpointer    instance,
                   gboolean    patient,
                   const char *text)
{
  return !patient && rcc_closure_has_text (instance, text);
}

static gboolean
has_design_cb (gpointer    instance,
               gboolean    patient,
               const char *design,
               const char *population,
               RccSetting  setting,
               const char *primary_endpoint)
{
  return !patient &&
         (rcc_closure_has_text (instance, design) ||
          rcc_closure_has_text (instance, population) ||
          setting != RCC_SETTING_NOT_STATED ||
          rcc_closure_has_text (instance, primary_endpoint));
}

static gboolean
clinician_items_cb (gpointer             instance,
                    gboolean             patient,
                    const char * const *strv)
{
  return !patient && strv != NULL && strv[0] != NULL;
}

static gboolean
clinician_n_items_cb (gpointer instance,
                      gboolean patient,
                      guint    n_items)
{
  return !patient && n_items > 0;
}

static char *
findings_cb (gpointer             instance,
             const char * const *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; findings != NULL && findings[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "• %s", findings[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
record_updated_cb (gpointer    instance,
                   const char *updated)
{
  g_autofree char *date = NULL;

  if (updated == NULL || *updated == '\0')
    return NULL;

  date = rcc_format_date (updated);
  /* Translators: %s is a date */
  return g_strdup_printf (_("Record last updated on ClinicalTrials.gov on %s"), date);
}

static char *
import_notes_cb (gpointer             instance,
                 const char * const *notes)
{
  g_autoptr(GString) text = NULL;

  if (notes == NULL || notes[0] == NULL)
    return NULL;

  text = g_string_new (_("What the record did not make clear:"));
  for (guint i = 0; notes[i] != NULL; i++)
    g_string_append_printf (text, "\n• %s", notes[i]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A level of evidence: its code, scheme and edition, then its meaning */
static GtkWidget *
create_level_row (gpointer item,
                  gpointer user_data)
{
  RccTrialDetail *self = user_data;
  g_autofree char *code = rcc_format_level_code (item, self->catalog);
  g_autofree char *meaning = rcc_level_describe (item);

  return g_object_new (RCC_TYPE_FIELD_ROW,
                       "title", code,
                       "text", meaning,
                       NULL);
}

/* Rates by kind: response, complete response, landmarks */
static guint
rate_order_cb (RccRate *rate)
{
  return rcc_rate_get_kind (rate);
}

static GtkWidget *
create_arm_row (gpointer item,
                gpointer user_data)
{
  RccTrialDetail *self = user_data;

  return rcc_arm_row_new (item, self->patient);
}

static void
update_arms (RccTrialDetail *self)
{
  gtk_list_box_bind_model (self->arms_list,
                           self->trial != NULL ? rcc_trial_get_arms (self->trial) : NULL,
                           create_arm_row, self, NULL);
}

static GtkWidget *
create_figure_row (gpointer item,
                   gpointer user_data)
{
  RccTrialDetail *self = user_data;

  return rcc_figure_row_new (self->trial, item);
}

static void
add_to_comparison_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RccTrialDetail *self = RCC_TRIAL_DETAIL (widget);

  g_return_if_fail (self->trial != NULL);

  gtk_widget_activate_action (widget, "win.add-to-comparison", "s",
                              rcc_trial_get_id (self->trial));
}

static void
remove_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RccTrialDetail *self = RCC_TRIAL_DETAIL (widget);

  g_return_if_fail (self->trial != NULL && rcc_trial_get_imported (self->trial));

  gtk_widget_activate_action (widget, "win.remove-import", "s",
                              rcc_trial_get_id (self->trial));
}

/* The references need both the trial and the catalog, which come in
 * either order. */
static void
update_references (RccTrialDetail *self)
{
  if (self->trial == NULL || self->catalog == NULL)
    {
      gtk_list_box_bind_model (self->references_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->levels_list, NULL, NULL, NULL, NULL);
      return;
    }

  gtk_list_box_bind_model (self->levels_list, rcc_trial_get_levels (self->trial),
                           create_level_row, self, NULL);

  rcc_reference_row_bind_list (self->references_list, self->catalog,
                               rcc_trial_get_reference_ids (self->trial));
}

static void
rcc_trial_detail_dispose (GObject *object)
{
  RccTrialDetail *self = (RccTrialDetail *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_TRIAL_DETAIL);
  g_clear_object (&self->catalog);
  g_clear_object (&self->trial);

  G_OBJECT_CLASS (rcc_trial_detail_parent_class)->dispose (object);
}

static void
rcc_trial_detail_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  RccTrialDetail *self = RCC_TRIAL_DETAIL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      rcc_trial_detail_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_TRIAL:
      rcc_trial_detail_set_trial (self, g_value_get_object (value));
      break;

    case PROP_PATIENT:
      rcc_trial_detail_set_patient (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_trial_detail_class_init (RccTrialDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_trial_detail_dispose;
  object_class->get_property = rcc_trial_detail_get_property;
  object_class->set_property = rcc_trial_detail_set_property;

  properties [PROP_CATALOG] = rcc_param_spec_catalog ();

  properties [PROP_TRIAL] =
    g_param_spec_object ("trial", NULL, NULL, RCC_TYPE_TRIAL, RCC_PARAM_EXPLICIT_NOTIFY);

  /* Plain language for patients */
  properties [PROP_PATIENT] = rcc_param_spec_patient ();

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-trial-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, add_button);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, arms_list);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, hazard_ratios_list);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, levels_list);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, hazard_ratios_model);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, medians_list);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, medians_model);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, rates_list);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, icon_arrays_box);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, esmo_group);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, esmo_list);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, harm_group);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, harm_list);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, rates_model);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, references_list);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, remove_button);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, source_footer);
  gtk_widget_class_bind_template_child (widget_class, RccTrialDetail, stack);
  gtk_widget_class_bind_template_callback (widget_class, arms_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, clinician_items_cb);
  gtk_widget_class_bind_template_callback (widget_class, clinician_n_items_cb);
  gtk_widget_class_bind_template_callback (widget_class, clinician_text_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "facts_cb", G_CALLBACK (rcc_closure_trial_facts));
  gtk_widget_class_bind_template_callback (widget_class, findings_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "has_text_cb", G_CALLBACK (rcc_closure_has_text));
  gtk_widget_class_bind_template_callback (widget_class, import_notes_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_updated_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_design_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "not_cb", G_CALLBACK (rcc_closure_not));
  gtk_widget_class_bind_template_callback (widget_class, rate_order_cb);
  gtk_widget_class_bind_template_callback (widget_class, sentences_cb);
  gtk_widget_class_bind_template_callback (widget_class, setting_cb);
  gtk_widget_class_bind_template_callback (widget_class, stack_page_cb);

  gtk_widget_class_install_action (widget_class, "trial.add-to-comparison", NULL,
                                   add_to_comparison_action);
  gtk_widget_class_install_action (widget_class, "trial.remove-import", NULL,
                                   remove_import_action);

  g_type_ensure (RCC_TYPE_FIELD_ROW);
  g_type_ensure (RCC_TYPE_GLOSSARY_BUTTON);
  g_type_ensure (RCC_TYPE_SOURCE_FOOTER);
}

/* The "N in 100" pictures of what the study found (patient view) */
static void
update_icon_arrays (RccTrialDetail *self)
{
  GtkWidget *child;
  GtkWidget *grid;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->icon_arrays_box))) != NULL)
    gtk_box_remove (self->icon_arrays_box, child);

  grid = self->trial != NULL ? rcc_icon_array_grid_new (self->trial) : NULL;
  if (grid != NULL)
    gtk_box_append (self->icon_arrays_box, grid);
  gtk_widget_set_visible (GTK_WIDGET (self->icon_arrays_box), grid != NULL);
}

static void
rcc_trial_detail_init (RccTrialDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_bind_model (self->medians_list, G_LIST_MODEL (self->medians_model),
                           create_figure_row, self, NULL);
  gtk_list_box_bind_model (self->hazard_ratios_list, G_LIST_MODEL (self->hazard_ratios_model),
                           create_figure_row, self, NULL);
  gtk_list_box_bind_model (self->rates_list, G_LIST_MODEL (self->rates_model),
                           create_figure_row, self, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trial.add-to-comparison", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trial.remove-import", FALSE);
  update_icon_arrays (self);
  /* What the scale measures, in one line */
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->esmo_group), rcc_esmo_scale_explanation ());
  /* Professional parts: hidden in patient view */
  g_object_bind_property (self, "patient", self->harm_group, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  g_object_bind_property (self, "patient", self->esmo_group, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
}

/**
 * rcc_trial_detail_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog the trial is from
 */
RccCatalog *
rcc_trial_detail_get_catalog (RccTrialDetail *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL_DETAIL (self), NULL);

  return self->catalog;
}

void
rcc_trial_detail_set_catalog (RccTrialDetail *self,
                              RccCatalog     *catalog)
{
  g_return_if_fail (RCC_IS_TRIAL_DETAIL (self));
  g_return_if_fail (!catalog || RCC_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  update_references (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
}

/**
 * rcc_trial_detail_get_trial:
 *
 * Returns: (transfer none) (nullable): the trial shown
 */
RccTrial *
rcc_trial_detail_get_trial (RccTrialDetail *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL_DETAIL (self), NULL);

  return self->trial;
}

void
rcc_trial_detail_set_trial (RccTrialDetail *self,
                            RccTrial       *trial)
{
  g_return_if_fail (RCC_IS_TRIAL_DETAIL (self));
  g_return_if_fail (!trial || RCC_IS_TRIAL (trial));

  if (!g_set_object (&self->trial, trial))
    return;

  g_object_set (self->source_footer, "trial", trial, NULL);

  /* Before notifying: the figure models follow the trial, and their
   * rows are made with it */
  update_arms (self);
  update_references (self);
  update_icon_arrays (self);
  rcc_trial_harm_rows_fill (self->harm_list, self->esmo_list, trial);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trial.add-to-comparison", trial != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "trial.remove-import",
                                 trial != NULL && rcc_trial_get_imported (trial));

  if (trial != NULL)
    {
      /* Translators: %s is a trial */
      g_autofree char *description = g_strdup_printf (_("Adds %s to the comparison"),
                                                      rcc_trial_get_name (trial));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);

      if (rcc_trial_get_imported (trial))
        {
          g_autofree char *label = NULL;

          /* Translators: %s is a trial */
          label = g_strdup_printf (_("Remove the imported trial %s"), rcc_trial_get_name (trial));
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                          -1);
        }
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TRIAL]);
}

gboolean
rcc_trial_detail_get_patient (RccTrialDetail *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL_DETAIL (self), FALSE);

  return self->patient;
}

/**
 * rcc_trial_detail_set_patient:
 *
 * Plain language for patients: the groups compared and what the trial
 * found, in sentences, without the professional parts.
 */
void
rcc_trial_detail_set_patient (RccTrialDetail *self,
                              gboolean        patient)
{
  g_return_if_fail (RCC_IS_TRIAL_DETAIL (self));

  patient = !!patient;
  if (self->patient == patient)
    return;

  self->patient = patient;
  /* The arm rows are built for one view or the other */
  update_arms (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PATIENT]);
}
