/* rcc-trial-text.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-trial-text.h"

#include "model/rcc-endpoint-choice.h"
#include "model/rcc-trial-headline.h"
#include "report/rcc-format.h"
#include "report/rcc-text-list.h"

/* Text the views derive from a trial: its headline comparison, table
 * cells and sort keys.  Which figures are the headline is
 * model/rcc-trial-headline.h's to say, and figures are formatted by
 * report/rcc-format.h; this only joins them. */

#define MISSING_KEY G_MAXDOUBLE

/**
 * rcc_trial_text_arm_label:
 *
 * Returns: the label of the arm with @arm_id, or @arm_id itself
 */
const char *
rcc_trial_text_arm_label (RccTrial   *trial,
                          const char *arm_id)
{
  RccArm *arm;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  arm = rcc_trial_find_arm (trial, arm_id);
  return arm != NULL ? rcc_arm_get_label (arm) : arm_id;
}

/**
 * rcc_trial_text_reports_endpoint:
 *
 * Returns: whether the trial gives a median or a hazard ratio on
 *   @endpoint: the model's rcc_trial_has_endpoint(), kept under this
 *   name for the text helpers' callers
 */
gboolean
rcc_trial_text_reports_endpoint (RccTrial    *trial,
                                 RccEndpoint  endpoint)
{
  return rcc_trial_has_endpoint (trial, endpoint);
}

static char *
arm_label (gpointer arm,
           gpointer data)
{
  return g_strdup (rcc_arm_get_label (arm));
}

/**
 * rcc_trial_text_comparison:
 *
 * The arms' labels: "Sorafenib vs Placebo".
 */
char *
rcc_trial_text_comparison (RccTrial *trial)
{
  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  /* Translators: between the arms of a trial, "Sorafenib vs Placebo" */
  return rcc_text_list_join (rcc_trial_get_arms (trial), arm_label, NULL, _(" vs "));
}

/**
 * rcc_trial_text_facts:
 *
 * "2010 · Phase 3 · 435 patients · Untreated and pretreated"
 */
char *
rcc_trial_text_facts (RccTrial *trial)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  char *phase;
  guint enrolled;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  g_ptr_array_add (parts, g_strdup_printf ("%u", rcc_trial_get_year (trial)));

  phase = rcc_format_phase (rcc_trial_get_phase (trial));
  if (phase != NULL)
    g_ptr_array_add (parts, phase);

  enrolled = rcc_trial_get_enrolled (trial);
  if (enrolled > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u patient",
                                                          "%u patients", enrolled),
                                             enrolled));

  if (rcc_trial_get_setting (trial) != RCC_SETTING_NOT_STATED)
    g_ptr_array_add (parts, g_strdup (rcc_setting_get_label (rcc_trial_get_setting (trial))));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

/**
 * rcc_trial_text_direction:
 *
 * Which way a hazard ratio reads: "Sorafenib vs Placebo; HR below 1
 * favours Sorafenib".
 */
char *
rcc_trial_text_direction (RccTrial       *trial,
                          RccHazardRatio *hazard_ratio)
{
  const char *arm, *versus;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (hazard_ratio), NULL);

  arm = rcc_trial_text_arm_label (trial, rcc_hazard_ratio_get_arm_id (hazard_ratio));
  versus = rcc_trial_text_arm_label (trial, rcc_hazard_ratio_get_versus_id (hazard_ratio));

  /* Translators: the two arms of a hazard ratio, then the first again */
  return g_strdup_printf (_("%s vs %s; HR below 1 favours %s"), arm, versus, arm);
}

/**
 * rcc_trial_text_qualifiers:
 *
 * Where a figure comes from: "Primary result · Analysis: final ·
 * Population: cytokine-pretreated"; an empty string for none.
 */
char *
rcc_trial_text_qualifiers (gboolean    primary,
                           const char *analysis,
                           const char *population)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (primary)
    g_ptr_array_add (parts, g_strdup (_("Primary result")));
  if (analysis != NULL)
    /* Translators: which analysis of a trial a figure comes from */
    g_ptr_array_add (parts, g_strdup_printf (_("Analysis: %s"), analysis));
  if (population != NULL)
    /* Translators: which patients of a trial a figure is about */
    g_ptr_array_add (parts, g_strdup_printf (_("Population: %s"), population));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

/**
 * rcc_trial_text_median_short:
 *
 * A median for a table cell, in months, with the reported unit where it
 * was another: "9.2 mo", "167 days (5.5 mo)", "not reached".
 */
char *
rcc_trial_text_median_short (RccMedian *median)
{
  g_autofree char *months = NULL;
  g_autofree char *reported = NULL;

  g_return_val_if_fail (RCC_IS_MEDIAN (median), NULL);

  if (!rcc_median_get_reached (median))
    return rcc_format_median_reported (median);

  if (rcc_median_get_unit (median) == RCC_TIME_UNIT_MONTHS)
    {
      months = rcc_format_number (rcc_median_get_value (median),
                                  rcc_median_get_decimals (median));
      /* Translators: a median in months, abbreviated: "9.2 mo" */
      return g_strdup_printf (_("%s mo"), months);
    }

  /* Derived months: one decimal, as rcc_format_months() */
  months = rcc_format_number (rcc_median_get_months (median), 1);
  reported = rcc_format_median_reported (median);
  /* Translators: a median as reported, then in months: "167 days (5.5 mo)" */
  return g_strdup_printf (_("%s (%s mo)"), reported, months);
}

static char *
prefix_endpoint (RccEndpoint  endpoint,
                 char        *text)
{
  g_autofree char *owned = text;

  if (endpoint == RCC_ENDPOINT_PFS)
    return g_steal_pointer (&owned);

  /* Translators: a figure on an endpoint other than PFS: "TTP: 5 mo vs 3 mo" */
  return g_strdup_printf (_("%s: %s"), rcc_endpoint_get_abbreviation (endpoint), owned);
}

/**
 * rcc_trial_text_median_cell:
 *
 * The headline medians, treatment arm vs comparator, for the trials
 * table: "9.2 mo vs 4.2 mo", "TTP: 5 mo vs 3 mo"; "—" for none.
 */
char *
rcc_trial_text_median_cell (RccTrial *trial)
{
  RccTrialHeadline h;
  g_autofree char *arm = NULL;
  g_autofree char *versus = NULL;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  if (!rcc_trial_headline_init (&h, trial, NULL) ||
      (h.arm_median == NULL && h.versus_median == NULL))
    return g_strdup ("—");

  arm = h.arm_median != NULL ? rcc_trial_text_median_short (h.arm_median) : g_strdup ("—");
  if (h.versus == NULL)
    return prefix_endpoint (h.endpoint, g_steal_pointer (&arm));

  versus = h.versus_median != NULL ? rcc_trial_text_median_short (h.versus_median)
                                   : g_strdup ("—");
  /* Translators: treatment arm's median vs the comparator's */
  return prefix_endpoint (h.endpoint, g_strdup_printf (_("%s vs %s"), arm, versus));
}

/**
 * rcc_trial_text_hazard_ratio_cell:
 *
 * The headline hazard ratio with its CI: "0.44 (95% CI 0.35–0.55)",
 * "TTP: 0.60 (95% CI 0.36–0.97)"; "—" for none.
 */
char *
rcc_trial_text_hazard_ratio_cell (RccTrial *trial)
{
  RccTrialHeadline h;
  g_autofree char *hr = NULL;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  if (!rcc_trial_headline_init (&h, trial, NULL) || h.hazard_ratio == NULL)
    return g_strdup ("—");

  hr = rcc_format_hazard_ratio (h.hazard_ratio);
  if (g_strcmp0 (rcc_hazard_ratio_get_arm_id (h.hazard_ratio), rcc_arm_get_id (h.arm)) != 0)
    {
      /* Reported the other way round: say which way */
      g_autofree char *reported = g_steal_pointer (&hr);
      const char *arm_id = rcc_hazard_ratio_get_arm_id (h.hazard_ratio);
      const char *versus_id = rcc_hazard_ratio_get_versus_id (h.hazard_ratio);

      /* Translators: a hazard ratio, then the arms it compares */
      hr = g_strdup_printf (_("%s (%s vs %s)"), reported,
                            rcc_trial_text_arm_label (trial, arm_id),
                            rcc_trial_text_arm_label (trial, versus_id));
    }

  return prefix_endpoint (h.endpoint, g_steal_pointer (&hr));
}

static char *
median_pair (RccMedian *arm,
             RccMedian *versus)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (versus == NULL)
    return rcc_format_median_reported (arm);

  if (rcc_median_get_reached (arm) && rcc_median_get_reached (versus) &&
      rcc_median_get_unit (arm) == rcc_median_get_unit (versus))
    {
      a = rcc_format_number (rcc_median_get_value (arm), rcc_median_get_decimals (arm));
      b = rcc_format_number (rcc_median_get_value (versus), rcc_median_get_decimals (versus));
      /* Translators: two medians in one unit: "9.2 vs 4.2 months" */
      return g_strdup_printf (_("%s vs %s %s"), a, b,
                              rcc_time_unit_get_label (rcc_median_get_unit (arm)));
    }

  a = rcc_format_median_reported (arm);
  b = rcc_format_median_reported (versus);
  /* Translators: two medians: "9.2 months vs not reached" */
  return g_strdup_printf (_("%s vs %s"), a, b);
}

static char *
headline_text (RccTrial         *trial,
               RccTrialHeadline *h)
{
  const char *endpoint = rcc_endpoint_get_abbreviation (h->endpoint);
  g_autofree char *figure = NULL;

  if (h->arm_median != NULL)
    {
      figure = median_pair (h->arm_median, h->versus_median);
      /* Translators: endpoint, medians, trial: "PFS 9.2 vs 4.2 months · VEG105192" */
      return g_strdup_printf (_("%s %s · %s"), endpoint, figure, rcc_trial_get_name (trial));
    }

  figure = rcc_format_hazard_ratio (h->hazard_ratio);
  /* Translators: endpoint, hazard ratio, trial: "OS HR 0.73 (95% CI 0.58–0.92) · ARCC" */
  return g_strdup_printf (_("%s HR %s · %s"), endpoint, figure, rcc_trial_get_name (trial));
}

/* Whether the headline isolates the treatment: its arm is experimental,
 * has a median, and the arm it is compared with did not receive it (so
 * SWOG 8949, nephrectomy plus interferon vs interferon, does not stand
 * for interferon) */
static gboolean
isolates (RccTrialHeadline *h,
          const char       *treatment_id)
{
  return !rcc_arm_get_control (h->arm) && h->arm_median != NULL &&
         h->versus != NULL && !rcc_arm_uses_treatment (h->versus, treatment_id);
}

/**
 * rcc_trial_text_treatment_headline:
 *
 * One line of evidence for a treatment: the primary medians of its first
 * trial with figures for it, "PFS 9.2 vs 4.2 months · VEG105192".  Trials
 * that compare the treatment with an arm that did not receive it come
 * first; a trial with only a hazard ratio gives that.  "No trial figures
 * in this guide" when none has any.
 */
char *
rcc_trial_text_treatment_headline (RccTreatment *treatment)
{
  GListModel *trials;
  const char *id;
  guint n;

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  trials = rcc_treatment_get_trials (treatment);
  id = rcc_treatment_get_id (treatment);
  n = g_list_model_get_n_items (trials);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
        RccTrialHeadline h;

        if (!rcc_trial_headline_init (&h, trial, id))
          continue;

        if (pass == 0 && !isolates (&h, id))
          continue;

        if (h.arm_median != NULL || h.hazard_ratio != NULL)
          return headline_text (trial, &h);
      }

  return g_strdup (_("No trial figures in this guide"));
}

/**
 * rcc_trial_text_median_key:
 *
 * Sort key for the headline median of the treatment arm, in months;
 * "not reached" after every reached median, no median last.
 */
double
rcc_trial_text_median_key (RccTrial *trial)
{
  RccTrialHeadline h;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), MISSING_KEY);

  if (!rcc_trial_headline_init (&h, trial, NULL) || h.arm_median == NULL)
    return MISSING_KEY;

  if (!rcc_median_get_reached (h.arm_median))
    return MISSING_KEY / 2;

  return rcc_median_get_months (h.arm_median);
}

/**
 * rcc_trial_text_hazard_ratio_key:
 *
 * Sort key for the headline hazard ratio: its value; no hazard ratio last.
 */
double
rcc_trial_text_hazard_ratio_key (RccTrial *trial)
{
  RccTrialHeadline h;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), MISSING_KEY);

  if (!rcc_trial_headline_init (&h, trial, NULL) || h.hazard_ratio == NULL)
    return MISSING_KEY;

  return rcc_hazard_ratio_get_value (h.hazard_ratio);
}

static guint
read_phase_number (const char *part)
{
  static const char * const romans[] = { "IV", "III", "II", "I" };
  static const guint values[] = { 4, 3, 2, 1 };

  while (g_ascii_isspace (*part))
    part++;

  if (*part >= '1' && *part <= '4')
    return *part - '0';

  for (guint i = 0; i < G_N_ELEMENTS (romans); i++)
    if (g_ascii_strncasecmp (part, romans[i], strlen (romans[i])) == 0)
      return values[i];

  return 0;
}

/**
 * rcc_trial_text_phase_key:
 *
 * Sort key for a phase given as "III", "3" or "II/III": its number, the
 * mean for a combined phase; an unreadable or missing phase last.
 */
double
rcc_trial_text_phase_key (RccTrial *trial)
{
  g_auto(GStrv) parts = NULL;
  double sum = 0;
  guint n = 0;
  const char *phase;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), MISSING_KEY);

  phase = rcc_trial_get_phase (trial);
  if (phase == NULL)
    return MISSING_KEY;

  parts = g_strsplit (phase, "/", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint number = read_phase_number (parts[i]);

      if (number == 0)
        return MISSING_KEY;
      sum += number;
      n++;
    }

  return n > 0 ? sum / n : MISSING_KEY;
}

static char *
level_code (gpointer level,
            gpointer data)
{
  return g_strdup (rcc_level_get_code (level));
}

/* "B1 OS", as the printed table gives it, kept on one line (a no-break
 * space); the code alone where it grades no one endpoint */
static char *
level_code_endpoint (gpointer level,
                     gpointer data)
{
  RccEndpoint endpoint = rcc_level_get_endpoint (level);

  if (endpoint == RCC_ENDPOINT_NONE)
    return level_code (level, data);

  return g_strdup_printf ("%s\u00a0%s", rcc_level_get_code (level),
                          rcc_endpoint_get_abbreviation (endpoint));
}

static gboolean
has_repeated_code (GListModel *levels)
{
  guint n = g_list_model_get_n_items (levels);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        g_autoptr(RccLevel) a = g_list_model_get_item (levels, i);
        g_autoptr(RccLevel) b = g_list_model_get_item (levels, j);

        if (g_strcmp0 (rcc_level_get_code (a), rcc_level_get_code (b)) == 0)
          return TRUE;
      }

  return FALSE;
}

/* @data: the catalog, for the edition that gave the level */
static char *
level_line (gpointer level,
            gpointer data)
{
  return rcc_format_level_code (level, data);
}

static char *
level_described (gpointer level,
                 gpointer data)
{
  return rcc_format_level (level, data);
}

/**
 * rcc_trial_text_level_codes:
 *
 * The codes of @trial's levels of evidence, for a table cell: "A1, B1";
 * where a code is given twice (B1 for PFS and again for OS), each with
 * its endpoint, "B1 PFS, B1 OS", not "B1, B1".  %NULL if the PDQ gives
 * none.
 */
char *
rcc_trial_text_level_codes (RccTrial *trial)
{
  GListModel *levels;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  levels = rcc_trial_get_levels (trial);
  if (g_list_model_get_n_items (levels) == 0)
    return NULL;

  return rcc_text_list_join (levels, has_repeated_code (levels) ? level_code_endpoint : level_code,
                             NULL, ", ");
}

/**
 * rcc_trial_text_levels:
 * @catalog: (nullable): for the editions that gave them
 * @described: whether to add what each code means
 *
 * Each level of evidence of @trial on a line of its own: its code with
 * scheme and edition ("A1 for OS · 2023 definitions · 2025 PDQ"), and
 * if @described, its meaning; "No level given by the PDQ" for none.
 */
char *
rcc_trial_text_levels (RccTrial   *trial,
                       RccCatalog *catalog,
                       gboolean    described)
{
  GListModel *levels;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  levels = rcc_trial_get_levels (trial);
  if (g_list_model_get_n_items (levels) == 0)
    return g_strdup (rcc_format_no_level ());

  return rcc_text_list_join (levels, described ? level_described : level_line, catalog, "\n");
}

/**
 * rcc_trial_text_level_key:
 *
 * Sort key for the trials table's evidence column: the first level's
 * code, 2023 definitions before 2014 ones, in the order the PDQ lists
 * each scheme's codes; a trial with none last.
 */
double
rcc_trial_text_level_key (RccTrial *trial)
{
  GListModel *levels;
  g_autoptr(RccLevel) level = NULL;
  const char *code;
  double key = 0;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), G_MAXDOUBLE);

  levels = rcc_trial_get_levels (trial);
  if (g_list_model_get_n_items (levels) == 0)
    return G_MAXDOUBLE;

  level = g_list_model_get_item (levels, 0);
  code = rcc_level_get_code (level);
  if (rcc_level_get_scheme (level) == RCC_EVIDENCE_SCHEME_PDQ_2014)
    key = 1e9;

  /* Character by character: "A1" < "A2" < "B1" < "D"; "1iA" < "1iDiii" < "2A" */
  for (guint i = 0, weight = 128 * 128 * 128; i < 4; i++, weight /= 128)
    {
      key += (guchar)code[0] * weight;
      if (code[0] != '\0')
        code++;
    }

  return key;
}
