/* rcc-report-harm.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rcc-format.h"
#include "rcc-harm-text.h"
#include "rcc-report-private.h"

/* Response, harm and ESMO-MCBS beside survival: under each trial's
 * table row, one line per arm with objective and complete response (and
 * a bar for the response on a 0–100% scale), grade ≥3 adverse events in
 * the measure the content records, stopping treatment because of
 * adverse events; then the analyses those figures come from, each with
 * its follow-up, and ESMO's grades.  Drawn in the same item as the
 * table row, so a trial's row and its block never part across pages.
 *
 * A trial often gives a measure from several analyses.  Per measure one
 * analysis is shown (an analysis is its name with its population): the
 * one covering the most arms, then the best kind of source (primary
 * publication, congress abstract, regulatory source, then figures whose
 * source kind the content does not give, secondary sources last, as
 * safety-response.md asks), then the content's order.  The trial's
 * detail lists every figure. */

typedef struct
{
  GObject       *figure;
  const char    *arm_id;
  const char    *analysis;
  const char    *population;
  RccSourceTier  tier;
} Fig;

static guint
tier_rank (RccSourceTier tier)
{
  switch (tier)
    {
    case RCC_SOURCE_TIER_PRIMARY: return 0;
    case RCC_SOURCE_TIER_CONGRESS: return 1;
    case RCC_SOURCE_TIER_REGULATORY: return 2;
    case RCC_SOURCE_TIER_SECONDARY: return 4;
    case RCC_SOURCE_TIER_NONE:
    default: return 3;
    }
}

static gboolean
same_group (const Fig *a,
            const Fig *b)
{
  return g_strcmp0 (a->analysis, b->analysis) == 0 && g_strcmp0 (a->population, b->population) == 0;
}

static gboolean
arm_shown (GPtrArray  *arms,
           const char *arm_id)
{
  for (guint i = 0; i < arms->len; i++)
    if (g_strcmp0 (rcc_arm_get_id (g_ptr_array_index (arms, i)), arm_id) == 0)
      return TRUE;

  return FALSE;
}

/* From @figs (of Fig), those of the one analysis shown; a new array */
static GArray *
choose_group (GArray    *figs,
              GPtrArray *arms)
{
  GArray *chosen = g_array_new (FALSE, FALSE, sizeof (Fig));
  int best = -1;
  guint best_arms = 0, best_rank = G_MAXUINT;

  for (guint i = 0; i < figs->len; i++)
    {
      Fig *fig = &g_array_index (figs, Fig, i);
      guint n_arms = 0, rank = 0;
      gboolean seen = FALSE;

      for (guint j = 0; j < i && !seen; j++)
        seen = same_group (fig, &g_array_index (figs, Fig, j));
      if (seen)
        continue;

      for (guint k = 0; k < arms->len; k++)
        {
          const char *arm_id = rcc_arm_get_id (g_ptr_array_index (arms, k));
          gboolean has = FALSE;

          for (guint j = i; j < figs->len; j++)
            {
              Fig *other = &g_array_index (figs, Fig, j);

              if (same_group (fig, other) && g_strcmp0 (other->arm_id, arm_id) == 0)
                {
                  has = TRUE;
                  rank = MAX (rank, tier_rank (other->tier));
                }
            }
          n_arms += has;
        }

      if (n_arms > best_arms || (n_arms == best_arms && n_arms > 0 && rank < best_rank))
        {
          best = i;
          best_arms = n_arms;
          best_rank = rank;
        }
    }

  for (guint j = 0; best >= 0 && j < figs->len; j++)
    {
      Fig *fig = &g_array_index (figs, Fig, j);

      if (same_group (fig, &g_array_index (figs, Fig, best)) && arm_shown (arms, fig->arm_id))
        g_array_append_val (chosen, *fig);
    }

  return chosen;
}

static GArray *
rate_figs (RccTrial    *trial,
           RccRateKind  kind)
{
  GListModel *rates = rcc_trial_get_rates (trial);
  GArray *figs = g_array_new (FALSE, FALSE, sizeof (Fig));

  for (guint i = 0; i < g_list_model_get_n_items (rates); i++)
    {
      g_autoptr(RccRate) rate = g_list_model_get_item (rates, i);
      Fig fig = { G_OBJECT (rate), rcc_rate_get_arm_id (rate), rcc_rate_get_analysis (rate),
                  rcc_rate_get_population (rate), rcc_rate_get_tier (rate) };

      if (rcc_rate_get_kind (rate) == kind)
        g_array_append_val (figs, fig);
    }

  return figs;
}

/* Adverse events of grade 3 or higher (3–4, ≥3, 3–5): any-grade counts
 * are another measure and stay in the trial's detail */
static GArray *
harm_figs (GListModel *harms,
           gboolean    severe_only)
{
  GArray *figs = g_array_new (FALSE, FALSE, sizeof (Fig));

  for (guint i = 0; i < g_list_model_get_n_items (harms); i++)
    {
      g_autoptr(RccHarm) harm = g_list_model_get_item (harms, i);
      RccAeGrades grades = rcc_harm_get_grades (harm);
      Fig fig = { G_OBJECT (harm), rcc_harm_get_arm_id (harm), rcc_harm_get_analysis (harm),
                  rcc_harm_get_population (harm), rcc_harm_get_tier (harm) };

      if (severe_only && (grades == RCC_AE_GRADES_ANY || grades == RCC_AE_GRADES_NONE))
        continue;
      g_array_append_val (figs, fig);
    }

  return figs;
}

enum { MEASURE_ORR, MEASURE_CR, MEASURE_AE, MEASURE_STOPPED, N_MEASURES };

typedef struct
{
  RccReportFigures f;
  GArray          *shown[N_MEASURES];  /* of Fig: the analysis shown, per measure */
  GPtrArray       *keys;               /* Fig *, one per analysis, in letter order */
} Harm;

static void
harm_init (Harm     *h,
           RccTrial *trial,
           RccReport *self)
{
  g_autoptr(GArray) orr = NULL;
  g_autoptr(GArray) cr = NULL;
  g_autoptr(GArray) ae = NULL;
  g_autoptr(GArray) stopped = NULL;

  _rcc_report_figures_init_for (trial, self->endpoint, &h->f);
  orr = rate_figs (trial, RCC_RATE_KIND_ORR);
  cr = rate_figs (trial, RCC_RATE_KIND_CR);
  ae = harm_figs (rcc_trial_get_adverse_events (trial), TRUE);
  stopped = harm_figs (rcc_trial_get_discontinuations (trial), FALSE);
  h->shown[MEASURE_ORR] = choose_group (orr, h->f.arms);
  h->shown[MEASURE_CR] = choose_group (cr, h->f.arms);
  h->shown[MEASURE_AE] = choose_group (ae, h->f.arms);
  h->shown[MEASURE_STOPPED] = choose_group (stopped, h->f.arms);

  h->keys = g_ptr_array_new ();
  for (guint m = 0; m < N_MEASURES; m++)
    for (guint j = 0; j < h->shown[m]->len; j++)
      {
        Fig *fig = &g_array_index (h->shown[m], Fig, j);
        gboolean seen = FALSE;

        for (guint k = 0; k < h->keys->len && !seen; k++)
          seen = same_group (fig, g_ptr_array_index (h->keys, k));
        if (!seen)
          g_ptr_array_add (h->keys, fig);
      }
}

static void
harm_clear (Harm *h)
{
  for (guint m = 0; m < N_MEASURES; m++)
    g_clear_pointer (&h->shown[m], g_array_unref);
  g_clear_pointer (&h->keys, g_ptr_array_unref);
  _rcc_report_figures_clear (&h->f);
}

/* "a", "b", …: the analysis a figure comes from */
static char
harm_letter (Harm      *h,
             const Fig *fig)
{
  for (guint k = 0; k < h->keys->len; k++)
    if (same_group (fig, g_ptr_array_index (h->keys, k)))
      return 'a' + MIN (k, 25);

  return '?';
}

/**
 * _rcc_report_follow_up_matches:
 *
 * Whether @follow_up is of the analysis named @analysis.  The content
 * names one analysis alike in its figures and follow-ups, sometimes with
 * more words in one of them ("44-month update" and "44-month update
 * (ESMO Open 2024)"): a name that is the other's start, followed by a
 * space, a comma or a semicolon, is the same analysis.
 */
gboolean
_rcc_report_follow_up_matches (RccFollowUp *follow_up,
                               const char  *analysis)
{
  const char *a = analysis, *b = rcc_follow_up_get_analysis (follow_up);
  size_t la, lb;

  if (a == NULL || b == NULL)
    return FALSE;
  if (strcmp (a, b) == 0)
    return TRUE;

  la = strlen (a);
  lb = strlen (b);
  if (la > lb)
    {
      const char *t = a;

      a = b;
      b = t;
      la = lb;
    }

  return strncmp (a, b, la) == 0 && strchr (" ,;", b[la]) != NULL;
}

/* "42%ᵃ", "42%ᵃ †" for a secondary source; for each figure of @arm_id */
static char *
figures_cell (Harm       *h,
              guint       measure,
              const char *arm_id)
{
  GArray *shown = h->shown[measure];
  g_autoptr(GString) cell = g_string_new (NULL);

  for (guint j = 0; j < shown->len; j++)
    {
      Fig *fig = &g_array_index (shown, Fig, j);
      g_autofree char *text = NULL;
      g_autofree char *escaped = NULL;

      if (g_strcmp0 (fig->arm_id, arm_id) != 0)
        continue;

      if (RCC_IS_RATE (fig->figure))
        {
          RccRate *rate = RCC_RATE (fig->figure);
          g_autofree char *value = rcc_format_number (rcc_rate_get_percent (rate), rcc_rate_get_decimals (rate));

          text = g_strdup_printf (_("%s%%"), value);
        }
      else
        text = rcc_harm_text_figure (RCC_HARM (fig->figure));

      escaped = g_markup_escape_text (text, -1);
      if (cell->len > 0)
        g_string_append_c (cell, '\n');
      g_string_append_printf (cell, "<span allow_breaks=\"%s\">%s</span><sup>%c</sup>",
                              RCC_IS_RATE (fig->figure) ? "false" : "true", escaped, harm_letter (h, fig));
      if (fig->tier == RCC_SOURCE_TIER_SECONDARY)
        g_string_append_printf (cell, " %s", rcc_harm_text_secondary_mark ());
    }

  if (cell->len == 0)
    return g_markup_printf_escaped ("<i>%s</i>", rcc_harm_text_not_in_guide ());

  return g_string_free (g_steal_pointer (&cell), FALSE);
}

/* The block's columns, as fractions of its width */
static const struct {
  const char *title;
  double      fraction;
} harm_columns[] = {
  { N_("Arm"), 0.17 },
  { N_("Objective response"), 0.17 },
  { N_("Complete response"), 0.10 },
  { N_("Grade ≥3 adverse events"), 0.25 },
  { N_("Stopped treatment because of adverse events"), 0.31 },
};

#define HARM_INDENT 0.03  /* of the width */

static double
harm_row (RccReportCtx *ctx,
          double        y,
          char * const  cells[],
          double        orr,        /* < 0: no bar */
          gboolean      header)
{
  double x0 = ctx->width * HARM_INDENT, w0 = ctx->width - x0;
  double x = x0, h = 0, pad = ctx->fs * 0.4, vpad = ctx->fs * 0.2;  /* between columns, rows */
  double bar_w = 0;

  for (guint i = 0; i < G_N_ELEMENTS (harm_columns); i++)
    {
      double w = w0 * harm_columns[i].fraction, tx = x, tw = w;

      /* Objective response: a bar on 0–100%, then the figure */
      if (i == 1 && !header)
        {
          bar_w = w * 0.45;
          tx += bar_w + pad;
          tw -= bar_w + pad;
        }
      h = MAX (h, _rcc_report_text (ctx, tx + pad / 2, y + vpad, tw - pad, cells[i], 0.78, header,
                                    PANGO_ALIGN_LEFT));
      /* No figure, no bar: an empty scale would read as 0% */
      if (i == 1 && !header && ctx->draw && orr >= 0)
        {
          double bx = x + pad / 2, by = y + vpad + ctx->fs * 0.2, bh = ctx->fs * 0.5;

          _rcc_report_set_color (ctx, ctx->self->colors.foreground, 0.35);
          cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.04, 0.3));
          cairo_rectangle (ctx->cr, bx, by, bar_w, bh);
          cairo_stroke (ctx->cr);
          _rcc_report_set_color (ctx, ctx->self->colors.accent, 0.8);
          cairo_rectangle (ctx->cr, bx, by, bar_w * CLAMP (orr, 0, 100) / 100.0, bh);
          cairo_fill (ctx->cr);
        }
      x += w;
    }

  return h + 2 * vpad;
}

/* The analysis a letter stands for, its population, who assessed
 * response, and the follow-up of that analysis */
static char *
analysis_line (Harm     *h,
               RccTrial *trial,
               guint     k)
{
  Fig *key = g_ptr_array_index (h->keys, k);
  GListModel *follow_ups = rcc_trial_get_follow_ups (trial);
  g_autoptr(GString) line = g_string_new (NULL);
  const char *assessor = NULL;
  gboolean any_follow_up = FALSE;

  g_string_append (line, key->analysis != NULL ? key->analysis : _("analysis not named"));
  if (key->population != NULL)
    g_string_append_printf (line, " · %s", key->population);

  for (guint m = MEASURE_ORR; m <= MEASURE_CR; m++)
    for (guint j = 0; j < h->shown[m]->len; j++)
      {
        Fig *fig = &g_array_index (h->shown[m], Fig, j);

        if (same_group (fig, key) && rcc_rate_get_assessor (RCC_RATE (fig->figure)) != NULL)
          assessor = rcc_rate_get_assessor (RCC_RATE (fig->figure));
      }
  if (assessor != NULL)
    {
      g_string_append (line, " · ");
      /* Translators: who assessed response, %s the content's words: "response assessed by independent review" */
      g_string_append_printf (line, _("response assessed by %s"), assessor);
    }

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(RccFollowUp) fu = g_list_model_get_item (follow_ups, i);
      g_autofree char *text = NULL;

      if (!_rcc_report_follow_up_matches (fu, key->analysis))
        continue;
      text = rcc_harm_text_follow_up (fu);
      g_string_append_printf (line, " · %s", text);
      if (rcc_follow_up_get_arm_id (fu) != NULL)
        g_string_append_printf (line, " (%s)", _rcc_report_arm_label (trial, rcc_follow_up_get_arm_id (fu)));
      any_follow_up = TRUE;
    }
  if (!any_follow_up)
    g_string_append_printf (line, " · %s", _("follow-up of this analysis not in this guide"));

  return g_markup_printf_escaped ("<sup>%c</sup> %s", 'a' + MIN (k, 25), line->str);
}

/* ESMO's grades for the trial, or that it has none in this guide */
static char *
esmo_markup (RccTrial *trial)
{
  GListModel *grades = rcc_trial_get_esmo_grades (trial);
  guint n = g_list_model_get_n_items (grades);
  g_autoptr(GString) markup = g_string_new (NULL);

  g_string_append_printf (markup, "<b>%s</b> ", _("ESMO-MCBS:"));
  if (n == 0)
    {
      g_autofree char *none = g_markup_printf_escaped ("<i>%s</i>", rcc_harm_text_not_graded ());

      g_string_append (markup, none);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccEsmoGrade) grade = g_list_model_get_item (grades, i);
      g_autofree char *text = rcc_harm_text_esmo_grade (grade);
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      if (i > 0)
        g_string_append (markup, "; ");
      g_string_append (markup, escaped);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* Under the table row: the block for trial @index */
double
_rcc_report_item_harm (RccReportCtx *ctx,
                       double        y,
                       guint         index)
{
  RccTrial *trial = _rcc_report_get_trial (ctx->self, index);
  double x0 = ctx->width * HARM_INDENT, h = ctx->fs * 0.2;
  char *cells[G_N_ELEMENTS (harm_columns)];
  g_autofree char *title = NULL;
  g_autofree char *esmo = NULL;
  Harm harm = { 0 };

  harm_init (&harm, trial, ctx->self);

  title = g_markup_printf_escaped ("<b>%s</b>", _("Response, harm and ESMO-MCBS"));
  h += _rcc_report_text (ctx, x0, y + h, ctx->width - x0, title, 0.8, FALSE, PANGO_ALIGN_LEFT);

  for (guint i = 0; i < G_N_ELEMENTS (harm_columns); i++)
    cells[i] = g_markup_printf_escaped ("<b>%s</b>", _(harm_columns[i].title));
  h += harm_row (ctx, y + h, cells, -1, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (harm_columns); i++)
    g_free (cells[i]);

  for (guint a = 0; a < harm.f.arms->len; a++)
    {
      RccArm *arm = g_ptr_array_index (harm.f.arms, a);
      const char *arm_id = rcc_arm_get_id (arm);
      double orr = -1;

      for (guint j = 0; j < harm.shown[MEASURE_ORR]->len; j++)
        {
          Fig *fig = &g_array_index (harm.shown[MEASURE_ORR], Fig, j);

          if (g_strcmp0 (fig->arm_id, arm_id) == 0)
            orr = rcc_rate_get_percent (RCC_RATE (fig->figure));
        }

      cells[0] = g_markup_escape_text (rcc_arm_get_label (arm), -1);
      cells[1] = figures_cell (&harm, MEASURE_ORR, arm_id);
      cells[2] = figures_cell (&harm, MEASURE_CR, arm_id);
      cells[3] = figures_cell (&harm, MEASURE_AE, arm_id);
      cells[4] = figures_cell (&harm, MEASURE_STOPPED, arm_id);
      h += harm_row (ctx, y + h, cells, orr, FALSE);
      for (guint i = 0; i < G_N_ELEMENTS (harm_columns); i++)
        g_free (cells[i]);
    }

  for (guint k = 0; k < harm.keys->len; k++)
    {
      g_autofree char *line = analysis_line (&harm, trial, k);

      h += _rcc_report_text (ctx, x0, y + h, ctx->width - x0, line, 0.72, FALSE, PANGO_ALIGN_LEFT);
    }

  esmo = esmo_markup (trial);
  h += ctx->fs * 0.15;
  h += _rcc_report_text (ctx, x0, y + h, ctx->width - x0, esmo, 0.75, FALSE, PANGO_ALIGN_LEFT);
  h += ctx->fs * 0.4;

  if (ctx->draw)
    {
      _rcc_report_set_color (ctx, ctx->self->colors.foreground, 0.3);
      cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.05, 0.4));
      cairo_move_to (ctx->cr, 0, y + h);
      cairo_line_to (ctx->cr, ctx->width, y + h);
      cairo_stroke (ctx->cr);
    }

  harm_clear (&harm);
  return h;
}

/**
 * _rcc_report_harm_adverse_events:
 *
 * The adverse-event figures the block shows for @trial (of the one
 * analysis chosen), for the fair-comparison notes.
 *
 * Returns: (transfer full) (element-type RccHarm): possibly empty
 */
GPtrArray *
_rcc_report_harm_adverse_events (RccReport *self,
                                 RccTrial  *trial)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  Harm harm = { 0 };

  harm_init (&harm, trial, self);
  for (guint j = 0; j < harm.shown[MEASURE_AE]->len; j++)
    g_ptr_array_add (out, g_object_ref (g_array_index (harm.shown[MEASURE_AE], Fig, j).figure));
  harm_clear (&harm);

  return out;
}

/**
 * _rcc_report_harm_follow_ups:
 *
 * The median follow-ups of the analyses the comparison shows for
 * @trial: its response and harm figures' and its drawn hazard ratios'.
 *
 * Returns: (transfer full) (element-type RccFollowUp)
 */
GPtrArray *
_rcc_report_harm_follow_ups (RccReport *self,
                             RccTrial  *trial)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *follow_ups = rcc_trial_get_follow_ups (trial);
  g_autoptr(GPtrArray) analyses = g_ptr_array_new ();
  Harm harm = { 0 };

  harm_init (&harm, trial, self);
  for (guint k = 0; k < harm.keys->len; k++)
    g_ptr_array_add (analyses, (gpointer)((Fig *)g_ptr_array_index (harm.keys, k))->analysis);
  for (guint i = 0; i < harm.f.hrs->len; i++)
    g_ptr_array_add (analyses, (gpointer)rcc_hazard_ratio_get_analysis (g_ptr_array_index (harm.f.hrs, i)));

  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(RccFollowUp) fu = g_list_model_get_item (follow_ups, i);

      if (rcc_follow_up_get_kind (fu) != RCC_FOLLOW_UP_MEDIAN)
        continue;
      for (guint j = 0; j < analyses->len; j++)
        if (_rcc_report_follow_up_matches (fu, g_ptr_array_index (analyses, j)))
          {
            g_ptr_array_add (out, g_object_ref (fu));
            break;
          }
    }
  harm_clear (&harm);

  return out;
}
