/* rcc-report-table.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-format.h"
#include "rcc-harm-text.h"
#include "rcc-report-private.h"
#include "rcc-sources.h"

/* The clinician's summary: title, notes, the table of figures, levels of
 * evidence, references and the disclaimer. */

/* What the printout draws on: the editions citing its trials, with
 * their dates, the trials' own publications, and the content's review */
char *
_rcc_report_sources (RccReport *self)
{
  g_autofree char *sources = NULL;
  g_autofree char *reviewed = rcc_sources_reviewed (self->catalog);

  if (_rcc_report_n_trials (self) == 0)
    return rcc_format_source_line (self->catalog);

  sources = rcc_sources_for_trials (self->catalog, self->trials);
  return g_strdup_printf ("%s %s", sources, reviewed);
}

double
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

  h += _rcc_report_plain (ctx, 0, y + h, ctx->width,
                          _("Comparison of trial results: advanced renal cell carcinoma"), 1.7, TRUE);
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

double
_rcc_report_item_notes (RccReportCtx *ctx,
                        double        y)
{
  RccReport *self = ctx->self;
  g_autofree char *differences = _rcc_report_differences_note (self);
  double h = 0;

  if (differences != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (differences, "\n", -1);

      h += _rcc_report_plain (ctx, 0, y + h, ctx->width, _("Note:"), 1.0, TRUE);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *escaped = g_markup_escape_text (lines[i], -1);
          g_autofree char *markup = g_strdup_printf ("• %s", escaped);

          h += _rcc_report_text (ctx, ctx->fs * 0.5, y + h, ctx->width - ctx->fs * 0.5, markup, 0.9, FALSE,
                                 PANGO_ALIGN_LEFT);
        }
      h += ctx->fs * 0.3;
    }

  h += _rcc_report_plain (ctx, 0, y + h, ctx->width,
                          _("Medians are shown as the source reports them. Bars share one months axis. "
                            "No pooled estimate is given: the trials differ in population, comparator and "
                            "line of therapy."), 0.9, FALSE);
  {
    g_autofree char *esmo = g_markup_printf_escaped ("<b>%s</b> %s", _("ESMO-MCBS:"), rcc_esmo_scale_explanation ());
    g_autofree char *mark = g_markup_printf_escaped (
      _("%s marks a figure from a secondary source (a news report, a patient organisation or a review), "
        "not from the trial's own publication; small letters name the analysis a figure comes from."),
      rcc_harm_text_secondary_mark ());

    h += _rcc_report_text (ctx, 0, y + h, ctx->width, esmo, 0.9, FALSE, PANGO_ALIGN_LEFT);
    h += _rcc_report_text (ctx, 0, y + h, ctx->width, mark, 0.9, FALSE, PANGO_ALIGN_LEFT);
  }

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

/* Table columns, as fractions of the width.  The HR column is wide
 * enough for the longest figure on one line, "0.60 (98.89% CI
 * 0.40–0.89)", at the printed size: names wrap, figures do not. */
enum { COLUMN_MEDIAN_OS = 6 };

static const struct {
  const char *title;
  double      fraction;
} table_columns[] = {
  { N_("Trial"), 0.14 },
  { N_("N"), 0.05 },
  { N_("Arms"), 0.15 },
  { N_("Median (each arm)"), 0.13 },
  { N_("Gain"), 0.08 },
  { N_("HR (CI), p"), 0.24 },
  { N_("Median OS"), 0.11 },
  { N_("LoE"), 0.06 },
  { N_("Ref."), 0.04 },
};

/* Drawn for OS, the median OS column would repeat the survival one */
static gboolean
column_shown (RccReport *self,
              guint      column)
{
  return column != COLUMN_MEDIAN_OS || self->endpoint != RCC_ENDPOINT_CHOICE_OS;
}

static double
table_row (RccReportCtx *ctx,
           double        y,
           char * const  markup[],
           gboolean      header)
{
  double x = 0, h = 0, pad = ctx->fs * 0.3, total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (table_columns); i++)
    if (column_shown (ctx->self, i))
      total += table_columns[i].fraction;

  for (guint i = 0; i < G_N_ELEMENTS (table_columns); i++)
    {
      double w = ctx->width * table_columns[i].fraction / total;

      if (!column_shown (ctx->self, i))
        continue;
      h = MAX (h, _rcc_report_text (ctx, x + pad / 2, y + pad, w - pad, markup[i], 0.8, header,
                                    PANGO_ALIGN_LEFT));
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

static char *join_markup (GPtrArray *parts);

/* A column's heading; the survival columns name the chosen endpoint */
static char *
table_heading (RccReport *self,
               guint      column)
{
  const char *endpoint = rcc_endpoint_choice_get_label (self->endpoint);

  if (g_strcmp0 (table_columns[column].title, "Median (each arm)") == 0 &&
      self->endpoint != RCC_ENDPOINT_CHOICE_PRIMARY)
    /* Translators: a table heading, %s an endpoint's abbreviation: "Median OS (each arm)" */
    return g_markup_printf_escaped (_("Median %s (each arm)"), endpoint);
  if (g_strcmp0 (table_columns[column].title, "HR (CI), p") == 0 &&
      self->endpoint != RCC_ENDPOINT_CHOICE_PRIMARY)
    /* Translators: a table heading, %s an endpoint's abbreviation: "OS HR (CI), p" */
    return g_markup_printf_escaped (_("%s HR (CI), p"), endpoint);

  return g_markup_escape_text (_(table_columns[column].title), -1);
}

/* The chosen endpoint's medians, one line per arm, under the endpoint's
 * name and, where they come from a later analysis, that analysis */
static char *
survival_median_cell (RccReportFigures *f,
                      GPtrArray        *medians)
{
  g_autofree char *missing = _rcc_report_figures_missing (f);
  g_autofree char *endpoint = NULL;
  g_autofree char *body = NULL;
  const char *later = _rcc_report_figures_later_analysis (f);

  if (f->endpoint == RCC_ENDPOINT_NONE)
    return g_markup_printf_escaped ("<i>%s</i>", _("not reported"));
  if (missing != NULL)
    return g_markup_printf_escaped ("<i>%s</i>", missing);

  endpoint = _rcc_report_figures_endpoint_markup (f);
  body = join_markup (medians);
  if (later != NULL)
    {
      g_autofree char *analysis = g_markup_printf_escaped ("<i>%s</i>", later);

      return g_strdup_printf ("%s\n%s\n%s", endpoint, body, analysis);
    }

  return g_strdup_printf ("%s\n%s", endpoint, body);
}

/* Median OS per arm, from the analysis that gives it, named when it is
 * not the primary one (CLEAR: the final analysis) */
static char *
os_median_cell (RccTrial         *trial,
                RccReportFigures *f)
{
  g_autoptr(GPtrArray) os = g_ptr_array_new_with_free_func (g_free);
  const char *later = NULL;
  gboolean any_os = FALSE;

  for (guint i = 0; i < f->os->len; i++)
    {
      RccMedian *m = g_ptr_array_index (f->os, i);

      if (m == NULL)
        continue;
      any_os = TRUE;
      if (!rcc_median_get_primary (m) && later == NULL)
        later = rcc_median_get_analysis (m);
    }
  if (!any_os)
    return g_markup_printf_escaped ("<i>%s</i>", rcc_trial_has_endpoint (trial, RCC_ENDPOINT_OS)
                                                 ? _("not reported") : _("no OS result in this guide"));

  for (guint i = 0; i < f->os->len; i++)
    g_ptr_array_add (os, _rcc_report_median_markup (g_ptr_array_index (f->os, i)));
  if (later != NULL)
    g_ptr_array_add (os, g_markup_printf_escaped ("<i>%s</i>", later));

  return join_markup (os);
}

double
_rcc_report_item_table_header (RccReportCtx *ctx,
                               double        y)
{
  char *cells[G_N_ELEMENTS (table_columns)];
  double h;

  for (guint i = 0; i < G_N_ELEMENTS (table_columns); i++)
    cells[i] = table_heading (ctx->self, i);

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

double
_rcc_report_item_table_row (RccReportCtx *ctx,
                            double        y,
                            guint         index)
{
  RccReport *self = ctx->self;
  RccTrial *trial = _rcc_report_get_trial (self, index);
  g_autoptr(GPtrArray) arms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) medians = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) gains = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) hr_cells = g_ptr_array_new_with_free_func (g_free);
  char *cells[G_N_ELEMENTS (table_columns)] = { NULL };
  const char * const *ref_ids = rcc_trial_get_reference_ids (trial);
  RccMedian *control = NULL;
  RccReportFigures f;
  double h;

  _rcc_report_figures_init_for (trial, self->endpoint, &f);

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

  cells[3] = survival_median_cell (&f, medians);

  for (guint i = 0; control != NULL && rcc_median_get_reached (control) && i < f.arms->len; i++)
    {
      RccMedian *m = g_ptr_array_index (f.medians, i);

      if (rcc_arm_get_control (g_ptr_array_index (f.arms, i)) || m == NULL || !rcc_median_get_reached (m))
        continue;
      g_ptr_array_add (gains, g_strdup_printf ("<span alpha=\"60%%\" allow_breaks=\"false\">%+.1f %s</span>",
                                               rcc_median_get_months (m) - rcc_median_get_months (control),
                                               _("mo")));
    }
  cells[4] = gains->len > 0 ? join_markup (gains) : g_strdup ("—");

  for (guint i = 0; i < f.hrs->len; i++)
    {
      RccHazardRatio *hr = g_ptr_array_index (f.hrs, i);
      const char *arm = _rcc_report_arm_label (trial, rcc_hazard_ratio_get_arm_id (hr));
      const char *versus = _rcc_report_arm_label (trial, rcc_hazard_ratio_get_versus_id (hr));
      g_autofree char *value = rcc_format_hazard_ratio (hr);
      g_autofree char *compared = g_strdup_printf (_("%s vs %s"), arm, versus);

      g_autofree char *p = rcc_hazard_ratio_get_p (hr) != NULL
                           ? rcc_format_p_markup (rcc_hazard_ratio_get_p (hr))
                           : g_markup_printf_escaped ("<i>%s</i>", _("p not reported"));
      g_autofree char *compared_markup = g_markup_escape_text (compared, -1);

      /* The figure never breaks; the p value and the arms' names under it may */
      g_ptr_array_add (hr_cells,
                       g_markup_printf_escaped ("<span allow_breaks=\"false\">%s %s</span>",
                                                rcc_endpoint_get_abbreviation (rcc_hazard_ratio_get_endpoint (hr)),
                                                value));
      g_ptr_array_add (hr_cells, g_strdup_printf ("<span allow_breaks=\"false\">%s</span> · %s", p,
                                                  compared_markup));
    }
  if (hr_cells->len > 0)
    cells[5] = join_markup (hr_cells);
  else if (f.missing)
    cells[5] = g_markup_printf_escaped ("<i>%s</i>", _("none in this guide"));
  else if (g_list_model_get_n_items (rcc_trial_get_hazard_ratios (trial)) > 0)
    cells[5] = g_markup_printf_escaped ("<i>%s</i>", _("none shown: see the trial's details"));
  else
    cells[5] = g_markup_printf_escaped ("<i>%s</i>", _("not reported"));

  /* Per arm, in the Arms column's order, where any arm has one. */
  cells[6] = os_median_cell (trial, &f);

  cells[7] = level_cell (self, trial);

  for (guint i = 0; ref_ids != NULL && ref_ids[i] != NULL; i++)
    {
      RccReference *ref = rcc_catalog_lookup_reference (self->catalog, ref_ids[i]);
      g_autofree char *label = reference_label (ctx, ref, ref_ids[i]);

      g_ptr_array_add (refs, g_markup_escape_text (label, -1));
    }
  cells[8] = join_markup (refs);

  h = table_row (ctx, y, cells, FALSE);
  /* Its response, harm and ESMO-MCBS, in the same item: never apart */
  h += _rcc_report_item_harm (ctx, y + h, index);

  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    g_free (cells[i]);
  _rcc_report_figures_clear (&f);

  return h;
}

/* The references the compared trials cite, each once, in order. */
GPtrArray *
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

double
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
  return _rcc_report_text (ctx, 0, y, ctx->width, escaped, 0.85, FALSE,
                           PANGO_ALIGN_LEFT) + ctx->fs * 0.25;
}

/* A heading below the table: the levels of evidence, the references */
static double
heading (RccReportCtx *ctx,
         double        y,
         const char   *title)
{
  return ctx->fs * 0.8 + _rcc_report_plain (ctx, 0, y + ctx->fs * 0.8, ctx->width, title, 1.15, TRUE)
         + ctx->fs * 0.3;
}

double
_rcc_report_item_levels_heading (RccReportCtx *ctx,
                                 double        y)
{
  return heading (ctx, y, _("PDQ levels of evidence"));
}

/* A trial's levels of evidence in words: "TARGET: 1iDiii for PFS · 2014
 * definitions · 2014 PDQ: Randomised …", or that the PDQ gives none */
double
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

  return _rcc_report_text (ctx, 0, y, ctx->width, markup->str, 0.85, FALSE,
                           PANGO_ALIGN_LEFT) + ctx->fs * 0.25;
}

double
_rcc_report_item_heading (RccReportCtx *ctx,
                          double        y)
{
  return heading (ctx, y, _("References"));
}

double
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

double
_rcc_report_item_empty (RccReportCtx *ctx,
                        double        y)
{
  return _rcc_report_plain (ctx, 0, y, ctx->width, _("No trials to compare."), 1.0,
                            FALSE) + ctx->fs;
}
