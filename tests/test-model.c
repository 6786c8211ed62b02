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
  g_test_add_func ("/rcc/model/trial-lookups", test_trial_lookups);
  g_test_add_func ("/rcc/model/catalog", test_catalog);
  g_test_add_func ("/rcc/model/remove-trial", test_remove_trial);
  g_test_add_func ("/rcc/model/finalize", test_finalize);

  return g_test_run ();
}
