/* rcc-report-handout.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-format.h"
#include "rcc-patient-text.h"
#include "rcc-plain.h"
#include "rcc-report-private.h"
#include "rcc-side-effect-text.h"
#include "rcc-sources.h"

/* The patient handout: the same trials in plain words, the bars without
 * the forest plot, how each treatment is given and its side effects in
 * the same structure for every option, questions and room for notes. */

static const char *patient_sections[] = {
  N_("What the studies found"),
  N_("About each treatment"),
  N_("Questions to ask your care team"),
  N_("Notes"),
};

/* The treatments the compared trials' arms use, each once, in order. */
GPtrArray *
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

/* "Sources: the 2025 PDQ (last updated 13 May 2025) and the 2014 PDQ
 * (last updated 25 February 2014), and the studies' own reports." The
 * editions citing any trial shown, with their dates; the handout lists
 * no references, so it does not point to a list of them. */
static char *
patient_sources (RccReport *self)
{
  GListModel *editions = rcc_catalog_get_editions (self->catalog);
  g_autoptr(GPtrArray) dated = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(RccEdition) edition = g_list_model_get_item (editions, i);
      gboolean cites = FALSE;

      for (guint j = 0; !cites && j < _rcc_report_n_trials (self); j++)
        {
          g_autoptr(RccTrial) trial = g_list_model_get_item (self->trials, j);
          g_autoptr(GPtrArray) cited_by = rcc_sources_trial_editions (self->catalog, trial);

          cites = g_ptr_array_find (cited_by, edition, NULL);
        }
      if (cites)
        g_ptr_array_add (dated, rcc_format_edition_dated (edition));
    }

  if (dated->len == 0)
    /* Translators: the handout's sources when no edition of the PDQ cites its studies */
    return g_strdup (_("Sources: the studies’ own reports."));

  text = g_string_new (NULL);
  for (guint i = 0; i < dated->len; i++)
    {
      if (i > 0)
        /* Translators: between PDQ editions, "the 2025 PDQ and the 2014 PDQ" */
        g_string_append (text, _(" and the "));
      g_string_append (text, g_ptr_array_index (dated, i));
    }

  /* Translators: %s is "2025 PDQ (last updated 13 May 2025)", possibly two of them */
  return g_strdup_printf (_("Sources: the %s, and the studies’ own reports."), text->str);
}

double
_rcc_report_item_patient_title (RccReportCtx *ctx,
                                double        y)
{
  RccReport *self = ctx->self;
  g_autofree char *date = g_date_time_format (self->printed, _("%-d %B %Y"));
  g_autofree char *reviewed = rcc_sources_reviewed (self->catalog);
  /* Translators: the date printed, then "Content version 5, reviewed 3
   * December 2026." */
  g_autofree char *line = g_strdup_printf (_("Printed %s from RCC Guide. %s"), date, reviewed);
  g_autofree char *source = patient_sources (self);
  double h = 0;

  h += _rcc_report_plain (ctx, 0, y + h, ctx->width,
                          _("Treatment options for kidney cancer that has spread"), 1.5, TRUE);
  h += ctx->fs * 0.2;
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, line, 0.8, FALSE);
  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, source, 0.8, FALSE);
  return h + ctx->fs * 0.5;
}

double
_rcc_report_item_patient_intro (RccReportCtx *ctx,
                                double        y)
{
  return _rcc_report_plain (ctx, 0, y, ctx->width,
                            _("This sheet shows what studies found about some treatments for kidney cancer "
                              "that has spread. It does not say which one is best for you. Your care team "
                              "can help you weigh the choices."), 1.0, FALSE) + ctx->fs * 0.3;
}

double
_rcc_report_item_section (RccReportCtx *ctx,
                          double        y,
                          guint         index)
{
  return ctx->fs * 0.4 + _rcc_report_plain (ctx, 0, y + ctx->fs * 0.4, ctx->width,
                                            _(patient_sections[index]), 1.2, TRUE) + ctx->fs * 0.2;
}

double
_rcc_report_item_patient_trial (RccReportCtx *ctx,
                                double        y,
                                guint         index)
{
  RccReport *self = ctx->self;
  RccTrial *trial = _rcc_report_get_trial (self, index);
  g_autoptr(GString) compared = g_string_new (NULL);
  g_autofree char *heading = NULL;
  g_autofree char *line = NULL;
  RccReportFigures f;
  double h = 0;
  guint n_said = 0;

  _rcc_report_figures_init (trial, &f);

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

  /* The sentences below name placebo without saying again what it is.
   * Each arm's median in words; the pictures below are the shares the
   * content holds, so the handout draws no bars of months */
  for (guint i = 0; f.endpoint != RCC_ENDPOINT_NONE && i < f.arms->len; i++)
    {
      RccMedian *m = g_ptr_array_index (f.medians, i);
      g_autofree char *said = NULL;
      g_autofree char *sentence = NULL;

      if (m == NULL)
        continue;

      said = rcc_plain_median (trial, m);
      sentence = rcc_plain_unexplained (said);
      h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs, sentence, 1.0,
                              FALSE) + ctx->fs * 0.15;
      n_said++;
    }

  for (guint i = 0; i < f.hrs->len; i++)
    {
      g_autofree char *said = rcc_plain_hazard_ratio (trial, g_ptr_array_index (f.hrs, i));
      g_autofree char *sentence = rcc_plain_unexplained (said);

      h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs, sentence, 1.0,
                              FALSE) + ctx->fs * 0.15;
      n_said++;
    }

  {
    g_autoptr(GPtrArray) survival = rcc_plain_survival_sentences (trial);

    for (guint i = 0; i < survival->len; i++)
      {
        g_autofree char *sentence = rcc_plain_unexplained (g_ptr_array_index (survival, i));

        h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs, sentence, 1.0, FALSE)
             + ctx->fs * 0.15;
        n_said++;
      }
  }

  /* "N in 100" pictures of the shares the content holds */
  {
    double arrays = _rcc_report_trial_icon_arrays (ctx, ctx->fs, y + h, ctx->width - ctx->fs, trial,
                                                   _rcc_report_figures_population (&f));

    h += arrays;
    n_said += arrays > 0;
  }

  if (n_said == 0)
    h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs,
                            _("This study did not report these results in a way we can show here."), 1.0, FALSE);

  _rcc_report_figures_clear (&f);
  return h + ctx->fs * 0.5;
}

double
_rcc_report_item_patient_treatment (RccReportCtx *ctx,
                                    double        y,
                                    guint         index)
{
  g_autoptr(GPtrArray) treatments = _rcc_report_compared_treatments (ctx->self);
  RccTreatment *t = g_ptr_array_index (treatments, index);
  g_autofree char *title = rcc_patient_text_treatment_title (t);
  g_autofree char *side_effects = NULL;
  g_autoptr(GStrvBuilder) shown = g_strv_builder_new ();
  g_auto(GStrv) shown_drugs = NULL;
  double h = 0;

  h += _rcc_report_plain (ctx, 0, y + h, ctx->width, title, 1.05, TRUE);
  if (rcc_patient_text_plain_summary (t) != NULL)
    h += _rcc_report_plain (ctx, ctx->fs, y + h, ctx->width - ctx->fs,
                            rcc_patient_text_plain_summary (t), 0.9, FALSE);
  /* Each drug's side effects once: the ones of earlier treatments */
  for (guint i = 0; i < index; i++)
    {
      g_auto(GStrv) drugs = rcc_side_effect_text_drugs (g_ptr_array_index (treatments, i));

      g_strv_builder_addv (shown, (const char **)drugs);
    }
  shown_drugs = g_strv_builder_end (shown);
  side_effects = rcc_side_effect_text_markup (t, (const char * const *)shown_drugs);
  if (side_effects != NULL)
    {
      h += ctx->fs * 0.1;
      h += _rcc_report_text (ctx, ctx->fs, y + h, ctx->width - ctx->fs, side_effects, 0.9, FALSE,
                             PANGO_ALIGN_LEFT);
    }

  return h + ctx->fs * 0.4;
}

double
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

  /* One question a line: as short as two columns of wrapped lines */
  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      g_autofree char *line = g_strdup_printf ("•  %s", _(questions[i]));

      h += _rcc_report_plain (ctx, ctx->fs * 0.5, y + h, ctx->width - ctx->fs, line, 1.0, FALSE)
           + ctx->fs * 0.1;
    }

  return h + ctx->fs * 0.4;
}

double
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

double
_rcc_report_item_patient_disclaimer (RccReportCtx *ctx,
                                     double        y)
{
  return _rcc_report_plain (ctx, 0, y + ctx->fs * 0.6, ctx->width,
                            _("These are results from studies, not a plan for you. Talk with your care team "
                              "about what is right for you."), 0.95, TRUE) + ctx->fs * 0.5;
}
