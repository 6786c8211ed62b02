/* rcc-report-icons.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rcc-plain.h"
#include "rcc-proportions.h"
#include "rcc-report-icons.h"
#include "rcc-report-private.h"

/* Icon arrays: "N in 100" as 100 figures of people, the share filled in
 * the arm's colour, the rest pale; one picture per arm side by side,
 * each with the arm's name and its sentence beside it.  Drawn by the
 * report, so the patient view on screen and the handout match. */

#define ICON_ARRAY_SIZE 4.2   /* the picture's side, in font sizes (1.6 to 1.8 cm on the handout) */
#define ICON_TEXT_MIN   9.0   /* the least room for the words beside it, in font sizes */
#define ICON_TEXT_MAX  16.0   /* the most */
#define ICON_TEXT_NARROW 8.5  /* the least where two sets stand side by side */

/* One person in a cell of side @c at (@x, @y): a round head over
 * rounded shoulders. */
static void
person_path (cairo_t *cr,
             double   x,
             double   y,
             double   c)
{
  double cx = x + c / 2;
  double head_r = c * 0.16;
  double body_top = y + c * 0.45;
  double body_bottom = y + c * 0.92;
  double half = c * 0.30;
  double r = c * 0.20;

  cairo_new_sub_path (cr);
  cairo_arc (cr, cx, y + c * 0.24, head_r, 0, 2 * G_PI);
  cairo_close_path (cr);

  cairo_new_sub_path (cr);
  cairo_move_to (cr, cx - half, body_bottom);
  cairo_line_to (cr, cx - half, body_top + r);
  cairo_arc (cr, cx - half + r, body_top + r, r, G_PI, 1.5 * G_PI);
  cairo_arc (cr, cx + half - r, body_top + r, r, 1.5 * G_PI, 2 * G_PI);
  cairo_line_to (cr, cx + half, body_bottom);
  cairo_close_path (cr);
}

void
rcc_icon_array_draw (cairo_t      *cr,
                     double        x,
                     double        y,
                     double        size,
                     guint         filled,
                     const double *fill,
                     const double *foreground)
{
  double c = size / 10.0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (fill != NULL && foreground != NULL);

  filled = MIN (filled, 100);

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint i = 0; i < filled; i++)
    person_path (cr, x + (i % 10) * c, y + (i / 10) * c, c);
  cairo_set_source_rgba (cr, fill[0], fill[1], fill[2], fill[3]);
  cairo_fill (cr);

  for (guint i = filled; i < 100; i++)
    person_path (cr, x + (i % 10) * c, y + (i / 10) * c, c);
  cairo_set_source_rgba (cr, foreground[0], foreground[1], foreground[2], foreground[3] * 0.2);
  cairo_fill (cr);
  cairo_restore (cr);
}

void
rcc_icon_array_fill_color (const RccReportColors *colors,
                           gboolean               control,
                           guint                  experimental_index,
                           double                *rgba)
{
  const double *from = control ? colors->foreground : colors->accent;
  double alpha = control ? 0.8 : experimental_index == 0 ? 1.0 : 0.55;

  g_return_if_fail (colors != NULL && rgba != NULL);

  rgba[0] = from[0];
  rgba[1] = from[1];
  rgba[2] = from[2];
  rgba[3] = from[3] * alpha;
}

/* The arm's name in bold, then @sentence, at (@x, @y) in @width */
static double
draw_words (RccReportCtx *ctx,
            double        x,
            double        y,
            double        width,
            RccArm       *arm,
            const char   *sentence)
{
  RccProportion named = { .arm = arm };
  g_autofree char *explained = rcc_proportion_arm_title (&named);
  /* The trial's block said already what placebo is */
  g_autofree char *title = rcc_plain_unexplained (explained);
  g_autofree char *words = rcc_plain_unexplained (sentence);
  double h;

  h = _rcc_report_plain (ctx, x, y, width, title, 0.9, TRUE) + ctx->fs * 0.1;
  return h + _rcc_report_plain (ctx, x, y + h, width, words, 0.9, FALSE);
}

/* One set's pictures for @arms[@first] to @arms[@first + @n], side by
 * side, each with the arm's name and its sentence beside it. */
static double
draw_set (RccReportCtx     *ctx,
          double            x,
          double            y,
          double            cell_w,
          RccProportionSet *set,
          GPtrArray        *arms,
          guint             first,
          guint             n,
          const char       *shown_population)
{
  double size = ctx->fs * ICON_ARRAY_SIZE;
  double gap = ctx->fs * 0.6;
  const char *part = rcc_proportion_set_part_of_study (set);
  double h = 0, row_h = 0;

  if (part != NULL && g_strcmp0 (part, shown_population) != 0)
    {
      /* Translators: %s is a group of the people in a study, as the source names it */
      g_autofree char *line = g_strdup_printf (_("These figures are for part of the study: %s."), part);

      h += _rcc_report_plain (ctx, x, y + h, cell_w * n, line, 0.85, FALSE) + ctx->fs * 0.2;
    }

  for (guint col = 0; col < n; col++)
    {
      RccArm *arm = g_ptr_array_index (arms, first + col);
      const RccProportion *p = rcc_proportion_set_find (set, arm);
      double cx = x + col * cell_w;
      g_autofree char *sentence = NULL;

      if (p == NULL)
        {
          /* Never a picture for a figure the content does not hold */
          row_h = MAX (row_h, draw_words (ctx, cx, y + h, cell_w - gap, arm,
                                          _("Not reported in this guide.")));
          continue;
        }

      if (ctx->draw)
        {
          double fill[4];

          rcc_icon_array_fill_color (&ctx->self->colors, rcc_arm_get_control (p->arm),
                                     p->experimental_index, fill);
          rcc_icon_array_draw (ctx->cr, cx, y + h, size, p->filled, fill,
                               ctx->self->colors.foreground);
        }
      sentence = rcc_proportion_sentence (set, p);
      row_h = MAX (row_h, size);
      row_h = MAX (row_h, draw_words (ctx, cx + size + gap, y + h, cell_w - size - gap * 2, arm,
                                      sentence));
    }

  return h + row_h;
}

/**
 * _rcc_report_trial_icon_arrays:
 * @shown_population: (nullable): the part of the study the trial's
 *   block has already said its results are for
 *
 * The trial's proportions as icon arrays (rcc_proportions_for_trial()),
 * at (@x, @y) in @width: a line per proportion, the arms' pictures side
 * by side; nothing when the content holds none.
 *
 * Returns: the height used
 */
double
_rcc_report_trial_icon_arrays (RccReportCtx *ctx,
                               double        x,
                               double        y,
                               double        width,
                               RccTrial     *trial,
                               const char   *shown_population)
{
  g_autoptr(GPtrArray) sets = rcc_proportions_for_trial (trial);
  g_autoptr(GPtrArray) arms = NULL;
  double size = ctx->fs * ICON_ARRAY_SIZE;
  double gap = ctx->fs * 0.6;
  double group_gap = ctx->fs * 0.8;
  double h = 0, cell_w;
  guint cols, per_row;

  if (sets->len == 0)
    return 0;

  arms = rcc_proportions_arms (sets);

  /* Where two or more sets fit across, each with all its arms, and the
   * words beside each picture run no longer than the picture, they
   * stand side by side, a wider gap between them */
  per_row = (guint)((width + group_gap) / (arms->len * (size + gap + ctx->fs * ICON_TEXT_NARROW) + group_gap));
  per_row = MIN (per_row, sets->len);
  if (per_row >= 2)
    {
      double group_w = (width - (per_row - 1) * group_gap) / per_row;
      gboolean drawing = ctx->draw;
      gboolean short_words = TRUE;

      cell_w = MIN (group_w / arms->len, size + gap + ctx->fs * ICON_TEXT_MAX);
      ctx->draw = FALSE;
      for (guint i = 0; short_words && i < sets->len; i++)
        short_words = draw_set (ctx, x, y, cell_w, g_ptr_array_index (sets, i), arms, 0, arms->len,
                                shown_population) <= size + ctx->fs * 0.1;
      ctx->draw = drawing;

      if (!short_words)
        per_row = 1;
    }
  if (per_row >= 2)
    {
      double group_w = (width - (per_row - 1) * group_gap) / per_row;

      cell_w = MIN (group_w / arms->len, size + gap + ctx->fs * ICON_TEXT_MAX);
      h += ctx->fs * 0.2;
      for (guint first = 0; first < sets->len; first += per_row)
        {
          double row_h = 0;

          for (guint i = first; i < MIN (first + per_row, sets->len); i++)
            row_h = MAX (row_h, draw_set (ctx, x + (i - first) * (group_w + group_gap), y + h, cell_w,
                                          g_ptr_array_index (sets, i), arms, 0, arms->len,
                                          shown_population));
          h += row_h + ctx->fs * 0.5;
        }
      /* Less room below the last line: the trial's block ends there */
      return h - ctx->fs * 0.3;
    }

  cols = MAX (1, MIN (arms->len, (guint)(width / (size + gap + ctx->fs * ICON_TEXT_MIN))));
  /* Beside each other, not spread over a wide window */
  cell_w = MIN (width / cols, size + gap + ctx->fs * ICON_TEXT_MAX);

  h += ctx->fs * 0.2;
  for (guint first = 0; first < arms->len; first += cols)
    for (guint i = 0; i < sets->len; i++)
      h += draw_set (ctx, x, y + h, cell_w, g_ptr_array_index (sets, i), arms, first,
                     MIN (cols, arms->len - first), shown_population) + ctx->fs * 0.5;

  return h - ctx->fs * 0.3;
}
