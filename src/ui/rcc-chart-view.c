/* rcc-chart-view.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-chart-view.h"
#include "rcc-widget-colors.h"
#include "model/rcc-trial-headline.h"
#include "report/rcc-format.h"
#include "report/rcc-plain.h"
#include "report/rcc-proportions.h"

/* Shows the comparison's body (notes, PFS bars, forest plot, table) by
 * handing the snapshot's cairo context to the same RccReport that prints
 * and exports it, in the widget's own colours and font size. */

struct _RccChartView
{
  GtkWidget  parent_instance;

  RccReport *report;
};

G_DEFINE_FINAL_TYPE (RccChartView, rcc_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REPORT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static double
font_size_px (RccChartView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *desc = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (desc) / (double)PANGO_SCALE;

  /* Points at 96 dpi, unless the size is absolute already. */
  if (!pango_font_description_get_size_is_absolute (desc))
    size *= 96.0 / 72.0;

  return size > 0 ? size : 14.0;
}

static void
apply_style (RccChartView *self)
{
  RccReportColors colors;

  rcc_widget_get_report_colors (GTK_WIDGET (self), &colors);
  rcc_report_set_colors (self->report, &colors);
  rcc_report_set_font_size (self->report, font_size_px (self));
}

static GtkSizeRequestMode
rcc_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rcc_chart_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  RccChartView *self = RCC_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Below this the table's columns no longer hold their figures. */
      *minimum = 640;
      *natural = 1000;
    }
  else
    {
      int width = for_size > 0 ? for_size : 1000;

      if (self->report == NULL)
        *minimum = *natural = 0;
      else
        {
          apply_style (self);
          *minimum = *natural = (int)rcc_report_measure_body (self->report, width);
        }
    }
}

static void
rcc_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  RccChartView *self = RCC_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->report == NULL || width <= 0 || height <= 0)
    return;

  apply_style (self);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rcc_report_draw_body (self->report, cr, width);
  cairo_destroy (cr);
}

static void
rcc_chart_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (rcc_chart_view_parent_class)->css_changed (widget, change);

  /* Dark style, high contrast, text size: redraw and re-measure. */
  gtk_widget_queue_resize (widget);
}

/* What the charts show, for screen readers: the same figures in words. */
static void
update_accessible (RccChartView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GListModel *trials = self->report ? rcc_report_get_trials (self->report) : NULL;
  guint n = trials ? g_list_model_get_n_items (trials) : 0;

  for (guint i = 0; i < n && rcc_report_get_audience (self->report) == RCC_AUDIENCE_PATIENT; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      g_autoptr(GPtrArray) sentences = rcc_plain_trial_sentences (trial);
      g_autoptr(GPtrArray) arrays = rcc_proportions_text_equivalents (trial);

      g_string_append_printf (text, _("The %s study (%u). "), rcc_trial_get_name (trial), rcc_trial_get_year (trial));
      for (guint j = 0; j < sentences->len; j++)
        g_string_append_printf (text, "%s ", (char *)g_ptr_array_index (sentences, j));
      /* The "N in 100" pictures, with the figures as reported */
      for (guint j = 0; j < arrays->len; j++)
        g_string_append_printf (text, "%s ", (char *)g_ptr_array_index (arrays, j));
    }

  for (guint i = 0; i < n && rcc_report_get_audience (self->report) == RCC_AUDIENCE_CLINICIAN; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      GListModel *arms = rcc_trial_get_arms (trial);
      g_autoptr(GPtrArray) hrs = NULL;
      RccEndpoint endpoint = rcc_endpoint_choice_resolve (rcc_report_get_endpoint (self->report),
                                                          trial, NULL);
      RccTrialHeadline h;

      /* The endpoint the charts draw (rcc_report_set_endpoint()) */
      rcc_trial_headline_init_for_endpoint (&h, trial, endpoint, NULL);
      hrs = rcc_trial_headline_find_hazard_ratios (&h);

      g_string_append_printf (text, "%s, %u. ", rcc_trial_get_name (trial), rcc_trial_get_year (trial));
      if (endpoint != RCC_ENDPOINT_NONE && !rcc_trial_has_endpoint (trial, endpoint))
        {
          /* Translators: %s is an endpoint's abbreviation, "RFS" */
          g_string_append_printf (text, _("no %s result in this guide"), rcc_endpoint_get_abbreviation (endpoint));
          g_string_append (text, ". ");
          continue;
        }
      for (guint j = 0; j < g_list_model_get_n_items (arms); j++)
        {
          g_autoptr(RccArm) arm = g_list_model_get_item (arms, j);
          RccMedian *m = rcc_trial_headline_find_median (&h, arm);
          g_autofree char *value = m ? rcc_format_median (m) : g_strdup (_("not reported"));

          g_string_append_printf (text, _("%s: median %s %s. "), rcc_arm_get_label (arm),
                                  rcc_endpoint_get_abbreviation (h.endpoint), value);
        }
      if (hrs->len > 0)
        {
          g_autofree char *value = rcc_format_hazard_ratio (g_ptr_array_index (hrs, 0));
          g_string_append_printf (text, _("Hazard ratio %s. "), value);
        }
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  n > 0 ? text->str : _("No trials to compare."),
                                  -1);
}

static void
rcc_chart_view_dispose (GObject *object)
{
  RccChartView *self = (RccChartView *)object;

  g_clear_object (&self->report);

  G_OBJECT_CLASS (rcc_chart_view_parent_class)->dispose (object);
}

static void
rcc_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RccChartView *self = RCC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_chart_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RccChartView *self = RCC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_REPORT:
      rcc_chart_view_set_report (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_chart_view_class_init (RccChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_chart_view_dispose;
  object_class->get_property = rcc_chart_view_get_property;
  object_class->set_property = rcc_chart_view_set_property;

  widget_class->get_request_mode = rcc_chart_view_get_request_mode;
  widget_class->measure = rcc_chart_view_measure;
  widget_class->snapshot = rcc_chart_view_snapshot;
  widget_class->css_changed = rcc_chart_view_css_changed;

  properties [PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL,
                         RCC_TYPE_REPORT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rcc_chart_view_init (RccChartView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Comparison charts: median progression-free survival and hazard ratios"),
                                  -1);
}

GtkWidget *
rcc_chart_view_new (void)
{
  return g_object_new (RCC_TYPE_CHART_VIEW, NULL);
}

/**
 * rcc_chart_view_get_report:
 *
 * Returns: (transfer none) (nullable): the report shown
 */
RccReport *
rcc_chart_view_get_report (RccChartView *self)
{
  g_return_val_if_fail (RCC_IS_CHART_VIEW (self), NULL);

  return self->report;
}

void
rcc_chart_view_set_report (RccChartView *self,
                           RccReport    *report)
{
  g_return_if_fail (RCC_IS_CHART_VIEW (self));
  g_return_if_fail (report == NULL || RCC_IS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;

  rcc_chart_view_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REPORT]);
}

/**
 * rcc_chart_view_changed:
 *
 * Call when the report's trials changed.
 */
void
rcc_chart_view_changed (RccChartView *self)
{
  g_return_if_fail (RCC_IS_CHART_VIEW (self));

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
