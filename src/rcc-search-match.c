/* rcc-search-match.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-search-match.h"

#include "model/rcc-option.h"

#include "report/rcc-trial-text.h"

/* What GNOME Shell's overview finds: the treatments and trials whose
 * search text (the same text the window's search entries filter on)
 * holds every term, treatments first, in the catalog's order.  A term
 * may also name a setting as the content does ("first-line",
 * "adjuvant") or as the app labels it ("First line"). */

/* Shell shows a handful; more would only cost time in GetResultMetas */
#define MAX_RESULTS 20

static char **
fold_terms (const char * const *terms)
{
  g_autoptr(GPtrArray) folded = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; terms != NULL && terms[i] != NULL; i++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (terms[i]));

      if (*stripped != '\0')
        g_ptr_array_add (folded, g_utf8_casefold (stripped, -1));
    }
  g_ptr_array_add (folded, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&folded), FALSE);
}

static void
append_setting (GString    *text,
                RccSetting  setting)
{
  const char *nick = rcc_enum_to_nick (RCC_TYPE_SETTING, setting);
  g_autofree char *label = NULL;

  if (setting == RCC_SETTING_NOT_STATED || nick == NULL)
    return;

  label = g_utf8_casefold (rcc_setting_get_label (setting), -1);
  g_string_append_printf (text, " %s %s", nick, label);
}

/* The search text plus the settings of the trial, or of the treatment's trials */
static char *
trial_text (RccTrial *trial)
{
  g_autoptr(GString) text = g_string_new (rcc_trial_get_search_text (trial));

  append_setting (text, rcc_trial_get_setting (trial));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* A treatment's: the lines of therapy the current PDQ lists it in
 * ("first-line", "Second line"), then its trials' settings */
static char *
treatment_text (RccCatalog   *catalog,
                RccTreatment *treatment)
{
  g_autoptr(GString) text = g_string_new (rcc_treatment_get_search_text (treatment));
  g_autoptr(GListModel) options = rcc_catalog_get_options_for_treatment (catalog, treatment);
  GListModel *trials = rcc_treatment_get_trials (treatment);

  for (guint i = 0; i < g_list_model_get_n_items (options); i++)
    {
      g_autoptr(RccOption) option = g_list_model_get_item (options, i);
      RccTherapyLine line = rcc_option_get_line (option);
      g_autofree char *label = g_utf8_casefold (rcc_therapy_line_get_label (line), -1);

      g_string_append_printf (text, " %s %s", rcc_enum_to_nick (RCC_TYPE_THERAPY_LINE, line), label);
    }

  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);

      append_setting (text, rcc_trial_get_setting (trial));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
holds_every_term (const char  *text,
                  char       **folded_terms)
{
  for (guint i = 0; folded_terms[i] != NULL; i++)
    if (strstr (text, folded_terms[i]) == NULL)
      return FALSE;

  return TRUE;
}

static gboolean
result_matches (RccCatalog  *catalog,
                const char  *result_id,
                char       **folded)
{
  g_autofree char *text = NULL;

  if (g_str_has_prefix (result_id, RCC_SEARCH_TREATMENT_PREFIX))
    {
      RccTreatment *treatment =
        rcc_catalog_lookup_treatment (catalog, result_id + strlen (RCC_SEARCH_TREATMENT_PREFIX));

      if (treatment != NULL)
        text = treatment_text (catalog, treatment);
    }
  else if (g_str_has_prefix (result_id, RCC_SEARCH_TRIAL_PREFIX))
    {
      RccTrial *trial =
        rcc_catalog_lookup_trial (catalog, result_id + strlen (RCC_SEARCH_TRIAL_PREFIX));

      if (trial != NULL)
        text = trial_text (trial);
    }

  return text != NULL && holds_every_term (text, folded);
}

/**
 * rcc_search_match:
 * @terms: what the user typed, split into words
 *
 * Returns: (transfer full): the ids of the treatments and trials that
 *   match every term, at most 20; empty when no term is given
 */
char **
rcc_search_match (RccCatalog         *catalog,
                  const char * const *terms)
{
  g_auto(GStrv) folded = fold_terms (terms);
  g_autoptr(GStrvBuilder) results = g_strv_builder_new ();
  GListModel *lists[] = { rcc_catalog_get_treatments (catalog),
                          rcc_catalog_get_trials (catalog) };
  guint found = 0;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  if (folded[0] == NULL)
    return g_strv_builder_end (results);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      guint n = g_list_model_get_n_items (lists[l]);

      for (guint i = 0; i < n && found < MAX_RESULTS; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
          g_autofree char *text = NULL;
          g_autofree char *id = NULL;

          if (RCC_IS_TREATMENT (item))
            {
              text = treatment_text (catalog, RCC_TREATMENT (item));
              id = g_strconcat (RCC_SEARCH_TREATMENT_PREFIX,
                                rcc_treatment_get_id (RCC_TREATMENT (item)), NULL);
            }
          else
            {
              text = trial_text (RCC_TRIAL (item));
              id = g_strconcat (RCC_SEARCH_TRIAL_PREFIX,
                                rcc_trial_get_id (RCC_TRIAL (item)), NULL);
            }

          if (holds_every_term (text, folded))
            {
              g_strv_builder_add (results, id);
              found++;
            }
        }
    }

  return g_strv_builder_end (results);
}

/**
 * rcc_search_refine:
 * @previous: the results of a search with fewer letters
 *
 * Returns: (transfer full): those of @previous that still match @terms,
 *   as Shell asks while the user types on
 */
char **
rcc_search_refine (RccCatalog         *catalog,
                   const char * const *previous,
                   const char * const *terms)
{
  g_auto(GStrv) folded = fold_terms (terms);
  g_autoptr(GStrvBuilder) results = g_strv_builder_new ();

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  if (folded[0] == NULL)
    return g_strv_builder_end (results);

  for (guint i = 0; previous != NULL && previous[i] != NULL; i++)
    if (result_matches (catalog, previous[i], folded))
      g_strv_builder_add (results, previous[i]);

  return g_strv_builder_end (results);
}

/* "Sunitinib vs Interferon-alpha · 2007 · Phase 3 · 750 patients" */
static char *
trial_description (RccTrial *trial)
{
  g_autofree char *comparison = rcc_trial_text_comparison (trial);
  g_autofree char *facts = rcc_trial_text_facts (trial);

  /* Translators: a trial in GNOME's search results: its arms, then its facts */
  return g_strdup_printf (_("%s · %s"), comparison, facts);
}

/**
 * rcc_search_describe:
 * @name: (out): the result's name
 *
 * Returns: (transfer full) (nullable): the one-line description of a
 *   result ("PFS 9.2 vs 4.2 months · VEG105192" for a treatment), or
 *   %NULL for an id the catalog does not hold
 */
char *
rcc_search_describe (RccCatalog  *catalog,
                     const char  *result_id,
                     char       **name)
{
  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (result_id != NULL && name != NULL, NULL);

  *name = NULL;

  if (g_str_has_prefix (result_id, RCC_SEARCH_TREATMENT_PREFIX))
    {
      RccTreatment *treatment =
        rcc_catalog_lookup_treatment (catalog, result_id + strlen (RCC_SEARCH_TREATMENT_PREFIX));

      if (treatment == NULL)
        return NULL;
      *name = g_strdup (rcc_treatment_get_name (treatment));
      return rcc_trial_text_treatment_headline (treatment);
    }

  if (g_str_has_prefix (result_id, RCC_SEARCH_TRIAL_PREFIX))
    {
      RccTrial *trial =
        rcc_catalog_lookup_trial (catalog, result_id + strlen (RCC_SEARCH_TRIAL_PREFIX));

      if (trial == NULL)
        return NULL;
      *name = g_strdup (rcc_trial_get_name (trial));
      return trial_description (trial);
    }

  return NULL;
}

/**
 * rcc_search_terms_text:
 *
 * Returns: (transfer full): the terms as one search string, for the
 *   window's search entry
 */
char *
rcc_search_terms_text (const char * const *terms)
{
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; terms != NULL && terms[i] != NULL; i++)
    if (*terms[i] != '\0')
      g_strv_builder_add (words, terms[i]);

  joined = g_strv_builder_end (words);
  return g_strjoinv (" ", joined);
}
