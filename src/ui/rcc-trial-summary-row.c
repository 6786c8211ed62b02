/* rcc-trial-summary-row.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-closures.h"
#include "model/rcc-fields.h"
#include "rcc-trial-summary-row.h"

#include "model/rcc-trial-headline.h"
#include "report/rcc-format.h"
#include "report/rcc-patient-text.h"
#include "report/rcc-trial-text.h"

/* A trial in a treatment's detail: its facts and arms, the primary
 * medians of its headline endpoint per arm, the hazard ratio with its
 * CI and p, the level of evidence, and a button to show it in the
 * trials table.  The figures are a grid built once, from the trial's
 * primary figures; the arm that used the treatment is emphasised.  In
 * patient view the same figures are sentences, and nothing is
 * emphasised. */

struct _RccTrialSummaryRow
{
  GtkListBoxRow  parent_instance;

  RccTrial      *trial;
  char          *treatment_id;
  gboolean       patient;

  GtkLabel      *evidence_label;
  GtkGrid       *figures_grid;
  GtkButton     *show_button;
};

G_DEFINE_FINAL_TYPE (RccTrialSummaryRow, rcc_trial_summary_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TRIAL,
  PROP_TREATMENT_ID,
  PROP_PATIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (model/rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_TRIAL] = G_STRUCT_OFFSET (RccTrialSummaryRow, trial),
  [PROP_TREATMENT_ID] = G_STRUCT_OFFSET (RccTrialSummaryRow, treatment_id),
  [PROP_PATIENT] = G_STRUCT_OFFSET (RccTrialSummaryRow, patient),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_trial_summary_row, field_offsets)

static char *
comparison_cb (gpointer  instance,
               RccTrial *trial,
               gboolean  patient)
{
  if (trial == NULL)
    return NULL;

  return patient ? rcc_patient_text_comparison (trial) : rcc_trial_text_comparison (trial);
}

static GtkWidget *
figure_label (const char *text,
              const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}

/* Whether to emphasise @arm: it received the treatment and some other
 * arm did not */
static gboolean
emphasise (RccTrialSummaryRow *self,
           RccArm             *arm)
{
  GListModel *arms = rcc_trial_get_arms (self->trial);
  guint n = g_list_model_get_n_items (arms);

  if (self->treatment_id == NULL || !rcc_arm_uses_treatment (arm, self->treatment_id))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccArm) other = g_list_model_get_item (arms, i);

      if (!rcc_arm_uses_treatment (other, self->treatment_id))
        return TRUE;
    }

  return FALSE;
}

static void
add_medians (RccTrialSummaryRow     *self,
             const RccTrialHeadline *headline,
             int                    *row)
{
  GListModel *arms = rcc_trial_get_arms (self->trial);
  guint n = g_list_model_get_n_items (arms);
  g_autofree char *caption = NULL;

  /* Translators: a caption, e.g. "Median PFS" */
  caption = g_strdup_printf (_("Median %s"), rcc_endpoint_get_abbreviation (headline->endpoint));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccArm) arm = g_list_model_get_item (arms, i);
      RccMedian *median = rcc_trial_headline_get_median (headline, arm);
      g_autofree char *value = NULL;
      GtkWidget *arm_label;

      if (median == NULL)
        continue;

      value = rcc_format_median (median);
      arm_label = figure_label (rcc_arm_get_label (arm), NULL);
      if (emphasise (self, arm))
        gtk_widget_add_css_class (arm_label, "heading");

      if (*row == 0)
        gtk_grid_attach (self->figures_grid, figure_label (caption, "dim-label"), 0, *row, 1, 1);
      gtk_grid_attach (self->figures_grid, arm_label, 1, *row, 1, 1);
      gtk_grid_attach (self->figures_grid, figure_label (value, "numeric"), 2, *row, 1, 1);
      (*row)++;
    }
}

static void
add_hazard_ratio (RccTrialSummaryRow *self,
                  RccHazardRatio     *hr,
                  int                *row)
{
  g_autofree char *caption = NULL;
  g_autofree char *arms = NULL;
  g_autofree char *value = rcc_format_hazard_ratio (hr);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  const char *p = rcc_hazard_ratio_get_p (hr);
  const char *arm = rcc_trial_text_arm_label (self->trial, rcc_hazard_ratio_get_arm_id (hr));
  const char *versus = rcc_trial_text_arm_label (self->trial, rcc_hazard_ratio_get_versus_id (hr));

  /* Translators: a caption, e.g. "HR for PFS" */
  caption = g_strdup_printf (_("HR for %s"),
                             rcc_endpoint_get_abbreviation (rcc_hazard_ratio_get_endpoint (hr)));
  /* Translators: the arms a hazard ratio compares, "Pazopanib vs Placebo" */
  arms = g_strdup_printf (_("%s vs %s"), arm, versus);

  gtk_box_append (GTK_BOX (box), figure_label (value, "numeric"));
  if (p != NULL)
    {
      /* Translators: a p-value as the source prints it, "p < .001" */
      g_autofree char *p_text = g_strdup_printf (_("p %s"), p);

      gtk_box_append (GTK_BOX (box), figure_label (p_text, "dim-label"));
    }

  gtk_grid_attach (self->figures_grid, figure_label (caption, "dim-label"), 0, *row, 1, 1);
  gtk_grid_attach (self->figures_grid, figure_label (arms, NULL), 1, *row, 1, 1);
  gtk_grid_attach (self->figures_grid, box, 2, *row, 1, 1);
  (*row)++;
}

/* Patient view: the same figures, said as sentences */
static void
build_sentences (RccTrialSummaryRow *self)
{
  g_autoptr(GPtrArray) sentences = rcc_patient_text_trial_sentence_list (self->trial);

  for (guint i = 0; i < sentences->len; i++)
    {
      GtkWidget *label = figure_label (g_ptr_array_index (sentences, i), NULL);

      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (self->figures_grid, label, 0, i, 3, 1);
    }
}

static void
build_figures (RccTrialSummaryRow *self)
{
  RccTrialHeadline headline;
  RccHazardRatio *hr;
  int row = 0;

  rcc_trial_headline_init (&headline, self->trial, self->treatment_id);
  if (headline.endpoint == RCC_ENDPOINT_NONE)
    {
      gtk_grid_attach (self->figures_grid,
                       figure_label (_("No primary time-to-event figures in this guide"),
                                     "dim-label"),
                       0, 0, 3, 1);
      return;
    }

  /* The treatment's arm against its comparator, else the trial's
   * primary hazard ratio */
  hr = headline.hazard_ratio;
  if (hr == NULL)
    {
      g_autoptr(GPtrArray) hrs = rcc_trial_headline_get_hazard_ratios (&headline);

      hr = hrs->len > 0 ? g_ptr_array_index (hrs, 0) : NULL;
    }

  add_medians (self, &headline, &row);
  if (hr != NULL)
    add_hazard_ratio (self, hr, &row);
}

static void
rcc_trial_summary_row_constructed (GObject *object)
{
  RccTrialSummaryRow *self = (RccTrialSummaryRow *)object;
  g_autofree char *show_label = NULL;

  G_OBJECT_CLASS (rcc_trial_summary_row_parent_class)->constructed (object);

  if (self->patient)
    build_sentences (self);
  else
    build_figures (self);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->show_button), "s",
                                    rcc_trial_get_id (self->trial));
  /* Translators: %s is a trial */
  show_label = g_strdup_printf (_("Show %s in the trials table"), rcc_trial_get_name (self->trial));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->show_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, show_label,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->show_button), show_label);
}

static void
rcc_trial_summary_row_dispose (GObject *object)
{
  RccTrialSummaryRow *self = (RccTrialSummaryRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_TRIAL_SUMMARY_ROW);
  g_clear_object (&self->trial);

  G_OBJECT_CLASS (rcc_trial_summary_row_parent_class)->dispose (object);
}

static void
rcc_trial_summary_row_finalize (GObject *object)
{
  RccTrialSummaryRow *self = (RccTrialSummaryRow *)object;

  g_clear_pointer (&self->treatment_id, g_free);

  G_OBJECT_CLASS (rcc_trial_summary_row_parent_class)->finalize (object);
}

static void
rcc_trial_summary_row_class_init (RccTrialSummaryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rcc_trial_summary_row_constructed;
  object_class->dispose = rcc_trial_summary_row_dispose;
  object_class->finalize = rcc_trial_summary_row_finalize;
  object_class->get_property = rcc_trial_summary_row_get_property;
  object_class->set_property = rcc_trial_summary_row_set_property;

  properties [PROP_TRIAL] =
    g_param_spec_object ("trial", NULL, NULL, RCC_TYPE_TRIAL, RCC_PARAM_CONSTRUCT_ONLY);

  /* The treatment whose detail shows the row: its arm is emphasised */
  properties [PROP_TREATMENT_ID] =
    g_param_spec_string ("treatment-id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* Plain language for patients: sentences instead of figures */
  properties [PROP_PATIENT] =
    g_param_spec_boolean ("patient", NULL, NULL, FALSE, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-trial-summary-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTrialSummaryRow, evidence_label);
  gtk_widget_class_bind_template_child (widget_class, RccTrialSummaryRow, figures_grid);
  gtk_widget_class_bind_template_child (widget_class, RccTrialSummaryRow, show_button);
  gtk_widget_class_bind_template_callback (widget_class, comparison_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "facts_cb", G_CALLBACK (rcc_closure_trial_facts));
  gtk_widget_class_bind_template_callback_full (widget_class, "not_cb", G_CALLBACK (rcc_closure_not));
}

static void
rcc_trial_summary_row_init (RccTrialSummaryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rcc_trial_summary_row_new:
 * @catalog: (nullable): the trial's catalog, for the editions that gave
 *   its levels of evidence
 * @treatment_id: (nullable): the treatment whose arm to emphasise
 * @patient: whether to say the figures as sentences, for patients
 */
GtkWidget *
rcc_trial_summary_row_new (RccTrial   *trial,
                           RccCatalog *catalog,
                           const char *treatment_id,
                           gboolean    patient)
{
  RccTrialSummaryRow *self;
  g_autofree char *levels = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);
  g_return_val_if_fail (!catalog || RCC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RCC_TYPE_TRIAL_SUMMARY_ROW,
                       "trial", trial,
                       "treatment-id", treatment_id,
                       "patient", patient,
                       NULL);

  /* "PDQ level of evidence: A1 for OS · 2023 definitions · 2025 PDQ" */
  if (g_list_model_get_n_items (rcc_trial_get_levels (trial)) == 0)
    text = g_strdup (rcc_format_no_level ());
  else
    {
      levels = rcc_trial_text_levels (trial, catalog, FALSE);
      /* Translators: a trial's PDQ levels of evidence, one a line */
      text = g_strdup_printf (_("PDQ level of evidence: %s"), levels);
    }
  gtk_label_set_text (self->evidence_label, text);

  return GTK_WIDGET (self);
}
