/* rcc-ctgov-text.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rcc-ctgov-private.h"

/* Text helpers of the importer: white space, Markdown escapes, words
 * compared after case and punctuation, numbers, dates and phases as the
 * records write them, the design line. */

/* Runs of white space folded to one space, ends trimmed; NULL if empty. */
char *
_rcc_ctgov_fold_space (const char *text)
{
  g_autoptr(GString) str = NULL;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;

  str = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = str->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (str, ' ');
      space = FALSE;
      g_string_append_c (str, *p);
    }

  if (str->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* API v2 returns markup fields as Markdown: "\<=50" means "<=50". */
char *
_rcc_ctgov_unescape_markdown (const char *text)
{
  GString *str;

  if (text == NULL)
    return NULL;

  str = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (str, *p);
    }

  return g_string_free (str, FALSE);
}

/* For matching: casefolded, every run of non-alphanumerics one space. */
char *
_rcc_ctgov_normalize (const char *text)
{
  g_autofree char *folded = NULL;
  GString *str;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
  str = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          space = str->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (str, ' ');
      space = FALSE;
      g_string_append_unichar (str, c);
    }

  return g_string_free (str, FALSE);
}

/* Whether @needle's words appear, whole and in order, in @hay (both
 * normalized). */
gssize
_rcc_ctgov_find_words (const char *hay,
                       const char *needle)
{
  g_autofree char *padded_hay = NULL;
  g_autofree char *padded_needle = NULL;
  const char *at;

  if (needle == NULL || *needle == '\0' || hay == NULL)
    return -1;

  padded_hay = g_strdup_printf (" %s ", hay);
  padded_needle = g_strdup_printf (" %s ", needle);
  at = strstr (padded_hay, padded_needle);

  return at != NULL ? at - padded_hay : -1;
}

gboolean
_rcc_ctgov_has_words (const char *hay,
                      const char *needle)
{
  return _rcc_ctgov_find_words (hay, needle) >= 0;
}

/* "Active Comparator" and "ACTIVE_COMPARATOR" alike: ACTIVE_COMPARATOR. */
char *
_rcc_ctgov_enum_key (const char *text)
{
  GString *str;
  gboolean sep = FALSE;

  if (text == NULL)
    return NULL;

  str = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p))
        {
          sep = str->len > 0;
          continue;
        }
      if (sep)
        g_string_append_c (str, '_');
      sep = FALSE;
      g_string_append_c (str, g_ascii_toupper (*p));
    }

  return g_string_free (str, FALSE);
}

OutcomeType
_rcc_ctgov_outcome_type_from_text (const char *text)
{
  g_autofree char *key = _rcc_ctgov_enum_key (text);

  if (g_strcmp0 (key, "PRIMARY") == 0)
    return OUTCOME_PRIMARY;
  if (g_strcmp0 (key, "SECONDARY") == 0)
    return OUTCOME_SECONDARY;
  if (g_strcmp0 (key, "OTHER_PRE_SPECIFIED") == 0)
    return OUTCOME_OTHER_PRE_SPECIFIED;
  if (g_strcmp0 (key, "POST_HOC") == 0)
    return OUTCOME_POST_HOC;
  return OUTCOME_UNKNOWN;
}

const char *
_rcc_ctgov_outcome_type_label (OutcomeType type)
{
  switch (type)
    {
    case OUTCOME_PRIMARY:
      return _("Primary outcome");
    case OUTCOME_SECONDARY:
      return _("Secondary outcome");
    case OUTCOME_OTHER_PRE_SPECIFIED:
      return _("Other pre-specified outcome");
    case OUTCOME_POST_HOC:
      return _("Post-hoc outcome");
    case OUTCOME_UNKNOWN:
    default:
      return _("Outcome");
    }
}

/* A number as the registry writes it: the whole string, nothing else
 * ("386", "0.72", "96.85").  "NA", "<0.0001" or "12,5" are not. */
gboolean
_rcc_ctgov_parse_number (const char *text,
                         double     *out,
                         guint      *decimals)
{
  g_autofree char *copy = NULL;
  const char *dot;
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return FALSE;

  /* No hex, no "inf", no "nan": digits, sign, point and exponent only. */
  for (const char *p = copy; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr ("+-.eE", *p) == NULL)
      return FALSE;

  errno = 0;
  value = g_ascii_strtod (copy, &end);
  if (errno != 0 || end == copy || *end != '\0' || !isfinite (value))
    return FALSE;

  if (decimals != NULL)
    {
      guint n = 0;

      dot = strchr (copy, '.');
      for (const char *c = dot != NULL ? dot + 1 : ""; g_ascii_isdigit (*c); c++)
        n++;
      *decimals = MAX (*decimals, MIN (n, 12));
    }

  *out = value;
  return TRUE;
}

/* "NA", "NR", "NE": the registry's words for not estimable. */
gboolean
_rcc_ctgov_is_not_available (const char *text)
{
  g_autofree char *key = _rcc_ctgov_enum_key (text);

  return key != NULL &&
         (g_str_equal (key, "NA") || g_str_equal (key, "N_A") ||
          g_str_equal (key, "NR") || g_str_equal (key, "NE") ||
          g_str_equal (key, "NOT_REACHED") || g_str_equal (key, "NOT_ESTIMABLE"));
}

/* Legacy dates ("April 10, 2018", "August 2015") as ISO 8601, as
 * precise as given; anything else is kept as written. */
char *
_rcc_ctgov_legacy_date_to_iso (const char *text)
{
  static const char *months[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
  };
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  guint month = 0;
  guint64 day = 0, year = 0;

  if (text == NULL)
    return NULL;

  words = g_strsplit_set (text, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (parts, words[i]);

  if (parts->len < 2 || parts->len > 3)
    return g_strdup (text);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      const char *word = g_ptr_array_index (parts, 0);

      if (g_ascii_strcasecmp (word, months[i]) == 0 ||
          (strlen (word) == 3 && g_ascii_strncasecmp (word, months[i], 3) == 0))
        month = i + 1;
    }

  if (month == 0 ||
      !g_ascii_string_to_unsigned (g_ptr_array_index (parts, parts->len - 1), 10, 1000, 9999, &year, NULL) ||
      (parts->len == 3 &&
       !g_ascii_string_to_unsigned (g_ptr_array_index (parts, 1), 10, 1, 31, &day, NULL)))
    return g_strdup (text);

  if (parts->len == 3)
    return g_strdup_printf ("%04u-%02u-%02u", (guint)year, month, (guint)day);
  return g_strdup_printf ("%04u-%02u", (guint)year, month);
}

guint
_rcc_ctgov_year_of (const char *iso_date)
{
  guint64 year = 0;
  g_autofree char *prefix = NULL;

  if (iso_date == NULL || strlen (iso_date) < 4)
    return 0;

  prefix = g_strndup (iso_date, 4);
  if (!g_ascii_string_to_unsigned (prefix, 10, 1900, 2100, &year, NULL))
    return 0;

  return (guint)year;
}

/* "PHASE2" or "Phase 2" -> "2"; "EARLY_PHASE1" -> "early 1"; "NA" -> NULL */
char *
_rcc_ctgov_phase_name (const char *text)
{
  g_autofree char *key = _rcc_ctgov_enum_key (text);

  if (key == NULL || g_str_equal (key, "NA") || g_str_equal (key, "N_A"))
    return NULL;
  if (g_str_has_prefix (key, "EARLY_PHASE"))
    return g_strdup_printf ("early %s", key + strlen ("EARLY_PHASE") + (key[11] == '_'));
  if (g_str_has_prefix (key, "PHASE_"))
    return g_strdup (key + strlen ("PHASE_"));
  if (g_str_has_prefix (key, "PHASE"))
    return g_strdup (key + strlen ("PHASE"));
  return g_strdup (text);
}

const char *
_rcc_ctgov_or_empty (const char *text)
{
  return text != NULL ? text : "";
}

char *
_rcc_ctgov_join_nonempty (const char *separator,
                          GPtrArray  *parts)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if (part == NULL || *part == '\0')
        continue;
      if (str->len > 0)
        g_string_append (str, separator);
      g_string_append (str, part);
    }

  if (str->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* "RANDOMIZED" -> "randomized"; "Parallel Assignment" -> "parallel assignment" */
static char *
design_word (const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  lower = g_utf8_strdown (text, -1);
  g_strdelimit (lower, "_", ' ');
  return g_steal_pointer (&lower);
}

char *
_rcc_ctgov_build_design (const char *allocation,
                         const char *model,
                         const char *masking,
                         const char *purpose)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *masking_word = design_word (masking);
  g_autofree char *purpose_word = design_word (purpose);
  g_autofree char *allocation_word = design_word (allocation);

  if (allocation_word != NULL && !g_str_equal (allocation_word, "na"))
    g_ptr_array_add (parts, g_steal_pointer (&allocation_word));
  g_ptr_array_add (parts, design_word (model));
  if (masking_word != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("masking: %s"), masking_word));
  if (purpose_word != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("purpose: %s"), purpose_word));

  return _rcc_ctgov_join_nonempty ("; ", parts);
}

/* "Drug" + "Sorafenib" -> "Drug: Sorafenib"; v2's "DRUG" reads "Drug". */
char *
_rcc_ctgov_intervention_label (const char *type,
                               const char *name)
{
  g_autofree char *word = design_word (type);

  if (word == NULL)
    return g_strdup (name);

  word[0] = g_ascii_toupper (word[0]);
  return g_strdup_printf ("%s: %s", word, name);
}
