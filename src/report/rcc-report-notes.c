/* rcc-report-notes.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-harm-text.h"
#include "rcc-report-private.h"

/* The fair-comparison warnings above the charts: what makes the trials'
 * figures, side by side, not directly comparable, one line each where
 * it applies: setting, control arms, publication years, primary
 * endpoints, follow-up, confidence levels and adverse-event measures. */

/* "CheckMate 214, KEYNOTE-426" */
static char *
join_names (GPtrArray *names)
{
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **)names->pdata);
}

/* Groups trial names by a label: "Sunitinib (CheckMate 214, CLEAR);
 * Everolimus (METEOR)" where more than one label occurs, else NULL */
typedef struct
{
  GPtrArray  *labels;  /* char * */
  GHashTable *names;   /* label → GPtrArray of trial names */
} Groups;

static void
groups_init (Groups *g)
{
  g->labels = g_ptr_array_new_with_free_func (g_free);
  g->names = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
}

static void
groups_add (Groups     *g,
            const char *label,
            const char *name)
{
  GPtrArray *names = g_hash_table_lookup (g->names, label);

  if (names == NULL)
    {
      char *owned = g_strdup (label);

      names = g_ptr_array_new ();
      g_ptr_array_add (g->labels, owned);
      g_hash_table_insert (g->names, owned, names);
    }
  if (!g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
    g_ptr_array_add (names, (gpointer)name);
}

static char *
groups_describe (Groups *g)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (g->labels->len < 2)
    return NULL;

  for (guint i = 0; i < g->labels->len; i++)
    {
      const char *label = g_ptr_array_index (g->labels, i);
      g_autoptr(GPtrArray) names = g_ptr_array_copy (g_hash_table_lookup (g->names, label), NULL, NULL);
      g_autofree char *joined = join_names (names);

      if (i > 0)
        g_string_append (out, "; ");
      g_string_append_printf (out, "%s (%s)", label, joined);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
groups_clear (Groups *g)
{
  g_clear_pointer (&g->names, g_hash_table_unref);
  g_clear_pointer (&g->labels, g_ptr_array_unref);
}

/* The confidence levels of the drawn hazard ratios that are not 95%:
 * "CheckMate 214 99.8%, CheckMate 9ER 98.89%"; "level not stated" is
 * not 95% either */
static char *
ci_levels (RccReport *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    {
      RccTrial *trial = _rcc_report_get_trial (self, i);
      g_autoptr(GPtrArray) levels = g_ptr_array_new_with_free_func (g_free);
      RccReportFigures f;

      _rcc_report_figures_init_for (trial, self->endpoint, &f);
      for (guint j = 0; j < f.hrs->len; j++)
        {
          RccHazardRatio *hr = g_ptr_array_index (f.hrs, j);
          double level = rcc_hazard_ratio_get_ci_level (hr);
          char *text;

          if (!rcc_hazard_ratio_get_has_ci (hr) || level == 95.0)
            continue;
          if (level == RCC_CI_LEVEL_NOT_STATED)
            text = g_strdup (_("level not stated"));
          else
            {
              g_autofree char *number = g_strdup_printf ("%g", level);

              text = g_strdup_printf (_("%s%%"), number);
            }
          if (!g_ptr_array_find_with_equal_func (levels, text, g_str_equal, NULL))
            g_ptr_array_add (levels, text);
          else
            g_free (text);
        }
      if (levels->len > 0)
        {
          g_autofree char *joined = NULL;

          g_ptr_array_add (levels, NULL);
          joined = g_strjoinv (", ", (char **)levels->pdata);
          g_ptr_array_add (parts, g_strdup_printf ("%s %s", rcc_trial_get_name (trial), joined));
        }
      _rcc_report_figures_clear (&f);
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **)parts->pdata);
}

/* "Very different" follow-up: the longest median follow-up of the
 * analyses shown more than twice the shortest, in different trials.
 * Medians only: a minimum follow-up is another measure.  Later
 * analyses count more events and can show effects that came late. */
static char *
follow_up_spread (RccReport *self)
{
  RccFollowUp *shortest = NULL, *longest = NULL;
  RccTrial *shortest_trial = NULL, *longest_trial = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    {
      RccTrial *trial = _rcc_report_get_trial (self, i);
      g_autoptr(GPtrArray) follow_ups = _rcc_report_harm_follow_ups (self, trial);

      for (guint j = 0; j < follow_ups->len; j++)
        {
          RccFollowUp *fu = g_ptr_array_index (follow_ups, j);

          g_ptr_array_add (keep, g_object_ref (fu));
          if (shortest == NULL || rcc_follow_up_get_months (fu) < rcc_follow_up_get_months (shortest))
            {
              shortest = fu;
              shortest_trial = trial;
            }
          if (longest == NULL || rcc_follow_up_get_months (fu) > rcc_follow_up_get_months (longest))
            {
              longest = fu;
              longest_trial = trial;
            }
        }
    }

  if (shortest == NULL || shortest_trial == longest_trial ||
      rcc_follow_up_get_months (longest) <= 2 * rcc_follow_up_get_months (shortest))
    return NULL;

  low = rcc_harm_text_follow_up (shortest);
  high = rcc_harm_text_follow_up (longest);
  /* Translators: "median follow-up 10.7 months (JAVELIN Renal 101) to median follow-up 44.0 months (CheckMate 9ER)" */
  return g_strdup_printf (_("The analyses shown are at very different follow-up, the longest more than twice "
                            "the shortest: %s (%s) to %s (%s). Later analyses count more events."),
                          low, rcc_trial_get_name (shortest_trial), high, rcc_trial_get_name (longest_trial));
}

/**
 * _rcc_report_differences_note:
 *
 * Returns: (nullable): the warnings, one a line, or %NULL where there
 *   is nothing to warn of (one trial, or trials alike)
 */
char *
_rcc_report_differences_note (RccReport *self)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  gboolean setting_differs = FALSE;
  guint min_year = G_MAXUINT, max_year = 0;
  RccSetting first_setting = RCC_SETTING_NOT_STATED;
  Groups controls, primaries, measures;
  g_autofree char *control_text = NULL;
  g_autofree char *primary_text = NULL;
  g_autofree char *measure_text = NULL;
  g_autofree char *levels = NULL;
  char *follow_up;

  if (_rcc_report_n_trials (self) < 2)
    return NULL;

  groups_init (&controls);
  groups_init (&primaries);
  groups_init (&measures);

  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    {
      RccTrial *trial = _rcc_report_get_trial (self, i);
      const char *name = rcc_trial_get_name (trial);
      g_autoptr(GPtrArray) ae = _rcc_report_harm_adverse_events (self, trial);
      RccReportFigures f, own;
      RccEndpoint primary;
      const char *control = NULL;

      /* The endpoint the trial's own primary result is on, as the
       * comparison drawn for the primary endpoints shows it */
      _rcc_report_figures_init_for (trial, RCC_ENDPOINT_CHOICE_PRIMARY, &own);
      primary = own.endpoint;
      _rcc_report_figures_clear (&own);

      _rcc_report_figures_init_for (trial, self->endpoint, &f);
      for (guint j = 0; j < f.arms->len; j++)
        if (rcc_arm_get_control (g_ptr_array_index (f.arms, j)))
          control = rcc_arm_get_label (g_ptr_array_index (f.arms, j));
      groups_add (&controls, control != NULL ? control : _("no control arm"), name);
      if (primary != RCC_ENDPOINT_NONE)
        groups_add (&primaries, rcc_endpoint_get_abbreviation (primary), name);
      for (guint j = 0; j < ae->len; j++)
        {
          g_autofree char *measure = rcc_harm_text_measure (g_ptr_array_index (ae, j));

          groups_add (&measures, measure, name);
        }

      if (i == 0)
        first_setting = rcc_trial_get_setting (trial);
      else
        setting_differs |= rcc_trial_get_setting (trial) != first_setting;
      min_year = MIN (min_year, rcc_trial_get_year (trial));
      max_year = MAX (max_year, rcc_trial_get_year (trial));
      _rcc_report_figures_clear (&f);
    }

  control_text = groups_describe (&controls);
  primary_text = groups_describe (&primaries);
  measure_text = groups_describe (&measures);
  groups_clear (&controls);
  groups_clear (&primaries);
  groups_clear (&measures);

  if (setting_differs)
    g_ptr_array_add (lines, g_strdup (_("These trials differ in line of therapy or setting.")));
  if (control_text != NULL)
    /* Translators: %s lists each control arm with its trials, "Sunitinib (CLEAR); Everolimus (METEOR)" */
    g_ptr_array_add (lines, g_strdup_printf (_("Their control arms differ: %s."), control_text));
  if (max_year - min_year > 10)
    /* Translators: %u are years */
    g_ptr_array_add (lines, g_strdup_printf (_("They were published more than ten years apart (%u–%u)."),
                                             min_year, max_year));
  if (primary_text != NULL)
    /* Translators: %s lists each primary endpoint with its trials, "OS (CheckMate 214); PFS (CLEAR)" */
    g_ptr_array_add (lines, g_strdup_printf (_("Their primary results are on different endpoints: %s."),
                                             primary_text));
  follow_up = follow_up_spread (self);
  if (follow_up != NULL)
    g_ptr_array_add (lines, follow_up);
  levels = ci_levels (self);
  if (levels != NULL)
    /* Translators: %s lists trials and their levels, "CheckMate 214 99.8%; CheckMate 9ER 98.89%" */
    g_ptr_array_add (lines, g_strdup_printf (_("Not every interval shown is a 95%% confidence interval: %s. "
                                               "A higher level gives a wider interval."), levels));
  if (measure_text != NULL)
    /* Translators: %s lists each measure with its trials, "treatment-related, grade ≥3 (CheckMate 9ER); …" */
    g_ptr_array_add (lines, g_strdup_printf (_("Their grade ≥3 adverse events are counted differently: %s; "
                                               "the rates are not comparable."), measure_text));

  if (lines->len == 0)
    return NULL;

  g_ptr_array_add (lines, g_strdup (_("Their results are shown side by side, not pooled, and cannot be "
                                      "compared directly.")));
  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **)lines->pdata);
}
