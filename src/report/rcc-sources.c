/* rcc-sources.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-sources.h"

#include "report/rcc-format.h"

/* Joins @parts (strings) with ", " and, before the last, " and " */
static char *
join_list (GPtrArray *parts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0 && i == parts->len - 1)
        /* Translators: before the last item of a list, "A, B and C" */
        g_string_append (text, _(" and "));
      else if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, g_ptr_array_index (parts, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
cites (RccCatalog *catalog,
       RccTrial   *trial,
       const char *edition_id)
{
  const char * const *ids = rcc_trial_get_reference_ids (trial);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      RccReference *reference = rcc_catalog_lookup_reference (catalog, ids[i]);
      const char * const *cited_by = reference != NULL ? rcc_reference_get_cited_by (reference) : NULL;

      if (cited_by != NULL && g_strv_contains (cited_by, edition_id))
        return TRUE;
    }

  return FALSE;
}

/**
 * rcc_sources_trial_editions:
 *
 * The editions that cite any of @trial's references, in the catalog's
 * order (newest first).
 *
 * Returns: (transfer container) (element-type RccEdition): the editions
 */
GPtrArray *
rcc_sources_trial_editions (RccCatalog *catalog,
                            RccTrial   *trial)
{
  GListModel *editions;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), found);
  g_return_val_if_fail (RCC_IS_TRIAL (trial), found);

  editions = rcc_catalog_get_editions (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(RccEdition) edition = g_list_model_get_item (editions, i);

      if (cites (catalog, trial, rcc_edition_get_id (edition)))
        g_ptr_array_add (found, g_steal_pointer (&edition));
    }

  return found;
}

static char *
imported_source (RccTrial *trial)
{
  g_autofree char *updated = NULL;

  if (rcc_trial_get_source_updated (trial) == NULL)
    return g_strdup (rcc_trial_get_source_note (trial));

  updated = rcc_format_date (rcc_trial_get_source_updated (trial));
  /* Translators: an imported trial's source note, and the date its record was last updated */
  return g_strdup_printf (_("%s; record updated %s"), rcc_trial_get_source_note (trial), updated);
}

/**
 * rcc_sources_for_trial:
 *
 * What a trial's page draws on: "Sources: this trial's publications,
 * listed under References with the editions that cite them: the 2025
 * PDQ (last updated 13 May 2025) and the 2014 PDQ (last updated 25
 * February 2014)."
 */
char *
rcc_sources_for_trial (RccCatalog *catalog,
                       RccTrial   *trial)
{
  g_autoptr(GPtrArray) editions = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  if (rcc_trial_get_imported (trial) && rcc_trial_get_source_note (trial) != NULL)
    {
      g_autofree char *source = imported_source (trial);

      /* Translators: %s is where an imported trial comes from */
      return g_strdup_printf (_("Source: %s."), source);
    }

  editions = rcc_sources_trial_editions (catalog, trial);
  if (editions->len == 0)
    return g_strdup (_("Sources: this trial’s publications, listed under References; "
                       "no edition of the PDQ in this guide cites them."));

  for (guint i = 0; i < editions->len; i++)
    g_ptr_array_add (names, rcc_format_edition_dated (g_ptr_array_index (editions, i)));
  list = join_list (names);

  /* Translators: %s lists PDQ editions with their dates */
  return g_strdup_printf (_("Sources: this trial’s publications, listed under References with "
                            "the editions that cite them: the %s."), list);
}

/**
 * rcc_sources_for_treatment:
 *
 * What a treatment's page draws on: the edition whose lists place it,
 * the 2014 edition for its 2014 place, and its trials' publications.
 */
char *
rcc_sources_for_treatment (RccCatalog   *catalog,
                           RccTreatment *treatment)
{
  g_autoptr(GListModel) options = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;
  RccEdition *current;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  current = rcc_catalog_get_current_edition (catalog);
  options = rcc_catalog_get_options_for_treatment (catalog, treatment);
  if (current != NULL && g_list_model_get_n_items (rcc_catalog_get_options (catalog)) > 0)
    {
      g_autofree char *edition = rcc_format_edition_dated (current);

      /* Translators: %s is a PDQ edition with its date */
      g_ptr_array_add (parts, g_strdup_printf (g_list_model_get_n_items (options) > 0
                                               ? _("the %s for its place in today’s lists")
                                               : _("the %s, whose lists do not include it"),
                                               edition));
    }

  if (rcc_treatment_get_option (treatment) > 0)
    {
      RccEdition *edition = rcc_catalog_find_edition (catalog, "pdq-2014");

      if (edition != NULL)
        {
          g_autofree char *dated = rcc_format_edition_dated (edition);

          /* Translators: %s is a PDQ edition with its date */
          g_ptr_array_add (parts, g_strdup_printf (_("the %s for its 2014 place"), dated));
        }
    }

  g_ptr_array_add (parts, g_strdup (_("its trials’ publications, listed with each trial")));
  list = join_list (parts);

  /* Translators: %s lists the sources of a treatment's page */
  return g_strdup_printf (_("Sources: %s."), list);
}

/* The names of @trials for which @edition_id is a source (NULL: none is) */
static GPtrArray *
trial_names (RccCatalog *catalog,
             GListModel *trials,
             const char *edition_id,
             gboolean    imported)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      gboolean is_imported = rcc_trial_get_imported (trial) && rcc_trial_get_source_note (trial) != NULL;

      if (imported)
        {
          if (is_imported)
            g_ptr_array_add (names, imported_source (trial));
          continue;
        }
      if (is_imported)
        continue;

      if (edition_id != NULL)
        {
          if (cites (catalog, trial, edition_id))
            g_ptr_array_add (names, g_strdup (rcc_trial_get_name (trial)));
        }
      else
        {
          g_autoptr(GPtrArray) editions = rcc_sources_trial_editions (catalog, trial);

          if (editions->len == 0)
            g_ptr_array_add (names, g_strdup (rcc_trial_get_name (trial)));
        }
    }

  return names;
}

/* The sources of @trials, one part each: in full ("the 2025 PDQ (last
 * updated 13 May 2025), citing CheckMate 214") for the sources line, or
 * short ("2025 PDQ") for a page footer.  Empty when no trial has one. */
static GPtrArray *
source_parts (RccCatalog *catalog,
              GListModel *trials,
              gboolean    in_full)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) uncited = NULL;
  g_autoptr(GPtrArray) imported = NULL;
  GListModel *editions = rcc_catalog_get_editions (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (editions); i++)
    {
      g_autoptr(RccEdition) edition = g_list_model_get_item (editions, i);
      g_autoptr(GPtrArray) names = trial_names (catalog, trials, rcc_edition_get_id (edition), FALSE);
      g_autofree char *dated = NULL;
      g_autofree char *list = NULL;

      if (names->len == 0)
        continue;

      if (!in_full)
        {
          g_ptr_array_add (parts, rcc_format_edition (edition));
          continue;
        }

      dated = rcc_format_edition_dated (edition);
      list = join_list (names);
      /* Translators: a PDQ edition with its date, then the trials it cites */
      g_ptr_array_add (parts, g_strdup_printf (_("the %s, citing %s"), dated, list));
    }

  uncited = trial_names (catalog, trials, NULL, FALSE);
  if (uncited->len > 0 && in_full)
    {
      g_autofree char *list = join_list (uncited);

      /* Translators: %s lists trials no PDQ edition in the guide cites */
      g_ptr_array_add (parts, g_strdup_printf (_("their own publications for %s"), list));
    }
  else if (uncited->len > 0)
    g_ptr_array_add (parts, g_strdup (_("trial publications")));

  imported = trial_names (catalog, trials, NULL, TRUE);
  if (in_full)
    for (guint i = 0; i < imported->len; i++)
      g_ptr_array_add (parts, g_strdup (g_ptr_array_index (imported, i)));
  else if (imported->len > 0)
    g_ptr_array_add (parts, g_strdup (_("ClinicalTrials.gov")));

  return parts;
}

/**
 * rcc_sources_for_trials:
 * @trials: (element-type RccTrial): the trials a printout shows
 *
 * The sources of a printout: each edition of the PDQ that cites any of
 * @trials, with its date and the trials it cites; the trials no edition
 * cites, from their own publications; imported records with their
 * dates.  "Sources: the 2025 PDQ (last updated 13 May 2025), citing
 * CheckMate 214 and TARGET; the trials' own publications for COSMIC-313;
 * every trial's references are listed at the end."
 */
char *
rcc_sources_for_trials (RccCatalog *catalog,
                        GListModel *trials)
{
  g_autoptr(GPtrArray) parts = NULL;
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (trials), NULL);

  parts = source_parts (catalog, trials, TRUE);
  if (parts->len == 0)
    return rcc_format_source_line (catalog);

  text = g_string_new (_("Sources: "));
  for (guint i = 0; i < parts->len; i++)
    {
      if (i > 0)
        g_string_append (text, "; ");
      g_string_append (text, g_ptr_array_index (parts, i));
    }
  g_string_append (text, _(". Each trial’s references are listed at the end."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * rcc_sources_short_for_trials:
 *
 * The same for a page footer: "2025 PDQ, 2014 PDQ, trial publications".
 */
char *
rcc_sources_short_for_trials (RccCatalog *catalog,
                              GListModel *trials)
{
  g_autoptr(GPtrArray) parts = NULL;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (trials), NULL);

  parts = source_parts (catalog, trials, FALSE);
  if (parts->len == 0)
    {
      RccEdition *current = rcc_catalog_get_current_edition (catalog);

      g_ptr_array_add (parts, rcc_format_edition (current));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **)parts->pdata);
}

/**
 * rcc_sources_reviewed:
 *
 * "Content version 3, reviewed 3 December 2026."
 */
char *
rcc_sources_reviewed (RccCatalog *catalog)
{
  g_autofree char *reviewed = NULL;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  reviewed = rcc_format_date (rcc_catalog_get_reviewed (catalog));
  /* Translators: the content's version and the date it was reviewed */
  return g_strdup_printf (_("Content version %u, reviewed %s."),
                          rcc_catalog_get_version (catalog), reviewed);
}
