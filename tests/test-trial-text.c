/* test-trial-text.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "content/rcc-xml-loader.h"
#include "report/rcc-trial-text.h"

/* The words the views put around a trial's figures (table cells, sort
 * keys, headlines, levels of evidence), over the bundled content and
 * without a display: the same strings the window tests find on screen
 * (pazopanib's 9.2 vs 4.2 months, HR 0.46 (95% CI 0.34–0.62); TARGET's
 * 167 vs 84 days, HR 0.44 (95% CI 0.35–0.55)). */

static RccCatalog *catalog;

static RccTrial *
trial (const char *id)
{
  RccTrial *t = rcc_catalog_lookup_trial (catalog, id);

  g_assert_nonnull (t);
  return t;
}

static void
test_comparison_and_facts (void)
{
  g_autofree char *veg = rcc_trial_text_comparison (trial ("veg105192"));
  g_autofree char *arcc = rcc_trial_text_comparison (trial ("arcc"));
  g_autofree char *veg_facts = rcc_trial_text_facts (trial ("veg105192"));
  g_autofree char *swog_facts = rcc_trial_text_facts (trial ("swog-8949"));

  g_assert_cmpstr (veg, ==, "Pazopanib vs Placebo");
  /* Every arm, in the content's order */
  g_assert_cmpstr (arcc, ==, "Temsirolimus vs Temsirolimus + interferon-alpha vs Interferon-alpha");
  g_assert_cmpstr (veg_facts, ==, "2010 · Phase 3 · 435 patients · Untreated and pretreated");
  /* No phase given: none said */
  g_assert_cmpstr (swog_facts, ==, "2001 · 246 patients · Cytoreductive");
}

static void
test_arm_label (void)
{
  RccTrial *veg = trial ("veg105192");

  g_assert_cmpstr (rcc_trial_text_arm_label (veg, "placebo"), ==, "Placebo");
  /* An id the trial does not have is said as it is */
  g_assert_cmpstr (rcc_trial_text_arm_label (veg, "no-such-arm"), ==, "no-such-arm");
}

static void
test_reports_endpoint (void)
{
  g_assert_true (rcc_trial_text_reports_endpoint (trial ("veg105192"), RCC_ENDPOINT_PFS));
  g_assert_true (rcc_trial_text_reports_endpoint (trial ("veg105192"), RCC_ENDPOINT_OS));
  g_assert_true (rcc_trial_text_reports_endpoint (trial ("eortc-30947"), RCC_ENDPOINT_TTP));
  /* Yang's IL-2 trial gives no median and no hazard ratio */
  g_assert_false (rcc_trial_text_reports_endpoint (trial ("yang-il2"), RCC_ENDPOINT_PFS));
  g_assert_false (rcc_trial_text_reports_endpoint (trial ("yang-il2"), RCC_ENDPOINT_OS));
}

static void
test_median_cell (void)
{
  g_autofree char *veg = rcc_trial_text_median_cell (trial ("veg105192"));
  g_autofree char *target = rcc_trial_text_median_cell (trial ("target"));
  g_autofree char *eortc = rcc_trial_text_median_cell (trial ("eortc-30947"));
  g_autofree char *pyrhonen = rcc_trial_text_median_cell (trial ("pyrhonen"));
  g_autofree char *yang = rcc_trial_text_median_cell (trial ("yang-il2"));

  g_assert_cmpstr (veg, ==, "9.2 mo vs 4.2 mo");
  /* Days and weeks as reported, the months derived beside them */
  g_assert_cmpstr (target, ==, "167 days (5.5 mo) vs 84 days (2.8 mo)");
  g_assert_cmpstr (pyrhonen, ==, "OS: 67.6 weeks (15.5 mo) vs 37.8 weeks (8.7 mo)");
  /* An endpoint other than progression-free survival is named */
  g_assert_cmpstr (eortc, ==, "TTP: 5 mo vs 3 mo");
  g_assert_cmpstr (yang, ==, "—");
}

static void
test_hazard_ratio_cell (void)
{
  g_autofree char *veg = rcc_trial_text_hazard_ratio_cell (trial ("veg105192"));
  g_autofree char *target = rcc_trial_text_hazard_ratio_cell (trial ("target"));
  g_autofree char *eortc = rcc_trial_text_hazard_ratio_cell (trial ("eortc-30947"));
  g_autofree char *swog = rcc_trial_text_hazard_ratio_cell (trial ("swog-8949"));

  g_assert_cmpstr (veg, ==, "0.46 (95% CI 0.34–0.62)");
  g_assert_cmpstr (target, ==, "0.44 (95% CI 0.35–0.55)");
  g_assert_cmpstr (eortc, ==, "TTP: 0.60 (95% CI 0.36–0.97)");
  g_assert_cmpstr (swog, ==, "—");
}

static void
test_direction_and_qualifiers (void)
{
  RccTrial *veg = trial ("veg105192");
  RccHazardRatio *hr = rcc_trial_find_primary_hazard_ratio (veg, RCC_ENDPOINT_PFS);
  g_autofree char *direction = NULL;
  g_autofree char *all = rcc_trial_text_qualifiers (TRUE, "final", "cytokine-pretreated");
  g_autofree char *none = rcc_trial_text_qualifiers (FALSE, NULL, NULL);

  g_assert_nonnull (hr);
  direction = rcc_trial_text_direction (veg, hr);
  g_assert_cmpstr (direction, ==, "Pazopanib vs Placebo; HR below 1 favours Pazopanib");

  g_assert_cmpstr (all, ==, "Primary result · Analysis: final · Population: cytokine-pretreated");
  g_assert_cmpstr (none, ==, "");
}

static void
test_median_short (void)
{
  RccMedian *sorafenib = rcc_trial_find_primary_median (trial ("target"), RCC_ENDPOINT_PFS, "sorafenib");
  RccMedian *pazopanib = rcc_trial_find_primary_median (trial ("veg105192"), RCC_ENDPOINT_PFS, "pazopanib");
  g_autofree char *days = NULL;
  g_autofree char *months = NULL;

  g_assert_nonnull (sorafenib);
  g_assert_nonnull (pazopanib);
  days = rcc_trial_text_median_short (sorafenib);
  months = rcc_trial_text_median_short (pazopanib);
  g_assert_cmpstr (days, ==, "167 days (5.5 mo)");
  g_assert_cmpstr (months, ==, "9.2 mo");
}

static void
test_treatment_headline (void)
{
  g_autofree char *pazopanib = rcc_trial_text_treatment_headline (rcc_catalog_lookup_treatment (catalog, "pazopanib"));
  g_autofree char *sorafenib = rcc_trial_text_treatment_headline (rcc_catalog_lookup_treatment (catalog, "sorafenib"));
  g_autofree char *adjuvant = rcc_trial_text_treatment_headline (rcc_catalog_lookup_treatment (catalog, "adjuvant-pembrolizumab"));
  g_autofree char *surgery = rcc_trial_text_treatment_headline (rcc_catalog_lookup_treatment (catalog, "radical-nephrectomy"));

  g_assert_true (g_str_has_prefix (pazopanib, "PFS 9.2 vs 4.2 months · VEG105192"));
  /* Days stay days */
  g_assert_cmpstr (sorafenib, ==, "PFS 167 vs 84 days · TARGET");
  /* Only a hazard ratio: that is the headline */
  g_assert_cmpstr (adjuvant, ==, "DFS HR 0.68 (95% CI 0.53–0.87) · KEYNOTE-564");
  g_assert_cmpstr (surgery, ==, "No trial figures in this guide");
}

static void
test_sort_keys (void)
{
  g_assert_cmpfloat_with_epsilon (rcc_trial_text_median_key (trial ("veg105192")), 9.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (rcc_trial_text_hazard_ratio_key (trial ("veg105192")), 0.46, 1e-9);
  /* 167 days, in months: between 5.4 and 5.5 */
  g_assert_cmpfloat (rcc_trial_text_median_key (trial ("target")), >, 5.4);
  g_assert_cmpfloat (rcc_trial_text_median_key (trial ("target")), <, 5.5);
  /* Nothing to sort by: last */
  g_assert_cmpfloat (rcc_trial_text_median_key (trial ("yang-il2")), >, 1e6);
  g_assert_cmpfloat (rcc_trial_text_hazard_ratio_key (trial ("swog-8949")), >, 1e6);

  g_assert_cmpfloat (rcc_trial_text_phase_key (trial ("veg105192")), ==, 3.0);
  g_assert_cmpfloat (rcc_trial_text_phase_key (trial ("fyfe")), ==, 2.0);
  g_assert_cmpfloat (rcc_trial_text_phase_key (trial ("swog-8949")), >, 1e6);
}

static void
test_levels (void)
{
  g_autofree char *target_codes = rcc_trial_text_level_codes (trial ("target"));
  g_autofree char *veg_codes = rcc_trial_text_level_codes (trial ("veg105192"));
  g_autofree char *target = rcc_trial_text_levels (trial ("target"), catalog, FALSE);
  g_autofree char *veg = rcc_trial_text_levels (trial ("veg105192"), catalog, FALSE);
  g_autofree char *sunitinib_codes = rcc_trial_text_level_codes (trial ("sunitinib-ifn"));

  g_assert_cmpstr (target_codes, ==, "1iDiii, B1");
  /* The same code for two endpoints: each with its endpoint, on one line */
  g_assert_cmpstr (sunitinib_codes, ==, "B1\u00a0PFS, B1\u00a0OS");
  g_assert_null (veg_codes);
  g_assert_cmpstr (target, ==, "1iDiii for PFS · 2014 definitions · 2014 PDQ\n"
                               "B1 for PFS · 2023 definitions · 2025 PDQ");
  g_assert_cmpstr (veg, ==, "No level given by the PDQ");

  /* 2023 definitions (A1, then B1) before 2014 ones, none last */
  g_assert_cmpfloat (rcc_trial_text_level_key (trial ("eortc-30947")), <,
                     rcc_trial_text_level_key (trial ("javelin-renal-101")));
  g_assert_cmpfloat (rcc_trial_text_level_key (trial ("javelin-renal-101")), <,
                     rcc_trial_text_level_key (trial ("target")));
  g_assert_cmpfloat (rcc_trial_text_level_key (trial ("target")), <,
                     rcc_trial_text_level_key (trial ("veg105192")));
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

  g_test_add_func ("/rcc/trial-text/comparison-and-facts", test_comparison_and_facts);
  g_test_add_func ("/rcc/trial-text/arm-label", test_arm_label);
  g_test_add_func ("/rcc/trial-text/reports-endpoint", test_reports_endpoint);
  g_test_add_func ("/rcc/trial-text/median-cell", test_median_cell);
  g_test_add_func ("/rcc/trial-text/hazard-ratio-cell", test_hazard_ratio_cell);
  g_test_add_func ("/rcc/trial-text/direction-and-qualifiers", test_direction_and_qualifiers);
  g_test_add_func ("/rcc/trial-text/median-short", test_median_short);
  g_test_add_func ("/rcc/trial-text/treatment-headline", test_treatment_headline);
  g_test_add_func ("/rcc/trial-text/sort-keys", test_sort_keys);
  g_test_add_func ("/rcc/trial-text/levels", test_levels);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
