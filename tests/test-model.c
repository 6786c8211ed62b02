/* test-model.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model/rcc-catalog.h"

static RccMedian *
make_median (const char  *arm,
             double       value,
             RccTimeUnit  unit,
             gboolean     primary)
{
  return g_object_new (RCC_TYPE_MEDIAN,
                       "endpoint", RCC_ENDPOINT_PFS,
                       "arm-id", arm,
                       "value", value,
                       "unit", unit,
                       "primary", primary,
                       NULL);
}

static void
test_median_months (void)
{
  g_autoptr(RccMedian) days = make_median ("a", 167, RCC_TIME_UNIT_DAYS, TRUE);
  g_autoptr(RccMedian) weeks = make_median ("a", 67.6, RCC_TIME_UNIT_WEEKS, FALSE);
  g_autoptr(RccMedian) months = make_median ("a", 9.2, RCC_TIME_UNIT_MONTHS, FALSE);
  g_autoptr(RccMedian) not_reached = NULL;
  double via_property = 0.0;

  /* The reported value stays as reported ... */
  g_assert_cmpfloat (rcc_median_get_value (days), ==, 167.0);
  g_assert_cmpint (rcc_median_get_unit (days), ==, RCC_TIME_UNIT_DAYS);

  /* ... and months are derived with 30.4375 days a month. */
  g_assert_cmpfloat_with_epsilon (rcc_median_get_months (days), 167.0 / 30.4375, 1e-12);
  g_assert_cmpfloat_with_epsilon (rcc_median_get_months (days), 5.4867, 1e-4);
  g_assert_cmpfloat_with_epsilon (rcc_median_get_months (weeks), 67.6 * 7 / 30.4375, 1e-12);
  g_assert_cmpfloat_with_epsilon (rcc_median_get_months (weeks), 15.5466, 1e-4);
  g_assert_cmpfloat (rcc_median_get_months (months), ==, 9.2);

  g_object_get (days, "months", &via_property, NULL);
  g_assert_cmpfloat (via_property, ==, rcc_median_get_months (days));

  not_reached = g_object_new (RCC_TYPE_MEDIAN, "arm-id", "a", "reached", FALSE, NULL);
  g_assert_false (rcc_median_get_reached (not_reached));
  g_assert_cmpfloat (rcc_median_get_months (not_reached), ==, 0.0);

  /* A default median is "reached" (a figure), not "not reached". */
  g_assert_true (rcc_median_get_reached (months));
}

static void
test_hazard_ratio_defaults (void)
{
  g_autoptr(RccHazardRatio) hr = NULL;

  hr = g_object_new (RCC_TYPE_HAZARD_RATIO,
                     "arm-id", "sorafenib", "versus-id", "placebo",
                     "value", 0.44, "has-ci", TRUE, "ci-low", 0.35, "ci-high", 0.55,
                     "p", "< .001",
                     NULL);

  g_assert_cmpstr (rcc_hazard_ratio_get_arm_id (hr), ==, "sorafenib");
  g_assert_cmpstr (rcc_hazard_ratio_get_versus_id (hr), ==, "placebo");
  g_assert_cmpfloat (rcc_hazard_ratio_get_value (hr), ==, 0.44);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_level (hr), ==, 95.0);
  g_assert_cmpstr (rcc_hazard_ratio_get_p (hr), ==, "< .001");
  g_assert_cmpint (rcc_hazard_ratio_get_significance (hr), ==, RCC_SIGNIFICANCE_NOT_STATED);
}

static void
test_interval (void)
{
  g_autoptr(RccInterval) ci = rcc_interval_new (0.35, 0.55, 95.0, 2);
  g_autoptr(RccInterval) copy = NULL;
  GValue value = G_VALUE_INIT;

  g_assert_true (G_TYPE_IS_BOXED (RCC_TYPE_INTERVAL));
  g_assert_true (rcc_interval_contains (ci, 0.44));
  g_assert_true (rcc_interval_contains (ci, 0.35));
  g_assert_true (rcc_interval_contains (ci, 0.55));
  g_assert_false (rcc_interval_contains (ci, 0.56));
  g_assert_false (rcc_interval_contains (ci, 0.30));

  copy = rcc_interval_copy (ci);
  g_assert_true (copy != ci);
  g_assert_cmpfloat (copy->low, ==, 0.35);
  g_assert_cmpfloat (copy->high, ==, 0.55);
  g_assert_cmpfloat (copy->level, ==, 95.0);
  g_assert_cmpuint (copy->sides, ==, 2);

  /* Through a GValue, as a boxed property hands it out. */
  g_value_init (&value, RCC_TYPE_INTERVAL);
  g_value_set_boxed (&value, ci);
  g_assert_cmpfloat (((RccInterval *)g_value_get_boxed (&value))->high, ==, 0.55);
  g_assert_true (g_value_get_boxed (&value) != ci);
  g_value_unset (&value);
}

/* Median, hazard ratio and rate share one base and one set of fields;
 * the set is copied in and read out the same from each. */
static void
test_figure_base (void)
{
  g_auto(RccFigureFields) fields = RCC_FIGURE_FIELDS_INIT;
  g_autoptr(RccMedian) median = NULL;
  g_autoptr(RccHazardRatio) hr = NULL;
  g_autoptr(RccRate) rate = NULL;
  g_autoptr(RccRate) bare = NULL;
  g_autoptr(RccInterval) ci = NULL;
  const RccInterval *peek;
  double level = -1.0;
  gboolean primary = FALSE;

  g_assert_true (G_TYPE_IS_ABSTRACT (RCC_TYPE_FIGURE));
  g_assert_true (g_type_is_a (RCC_TYPE_MEDIAN, RCC_TYPE_FIGURE));
  g_assert_true (g_type_is_a (RCC_TYPE_HAZARD_RATIO, RCC_TYPE_FIGURE));
  g_assert_true (g_type_is_a (RCC_TYPE_RATE, RCC_TYPE_FIGURE));

  fields.arm_id = g_strdup ("exp");
  fields.analysis = g_strdup ("final");
  fields.population = g_strdup ("intermediate risk");
  fields.primary = TRUE;
  fields.decimals = 1;
  fields.has_ci = TRUE;
  fields.ci = (RccInterval) { 7.6, 9.8, RCC_CI_LEVEL_NOT_STATED, 2 };

  median = rcc_figure_new (RCC_TYPE_MEDIAN, &fields,
                           "endpoint", RCC_ENDPOINT_OS,
                           "value", 8.7,
                           "unit", RCC_TIME_UNIT_MONTHS,
                           NULL);
  g_assert_cmpint (rcc_median_get_endpoint (median), ==, RCC_ENDPOINT_OS);
  g_assert_cmpfloat (rcc_median_get_value (median), ==, 8.7);
  g_assert_true (rcc_median_get_reached (median));
  g_assert_cmpstr (rcc_median_get_arm_id (median), ==, "exp");
  g_assert_cmpstr (rcc_median_get_analysis (median), ==, "final");
  g_assert_cmpstr (rcc_median_get_population (median), ==, "intermediate risk");
  g_assert_true (rcc_median_get_primary (median));
  g_assert_cmpuint (rcc_median_get_decimals (median), ==, 1);
  g_assert_true (rcc_median_get_has_ci (median));
  g_assert_cmpfloat (rcc_median_get_ci_low (median), ==, 7.6);
  g_assert_cmpfloat (rcc_median_get_ci_high (median), ==, 9.8);
  /* "level not stated" stays not stated: never 95% */
  g_assert_cmpfloat (rcc_median_get_ci_level (median), ==, RCC_CI_LEVEL_NOT_STATED);

  /* The figure keeps its own copy of the set. */
  g_clear_pointer (&fields.arm_id, g_free);
  fields.arm_id = g_strdup ("ctl");
  g_assert_cmpstr (rcc_figure_get_arm_id (RCC_FIGURE (median)), ==, "exp");

  /* The same set on a hazard ratio, with its sides */
  fields.ci = (RccInterval) { 0.35, 0.55, 98.89, 1 };
  hr = rcc_figure_new (RCC_TYPE_HAZARD_RATIO, &fields,
                       "versus-id", "exp",
                       "value", 0.44,
                       NULL);
  g_assert_cmpstr (rcc_hazard_ratio_get_arm_id (hr), ==, "ctl");
  g_assert_cmpstr (rcc_hazard_ratio_get_versus_id (hr), ==, "exp");
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_level (hr), ==, 98.89);
  g_assert_cmpuint (rcc_hazard_ratio_get_sides (hr), ==, 1);
  g_assert_cmpint (rcc_hazard_ratio_get_endpoint (hr), ==, RCC_ENDPOINT_PFS);

  peek = rcc_figure_get_ci (RCC_FIGURE (hr));
  g_assert_nonnull (peek);
  g_assert_cmpfloat (peek->low, ==, 0.35);
  g_object_get (hr, "ci", &ci, "ci-level", &level, "primary", &primary, NULL);
  g_assert_nonnull (ci);
  g_assert_cmpfloat (ci->high, ==, 0.55);
  g_assert_cmpuint (ci->sides, ==, 1);
  g_assert_cmpfloat (level, ==, 98.89);
  g_assert_true (primary);

  /* A rate with no CI: "ci" is NULL, its level the default. */
  fields.has_ci = FALSE;
  fields.primary = FALSE;
  fields.ci = (RccInterval) { 0.0, 0.0, 95.0, 0 };
  rate = rcc_figure_new (RCC_TYPE_RATE, &fields,
                         "kind", RCC_RATE_KIND_ORR,
                         "percent", 31.0,
                         NULL);
  g_assert_cmpfloat (rcc_rate_get_percent (rate), ==, 31.0);
  g_assert_cmpstr (rcc_rate_get_arm_id (rate), ==, "ctl");
  g_assert_false (rcc_rate_get_has_ci (rate));
  g_assert_null (rcc_figure_get_ci (RCC_FIGURE (rate)));
  g_assert_false (rcc_figure_get_primary (RCC_FIGURE (rate)));
  g_assert_cmpint (rcc_rate_get_endpoint (rate), ==, RCC_ENDPOINT_NONE);

  /* g_object_new() alone gives the defaults the fields start from. */
  bare = g_object_new (RCC_TYPE_RATE, NULL);
  g_assert_false (rcc_rate_get_has_ci (bare));
  g_assert_cmpfloat (rcc_rate_get_ci_level (bare), ==, 95.0);
  g_assert_null (rcc_rate_get_arm_id (bare));
  g_assert_cmpuint (rcc_rate_get_decimals (bare), ==, 0);
}

static RccTrial *
make_trial (const char *id,
            const char *treatment_id)
{
  RccTrial *trial = g_object_new (RCC_TYPE_TRIAL, "id", id, "name", id, "year", 2010, NULL);
  const char *uses[] = { treatment_id, NULL };
  g_autoptr(RccArm) arm = g_object_new (RCC_TYPE_ARM, "id", "exp", "label", "Drug",
                                        "treatment-ids", uses, NULL);
  g_autoptr(RccArm) control = g_object_new (RCC_TYPE_ARM, "id", "ctl", "label", "Placebo",
                                            "control", TRUE, NULL);
  g_autoptr(RccMedian) m1 = make_median ("exp", 9.2, RCC_TIME_UNIT_MONTHS, TRUE);
  g_autoptr(RccMedian) m2 = make_median ("ctl", 4.2, RCC_TIME_UNIT_MONTHS, TRUE);
  g_autoptr(RccMedian) update = make_median ("exp", 11.1, RCC_TIME_UNIT_MONTHS, FALSE);

  rcc_trial_add_arm (trial, arm);
  rcc_trial_add_arm (trial, control);
  rcc_trial_add_median (trial, update);
  rcc_trial_add_median (trial, m1);
  rcc_trial_add_median (trial, m2);

  return trial;
}

static void
test_trial_lookups (void)
{
  g_autoptr(RccTrial) trial = make_trial ("t1", "drug");
  RccMedian *m;

  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_arms (trial)), ==, 2);
  g_assert_nonnull (rcc_trial_find_arm (trial, "ctl"));
  g_assert_null (rcc_trial_find_arm (trial, "nope"));
  g_assert_true (rcc_trial_uses_treatment (trial, "drug"));
  g_assert_false (rcc_trial_uses_treatment (trial, "other"));

  /* The primary median, not the first one listed (an update). */
  m = rcc_trial_find_primary_median (trial, RCC_ENDPOINT_PFS, "exp");
  g_assert_nonnull (m);
  g_assert_cmpfloat (rcc_median_get_value (m), ==, 9.2);
  g_assert_null (rcc_trial_find_primary_median (trial, RCC_ENDPOINT_OS, "exp"));
  g_assert_cmpint (rcc_trial_get_headline_endpoint (trial), ==, RCC_ENDPOINT_PFS);

  g_assert_nonnull (strstr (rcc_trial_get_search_text (trial), "placebo"));
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *changes)
{
  (*changes)++;
}

static void
test_catalog (void)
{
  g_autoptr(RccCatalog) catalog = rcc_catalog_new ();
  g_autoptr(RccCatalog) other = rcc_catalog_new ();
  g_autoptr(RccTreatment) drug = g_object_new (RCC_TYPE_TREATMENT, "id", "drug", "name", "Drug", "option", 4, NULL);
  g_autoptr(RccTreatment) dup = g_object_new (RCC_TYPE_TREATMENT, "id", "drug", "name", "Again", NULL);
  g_autoptr(RccTrial) t1 = make_trial ("t1", "drug");
  g_autoptr(RccTrial) t2 = make_trial ("t2", "other");
  guint changes = 0;

  g_assert_true (rcc_catalog_add_treatment (catalog, drug));
  g_assert_false (rcc_catalog_add_treatment (catalog, dup));
  g_assert_true (rcc_catalog_add_trial (catalog, t1));
  g_assert_true (rcc_catalog_add_trial (catalog, t2));
  g_assert_false (rcc_catalog_add_trial (catalog, t2));
  rcc_catalog_link_trials (catalog);

  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_treatments (catalog)), ==, 1);
  g_assert_true (rcc_catalog_lookup_treatment (catalog, "drug") == drug);
  g_assert_null (rcc_catalog_lookup_trial (catalog, "t3"));

  /* Only the trial whose arm uses the drug is linked to it. */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_treatment_get_trials (drug)), ==, 1);

  /* replace: one items-changed per list, and look-ups follow. */
  g_signal_connect (rcc_catalog_get_trials (other), "items-changed",
                    G_CALLBACK (count_changes_cb), &changes);
  rcc_catalog_set_source_info (catalog, 3, "PDQ", NULL, "2014-02-25", "2026-11-27");
  rcc_catalog_replace (other, catalog);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (other)), ==, 2);
  g_assert_true (rcc_catalog_lookup_trial (other, "t2") == t2);
  g_assert_cmpstr (rcc_catalog_get_source_updated (other), ==, "2014-02-25");
  g_assert_cmpuint (rcc_catalog_get_version (other), ==, 3);

  /* Replacing with an empty catalog empties it. */
  {
    g_autoptr(RccCatalog) empty = rcc_catalog_new ();
    rcc_catalog_replace (other, empty);
    g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (other)), ==, 0);
    g_assert_null (rcc_catalog_lookup_trial (other, "t2"));
  }
}

static void
test_remove_trial (void)
{
  g_autoptr(RccCatalog) catalog = rcc_catalog_new ();
  g_autoptr(RccTreatment) drug = g_object_new (RCC_TYPE_TREATMENT, "id", "drug", "name", "Drug", "option", 4, NULL);
  g_autoptr(RccTrial) t1 = make_trial ("t1", "drug");
  g_autoptr(RccTrial) t2 = make_trial ("t2", "drug");

  rcc_catalog_add_treatment (catalog, drug);
  rcc_catalog_add_trial (catalog, t1);
  rcc_catalog_add_trial (catalog, t2);
  rcc_catalog_link_trials (catalog);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_treatment_get_trials (drug)), ==, 2);

  g_assert_false (rcc_catalog_remove_trial (catalog, "t3"));
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (catalog)), ==, 2);

  /* Gone from the list, the look-up and the treatment; the other stays. */
  g_assert_true (rcc_catalog_remove_trial (catalog, "t1"));
  g_assert_null (rcc_catalog_lookup_trial (catalog, "t1"));
  g_assert_true (rcc_catalog_lookup_trial (catalog, "t2") == t2);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (catalog)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_treatment_get_trials (drug)), ==, 1);
  {
    g_autoptr(RccTrial) left = g_list_model_get_item (rcc_treatment_get_trials (drug), 0);
    g_assert_true (left == t2);
  }

  /* The same id can be added again. */
  g_assert_true (rcc_catalog_add_trial (catalog, t1));
  g_assert_true (rcc_catalog_lookup_trial (catalog, "t1") == t1);
}

static void
test_finalize (void)
{
  RccCatalog *catalog = rcc_catalog_new ();
  RccTrial *trial = make_trial ("t1", "drug");

  rcc_catalog_add_trial (catalog, trial);
  g_object_unref (trial);
  g_assert_finalize_object (catalog);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/model/median-months", test_median_months);
  g_test_add_func ("/rcc/model/hazard-ratio", test_hazard_ratio_defaults);
  g_test_add_func ("/rcc/model/interval", test_interval);
  g_test_add_func ("/rcc/model/figure-base", test_figure_base);
  g_test_add_func ("/rcc/model/trial-lookups", test_trial_lookups);
  g_test_add_func ("/rcc/model/catalog", test_catalog);
  g_test_add_func ("/rcc/model/remove-trial", test_remove_trial);
  g_test_add_func ("/rcc/model/finalize", test_finalize);

  return g_test_run ();
}
