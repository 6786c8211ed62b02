/* rcc-figure-row.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-figure-row.h"
#include "model/rcc-fields.h"

#include "report/rcc-format.h"
#include "report/rcc-trial-text.h"

/* One reported figure of a trial, an RccMedian, RccHazardRatio or
 * RccRate: what it measures, the figure itself, and where it comes from
 * (direction, p, CI, analysis, population), one under the other so the
 * figure never has to squeeze beside a long arm label. */

struct _RccFigureRow
{
  GtkListBoxRow  parent_instance;

  RccTrial      *trial;
  GObject       *figure;
};

G_DEFINE_FINAL_TYPE (RccFigureRow, rcc_figure_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TRIAL,
  PROP_FIGURE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (model/rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_TRIAL] = G_STRUCT_OFFSET (RccFigureRow, trial),
  [PROP_FIGURE] = G_STRUCT_OFFSET (RccFigureRow, figure),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_figure_row, field_offsets)

static char *
rate_what (RccRate *rate)
{
  g_autofree char *months = NULL;
  double at;

  switch (rcc_rate_get_kind (rate))
    {
    case RCC_RATE_KIND_ORR:
      return g_strdup (_("Objective response"));

    case RCC_RATE_KIND_CR:
      return g_strdup (_("Complete response"));

    case RCC_RATE_KIND_LANDMARK:
    default:
      at = rcc_rate_get_at_months (rate);
      months = rcc_format_number (at, at == (guint)at ? 0 : 1);
      /* Translators: a landmark rate, "PFS at 12 months" */
      return g_strdup_printf (_("%s at %s months"),
                              rcc_endpoint_get_abbreviation (rcc_rate_get_endpoint (rate)),
                              months);
    }
}

static char *
title_cb (gpointer  instance,
          GObject  *figure,
          RccTrial *trial)
{
  g_autofree char *what = NULL;
  const char *arm_id;

  if (figure == NULL || trial == NULL)
    return NULL;

  if (RCC_IS_HAZARD_RATIO (figure))
    {
      RccEndpoint endpoint = rcc_hazard_ratio_get_endpoint (RCC_HAZARD_RATIO (figure));

      return g_strdup (rcc_endpoint_get_label (endpoint));
    }

  if (RCC_IS_MEDIAN (figure))
    {
      what = g_strdup (rcc_endpoint_get_label (rcc_median_get_endpoint (RCC_MEDIAN (figure))));
      arm_id = rcc_median_get_arm_id (RCC_MEDIAN (figure));
    }
  else
    {
      what = rate_what (RCC_RATE (figure));
      arm_id = rcc_rate_get_arm_id (RCC_RATE (figure));
    }

  /* Translators: what a figure measures, then the arm: "Overall survival · Sorafenib" */
  return g_strdup_printf (_("%s · %s"), what, rcc_trial_text_arm_label (trial, arm_id));
}

static char *
value_cb (gpointer  instance,
          GObject  *figure)
{
  if (RCC_IS_MEDIAN (figure))
    return rcc_format_median (RCC_MEDIAN (figure));

  if (RCC_IS_HAZARD_RATIO (figure))
    return rcc_format_hazard_ratio (RCC_HAZARD_RATIO (figure));

  if (RCC_IS_RATE (figure))
    return rcc_format_rate (RCC_RATE (figure));

  return NULL;
}

/* The details are markup (the p value kept on one line): @text is
 * escaped, and freed */
static void
add_text (GPtrArray *parts,
          char      *text)
{
  g_ptr_array_add (parts, g_markup_escape_text (text, -1));
  g_free (text);
}

static void
add_p (GPtrArray  *parts,
       const char *p)
{
  if (p != NULL)
    g_ptr_array_add (parts, rcc_format_p_markup (p));
}

static void
add_qualifiers (GPtrArray  *parts,
                gboolean    primary,
                const char *analysis,
                const char *population)
{
  g_autofree char *qualifiers = rcc_trial_text_qualifiers (primary, analysis, population);

  if (*qualifiers != '\0')
    add_text (parts, g_steal_pointer (&qualifiers));
}

static void
add_median_details (GPtrArray *parts,
                    RccMedian *median)
{
  g_autofree char *ci = rcc_format_figure_ci (RCC_FIGURE (median));

  if (ci != NULL)
    {
      const char *unit = rcc_time_unit_get_label (rcc_median_get_unit (median));

      /* Translators: a median's confidence interval and its unit, "95% CI 3.7–5.5 months" */
      add_text (parts, g_strdup_printf (_("%s %s"), ci, unit));
    }

  add_qualifiers (parts, rcc_median_get_primary (median),
                  rcc_median_get_analysis (median), rcc_median_get_population (median));
}

static void
add_hazard_ratio_details (GPtrArray      *parts,
                          RccHazardRatio *hr,
                          RccTrial       *trial)
{
  add_text (parts, rcc_trial_text_direction (trial, hr));
  add_p (parts, rcc_hazard_ratio_get_p (hr));

  switch (rcc_hazard_ratio_get_significance (hr))
    {
    case RCC_SIGNIFICANCE_SIGNIFICANT:
      add_text (parts, g_strdup (_("Statistically significant")));
      break;

    case RCC_SIGNIFICANCE_NOT_SIGNIFICANT:
      add_text (parts, g_strdup (_("Not statistically significant")));
      break;

    case RCC_SIGNIFICANCE_NOT_STATED:
    default:
      break;
    }

  add_qualifiers (parts, rcc_hazard_ratio_get_primary (hr),
                  rcc_hazard_ratio_get_analysis (hr), rcc_hazard_ratio_get_population (hr));
}

static char *
details_cb (gpointer  instance,
            GObject  *figure,
            RccTrial *trial)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (figure == NULL || trial == NULL)
    return NULL;

  if (RCC_IS_MEDIAN (figure))
    add_median_details (parts, RCC_MEDIAN (figure));
  else if (RCC_IS_HAZARD_RATIO (figure))
    add_hazard_ratio_details (parts, RCC_HAZARD_RATIO (figure), trial);
  else
    {
      RccRate *rate = RCC_RATE (figure);

      add_p (parts, rcc_rate_get_p (rate));
      add_qualifiers (parts, FALSE, rcc_rate_get_analysis (rate), rcc_rate_get_population (rate));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static gboolean
has_details_cb (gpointer  instance,
                GObject  *figure,
                RccTrial *trial)
{
  g_autofree char *details = details_cb (instance, figure, trial);

  return details != NULL && *details != '\0';
}

static void
rcc_figure_row_dispose (GObject *object)
{
  RccFigureRow *self = (RccFigureRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_FIGURE_ROW);
  g_clear_object (&self->trial);
  g_clear_object (&self->figure);

  G_OBJECT_CLASS (rcc_figure_row_parent_class)->dispose (object);
}

static void
rcc_figure_row_class_init (RccFigureRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_figure_row_dispose;
  object_class->get_property = rcc_figure_row_get_property;
  object_class->set_property = rcc_figure_row_set_property;

  properties [PROP_TRIAL] =
    g_param_spec_object ("trial", NULL, NULL, RCC_TYPE_TRIAL, RCC_PARAM_CONSTRUCT_ONLY);

  /* An RccMedian, RccHazardRatio or RccRate of the trial */
  properties [PROP_FIGURE] =
    g_param_spec_object ("figure", NULL, NULL, G_TYPE_OBJECT, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-figure-row.ui");
  gtk_widget_class_bind_template_callback (widget_class, details_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_details_cb);
  gtk_widget_class_bind_template_callback (widget_class, title_cb);
  gtk_widget_class_bind_template_callback (widget_class, value_cb);
}

static void
rcc_figure_row_init (RccFigureRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rcc_figure_row_new:
 * @figure: an #RccMedian, #RccHazardRatio or #RccRate of @trial
 */
GtkWidget *
rcc_figure_row_new (RccTrial *trial,
                    GObject  *figure)
{
  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);
  g_return_val_if_fail (RCC_IS_MEDIAN (figure) ||
                        RCC_IS_HAZARD_RATIO (figure) ||
                        RCC_IS_RATE (figure), NULL);

  return g_object_new (RCC_TYPE_FIGURE_ROW,
                       "trial", trial,
                       "figure", figure,
                       NULL);
}
