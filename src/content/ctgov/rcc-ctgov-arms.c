/* rcc-ctgov-arms.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-ctgov-private.h"

/* The builder's warnings, and result groups (OG000, O1) tied to the
 * study's arms by title, and which arm a hazard ratio is of, from the
 * record's own words.  A match that is only partial is made and
 * reported; one that is missing or ambiguous drops the figure and is
 * reported. */

/* A warning on the import, "NCT…: message", given once */
void G_GNUC_PRINTF (2, 3)
_rcc_ctgov_warn (Builder    *b,
                 const char *format,
                 ...)
{
  g_autofree char *message = NULL;
  char *line;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = g_strdup_printf ("%s: %s", b->study->nct_id, message);
  if (!g_hash_table_add (b->seen, line))
    return;
  g_ptr_array_add (b->warnings, g_strdup (line));
}

StudyArm *
_rcc_ctgov_arm_at (Builder *b,
                   guint    index)
{
  return g_ptr_array_index (b->study->arms, index);
}

/* An intervention name that belongs to exactly one arm names that arm. */
static gboolean
intervention_unique_to (Builder    *b,
                        const char *norm_name,
                        guint       arm)
{
  for (guint i = 0; i < b->study->arms->len; i++)
    {
      StudyArm *other = _rcc_ctgov_arm_at (b, i);

      if (i == arm)
        continue;
      for (guint j = 0; j < other->intervention_names->len; j++)
        {
          const char *name = g_ptr_array_index (other->intervention_names, j);
          g_autofree char *n = _rcc_ctgov_normalize (name);

          if (g_str_equal (n, norm_name))
            return FALSE;
        }
    }

  return TRUE;
}

/* The arm a result group stands for, by title: equal (after case and
 * punctuation), else one containing the other's words, else an
 * intervention of that arm alone; -1 when none or several fit. */
static int
match_group (Builder    *b,
             const char *title,
             MatchKind  *kind,
             char      **via)
{
  g_autofree char *norm = _rcc_ctgov_normalize (title);
  int exact = -1, partial = -1, by_intervention = -1;
  guint n_exact = 0, n_partial = 0, n_intervention = 0;

  *kind = MATCH_NONE;
  *via = NULL;

  if (*norm == '\0')
    return -1;

  for (guint i = 0; i < b->study->arms->len; i++)
    {
      const char *label = g_ptr_array_index (b->arm_norms, i);
      StudyArm *arm = _rcc_ctgov_arm_at (b, i);

      if (*label == '\0')
        continue;

      if (g_str_equal (norm, label))
        {
          exact = i;
          n_exact++;
        }
      else if (_rcc_ctgov_has_words (norm, label) || _rcc_ctgov_has_words (label, norm))
        {
          partial = i;
          n_partial++;
        }

      for (guint j = 0; j < arm->intervention_names->len; j++)
        {
          const char *name = g_ptr_array_index (arm->intervention_names, j);
          g_autofree char *n = _rcc_ctgov_normalize (name);

          if (g_str_equal (n, norm) && intervention_unique_to (b, n, i))
            {
              if (by_intervention != (int)i)
                n_intervention++;
              by_intervention = i;
              g_free (*via);
              *via = g_strdup (g_ptr_array_index (arm->intervention_names, j));
            }
        }
    }

  if (n_exact == 1)
    {
      *kind = MATCH_EXACT;
      return exact;
    }
  if (n_exact == 0 && n_partial == 1)
    {
      *kind = MATCH_PARTIAL;
      return partial;
    }
  if (n_exact == 0 && n_intervention == 1)
    {
      *kind = MATCH_INTERVENTION;
      return by_intervention;
    }

  g_clear_pointer (via, g_free);
  *kind = (n_exact + n_partial + n_intervention) > 0 ? MATCH_AMBIGUOUS : MATCH_NONE;
  return -1;
}

/* Maps each of @o's groups to an arm index (or -1), saying what it did. */
GArray *
_rcc_ctgov_map_groups (Builder *b,
                       Outcome *o)
{
  GArray *map = g_array_sized_new (FALSE, TRUE, sizeof (int), o->groups->len);

  for (guint i = 0; i < o->groups->len; i++)
    {
      Group *group = g_ptr_array_index (o->groups, i);
      g_autofree char *via = NULL;
      MatchKind kind;
      int arm = match_group (b, group->title, &kind, &via);

      switch (kind)
        {
        case MATCH_EXACT:
          break;
        case MATCH_PARTIAL:
          _rcc_ctgov_warn (b, _("result group \"%s\" was matched to arm \"%s\" by a partial title match; check it"),
                           group->title, _rcc_ctgov_arm_at (b, arm)->label);
          break;
        case MATCH_INTERVENTION:
          _rcc_ctgov_warn (b, _("result group \"%s\" was matched to arm \"%s\" through its intervention \"%s\"; check it"),
                           group->title, _rcc_ctgov_arm_at (b, arm)->label, via);
          break;
        case MATCH_AMBIGUOUS:
          _rcc_ctgov_warn (b, _("result group \"%s\" in \"%s\" fits more than one arm; its figures were not imported"),
                           _rcc_ctgov_or_empty (group->title ? group->title : group->id), o->title);
          break;
        case MATCH_NONE:
        default:
          _rcc_ctgov_warn (b, _("result group \"%s\" in \"%s\" matches no arm; its figures were not imported"),
                           _rcc_ctgov_or_empty (group->title ? group->title : group->id), o->title);
          break;
        }

      g_array_append_val (map, arm);
    }

  /* Two groups of one outcome cannot be the same arm. */
  for (guint i = 0; i < map->len; i++)
    for (guint j = i + 1; j < map->len; j++)
      if (g_array_index (map, int, i) >= 0 &&
          g_array_index (map, int, i) == g_array_index (map, int, j))
        {
          Group *gi = g_ptr_array_index (o->groups, i);
          Group *gj = g_ptr_array_index (o->groups, j);

          _rcc_ctgov_warn (b, _("result groups \"%s\" and \"%s\" in \"%s\" both match arm \"%s\"; their figures were not imported"),
                           _rcc_ctgov_or_empty (gi->title), _rcc_ctgov_or_empty (gj->title), o->title, _rcc_ctgov_arm_at (b, g_array_index (map, int, i))->label);
          g_array_index (map, int, j) = -1;
          g_array_index (map, int, i) = -1;
        }

  return map;
}

int
_rcc_ctgov_group_arm (Outcome    *o,
                      GArray     *map,
                      const char *group_id,
                      Group     **group_out)
{
  for (guint i = 0; group_id != NULL && i < o->groups->len; i++)
    {
      Group *group = g_ptr_array_index (o->groups, i);

      if (g_strcmp0 (group->id, group_id) == 0)
        {
          if (group_out != NULL)
            *group_out = group;
          return g_array_index (map, int, i);
        }
    }

  if (group_out != NULL)
    *group_out = NULL;
  return -1;
}

/* The names one side of a comparison goes by: the group's title, the
 * arm's label, their parts, and interventions only that arm has. */
static GPtrArray *
side_names (Builder *b,
            Group   *group,
            int      arm)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  StudyArm *study_arm = _rcc_ctgov_arm_at (b, arm);
  const char *texts[] = { group->title, study_arm->label };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i];
      const char *paren, *colon;

      if (text == NULL)
        continue;

      g_ptr_array_add (names, _rcc_ctgov_normalize (text));
      paren = strchr (text, '(');
      if (paren != NULL)
        {
          g_autofree char *before = g_strndup (text, paren - text);
          const char *close = strchr (paren, ')');

          g_ptr_array_add (names, _rcc_ctgov_normalize (before));
          if (close != NULL)
            {
              g_autofree char *inside = g_strndup (paren + 1, close - paren - 1);
              g_ptr_array_add (names, _rcc_ctgov_normalize (inside));
            }
        }
      colon = strchr (text, ':');
      if (colon != NULL)
        g_ptr_array_add (names, _rcc_ctgov_normalize (colon + 1));
    }

  for (guint j = 0; j < study_arm->intervention_names->len; j++)
    {
      const char *name = g_ptr_array_index (study_arm->intervention_names, j);
      g_autofree char *n = _rcc_ctgov_normalize (name);
      const char *paren = strchr (name, '(');

      if (!intervention_unique_to (b, n, arm))
        continue;
      g_ptr_array_add (names, g_steal_pointer (&n));
      if (paren != NULL)
        {
          g_autofree char *before = g_strndup (name, paren - name);
          g_ptr_array_add (names, _rcc_ctgov_normalize (before));
        }
    }

  return names;
}

static gboolean
name_in (GPtrArray  *names,
         const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return TRUE;

  return FALSE;
}

/* Where in @text (normalized) one side is first named: the earliest,
 * then longest, of its names that the other side does not share. */
static gboolean
find_side (const char *text,
           GPtrArray  *names,
           GPtrArray  *other,
           gssize     *start,
           gssize     *end)
{
  *start = -1;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      gssize at;

      if (strlen (name) < 2 || name_in (other, name))
        continue;

      at = _rcc_ctgov_find_words (text, name);
      if (at < 0)
        continue;

      if (*start < 0 || at < *start || (at == *start && at + (gssize)strlen (name) > *end))
        {
          *start = at;
          *end = at + strlen (name);
        }
    }

  return *start >= 0;
}

/* Whether the record's text says which arm the HR is of: "X over Y",
 * "X vs Y", "X compared to Y" name X first.  Returns 0 (in the
 * groups' order), 1 (reversed) or -1 (not stated). */
int
_rcc_ctgov_read_direction (Builder    *b,
                           const char *text,
                           Group      *g0,
                           int         arm0,
                           Group      *g1,
                           int         arm1)
{
  static const char *connectives[] = {
    "over", "vs", "v", "versus", "compared", "to", "with", "relative", "against", "divided", "by",
  };
  g_autofree char *t = _rcc_ctgov_normalize (text);
  g_autoptr(GPtrArray) names0 = side_names (b, g0, arm0);
  g_autoptr(GPtrArray) names1 = side_names (b, g1, arm1);
  g_auto(GStrv) between_words = NULL;
  g_autofree char *between = NULL;
  gssize s0, e0, s1, e1, first_end, second_start;

  if (text == NULL)
    return -1;

  if (!find_side (t, names0, names1, &s0, &e0) || !find_side (t, names1, names0, &s1, &e1))
    return -1;

  /* Offsets are into @t; the names must not overlap. */
  if (s0 < s1 ? e0 > s1 : e1 > s0)
    return -1;

  first_end = s0 < s1 ? e0 : e1;
  second_start = s0 < s1 ? s1 : s0;
  between = g_strndup (t + first_end, MAX (second_start - first_end - 1, 0));
  g_strstrip (between);
  if (*between == '\0')
    return -1;

  between_words = g_strsplit (between, " ", -1);
  for (guint i = 0; between_words[i] != NULL; i++)
    if (!g_strv_contains (connectives, between_words[i]))
      return -1;

  return s0 < s1 ? 0 : 1;
}
