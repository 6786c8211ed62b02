/* rcc-report.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "rcc-format.h"
#include "rcc-plain.h"
#include "rcc-report.h"
#include "rcc-sources.h"

/* The comparison summary: one renderer for the screen, the printer and
 * the PDF, so what is printed is what was seen.
 *
 * The summary is a list of items (title, notes, chart rows, table rows,
 * citations, ...).  Every item is drawn by one function that, when asked
 * only to measure, walks the same code without painting, so measured
 * and drawn heights can never disagree.  Pagination stacks items onto
 * pages and repeats the chart and table headers on each page they
 * continue on; an item never straddles a page.
 *
 * Sizes derive from the font size, in user units: pixels on screen,
 * points on paper. */

#define FONT_FAMILY "Sans"
#define MARGIN_FACTOR 4.0      /* page margin, in font sizes */
#define HR_AXIS_MIN 0.125
#define HR_AXIS_MAX 4.0

typedef enum
{
  ITEM_TITLE,
  ITEM_NOTES,
  ITEM_EMPTY,
  ITEM_CHART_HEADER,
  ITEM_CHART_ROW,
  ITEM_TABLE_HEADER,
  ITEM_TABLE_ROW,
  ITEM_LEVELS_HEADING,
  ITEM_LEVEL,
  ITEM_HEADING,
  ITEM_CITATION,
  ITEM_DISCLAIMER,
  /* The patient handout */
  ITEM_PATIENT_TITLE,
  ITEM_PATIENT_INTRO,
  ITEM_SECTION,
  ITEM_PATIENT_TRIAL,
  ITEM_PATIENT_TREATMENT,
  ITEM_QUESTIONS,
  ITEM_NOTES_SPACE,
  ITEM_PATIENT_DISCLAIMER,
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint    index;
  double   y;
} Placed;

struct _RccReport
{
  GObject          parent_instance;

  RccCatalog      *catalog;
  GListModel      *trials;
  GDateTime       *printed;
  double           font_size;
  RccReportColors  colors;
  RccAudience      audience;

  /* Laid-out text by font size, style, width and markup: measuring
   * and drawing the same comparison shape each string once. */
  GHashTable      *layouts;

  /* From the last rcc_report_paginate() */
  double           page_width;
  double           page_height;
  GPtrArray       *pages;       /* of GArray of Placed */
};

G_DEFINE_FINAL_TYPE (RccReport, rcc_report, G_TYPE_OBJECT)

static const RccReportColors default_colors = {
  { 0.0, 0.0, 0.0, 1.0 },
  { 1.0, 1.0, 1.0, 1.0 },
  { 0.11, 0.44, 0.85, 1.0 },
};

/* ---------------------------------------------------------------------
 * What to show for one trial
 */

typedef struct
{
  RccEndpoint     endpoint;     /* the bars' endpoint */
  GPtrArray      *arms;         /* RccArm, experimental first, then controls */
  GPtrArray      *medians;      /* RccMedian or NULL ("not reported"), per arm */
  GPtrArray      *hrs;          /* the headline HRs (RccHazardRatio) */
  GPtrArray      *os;           /* RccMedian or NULL, per arm: headline OS */
} RccReportFigures;

static void
_rcc_report_figures_clear (RccReportFigures *f)
{
  g_clear_pointer (&f->arms, g_ptr_array_unref);
  g_clear_pointer (&f->medians, g_ptr_array_unref);
  g_clear_pointer (&f->hrs, g_ptr_array_unref);
  g_clear_pointer (&f->os, g_ptr_array_unref);
}

static void
add_headline_hrs (RccTrial    *trial,
                  RccEndpoint  endpoint,
                  GPtrArray   *hrs)
{
  GListModel *list = rcc_trial_get_hazard_ratios (trial);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccHazardRatio) hr = g_list_model_get_item (list, i);

      /* Borrowed: the trial's list keeps it alive. */
      if (rcc_hazard_ratio_get_primary (hr) && rcc_hazard_ratio_get_endpoint (hr) == endpoint)
        g_ptr_array_add (hrs, hr);
    }
}

static void
_rcc_report_figures_init (RccTrial         *trial,
                          RccReportFigures *f)
{
  GListModel *arms = rcc_trial_get_arms (trial);
  guint n = g_list_model_get_n_items (arms);

  memset (f, 0, sizeof *f);
  f->endpoint = rcc_trial_get_headline_endpoint (trial);
  f->arms = g_ptr_array_new_with_free_func (g_object_unref);
  f->medians = g_ptr_array_new ();
  f->hrs = g_ptr_array_new ();
  f->os = g_ptr_array_new ();

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        RccArm *arm = g_list_model_get_item (arms, i);

        if (rcc_arm_get_control (arm) == (pass == 1))
          g_ptr_array_add (f->arms, arm);
        else
          g_object_unref (arm);
      }

  for (guint i = 0; i < f->arms->len; i++)
    {
      RccArm *arm = g_ptr_array_index (f->arms, i);

      g_ptr_array_add (f->medians,
                       rcc_trial_find_primary_median (trial, f->endpoint, rcc_arm_get_id (arm)));
      g_ptr_array_add (f->os,
                       rcc_trial_find_primary_median (trial, RCC_ENDPOINT_OS, rcc_arm_get_id (arm)));
    }

  add_headline_hrs (trial, f->endpoint, f->hrs);
  if (f->hrs->len == 0 && f->endpoint != RCC_ENDPOINT_OS)
    add_headline_hrs (trial, RCC_ENDPOINT_OS, f->hrs);
}

/* The population the trial's headline medians are for, when it is not
 * the whole trial (CheckMate 214: intermediate/poor risk). */
static const char *
_rcc_report_figures_population (RccReportFigures *f)
{
  for (guint i = 0; i < f->medians->len; i++)
    {
      RccMedian *m = g_ptr_array_index (f->medians, i);

      if (m != NULL && rcc_median_get_population (m) != NULL)
        return rcc_median_get_population (m);
    }

  for (guint i = 0; i < f->hrs->len; i++)
    {
      RccHazardRatio *hr = g_ptr_array_index (f->hrs, i);

      if (rcc_hazard_ratio_get_population (hr) != NULL)
        return rcc_hazard_ratio_get_population (hr);
    }

  return NULL;
}

static const char *
_rcc_report_arm_label (RccTrial   *trial,
                       const char *arm_id)
{
  RccArm *arm = arm_id != NULL ? rcc_trial_find_arm (trial, arm_id) : NULL;

  return arm != NULL ? rcc_arm_get_label (arm) : arm_id;
}

/* "Normal" direction: the HR's arm is an experimental arm and its
 * comparator a control arm, so below 1 favours the treatment. */
static gboolean
_rcc_report_hr_is_treatment_vs_control (RccTrial       *trial,
                                        RccHazardRatio *hr)
{
  RccArm *arm = rcc_trial_find_arm (trial, rcc_hazard_ratio_get_arm_id (hr));
  RccArm *versus = rcc_trial_find_arm (trial, rcc_hazard_ratio_get_versus_id (hr));

  return arm != NULL && versus != NULL &&
         !rcc_arm_get_control (arm) && rcc_arm_get_control (versus);
}

/* ---------------------------------------------------------------------
 * Drawing primitives
 */

typedef struct
{
  RccReport *self;
  cairo_t   *cr;
  gboolean   draw;        /* FALSE: measure only */
  double     width;       /* content width */
  double     fs;          /* font size */
  double     months_max;  /* the shared months axis */
  double     months_step;
  gboolean   all_normal;  /* every HR is treatment vs control */

  PangoFontDescription *font;
  char                 *target;  /* what layouts depend on in the cairo target */
  GPtrArray            *cited;   /* cited_references(), made once per pass */
} RccReportCtx;

static void
_rcc_report_set_color (RccReportCtx *ctx,
                       const double *rgba,
                       double        alpha)
{
  cairo_set_source_rgba (ctx->cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

/* Lays out @markup at (@x, @y) in @width; returns its height. */
static double
_rcc_report_text (RccReportCtx   *ctx,
                  double          x,
                  double          y,
                  double          width,
                  const char     *markup,
                  double          scale,
                  gboolean        bold,
                  PangoAlignment  align)
{
  g_autofree char *key = g_strdup_printf ("%s|%g|%g|%d|%d|%g|%s", ctx->target, ctx->fs, scale, bold,
                                          align, width, markup);
  PangoLayout *layout = g_hash_table_lookup (ctx->self->layouts, key);
  int w, h;

  if (layout == NULL)
    {
      layout = pango_cairo_create_layout (ctx->cr);
      pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72.0);
      pango_layout_context_changed (layout);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_font_description_set_absolute_size (ctx->font, ctx->fs * scale * PANGO_SCALE);
      pango_font_description_set_weight (ctx->font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (layout, ctx->font);
      pango_layout_set_width (layout, (int)(MAX (width, 1.0) * PANGO_SCALE));
      pango_layout_set_alignment (layout, align);
      pango_layout_set_markup (layout, markup, -1);
      g_hash_table_insert (ctx->self->layouts, g_steal_pointer (&key), layout);
    }

  pango_layout_get_size (layout, &w, &h);

  if (ctx->draw)
    {
      _rcc_report_set_color (ctx, ctx->self->colors.foreground, 1.0);
      cairo_move_to (ctx->cr, x, y);
      pango_cairo_show_layout (ctx->cr, layout);
    }

  return (double)h / PANGO_SCALE;
}

static double
_rcc_report_plain (RccReportCtx *ctx,
                   double        x,
                   double        y,
                   double        width,
                   const char   *str,
                   double        scale,
                   gboolean      bold)
{
  g_autofree char *escaped = g_markup_escape_text (str, -1);

  return _rcc_report_text (ctx, x, y, width, escaped, scale, bold, PANGO_ALIGN_LEFT);
}

/* Reported figure plus the derived one, lighter: "167 days (5.5 months)". */
static char *
_rcc_report_median_markup (RccMedian *m)
{
  g_autofree char *reported = NULL;
  g_autofree char *months = NULL;
  g_autofree char *escaped = NULL;

  if (m == NULL)
    return g_strdup_printf ("<i>%s</i>", _("not reported"));

  reported = rcc_format_median_reported (m);
  escaped = g_markup_escape_text (reported, -1);
  if (!rcc_median_get_reached (m) || rcc_median_get_unit (m) == RCC_TIME_UNIT_MONTHS)
    return g_steal_pointer (&escaped);

  months = rcc_format_months (rcc_median_get_months (m));
  return g_strdup_printf ("%s <span alpha=\"60%%\">(%s)</span>", escaped, months);
}

/* A tile of hatching, repeated: one fill instead of a stroke per line.
 * Vector (a recording surface), so print and PDF stay sharp. */
static cairo_pattern_t *
hatch_pattern (RccReportCtx *ctx,
               int           style,
               const double *rgba)
{
  double step = MAX (ctx->fs * 0.35, 2.0);
  cairo_rectangle_t extents = { 0, 0, step, step };
  cairo_surface_t *tile = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;

  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
  cairo_set_line_width (cr, MAX (ctx->fs * 0.08, 0.6));
  if (style == 1 || style == 3)
    {
      /* "/" through the tile, and the corners it leaves, so tiles join. */
      cairo_move_to (cr, -1, step + 1);
      cairo_line_to (cr, step + 1, -1);
      cairo_move_to (cr, -1, 1);
      cairo_line_to (cr, 1, -1);
      cairo_move_to (cr, step - 1, step + 1);
      cairo_line_to (cr, step + 1, step - 1);
    }
  if (style == 3)
    {
      cairo_move_to (cr, -1, -1);
      cairo_line_to (cr, step + 1, step + 1);
    }
  if (style == 2)
    {
      cairo_move_to (cr, 0, step / 2);
      cairo_line_to (cr, step, step / 2);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

static void
hatch (RccReportCtx *ctx,
       double        x,
       double        y,
       double        w,
       double        h,
       int           style,
       const double *rgba)
{
  cairo_pattern_t *pattern = hatch_pattern (ctx, style, rgba);

  cairo_save (ctx->cr);
  cairo_set_source (ctx->cr, pattern);
  cairo_rectangle (ctx->cr, x, y, w, h);
  cairo_fill (ctx->cr);
  cairo_restore (ctx->cr);
  cairo_pattern_destroy (pattern);
}

/* Experimental arms: solid, then cross-hatched, then striped; control
 * arms: diagonal hatching in the text colour.  Never colour alone. */
static void
_rcc_report_fill_bar (RccReportCtx *ctx,
                      double        x,
                      double        y,
                      double        w,
                      double        h,
                      gboolean      control,
                      guint         experimental_index)
{
  const double *accent = ctx->self->colors.accent;
  const double *fg = ctx->self->colors.foreground;

  if (w <= 0)
    return;

  if (control)
    {
      _rcc_report_set_color (ctx, fg, 0.12);
      cairo_rectangle (ctx->cr, x, y, w, h);
      cairo_fill (ctx->cr);
      hatch (ctx, x, y, w, h, 1, (double[]) { fg[0], fg[1], fg[2], fg[3] * 0.75 });
    }
  else if (experimental_index == 0)
    {
      _rcc_report_set_color (ctx, accent, 0.9);
      cairo_rectangle (ctx->cr, x, y, w, h);
      cairo_fill (ctx->cr);
    }
  else
    {
      _rcc_report_set_color (ctx, accent, 0.25);
      cairo_rectangle (ctx->cr, x, y, w, h);
      cairo_fill (ctx->cr);
      hatch (ctx, x, y, w, h, experimental_index == 1 ? 3 : 2, accent);
    }

  _rcc_report_set_color (ctx, control ? fg : accent, 1.0);
  cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.08, 0.6));
  cairo_rectangle (ctx->cr, x, y, w, h);
  cairo_stroke (ctx->cr);
}

/* ---------------------------------------------------------------------
 * Chart geometry
 */

typedef struct
{
  double label_x, label_w;
  double pfs_x, pfs_w;
  double hr_x, hr_w;
} RccReportColumns;

static RccReportColumns
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

static double
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

/* ---------------------------------------------------------------------
 * Items
 */

static RccTrial *
_rcc_report_get_trial (RccReport *self,
                       guint      index)
{
  /* The model holds a reference for as long as the report uses it. */
  g_autoptr(RccTrial) trial = g_list_model_get_item (self->trials, index);

  return trial;
}

static guint
_rcc_report_n_trials (RccReport *self)
{
  return self->trials != NULL ? g_list_model_get_n_items (self->trials) : 0;
}

/* What the printout draws on: the editions citing its trials, with
 * their dates, the trials' own publications, and the content's review */
static char *
_rcc_report_sources (RccReport *self)
{
  g_autofree char *sources = NULL;
  g_autofree char *reviewed = rcc_sources_reviewed (self->catalog);

  if (_rcc_report_n_trials (self) == 0)
    return rcc_format_source_line (self->catalog);

  sources = rcc_sources_for_trials (self->catalog, self->trials);
  return g_strdup_printf ("%s %s", sources, reviewed);
}

static double
_rcc_report_item_title (RccReportCtx *ctx,
                        double        y)
{
  RccReport *self = ctx->self;
  g_autofree char *date = NULL;
  g_autofree char *line = NULL;
  g_autofree char *source = NULL;
  double h = 0;

  date = g_date_time_format (self->printed, _("%-d %B %Y"));
  /* Translators: date printed, app version, content version */
  line = g_strdup_printf (_("Printed %s from RCC Guide %s, content version %u"), date, PACKAGE_VERSION,
                          rcc_catalog_get_version (self->catalog));
  source = _rcc_report_sources (self);

  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, _("Comparison of trial results: advanced renal cell carcinoma"), 1.7, TRUE);
  h += ctx->fs * 0.3;
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, line, 0.95, FALSE);
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, source, 0.95, FALSE);
  h += ctx->fs * 0.8;
  return h;
}

static gboolean
any_converted (RccReport *self)
{
  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    {
      GListModel *medians = rcc_trial_get_medians (_rcc_report_get_trial (self, i));

      for (guint j = 0; j < g_list_model_get_n_items (medians); j++)
        {
          g_autoptr(RccMedian) m = g_list_model_get_item (medians, j);

          if (rcc_median_get_reached (m) && rcc_median_get_unit (m) != RCC_TIME_UNIT_MONTHS)
            return TRUE;
        }
    }

  return FALSE;
}

/* Differences that make side-by-side figures not directly comparable. */
static char *
differences_note (RccReport *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  gboolean setting_differs = FALSE, comparator_differs = FALSE;
  guint min_year = G_MAXUINT, max_year = 0;
  RccSetting first_setting = RCC_SETTING_NOT_STATED;
  g_autofree char *first_control = NULL;

  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    {
      RccTrial *trial = _rcc_report_get_trial (self, i);
      RccReportFigures f;
      const char *control = NULL;

      _rcc_report_figures_init (trial, &f);
      for (guint j = 0; j < f.arms->len; j++)
        if (rcc_arm_get_control (g_ptr_array_index (f.arms, j)))
          control = rcc_arm_get_label (g_ptr_array_index (f.arms, j));

      if (i == 0)
        {
          first_setting = rcc_trial_get_setting (trial);
          first_control = g_strdup (control);
        }
      else
        {
          setting_differs |= rcc_trial_get_setting (trial) != first_setting;
          comparator_differs |= g_strcmp0 (control, first_control) != 0;
        }

      min_year = MIN (min_year, rcc_trial_get_year (trial));
      max_year = MAX (max_year, rcc_trial_get_year (trial));
      _rcc_report_figures_clear (&f);
    }

  if (_rcc_report_n_trials (self) < 2)
    return NULL;

  if (setting_differs)
    g_ptr_array_add (parts, (gpointer)_("line of therapy or setting"));
  if (comparator_differs)
    g_ptr_array_add (parts, (gpointer)_("comparator"));

  if (parts->len == 0 && max_year - min_year <= 10)
    return NULL;

  {
    g_autoptr(GString) note = g_string_new (NULL);

    if (parts->len > 0)
      {
        g_ptr_array_add (parts, NULL);
        g_autofree char *joined = g_strjoinv (_(" and "), (char **)parts->pdata);
        /* Translators: %s is e.g. "line of therapy or setting and comparator" */
        g_string_append_printf (note, _("These trials differ in %s. "), joined);
      }
    if (max_year - min_year > 10)
      /* Translators: %u are years */
      g_string_append_printf (note, _("They were published more than ten years apart (%u–%u). "),
                              min_year, max_year);
    g_string_append (note, _("Their results are shown side by side, not pooled, and cannot be compared directly."));
    return g_string_free (g_steal_pointer (&note), FALSE);
  }
}

static double
_rcc_report_item_notes (RccReportCtx *ctx,
                        double        y)
{
  RccReport *self = ctx->self;
  g_autofree char *differences = differences_note (self);
  double h = 0;

  if (differences != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (differences, -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", _("Note:"), escaped);

      h += _rcc_report_text (ctx, 0, y + h, ctx->width, markup, 1.0, FALSE, PANGO_ALIGN_LEFT);
      h += ctx->fs * 0.3;
    }

  h += _rcc_report_plain (ctx, 0, y + h, ctx->width,
                          _("Medians are shown as the source reports them. Bars share one months axis. "
                            "No pooled estimate is given: the trials differ in population, comparator and "
                            "line of therapy."), 0.9, FALSE);

  if (any_converted (self))
    {
      g_autofree char *markup = g_strdup_printf (
        "<span alpha=\"60%%\">%s</span>",
        _("Figures in lighter type are derived, not reported: months computed from days or "
          "weeks at 30.4375 days a month or from years at 12 months a year, and gains as the "
          "difference between reported medians."));

      h += _rcc_report_text (ctx, 0, y + h, ctx->width, markup, 0.9, FALSE, PANGO_ALIGN_LEFT);
    }

  h += ctx->fs * 0.8;
  return h;
}

static double
_rcc_report_item_chart_header (RccReportCtx *ctx,
                               double        y)
{
  RccReportColumns c = _rcc_report_chart_columns (ctx);
  static const double hr_ticks[] = { 0.25, 0.5, 1.0, 2.0, 4.0 };
  double h1, h2, tick_y, tick_h = 0;

  h1 = _rcc_report_plain (ctx, c.pfs_x, y, c.pfs_w, _("Median time to event, months (PFS unless marked)"), 0.95, TRUE);
  h2 = _rcc_report_plain (ctx, c.hr_x, y, c.hr_w, _("Hazard ratio, log scale"), 0.95, TRUE);
  tick_y = y + MAX (h1, h2) + ctx->fs * 0.2;

  for (double m = 0; m <= ctx->months_max + 1e-9; m += ctx->months_step)
    {
      g_autofree char *label = g_strdup_printf ("%g", m);
      double x = _rcc_report_months_to_x (ctx, &c, m);

      tick_h = _rcc_report_text (ctx, x - ctx->fs * 2, tick_y, ctx->fs * 4, label, 0.8, FALSE, PANGO_ALIGN_CENTER);
    }
  for (guint i = 0; i < G_N_ELEMENTS (hr_ticks); i++)
    {
      g_autofree char *label = g_strdup_printf ("%g", hr_ticks[i]);
      double x = hr_to_x (&c, hr_ticks[i]);

      _rcc_report_text (ctx, x - ctx->fs * 2, tick_y, ctx->fs * 4, label, 0.8, FALSE, PANGO_ALIGN_CENTER);
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

    hl = _rcc_report_text (ctx, c.hr_x, fy, mid - c.hr_x - ctx->fs * 0.3, left, 0.8, FALSE, PANGO_ALIGN_RIGHT);
    hr = _rcc_report_text (ctx, mid + ctx->fs * 0.3, fy, c.hr_x + c.hr_w - mid - ctx->fs * 0.3, right, 0.8, FALSE, PANGO_ALIGN_LEFT);

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
    arms = g_strdup_printf (_("%s vs %s"), _rcc_report_arm_label (trial, rcc_hazard_ratio_get_arm_id (hr)),
                            _rcc_report_arm_label (trial, rcc_hazard_ratio_get_versus_id (hr)));
    if (rcc_hazard_ratio_get_p (hr) != NULL)
      /* Translators: a p-value after the arms, "; p <.001", as the source printed it */
      p = g_strdup_printf (_("; p %s"), rcc_hazard_ratio_get_p (hr));

    line2 = g_markup_printf_escaped ("%s%s%s", arms, p != NULL ? p : "",
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
      else
        /* Translators: %g is a confidence level, e.g. 95 */
        message = g_strdup_printf (_("The %g%% CI includes 1: no significant difference at that level."),
                                   ci_level);
      markup = g_markup_printf_escaped ("<b>%s</b>", message);

      h += _rcc_report_text (ctx, cols->hr_x, y + h, cols->hr_w, markup, 0.85, FALSE, PANGO_ALIGN_LEFT);
    }

  return h + ctx->fs * 0.3;
}

static double
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

  _rcc_report_figures_init (trial, &f);

  /* Label column */
  {
    g_autofree char *phase_text = rcc_format_phase (rcc_trial_get_phase (trial));
    /* Translators: after a trial's year, ", Phase 3" */
    g_autofree char *phase = phase_text != NULL ? g_strdup_printf (_(", %s"), phase_text)
                                                : g_strdup ("");

    label_h += _rcc_report_plain (ctx, c.label_x, y + pad, c.label_w, rcc_trial_get_name (trial), 1.0, TRUE);
    /* An imported trial says so: "Imported from ClinicalTrials.gov (NCT…), not reviewed". */
    if (rcc_trial_get_imported (trial) && rcc_trial_get_source_note (trial) != NULL)
      {
        g_autofree char *note = g_markup_printf_escaped ("<i>%s</i>", rcc_trial_get_source_note (trial));

        label_h += _rcc_report_text (ctx, c.label_x, y + pad + label_h, c.label_w, note, 0.85, FALSE, PANGO_ALIGN_LEFT);
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

        label_h += _rcc_report_plain (ctx, c.label_x, y + pad + label_h, c.label_w, population, 0.85, TRUE);
      }
  }

  /* Bars: one line of text, then the bar, per arm */
  if (f.endpoint == RCC_ENDPOINT_NONE)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", _("No median reported"));

      pfs_h += _rcc_report_text (ctx, c.pfs_x, y + pad, c.pfs_w, markup, 0.9, FALSE, PANGO_ALIGN_LEFT);
    }
  for (guint i = 0; f.endpoint != RCC_ENDPOINT_NONE && i < f.arms->len; i++)
    {
      RccArm *arm = g_ptr_array_index (f.arms, i);
      RccMedian *m = g_ptr_array_index (f.medians, i);
      g_autofree char *figure = _rcc_report_median_markup (m);
      g_autofree char *label = g_markup_escape_text (rcc_arm_get_label (arm), -1);
      g_autofree char *markup = NULL;
      double bar_y, bar_h = ctx->fs * 0.8;

      if (f.endpoint != RCC_ENDPOINT_PFS)
        markup = g_strdup_printf ("%s: %s %s", label,
                                  rcc_endpoint_get_abbreviation (f.endpoint), figure);
      else
        markup = g_strdup_printf ("%s: %s", label, figure);

      pfs_h += _rcc_report_text (ctx, c.pfs_x, y + pad + pfs_h, c.pfs_w, markup, 0.9, FALSE, PANGO_ALIGN_LEFT);
      bar_y = y + pad + pfs_h;

      if (ctx->draw)
        months_grid (ctx, &c, bar_y - ctx->fs * 0.15, bar_y + bar_h + ctx->fs * 0.15);

      if (ctx->draw && m != NULL && rcc_median_get_reached (m))
        _rcc_report_fill_bar (ctx, c.pfs_x, bar_y, _rcc_report_months_to_x (ctx, &c, rcc_median_get_months (m)) - c.pfs_x,
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
        pfs_h += _rcc_report_text (ctx, c.pfs_x, y + pad + pfs_h, c.pfs_w, markup, 0.85, FALSE, PANGO_ALIGN_LEFT);
      }
  }

  /* Forest plot: one entry per headline HR */
  for (guint i = 0; i < f.hrs->len; i++)
    hr_h += forest_entry (ctx, &c, trial, g_ptr_array_index (f.hrs, i), y + pad + hr_h);
  if (f.hrs->len == 0)
    {
      /* Say why there is no square: none reported, or none that can be
       * drawn honestly (no stated direction, or not a headline result). */
      gboolean any = g_list_model_get_n_items (rcc_trial_get_hazard_ratios (trial)) > 0;
      g_autofree char *markup = g_markup_printf_escaped (
        "<i>%s</i>", any ? _("Hazard ratios reported, none shown here: no headline result with a "
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

/* Table columns, as fractions of the width. */
static const struct {
  const char *title;
  double      fraction;
} table_columns[] = {
  { N_("Trial"), 0.12 },
  { N_("N"), 0.05 },
  { N_("Arms"), 0.13 },
  { N_("Median (each arm)"), 0.16 },
  { N_("Gain"), 0.07 },
  { N_("HR (CI)"), 0.13 },
  { N_("p"), 0.07 },
  { N_("Median OS"), 0.12 },
  { N_("LoE"), 0.08 },
  { N_("Ref."), 0.07 },
};

static double
table_row (RccReportCtx *ctx,
           double        y,
           char * const  markup[],
           gboolean      header)
{
  double x = 0, h = 0, pad = ctx->fs * 0.3;

  for (guint i = 0; i < G_N_ELEMENTS (table_columns); i++)
    {
      double w = ctx->width * table_columns[i].fraction;

      h = MAX (h, _rcc_report_text (ctx, x + pad / 2, y + pad, w - pad, markup[i], 0.8, header, PANGO_ALIGN_LEFT));
      x += w;
    }

  h += 2 * pad;

  if (ctx->draw)
    {
      _rcc_report_set_color (ctx, ctx->self->colors.foreground, header ? 0.8 : 0.3);
      cairo_set_line_width (ctx->cr, MAX (ctx->fs * (header ? 0.08 : 0.05), 0.4));
      cairo_move_to (ctx->cr, 0, y + h);
      cairo_line_to (ctx->cr, ctx->width, y + h);
      cairo_stroke (ctx->cr);
    }

  return h;
}

static double
_rcc_report_item_table_header (RccReportCtx *ctx,
                               double        y)
{
  char *cells[G_N_ELEMENTS (table_columns)];
  double h;

  for (guint i = 0; i < G_N_ELEMENTS (table_columns); i++)
    cells[i] = g_markup_escape_text (_(table_columns[i].title), -1);

  h = table_row (ctx, y, cells, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (table_columns); i++)
    g_free (cells[i]);

  return h;
}

static char *
join_markup (GPtrArray *parts)
{
  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("\n", (char **)parts->pdata);
}

static GPtrArray *ctx_cited (RccReportCtx *ctx);

/* The same label for a reference in the table and in the list below it,
 * so a reader can find one from the other: the PDQ's number where it has
 * one, as the PDQ prints it; otherwise a letter, in the order the
 * comparison cites them ("[a]", "[b]", … "[z]", "[aa]", …), short enough
 * for the table's narrow column and never mistaken for a PDQ number.
 * @ref may be %NULL (an id the content does not have): then its id. */
static char *
reference_label (RccReportCtx *ctx,
                 RccReference *ref,
                 const char   *id)
{
  guint letter = 0;

  if (ref != NULL && rcc_reference_get_number (ref) > 0)
    return g_strdup_printf ("[%u]", rcc_reference_get_number (ref));
  if (ref == NULL)
    return g_strdup_printf ("[%s]", id);

  for (guint i = 0; i < ctx_cited (ctx)->len; i++)
    {
      RccReference *cited = g_ptr_array_index (ctx->cited, i);

      if (cited == ref)
        {
          GString *label = g_string_new ("]");

          /* Bijective base 26: a … z, aa … az, ba … */
          for (guint n = letter + 1; n > 0; n = (n - 1) / 26)
            g_string_prepend_c (label, 'a' + (n - 1) % 26);
          g_string_prepend_c (label, '[');
          return g_string_free (label, FALSE);
        }
      if (rcc_reference_get_number (cited) == 0)
        letter++;
    }

  return g_strdup_printf ("[%s]", id);
}

/* The table's LoE cell: each code, and under it the edition that gave
 * it; its meaning is in the levels of evidence below the table */
static char *
level_cell (RccReport *self,
            RccTrial  *trial)
{
  GListModel *levels = rcc_trial_get_levels (trial);
  guint n = g_list_model_get_n_items (levels);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  if (n == 0)
    return g_markup_printf_escaped ("<i>%s</i>", _("none given by the PDQ"));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccLevel) level = g_list_model_get_item (levels, i);
      RccEdition *edition = rcc_catalog_find_edition (self->catalog, rcc_level_get_edition_id (level));
      g_autofree char *edition_name = rcc_format_edition (edition);
      RccEndpoint endpoint = rcc_level_get_endpoint (level);

      g_ptr_array_add (lines, g_markup_printf_escaped ("<b>%s</b> %s\n<span alpha=\"70%%\">%s</span>",
                                                       rcc_level_get_code (level),
                                                       endpoint != RCC_ENDPOINT_NONE
                                                       ? rcc_endpoint_get_abbreviation (endpoint) : "",
                                                       edition_name));
    }

  return join_markup (lines);
}

static double
_rcc_report_item_table_row (RccReportCtx *ctx,
                            double        y,
                            guint         index)
{
  RccReport *self = ctx->self;
  RccTrial *trial = _rcc_report_get_trial (self, index);
  g_autoptr(GPtrArray) arms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) medians = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) gains = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) os = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) hr_cells = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) p_cells = g_ptr_array_new_with_free_func (g_free);
  gboolean any_os = FALSE;
  char *cells[G_N_ELEMENTS (table_columns)] = { NULL };
  const char * const *ref_ids = rcc_trial_get_reference_ids (trial);
  RccMedian *control = NULL;
  RccReportFigures f;
  double h;

  _rcc_report_figures_init (trial, &f);

  if (rcc_trial_get_imported (trial) && rcc_trial_get_source_note (trial) != NULL)
    {
      g_autofree char *source = NULL;

      /* Its own source date: when the registry record was last updated */
      if (rcc_trial_get_source_updated (trial) != NULL)
        {
          g_autofree char *updated = rcc_format_date (rcc_trial_get_source_updated (trial));

          /* Translators: an imported trial's source note, and the date its record was last updated */
          source = g_strdup_printf (_("%s; record updated %s"), rcc_trial_get_source_note (trial), updated);
        }
      else
        source = g_strdup (rcc_trial_get_source_note (trial));

      cells[0] = g_markup_printf_escaped ("<b>%s</b>\n%u\n<i>%s</i>", rcc_trial_get_name (trial),
                                          rcc_trial_get_year (trial), source);
    }
  else
    cells[0] = g_markup_printf_escaped ("<b>%s</b>\n%u", rcc_trial_get_name (trial), rcc_trial_get_year (trial));
  cells[1] = rcc_trial_get_enrolled (trial) > 0
           ? g_strdup_printf ("%u", rcc_trial_get_enrolled (trial))
           : g_markup_printf_escaped ("<i>%s</i>", _("not reported"));

  for (guint i = 0; i < f.arms->len; i++)
    {
      RccArm *arm = g_ptr_array_index (f.arms, i);
      RccMedian *m = g_ptr_array_index (f.medians, i);

      g_ptr_array_add (arms, g_markup_printf_escaped ("%s%s", rcc_arm_get_label (arm),
                                                      rcc_arm_get_control (arm) ? _(" (control)") : ""));
      if (f.endpoint != RCC_ENDPOINT_NONE)
        g_ptr_array_add (medians, _rcc_report_median_markup (m));
      if (rcc_arm_get_control (arm) && control == NULL)
        control = m;
    }
  cells[2] = join_markup (arms);

  if (f.endpoint == RCC_ENDPOINT_NONE)
    cells[3] = g_markup_printf_escaped ("<i>%s</i>", _("not reported"));
  else
    {
      g_autofree char *body = join_markup (medians);
      cells[3] = g_strdup_printf ("%s\n%s", rcc_endpoint_get_abbreviation (f.endpoint), body);
    }

  for (guint i = 0; control != NULL && rcc_median_get_reached (control) && i < f.arms->len; i++)
    {
      RccMedian *m = g_ptr_array_index (f.medians, i);

      if (rcc_arm_get_control (g_ptr_array_index (f.arms, i)) || m == NULL || !rcc_median_get_reached (m))
        continue;
      g_ptr_array_add (gains, g_strdup_printf ("<span alpha=\"60%%\">%+.1f %s</span>",
                                               rcc_median_get_months (m) - rcc_median_get_months (control),
                                               _("mo")));
    }
  cells[4] = gains->len > 0 ? join_markup (gains) : g_strdup ("—");

  for (guint i = 0; i < f.hrs->len; i++)
    {
      RccHazardRatio *hr = g_ptr_array_index (f.hrs, i);
      g_autofree char *value = rcc_format_hazard_ratio (hr);

      g_autofree char *compared = g_strdup_printf (_("%s vs %s"),
                                                   _rcc_report_arm_label (trial, rcc_hazard_ratio_get_arm_id (hr)),
                                                   _rcc_report_arm_label (trial, rcc_hazard_ratio_get_versus_id (hr)));

      g_ptr_array_add (hr_cells,
                       g_markup_printf_escaped ("%s %s\n%s",
                                                rcc_endpoint_get_abbreviation (rcc_hazard_ratio_get_endpoint (hr)),
                                                value, compared));
      g_ptr_array_add (p_cells, rcc_hazard_ratio_get_p (hr) != NULL
                                ? g_markup_escape_text (rcc_hazard_ratio_get_p (hr), -1)
                                : g_markup_printf_escaped ("<i>%s</i>", _("not reported")));
    }
  if (hr_cells->len > 0)
    cells[5] = join_markup (hr_cells);
  else if (g_list_model_get_n_items (rcc_trial_get_hazard_ratios (trial)) > 0)
    cells[5] = g_markup_printf_escaped ("<i>%s</i>", _("none shown: see the trial's details"));
  else
    cells[5] = g_markup_printf_escaped ("<i>%s</i>", _("not reported"));
  cells[6] = p_cells->len > 0 ? join_markup (p_cells) : g_strdup ("—");

  /* Per arm, in the Arms column's order, where any arm has one. */
  for (guint i = 0; i < f.os->len; i++)
    if (g_ptr_array_index (f.os, i) != NULL)
      any_os = TRUE;
  for (guint i = 0; any_os && i < f.os->len; i++)
    g_ptr_array_add (os, _rcc_report_median_markup (g_ptr_array_index (f.os, i)));
  cells[7] = any_os ? join_markup (os) : g_markup_printf_escaped ("<i>%s</i>", _("not reported"));

  cells[8] = level_cell (self, trial);

  for (guint i = 0; ref_ids != NULL && ref_ids[i] != NULL; i++)
    {
      RccReference *ref = rcc_catalog_lookup_reference (self->catalog, ref_ids[i]);
      g_autofree char *label = reference_label (ctx, ref, ref_ids[i]);

      g_ptr_array_add (refs, g_markup_escape_text (label, -1));
    }
  cells[9] = join_markup (refs);

  h = table_row (ctx, y, cells, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    g_free (cells[i]);
  _rcc_report_figures_clear (&f);

  return h;
}

/* The references the compared trials cite, each once, in order. */
static GPtrArray *
_rcc_report_cited_references (RccReport *self)
{
  GPtrArray *refs = g_ptr_array_new ();

  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    {
      const char * const *ids = rcc_trial_get_reference_ids (_rcc_report_get_trial (self, i));

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        {
          RccReference *ref = rcc_catalog_lookup_reference (self->catalog, ids[j]);

          if (ref != NULL && !g_ptr_array_find (refs, ref, NULL))
            g_ptr_array_add (refs, ref);
        }
    }

  return refs;
}

static GPtrArray *
ctx_cited (RccReportCtx *ctx)
{
  if (ctx->cited == NULL)
    ctx->cited = _rcc_report_cited_references (ctx->self);

  return ctx->cited;
}

static double
_rcc_report_item_citation (RccReportCtx *ctx,
                           double        y,
                           guint         index)
{
  RccReference *ref = g_ptr_array_index (ctx_cited (ctx), index);
  g_autoptr(GString) str = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  g_autofree char *label = reference_label (ctx, ref, rcc_reference_get_id (ref));

  g_string_append_printf (str, "%s ", label);
  g_string_append (str, rcc_reference_get_citation (ref));
  if (rcc_reference_get_kind (ref) != RCC_REFERENCE_KIND_JOURNAL)
    g_string_append_printf (str, " [%s]", rcc_format_reference_kind (rcc_reference_get_kind (ref)));
  if (rcc_reference_get_partial (ref))
    /* Translators: after a reference the guide gives only in part */
    g_string_append_printf (str, " (%s)", _("full citation not in this guide"));
  if (rcc_reference_get_pmid (ref) > 0)
    g_string_append_printf (str, " PMID %u.", rcc_reference_get_pmid (ref));
  if (rcc_reference_get_doi (ref) != NULL)
    g_string_append_printf (str, " doi:%s", rcc_reference_get_doi (ref));

  escaped = g_markup_escape_text (str->str, -1);
  return _rcc_report_text (ctx, 0, y, ctx->width, escaped, 0.85, FALSE, PANGO_ALIGN_LEFT) + ctx->fs * 0.25;
}

static double
_rcc_report_item_levels_heading (RccReportCtx *ctx,
                                 double        y)
{
  return ctx->fs * 0.8 + _rcc_report_plain (ctx, 0, y + ctx->fs * 0.8, ctx->width, _("PDQ levels of evidence"), 1.15, TRUE)
         + ctx->fs * 0.3;
}

/* A trial's levels of evidence in words: "TARGET: 1iDiii for PFS · 2014
 * definitions · 2014 PDQ: Randomised …", or that the PDQ gives none */
static double
_rcc_report_item_level (RccReportCtx *ctx,
                        double        y,
                        guint         index)
{
  RccReport *self = ctx->self;
  RccTrial *trial = _rcc_report_get_trial (self, index);
  GListModel *levels = rcc_trial_get_levels (trial);
  guint n = g_list_model_get_n_items (levels);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>: ", rcc_trial_get_name (trial));

  g_string_append (markup, name);
  if (n == 0)
    {
      g_autofree char *none = g_markup_escape_text (rcc_format_no_level (), -1);

      g_string_append (markup, none);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccLevel) level = g_list_model_get_item (levels, i);
      g_autofree char *described = rcc_format_level (level, self->catalog);
      g_autofree char *escaped = g_markup_escape_text (described, -1);

      /* One level a line */
      if (i > 0)
        g_string_append_c (markup, '\n');
      g_string_append (markup, escaped);
    }

  return _rcc_report_text (ctx, 0, y, ctx->width, markup->str, 0.85, FALSE, PANGO_ALIGN_LEFT) + ctx->fs * 0.25;
}

static double
_rcc_report_item_heading (RccReportCtx *ctx,
                          double        y)
{
  return ctx->fs * 0.8 + _rcc_report_plain (ctx, 0, y + ctx->fs * 0.8, ctx->width, _("References"), 1.15, TRUE)
         + ctx->fs * 0.3;
}

static double
_rcc_report_item_disclaimer (RccReportCtx *ctx,
                             double        y)
{
  double pad = ctx->fs * 0.6;
  double h = pad + _rcc_report_plain (ctx, pad, y + pad + ctx->fs * 0.6, ctx->width - 2 * pad,
                                      _("This summary supports clinical judgement; it does not replace it. It "
                                        "reports published trial results and makes no recommendation. Check "
                                        "figures against the original publications before relying on them."),
                                      0.9, FALSE) + pad;

  if (ctx->draw)
    {
      _rcc_report_set_color (ctx, ctx->self->colors.foreground, 0.6);
      cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.06, 0.5));
      cairo_rectangle (ctx->cr, 0, y + ctx->fs * 0.6, ctx->width, h);
      cairo_stroke (ctx->cr);
    }

  return h + ctx->fs * 0.6;
}

static double
_rcc_report_item_empty (RccReportCtx *ctx,
                        double        y)
{
  return _rcc_report_plain (ctx, 0, y, ctx->width, _("No trials to compare."), 1.0, FALSE) + ctx->fs;
}


/* ---------------------------------------------------------------------
 * The patient handout: the same trials in plain words, the bars without
 * the forest plot, how each treatment is given and its side effects in
 * the same structure for every option, questions and room for notes.
 */

static const char *patient_sections[] = {
  N_("What the studies found"),
  N_("About each treatment"),
  N_("Questions to ask your care team"),
  N_("Notes"),
};

enum { SECTION_FOUND, SECTION_TREATMENTS, SECTION_QUESTIONS, SECTION_NOTES };

/* The treatments the compared trials' arms use, each once, in order. */
static GPtrArray *
_rcc_report_compared_treatments (RccReport *self)
{
  GPtrArray *treatments = g_ptr_array_new ();

  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    {
      GListModel *arms = rcc_trial_get_arms (_rcc_report_get_trial (self, i));

      for (guint j = 0; j < g_list_model_get_n_items (arms); j++)
        {
          g_autoptr(RccArm) arm = g_list_model_get_item (arms, j);
          const char * const *ids = rcc_arm_get_treatment_ids (arm);

          for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
            {
              RccTreatment *t = rcc_catalog_lookup_treatment (self->catalog, ids[k]);

              if (t != NULL && !g_ptr_array_find (treatments, t, NULL))
                g_ptr_array_add (treatments, t);
            }
        }
    }

  return treatments;
}

static double
_rcc_report_item_patient_title (RccReportCtx *ctx,
                                double        y)
{
  RccReport *self = ctx->self;
  g_autofree char *date = g_date_time_format (self->printed, _("%-d %B %Y"));
  /* Translators: date printed, content version */
  g_autofree char *line = g_strdup_printf (_("Printed %s from RCC Guide, content version %u"), date,
                                           rcc_catalog_get_version (self->catalog));
  g_autofree char *source = _rcc_report_sources (self);
  double h = 0;

  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, _("Treatment options for kidney cancer that has spread"), 1.6, TRUE);
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, _("What the studies found, in plain words"), 1.1, FALSE);
  h += ctx->fs * 0.4;
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, line, 0.8, FALSE);
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, source, 0.8, FALSE);
  return h + ctx->fs * 0.8;
}

static double
_rcc_report_item_patient_intro (RccReportCtx *ctx,
                                double        y)
{
  return _rcc_report_plain (ctx, 0, y, ctx->width,
                            _("This sheet shows what studies found about some treatments for kidney cancer "
                              "that has spread. It does not say which one is best for you. Your care team "
                              "can help you weigh the choices."), 1.0, FALSE) + ctx->fs * 0.6;
}

static double
_rcc_report_item_section (RccReportCtx *ctx,
                          double        y,
                          guint         index)
{
  return ctx->fs * 0.6 + _rcc_report_plain (ctx, 0, y + ctx->fs * 0.6, ctx->width,
                                            _(patient_sections[index]), 1.25, TRUE) + ctx->fs * 0.3;
}

static double
_rcc_report_item_patient_trial (RccReportCtx *ctx,
                                double        y,
                                guint         index)
{
  RccReport *self = ctx->self;
  RccTrial *trial = _rcc_report_get_trial (self, index);
  RccReportColumns bars = _rcc_report_chart_columns (ctx);
  g_autoptr(GString) compared = g_string_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *line = NULL;
  RccReportFigures f;
  double h = 0;
  guint experimental_index = 0, n_said = 0;

  _rcc_report_figures_init (trial, &f);
  bars.pfs_x = ctx->fs;
  bars.pfs_w = ctx->width * 0.6;

  /* Translators: "The TARGET study (2007)" */
  heading = g_strdup_printf (_("The %s study (%u)"), rcc_trial_get_name (trial), rcc_trial_get_year (trial));
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, heading, 1.05, TRUE);

  for (guint i = 0; i < f.arms->len; i++)
    {
      g_autofree char *words = rcc_plain_arm_words (g_ptr_array_index (f.arms, i));

      if (i > 0)
        g_string_append (compared, i + 1 == f.arms->len ? _(" and ") : ", ");
      g_string_append (compared, words);
    }
  if (rcc_trial_get_enrolled (trial) > 0)
    /* Translators: "It compared pazopanib and placebo in 435 people." */
    line = g_strdup_printf (_("It compared %s in %u people."), compared->str, rcc_trial_get_enrolled (trial));
  else
    line = g_strdup_printf (_("It compared %s."), compared->str);
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, line, 0.95, FALSE) + ctx->fs * 0.2;
  if (_rcc_report_figures_population (&f) != NULL)
    {
      /* Translators: %s is a group of the people in a study, as the source names it */
      g_autofree char *part = g_strdup_printf (_("The results below are for part of the study: %s."),
                                               _rcc_report_figures_population (&f));

      h += _rcc_report_plain (ctx, 0, y + h, ctx->width, part, 0.95, FALSE) + ctx->fs * 0.2;
    }

  /* Each arm: its median in words, and its bar on the sheet's shared
   * months axis. */
  for (guint i = 0; f.endpoint != RCC_ENDPOINT_NONE && i < f.arms->len; i++)
    {
      RccArm *arm = g_ptr_array_index (f.arms, i);
      RccMedian *m = g_ptr_array_index (f.medians, i);
      g_autofree char *sentence = NULL;
      double bar_h = ctx->fs * 0.8;

      if (m == NULL)
        continue;

      sentence = rcc_plain_median (trial, m);
      h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs, sentence, 1.0, FALSE) + ctx->fs * 0.15;
      if (ctx->draw)
        {
          double w = rcc_median_get_reached (m)
                   ? _rcc_report_months_to_x (ctx, &bars, rcc_median_get_months (m)) - bars.pfs_x
                   : bars.pfs_w;

          _rcc_report_fill_bar (ctx, bars.pfs_x, y + h, w, bar_h, rcc_arm_get_control (arm), experimental_index);
        }
      if (!rcc_arm_get_control (arm))
        experimental_index++;
      h += bar_h + ctx->fs * 0.35;
      n_said++;
    }

  for (guint i = 0; i < f.hrs->len; i++)
    {
      g_autofree char *sentence = rcc_plain_hazard_ratio (trial, g_ptr_array_index (f.hrs, i));

      h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs, sentence, 1.0, FALSE) + ctx->fs * 0.15;
      n_said++;
    }

  {
    g_autoptr(GPtrArray) survival = rcc_plain_survival_sentences (trial);

    for (guint i = 0; i < survival->len; i++)
      {
        h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs, g_ptr_array_index (survival, i), 1.0, FALSE)
             + ctx->fs * 0.15;
        n_said++;
      }
  }

  if (n_said == 0)
    h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs,
                            _("This study did not report these results in a way we can show here."), 1.0, FALSE);

  _rcc_report_figures_clear (&f);
  return h + ctx->fs * 0.8;
}

static double
_rcc_report_item_patient_treatment (RccReportCtx *ctx,
                                    double        y,
                                    guint         index)
{
  g_autoptr(GPtrArray) treatments = _rcc_report_compared_treatments (ctx->self);
  RccTreatment *t = g_ptr_array_index (treatments, index);
  double h = 0;

  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, rcc_treatment_get_name (t), 1.05, TRUE);
  if (rcc_treatment_get_plain_summary (t) != NULL)
    h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs, rcc_treatment_get_plain_summary (t), 0.95, FALSE);
  if (rcc_treatment_get_side_effects (t) != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (rcc_treatment_get_side_effects (t), -1);
      g_autofree char *markup = g_strdup_printf ("<b>%s</b> %s", _("Side effects:"),
                                                 escaped);

      h += ctx->fs * 0.2;
      h += _rcc_report_text (ctx, ctx->fs, y + h, ctx->width - ctx->fs, markup, 0.9, FALSE, PANGO_ALIGN_LEFT);
    }

  return h + ctx->fs * 0.8;
}

static double
_rcc_report_item_questions (RccReportCtx *ctx,
                            double        y)
{
  static const char *questions[] = {
    N_("Which of these treatments could work for me, and why?"),
    N_("How would each one fit into my daily life?"),
    N_("Which side effects are most likely for me, and what can be done about them?"),
    N_("How will we know if a treatment is working?"),
    N_("Are there studies I could join?"),
  };
  double h = 0;

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      g_autofree char *line = g_strdup_printf ("•  %s", _(questions[i]));
      h += _rcc_report_plain (ctx, ctx->fs * 0.5, y + h, ctx->width - ctx->fs * 0.5, line, 1.0, FALSE) + ctx->fs * 0.25;
    }

  return h + ctx->fs * 0.5;
}

static double
_rcc_report_item_notes_space (RccReportCtx *ctx,
                              double        y)
{
  double line_gap = ctx->fs * 2.0;
  guint n = 5;

  if (ctx->draw)
    {
      _rcc_report_set_color (ctx, ctx->self->colors.foreground, 0.35);
      cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.05, 0.4));
      for (guint i = 1; i <= n; i++)
        {
          cairo_move_to (ctx->cr, 0, y + i * line_gap);
          cairo_line_to (ctx->cr, ctx->width, y + i * line_gap);
        }
      cairo_stroke (ctx->cr);
    }

  return n * line_gap + ctx->fs;
}

static double
_rcc_report_item_patient_disclaimer (RccReportCtx *ctx,
                                     double        y)
{
  return _rcc_report_plain (ctx, 0, y + ctx->fs * 0.6, ctx->width,
                            _("These are results from studies, not a plan for you. Talk with your care team "
                              "about what is right for you."), 0.95, TRUE) + ctx->fs * 1.2;
}

static double
draw_item (RccReportCtx *ctx,
           ItemKind      kind,
           guint         index,
           double        y)
{
  switch (kind)
    {
    case ITEM_TITLE: return _rcc_report_item_title (ctx, y);
    case ITEM_NOTES: return _rcc_report_item_notes (ctx, y);
    case ITEM_EMPTY: return _rcc_report_item_empty (ctx, y);
    case ITEM_CHART_HEADER: return _rcc_report_item_chart_header (ctx, y);
    case ITEM_CHART_ROW: return _rcc_report_item_chart_row (ctx, y, index);
    case ITEM_TABLE_HEADER: return ctx->fs + _rcc_report_item_table_header (ctx, y + ctx->fs);
    case ITEM_TABLE_ROW: return _rcc_report_item_table_row (ctx, y, index);
    case ITEM_LEVELS_HEADING: return _rcc_report_item_levels_heading (ctx, y);
    case ITEM_LEVEL: return _rcc_report_item_level (ctx, y, index);
    case ITEM_HEADING: return _rcc_report_item_heading (ctx, y);
    case ITEM_CITATION: return _rcc_report_item_citation (ctx, y, index);
    case ITEM_DISCLAIMER: return _rcc_report_item_disclaimer (ctx, y);
    case ITEM_PATIENT_TITLE: return _rcc_report_item_patient_title (ctx, y);
    case ITEM_PATIENT_INTRO: return _rcc_report_item_patient_intro (ctx, y);
    case ITEM_SECTION: return _rcc_report_item_section (ctx, y, index);
    case ITEM_PATIENT_TRIAL: return _rcc_report_item_patient_trial (ctx, y, index);
    case ITEM_PATIENT_TREATMENT: return _rcc_report_item_patient_treatment (ctx, y, index);
    case ITEM_QUESTIONS: return _rcc_report_item_questions (ctx, y);
    case ITEM_NOTES_SPACE: return _rcc_report_item_notes_space (ctx, y);
    case ITEM_PATIENT_DISCLAIMER: return _rcc_report_item_patient_disclaimer (ctx, y);
    default: g_assert_not_reached ();
    }
}

/* ---------------------------------------------------------------------
 * Laying out
 */

/* Layouts are shaped for a kind of target (surface type, font options,
 * scale), so a layout measured for the screen is not reused for paper. */
static char *
target_key (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t matrix;
  char *key;

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_get_matrix (cr, &matrix);
  key = g_strdup_printf ("%d:%lx:%g:%g:%g:%g",
                         cairo_surface_get_type (cairo_get_target (cr)),
                         cairo_font_options_hash (options),
                         matrix.xx, matrix.yx, matrix.xy, matrix.yy);
  cairo_font_options_destroy (options);
  return key;
}

static void
_rcc_report_ctx_init (RccReportCtx *ctx,
                      RccReport    *self,
                      cairo_t      *cr,
                      double        width)
{
  double max_months = 0;

  memset (ctx, 0, sizeof *ctx);
  ctx->self = self;
  ctx->cr = cr;
  ctx->width = width;
  ctx->fs = self->font_size;
  ctx->all_normal = TRUE;

  ctx->font = pango_font_description_new ();
  ctx->target = target_key (cr);
  pango_font_description_set_family (ctx->font, FONT_FAMILY);

  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    {
      RccTrial *trial = _rcc_report_get_trial (self, i);
      RccReportFigures f;

      _rcc_report_figures_init (trial, &f);
      for (guint j = 0; j < f.medians->len; j++)
        {
          RccMedian *m = g_ptr_array_index (f.medians, j);

          if (m != NULL && rcc_median_get_reached (m))
            max_months = MAX (max_months, rcc_median_get_months (m));
        }
      for (guint j = 0; j < f.hrs->len; j++)
        if (!_rcc_report_hr_is_treatment_vs_control (trial, g_ptr_array_index (f.hrs, j)))
          ctx->all_normal = FALSE;
      _rcc_report_figures_clear (&f);
    }

  /* A round axis: steps of 3 months up to 24, of 6 up to 60, then 12. */
  ctx->months_step = max_months <= 24 ? 3 : max_months <= 60 ? 6 : 12;
  ctx->months_max = MAX (ctx->months_step * 2,
                         ceil ((max_months + 0.01) / ctx->months_step) * ctx->months_step);
}

static void
_rcc_report_ctx_clear (RccReportCtx *ctx)
{
  g_clear_pointer (&ctx->font, pango_font_description_free);
  g_clear_pointer (&ctx->target, g_free);
  g_clear_pointer (&ctx->cited, g_ptr_array_unref);
}

static cairo_t *
_rcc_report_measuring_cairo (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}

typedef struct
{
  ItemKind kind;
  guint    index;
} Item;

static void
append_item (GArray   *items,
             ItemKind  kind,
             guint     index)
{
  Item item = { kind, index };

  g_array_append_val (items, item);
}

/* The patient body: the studies in plain words, then each treatment. */
static GArray *
patient_body_items (RccReport *self)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GPtrArray) treatments = NULL;

  append_item (items, ITEM_PATIENT_INTRO, 0);
  if (_rcc_report_n_trials (self) == 0)
    {
      append_item (items, ITEM_EMPTY, 0);
      return items;
    }

  append_item (items, ITEM_SECTION, SECTION_FOUND);
  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    append_item (items, ITEM_PATIENT_TRIAL, i);

  treatments = _rcc_report_compared_treatments (self);
  append_item (items, ITEM_SECTION, SECTION_TREATMENTS);
  for (guint i = 0; i < treatments->len; i++)
    append_item (items, ITEM_PATIENT_TREATMENT, i);

  append_item (items, ITEM_SECTION, SECTION_QUESTIONS);
  append_item (items, ITEM_QUESTIONS, 0);

  return items;
}

/* The body, shown on screen and printed: notes, charts, table. */
static GArray *
body_items (RccReport *self)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (Item));
  guint n = _rcc_report_n_trials (self);
  Item item;

  if (self->audience == RCC_AUDIENCE_PATIENT)
    return patient_body_items (self);

  item = (Item) { ITEM_NOTES, 0 };
  g_array_append_val (items, item);

  if (n == 0)
    {
      item = (Item) { ITEM_EMPTY, 0 };
      g_array_append_val (items, item);
      return items;
    }

  item = (Item) { ITEM_CHART_HEADER, 0 };
  g_array_append_val (items, item);
  for (guint i = 0; i < n; i++)
    {
      item = (Item) { ITEM_CHART_ROW, i };
      g_array_append_val (items, item);
    }

  item = (Item) { ITEM_TABLE_HEADER, 0 };
  g_array_append_val (items, item);
  for (guint i = 0; i < n; i++)
    {
      item = (Item) { ITEM_TABLE_ROW, i };
      g_array_append_val (items, item);
    }

  append_item (items, ITEM_LEVELS_HEADING, 0);
  for (guint i = 0; i < n; i++)
    append_item (items, ITEM_LEVEL, i);

  return items;
}

double
rcc_report_measure_body (RccReport *self,
                         double     width)
{
  g_autoptr(GArray) items = NULL;
  cairo_t *cr;
  RccReportCtx ctx;
  double y = 0;

  g_return_val_if_fail (RCC_IS_REPORT (self), 0);

  cr = _rcc_report_measuring_cairo ();
  _rcc_report_ctx_init (&ctx, self, cr, width);
  items = body_items (self);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      y += draw_item (&ctx, item->kind, item->index, y);
    }
  _rcc_report_ctx_clear (&ctx);
  cairo_destroy (cr);

  return ceil (y);
}

void
rcc_report_draw_body (RccReport *self,
                      cairo_t   *cr,
                      double     width)
{
  g_autoptr(GArray) items = NULL;
  RccReportCtx ctx;
  double y = 0;

  g_return_if_fail (RCC_IS_REPORT (self));

  _rcc_report_ctx_init (&ctx, self, cr, width);
  ctx.draw = TRUE;
  items = body_items (self);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      y += draw_item (&ctx, item->kind, item->index, y);
    }
  _rcc_report_ctx_clear (&ctx);
}

static double
page_margin (RccReport *self)
{
  return self->font_size * MARGIN_FACTOR;
}

static double
footer_height (RccReport *self)
{
  return self->font_size * 2.5;
}

static void
place (GArray   *page,
       ItemKind  kind,
       guint     index,
       double    y)
{
  Placed placed = { kind, index, y };

  g_array_append_val (page, placed);
}

/**
 * rcc_report_paginate:
 *
 * Lays the summary out on pages of the given size.
 *
 * Returns: the number of pages
 */
guint
rcc_report_paginate (RccReport *self,
                     double     page_width,
                     double     page_height)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) body = NULL;
  g_autoptr(GPtrArray) refs = NULL;
  GArray *page;
  cairo_t *cr;
  RccReportCtx ctx;
  double width, avail, y = 0;
  Item item;

  g_return_val_if_fail (RCC_IS_REPORT (self), 0);

  self->page_width = page_width;
  self->page_height = page_height;
  g_ptr_array_set_size (self->pages, 0);

  width = page_width - 2 * page_margin (self);
  avail = page_height - 2 * page_margin (self) - footer_height (self);

  item = (Item) { self->audience == RCC_AUDIENCE_PATIENT ? ITEM_PATIENT_TITLE : ITEM_TITLE, 0 };
  g_array_append_val (items, item);
  body = body_items (self);
  g_array_append_vals (items, body->data, body->len);
  refs = self->audience == RCC_AUDIENCE_PATIENT ? g_ptr_array_new () : _rcc_report_cited_references (self);
  if (self->audience == RCC_AUDIENCE_PATIENT)
    {
      append_item (items, ITEM_SECTION, SECTION_NOTES);
      append_item (items, ITEM_NOTES_SPACE, 0);
      append_item (items, ITEM_PATIENT_DISCLAIMER, 0);
    }
  else if (refs->len > 0)
    {
      item = (Item) { ITEM_HEADING, 0 };
      g_array_append_val (items, item);
      for (guint i = 0; i < refs->len; i++)
        {
          item = (Item) { ITEM_CITATION, i };
          g_array_append_val (items, item);
        }
    }
  if (self->audience != RCC_AUDIENCE_PATIENT)
    append_item (items, ITEM_DISCLAIMER, 0);

  cr = _rcc_report_measuring_cairo ();
  _rcc_report_ctx_init (&ctx, self, cr, width);

  page = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_ptr_array_add (self->pages, page);

  for (guint i = 0; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);
      double h = draw_item (&ctx, it->kind, it->index, 0);
      gboolean keep_with_next = it->kind == ITEM_CHART_HEADER ||
                                it->kind == ITEM_TABLE_HEADER ||
                                it->kind == ITEM_HEADING ||
                                it->kind == ITEM_LEVELS_HEADING ||
                                it->kind == ITEM_SECTION;
      double need = h;

      /* Room for notes is offered on the handout's last page only when
       * it fits there with the closing words: never a page of its own */
      if (it->kind == ITEM_SECTION && it->index == SECTION_NOTES)
        {
          double rest = 0;

          for (guint j = i; j < items->len; j++)
            {
              Item *later = &g_array_index (items, Item, j);

              rest += draw_item (&ctx, later->kind, later->index, 0);
            }
          if (y > 0 && y + rest > avail)
            {
              i++;  /* and the notes' space after it */
              continue;
            }
        }

      /* A header never ends a page: keep it with the first row. */
      if (keep_with_next && i + 1 < items->len)
        {
          Item *next = &g_array_index (items, Item, i + 1);
          need += draw_item (&ctx, next->kind, next->index, 0);
        }

      if (y > 0 && y + need > avail)
        {
          page = g_array_new (FALSE, FALSE, sizeof (Placed));
          g_ptr_array_add (self->pages, page);
          y = 0;

          /* Rows continue under a repeated header. */
          if (it->kind == ITEM_CHART_ROW || it->kind == ITEM_TABLE_ROW)
            {
              ItemKind header = it->kind == ITEM_CHART_ROW ? ITEM_CHART_HEADER : ITEM_TABLE_HEADER;

              place (page, header, 0, y);
              y += draw_item (&ctx, header, 0, 0);
            }
        }

      place (page, it->kind, it->index, y);
      y += h;
    }

  _rcc_report_ctx_clear (&ctx);
  cairo_destroy (cr);

  return self->pages->len;
}

static void
draw_footer (RccReport    *self,
             RccReportCtx *ctx,
             guint         page,
             double        y)
{
  g_autofree char *sources = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autofree char *left_markup = NULL;

  /* The sources of the trials printed, in short; their dates are on page 1 */
  if (self->trials != NULL && _rcc_report_n_trials (self) > 0)
    sources = rcc_sources_short_for_trials (self->catalog, self->trials);
  else
    {
      RccEdition *current = rcc_catalog_get_current_edition (self->catalog);

      sources = current != NULL ? rcc_format_edition_dated (current) : g_strdup (_("PDQ"));
    }

  if (self->audience == RCC_AUDIENCE_PATIENT)
    /* Translators: handout footer; %s lists the sources, "2025 PDQ, trial publications" */
    left = g_strdup_printf (_("RCC Guide · Sources: %s · Talk with your care team"), sources);
  else
    /* Translators: page footer; %s lists the sources, "2025 PDQ, trial publications" */
    left = g_strdup_printf (_("RCC Guide · Sources: %s · Supports, does not replace, clinical judgement"),
                            sources);
  /* Translators: page footer, "Page 1 of 3" */
  right = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  left_markup = g_markup_escape_text (left, -1);

  _rcc_report_set_color (ctx, self->colors.foreground, 0.5);
  cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.05, 0.4));
  cairo_move_to (ctx->cr, 0, y);
  cairo_line_to (ctx->cr, ctx->width, y);
  cairo_stroke (ctx->cr);

  _rcc_report_text (ctx, 0, y + ctx->fs * 0.4, ctx->width * 0.8, left_markup, 0.75, FALSE, PANGO_ALIGN_LEFT);
  _rcc_report_text (ctx, ctx->width * 0.8, y + ctx->fs * 0.4, ctx->width * 0.2, right, 0.75, FALSE, PANGO_ALIGN_RIGHT);
}

/**
 * rcc_report_draw_page:
 *
 * Draws @page of the last rcc_report_paginate() onto @cr, whose origin
 * is the page's top left corner.
 */
void
rcc_report_draw_page (RccReport *self,
                      cairo_t   *cr,
                      guint      page)
{
  GArray *placed;
  double margin;
  RccReportCtx ctx;

  g_return_if_fail (RCC_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);

  placed = g_ptr_array_index (self->pages, page);
  margin = page_margin (self);

  cairo_save (cr);
  if (self->colors.background[3] > 0)
    {
      _rcc_report_set_color (&(RccReportCtx) { .self = self, .cr = cr }, self->colors.background, 1.0);
      cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
      cairo_fill (cr);
    }
  cairo_translate (cr, margin, margin);

  _rcc_report_ctx_init (&ctx, self, cr, self->page_width - 2 * margin);
  ctx.draw = TRUE;

  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      draw_item (&ctx, p->kind, p->index, p->y);
    }

  draw_footer (self, &ctx, page, self->page_height - 2 * margin - footer_height (self) + self->font_size);
  _rcc_report_ctx_clear (&ctx);
  cairo_restore (cr);
}

/* ---------------------------------------------------------------------
 * Files
 */

void
rcc_paper_get_size (RccPaper  paper,
                    double   *width,
                    double   *height)
{
  /* In points. */
  if (paper == RCC_PAPER_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *stream = closure;

  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* Files are written next to the target and renamed over it when
 * complete (g_file_replace), so a failure never leaves half a file. */
static GFileOutputStream *
open_for_replace (const char  *filename,
                  GFile      **file_out,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (filename);
  GFileOutputStream *stream;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream != NULL)
    *file_out = g_steal_pointer (&file);
  return stream;
}

static gboolean
finish_stream (GFileOutputStream  *stream,
               cairo_status_t      status,
               const char         *filename,
               GError            **error)
{
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Cancel, so the half-written temporary does not replace the file. */
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();

      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", filename,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

/**
 * rcc_report_write_pdf:
 *
 * Writes the paged summary as a PDF, replacing @filename atomically.
 */
gboolean
rcc_report_write_pdf (RccReport   *self,
                      const char  *filename,
                      RccPaper     paper,
                      GError     **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  guint n_pages;
  cairo_t *cr;

  g_return_val_if_fail (RCC_IS_REPORT (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  stream = open_for_replace (filename, &file, error);
  if (stream == NULL)
    return FALSE;

  rcc_paper_get_size (paper, &width, &height);
  n_pages = rcc_report_paginate (self, width, height);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  _("Comparison of trial results: advanced renal cell carcinoma"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "RCC Guide " PACKAGE_VERSION);
  cr = cairo_create (surface);

  for (guint i = 0; i < n_pages; i++)
    {
      rcc_report_draw_page (self, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return finish_stream (stream, status, filename, error);
}

/**
 * rcc_report_write_png:
 *
 * Writes the body (notes, charts, table) as one PNG @width pixels wide.
 */
gboolean
rcc_report_write_png (RccReport   *self,
                      const char  *filename,
                      double       width,
                      GError     **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  double margin, height;
  cairo_t *cr;

  g_return_val_if_fail (RCC_IS_REPORT (self), FALSE);

  stream = open_for_replace (filename, &file, error);
  if (stream == NULL)
    return FALSE;

  margin = self->font_size * 1.5;
  height = rcc_report_measure_body (self, width - 2 * margin) + 2 * margin;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)ceil (width), (int)ceil (height));
  cr = cairo_create (surface);
  cairo_set_source_rgba (cr, self->colors.background[0], self->colors.background[1],
                         self->colors.background[2], self->colors.background[3]);
  cairo_paint (cr);
  cairo_translate (cr, margin, margin);
  rcc_report_draw_body (self, cr, width - 2 * margin);
  cairo_destroy (cr);

  status = cairo_surface_write_to_png_stream (surface, write_to_stream, stream);
  cairo_surface_destroy (surface);

  return finish_stream (stream, status, filename, error);
}

/* ---------------------------------------------------------------------
 * The object
 */

static void
rcc_report_finalize (GObject *object)
{
  RccReport *self = (RccReport *)object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->trials);
  g_clear_pointer (&self->printed, g_date_time_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);

  G_OBJECT_CLASS (rcc_report_parent_class)->finalize (object);
}

static void
rcc_report_class_init (RccReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_report_finalize;
}

static void
rcc_report_init (RccReport *self)
{
  self->font_size = 9.0;
  self->colors = default_colors;
  self->printed = g_date_time_new_now_local ();
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * rcc_report_new:
 * @catalog: where the trials' references and the source come from
 */
RccReport *
rcc_report_new (RccCatalog *catalog)
{
  RccReport *self;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RCC_TYPE_REPORT, NULL);
  self->catalog = g_object_ref (catalog);
  return self;
}

/**
 * rcc_report_set_trials:
 * @trials: a #GListModel of #RccTrial, in the order to show them
 */
void
rcc_report_set_trials (RccReport  *self,
                       GListModel *trials)
{
  g_return_if_fail (RCC_IS_REPORT (self));
  g_return_if_fail (trials == NULL || G_IS_LIST_MODEL (trials));

  g_set_object (&self->trials, trials);
  g_hash_table_remove_all (self->layouts);
}

/**
 * rcc_report_get_trials:
 *
 * Returns: (transfer none) (nullable): the trials shown
 */
GListModel *
rcc_report_get_trials (RccReport *self)
{
  g_return_val_if_fail (RCC_IS_REPORT (self), NULL);

  return self->trials;
}

void
rcc_report_set_printed (RccReport *self,
                        GDateTime *printed)
{
  g_return_if_fail (RCC_IS_REPORT (self));
  g_return_if_fail (printed != NULL);

  g_clear_pointer (&self->printed, g_date_time_unref);
  self->printed = g_date_time_ref (printed);
}

/**
 * rcc_report_set_font_size:
 *
 * The base font size in user units (points on paper, pixels on screen);
 * every other size follows from it.
 */
void
rcc_report_set_font_size (RccReport *self,
                          double     font_size)
{
  g_return_if_fail (RCC_IS_REPORT (self));
  g_return_if_fail (font_size > 0);

  if (self->font_size != font_size)
    g_hash_table_remove_all (self->layouts);
  self->font_size = font_size;
}

void
rcc_report_set_colors (RccReport             *self,
                       const RccReportColors *colors)
{
  g_return_if_fail (RCC_IS_REPORT (self));

  self->colors = colors != NULL ? *colors : default_colors;
}

/**
 * rcc_report_set_audience:
 *
 * %RCC_AUDIENCE_PATIENT draws the plain-language handout instead of the
 * clinician's summary, on screen and on paper.
 */
void
rcc_report_set_audience (RccReport   *self,
                         RccAudience  audience)
{
  g_return_if_fail (RCC_IS_REPORT (self));

  self->audience = audience;
}

RccAudience
rcc_report_get_audience (RccReport *self)
{
  g_return_val_if_fail (RCC_IS_REPORT (self), RCC_AUDIENCE_CLINICIAN);

  return self->audience;
}
