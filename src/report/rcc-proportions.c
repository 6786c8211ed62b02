/* rcc-proportions.c
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

/* Which of a trial's reported shares a patient sees as "N in 100":
 *
 * - the objective response rate (ORR) of each arm;
 * - landmark rates ("alive at 18 months"), one time point per endpoint,
 *   overall survival first;
 * - grade 3 or higher adverse events of each arm (the bands 3–4, ≥3 and
 *   3–5 as the source prints them; never "any grade").
 *
 * A share is shown only as the content holds it.  Figures of one kind go
 * together when they come from the same analysis and population (and
 * time point, or grade band and cause); of those groups, the one with a
 * figure for the most arms is shown, then the one from the better kind
 * of source (a primary publication, then figures whose source kind the
 * content does not record, regulatory, congress, secondary), then the
 * one the content lists first.  The picture fills whole figures, rounded
 * half up; the exact figure is kept for the words. */

void
rcc_proportion_set_free (RccProportionSet *set)
{
  if (set == NULL)
    return;

  g_clear_pointer (&set->items, g_array_unref);
  g_free (set);
}

/**
 * rcc_proportion_filled:
 *
 * How many of 100 figures a picture fills for @percent: rounded half
 * up, within 0 to 100.
 */
guint
rcc_proportion_filled (double percent)
{
  return (guint)CLAMP (floor (percent + 0.5), 0.0, 100.0);
}

static guint
tier_rank (RccSourceTier tier)
{
  switch (tier)
    {
    case RCC_SOURCE_TIER_PRIMARY: return 0;
    case RCC_SOURCE_TIER_NONE: return 1;
    case RCC_SOURCE_TIER_REGULATORY: return 2;
    case RCC_SOURCE_TIER_CONGRESS: return 3;
    case RCC_SOURCE_TIER_SECONDARY:
    default: return 4;
    }
}

/* A group of figures being gathered: one set, with what ranks it. */
typedef struct
{
  char             *key;
  RccProportionSet *set;
  guint             tier;
  guint             order;
} Group;

static void
group_free (Group *g)
{
  g_free (g->key);
  rcc_proportion_set_free (g->set);
  g_free (g);
}

static gboolean
set_has_arm (RccProportionSet *set,
             RccArm           *arm)
{
  for (guint i = 0; i < set->items->len; i++)
    if (g_array_index (set->items, RccProportion, i).arm == arm)
      return TRUE;

  return FALSE;
}

/* Files one figure under its group, making the group on first sight. */
/* What makes figures one picture: the kind and what it measures, of one
 * analysis in one population (fields a kind does not use are zero). */
static char *
shape_key (const RccProportionSet *shape)
{
  return g_strdup_printf ("%d|%d|%g|%d|%d|%s|%s", shape->kind, shape->endpoint, shape->at_months,
                          shape->grades, shape->cause, shape->analysis ? shape->analysis : "",
                          shape->population ? shape->population : "");
}

static void
add_figure (GPtrArray              *groups,
            const RccProportionSet *shape,
            RccArm                 *arm,
            double                  percent,
            guint                   decimals,
            RccSourceTier           tier)
{
  g_autofree char *key = shape_key (shape);
  Group *group = NULL;
  RccProportion p = { 0 };

  if (arm == NULL || !(percent >= 0.0 && percent <= 100.0))
    return;

  for (guint i = 0; group == NULL && i < groups->len; i++)
    if (g_str_equal (((Group *)g_ptr_array_index (groups, i))->key, key))
      group = g_ptr_array_index (groups, i);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->key = g_strdup (key);
      group->set = g_new0 (RccProportionSet, 1);
      *group->set = *shape;
      group->set->items = g_array_new (FALSE, TRUE, sizeof (RccProportion));
      group->tier = tier_rank (tier);
      group->order = groups->len;
      g_ptr_array_add (groups, group);
    }

  /* One figure per arm: the first the content lists */
  if (set_has_arm (group->set, arm))
    return;

  p.arm = arm;
  p.percent = percent;
  p.decimals = decimals;
  p.filled = rcc_proportion_filled (percent);
  g_array_append_val (group->set->items, p);
  group->tier = MIN (group->tier, tier_rank (tier));
}

static gboolean
better (const Group *a,
        const Group *b)
{
  if (a->set->items->len != b->set->items->len)
    return a->set->items->len > b->set->items->len;
  if (a->tier != b->tier)
    return a->tier < b->tier;
  return a->order < b->order;
}

/* The slot a group competes for: one response, one landmark per
 * endpoint, one severe harm. */
static gboolean
same_slot (const RccProportionSet *a,
           const RccProportionSet *b)
{
  return a->kind == b->kind &&
         (a->kind != RCC_PROPORTION_LANDMARK || a->endpoint == b->endpoint);
}

static int
slot_rank (const RccProportionSet *set)
{
  switch (set->kind)
    {
    case RCC_PROPORTION_RESPONSE: return 0;
    case RCC_PROPORTION_LANDMARK: return set->endpoint == RCC_ENDPOINT_OS ? 1 : 2;
    case RCC_PROPORTION_SEVERE_HARM:
    default: return 3;
    }
}

/* Experimental arms first, then controls, each in the trial's order;
 * and each experimental arm's place among them, for its colour. */
static void
order_items (RccProportionSet *set)
{
  GListModel *arms = rcc_trial_get_arms (set->trial);
  GArray *ordered = g_array_new (FALSE, TRUE, sizeof (RccProportion));
  guint experimental = 0;

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < g_list_model_get_n_items (arms); i++)
      {
        g_autoptr(RccArm) arm = g_list_model_get_item (arms, i);

        if (rcc_arm_get_control (arm) != (pass == 1))
          continue;
        for (guint j = 0; j < set->items->len; j++)
          {
            RccProportion p = g_array_index (set->items, RccProportion, j);

            if (p.arm != arm)
              continue;
            p.experimental_index = pass == 0 ? experimental++ : 0;
            g_array_append_val (ordered, p);
          }
      }

  g_array_unref (set->items);
  set->items = ordered;
}

static void
gather_rates (RccTrial  *trial,
              GPtrArray *groups)
{
  GListModel *rates = rcc_trial_get_rates (trial);

  for (guint i = 0; i < g_list_model_get_n_items (rates); i++)
    {
      g_autoptr(RccRate) rate = g_list_model_get_item (rates, i);
      RccProportionSet shape = { 0 };

      shape.trial = trial;
      shape.analysis = rcc_rate_get_analysis (rate);
      shape.population = rcc_rate_get_population (rate);

      switch (rcc_rate_get_kind (rate))
        {
        case RCC_RATE_KIND_ORR:
          shape.kind = RCC_PROPORTION_RESPONSE;
          break;
        case RCC_RATE_KIND_LANDMARK:
          if (rcc_rate_get_endpoint (rate) == RCC_ENDPOINT_NONE || !(rcc_rate_get_at_months (rate) > 0))
            continue;
          shape.kind = RCC_PROPORTION_LANDMARK;
          shape.endpoint = rcc_rate_get_endpoint (rate);
          shape.at_months = rcc_rate_get_at_months (rate);
          break;
        case RCC_RATE_KIND_CR:
        default:
          continue;
        }

      add_figure (groups, &shape, rcc_trial_find_arm (trial, rcc_rate_get_arm_id (rate)),
                  rcc_rate_get_percent (rate), rcc_rate_get_decimals (rate), rcc_rate_get_tier (rate));
    }
}

static void
gather_harms (RccTrial  *trial,
              GPtrArray *groups)
{
  GListModel *harms = rcc_trial_get_adverse_events (trial);

  for (guint i = 0; i < g_list_model_get_n_items (harms); i++)
    {
      g_autoptr(RccHarm) harm = g_list_model_get_item (harms, i);
      RccProportionSet shape = { 0 };
      RccAeGrades grades = rcc_harm_get_grades (harm);

      if (rcc_harm_get_kind (harm) != RCC_HARM_KIND_ADVERSE_EVENTS ||
          (grades != RCC_AE_GRADES_3_TO_4 && grades != RCC_AE_GRADES_3_OR_HIGHER &&
           grades != RCC_AE_GRADES_3_TO_5))
        continue;

      shape.kind = RCC_PROPORTION_SEVERE_HARM;
      shape.trial = trial;
      shape.grades = grades;
      shape.cause = rcc_harm_get_cause (harm);
      shape.analysis = rcc_harm_get_analysis (harm);
      shape.population = rcc_harm_get_population (harm);

      add_figure (groups, &shape, rcc_trial_find_arm (trial, rcc_harm_get_arm_id (harm)),
                  rcc_harm_get_percent (harm), rcc_harm_get_decimals (harm), rcc_harm_get_tier (harm));
    }
}

static int
by_slot (gconstpointer a,
         gconstpointer b)
{
  const RccProportionSet *sa = *(RccProportionSet **)a;
  const RccProportionSet *sb = *(RccProportionSet **)b;

  return slot_rank (sa) - slot_rank (sb);
}

/**
 * rcc_proportions_for_trial:
 *
 * The proportions of @trial to show a patient, each as one picture per
 * arm: its response rates, landmark rates and grade 3 or higher adverse
 * events, as the content holds them (see the top of this file for which
 * analysis is chosen).  Empty when the content holds none.
 *
 * Returns: (transfer full) (element-type RccProportionSet): the sets, in
 *   the order they are shown
 */
GPtrArray *
rcc_proportions_for_trial (RccTrial *trial)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  g_autoptr(GPtrArray) best = g_ptr_array_new ();
  GPtrArray *sets;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  gather_rates (trial, groups);
  gather_harms (trial, groups);

  for (guint i = 0; i < groups->len; i++)
    {
      Group *g = g_ptr_array_index (groups, i);
      gboolean placed = FALSE;

      for (guint j = 0; !placed && j < best->len; j++)
        {
          Group *b = g_ptr_array_index (best, j);

          if (same_slot (g->set, b->set))
            {
              if (better (g, b))
                best->pdata[j] = g;
              placed = TRUE;
            }
        }
      if (!placed)
        g_ptr_array_add (best, g);
    }

  sets = g_ptr_array_new_with_free_func ((GDestroyNotify)rcc_proportion_set_free);
  for (guint i = 0; i < best->len; i++)
    {
      Group *g = g_ptr_array_index (best, i);

      order_items (g->set);
      g_ptr_array_add (sets, g_steal_pointer (&g->set));
    }
  /* Stable: landmarks of several endpoints keep the content's order */
  g_ptr_array_sort (sets, by_slot);

  return sets;
}

/**
 * rcc_proportion_set_part_of_study:
 *
 * The group of people the set's figures are for, as the source names
 * it, when that is part of the study: not for the whole trial ("All
 * patients"), nor the people treated that every side-effect count is of
 * ("Safety population").
 *
 * Returns: (nullable): the group, or %NULL
 */
const char *
rcc_proportion_set_part_of_study (const RccProportionSet *set)
{
  g_return_val_if_fail (set != NULL, NULL);

  if (set->population == NULL || set->kind == RCC_PROPORTION_SEVERE_HARM ||
      g_ascii_strncasecmp (set->population, "All ", 4) == 0)
    return NULL;

  return set->population;
}

/**
 * rcc_proportion_arm_title:
 *
 * The arm's name as a picture's title: "Pazopanib", "Placebo (a dummy
 * medicine)".
 */
char *
rcc_proportion_arm_title (const RccProportion *p)
{
  const char *name;

  g_return_val_if_fail (p != NULL && RCC_IS_ARM (p->arm), NULL);

  name = rcc_plain_arm_name (p->arm);
  if (g_unichar_islower (g_utf8_get_char (name)))
    {
      gunichar first = g_unichar_toupper (g_utf8_get_char (name));
      char buf[8] = { 0 };

      g_unichar_to_utf8 (first, buf);
      return g_strconcat (buf, g_utf8_next_char (name), NULL);
    }

  return g_strdup (name);
}

/* "18 months", "5 years" */
static char *
time_words (double months)
{
  guint whole = (guint)lround (months);

  if (fabs (months - whole) > 0.001)
    {
      g_autofree char *value = rcc_format_number (months, 1);

      /* Translators: a time in months with a decimal, "4.5 months" */
      return g_strdup_printf (_("%s months"), value);
    }
  if (whole >= 24 && whole % 12 == 0)
    /* Translators: a time point in whole years, "5 years" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", whole / 12), whole / 12);

  /* Translators: a time point in whole months, "18 months" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u month", "%u months", whole), whole);
}

/**
 * rcc_proportion_sentence:
 *
 * What the picture shows, in plain words: "About 42 in 100 people had
 * their cancer shrink."  The number is the picture's, rounded; the exact
 * one is in rcc_proportion_text_equivalent().
 */
char *
rcc_proportion_sentence (const RccProportionSet *set,
                         const RccProportion    *p)
{
  g_autofree char *when = NULL;
  guint n;
  gboolean related, up_to_4;

  g_return_val_if_fail (set != NULL && p != NULL, NULL);

  n = p->filled;
  switch (set->kind)
    {
    case RCC_PROPORTION_RESPONSE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "About %u in 100 people had their cancer shrink.",
                                           "About %u in 100 people had their cancer shrink.", n), n);

    case RCC_PROPORTION_LANDMARK:
      when = time_words (set->at_months);
      switch (set->endpoint)
        {
        case RCC_ENDPOINT_OS:
          /* Translators: %u of 100 people; %s is a time, "18 months" */
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "About %u in 100 people were alive after %s.",
                                               "About %u in 100 people were alive after %s.", n), n, when);
        case RCC_ENDPOINT_DFS:
        case RCC_ENDPOINT_RFS:
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "About %u in 100 people had no sign of cancer after %s.",
                                               "About %u in 100 people had no sign of cancer after %s.", n), n, when);
        case RCC_ENDPOINT_PFS:
        case RCC_ENDPOINT_TTP:
        case RCC_ENDPOINT_NONE:
        default:
          return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "About %u in 100 people had no growth of their cancer after %s.",
                                               "About %u in 100 people had no growth of their cancer after %s.", n), n, when);
        }

    case RCC_PROPORTION_SEVERE_HARM:
    default:
      /* Only events the source calls treatment-related are "side
       * effects"; the others count any severe health problem. */
      related = set->cause == RCC_AE_CAUSE_TREATMENT_RELATED;
      up_to_4 = set->grades == RCC_AE_GRADES_3_TO_4;
      if (related && up_to_4)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "About %u in 100 people had a severe side effect (grade 3 or 4).",
                                             "About %u in 100 people had a severe side effect (grade 3 or 4).", n), n);
      if (related)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "About %u in 100 people had a severe side effect (grade 3 or higher).",
                                             "About %u in 100 people had a severe side effect (grade 3 or higher).", n), n);
      if (up_to_4)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "About %u in 100 people had a severe side effect or other health problem (grade 3 or 4).",
                                             "About %u in 100 people had a severe side effect or other health problem (grade 3 or 4).", n), n);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "About %u in 100 people had a severe side effect or other health problem (grade 3 or higher).",
                                           "About %u in 100 people had a severe side effect or other health problem (grade 3 or higher).", n), n);
    }
}

/**
 * rcc_proportion_text_equivalent:
 *
 * The picture for screen readers, with the figure as reported: "Icon
 * array: 59 of 100 figures filled. Pembrolizumab + axitinib: about 59
 * in 100 people had their cancer shrink. The study reported 59.3%."
 */
char *
rcc_proportion_text_equivalent (const RccProportionSet *set,
                                const RccProportion    *p)
{
  g_autofree char *title = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *lowered = NULL;
  g_autofree char *value = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gsize len;

  g_return_val_if_fail (set != NULL && p != NULL, NULL);

  title = rcc_proportion_arm_title (p);
  sentence = rcc_proportion_sentence (set, p);
  value = rcc_format_number (p->percent, p->decimals);

  /* "About 42 in 100 people…." → "about 42 in 100 people…" */
  len = strlen (sentence);
  if (len > 0 && sentence[len - 1] == '.')
    sentence[len - 1] = '\0';
  {
    gunichar first = g_unichar_tolower (g_utf8_get_char (sentence));
    char buf[8] = { 0 };

    g_unichar_to_utf8 (first, buf);
    lowered = g_strconcat (buf, g_utf8_next_char (sentence), NULL);
  }

  /* Translators: "Icon array: 42 of 100 figures filled." */
  g_string_append_printf (text, _("Icon array: %u of 100 figures filled."), p->filled);
  g_string_append_c (text, ' ');
  /* Translators: an arm, what its picture shows, and the figure as the
   * study reported it: "Pazopanib: about 30 in 100 people had their
   * cancer shrink. The study reported 30%." */
  g_string_append_printf (text, _("%s: %s. The study reported %s%%."), title, lowered, value);
  if (rcc_proportion_set_part_of_study (set) != NULL)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is a group of the people in a study, as the source names it */
      g_string_append_printf (text, _("These figures are for part of the study: %s."),
                              rcc_proportion_set_part_of_study (set));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * rcc_proportions_text_equivalents:
 *
 * The text equivalent of each of @trial's pictures, in the order they
 * are drawn (a line per proportion, an arm after another).
 *
 * Returns: (transfer full) (element-type utf8): the texts, maybe none
 */
GPtrArray *
rcc_proportions_text_equivalents (RccTrial *trial)
{
  g_autoptr(GPtrArray) sets = NULL;
  GPtrArray *texts;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  sets = rcc_proportions_for_trial (trial);
  texts = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < sets->len; i++)
    {
      RccProportionSet *set = g_ptr_array_index (sets, i);

      for (guint j = 0; j < set->items->len; j++)
        g_ptr_array_add (texts, rcc_proportion_text_equivalent (set, &g_array_index (set->items, RccProportion, j)));
    }

  return texts;
}

/**
 * rcc_proportions_arms:
 * @sets: (element-type RccProportionSet): from rcc_proportions_for_trial()
 *
 * The arms any of @sets has a figure for, experimental first: the
 * columns the pictures are shown in.
 *
 * Returns: (transfer container) (element-type RccArm): the arms, borrowed
 */
GPtrArray *
rcc_proportions_arms (GPtrArray *sets)
{
  GPtrArray *arms = g_ptr_array_new ();

  g_return_val_if_fail (sets != NULL, arms);

  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < sets->len; i++)
      {
        RccProportionSet *set = g_ptr_array_index (sets, i);

        for (guint j = 0; j < set->items->len; j++)
          {
            RccArm *arm = g_array_index (set->items, RccProportion, j).arm;

            if (rcc_arm_get_control (arm) == (pass == 1) && !g_ptr_array_find (arms, arm, NULL))
              g_ptr_array_add (arms, arm);
          }
      }

  return arms;
}

/**
 * rcc_proportion_set_find:
 *
 * Returns: (nullable): @arm's figure in @set, or %NULL when the content
 *   holds none
 */
const RccProportion *
rcc_proportion_set_find (const RccProportionSet *set,
                         RccArm                 *arm)
{
  g_return_val_if_fail (set != NULL, NULL);

  for (guint i = 0; i < set->items->len; i++)
    if (g_array_index (set->items, RccProportion, i).arm == arm)
      return &g_array_index (set->items, RccProportion, i);

  return NULL;
}
