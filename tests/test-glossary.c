/* test-glossary.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "report/rcc-glossary.h"
#include "report/rcc-plain.h"

/* The glossary: the terms a patient meets in the evidence, and the
 * medical words of the label lists of drugs with no patient-written
 * source, each explained at US grade 8 or below, as the plain sentences
 * are. */

#define MAX_GRADE 8.0

static void
test_terms (void)
{
  static const char * const expected[] = {
    "pfs", "overall-survival", "median", "hazard-ratio", "confidence-interval",
    "risk-reduction", "response", "placebo", "randomised-trial", "immunotherapy",
    "targeted-therapy", "adjuvant", "metastatic", "checkpoint-inhibitor", "kinase-inhibitor", "fatigue",
    "musculoskeletal-pain", "anemia", "creatinine", "lymphocytes", "liver-tests", "blood-salts",
    "hypoxia", "embryo-fetal-toxicity", "boxed-warning", "grade", "phase", "level-of-evidence",
    NULL
  };
  const char * const *ids = rcc_glossary_get_ids ();
  g_autofree char *hr = NULL;
  g_autofree char *median = NULL;

  g_assert_cmpstrv (ids, expected);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_assert_true (rcc_glossary_has_term (ids[i]));
      g_assert_nonnull (rcc_glossary_get_term (ids[i]));
      g_assert_nonnull (rcc_glossary_get_definition (ids[i]));
    }

  g_assert_false (rcc_glossary_has_term ("nonsense"));

  hr = rcc_glossary_get_title ("hazard-ratio");
  g_assert_cmpstr (hr, ==, "Hazard ratio (HR)");
  median = rcc_glossary_get_title ("median");
  g_assert_cmpstr (median, ==, "Median");
  g_assert_cmpstr (rcc_glossary_get_abbreviation ("pfs"), ==, "PFS");
  g_assert_cmpstr (rcc_glossary_get_abbreviation ("overall-survival"), ==, "OS");
  g_assert_cmpstr (rcc_glossary_get_abbreviation ("confidence-interval"), ==, "CI");
  g_assert_null (rcc_glossary_get_abbreviation ("placebo"));
}

static void
test_grade (void)
{
  const char * const *ids = rcc_glossary_get_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *definition = rcc_glossary_get_definition (ids[i]);
      double grade = rcc_readability_grade_with_names (definition, NULL);
      double sentences = 0;

      g_test_message ("%s: grade %.1f", ids[i], grade);
      if (grade > MAX_GRADE)
        g_error ("“%s” reads at grade %.1f, above %.0f: %s", ids[i], grade, MAX_GRADE,
                 definition);

      /* One or two sentences */
      for (const char *p = definition; *p != '\0'; p++)
        if (*p == '.' && (p[1] == ' ' || p[1] == '\0'))
          sentences++;
      g_assert_cmpfloat (sentences, >=, 1);
      g_assert_cmpfloat (sentences, <=, 2);
    }
}

static void
test_question (void)
{
  const char *one[] = { "hazard-ratio", NULL };
  const char *two[] = { "median", "hazard-ratio", NULL };
  const char *three[] = { "pfs", "median", "confidence-interval", NULL };
  g_autofree char *q1 = rcc_glossary_get_question (one);
  g_autofree char *q2 = rcc_glossary_get_question (two);
  g_autofree char *q3 = rcc_glossary_get_question (three);

  g_assert_cmpstr (q1, ==, "What does hazard ratio mean?");
  g_assert_cmpstr (q2, ==, "What do median and hazard ratio mean?");
  g_assert_cmpstr (q3, ==,
                   "What do progression-free survival, median and confidence interval mean?");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/glossary/terms", test_terms);
  g_test_add_func ("/rcc/glossary/grade", test_grade);
  g_test_add_func ("/rcc/glossary/question", test_question);

  return g_test_run ();
}
