/* rcc-endpoint-choice.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-endpoint-choice.h"

/* Which of a trial's endpoints a comparison draws.  "primary" is each
 * trial's own primary endpoint as its content states it; PFS, OS and DFS
 * are the same endpoint for every trial.  DFS also takes a trial that
 * reports recurrence-free survival instead (PROSPER), which stays
 * labelled RFS: the two are neighbours, not the same endpoint. */

G_DEFINE_ENUM_TYPE (RccEndpointChoice, rcc_endpoint_choice,
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_CHOICE_PRIMARY, "primary"),
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_CHOICE_PFS, "pfs"),
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_CHOICE_OS, "os"),
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_CHOICE_DFS, "dfs"))

const char *
rcc_endpoint_choice_to_nick (RccEndpointChoice choice)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (RCC_TYPE_ENDPOINT_CHOICE);
  GEnumValue *value = g_enum_get_value (klass, choice);

  return value != NULL ? value->value_nick : "primary";
}

/**
 * rcc_endpoint_choice_from_nick:
 *
 * Returns: %FALSE, leaving @choice alone, for anything but one of the
 *   four nicks
 */
gboolean
rcc_endpoint_choice_from_nick (const char        *nick,
                               RccEndpointChoice *choice)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (choice != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (RCC_TYPE_ENDPOINT_CHOICE);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL)
    return FALSE;

  *choice = value->value;
  return TRUE;
}

/* What the control and the titles call the choice */
const char *
rcc_endpoint_choice_get_label (RccEndpointChoice choice)
{
  switch (choice)
    {
    case RCC_ENDPOINT_CHOICE_PFS: return C_("endpoint", "PFS");
    case RCC_ENDPOINT_CHOICE_OS: return C_("endpoint", "OS");
    case RCC_ENDPOINT_CHOICE_DFS: return C_("endpoint", "DFS");
    case RCC_ENDPOINT_CHOICE_PRIMARY:
    default:
      /* Translators: the comparison drawn for each trial's own primary endpoint */
      return _("Primary");
    }
}

/**
 * rcc_trial_has_endpoint:
 *
 * Returns: whether @trial has any median or hazard ratio on @endpoint,
 *   from any analysis
 */
gboolean
rcc_trial_has_endpoint (RccTrial    *trial,
                        RccEndpoint  endpoint)
{
  GListModel *medians, *hrs;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), FALSE);

  medians = rcc_trial_get_medians (trial);
  for (guint i = 0; i < g_list_model_get_n_items (medians); i++)
    {
      g_autoptr(RccMedian) m = g_list_model_get_item (medians, i);

      if (rcc_median_get_endpoint (m) == endpoint)
        return TRUE;
    }

  hrs = rcc_trial_get_hazard_ratios (trial);
  for (guint i = 0; i < g_list_model_get_n_items (hrs); i++)
    {
      g_autoptr(RccHazardRatio) hr = g_list_model_get_item (hrs, i);

      if (rcc_hazard_ratio_get_endpoint (hr) == endpoint)
        return TRUE;
    }

  return FALSE;
}

static const struct {
  const char  *words;
  RccEndpoint  endpoint;
} endpoint_names[] = {
  { "overall survival", RCC_ENDPOINT_OS },
  { "progression-free survival", RCC_ENDPOINT_PFS },
  { "time to progression", RCC_ENDPOINT_TTP },
  { "disease-free survival", RCC_ENDPOINT_DFS },
  { "recurrence-free survival", RCC_ENDPOINT_RFS },
};

/* The stated primary endpoint in lower case, cut before any "secondary"
 * ("DFS (investigator); key secondary: overall survival"); %NULL where
 * the content states none */
static char *
primary_endpoint_words (RccTrial *trial)
{
  char *text, *secondary;

  if (rcc_trial_get_primary_endpoint (trial) == NULL)
    return NULL;

  text = g_ascii_strdown (rcc_trial_get_primary_endpoint (trial), -1);
  secondary = strstr (text, "secondary");
  if (secondary != NULL)
    *secondary = '\0';

  return text;
}

/* The trial's primary endpoints in the order it names them.  The
 * reviewed content gives them as codes (<primary-endpoint
 * endpoints="os pfs">); a record imported from a registry has only
 * words, read in English as the registry writes them.  Fills @out and
 * returns how many (at most G_N_ELEMENTS (endpoint_names)). */
static guint
primary_endpoints (RccTrial    *trial,
                   RccEndpoint  out[G_N_ELEMENTS (endpoint_names)])
{
  const char * const *codes = rcc_trial_get_primary_endpoints (trial);
  g_autofree char *text = NULL;
  const char *at[G_N_ELEMENTS (endpoint_names)];
  guint n = 0;

  if (codes != NULL)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (RCC_TYPE_ENDPOINT);

      for (guint i = 0; codes[i] != NULL && n < G_N_ELEMENTS (endpoint_names); i++)
        {
          GEnumValue *value = g_enum_get_value_by_nick (klass, codes[i]);

          if (value != NULL && value->value != RCC_ENDPOINT_NONE)
            out[n++] = value->value;
        }
      return n;
    }

  text = primary_endpoint_words (trial);
  if (text == NULL)
    return 0;

  /* Insertion by position in the words */
  for (guint i = 0; i < G_N_ELEMENTS (endpoint_names); i++)
    {
      const char *found = strstr (text, endpoint_names[i].words);
      guint j;

      if (found == NULL)
        continue;
      for (j = n; j > 0 && at[j - 1] > found; j--)
        {
          at[j] = at[j - 1];
          out[j] = out[j - 1];
        }
      at[j] = found;
      out[j] = endpoint_names[i].endpoint;
      n++;
    }

  return n;
}

/**
 * rcc_trial_names_primary_endpoint:
 *
 * Returns: whether @endpoint is among the trial's stated primary
 *   endpoints (co-primary ones too: EORTC 30947's TTP and OS)
 */
gboolean
rcc_trial_names_primary_endpoint (RccTrial    *trial,
                                  RccEndpoint  endpoint)
{
  RccEndpoint stated[G_N_ELEMENTS (endpoint_names)];
  guint n;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), FALSE);

  n = primary_endpoints (trial, stated);
  for (guint i = 0; i < n; i++)
    if (stated[i] == endpoint)
      return TRUE;

  return FALSE;
}

/**
 * rcc_trial_get_stated_primary_endpoint:
 *
 * The first of the trial's stated primary endpoints (CheckMate 214's
 * co-primary overall survival, objective response and progression-free
 * survival give OS) on which the trial has figures.  The reviewed
 * content states them as codes; an imported record in English words,
 * which is what this then reads (never translated).
 *
 * Returns: the endpoint, or %RCC_ENDPOINT_NONE where the content states
 *   no primary endpoint, or none with figures
 */
RccEndpoint
rcc_trial_get_stated_primary_endpoint (RccTrial *trial)
{
  RccEndpoint stated[G_N_ELEMENTS (endpoint_names)];
  guint n;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), RCC_ENDPOINT_NONE);

  n = primary_endpoints (trial, stated);
  for (guint i = 0; i < n; i++)
    if (rcc_trial_has_endpoint (trial, stated[i]))
      return stated[i];

  return RCC_ENDPOINT_NONE;
}

/**
 * rcc_endpoint_choice_resolve:
 * @is_primary: (out) (optional): whether the endpoint is one of the
 *   trial's stated primary endpoints
 *
 * The endpoint @choice draws for @trial.  "primary" gives the stated
 * primary endpoint, else (none stated, or none with figures) the
 * trial's headline endpoint, not marked primary; "dfs" gives RFS for a
 * trial that reports RFS and no DFS.  The result may be an endpoint the
 * trial has no figures on: the report then says so.
 *
 * Returns: the endpoint; %RCC_ENDPOINT_NONE only for "primary" on a
 *   trial without any time-to-event figure
 */
RccEndpoint
rcc_endpoint_choice_resolve (RccEndpointChoice  choice,
                             RccTrial          *trial,
                             gboolean          *is_primary)
{
  RccEndpoint stated, endpoint;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), RCC_ENDPOINT_NONE);

  stated = rcc_trial_get_stated_primary_endpoint (trial);
  switch (choice)
    {
    case RCC_ENDPOINT_CHOICE_PFS:
      endpoint = RCC_ENDPOINT_PFS;
      break;
    case RCC_ENDPOINT_CHOICE_OS:
      endpoint = RCC_ENDPOINT_OS;
      break;
    case RCC_ENDPOINT_CHOICE_DFS:
      endpoint = !rcc_trial_has_endpoint (trial, RCC_ENDPOINT_DFS) &&
                 rcc_trial_has_endpoint (trial, RCC_ENDPOINT_RFS)
               ? RCC_ENDPOINT_RFS : RCC_ENDPOINT_DFS;
      break;
    case RCC_ENDPOINT_CHOICE_PRIMARY:
    default:
      endpoint = stated != RCC_ENDPOINT_NONE ? stated : rcc_trial_get_headline_endpoint (trial);
      break;
    }

  if (is_primary != NULL)
    *is_primary = endpoint != RCC_ENDPOINT_NONE &&
                  (endpoint == stated || rcc_trial_names_primary_endpoint (trial, endpoint));

  return endpoint;
}
