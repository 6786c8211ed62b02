/* rcc-plain.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rcc-format.h"
#include "rcc-plain.h"
#include "rcc-proportions.h"

#include "model/rcc-trial-headline.h"

/* Sentences for the patient view and handout.  They follow the
 * decision-aid habit of saying what a median means ("half of the
 * people…"), giving a hazard ratio as "about N% lower/higher risk
 * during the study" and never as a bare ratio, and keeping sentences
 * short (US grade 8 or below, checked by the test suite). */

/* "167 days (about 5.5 months)", "9.2 months". */
char *
rcc_plain_duration (RccMedian *median)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (RCC_IS_MEDIAN (median), NULL);

  value = rcc_format_number (rcc_median_get_value (median), rcc_median_get_decimals (median));

  switch (rcc_median_get_unit (median))
    {
    case RCC_TIME_UNIT_DAYS:
      /* Translators: "167 days (about 5.5 months)" */
      return g_strdup_printf (_("%s days (about %.1f months)"), value, rcc_median_get_months (median));
    case RCC_TIME_UNIT_WEEKS:
      return g_strdup_printf (_("%s weeks (about %.1f months)"), value, rcc_median_get_months (median));
    case RCC_TIME_UNIT_YEARS:
      return g_strdup_printf (_("%s years (about %.1f months)"), value, rcc_median_get_months (median));
    case RCC_TIME_UNIT_MONTHS:
    default:
      return g_strdup_printf (_("%s months"), value);
    }
}

/* Arm names mid-sentence: generic names in lower case ("pazopanib"),
 * acronyms and brands as written ("IL-2"), placebo explained. */
const char *
rcc_plain_arm_name (RccArm *arm)
{
  const char *label;

  g_return_val_if_fail (RCC_IS_ARM (arm), NULL);

  label = rcc_arm_get_label (arm);
  if (g_ascii_strcasecmp (label, "Placebo") == 0)
    return _("placebo (a dummy medicine)");

  return label;
}

/* @text with its first letter in upper case */
static char *
capitalised (const char *text)
{
  char first[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_toupper (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

static char *
replace_all (const char *text,
             const char *what,
             const char *with)
{
  g_auto(GStrv) parts = g_strsplit (text, what, -1);

  return g_strjoinv (with, parts);
}

/**
 * rcc_plain_unexplained:
 *
 * @text without the explanation rcc_plain_arm_name() gives an arm's
 * name, for a text that comes after one that explained it: "With
 * placebo, half of the people …", "Placebo".
 *
 * Returns: (transfer full): the text
 */
char *
rcc_plain_unexplained (const char *text)
{
  const char *explained = _("placebo (a dummy medicine)");
  /* Translators: placebo without its explanation, where the text said
   * already what it is */
  const char *bare = _("placebo");
  g_autofree char *explained_title = capitalised (explained);
  g_autofree char *bare_title = capitalised (bare);
  g_autofree char *lower = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  lower = replace_all (text, explained, bare);
  return replace_all (lower, explained_title, bare_title);
}

static char *
mid_sentence (const char *name)
{
  /* "Pazopanib" → "pazopanib"; "IL-2", "HD IL-2" stay. */
  if (g_ascii_isupper (name[0]) && g_ascii_islower (name[1]))
    {
      char *copy = g_strdup (name);
      copy[0] = g_ascii_tolower (copy[0]);
      return copy;
    }

  return g_strdup (name);
}

/**
 * rcc_plain_arm_words:
 *
 * The arm's name as it reads mid-sentence: "pazopanib", "IL-2",
 * "placebo (a dummy medicine)".
 *
 * Returns: (transfer full): the words
 */
char *
rcc_plain_arm_words (RccArm *arm)
{
  g_return_val_if_fail (RCC_IS_ARM (arm), NULL);

  return mid_sentence (rcc_plain_arm_name (arm));
}

static char *
arm_words (RccTrial   *trial,
           const char *arm_id)
{
  RccArm *arm = rcc_trial_find_arm (trial, arm_id);

  return arm != NULL ? rcc_plain_arm_words (arm) : g_strdup (arm_id);
}

/**
 * rcc_plain_median:
 *
 * "With pazopanib, half of the people had no growth of their cancer for
 * 9.2 months or more."
 */
char *
rcc_plain_median (RccTrial  *trial,
                  RccMedian *median)
{
  g_autofree char *who = NULL;
  g_autofree char *duration = NULL;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);
  g_return_val_if_fail (RCC_IS_MEDIAN (median), NULL);

  who = arm_words (trial, rcc_median_get_arm_id (median));

  if (!rcc_median_get_reached (median))
    switch (rcc_median_get_endpoint (median))
      {
      case RCC_ENDPOINT_OS:
        /* Translators: %s is a treatment */
        return g_strdup_printf (_("With %s, more than half of the people were still alive at the last report."), who);
      case RCC_ENDPOINT_DFS:
      case RCC_ENDPOINT_RFS:
        return g_strdup_printf (_("With %s, more than half of the people still had no sign of cancer at the last report."), who);
      case RCC_ENDPOINT_PFS:
      case RCC_ENDPOINT_TTP:
      case RCC_ENDPOINT_NONE:
      default:
        return g_strdup_printf (_("With %s, more than half of the people still had no growth of their cancer at the last report."), who);
      }

  duration = rcc_plain_duration (median);
  switch (rcc_median_get_endpoint (median))
    {
    case RCC_ENDPOINT_OS:
      /* Translators: "With pazopanib, half of the people lived 22.9 months or more." */
      return g_strdup_printf (_("With %s, half of the people lived %s or more."), who, duration);
    case RCC_ENDPOINT_DFS:
    case RCC_ENDPOINT_RFS:
      return g_strdup_printf (_("With %s, half of the people had no sign of cancer for %s or more."), who, duration);
    case RCC_ENDPOINT_PFS:
    case RCC_ENDPOINT_TTP:
    case RCC_ENDPOINT_NONE:
    default:
      /* Translators: "With pazopanib, half of the people had no growth of their cancer for 9.2 months or more." */
      return g_strdup_printf (_("With %s, half of the people had no growth of their cancer for %s or more."),
                              who, duration);
    }
}

static const char *
risk_words (RccEndpoint endpoint)
{
  switch (endpoint)
    {
    case RCC_ENDPOINT_OS:
      return _("dying");
    case RCC_ENDPOINT_DFS:
    case RCC_ENDPOINT_RFS:
      return _("the cancer coming back");
    case RCC_ENDPOINT_TTP:
    case RCC_ENDPOINT_PFS:
    case RCC_ENDPOINT_NONE:
    default:
      return _("their cancer growing");
    }
}

/**
 * rcc_plain_hazard_ratio:
 *
 * "During the study, people who had pazopanib had a lower risk of their
 * cancer growing. Their risk was about 54% lower than with placebo (a
 * dummy medicine)."
 */
char *
rcc_plain_hazard_ratio (RccTrial       *trial,
                        RccHazardRatio *hr)
{
  g_autofree char *arm_name = NULL;
  g_autofree char *versus_name = NULL;
  double value;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (hr), NULL);

  arm_name = arm_words (trial, rcc_hazard_ratio_get_arm_id (hr));
  versus_name = arm_words (trial, rcc_hazard_ratio_get_versus_id (hr));
  value = rcc_hazard_ratio_get_value (hr);

  if (rcc_hazard_ratio_get_significance (hr) == RCC_SIGNIFICANCE_NOT_SIGNIFICANT ||
      (rcc_hazard_ratio_get_has_ci (hr) &&
       rcc_hazard_ratio_get_ci_low (hr) <= 1.0 && rcc_hazard_ratio_get_ci_high (hr) >= 1.0))
    /* Which risk it could not tell apart: pazopanib's survival was not
     * clearly different, its progression-free survival was. */
    /* Translators: two treatments, then what the risk is of: "dying", "their cancer growing" */
    return g_strdup_printf (_("The study could not show a clear difference between %s and %s "
                              "in the risk of %s."),
                            arm_name, versus_name, risk_words (rcc_hazard_ratio_get_endpoint (hr)));

  if (value < 1.0)
    /* Translators: "During the study, people who had X had a lower risk of their cancer growing.
     * Their risk was about 54% lower than with Y." */
    return g_strdup_printf (_("During the study, people who had %s had a lower risk of %s. "
                              "Their risk was about %d%% lower than with %s."),
                            arm_name, risk_words (rcc_hazard_ratio_get_endpoint (hr)),
                            (int)lround ((1.0 - value) * 100.0), versus_name);

  /* A ratio above 1: said from the arm it is about, as reported. */
  return g_strdup_printf (_("During the study, people who had %s had a higher risk of %s. "
                            "Their risk was about %d%% higher than with %s."),
                          arm_name, risk_words (rcc_hazard_ratio_get_endpoint (hr)),
                          (int)lround ((value - 1.0) * 100.0), versus_name);
}

/* The sentences for a headline: each arm's median, then every primary
 * hazard ratio on its endpoint. */
static void
add_headline_sentences (const RccTrialHeadline *h,
                        GPtrArray              *sentences)
{
  RccTrial *trial = h->trial;
  GListModel *arms = rcc_trial_get_arms (trial);
  g_autoptr(GPtrArray) hrs = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (arms); i++)
    {
      g_autoptr(RccArm) arm = g_list_model_get_item (arms, i);
      RccMedian *m = rcc_trial_headline_get_median (h, arm);

      if (m != NULL)
        g_ptr_array_add (sentences, rcc_plain_median (trial, m));
    }

  hrs = rcc_trial_headline_get_hazard_ratios (h);
  for (guint i = 0; i < hrs->len; i++)
    g_ptr_array_add (sentences, rcc_plain_hazard_ratio (trial, g_ptr_array_index (hrs, i)));
}

/**
 * rcc_plain_survival_sentences:
 *
 * Overall survival in plain words, when the trial's headline endpoint is
 * another one: a patient must hear about survival too (CheckMate 214's
 * survival benefit, beside its progression result that was not clear).
 *
 * Returns: (transfer full): a #GPtrArray of strings, maybe empty
 */
GPtrArray *
rcc_plain_survival_sentences (RccTrial *trial)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);
  RccTrialHeadline headline, survival;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  rcc_trial_headline_init (&headline, trial, NULL);
  if (headline.endpoint != RCC_ENDPOINT_OS && headline.endpoint != RCC_ENDPOINT_NONE)
    {
      rcc_trial_headline_init_for_endpoint (&survival, trial, RCC_ENDPOINT_OS, NULL);
      add_headline_sentences (&survival, sentences);
    }

  return sentences;
}

/**
 * rcc_plain_trial_sentences:
 *
 * The trial's headline figures in plain words: each arm's median, then
 * each headline hazard ratio, then overall survival where the headline
 * is another endpoint.
 *
 * Returns: (transfer full): a #GPtrArray of strings
 */
GPtrArray *
rcc_plain_trial_sentences (RccTrial *trial)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) survival = NULL;
  RccTrialHeadline headline;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  rcc_trial_headline_init (&headline, trial, NULL);
  add_headline_sentences (&headline, sentences);

  survival = rcc_plain_survival_sentences (trial);
  for (guint i = 0; i < survival->len; i++)
    g_ptr_array_add (sentences, g_strdup (g_ptr_array_index (survival, i)));

  if (sentences->len == 0)
    {
      g_autoptr(GPtrArray) shares = rcc_proportions_for_trial (trial);

      /* A study with shares only (Yang's IL-2 doses: response rates)
       * shows them as pictures of 100 people: say what is missing, not
       * that nothing can be shown */
      if (shares->len > 0)
        g_ptr_array_add (sentences, g_strdup (_("This study did not give times we can show here, such as how long people lived.")));
      else
        g_ptr_array_add (sentences, g_strdup (_("This study did not report these results in a way we can show here.")));
    }

  return sentences;
}

/* ---------------------------------------------------------------------
 * Readability
 */

/* Syllables in an English word, by the usual vowel-group rule. */
static guint
count_syllables (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);
  gsize len = strlen (lower);
  guint count = 0;
  gboolean in_vowel = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      gboolean vowel = strchr ("aeiouy", lower[i]) != NULL;

      if (vowel && !in_vowel)
        count++;
      in_vowel = vowel;
    }

  /* A silent final e ("take"), but not "-le" ("table"). */
  if (len > 2 && lower[len - 1] == 'e' && lower[len - 2] != 'l' && count > 1)
    count--;

  return MAX (count, 1);
}

/**
 * rcc_readability_grade:
 *
 * Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables
 * per word − 15.59.  Numbers count as one-syllable words.
 */
double
rcc_readability_grade (const char *text)
{
  guint words = 0, syllables = 0, sentences = 0;
  gboolean in_word = FALSE;
  GString *word = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, 0);

  for (const char *p = text; ; p++)
    {
      gboolean letter = *p != '\0' && (g_ascii_isalnum (*p) || *p == '\'' ||
                                       (*p == '.' && in_word && g_ascii_isdigit (p[1])) ||
                                       ((guchar)*p >= 0x80));

      if (letter)
        {
          g_string_append_c (word, *p);
          in_word = TRUE;
        }
      else if (in_word)
        {
          words++;
          syllables += g_ascii_isdigit (word->str[0]) ? 1 : count_syllables (word->str);
          g_string_truncate (word, 0);
          in_word = FALSE;
        }

      /* Sentence ends; not the point in "9.2". */
      if ((*p == '.' || *p == '!' || *p == '?') &&
          !(p > text && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1])))
        sentences++;

      if (*p == '\0')
        break;
    }

  g_string_free (word, TRUE);

  if (words == 0)
    return 0;

  sentences = MAX (sentences, 1);
  return 0.39 * ((double)words / sentences) + 11.8 * ((double)syllables / words) - 15.59;
}

static int
longer_first (gconstpointer a,
              gconstpointer b)
{
  return (int)strlen (*(const char **)b) - (int)strlen (*(const char **)a);
}

/**
 * rcc_readability_grade_with_names:
 * @names: (array zero-terminated=1): names of medicines and procedures
 *
 * The grade of @text with each of @names counted as one short word: a
 * medicine's name cannot be made plainer, and would otherwise decide
 * the score on its own.
 */
double
rcc_readability_grade_with_names (const char         *text,
                                  const char * const *names)
{
  g_autoptr(GString) plain = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  g_return_val_if_fail (text != NULL, 0);

  plain = g_string_new (text);

  /* Longest first, so "interferon-alpha alone" goes before "interferon-alpha". */
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (*names[i] != '\0')
      g_ptr_array_add (sorted, (gpointer)names[i]);
  g_ptr_array_sort (sorted, longer_first);

  for (guint i = 0; i < sorted->len; i++)
    {
      const char *name = g_ptr_array_index (sorted, i);
      g_autofree char *lower = g_utf8_strdown (name, -1);

      g_string_replace (plain, name, "name", 0);
      g_string_replace (plain, lower, "name", 0);
    }

  return rcc_readability_grade (plain->str);
}
