/* rcc-test-editorial.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rcc-test-editorial.h"

/* What a reader of the guide sees must read as the guide, not as the
 * notes it was made from (issue 14):
 *
 * - no research-note language in any string: "abstract seen", "summary
 *   source", "not stated in", "unverified", "§", the facts files' names;
 * - every journal reference cited in full: authors: title. journal,
 *   year, volume(issue): pages, and a PMID or DOI (a partial one is
 *   listed in partial-references.tsv, checked elsewhere);
 * - a phase is digits ("3", "2/3");
 * - a trial whose text names its NCT number carries it as data;
 * - a trial's words agree with its headline hazard ratios (the primary
 *   ones whose analysis the content names): a takeaway that names a
 *   hazard ratio for a headline's endpoint names a headline value, and
 *   so does a finding's clause that calls its hazard ratio the
 *   headline (KEYNOTE-564's words once called the first analysis the
 *   headline while its data marked the 2024 one). */

static const char * const phrases[] = {
  "abstract seen", "summary source", "not stated in", "unverified", "§",
  "trial-facts", "drug-facts", "pdq-2025.md", "facts file", "recheck", "re-check",
  " seen)", "not seen", "from memory", "research note",
  /* and as the Spanish translation would put them */
  "resumen visto", "fuente de resumen", "no consta en", "no verificad", "no vist",
  "de memoria", "volver a comprobar", "nota de investigación",
};

/**
 * rcc_editorial_check_text:
 * @where: what @text is, for the message
 *
 * The research-note phrases in a text the user sees (a printed
 * summary's, in either language).
 */
guint
rcc_editorial_check_text (const char *where,
                          const char *text,
                          GString    *problems)
{
  g_autofree char *folded = g_utf8_strdown (text, -1);
  guint n = 0;

  for (guint j = 0; j < G_N_ELEMENTS (phrases); j++)
    if (strstr (folded, phrases[j]) != NULL)
      {
        g_string_append_printf (problems, "%s: research-note language \"%s\"\n", where, phrases[j]);
        n++;
      }

  return n;
}

static void
collect_strings (JsonNode   *node,
                 const char *path,
                 GPtrArray  *out)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *obj = json_node_get_object (node);
        g_autoptr(GList) members = json_object_get_members (obj);

        for (GList *l = members; l != NULL; l = l->next)
          {
            g_autofree char *sub = g_strdup_printf ("%s.%s", path, (const char *)l->data);
            collect_strings (json_object_get_member (obj, l->data), sub, out);
          }
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            g_autofree char *sub = g_strdup_printf ("%s[%u]", path, i);
            collect_strings (json_array_get_element (array, i), sub, out);
          }
      }
      break;

    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          g_ptr_array_add (out, g_strdup (path));
          g_ptr_array_add (out, g_strdup (json_node_get_string (node)));
        }
      break;

    case JSON_NODE_NULL:
    default:
      break;
    }
}

guint
rcc_editorial_check_phrases (JsonNode *root,
                             GString  *problems)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint n = 0;

  collect_strings (root, "", strings);
  for (guint i = 0; i + 1 < strings->len; i += 2)
    {
      const char *path = g_ptr_array_index (strings, i);
      g_autofree char *folded = g_utf8_strdown (g_ptr_array_index (strings, i + 1), -1);

      for (guint j = 0; j < G_N_ELEMENTS (phrases); j++)
        if (strstr (folded, phrases[j]) != NULL)
          {
            g_string_append_printf (problems, "%s: research-note language \"%s\"\n", path, phrases[j]);
            n++;
          }
    }

  return n;
}

static JsonArray *
member_array (JsonObject *obj,
              const char *name)
{
  return json_object_has_member (obj, name) ? json_object_get_array_member (obj, name) : NULL;
}

static JsonArray *
array_of (JsonNode   *root,
          const char *name)
{
  return member_array (json_node_get_object (root), name);
}

static gboolean
matches (const char *pattern,
         const char *text)
{
  return text != NULL && g_regex_match_simple (pattern, text, 0, 0);
}

guint
rcc_editorial_check_references (JsonNode *root,
                                GString  *problems)
{
  JsonArray *refs = array_of (root, "references");
  guint n = 0;

  for (guint i = 0; refs != NULL && i < json_array_get_length (refs); i++)
    {
      JsonObject *ref = json_array_get_object_element (refs, i);
      const char *id = json_object_get_string_member (ref, "id");
      const char *citation = json_object_get_string_member_with_default (ref, "citation", NULL);
      const char *kind = json_object_get_string_member_with_default (ref, "kind", "journal");
      const char *why = NULL;

      if (!g_str_equal (kind, "journal") ||
          json_object_get_boolean_member_with_default (ref, "partial", FALSE))
        continue;

      if (!json_object_has_member (ref, "pmid") && !json_object_has_member (ref, "doi"))
        why = "neither a PMID nor a DOI";
      /* Authors (a surname with initials at least): title. Journal ... */
      else if (!matches ("^[^:]*\\p{Lu}[\\p{L}'’-]+ \\p{Lu}{1,3}\\b[^:]*: .{3,}[.?] \\p{Lu}", citation) &&
               /* or a group as author, after the title as the PDQ gives it */
               !matches ("^.{3,}[.?] [^.]*(Collaborators|Group|Investigators|Consortium)\\. \\p{Lu}", citation))
        why = "not \"Authors: Title. Journal ...\"";
      else if (!matches ("(19|20)[0-9][0-9]", citation))
        why = "no year";
      /* volume (issue): pages, "356 (2): 115-24" or "378(14):1277-90" */
      else if (!matches ("([0-9]+ ?)?\\([^)]+\\) ?: ?[A-Z]*[0-9]+|[0-9]+ ?: ?[A-Z]*[0-9]+", citation))
        why = "no volume and pages";
      else
        continue;

      g_string_append_printf (problems, "reference \"%s\": %s: %s\n", id, why, citation);
      n++;
    }

  return n;
}

guint
rcc_editorial_check_phases (JsonNode *root,
                            GString  *problems)
{
  JsonArray *trials = array_of (root, "trials");
  guint n = 0;

  for (guint i = 0; trials != NULL && i < json_array_get_length (trials); i++)
    {
      JsonObject *trial = json_array_get_object_element (trials, i);
      const char *phase = json_object_get_string_member_with_default (trial, "phase", NULL);

      if (phase != NULL && !matches ("^[1-4](/[1-4])?$", phase))
        {
          g_string_append_printf (problems, "trial \"%s\": phase \"%s\" is not digits\n",
                                  json_object_get_string_member (trial, "id"), phase);
          n++;
        }
    }

  return n;
}

/* The trial's words, as one text: what a reader sees of it. */
static char *
trial_text (JsonObject *trial)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GString) text = g_string_new (NULL);

  json_node_set_object (node, trial);
  collect_strings (node, "", strings);
  for (guint i = 0; i + 1 < strings->len; i += 2)
    {
      const char *path = g_ptr_array_index (strings, i);

      if (g_str_equal (path, ".nct_id") || g_str_equal (path, ".id"))
        continue;
      g_string_append (text, g_ptr_array_index (strings, i + 1));
      g_string_append_c (text, '\n');
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

guint
rcc_editorial_check_nct_ids (JsonNode *root,
                             GString  *problems)
{
  JsonArray *trials = array_of (root, "trials");
  guint n = 0;

  for (guint i = 0; trials != NULL && i < json_array_get_length (trials); i++)
    {
      JsonObject *trial = json_array_get_object_element (trials, i);
      g_autofree char *text = trial_text (trial);

      if (matches ("NCT[0-9]{8}", text) && !json_object_has_member (trial, "nct_id"))
        {
          g_string_append_printf (problems, "trial \"%s\" names an NCT number but carries no nct-id\n",
                                  json_object_get_string_member (trial, "id"));
          n++;
        }
    }

  return n;
}

/* ---------------------------------------------------------------------
 * Headline and words
 */

static const struct {
  const char *nick;
  const char *pattern;  /* how a text names it */
} endpoints[] = {
  { "pfs", "\\bPFS\\b|[Pp]rogression-free survival" },
  { "os", "\\bOS\\b|[Oo]verall survival" },
  { "dfs", "\\bDFS\\b|[Dd]isease-free survival" },
  { "ttp", "\\bTTP\\b|[Tt]ime to progression" },
};

/* The endpoint a text names last before @pos, else first after it. */
static const char *
endpoint_at (const char *clause,
             gssize      pos)
{
  const char *before = NULL, *after = NULL;
  gssize best_before = -1, best_after = G_MAXSSIZE;

  for (guint e = 0; e < G_N_ELEMENTS (endpoints); e++)
    {
      g_autoptr(GRegex) regex = g_regex_new (endpoints[e].pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) info = NULL;

      g_regex_match (regex, clause, 0, &info);
      while (g_match_info_matches (info))
        {
          int start;

          g_match_info_fetch_pos (info, 0, &start, NULL);
          if (start < pos && start > best_before)
            best_before = start, before = endpoints[e].nick;
          if (start > pos && start < best_after)
            best_after = start, after = endpoints[e].nick;
          g_match_info_next (info, NULL);
        }
    }

  return before != NULL ? before : after;
}

/* The hazard ratios @text names for @endpoint, clause by clause; with
 * @headline_only, only in clauses that call theirs the headline. */
static void
named_hazard_ratios (const char *text,
                     const char *endpoint,
                     gboolean    headline_only,
                     GArray     *values)
{
  g_autoptr(GRegex) clauses = g_regex_new ("[;.](?=\\s|$)", 0, 0, NULL);
  g_autoptr(GRegex) hr = g_regex_new ("\\b(HR|[Hh]azard ratio)[^0-9;.]{0,12}([0-9]+\\.[0-9]+)", 0, 0, NULL);
  g_auto(GStrv) parts = g_regex_split (clauses, text, 0);
  const char *last = NULL;  /* a clause naming none goes on with the one before */

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autoptr(GMatchInfo) info = NULL;
      const char *at_end;

      g_regex_match (hr, parts[i], 0, &info);
      while ((!headline_only || matches ("(?i)headline", parts[i])) && g_match_info_matches (info))
        {
          g_autofree char *number = g_match_info_fetch (info, 2);
          const char *named;
          int start;

          g_match_info_fetch_pos (info, 0, &start, NULL);
          named = endpoint_at (parts[i], start);
          if (g_strcmp0 (named != NULL ? named : last, endpoint) == 0)
            {
              double value = g_ascii_strtod (number, NULL);
              g_array_append_val (values, value);
            }
          g_match_info_next (info, NULL);
        }

      at_end = endpoint_at (parts[i], (gssize)strlen (parts[i]));
      if (at_end != NULL)
        last = at_end;
    }
}

static gboolean
contains_value (GArray *values,
                double  value)
{
  for (guint i = 0; i < values->len; i++)
    if (fabs (g_array_index (values, double, i) - value) < 1e-9)
      return TRUE;

  return FALSE;
}

static gboolean
contains_any (GArray *values,
              GArray *headlines)
{
  for (guint i = 0; i < headlines->len; i++)
    if (contains_value (values, g_array_index (headlines, double, i)))
      return TRUE;

  return FALSE;
}

/* @headlines: the values of the trial's headline hazard ratios for
 * @endpoint (one per arm pair) */
static guint
check_headline (JsonObject *trial,
                const char *endpoint,
                GArray     *headlines,
                GString    *problems)
{
  const char *id = json_object_get_string_member (trial, "id");
  const char *takeaway = json_object_get_string_member_with_default (trial, "takeaway", NULL);
  JsonArray *findings = member_array (trial, "findings");
  g_autoptr(GArray) in_takeaway = g_array_new (FALSE, FALSE, sizeof (double));
  guint n = 0;

  if (takeaway != NULL)
    named_hazard_ratios (takeaway, endpoint, FALSE, in_takeaway);
  if (in_takeaway->len > 0 && !contains_any (in_takeaway, headlines))
    {
      g_string_append_printf (problems, "trial \"%s\": the takeaway names a %s hazard ratio, "
                              "not the headline's %g\n", id, endpoint, g_array_index (headlines, double, 0));
      n++;
    }

  for (guint i = 0; findings != NULL && i < json_array_get_length (findings); i++)
    {
      g_autoptr(GArray) claimed = g_array_new (FALSE, FALSE, sizeof (double));

      named_hazard_ratios (json_array_get_string_element (findings, i), endpoint, TRUE, claimed);
      if (claimed->len > 0 && !contains_any (claimed, headlines))
        {
          g_string_append_printf (problems, "trial \"%s\": finding %u calls a %s hazard ratio the "
                                  "headline, not the headline's %g\n", id, i + 1, endpoint,
                                  g_array_index (headlines, double, 0));
          n++;
        }
    }

  return n;
}

guint
rcc_editorial_check_headlines (JsonNode *root,
                               GString  *problems)
{
  JsonArray *trials = array_of (root, "trials");
  guint n = 0;

  for (guint i = 0; trials != NULL && i < json_array_get_length (trials); i++)
    {
      JsonObject *trial = json_array_get_object_element (trials, i);
      JsonArray *hrs = member_array (trial, "hazard_ratios");

      for (guint e = 0; e < G_N_ELEMENTS (endpoints); e++)
        {
          g_autoptr(GArray) headlines = g_array_new (FALSE, FALSE, sizeof (double));

          /* The headlines whose analysis the content names. */
          for (guint j = 0; hrs != NULL && j < json_array_get_length (hrs); j++)
            {
              JsonObject *hr = json_array_get_object_element (hrs, j);
              double value;

              if (json_object_get_boolean_member_with_default (hr, "primary", FALSE) &&
                  json_object_has_member (hr, "analysis") &&
                  g_strcmp0 (json_object_get_string_member (hr, "endpoint"), endpoints[e].nick) == 0)
                {
                  value = json_object_get_double_member (hr, "value");
                  g_array_append_val (headlines, value);
                }
            }

          if (headlines->len > 0)
            n += check_headline (trial, endpoints[e].nick, headlines, problems);
        }
    }

  return n;
}

guint
rcc_editorial_check_all (JsonNode *root,
                         GString  *problems)
{
  return rcc_editorial_check_phrases (root, problems) +
         rcc_editorial_check_references (root, problems) +
         rcc_editorial_check_phases (root, problems) +
         rcc_editorial_check_nct_ids (root, problems) +
         rcc_editorial_check_headlines (root, problems);
}
