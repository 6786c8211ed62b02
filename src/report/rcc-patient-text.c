/* rcc-patient-text.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-patient-text.h"

#include "report/rcc-plain.h"
#include "report/rcc-text-list.h"

/* Patient view says everything in everyday words and spells out what
 * the professional view abbreviates ("vs", "N", "PDQ", "RCC").  It
 * keeps the same facts and the same order for every option, and
 * recommends none. */

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  guint x = *(const guint *)a;
  guint y = *(const guint *)b;

  return (x > y) - (x < y);
}

/* "2018, 2021": the distinct publication years of @treatment's trials */
static char *
trial_years (RccTreatment *treatment)
{
  GListModel *trials = rcc_treatment_get_trials (treatment);
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (trials);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      guint year = rcc_trial_get_year (trial);
      gboolean seen = FALSE;

      for (guint j = 0; j < years->len && !seen; j++)
        seen = g_array_index (years, guint, j) == year;
      if (!seen && year > 0)
        g_array_append_val (years, year);
    }

  g_array_sort (years, compare_years);
  for (guint i = 0; i < years->len; i++)
    {
      if (i > 0)
        /* Translators: between years, "2018, 2021" */
        g_string_append (text, _(", "));
      g_string_append_printf (text, "%u", g_array_index (years, guint, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* "2025", the year of the PDQ edition whose lists include @treatment;
 * "2014" for one only the 2014 edition listed; NULL for neither */
static char *
source_year (RccTreatment *treatment,
             RccCatalog   *catalog)
{
  g_autoptr(GListModel) options = NULL;
  RccEdition *edition = NULL;
  const char *updated;

  if (catalog != NULL)
    {
      options = rcc_catalog_get_options_for_treatment (catalog, treatment);
      if (g_list_model_get_n_items (options) > 0)
        edition = rcc_catalog_get_current_edition (catalog);
      else if (rcc_treatment_get_option (treatment) > 0)
        edition = rcc_catalog_find_edition (catalog, "pdq-2014");
    }

  updated = edition != NULL ? rcc_edition_get_updated (edition) : NULL;
  if (updated == NULL || strlen (updated) < 4)
    return NULL;

  return g_strndup (updated, 4);
}

/**
 * rcc_patient_text_provenance:
 * @catalog: (nullable): the treatment's catalog, for the PDQ's year
 *
 * Where a treatment comes from: "NCI PDQ, 2025" for one the current
 * PDQ edition lists, "NCI PDQ, 2014" for one only the 2014 edition
 * listed, "Added from trial publications (2018, 2021)" for one no
 * edition lists, with its trials' years.  In patient view, without
 * abbreviations: "National Cancer Institute, 2014", "Added from study
 * reports (2018, 2021)".
 */
char *
rcc_patient_text_provenance (RccTreatment *treatment,
                             RccCatalog   *catalog,
                             gboolean      patient)
{
  g_autofree char *year = NULL;
  g_autofree char *years = NULL;

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);
  g_return_val_if_fail (!catalog || RCC_IS_CATALOG (catalog), NULL);

  year = source_year (treatment, catalog);
  if (year != NULL || rcc_treatment_get_option (treatment) > 0)
    {
      if (patient)
        return year != NULL
               /* Translators: where a treatment comes from, for patients: the NCI
                * PDQ summary and its year, "National Cancer Institute, 2014" */
               ? g_strdup_printf (_("National Cancer Institute, %s"), year)
               : g_strdup (_("National Cancer Institute"));

      return year != NULL
             /* Translators: %s is the year of the NCI PDQ summary, "NCI PDQ, 2014" */
             ? g_strdup_printf (_("NCI PDQ, %s"), year)
             : g_strdup (_("NCI PDQ"));
    }

  years = trial_years (treatment);
  if (*years == '\0')
    return g_strdup (patient ? _("Added from study reports")
                             : _("Added from trial publications"));

  return patient
         /* Translators: %s is a list of years, "(2018, 2021)" */
         ? g_strdup_printf (_("Added from study reports (%s)"), years)
         /* Translators: %s is a list of years, "(2018, 2021)" */
         : g_strdup_printf (_("Added from trial publications (%s)"), years);
}

/**
 * rcc_patient_text_category:
 *
 * What kind of treatment it is, in everyday words.
 */
const char *
rcc_patient_text_category (RccCategory category)
{
  switch (category)
    {
    case RCC_CATEGORY_SURGERY:
      return _("Surgery");
    case RCC_CATEGORY_VEGF:
      return _("Blocks the tumor’s blood vessel growth");
    case RCC_CATEGORY_MTOR:
      return _("Blocks a protein that helps cancer cells grow");
    case RCC_CATEGORY_CYTOKINE:
      return _("A natural protein that boosts the immune system");
    case RCC_CATEGORY_RADIATION:
      return _("Radiation therapy");
    case RCC_CATEGORY_IMMUNOTHERAPY:
      return _("Helps the immune system fight the cancer");
    case RCC_CATEGORY_COMBINATION:
      return _("Two medicines together");
    case RCC_CATEGORY_HIF:
      return _("Blocks a protein that helps kidney cancer cells grow");
    default:
      return "";
    }
}

/**
 * rcc_patient_text_setting:
 *
 * Who a trial was for, in everyday words; "" when not stated.
 */
const char *
rcc_patient_text_setting (RccSetting setting)
{
  switch (setting)
    {
    case RCC_SETTING_FIRST_LINE:
      return _("For people who had no treatment before");
    case RCC_SETTING_AFTER_CYTOKINES:
      return _("For people treated before with an immune protein");
    case RCC_SETTING_AFTER_VEGF:
      return _("For people treated before with a drug that blocks blood vessel growth");
    case RCC_SETTING_AFTER_IO_AND_VEGF:
      return _("For people treated before with an immune drug and a drug that blocks "
               "blood vessel growth");
    case RCC_SETTING_ADJUVANT:
      return _("After surgery took out all of the cancer");
    case RCC_SETTING_CYTOREDUCTIVE:
      return _("Surgery to take out the kidney when the cancer has spread");
    case RCC_SETTING_MIXED:
      return _("Some people had treatment before and some had not");
    case RCC_SETTING_NOT_STATED:
    default:
      return "";
    }
}

/**
 * rcc_patient_text_trial_facts:
 *
 * "Published in 2010 · 435 people took part · Some people had
 * treatment before and some had not"
 */
char *
rcc_patient_text_trial_facts (RccTrial *trial)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint enrolled;
  const char *setting;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  /* Translators: %u is a year */
  g_ptr_array_add (parts, g_strdup_printf (_("Published in %u"), rcc_trial_get_year (trial)));

  enrolled = rcc_trial_get_enrolled (trial);
  if (enrolled > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u person took part",
                                                          "%u people took part", enrolled),
                                             enrolled));

  setting = rcc_patient_text_setting (rcc_trial_get_setting (trial));
  if (*setting != '\0')
    g_ptr_array_add (parts, g_strdup (setting));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static char *
capitalise (const char *text)
{
  g_autofree char *first = g_utf8_substring (text, 0, 1);
  g_autofree char *upper = g_utf8_strup (first, -1);

  return g_strconcat (upper, g_utf8_offset_to_pointer (text, 1), NULL);
}

static char *
arm_words (gpointer arm,
           gpointer data)
{
  return rcc_plain_arm_words (arm);
}

/**
 * rcc_patient_text_comparison:
 *
 * "The study compared pazopanib with placebo (a dummy medicine)."
 */
char *
rcc_patient_text_comparison (RccTrial *trial)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GString) list = g_string_new (NULL);

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  names = rcc_text_list_collect (rcc_trial_get_arms (trial), arm_words, NULL);

  if (names->len == 0)
    return g_strdup ("");

  if (names->len == 1)
    /* Translators: %s is a treatment */
    return g_strdup_printf (_("The study gave %s."), (char *)names->pdata[0]);

  if (names->len == 2)
    /* Translators: two treatments */
    return g_strdup_printf (_("The study compared %s with %s."),
                            (char *)names->pdata[0], (char *)names->pdata[1]);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (list, i == names->len - 1 ? _(" and ") : _(", "));
      g_string_append (list, names->pdata[i]);
    }

  /* Translators: a list of treatments, "pazopanib, sunitinib and placebo" */
  return g_strdup_printf (_("The study compared %s."), list->str);
}

/**
 * rcc_patient_text_arm_title:
 *
 * An arm as a heading: "Pazopanib", "Placebo (a dummy medicine)".
 */
char *
rcc_patient_text_arm_title (RccArm *arm)
{
  g_return_val_if_fail (RCC_IS_ARM (arm), NULL);

  return capitalise (rcc_plain_arm_name (arm));
}

/**
 * rcc_patient_text_trial_sentence_list:
 *
 * What a trial found, in sentences: rcc_plain_trial_sentences(), on the
 * trial's headline endpoint, then its primary overall survival figures
 * when the headline is another endpoint.  A patient told only that
 * CheckMate 214 "could not show a clear difference" in the growth of
 * the cancer should also hear that people lived longer.
 *
 * Every view shows them after the trial's comparison
 * (rcc_patient_text_comparison()), which says what placebo is, so they
 * name it alone: "With placebo, half of the people…", not the
 * explanation again in each sentence.
 *
 * Returns: (transfer full): a #GPtrArray of strings
 */
GPtrArray *
rcc_patient_text_trial_sentence_list (RccTrial *trial)
{
  GPtrArray *sentences;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  sentences = rcc_plain_trial_sentences (trial);
  for (guint i = 0; i < sentences->len; i++)
    {
      char *said = g_ptr_array_index (sentences, i);

      sentences->pdata[i] = rcc_plain_unexplained (said);
      g_free (said);
    }

  return sentences;
}

/**
 * rcc_patient_text_trial_sentences:
 *
 * rcc_patient_text_trial_sentence_list(), one a line.
 */
char *
rcc_patient_text_trial_sentences (RccTrial *trial)
{
  g_autoptr(GPtrArray) sentences = NULL;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  sentences = rcc_patient_text_trial_sentence_list (trial);
  g_ptr_array_add (sentences, NULL);
  return g_strjoinv ("\n", (char **)sentences->pdata);
}

/**
 * rcc_patient_text_side_effects_from_label:
 *
 * Whether the content's side effects are the drug label's list: it
 * names the label as their source, "(label, ≥20%…)", "Label table",
 * "label highlights", rather than saying the label's list was not found.
 */
gboolean
rcc_patient_text_side_effects_from_label (const char *side_effects)
{
  g_autofree char *lower = NULL;

  if (side_effects == NULL)
    return FALSE;

  lower = g_utf8_strdown (side_effects, -1);
  return strstr (lower, "(label,") != NULL ||
         strstr (lower, "label table") != NULL ||
         strstr (lower, "label highlights") != NULL;
}

/* Whether a parenthesis is a note on the source, "(label, ≥25%; N=7527)",
 * rather than part of what is said */
static gboolean
is_source_note (const char *start,
                gsize       length)
{
  g_autofree char *note = g_utf8_strdown (start, length);

  return strstr (note, "label") != NULL || strstr (note, "n=") != NULL ||
         strstr (note, "≥") != NULL || strstr (note, "all grades") != NULL;
}

/**
 * rcc_patient_text_side_effects:
 *
 * The content's side effects for patient view: the notes on where the
 * list comes from ("(label, ≥25%; N=7527)") taken out, since patient
 * view says that in words, and "RCC" spelled out.
 */
char *
rcc_patient_text_side_effects (const char *side_effects)
{
  g_autoptr(GString) text = NULL;
  const char *p;

  if (side_effects == NULL || *side_effects == '\0')
    return NULL;

  text = g_string_new (NULL);
  for (p = side_effects; *p != '\0'; p++)
    {
      const char *close;

      if (*p == '(' && (close = strchr (p, ')')) != NULL && is_source_note (p, close - p + 1))
        {
          /* Drop the space before it too: "anorexia (label)." → "anorexia." */
          if (text->len > 0 && text->str[text->len - 1] == ' ')
            g_string_truncate (text, text->len - 1);
          p = close;
          continue;
        }

      g_string_append_c (text, *p);
    }

  g_string_replace (text, "RCC", _("kidney cancer"), 0);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * rcc_patient_text_language:
 *
 * Which of the content's languages matches the interface's translation:
 * the content carries patient wording in English and Spanish ("es").
 *
 * Returns: "es" or "en"
 */
const char *
rcc_patient_text_language (void)
{
  /* Translators: this translation's language code, as the content names
   * its languages: "es" for Spanish.  Keep "en" if the content has no
   * wording in your language. */
  const char *code = _("en");

  return g_strcmp0 (code, "es") == 0 ? "es" : "en";
}

/**
 * rcc_patient_text_plain_name:
 *
 * The treatment in a patient's words, starting a sentence, in the
 * interface's language: "Radiation to ease symptoms".
 *
 * Returns: (transfer full) (nullable): the plain name, or %NULL where the
 *   content gives none
 */
char *
rcc_patient_text_plain_name (RccTreatment *treatment)
{
  const char *plain;
  char first[8] = { 0 };

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  plain = rcc_treatment_get_plain_name (treatment, rcc_patient_text_language ());
  if (plain == NULL || *plain == '\0')
    return NULL;

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (plain)), first);

  return g_strconcat (first, g_utf8_next_char (plain), NULL);
}

/**
 * rcc_patient_text_plain_summary:
 *
 * The treatment's paragraph for patients in the interface's language,
 * in English where the content has no Spanish for it.
 *
 * Returns: (nullable): the paragraph, or %NULL where the content gives none
 */
const char *
rcc_patient_text_plain_summary (RccTreatment *treatment)
{
  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  return rcc_treatment_get_plain_summary_for (treatment, rcc_patient_text_language ());
}

/**
 * rcc_patient_text_treatment_title:
 *
 * The plain name with the professional one beside it, "Radiation to ease
 * symptoms (Palliative EBRT)"; the professional name alone where the
 * content has no plain name.
 *
 * Returns: (transfer full): the title
 */
char *
rcc_patient_text_treatment_title (RccTreatment *treatment)
{
  g_autofree char *plain = NULL;

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  plain = rcc_patient_text_plain_name (treatment);
  if (plain == NULL)
    return g_strdup (rcc_treatment_get_name (treatment));

  /* Translators: a treatment in plain words and its professional name,
   * "Radiation to ease symptoms (Palliative EBRT)" */
  return g_strdup_printf (_("%s (%s)"), plain, rcc_treatment_get_name (treatment));
}
