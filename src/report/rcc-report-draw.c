/* rcc-report-draw.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rcc-format.h"
#include "rcc-report-private.h"

/* Drawing primitives: the context a pass measures or draws with, text,
 * colours and the bars' fills. */

#define FONT_FAMILY "Sans"

void
_rcc_report_set_color (RccReportCtx *ctx,
                       const double *rgba,
                       double        alpha)
{
  cairo_set_source_rgba (ctx->cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

/* Lays out @markup at (@x, @y) in @width; returns its height. */
double
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

double
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
char *
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
void
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

void
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

      _rcc_report_figures_init_for (trial, self->endpoint, &f);
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

void
_rcc_report_ctx_clear (RccReportCtx *ctx)
{
  g_clear_pointer (&ctx->font, pango_font_description_free);
  g_clear_pointer (&ctx->target, g_free);
  g_clear_pointer (&ctx->cited, g_ptr_array_unref);
}

cairo_t *
_rcc_report_measuring_cairo (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);
  return cr;
}
