/* rcc-report-chart.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rcc-format.h"
#include "rcc-report-private.h"

/* The chart: bars on a shared months axis and the forest plot of hazard
 * ratios on a log scale. */

#define HR_AXIS_MIN 0.125
#define HR_AXIS_MAX 4.0

RccReportColumns
_rcc_report_chart_columns (RccReportCtx *ctx)
{
  RccReportColumns c;
  double gap = ctx->fs;

  c.label_x = 0;
  c.label_w = ctx->width * 0.20;
  c.pfs_x = c.label_w + gap;
  c.pfs_w = ctx->width * 0.42 - gap;
  c.hr_x = c.pfs_x + c.pfs_w + 2 * gap;
  c.hr_w = ctx->width - c.hr_x - gap;
  return c;
}

double
_rcc_report_months_to_x (RccReportCtx           *ctx,
                         const RccReportColumns *c,
                         double                  months)
{
  return c->pfs_x + CLAMP (months / ctx->months_max, 0.0, 1.0) * c->pfs_w;
}

static double
hr_to_x (const RccReportColumns *c,
         double                  hr)
{
  double lo = log (HR_AXIS_MIN), hi = log (HR_AXIS_MAX);
  double v = CLAMP (log (MAX (hr, 1e-9)), lo, hi);

  return c->hr_x + (v - lo) / (hi - lo) * c->hr_w;
}

/* Gridlines are drawn only behind the bars and the forest-plot markers,
 * never through text. */
static void
months_grid (RccReportCtx           *ctx,
             const RccReportColumns *c,
             double                  y0,
             double                  y1)
{
  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.05, 0.4));
  _rcc_report_set_color (ctx, ctx->self->colors.foreground, 0.2);
  for (double m = 0; m <= ctx->months_max + 1e-9; m += ctx->months_step)
    {
      cairo_move_to (ctx->cr, _rcc_report_months_to_x (ctx, c, m), y0);
      cairo_line_to (ctx->cr, _rcc_report_months_to_x (ctx, c, m), y1);
    }
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

static void
hr_grid (RccReportCtx           *ctx,
         const RccReportColumns *c,
         double                  y0,
         double                  y1)
{
  static const double hr_ticks[] = { 0.25, 0.5, 2.0, 4.0 };
  double dash[] = { ctx->fs * 0.3, ctx->fs * 0.2 };

  cairo_save (ctx->cr);
  cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.05, 0.4));
  _rcc_report_set_color (ctx, ctx->self->colors.foreground, 0.2);
  for (guint i = 0; i < G_N_ELEMENTS (hr_ticks); i++)
    {
      cairo_move_to (ctx->cr, hr_to_x (c, hr_ticks[i]), y0);
      cairo_line_to (ctx->cr, hr_to_x (c, hr_ticks[i]), y1);
    }
  cairo_stroke (ctx->cr);

  /* The line of no effect. */
  _rcc_report_set_color (ctx, ctx->self->colors.foreground, 0.8);
  cairo_set_dash (ctx->cr, dash, 2, 0);
  cairo_move_to (ctx->cr, hr_to_x (c, 1.0), y0);
  cairo_line_to (ctx->cr, hr_to_x (c, 1.0), y1);
  cairo_stroke (ctx->cr);
  cairo_restore (ctx->cr);
}

/* The chart's titles name the endpoint drawn */
static char *
chart_bars_title (RccEndpointChoice choice)
{
  switch (choice)
    {
    case RCC_ENDPOINT_CHOICE_PFS:
      return g_strdup (_("Median progression-free survival, months"));
    case RCC_ENDPOINT_CHOICE_OS:
      return g_strdup (_("Median overall survival, months"));
    case RCC_ENDPOINT_CHOICE_DFS:
      return g_strdup (_("Median disease-free survival, months (RFS where a trial reports RFS)"));
    case RCC_ENDPOINT_CHOICE_PRIMARY:
    default:
      return g_strdup (_("Median time to event, months: each trial's primary endpoint (marked)"));
    }
}

static char *
chart_hr_title (RccEndpointChoice choice)
{
  if (choice == RCC_ENDPOINT_CHOICE_PRIMARY)
    return g_strdup (_("Hazard ratio on that endpoint, log scale"));

  /* Translators: %s is an endpoint's abbreviation, "OS" */
  return g_strdup_printf (_("Hazard ratio for %s, log scale"), rcc_endpoint_choice_get_label (choice));
}

double
_rcc_report_item_chart_header (RccReportCtx *ctx,
                               double        y)
{
  RccReportColumns c = _rcc_report_chart_columns (ctx);
  static const double hr_ticks[] = { 0.25, 0.5, 1.0, 2.0, 4.0 };
  double h1, h2, tick_y, tick_h = 0;

  {
    g_autofree char *bars_title = chart_bars_title (ctx->self->endpoint);
    g_autofree char *hr_title = chart_hr_title (ctx->self->endpoint);

    h1 = _rcc_report_plain (ctx, c.pfs_x, y, c.pfs_w, bars_title, 0.95, TRUE);
    h2 = _rcc_report_plain (ctx, c.hr_x, y, c.hr_w, hr_title, 0.95, TRUE);
  }
  tick_y = y + MAX (h1, h2) + ctx->fs * 0.2;

  for (double m = 0; m <= ctx->months_max + 1e-9; m += ctx->months_step)
    {
      g_autofree char *label = g_strdup_printf ("%g", m);
      double x = _rcc_report_months_to_x (ctx, &c, m);

      tick_h = _rcc_report_text (ctx, x - ctx->fs * 2, tick_y, ctx->fs * 4, label, 0.8, FALSE,
                                 PANGO_ALIGN_CENTER);
    }
  for (guint i = 0; i < G_N_ELEMENTS (hr_ticks); i++)
    {
      g_autofree char *label = g_strdup_printf ("%g", hr_ticks[i]);
      double x = hr_to_x (&c, hr_ticks[i]);

      _rcc_report_text (ctx, x - ctx->fs * 2, tick_y, ctx->fs * 4, label, 0.8, FALSE,
                        PANGO_ALIGN_CENTER);
    }

  {
    double fy = tick_y + tick_h;
    double mid = hr_to_x (&c, 1.0);
    double hl, hr;
    g_autofree char *left = NULL;
    g_autofree char *right = NULL;

    if (ctx->all_normal)
      {
        left = g_strdup_printf ("← %s", _("favours treatment"));
        right = g_strdup_printf ("%s →", _("favours comparator"));
      }
    else
      {
        left = g_strdup_printf ("← %s", _("favours first-named arm"));
        right = g_strdup_printf ("%s →", _("favours second-named arm"));
      }

    hl = _rcc_report_text (ctx, c.hr_x, fy, mid - c.hr_x - ctx->fs * 0.3, left, 0.8, FALSE,
                           PANGO_ALIGN_RIGHT);
    hr = _rcc_report_text (ctx, mid + ctx->fs * 0.3, fy, c.hr_x + c.hr_w - mid - ctx->fs * 0.3,
                           right, 0.8, FALSE, PANGO_ALIGN_LEFT);

    return fy + MAX (hl, hr) + ctx->fs * 0.4 - y;
  }
}

/* One forest-plot entry: the HR with its CI as text, the marker and
 * whiskers, the arms it compares; returns its height. */
static double
forest_entry (RccReportCtx           *ctx,
              const RccReportColumns *cols,
              RccTrial               *trial,
              RccHazardRatio         *hr,
              double                  y)
{
  RccReport *self = ctx->self;
  double h = 0;
  g_autofree char *value = rcc_format_hazard_ratio (hr);
  g_autofree char *line1 = NULL;
  g_autofree char *line2 = NULL;
  double line_y, side;
  double ci_level = rcc_hazard_ratio_get_ci_level (hr);
  gboolean normal = _rcc_report_hr_is_treatment_vs_control (trial, hr);

  line1 = g_markup_printf_escaped ("%s %s", rcc_endpoint_get_abbreviation (rcc_hazard_ratio_get_endpoint (hr)), value);
  h += _rcc_report_text (ctx, cols->hr_x, y + h, cols->hr_w, line1, 0.9, FALSE, PANGO_ALIGN_LEFT);
  if (!rcc_hazard_ratio_get_primary (hr) && rcc_hazard_ratio_get_analysis (hr) != NULL)
    {
      g_autofree char *analysis = g_markup_printf_escaped ("<i>%s</i>", rcc_hazard_ratio_get_analysis (hr));

      h += _rcc_report_text (ctx, cols->hr_x, y + h, cols->hr_w, analysis, 0.8, FALSE, PANGO_ALIGN_LEFT);
    }

  side = ctx->fs * (0.5 + 0.9 * MIN (sqrt ((double)rcc_trial_get_enrolled (trial) / 1100.0), 1.0));
  line_y = y + h + ctx->fs * 0.9;

  if (ctx->draw)
    {
      double x = hr_to_x (cols, rcc_hazard_ratio_get_value (hr));

      hr_grid (ctx, cols, line_y - ctx->fs * 0.9, line_y + ctx->fs * 0.9);
      _rcc_report_set_color (ctx, self->colors.foreground, 1.0);
      cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.1, 0.8));
      if (rcc_hazard_ratio_get_has_ci (hr))
        {
          double lo = rcc_hazard_ratio_get_ci_low (hr), hi = rcc_hazard_ratio_get_ci_high (hr);
          double x0 = hr_to_x (cols, lo), x1 = hr_to_x (cols, hi);
          double a = ctx->fs * 0.35;

          cairo_move_to (ctx->cr, x0, line_y);
          cairo_line_to (ctx->cr, x1, line_y);
          cairo_stroke (ctx->cr);
          /* Whisker ends, or arrows where the CI runs past the axis. */
          if (lo < HR_AXIS_MIN)
            {
              cairo_move_to (ctx->cr, x0 + a, line_y - a);
              cairo_line_to (ctx->cr, x0, line_y);
              cairo_line_to (ctx->cr, x0 + a, line_y + a);
            }
          else
            {
              cairo_move_to (ctx->cr, x0, line_y - a);
              cairo_line_to (ctx->cr, x0, line_y + a);
            }
          if (hi > HR_AXIS_MAX)
            {
              cairo_move_to (ctx->cr, x1 - a, line_y - a);
              cairo_line_to (ctx->cr, x1, line_y);
              cairo_line_to (ctx->cr, x1 - a, line_y + a);
            }
          else
            {
              cairo_move_to (ctx->cr, x1, line_y - a);
              cairo_line_to (ctx->cr, x1, line_y + a);
            }
          cairo_stroke (ctx->cr);
        }

      /* The square: its size shows the number enrolled. */
      _rcc_report_set_color (ctx, self->colors.accent, 1.0);
      cairo_rectangle (ctx->cr, x - side / 2, line_y - side / 2, side, side);
      cairo_fill_preserve (ctx->cr);
      _rcc_report_set_color (ctx, self->colors.foreground, 1.0);
      cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.06, 0.5));
      cairo_stroke (ctx->cr);
    }
  h += ctx->fs * 1.8;

  {
    g_autofree char *arms = NULL;
    g_autofree char *p = NULL;

    /* Translators: the arms a hazard ratio compares, "Sorafenib vs Placebo" */
    arms = g_strdup_printf (_("%s vs %s"),
                            _rcc_report_arm_label (trial, rcc_hazard_ratio_get_arm_id (hr)),
                            _rcc_report_arm_label (trial, rcc_hazard_ratio_get_versus_id (hr)));
    if (rcc_hazard_ratio_get_p (hr) != NULL)
      /* Translators: a p-value after the arms, "; p <.001", as the source printed it */
      p = g_strdup_printf (_("; p %s"), rcc_hazard_ratio_get_p (hr));

    /* The p value on one line, as rcc_format_p_markup() keeps it */
    line2 = g_markup_printf_escaped ("%s<span allow_breaks=\"false\">%s</span>%s", arms, p != NULL ? p : "",
                                     normal ? "" : _(" (below 1 favours the first-named arm)"));
  }
  h += _rcc_report_text (ctx, cols->hr_x, y + h, cols->hr_w, line2, 0.85, FALSE, PANGO_ALIGN_LEFT);

  if (rcc_hazard_ratio_get_significance (hr) == RCC_SIGNIFICANCE_NOT_SIGNIFICANT ||
      (rcc_hazard_ratio_get_has_ci (hr) &&
       rcc_hazard_ratio_get_ci_low (hr) <= 1.0 && rcc_hazard_ratio_get_ci_high (hr) >= 1.0))
    {
      g_autofree char *message = NULL;
      g_autofree char *markup = NULL;

      if (rcc_hazard_ratio_get_significance (hr) == RCC_SIGNIFICANCE_NOT_SIGNIFICANT)
        message = g_strdup (_("No significant difference (as reported)."));
      else if (ci_level == RCC_CI_LEVEL_NOT_STATED)
        message = g_strdup (_("The CI includes 1 (its level is not stated): no significant difference shown."));
      else
        /* Translators: %g is a confidence level, e.g. 95 */
        message = g_strdup_printf (_("The %g%% CI includes 1: no significant difference at that level."),
                                   ci_level);
      markup = g_markup_printf_escaped ("<b>%s</b>", message);

      h += _rcc_report_text (ctx, cols->hr_x, y + h, cols->hr_w, markup, 0.85, FALSE,
                             PANGO_ALIGN_LEFT);
    }

  return h + ctx->fs * 0.3;
}

double
_rcc_report_item_chart_row (RccReportCtx *ctx,
                            double        y,
                            guint         index)
{
  RccReport *self = ctx->self;
  RccTrial *trial = _rcc_report_get_trial (self, index);
  RccReportColumns c = _rcc_report_chart_columns (ctx);
  RccReportFigures f;
  double label_h = 0, pfs_h = 0, hr_h = 0, row_h;
  double pad = ctx->fs * 0.5;
  g_autofree char *meta = NULL;
  guint experimental_index = 0;

  _rcc_report_figures_init_for (trial, self->endpoint, &f);

  /* Label column */
  {
    g_autofree char *phase_text = rcc_format_phase (rcc_trial_get_phase (trial));
    /* Translators: after a trial's year, ", Phase 3" */
    g_autofree char *phase = phase_text != NULL ? g_strdup_printf (_(", %s"), phase_text)
                                                : g_strdup ("");

    label_h += _rcc_report_plain (ctx, c.label_x, y + pad, c.label_w, rcc_trial_get_name (trial),
                                  1.0, TRUE);
    /* An imported trial says so: "Imported from ClinicalTrials.gov (NCT…), not reviewed". */
    if (rcc_trial_get_imported (trial) && rcc_trial_get_source_note (trial) != NULL)
      {
        g_autofree char *note = g_markup_printf_escaped ("<i>%s</i>", rcc_trial_get_source_note (trial));

        label_h += _rcc_report_text (ctx, c.label_x, y + pad + label_h, c.label_w, note, 0.85,
                                     FALSE, PANGO_ALIGN_LEFT);
      }
    if (rcc_trial_get_enrolled (trial) > 0)
      meta = g_strdup_printf (_("%u%s · N = %u"), rcc_trial_get_year (trial), phase,
                              rcc_trial_get_enrolled (trial));
    else
      meta = g_strdup_printf ("%u%s", rcc_trial_get_year (trial), phase);
    label_h += _rcc_report_plain (ctx, c.label_x, y + pad + label_h, c.label_w, meta, 0.85, FALSE);
    label_h += _rcc_report_plain (ctx, c.label_x, y + pad + label_h, c.label_w,
                                  rcc_setting_get_label (rcc_trial_get_setting (trial)), 0.85, FALSE);
    if (_rcc_report_figures_population (&f) != NULL)
      {
        /* Translators: the part of a trial its headline results are for */
        g_autofree char *population = g_strdup_printf (_("Results: %s"), _rcc_report_figures_population (&f));

        label_h += _rcc_report_plain (ctx, c.label_x, y + pad + label_h, c.label_w, population,
                                      0.85, TRUE);
      }
  }

  /* Bars: one line of text, then the bar, per arm */
  if (f.endpoint == RCC_ENDPOINT_NONE || f.missing)
    {
      g_autofree char *missing = _rcc_report_figures_missing (&f);
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", missing != NULL ? missing
                                                                     : _("No median reported"));

      pfs_h += _rcc_report_text (ctx, c.pfs_x, y + pad, c.pfs_w, markup, 0.9, FALSE,
                                 PANGO_ALIGN_LEFT);
    }
  else if (self->endpoint == RCC_ENDPOINT_CHOICE_PRIMARY || f.endpoint == RCC_ENDPOINT_RFS)
    {
      /* Which endpoint this row draws, where the title does not say */
      g_autofree char *endpoint = _rcc_report_figures_endpoint_markup (&f);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b>", endpoint);

      pfs_h += _rcc_report_text (ctx, c.pfs_x, y + pad, c.pfs_w, markup, 0.85, FALSE,
                                 PANGO_ALIGN_LEFT);
    }
  if (!f.missing && _rcc_report_figures_later_analysis (&f) != NULL)
    {
      /* Translators: where medians come from when not the primary analysis, "Medians from: Final analysis (…)" */
      g_autofree char *markup = g_markup_printf_escaped (_("<i>Medians from: %s</i>"),
                                                         _rcc_report_figures_later_analysis (&f));

      pfs_h += _rcc_report_text (ctx, c.pfs_x, y + pad + pfs_h, c.pfs_w, markup, 0.85, FALSE,
                                 PANGO_ALIGN_LEFT);
    }
  for (guint i = 0; f.endpoint != RCC_ENDPOINT_NONE && !f.missing && i < f.arms->len; i++)
    {
      RccArm *arm = g_ptr_array_index (f.arms, i);
      RccMedian *m = g_ptr_array_index (f.medians, i);
      g_autofree char *figure = _rcc_report_median_markup (m);
      g_autofree char *label = g_markup_escape_text (rcc_arm_get_label (arm), -1);
      g_autofree char *markup = NULL;
      double bar_y, bar_h = ctx->fs * 0.8;

      markup = g_strdup_printf ("%s: %s", label, figure);

      pfs_h += _rcc_report_text (ctx, c.pfs_x, y + pad + pfs_h, c.pfs_w, markup, 0.9, FALSE,
                                 PANGO_ALIGN_LEFT);
      bar_y = y + pad + pfs_h;

      if (ctx->draw)
        months_grid (ctx, &c, bar_y - ctx->fs * 0.15, bar_y + bar_h + ctx->fs * 0.15);

      if (ctx->draw && m != NULL && rcc_median_get_reached (m))
        _rcc_report_fill_bar (ctx, c.pfs_x, bar_y,
                              _rcc_report_months_to_x (ctx, &c, rcc_median_get_months (m)) - c.pfs_x,
                              bar_h, rcc_arm_get_control (arm), experimental_index);
      else if (ctx->draw && m != NULL)
        {
          /* Not reached: an open bar running off the axis. */
          double x1 = c.pfs_x + c.pfs_w;

          _rcc_report_fill_bar (ctx, c.pfs_x, bar_y, x1 - c.pfs_x - bar_h, bar_h,
                                rcc_arm_get_control (arm), experimental_index);
          _rcc_report_set_color (ctx, self->colors.foreground, 1.0);
          cairo_move_to (ctx->cr, x1 - bar_h, bar_y - bar_h * 0.2);
          cairo_line_to (ctx->cr, x1, bar_y + bar_h / 2);
          cairo_line_to (ctx->cr, x1 - bar_h, bar_y + bar_h * 1.2);
          cairo_close_path (ctx->cr);
          cairo_fill (ctx->cr);
        }

      if (!rcc_arm_get_control (arm))
        experimental_index++;
      pfs_h += bar_h + ctx->fs * 0.35;
    }

  /* Gain of each experimental arm over the first control arm */
  {
    RccMedian *control = NULL;

    for (guint i = 0; i < f.arms->len; i++)
      if (rcc_arm_get_control (g_ptr_array_index (f.arms, i)) && control == NULL)
        control = g_ptr_array_index (f.medians, i);

    for (guint i = 0; control != NULL && rcc_median_get_reached (control) && i < f.arms->len; i++)
      {
        RccArm *arm = g_ptr_array_index (f.arms, i);
        RccMedian *m = g_ptr_array_index (f.medians, i);
        g_autofree char *markup = NULL;
        double gain;

        if (rcc_arm_get_control (arm) || m == NULL || !rcc_median_get_reached (m))
          continue;

        gain = rcc_median_get_months (m) - rcc_median_get_months (control);
        markup = g_markup_printf_escaped ("<span alpha=\"60%%\">%s %+.1f %s</span>",
                                          f.arms->len > 2 ? rcc_arm_get_label (arm) : _("Gain:"),
                                          gain, _("months"));
        pfs_h += _rcc_report_text (ctx, c.pfs_x, y + pad + pfs_h, c.pfs_w, markup, 0.85, FALSE,
                                   PANGO_ALIGN_LEFT);
      }
  }

  /* Forest plot: one entry per headline HR */
  for (guint i = 0; i < f.hrs->len; i++)
    hr_h += forest_entry (ctx, &c, trial, g_ptr_array_index (f.hrs, i), y + pad + hr_h);
  if (f.hrs->len == 0 && f.missing)
    {
      g_autofree char *missing = _rcc_report_figures_missing (&f);
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", missing);

      hr_h += _rcc_report_text (ctx, c.hr_x, y + pad, c.hr_w, markup, 0.9, FALSE, PANGO_ALIGN_LEFT);
    }
  else if (f.hrs->len == 0)
    {
      /* Say why there is no square: none reported, or none that can be
       * drawn honestly (no stated direction, or not a headline result). */
      gboolean any = g_list_model_get_n_items (rcc_trial_get_hazard_ratios (trial)) > 0;
      g_autofree char *none = g_strdup_printf (_("No %s hazard ratio in this guide"),
                                               rcc_endpoint_get_abbreviation (f.endpoint));
      g_autofree char *markup = g_markup_printf_escaped (
        "<i>%s</i>", f.endpoint != RCC_ENDPOINT_NONE ? none
                     : any ? _("Hazard ratios reported, none shown here: no headline result with a "
                               "stated direction; see the trial's details")
                     : _("Hazard ratio not reported"));

      hr_h += _rcc_report_text (ctx, c.hr_x, y + pad, c.hr_w, markup, 0.9, FALSE, PANGO_ALIGN_LEFT);
    }

  row_h = MAX (label_h, MAX (pfs_h, hr_h)) + 2 * pad;

  if (ctx->draw)
    {
      _rcc_report_set_color (ctx, self->colors.foreground, 0.3);
      cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.05, 0.4));
      cairo_move_to (ctx->cr, 0, y + row_h);
      cairo_line_to (ctx->cr, ctx->width, y + row_h);
      cairo_stroke (ctx->cr);
    }

  _rcc_report_figures_clear (&f);
  return row_h;
}
