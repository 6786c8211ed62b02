/* test-plain.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "content/rcc-xml-loader.h"
#include "report/rcc-plain.h"

/* Plain language for patients: the sentences say the right numbers, in
 * the right units, and read at US grade 8 or below, as does every
 * plain-language text in the content. */

#define MAX_GRADE 8.0

static RccCatalog *catalog;

static void
test_grade_formula (void)
{
  /* Short words, short sentences: low grade; long ones: high. */
  g_assert_cmpfloat (rcc_readability_grade ("The cat sat on the mat. It was a fat cat."), <, 2.0);
  g_assert_cmpfloat (rcc_readability_grade ("Multikinase inhibition demonstrated statistically significant "
                                            "prolongation of progression-free survival in randomized "
                                            "placebo-controlled investigations."), >, 16.0);

  /* Names count as one short word each. */
  {
    const char *drug[] = { "lenvatinib + pembrolizumab", NULL };
    const char *text = "With lenvatinib + pembrolizumab, half of the people lived longer.";

    g_assert_cmpfloat (rcc_readability_grade_with_names (text, drug), <, rcc_readability_grade (text));
  }
}

static void
test_pazopanib_sentences (void)
{
  RccTrial *trial = rcc_catalog_lookup_trial (catalog, "veg105192");
  g_autoptr(GPtrArray) sentences = rcc_plain_trial_sentences (trial);

  /* Progression first, then overall survival (22.9 vs 20.5 months, HR 0.91: not clear). */
  g_assert_cmpuint (sentences->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (sentences, 3), ==,
                   "With pazopanib, half of the people lived 22.9 months or more.");
  /* Said of survival only: the progression result above was clear. */
  g_assert_cmpstr (g_ptr_array_index (sentences, 5), ==,
                   "The study could not show a clear difference between pazopanib and "
                   "placebo (a dummy medicine) in the risk of dying.");
  g_assert_cmpstr (g_ptr_array_index (sentences, 0), ==,
                   "With pazopanib, half of the people had no growth of their cancer for 9.2 months or more.");
  g_assert_cmpstr (g_ptr_array_index (sentences, 1), ==,
                   "With placebo (a dummy medicine), half of the people had no growth of their cancer for 4.2 months or more.");
  /* HR 0.46: about 54% lower risk, said with "about" and "during the study". */
  g_assert_cmpstr (g_ptr_array_index (sentences, 2), ==,
                   "During the study, people who had pazopanib had a lower risk of their cancer growing. "
                   "Their risk was about 54% lower than with placebo (a dummy medicine).");
}

static void
test_days_stay_days (void)
{
  RccTrial *trial = rcc_catalog_lookup_trial (catalog, "target");
  RccMedian *m = rcc_trial_find_primary_median (trial, RCC_ENDPOINT_PFS, "sorafenib");
  g_autofree char *sentence = rcc_plain_median (trial, m);

  /* 167 days as reported, the months derived and said to be about. */
  g_assert_cmpstr (sentence, ==,
                   "With sorafenib, half of the people had no growth of their cancer for 167 days (about 5.5 months) or more.");
}

static void
test_not_significant_and_not_reached (void)
{
  RccTrial *javelin = rcc_catalog_lookup_trial (catalog, "javelin-renal-101");
  RccHazardRatio *os = rcc_trial_find_primary_hazard_ratio (javelin, RCC_ENDPOINT_OS);
  g_autofree char *said = rcc_plain_hazard_ratio (javelin, os);
  RccTrial *keynote = rcc_catalog_lookup_trial (catalog, "keynote-426");
  RccMedian *nr = rcc_trial_find_primary_median (keynote, RCC_ENDPOINT_OS, "pembro-axi");
  g_autofree char *not_reached = rcc_plain_median (keynote, nr);

  g_assert_true (g_str_has_prefix (said, "The study could not show a clear difference"));
  g_assert_cmpstr (not_reached, ==,
                   "With pembrolizumab + axitinib, more than half of the people were still alive at the last report.");
}

static void
test_no_bare_abbreviations (void)
{
  GListModel *trials = rcc_catalog_get_trials (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      g_autoptr(GPtrArray) sentences = rcc_plain_trial_sentences (trial);

      for (guint j = 0; j < sentences->len; j++)
        {
          const char *s = g_ptr_array_index (sentences, j);

          g_assert_null (strstr (s, "HR"));
          g_assert_null (strstr (s, "PFS"));
          g_assert_null (strstr (s, " CI"));
        }
    }
}

/* Names of medicines, procedures and trial arms: they cannot be made
 * plainer, so the grade counts each as one short word. */
static char **
names (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *list = rcc_catalog_get_treatments (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (list, i);

      g_strv_builder_add (builder, rcc_treatment_get_name (t));
      if (rcc_treatment_get_brand (t) != NULL)
        g_strv_builder_add (builder, rcc_treatment_get_brand (t));
    }

  list = rcc_catalog_get_trials (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (list, i);
      GListModel *arms = rcc_trial_get_arms (trial);

      for (guint j = 0; j < g_list_model_get_n_items (arms); j++)
        {
          g_autoptr(RccArm) arm = g_list_model_get_item (arms, j);
          g_strv_builder_add (builder, rcc_arm_get_label (arm));
        }
    }

  return g_strv_builder_end (builder);
}

static void
check_grade (const char *what,
             const char *text)
{
  g_auto(GStrv) all_names = names ();
  double grade = rcc_readability_grade_with_names (text, (const char * const *)all_names);

  if (grade > MAX_GRADE)
    g_error ("%s reads at grade %.1f (at most %.0f): %s", what, grade, MAX_GRADE, text);
}

static void
test_generated_sentences_grade (void)
{
  GListModel *trials = rcc_catalog_get_trials (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      g_autoptr(GPtrArray) sentences = rcc_plain_trial_sentences (trial);
      g_autoptr(GString) all = g_string_new (NULL);

      for (guint j = 0; j < sentences->len; j++)
        g_string_append_printf (all, "%s ", (char *)g_ptr_array_index (sentences, j));
      check_grade (rcc_trial_get_id (trial), all->str);
    }
}

static void
test_content_plain_summaries_grade (void)
{
  GListModel *treatments = rcc_catalog_get_treatments (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (treatments); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (treatments, i);

      check_grade (rcc_treatment_get_id (t), rcc_treatment_get_plain_summary (t));
    }
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

  g_test_add_func ("/rcc/plain/grade-formula", test_grade_formula);
  g_test_add_func ("/rcc/plain/pazopanib", test_pazopanib_sentences);
  g_test_add_func ("/rcc/plain/days-stay-days", test_days_stay_days);
  g_test_add_func ("/rcc/plain/not-significant-not-reached", test_not_significant_and_not_reached);
  g_test_add_func ("/rcc/plain/no-bare-abbreviations", test_no_bare_abbreviations);
  g_test_add_func ("/rcc/plain/generated-sentences-grade", test_generated_sentences_grade);
  g_test_add_func ("/rcc/plain/content-grade", test_content_plain_summaries_grade);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
