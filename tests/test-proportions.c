/* test-proportions.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "content/rcc-xml-loader.h"
#include "report/rcc-plain.h"
#include "report/rcc-proportions.h"

/* The "N in 100" pictures (icon arrays) of issue 17: which proportions a
 * trial shows a patient, how many figures each fills, the sentence
 * beside it and its text for screen readers.  Pictures only where the
 * content holds the figure. */

#define MAX_GRADE 8.0

static RccCatalog *catalog;

/* A trial built here: arms "exp" and "ctl" (the control) */
static RccTrial *
new_trial (void)
{
  RccTrial *trial = g_object_new (RCC_TYPE_TRIAL, "id", "t", "name", "T", "year", 2020, NULL);
  g_autoptr(RccArm) exp = g_object_new (RCC_TYPE_ARM, "id", "exp", "label", "Drug A", NULL);
  g_autoptr(RccArm) ctl = g_object_new (RCC_TYPE_ARM, "id", "ctl", "label", "Placebo",
                                        "control", TRUE, NULL);

  /* The control first in the content: the pictures still put the
   * experimental arm first */
  rcc_trial_add_arm (trial, ctl);
  rcc_trial_add_arm (trial, exp);
  return trial;
}

static void
add_rate (RccTrial      *trial,
          RccRateKind    kind,
          const char    *arm,
          double         percent,
          guint          decimals,
          const char    *analysis,
          RccSourceTier  tier)
{
  RccFigureFields fields = RCC_FIGURE_FIELDS_INIT;
  g_autoptr(RccRate) rate = NULL;

  fields.arm_id = (char *)arm;
  fields.analysis = (char *)analysis;
  fields.decimals = decimals;
  rate = rcc_figure_new (RCC_TYPE_RATE, &fields,
                         "kind", kind,
                         "percent", percent,
                         "tier", tier,
                         "endpoint", kind == RCC_RATE_KIND_LANDMARK ? RCC_ENDPOINT_OS : RCC_ENDPOINT_NONE,
                         "at-months", kind == RCC_RATE_KIND_LANDMARK ? 18.0 : 0.0,
                         NULL);
  rcc_trial_add_rate (trial, rate);
}

static void
add_harm (RccTrial    *trial,
          const char  *arm,
          double       percent,
          guint        decimals,
          RccAeGrades  grades,
          RccAeCause   cause)
{
  g_autoptr(RccHarm) harm = g_object_new (RCC_TYPE_HARM,
                                          "kind", RCC_HARM_KIND_ADVERSE_EVENTS,
                                          "arm-id", arm,
                                          "percent", percent,
                                          "decimals", decimals,
                                          "grades", grades,
                                          "cause", cause,
                                          NULL);

  rcc_trial_add_harm (trial, harm);
}

static guint
n_arrays (GPtrArray *sets)
{
  guint n = 0;

  for (guint i = 0; i < sets->len; i++)
    n += ((RccProportionSet *)g_ptr_array_index (sets, i))->items->len;

  return n;
}

static const RccProportion *
item (GPtrArray *sets,
      guint      set,
      guint      index)
{
  RccProportionSet *s = g_ptr_array_index (sets, set);

  g_assert_cmpuint (index, <, s->items->len);
  return &g_array_index (s->items, RccProportion, index);
}

static void
test_filled (void)
{
  /* Whole figures, rounded half up, for the picture only */
  g_assert_cmpuint (rcc_proportion_filled (59.3), ==, 59);
  g_assert_cmpuint (rcc_proportion_filled (42.5), ==, 43);
  g_assert_cmpuint (rcc_proportion_filled (89.9), ==, 90);
  g_assert_cmpuint (rcc_proportion_filled (3.5), ==, 4);
  g_assert_cmpuint (rcc_proportion_filled (0.4), ==, 0);
  g_assert_cmpuint (rcc_proportion_filled (0), ==, 0);
  g_assert_cmpuint (rcc_proportion_filled (100), ==, 100);
}

static void
test_response (void)
{
  g_autoptr(RccTrial) trial = new_trial ();
  g_autoptr(GPtrArray) sets = NULL;
  g_autofree char *sentence = NULL;
  g_autofree char *text = NULL;
  g_autofree char *control_text = NULL;
  RccProportionSet *set;

  add_rate (trial, RCC_RATE_KIND_ORR, "exp", 59.3, 1, "Primary analysis", RCC_SOURCE_TIER_PRIMARY);
  add_rate (trial, RCC_RATE_KIND_ORR, "ctl", 35.7, 1, "Primary analysis", RCC_SOURCE_TIER_PRIMARY);
  /* Complete responses are not pictured */
  add_rate (trial, RCC_RATE_KIND_CR, "exp", 5.8, 1, "Primary analysis", RCC_SOURCE_TIER_PRIMARY);

  sets = rcc_proportions_for_trial (trial);
  g_assert_cmpuint (sets->len, ==, 1);
  set = g_ptr_array_index (sets, 0);
  g_assert_cmpint (set->kind, ==, RCC_PROPORTION_RESPONSE);
  g_assert_cmpuint (n_arrays (sets), ==, 2);

  /* Experimental first, then the control */
  g_assert_cmpstr (rcc_arm_get_id (item (sets, 0, 0)->arm), ==, "exp");
  g_assert_cmpuint (item (sets, 0, 0)->filled, ==, 59);
  g_assert_cmpfloat (item (sets, 0, 0)->percent, ==, 59.3);
  g_assert_cmpstr (rcc_arm_get_id (item (sets, 0, 1)->arm), ==, "ctl");
  g_assert_cmpuint (item (sets, 0, 1)->filled, ==, 36);

  sentence = rcc_proportion_sentence (set, item (sets, 0, 0));
  g_assert_cmpstr (sentence, ==, "About 59 in 100 people had their cancer shrink.");

  /* The exact figure stays in the words for screen readers */
  text = rcc_proportion_text_equivalent (set, item (sets, 0, 0));
  g_assert_cmpstr (text, ==, "Icon array: 59 of 100 figures filled. Drug A: about 59 in 100 people "
                             "had their cancer shrink. The study reported 59.3%.");
  control_text = rcc_proportion_text_equivalent (set, item (sets, 0, 1));
  g_assert_cmpstr (control_text, ==, "Icon array: 36 of 100 figures filled. Placebo (a dummy medicine): "
                                     "about 36 in 100 people had their cancer shrink. The study reported 35.7%.");
}

static void
test_nothing_held (void)
{
  g_autoptr(RccTrial) trial = new_trial ();
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(GPtrArray) texts = NULL;

  /* Only a complete response rate, any-grade harm: nothing to picture */
  add_rate (trial, RCC_RATE_KIND_CR, "exp", 9.0, 0, NULL, RCC_SOURCE_TIER_NONE);
  add_harm (trial, "exp", 93, 0, RCC_AE_GRADES_ANY, RCC_AE_CAUSE_TREATMENT_RELATED);
  /* A figure for an arm the trial does not have is not shown either */
  add_rate (trial, RCC_RATE_KIND_ORR, "other", 20, 0, NULL, RCC_SOURCE_TIER_NONE);

  sets = rcc_proportions_for_trial (trial);
  g_assert_cmpuint (sets->len, ==, 0);
  texts = rcc_proportions_text_equivalents (trial);
  g_assert_cmpuint (texts->len, ==, 0);
}

static void
test_choice_of_analysis (void)
{
  g_autoptr(RccTrial) trial = new_trial ();
  g_autoptr(GPtrArray) sets = NULL;

  /* One arm only in the first analysis; both arms in a secondary
   * source, then in a primary one: the primary one with both arms */
  add_rate (trial, RCC_RATE_KIND_ORR, "exp", 59.3, 1, "First", RCC_SOURCE_TIER_PRIMARY);
  add_rate (trial, RCC_RATE_KIND_ORR, "exp", 60.4, 1, "News", RCC_SOURCE_TIER_SECONDARY);
  add_rate (trial, RCC_RATE_KIND_ORR, "ctl", 39.6, 1, "News", RCC_SOURCE_TIER_SECONDARY);
  add_rate (trial, RCC_RATE_KIND_ORR, "exp", 56, 0, "Paper", RCC_SOURCE_TIER_PRIMARY);
  add_rate (trial, RCC_RATE_KIND_ORR, "ctl", 28, 0, "Paper", RCC_SOURCE_TIER_PRIMARY);
  /* Landmark survival and grade 3 or higher harm, each their own line */
  add_rate (trial, RCC_RATE_KIND_LANDMARK, "exp", 75, 0, "18-month OS", RCC_SOURCE_TIER_NONE);
  add_rate (trial, RCC_RATE_KIND_LANDMARK, "ctl", 60, 0, "18-month OS", RCC_SOURCE_TIER_NONE);
  add_harm (trial, "exp", 75.8, 1, RCC_AE_GRADES_3_TO_5, RCC_AE_CAUSE_NOT_STATED);
  add_harm (trial, "ctl", 70.6, 1, RCC_AE_GRADES_3_TO_5, RCC_AE_CAUSE_NOT_STATED);

  sets = rcc_proportions_for_trial (trial);
  g_assert_cmpuint (sets->len, ==, 3);
  g_assert_cmpuint (n_arrays (sets), ==, 6);

  g_assert_cmpstr (((RccProportionSet *)g_ptr_array_index (sets, 0))->analysis, ==, "Paper");
  g_assert_cmpuint (item (sets, 0, 0)->filled, ==, 56);
  g_assert_cmpuint (item (sets, 0, 1)->filled, ==, 28);

  {
    RccProportionSet *landmark = g_ptr_array_index (sets, 1);
    RccProportionSet *harm = g_ptr_array_index (sets, 2);
    g_autofree char *alive = rcc_proportion_sentence (landmark, item (sets, 1, 0));
    g_autofree char *severe = rcc_proportion_sentence (harm, item (sets, 2, 0));
    g_autofree char *severe_text = rcc_proportion_text_equivalent (harm, item (sets, 2, 1));

    g_assert_cmpint (landmark->kind, ==, RCC_PROPORTION_LANDMARK);
    g_assert_cmpstr (alive, ==, "About 75 in 100 people were alive after 18 months.");
    g_assert_cmpint (harm->kind, ==, RCC_PROPORTION_SEVERE_HARM);
    g_assert_cmpuint (item (sets, 2, 0)->filled, ==, 76);
    /* Not said to be caused by the treatment: any severe health problem */
    g_assert_cmpstr (severe, ==, "About 76 in 100 people had a severe side effect or other health "
                                 "problem (grade 3 or higher).");
    g_assert_cmpstr (severe_text, ==, "Icon array: 71 of 100 figures filled. Placebo (a dummy medicine): "
                                      "about 71 in 100 people had a severe side effect or other health "
                                      "problem (grade 3 or higher). The study reported 70.6%.");
  }
}

/* Every picture of the bundled content is of a figure the content holds
 * for that arm, with the same percentage; and the grade of every
 * sentence is 8 or below. */
static gboolean
content_holds (RccTrial                *trial,
               const RccProportionSet  *set,
               const RccProportion     *p)
{
  GListModel *rates = rcc_trial_get_rates (trial);
  GListModel *harms = rcc_trial_get_adverse_events (trial);
  const char *arm_id = rcc_arm_get_id (p->arm);

  for (guint i = 0; set->kind != RCC_PROPORTION_SEVERE_HARM && i < g_list_model_get_n_items (rates); i++)
    {
      g_autoptr(RccRate) rate = g_list_model_get_item (rates, i);
      RccRateKind kind = set->kind == RCC_PROPORTION_RESPONSE ? RCC_RATE_KIND_ORR : RCC_RATE_KIND_LANDMARK;

      if (rcc_rate_get_kind (rate) == kind && g_strcmp0 (rcc_rate_get_arm_id (rate), arm_id) == 0 &&
          rcc_rate_get_percent (rate) == p->percent &&
          g_strcmp0 (rcc_rate_get_analysis (rate), set->analysis) == 0)
        return TRUE;
    }
  for (guint i = 0; set->kind == RCC_PROPORTION_SEVERE_HARM && i < g_list_model_get_n_items (harms); i++)
    {
      g_autoptr(RccHarm) harm = g_list_model_get_item (harms, i);

      if (rcc_harm_get_grades (harm) == set->grades && g_strcmp0 (rcc_harm_get_arm_id (harm), arm_id) == 0 &&
          rcc_harm_get_percent (harm) == p->percent &&
          g_strcmp0 (rcc_harm_get_analysis (harm), set->analysis) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_bundled (void)
{
  GListModel *trials = rcc_catalog_get_trials (catalog);
  guint with = 0, without = 0;

  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      g_autoptr(GPtrArray) sets = rcc_proportions_for_trial (trial);
      g_autoptr(GPtrArray) texts = rcc_proportions_text_equivalents (trial);

      /* A text for screen readers per picture */
      g_assert_cmpuint (texts->len, ==, n_arrays (sets));
      if (sets->len == 0)
        without++;
      else
        with++;

      for (guint j = 0; j < sets->len; j++)
        {
          RccProportionSet *set = g_ptr_array_index (sets, j);

          g_assert_cmpuint (set->items->len, >, 0);
          for (guint k = 0; k < set->items->len; k++)
            {
              const RccProportion *p = &g_array_index (set->items, RccProportion, k);
              g_autofree char *sentence = rcc_proportion_sentence (set, p);

              if (!content_holds (trial, set, p))
                g_error ("%s: a picture of %g%% for %s the content does not hold",
                         rcc_trial_get_id (trial), p->percent, rcc_arm_get_id (p->arm));
              g_assert_cmpuint (p->filled, ==, rcc_proportion_filled (p->percent));
              if (rcc_readability_grade (sentence) > MAX_GRADE)
                g_error ("“%s” reads at grade %.1f", sentence, rcc_readability_grade (sentence));
            }
        }
    }

  /* Both cases occur in the bundled content */
  g_assert_cmpuint (with, >, 10);
  g_assert_cmpuint (without, >, 0);
}

static void
test_bundled_trials (void)
{
  RccTrial *veg = rcc_catalog_lookup_trial (catalog, "veg105192");
  RccTrial *sunitinib = rcc_catalog_lookup_trial (catalog, "sunitinib-ifn");
  RccTrial *checkmate = rcc_catalog_lookup_trial (catalog, "checkmate-214");
  RccTrial *keynote = rcc_catalog_lookup_trial (catalog, "keynote-426");
  g_autoptr(GPtrArray) veg_sets = rcc_proportions_for_trial (veg);
  g_autoptr(GPtrArray) sunitinib_sets = rcc_proportions_for_trial (sunitinib);
  g_autoptr(GPtrArray) checkmate_sets = rcc_proportions_for_trial (checkmate);
  g_autoptr(GPtrArray) keynote_sets = rcc_proportions_for_trial (keynote);
  g_autoptr(GPtrArray) checkmate_texts = rcc_proportions_text_equivalents (checkmate);

  /* VEG105192: response only, 30% vs 3% */
  g_assert_cmpuint (veg_sets->len, ==, 1);
  g_assert_cmpuint (item (veg_sets, 0, 0)->filled, ==, 30);
  g_assert_cmpuint (item (veg_sets, 0, 1)->filled, ==, 3);

  /* Sunitinib vs IFN: the first report's 31% vs 6% (the 2009 update's
   * 47% vs 12% comes later in the content, from a source as good) */
  g_assert_cmpuint (sunitinib_sets->len, ==, 1);
  g_assert_cmpstr (((RccProportionSet *)g_ptr_array_index (sunitinib_sets, 0))->analysis, ==, "NEJM 2007");
  g_assert_cmpuint (item (sunitinib_sets, 0, 0)->filled, ==, 31);
  g_assert_cmpuint (item (sunitinib_sets, 0, 1)->filled, ==, 6);

  /* CheckMate 214: response 42 vs 27, alive at 18 months 75 vs 60; its
   * only harm figure is of any grade */
  g_assert_cmpuint (checkmate_sets->len, ==, 2);
  g_assert_cmpuint (item (checkmate_sets, 1, 0)->filled, ==, 75);
  g_assert_cmpuint (item (checkmate_sets, 1, 1)->filled, ==, 60);
  g_assert_cmpuint (checkmate_texts->len, ==, 4);
  g_assert_cmpstr (g_ptr_array_index (checkmate_texts, 2), ==,
                   "Icon array: 75 of 100 figures filled. Nivolumab + ipilimumab: about 75 in 100 "
                   "people were alive after 18 months. The study reported 75%. These figures are for part "
                   "of the study: Intermediate/poor risk (425 vs 422).");

  /* KEYNOTE-426: response, 12-month survival (89.9%: 90 filled), and
   * grade 3 to 5 adverse events 75.8% vs 70.6% */
  g_assert_cmpuint (keynote_sets->len, ==, 3);
  g_assert_cmpfloat (item (keynote_sets, 1, 0)->percent, ==, 89.9);
  g_assert_cmpuint (item (keynote_sets, 1, 0)->filled, ==, 90);
  g_assert_cmpuint (item (keynote_sets, 2, 0)->filled, ==, 76);
  g_assert_cmpuint (item (keynote_sets, 2, 1)->filled, ==, 71);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/rcc/proportions/filled", test_filled);
  g_test_add_func ("/rcc/proportions/response", test_response);
  g_test_add_func ("/rcc/proportions/nothing-held", test_nothing_held);
  g_test_add_func ("/rcc/proportions/choice-of-analysis", test_choice_of_analysis);
  g_test_add_func ("/rcc/proportions/bundled", test_bundled);
  g_test_add_func ("/rcc/proportions/bundled-trials", test_bundled_trials);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
