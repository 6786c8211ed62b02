/* test-ctgov-import.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "content/rcc-ctgov-import.h"
#include "content/rcc-import-store.h"
#include "content/rcc-json.h"
#include "content/rcc-xml-loader.h"

#include "rcc-test-run.h"

/* Importing ClinicalTrials.gov records, against the real samples in
 * tests/data/ctgov/ and the values their FORMATS.md lists as expected; the refusals; the store across a restart; the
 * command line, run as a user would. */

#define SORAFENIB "ctgov-v2-json/NCT00791778_sorafenib_ovarian_REDUCED.json"
#define NO_RESULTS "ctgov-v2-json/NCT03418623_no_results.json"
#define PALLAS_V2 "ctgov-v2-json/NCT02513394_PALLAS_palbociclib_full.json"
#define CHECKMATE "ctgov-legacy-xml/NCT01642004_CheckMate017_nivolumab_vs_docetaxel.xml"
#define PALLAS_XML "ctgov-legacy-xml/NCT02513394_PALLAS_protocol_only.xml"
#define CLASSIC_V1 "ctgov-classic-v1-json/NCT02028676_ARROW_FullStudiesResponse.json"

/* One of our own records, in tests/data/ctgov/ */
static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "ctgov", name, NULL);
}

/* A real record, in its format's folder there ("ctgov-v2-json/…") */
static char *
sample (const char *name)
{
  return fixture (name);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (data, length);
}

static RccCtgovImport *
import_sample (const char *name)
{
  g_autofree char *path = sample (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RccCtgovImport *import = rcc_ctgov_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

/* (transfer none): the import keeps it */
static RccTrial *
trial_at (RccCtgovImport *import,
          guint           i)
{
  g_autoptr(RccTrial) trial = g_list_model_get_item (rcc_ctgov_import_get_trials (import), i);

  g_assert_nonnull (trial);
  return trial;
}

static RccArm *
arm_at (RccTrial *trial,
        guint     i)
{
  g_autoptr(RccArm) arm = g_list_model_get_item (rcc_trial_get_arms (trial), i);

  g_assert_nonnull (arm);
  return arm;
}

static guint
n_items (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

static void
assert_near (double value,
             double expected)
{
  if (fabs (value - expected) > 1e-9)
    g_error ("%.12g is not %.12g", value, expected);
}

static gboolean
contains (const char *text,
          const char *needle)
{
  return text != NULL && strstr (text, needle) != NULL;
}

static guint
count_warnings (RccCtgovImport *import,
                const char     *needle)
{
  const char * const *warnings = rcc_ctgov_import_get_warnings (import);
  guint n = 0;

  for (guint i = 0; warnings[i] != NULL; i++)
    if (contains (warnings[i], needle))
      n++;

  return n;
}

static void
assert_warning (RccCtgovImport *import,
                const char     *needle)
{
  if (count_warnings (import, needle) == 0)
    {
      g_autofree char *all = g_strjoinv ("\n", (char **)rcc_ctgov_import_get_warnings (import));
      g_error ("no warning says \"%s\"; the warnings are:\n%s", needle, all);
    }
}

/* The median of @arm_id for @endpoint whose analysis and population
 * contain the given texts; exactly one must fit. */
static RccMedian *
find_median (RccTrial    *trial,
             RccEndpoint  endpoint,
             const char  *arm_id,
             const char  *analysis,
             const char  *population)
{
  GListModel *list = rcc_trial_get_medians (trial);
  RccMedian *found = NULL;

  for (guint i = 0; i < n_items (list); i++)
    {
      g_autoptr(RccMedian) m = g_list_model_get_item (list, i);

      if (rcc_median_get_endpoint (m) != endpoint ||
          g_strcmp0 (rcc_median_get_arm_id (m), arm_id) != 0 ||
          (analysis != NULL && !contains (rcc_median_get_analysis (m), analysis)) ||
          (population != NULL && !contains (rcc_median_get_population (m), population)))
        continue;

      g_assert_null (found);
      found = m;
    }

  if (found == NULL)
    g_error ("no median for %s in \"%s\" / \"%s\"", arm_id, analysis, population);
  return found;
}

/* The hazard ratio for @endpoint with @value whose analysis contains
 * @analysis; exactly one must fit. */
static RccHazardRatio *
find_hr (RccTrial    *trial,
         RccEndpoint  endpoint,
         double       value,
         const char  *analysis)
{
  GListModel *list = rcc_trial_get_hazard_ratios (trial);
  RccHazardRatio *found = NULL;

  for (guint i = 0; i < n_items (list); i++)
    {
      g_autoptr(RccHazardRatio) hr = g_list_model_get_item (list, i);

      if (rcc_hazard_ratio_get_endpoint (hr) != endpoint ||
          fabs (rcc_hazard_ratio_get_value (hr) - value) > 1e-9 ||
          (analysis != NULL && !contains (rcc_hazard_ratio_get_analysis (hr), analysis)))
        continue;

      g_assert_null (found);
      found = hr;
    }

  if (found == NULL)
    g_error ("no hazard ratio %g in \"%s\"", value, analysis);
  return found;
}

static void
assert_median (RccMedian   *m,
               double       value,
               RccTimeUnit  unit,
               double       low,
               double       high,
               double       level)
{
  g_assert_true (rcc_median_get_reached (m));
  assert_near (rcc_median_get_value (m), value);
  g_assert_cmpint (rcc_median_get_unit (m), ==, unit);
  g_assert_true (rcc_median_get_has_ci (m));
  assert_near (rcc_median_get_ci_low (m), low);
  assert_near (rcc_median_get_ci_high (m), high);
  assert_near (rcc_median_get_ci_level (m), level);
}

static void
assert_hr (RccHazardRatio *hr,
           const char     *arm,
           const char     *versus,
           double          low,
           double          high,
           double          level,
           const char     *p)
{
  g_assert_cmpstr (rcc_hazard_ratio_get_arm_id (hr), ==, arm);
  g_assert_cmpstr (rcc_hazard_ratio_get_versus_id (hr), ==, versus);
  g_assert_true (rcc_hazard_ratio_get_has_ci (hr));
  assert_near (rcc_hazard_ratio_get_ci_low (hr), low);
  assert_near (rcc_hazard_ratio_get_ci_high (hr), high);
  assert_near (rcc_hazard_ratio_get_ci_level (hr), level);
  g_assert_cmpuint (rcc_hazard_ratio_get_sides (hr), ==, 2);
  g_assert_cmpstr (rcc_hazard_ratio_get_p (hr), ==, p);
  g_assert_cmpint (rcc_hazard_ratio_get_significance (hr), ==, RCC_SIGNIFICANCE_NOT_STATED);
}

static void
assert_imported_arm (RccArm             *arm,
                     const char         *id,
                     const char         *label,
                     gboolean            control,
                     const char * const *interventions)
{
  g_assert_cmpstr (rcc_arm_get_id (arm), ==, id);
  g_assert_cmpstr (rcc_arm_get_label (arm), ==, label);
  g_assert_cmpint (rcc_arm_get_control (arm), ==, control);
  /* Nobody reviewed which of our treatments it is. */
  g_assert_nonnull (rcc_arm_get_treatment_ids (arm));
  g_assert_null (rcc_arm_get_treatment_ids (arm)[0]);
  g_assert_cmpstrv (rcc_arm_get_interventions (arm), interventions);
}

/* ---------------------------------------------------------------------
 * The samples, value by value
 */

/* API v2, medians in days, "NA" with a comment, HRs above 1. */
static void
test_v2_sorafenib (void)
{
  g_autoptr(RccCtgovImport) import = import_sample (SORAFENIB);
  g_autofree char *path = sample (SORAFENIB);
  g_autoptr(GBytes) original = read_bytes (path);
  const char * const sorafenib[] = { "Drug: Sorafenib (Nexavar, BAY43-9006)", NULL };
  const char * const placebo[] = { "Drug: Placebo", NULL };
  RccTrial *trial;
  RccMedian *m;
  RccHazardRatio *hr;
  GListModel *list;

  g_assert_cmpint (rcc_ctgov_import_get_format (import), ==, RCC_CTGOV_FORMAT_V2_JSON);
  g_assert_cmpuint (n_items (rcc_ctgov_import_get_trials (import)), ==, 1);
  g_assert_true (rcc_ctgov_import_get_has_results (import, 0));
  /* The record kept byte for byte. */
  g_assert_true (g_bytes_equal (rcc_ctgov_import_get_record (import, 0), original));

  trial = trial_at (import, 0);
  g_assert_cmpstr (rcc_trial_get_id (trial), ==, "NCT00791778");
  g_assert_cmpstr (rcc_trial_get_nct_id (trial), ==, "NCT00791778");
  g_assert_cmpstr (rcc_trial_get_name (trial), ==, "NCT00791778");  /* no acronym */
  g_assert_cmpstr (rcc_trial_get_title (trial), ==,
                   "Comparison of Nexavar/Placebo as Maintenance Therapy for Patients With "
                   "Advanced Ovarian or Primary Peritoneal Cancer");
  g_assert_cmpstr (rcc_trial_get_phase (trial), ==, "2");
  g_assert_cmpuint (rcc_trial_get_enrolled (trial), ==, 246);
  g_assert_cmpuint (rcc_trial_get_year (trial), ==, 2008);
  g_assert_true (rcc_trial_get_imported (trial));
  g_assert_cmpstr (rcc_trial_get_source_note (trial), ==,
                   "Imported from ClinicalTrials.gov (NCT00791778), not reviewed");
  g_assert_cmpstr (rcc_trial_get_source_updated (trial), ==, "2015-09-28");
  g_assert_null (rcc_trial_get_evidence_level (trial));
  g_assert_cmpint (rcc_trial_get_setting (trial), ==, RCC_SETTING_NOT_STATED);
  g_assert_cmpstr (rcc_trial_get_design (trial), ==, "randomized; parallel; masking: double; purpose: treatment");
  g_assert_cmpstr (rcc_trial_get_primary_endpoint (trial), ==,
                   "Progression-free Survival (PFS), Based on Radiological or Pathologic Assessment");

  g_assert_cmpuint (n_items (rcc_trial_get_arms (trial)), ==, 2);
  assert_imported_arm (arm_at (trial, 0), "sorafenib-nexavar-bay43-9006",
                       "Sorafenib (Nexavar, BAY43-9006)", FALSE, sorafenib);
  assert_imported_arm (arm_at (trial, 1), "placebo", "Placebo", TRUE, placebo);
  g_assert_cmpstr (rcc_arm_get_dose (arm_at (trial, 0)), ==,
                   "Participants received 2 sorafenib tablets (200 mg each) per oral twice daily (bid)");

  /* PFS, primary, in days as reported: 386 (230–691) vs 478 (337–567). */
  g_assert_cmpuint (n_items (rcc_trial_get_medians (trial)), ==, 4);
  m = find_median (trial, RCC_ENDPOINT_PFS, "sorafenib-nexavar-bay43-9006", "Primary outcome: Progression-free Survival", NULL);
  assert_median (m, 386, RCC_TIME_UNIT_DAYS, 230, 691, 95);
  assert_near (rcc_median_get_months (m), 386 / RCC_DAYS_PER_MONTH);
  g_assert_true (rcc_median_get_primary (m));
  g_assert_cmpstr (rcc_median_get_population (m), ==, "Full analysis set (FAS)=all randomized participants");
  m = find_median (trial, RCC_ENDPOINT_PFS, "placebo", NULL, NULL);
  assert_median (m, 478, RCC_TIME_UNIT_DAYS, 337, 567, 95);
  g_assert_true (rcc_median_get_primary (m));
  g_assert_cmpuint (rcc_median_get_decimals (m), ==, 0);

  /* OS: NA (NA–NA) both arms, with the comment: not estimable, never 0. */
  for (guint i = 0; i < 2; i++)
    {
      m = find_median (trial, RCC_ENDPOINT_OS, i == 0 ? "sorafenib-nexavar-bay43-9006" : "placebo",
                       "Secondary outcome: Overall Survival (OS)", NULL);
      g_assert_false (rcc_median_get_reached (m));
      g_assert_false (rcc_median_get_has_ci (m));
      assert_near (rcc_median_get_value (m), 0.0);
      g_assert_true (contains (rcc_median_get_analysis (m),
                               "not estimable: Can't be estimated due to censored data."));
    }

  /* HRs > 1 as reported, sorafenib over placebo, from the record's words. */
  list = rcc_trial_get_hazard_ratios (trial);
  g_assert_cmpuint (n_items (list), ==, 2);
  hr = find_hr (trial, RCC_ENDPOINT_PFS, 1.09, "Primary outcome: Progression-free Survival");
  assert_hr (hr, "sorafenib-nexavar-bay43-9006", "placebo", 0.72, 1.63, 95, "0.655");
  g_assert_cmpstr (rcc_hazard_ratio_get_direction (hr), ==, "Sorafenib compared to Placebo");
  g_assert_true (g_str_has_prefix (rcc_hazard_ratio_get_method (hr), "Log Rank; "));
  g_assert_true (contains (rcc_hazard_ratio_get_method (hr), "one-sided alpha of 0.10"));
  g_assert_true (rcc_hazard_ratio_get_primary (hr));
  g_assert_cmpuint (rcc_hazard_ratio_get_decimals (hr), ==, 2);
  hr = find_hr (trial, RCC_ENDPOINT_OS, 1.49, "Overall Survival (OS)");
  assert_hr (hr, "sorafenib-nexavar-bay43-9006", "placebo", 0.69, 3.23, 95, "0.84");
  g_assert_cmpstr (rcc_hazard_ratio_get_direction (hr), ==, "Sorafenib compared to Placebo");
  g_assert_true (rcc_hazard_ratio_get_primary (hr));

  /* The CA-125 outcome (337 (197–NA) vs 617 (392–NA); HR 1.43 (0.93–2.20),
   * p 0.951) is neither PFS nor OS: left out, and said so. */
  for (guint i = 0; i < n_items (rcc_trial_get_medians (trial)); i++)
    {
      g_autoptr(RccMedian) other = g_list_model_get_item (rcc_trial_get_medians (trial), i);
      g_assert_false (contains (rcc_median_get_analysis (other), "CA-125"));
    }
  g_assert_cmpuint (g_strv_length ((char **)rcc_ctgov_import_get_warnings (import)), ==, 1);
  assert_warning (import, "NCT00791778: \"Time to First Pathologic CA-125 (Cancer-associated Tumor Marker) "
                          "Serum Level\" is not PFS, OS, DFS or TTP; its figures were not imported");

  g_assert_cmpuint (n_items (rcc_trial_get_rates (trial)), ==, 0);
  g_assert_cmpint (rcc_trial_get_headline_endpoint (trial), ==, RCC_ENDPOINT_PFS);
}

/* API v2 without results: the design, and "no results posted". */
static void
test_v2_no_results (void)
{
  g_autoptr(RccCtgovImport) import = import_sample (NO_RESULTS);
  const char * const get73[] = { "Drug: GET73", NULL };
  const char * const placebo[] = { "Other: Placebo", NULL };
  RccTrial *trial = trial_at (import, 0);

  g_assert_false (rcc_ctgov_import_get_has_results (import, 0));
  g_assert_cmpstr (rcc_trial_get_id (trial), ==, "NCT03418623");
  g_assert_cmpstr (rcc_trial_get_title (trial), ==,
                   "Effect of GET73 on MRS Measures of Central Glutamate and GABA in Individuals With Alcohol Use Disorder");
  g_assert_cmpstr (rcc_trial_get_phase (trial), ==, "2");
  g_assert_cmpuint (rcc_trial_get_enrolled (trial), ==, 24);
  g_assert_cmpuint (rcc_trial_get_year (trial), ==, 2018);
  g_assert_cmpstr (rcc_trial_get_population (trial), ==, "Alcohol Use Disorder");
  g_assert_cmpstr (rcc_trial_get_design (trial), ==,
                   "randomized; crossover; masking: quadruple; purpose: basic science");
  g_assert_cmpstr (rcc_trial_get_source_updated (trial), ==, "2020-10-08");
  g_assert_cmpstr (rcc_trial_get_source_note (trial), ==,
                   "Imported from ClinicalTrials.gov (NCT03418623), not reviewed; no results posted");

  g_assert_cmpuint (n_items (rcc_trial_get_arms (trial)), ==, 2);
  assert_imported_arm (arm_at (trial, 0), "get73", "GET73", FALSE, get73);
  assert_imported_arm (arm_at (trial, 1), "placebo", "Placebo", TRUE, placebo);

  g_assert_cmpuint (n_items (rcc_trial_get_medians (trial)), ==, 0);
  g_assert_cmpuint (n_items (rcc_trial_get_hazard_ratios (trial)), ==, 0);
  g_assert_cmpuint (n_items (rcc_trial_get_rates (trial)), ==, 0);
  g_assert_cmpint (rcc_trial_get_headline_endpoint (trial), ==, RCC_ENDPOINT_NONE);

  g_assert_cmpuint (g_strv_length ((char **)rcc_ctgov_import_get_warnings (import)), ==, 1);
  assert_warning (import, "NCT03418623: no results posted; only the design was imported");
}

/* The large, unmodified PALLAS record: rates, HRs without p, method or
 * direction, arms matched by partial titles. */
static void
test_v2_pallas (void)
{
  g_autoptr(RccCtgovImport) import = import_sample (PALLAS_V2);
  const char * const arm_a[] = { "Drug: Palbociclib", "Drug: Standard Adjuvant Endocrine Therapy", NULL };
  const char * const arm_b[] = { "Drug: Standard Adjuvant Endocrine Therapy", NULL };
  RccTrial *trial = trial_at (import, 0);
  RccHazardRatio *hr;
  GListModel *rates;
  guint found = 0;

  g_assert_true (rcc_ctgov_import_get_has_results (import, 0));
  g_assert_cmpstr (rcc_trial_get_id (trial), ==, "NCT02513394");
  g_assert_cmpstr (rcc_trial_get_name (trial), ==, "PALLAS");
  g_assert_cmpstr (rcc_trial_get_title (trial), ==, "PALbociclib CoLlaborative Adjuvant Study");
  g_assert_cmpstr (rcc_trial_get_phase (trial), ==, "3");
  g_assert_cmpuint (rcc_trial_get_enrolled (trial), ==, 5796);
  g_assert_cmpstr (rcc_trial_get_source_updated (trial), ==, "2023-06-15");

  /* Arm B is typed OTHER: no arm is marked control, and that is said. */
  assert_imported_arm (arm_at (trial, 0), "arm-a", "Arm A", FALSE, arm_a);
  assert_imported_arm (arm_at (trial, 1), "arm-b", "Arm B", FALSE, arm_b);
  assert_warning (import, "no arm is typed as a comparator");
  assert_warning (import, "result group \"Palbociclib Plus Endocrine Therapy (Arm A)\" was matched to arm \"Arm A\" by a partial title match");
  assert_warning (import, "result group \"Endocrine Therapy Alone (Arm B)\" was matched to arm \"Arm B\" by a partial title match");

  /* Percentages at 4 years, not medians. */
  g_assert_cmpuint (n_items (rcc_trial_get_medians (trial)), ==, 0);
  rates = rcc_trial_get_rates (trial);
  g_assert_cmpuint (n_items (rates), ==, 6);
  for (guint i = 0; i < n_items (rates); i++)
    {
      g_autoptr(RccRate) rate = g_list_model_get_item (rates, i);
      const char *analysis = rcc_rate_get_analysis (rate);
      const char *arm = rcc_rate_get_arm_id (rate);
      double expected = -1;

      g_assert_cmpint (rcc_rate_get_kind (rate), ==, RCC_RATE_KIND_LANDMARK);
      assert_near (rcc_rate_get_at_months (rate), 48);
      g_assert_false (rcc_rate_get_has_ci (rate));

      if (g_strcmp0 (analysis, "Primary outcome: Invasive Disease Free Survival (iDFS)") == 0)
        {
          g_assert_cmpint (rcc_rate_get_endpoint (rate), ==, RCC_ENDPOINT_DFS);
          expected = g_str_equal (arm, "arm-a") ? 84.2 : 84.5;
        }
      else if (g_strcmp0 (analysis, "Secondary outcome: Overall Survival (OS)") == 0)
        {
          g_assert_cmpint (rcc_rate_get_endpoint (rate), ==, RCC_ENDPOINT_OS);
          expected = g_str_equal (arm, "arm-a") ? 93.8 : 95.2;
        }
      else
        continue;

      assert_near (rcc_rate_get_percent (rate), expected);
      found++;
    }
  g_assert_cmpuint (found, ==, 4);

  /* Primary iDFS: HR 0.96 (0.81–1.14), p 0.65, Log Rank; its
   * estimateComment is about stratification, not direction. */
  g_assert_cmpuint (n_items (rcc_trial_get_hazard_ratios (trial)), ==, 3);
  hr = find_hr (trial, RCC_ENDPOINT_DFS, 0.96, "Primary outcome: Invasive Disease Free Survival (iDFS)");
  assert_hr (hr, "arm-a", "arm-b", 0.81, 1.14, 95, "0.65");
  g_assert_cmpstr (rcc_hazard_ratio_get_method (hr), ==, "Log Rank");
  g_assert_cmpstr (rcc_hazard_ratio_get_direction (hr), ==, RCC_CTGOV_DIRECTION_NOT_STATED);
  g_assert_false (rcc_hazard_ratio_get_primary (hr));
  /* The note is kept, its Markdown escapes ("\<=50") dropped. */
  g_assert_true (contains (rcc_hazard_ratio_get_analysis (hr),
                           "note: This two sided p value was stratified by (neo)adjuvant chemotherapy "
                           "(yes vs no) and age (<=50 vs >50)."));

  /* Secondary OS: HR 1.32 (0.98–1.78), no p, no method, no direction. */
  hr = find_hr (trial, RCC_ENDPOINT_OS, 1.32, "Secondary outcome: Overall Survival (OS)");
  assert_hr (hr, "arm-a", "arm-b", 0.98, 1.78, 95, NULL);
  g_assert_null (rcc_hazard_ratio_get_method (hr));
  g_assert_cmpstr (rcc_hazard_ratio_get_direction (hr), ==, RCC_CTGOV_DIRECTION_NOT_STATED);
  g_assert_false (rcc_hazard_ratio_get_primary (hr));

  hr = find_hr (trial, RCC_ENDPOINT_DFS, 0.99, "Excluding Second Primary Invasive Cancers");
  assert_hr (hr, "arm-a", "arm-b", 0.82, 1.19, 95, NULL);

  g_assert_cmpuint (count_warnings (import, "does not say which arm the hazard ratio"), ==, 3);
  assert_warning (import, "\"Overall Survival (OS)\": the record does not say which arm the hazard ratio 1.32 is of; "
                          "it is kept in the record's group order (\"Palbociclib Plus Endocrine Therapy (Arm A)\" vs "
                          "\"Endocrine Therapy Alone (Arm B)\"), marked \"direction not stated\"");
  /* DRFS and LRRFS (HR 1.05, 0.84) are not endpoints we show: said so. */
  assert_warning (import, "\"Distant Recurrence-free Survival (DRFS)\" is not PFS, OS, DFS or TTP");
  assert_warning (import, "\"Locoregional Recurrences-free Survival (LRRFS)\" is not PFS, OS, DFS or TTP");
  g_assert_cmpuint (g_strv_length ((char **)rcc_ctgov_import_get_warnings (import)), ==, 8);

  /* Nothing of unstated direction is a headline. */
  g_assert_cmpint (rcc_trial_get_headline_endpoint (trial), ==, RCC_ENDPOINT_NONE);
}

/* Legacy XML: the 96.85% CI, subgroup HRs, the updated OS analysis,
 * "NA" and a missing upper limit explained in element text. */
static void
test_legacy_checkmate (void)
{
  g_autoptr(RccCtgovImport) import = import_sample (CHECKMATE);
  const char * const nivolumab[] = { "Biological: Nivolumab", NULL };
  const char * const docetaxel[] = { "Drug: Docetaxel", NULL };
  const char *nivo = "arm-a-nivolumab", *doce = "arm-b-docetaxel";
  const char *primary_os = "Primary outcome: Overall Survival (OS) Time in Months for All Randomized Participants at Primary Endpoint";
  const char *updated_os = "Other pre-specified outcome: Overall Survival (OS) Time in Months for All Randomized Participants at Updated Survival Follow-up";
  const char *pfs = "Secondary outcome: Progression-Free Survival (PFS) Time in Months for All Randomized Participants at Primary Endpoint";
  const char *os_pdl1 = "Overall Survival (OS) Time in Months by Baseline PD-L1 Expression";
  g_autoptr(GHashTable) analyses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  RccTrial *trial = trial_at (import, 0);
  RccMedian *m;
  RccHazardRatio *hr;
  GListModel *list;

  g_assert_cmpint (rcc_ctgov_import_get_format (import), ==, RCC_CTGOV_FORMAT_LEGACY_XML);
  g_assert_true (rcc_ctgov_import_get_has_results (import, 0));
  g_assert_cmpstr (rcc_trial_get_id (trial), ==, "NCT01642004");
  g_assert_cmpstr (rcc_trial_get_phase (trial), ==, "3");
  g_assert_cmpuint (rcc_trial_get_enrolled (trial), ==, 352);
  g_assert_cmpuint (rcc_trial_get_year (trial), ==, 2012);
  g_assert_cmpstr (rcc_trial_get_source_updated (trial), ==, "2018-04-10");
  g_assert_cmpstr (rcc_trial_get_population (trial), ==, "Squamous Cell Non-small Cell Lung Cancer");

  /* Both arms typed "Experimental", docetaxel included. */
  assert_imported_arm (arm_at (trial, 0), nivo, "Arm A: Nivolumab", FALSE, nivolumab);
  assert_imported_arm (arm_at (trial, 1), doce, "Arm B: Docetaxel", FALSE, docetaxel);
  assert_warning (import, "no arm is typed as a comparator");
  assert_warning (import, "result group \"Nivolumab\" was matched to arm \"Arm A: Nivolumab\" by a partial title match");
  assert_warning (import, "result group \"Docetaxel\" was matched to arm \"Arm B: Docetaxel\" by a partial title match");

  /* Primary OS: 9.23 (7.33–13.27) vs 6.01 (5.13–7.33) months; HR 0.59
   * with a 96.85% two-sided CI 0.43–0.81, p 0.0002, Log Rank. */
  m = find_median (trial, RCC_ENDPOINT_OS, nivo, primary_os, NULL);
  assert_median (m, 9.23, RCC_TIME_UNIT_MONTHS, 7.33, 13.27, 95);
  g_assert_true (rcc_median_get_primary (m));
  g_assert_cmpuint (rcc_median_get_decimals (m), ==, 2);
  m = find_median (trial, RCC_ENDPOINT_OS, doce, primary_os, NULL);
  assert_median (m, 6.01, RCC_TIME_UNIT_MONTHS, 5.13, 7.33, 95);
  g_assert_true (rcc_median_get_primary (m));
  hr = find_hr (trial, RCC_ENDPOINT_OS, 0.59, primary_os);
  assert_hr (hr, nivo, doce, 0.43, 0.81, 96.85, "0.0002");
  g_assert_true (g_str_has_prefix (rcc_hazard_ratio_get_method (hr), "Log Rank; Stratified by region"));
  g_assert_cmpstr (rcc_hazard_ratio_get_direction (hr), ==,
                   "Stratified Cox proportional hazard model. HR = Nivolumab over Docetaxel");
  g_assert_true (rcc_hazard_ratio_get_primary (hr));

  /* Secondary PFS: 3.48 (2.14–4.86) vs 2.83 (2.10–3.52); HR 0.62
   * (0.47–0.81), p 0.0004. */
  m = find_median (trial, RCC_ENDPOINT_PFS, nivo, pfs, NULL);
  assert_median (m, 3.48, RCC_TIME_UNIT_MONTHS, 2.14, 4.86, 95);
  g_assert_true (rcc_median_get_primary (m));
  m = find_median (trial, RCC_ENDPOINT_PFS, doce, pfs, NULL);
  assert_median (m, 2.83, RCC_TIME_UNIT_MONTHS, 2.10, 3.52, 95);
  hr = find_hr (trial, RCC_ENDPOINT_PFS, 0.62, pfs);
  assert_hr (hr, nivo, doce, 0.47, 0.81, 95, "0.0004");
  g_assert_cmpstr (rcc_hazard_ratio_get_direction (hr), ==, "HR = Nivolumab over Docetaxel");
  g_assert_true (rcc_hazard_ratio_get_primary (hr));

  /* Updated OS, a second result for the same comparison, kept apart:
   * 9.23 (7.33–12.62) vs 6.01 (5.29–7.39); HR 0.62 (0.47–0.81), p 0.0004. */
  m = find_median (trial, RCC_ENDPOINT_OS, nivo, updated_os, NULL);
  assert_median (m, 9.23, RCC_TIME_UNIT_MONTHS, 7.33, 12.62, 95);
  g_assert_false (rcc_median_get_primary (m));
  m = find_median (trial, RCC_ENDPOINT_OS, doce, updated_os, NULL);
  assert_median (m, 6.01, RCC_TIME_UNIT_MONTHS, 5.29, 7.39, 95);
  hr = find_hr (trial, RCC_ENDPOINT_OS, 0.62, updated_os);
  assert_hr (hr, nivo, doce, 0.47, 0.81, 95, "0.0004");
  g_assert_false (rcc_hazard_ratio_get_primary (hr));

  /* OS by PD-L1: three classes, three HRs told apart by groups_desc. */
  hr = find_hr (trial, RCC_ENDPOINT_OS, 0.53, os_pdl1);
  assert_hr (hr, nivo, doce, 0.31, 0.89, 95, NULL);
  g_assert_true (contains (rcc_hazard_ratio_get_analysis (hr), "; PD-L1 expression >= 5%"));
  g_assert_false (rcc_hazard_ratio_get_primary (hr));
  hr = find_hr (trial, RCC_ENDPOINT_OS, 0.70, os_pdl1);
  assert_hr (hr, nivo, doce, 0.47, 1.02, 95, NULL);
  g_assert_true (contains (rcc_hazard_ratio_get_analysis (hr), "; PD-L1 expression < 5%"));
  hr = find_hr (trial, RCC_ENDPOINT_OS, 0.39, os_pdl1);
  assert_hr (hr, nivo, doce, 0.19, 0.82, 95, NULL);
  g_assert_true (contains (rcc_hazard_ratio_get_analysis (hr), "; PD-L1 expression not quantifiable at baseline"));
  g_assert_cmpstr (rcc_hazard_ratio_get_direction (hr), ==,
                   "HR = Nivolumab over Docetaxel; PD-L1 not quantifiable at baseline");

  /* 9.41, lower limit 7.10, no upper ("Upper CI not reached"): the
   * median kept, its half CI left out and said so. */
  m = find_median (trial, RCC_ENDPOINT_OS, nivo, os_pdl1, "PD-L1 not quantifiable at baseline (n=18,29)");
  g_assert_true (rcc_median_get_reached (m));
  assert_near (rcc_median_get_value (m), 9.41);
  g_assert_false (rcc_median_get_has_ci (m));
  g_assert_true (contains (rcc_median_get_analysis (m), "CI 7.10–NA: Upper CI not reached"));
  g_assert_false (rcc_median_get_primary (m));
  assert_warning (import, "the CI of the median 9.41 for \"Arm A: Nivolumab\" is incomplete");
  m = find_median (trial, RCC_ENDPOINT_OS, doce, os_pdl1, "PD-L1 expression >= 5% (n=42,39)");
  assert_median (m, 6.37, RCC_TIME_UNIT_MONTHS, 4.50, 9.03, 95);

  /* Every analysis kept, none merged: 9 HRs, all distinct. */
  list = rcc_trial_get_hazard_ratios (trial);
  g_assert_cmpuint (n_items (list), ==, 9);
  for (guint i = 0; i < n_items (list); i++)
    {
      g_autoptr(RccHazardRatio) each = g_list_model_get_item (list, i);
      g_autofree char *key = g_strdup_printf ("%d %g %s", rcc_hazard_ratio_get_endpoint (each),
                                              rcc_hazard_ratio_get_value (each),
                                              rcc_hazard_ratio_get_analysis (each));

      g_assert_true (g_hash_table_add (analyses, g_steal_pointer (&key)));
      g_assert_cmpstr (rcc_hazard_ratio_get_arm_id (each), ==, nivo);
    }
  g_assert_cmpuint (g_hash_table_size (analyses), ==, 9);

  /* OS and PFS rates at 6, 12 (and 18) months: 42.2 (33.8–50.4) at 12. */
  list = rcc_trial_get_rates (trial);
  g_assert_cmpuint (n_items (list), ==, 10);
  for (guint i = 0; i < n_items (list); i++)
    {
      g_autoptr(RccRate) rate = g_list_model_get_item (list, i);

      if (rcc_rate_get_endpoint (rate) == RCC_ENDPOINT_OS &&
          g_str_equal (rcc_rate_get_arm_id (rate), nivo) &&
          fabs (rcc_rate_get_at_months (rate) - 12) < 1e-9)
        {
          assert_near (rcc_rate_get_percent (rate), 42.2);
          g_assert_true (rcc_rate_get_has_ci (rate));
          assert_near (rcc_rate_get_ci_low (rate), 33.8);
          assert_near (rcc_rate_get_ci_high (rate), 50.4);
        }
    }

  /* Duration of response (NA for nivolumab) is not an endpoint we show. */
  assert_warning (import, "\"Duration of Objective Response (DOR) in Months for All Confirmed Responders at "
                          "Primary Endpoint\" is not PFS, OS, DFS or TTP");
  g_assert_cmpuint (g_strv_length ((char **)rcc_ctgov_import_get_warnings (import)), ==, 6);

  g_assert_cmpint (rcc_trial_get_headline_endpoint (trial), ==, RCC_ENDPOINT_PFS);
}

/* The protocol-only legacy record against its v2 twin. */
static void
test_legacy_vs_v2 (void)
{
  g_autoptr(RccCtgovImport) legacy = import_sample (PALLAS_XML);
  g_autoptr(RccCtgovImport) v2 = import_sample (PALLAS_V2);
  RccTrial *a = trial_at (legacy, 0);
  RccTrial *b = trial_at (v2, 0);

  g_assert_cmpint (rcc_ctgov_import_get_format (legacy), ==, RCC_CTGOV_FORMAT_LEGACY_XML);
  g_assert_false (rcc_ctgov_import_get_has_results (legacy, 0));
  g_assert_true (rcc_ctgov_import_get_has_results (v2, 0));

  g_assert_cmpstr (rcc_trial_get_id (a), ==, rcc_trial_get_id (b));
  g_assert_cmpstr (rcc_trial_get_name (a), ==, "PALLAS");
  g_assert_cmpstr (rcc_trial_get_name (a), ==, rcc_trial_get_name (b));
  g_assert_cmpstr (rcc_trial_get_title (a), ==, rcc_trial_get_title (b));
  g_assert_cmpstr (rcc_trial_get_phase (a), ==, rcc_trial_get_phase (b));
  g_assert_cmpuint (rcc_trial_get_enrolled (a), ==, rcc_trial_get_enrolled (b));
  g_assert_cmpuint (rcc_trial_get_year (a), ==, rcc_trial_get_year (b));
  g_assert_cmpstr (rcc_trial_get_population (a), ==, rcc_trial_get_population (b));

  g_assert_cmpuint (n_items (rcc_trial_get_arms (a)), ==, 2);
  g_assert_cmpuint (n_items (rcc_trial_get_arms (b)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      RccArm *x = arm_at (a, i);
      RccArm *y = arm_at (b, i);

      g_assert_cmpstr (rcc_arm_get_id (x), ==, rcc_arm_get_id (y));
      g_assert_cmpstr (rcc_arm_get_label (x), ==, rcc_arm_get_label (y));
      g_assert_cmpstr (rcc_arm_get_dose (x), ==, rcc_arm_get_dose (y));
      g_assert_cmpstrv (rcc_arm_get_interventions (x), rcc_arm_get_interventions (y));
      g_assert_cmpint (rcc_arm_get_control (x), ==, rcc_arm_get_control (y));
    }

  /* The legacy copy is older and has no results; it says so. */
  g_assert_cmpstr (rcc_trial_get_source_updated (a), ==, "2020-03-09");
  g_assert_cmpstr (rcc_trial_get_source_note (a), ==,
                   "Imported from ClinicalTrials.gov (NCT02513394), not reviewed; no results posted");
  g_assert_cmpuint (n_items (rcc_trial_get_hazard_ratios (a)), ==, 0);
  g_assert_cmpuint (n_items (rcc_trial_get_rates (a)), ==, 0);
  assert_warning (legacy, "NCT02513394: no results posted; only the design was imported");
}

/* Our own fixture: several studies in one file, a reversed direction, a
 * group matching no arm, a median that is not a number, a log HR, a CI
 * without a level, a unit we do not take. */
static void
test_synthetic (void)
{
  g_autofree char *path = fixture ("synthetic-two-studies.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCtgovImport) import = rcc_ctgov_import_file (file, "synthetic.json", &error);
  RccTrial *a, *b;
  RccHazardRatio *hr;
  RccMedian *m;

  g_assert_no_error (error);
  g_assert_cmpuint (n_items (rcc_ctgov_import_get_trials (import)), ==, 2);

  a = trial_at (import, 0);
  g_assert_cmpstr (rcc_trial_get_name (a), ==, "SYNTH-A");
  g_assert_cmpstr (rcc_trial_get_phase (a), ==, "2/3");
  assert_warning (import, "NCT99999901: the enrolment of 100 is estimated, not actual");

  m = find_median (a, RCC_ENDPOINT_PFS, "drug-x-10-mg", NULL, NULL);
  assert_median (m, 24.1, RCC_TIME_UNIT_WEEKS, 20.0, 30.5, 95);
  assert_near (rcc_median_get_months (m), 24.1 * 7 / RCC_DAYS_PER_MONTH);
  g_assert_cmpuint (n_items (rcc_trial_get_medians (a)), ==, 1);
  assert_warning (import, "the median \"12,5\" for \"Placebo\" is not a number; not imported");
  assert_warning (import, "result group \"Total\" in \"Progression-Free Survival\" matches no arm");
  assert_warning (import, "\"Overall Survival\": medians in \"Years\" (not days, weeks or months) were not imported");

  /* "Placebo relative to Drug X": the HR is placebo's, as the record says. */
  g_assert_cmpuint (n_items (rcc_trial_get_hazard_ratios (a)), ==, 1);
  hr = find_hr (a, RCC_ENDPOINT_PFS, 1.80, NULL);
  assert_hr (hr, "placebo", "drug-x-10-mg", 1.30, 2.50, 95, "<0.001");
  g_assert_true (rcc_hazard_ratio_get_primary (hr));
  assert_warning (import, "the hazard ratio 1.80 has a CI whose level the record does not state; 95% is assumed");
  assert_warning (import, "a hazard ratio on the log scale (-0.59) was not imported");

  /* Each study keeps its own record, which imports to the same trial. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(RccCtgovImport) again = rcc_ctgov_import_bytes (rcc_ctgov_import_get_record (import, i), "again", &error);

      g_assert_no_error (error);
      g_assert_cmpuint (n_items (rcc_ctgov_import_get_trials (again)), ==, 1);
      g_assert_cmpstr (rcc_trial_get_id (trial_at (again, 0)), ==, rcc_trial_get_id (trial_at (import, i)));
    }

  b = trial_at (import, 1);
  g_assert_cmpstr (rcc_trial_get_id (b), ==, "NCT99999902");
  g_assert_null (rcc_trial_get_phase (b));  /* "NA": not applicable */
  g_assert_false (rcc_ctgov_import_get_has_results (import, 1));
  assert_warning (import, "NCT99999902: no results posted");
}

/* ---------------------------------------------------------------------
 * Refusals: nothing is added
 */

static void
assert_refused (GBytes     *bytes,
                const char *name,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCtgovImport) import = rcc_ctgov_import_bytes (bytes, name, &error);
  g_autofree char *prefix = g_strdup_printf ("%s: ", name);

  g_assert_null (import);
  g_assert_error (error, RCC_CONTENT_ERROR, error->code);
  if (!g_str_has_prefix (error->message, prefix) || !contains (error->message, message))
    g_error ("%s: expected \"%s…%s…\", got \"%s\"", name, prefix, message, error->message);
}

static void
test_refused_fixtures (void)
{
  static const struct {
    const char *file;
    const char *message;
  } bad[] = {
    { "not-a-study.json", "not a ClinicalTrials.gov study record (no protocolSection.identificationModule)" },
    { "not-a-study.xml", "not a ClinicalTrials.gov study record (the root element is <rcc-content>" },
    { "entity-bomb.xml", "line 2: a document type declaration (DOCTYPE) is not allowed" },
    { "xxe.xml", "line 2: a document type declaration (DOCTYPE) is not allowed" },
    { "bad-nct-id.json", "\"NCT123\" is not an NCT id" },
    { "no-nct-id.xml", "it has no NCT id" },
    { "one-bad-of-two.json", "study 2 of 2: not a ClinicalTrials.gov study record" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = fixture (bad[i].file);
      g_autoptr(GBytes) bytes = read_bytes (path);

      assert_refused (bytes, bad[i].file, bad[i].message);
    }

  {
    g_autofree char *path = sample (CLASSIC_V1);
    g_autoptr(GBytes) bytes = read_bytes (path);

    assert_refused (bytes, "arrow.json", "the retired classic API v1 format, which is not supported");
  }

  {
    g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
    g_autoptr(GBytes) blank = g_bytes_new_static ("\xEF\xBB\xBF \n", 5);
    g_autoptr(GBytes) text = g_bytes_new_static ("NCT00791778\n", 12);
    g_autoptr(GBytes) list = g_bytes_new_static ("[1, 2]", 6);
    g_autoptr(GBytes) no_studies = g_bytes_new_static ("{\"studies\": []}", 15);
    g_autoptr(GString) deep = g_string_new (NULL);
    g_autoptr(GBytes) deep_bytes = NULL;

    assert_refused (empty, "empty.json", "the file is empty");
    assert_refused (blank, "blank.json", "the file is empty");
    assert_refused (text, "id.txt", "neither JSON nor XML");
    assert_refused (list, "list.json", "expected a JSON object");
    assert_refused (no_studies, "none.json", "the list of studies is empty");

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (deep, '[');
    deep_bytes = g_string_free_to_bytes (g_steal_pointer (&deep));
    assert_refused (deep_bytes, "deep.json", "nested more than");
  }
}

/* Truncated copies of every sample, cut at several places: each refused. */
static void
test_refused_truncated (void)
{
  static const char *samples[] = { SORAFENIB, NO_RESULTS, PALLAS_V2, CHECKMATE, PALLAS_XML };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = sample (samples[i]);
      g_autoptr(GBytes) whole = read_bytes (path);
      gsize length = g_bytes_get_size (whole);
      const char *data = g_bytes_get_data (whole, NULL);
      const char *last = data + length;
      gsize cuts[5];

      /* Up to the last closing brace or '>', exclusive: the end cut off. */
      while (last > data && last[-1] != '}' && last[-1] != '>')
        last--;
      cuts[0] = length / 4;
      cuts[1] = length / 2;
      cuts[2] = length * 3 / 4;
      cuts[3] = length - 200;
      cuts[4] = (last - data) - 1;

      for (guint c = 0; c < G_N_ELEMENTS (cuts); c++)
        {
          g_autoptr(GBytes) cut = g_bytes_new_from_bytes (whole, 0, cuts[c]);
          g_autoptr(GError) error = NULL;
          g_autoptr(RccCtgovImport) import = rcc_ctgov_import_bytes (cut, "cut", &error);

          g_assert_null (import);
          g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE);
          g_assert_true (g_str_has_prefix (error->message, "cut: "));
          g_assert_true (contains (error->message, "cut short"));
        }
    }
}

/* A catalog takes all of an import or none of it; bundled content untouched. */
static void
test_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = rcc_xml_loader_load_bundled (&error);
  g_autoptr(RccCtgovImport) sorafenib = import_sample (SORAFENIB);
  g_autoptr(RccCtgovImport) again = import_sample (SORAFENIB);
  g_autofree char *path = fixture ("synthetic-two-studies.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RccCtgovImport) two = rcc_ctgov_import_file (file, NULL, &error);
  guint bundled;

  g_assert_no_error (error);
  bundled = n_items (rcc_catalog_get_trials (catalog));

  g_assert_true (rcc_ctgov_import_add_to_catalog (sorafenib, catalog, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (rcc_catalog_get_trials (catalog)), ==, bundled + 1);
  g_assert_true (rcc_catalog_lookup_trial (catalog, "NCT00791778") == trial_at (sorafenib, 0));

  /* The same trial again: refused, nothing added. */
  g_assert_false (rcc_ctgov_import_add_to_catalog (again, catalog, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "NCT00791778 is already in the catalog");
  g_clear_error (&error);
  g_assert_cmpuint (n_items (rcc_catalog_get_trials (catalog)), ==, bundled + 1);

  g_assert_true (rcc_ctgov_import_add_to_catalog (two, catalog, &error));
  g_assert_cmpuint (n_items (rcc_catalog_get_trials (catalog)), ==, bundled + 3);

  /* Its treatments gained no trial: imported arms name none. */
  for (guint i = 0; i < n_items (rcc_catalog_get_treatments (catalog)); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (rcc_catalog_get_treatments (catalog), i);
      GListModel *trials = rcc_treatment_get_trials (t);

      for (guint j = 0; j < n_items (trials); j++)
        {
          g_autoptr(RccTrial) trial = g_list_model_get_item (trials, j);
          g_assert_false (rcc_trial_get_imported (trial));
        }
    }
}

/* The new fields in the JSON export, and only where set. */
static void
test_json (void)
{
  g_autoptr(RccCtgovImport) import = import_sample (CHECKMATE);
  g_autoptr(JsonNode) node = rcc_json_serialize_trial (trial_at (import, 0));
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = rcc_xml_loader_load_bundled (&error);
  g_autoptr(JsonNode) bundled = rcc_json_serialize_trial (rcc_catalog_lookup_trial (catalog, "target"));
  JsonObject *trial = json_node_get_object (node);
  JsonObject *target = json_node_get_object (bundled);
  JsonArray *hrs = json_object_get_array_member (trial, "hazard_ratios");
  JsonObject *arm = json_array_get_object_element (json_object_get_array_member (trial, "arms"), 0);
  gboolean seen = FALSE;

  g_assert_cmpstr (json_object_get_string_member (trial, "nct_id"), ==, "NCT01642004");
  g_assert_true (json_object_get_boolean_member (trial, "imported"));
  g_assert_cmpstr (json_object_get_string_member (trial, "source_note"), ==,
                   "Imported from ClinicalTrials.gov (NCT01642004), not reviewed");
  g_assert_cmpstr (json_object_get_string_member (trial, "source_updated"), ==, "2018-04-10");
  g_assert_false (json_object_has_member (trial, "evidence_level"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (arm, "treatments")), ==, 0);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (arm, "interventions"), 0),
                   ==, "Biological: Nivolumab");

  for (guint i = 0; i < json_array_get_length (hrs); i++)
    {
      JsonObject *hr = json_array_get_object_element (hrs, i);

      if (json_object_get_double_member (hr, "value") != 0.59)
        continue;
      assert_near (json_object_get_double_member (hr, "ci_level"), 96.85);
      g_assert_cmpint (json_object_get_int_member (hr, "ci_sides"), ==, 2);
      g_assert_cmpstr (json_object_get_string_member (hr, "direction"), ==,
                       "Stratified Cox proportional hazard model. HR = Nivolumab over Docetaxel");
      g_assert_true (g_str_has_prefix (json_object_get_string_member (hr, "method"), "Log Rank"));
      seen = TRUE;
    }
  g_assert_true (seen);

  /* Curated content has none of them but its registry number. */
  g_assert_cmpstr (json_object_get_string_member (target, "nct_id"), ==, "NCT00073307");
  g_assert_false (json_object_has_member (target, "imported"));
  g_assert_false (json_object_has_member (target, "source_note"));
  hrs = json_object_get_array_member (target, "hazard_ratios");
  for (guint i = 0; i < json_array_get_length (hrs); i++)
    {
      JsonObject *hr = json_array_get_object_element (hrs, i);

      g_assert_false (json_object_has_member (hr, "direction"));
      g_assert_false (json_object_has_member (hr, "method"));
      g_assert_false (json_object_has_member (hr, "ci_sides"));
    }
}

/* ---------------------------------------------------------------------
 * The store
 */

static GFile *
store_folder (void)
{
  g_autofree char *path = rcc_import_store_default_path ();

  /* G_TEST_OPTION_ISOLATE_DIRS: a fresh XDG_DATA_HOME per test. */
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (path, "/rcc-guide/imported"));
  return g_file_new_for_path (path);
}

static guint
count_files (GFile *folder)
{
  g_autoptr(GDir) dir = g_dir_open (g_file_peek_path (folder), 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_store_restart (void)
{
  g_autoptr(GFile) folder = store_folder ();
  g_autoptr(RccImportStore) store = rcc_import_store_new (folder);
  g_autoptr(RccImportStore) restarted = rcc_import_store_new (folder);
  g_autoptr(RccCtgovImport) added = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autofree char *sorafenib_path = sample (SORAFENIB);
  g_autofree char *checkmate_path = sample (CHECKMATE);
  g_autoptr(GFile) sorafenib = g_file_new_for_path (sorafenib_path);
  g_autoptr(GFile) checkmate = g_file_new_for_path (checkmate_path);
  g_autoptr(GBytes) original = read_bytes (checkmate_path);
  g_autoptr(GBytes) kept = NULL;
  RccTrial *trial;

  /* A missing folder is an empty store. */
  g_assert_true (rcc_import_store_load (store, &aside, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (aside->len, ==, 0);
  g_clear_pointer (&aside, g_ptr_array_unref);
  g_assert_cmpuint (n_items (rcc_import_store_get_trials (store)), ==, 0);

  added = rcc_import_store_add_file (store, checkmate, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **)rcc_ctgov_import_get_warnings (added)), ==, 6);
  g_clear_object (&added);
  added = rcc_import_store_add_file (store, sorafenib, &error);
  g_assert_no_error (error);
  g_clear_object (&added);

  /* One file per trial, the record byte for byte. */
  g_assert_cmpuint (count_files (folder), ==, 2);
  g_assert_true (g_str_has_suffix (g_file_peek_path (rcc_import_store_get_file (store, "NCT01642004")),
                                   "/NCT01642004.xml"));
  kept = read_bytes (g_file_peek_path (rcc_import_store_get_file (store, "NCT01642004")));
  g_assert_true (g_bytes_equal (kept, original));

  /* "Restart": a new store on the same folder reads the same trials. */
  g_assert_true (rcc_import_store_load (restarted, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (rcc_import_store_get_trials (restarted)), ==, 2);
  trial = g_list_model_get_item (rcc_import_store_get_trials (restarted), 0);
  g_assert_cmpstr (rcc_trial_get_id (trial), ==, "NCT00791778");  /* by id */
  g_object_unref (trial);
  trial = rcc_import_store_lookup (restarted, "NCT01642004");
  g_assert_nonnull (trial);
  g_assert_true (rcc_trial_get_imported (trial));
  assert_hr (find_hr (trial, RCC_ENDPOINT_OS, 0.59, "Primary outcome"),
             "arm-a-nivolumab", "arm-b-docetaxel", 0.43, 0.81, 96.85, "0.0002");
  g_assert_cmpuint (g_strv_length ((char **)rcc_ctgov_import_get_warnings (
                      rcc_import_store_get_import (restarted, "NCT01642004"))), ==, 6);

  /* A re-import replaces; remove deletes the file. */
  added = rcc_import_store_add_file (restarted, sorafenib, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (rcc_import_store_get_trials (restarted)), ==, 2);
  g_assert_true (rcc_import_store_remove (restarted, "NCT00791778", &error));
  g_assert_no_error (error);
  g_assert_null (rcc_import_store_lookup (restarted, "NCT00791778"));
  g_assert_cmpuint (count_files (folder), ==, 1);
  g_assert_true (rcc_import_store_remove (restarted, "NCT00791778", &error));  /* gone already: fine */

  g_assert_true (rcc_import_store_load (store, NULL, &error));
  g_assert_cmpuint (n_items (rcc_import_store_get_trials (store)), ==, 1);
  g_assert_nonnull (rcc_import_store_lookup (store, "NCT01642004"));
}

static void
test_store_refuses_and_sets_aside (void)
{
  g_autoptr(GFile) folder = store_folder ();
  g_autoptr(RccImportStore) store = rcc_import_store_new (folder);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) aside = NULL;
  g_autofree char *sorafenib_path = sample (SORAFENIB);
  g_autoptr(GBytes) sorafenib = read_bytes (sorafenib_path);
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (sorafenib, 0, g_bytes_get_size (sorafenib) / 2);
  g_autofree char *two_path = fixture ("synthetic-two-studies.json");
  g_autoptr(GFile) two = g_file_new_for_path (two_path);
  g_autoptr(RccCtgovImport) added = NULL;
  g_autofree char *garbage = NULL;
  g_autofree char *impostor = NULL;
  g_autofree char *stray = NULL;

  /* A truncated record is refused and nothing is written. */
  added = rcc_import_store_add (store, cut, "cut.json", &error);
  g_assert_null (added);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (folder), ==, 0);
  g_assert_cmpuint (n_items (rcc_import_store_get_trials (store)), ==, 0);

  /* Two studies in one file: two files, each the study alone. */
  added = rcc_import_store_add_file (store, two, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (rcc_import_store_get_trials (store)), ==, 2);
  g_assert_cmpuint (count_files (folder), ==, 2);

  /* Damage: garbage under a record's name, another trial under a wrong
   * name, and a file that is no record at all (left alone). */
  garbage = g_build_filename (g_file_peek_path (folder), "NCT99999902.json", NULL);
  g_assert_true (g_file_set_contents (garbage, "{\"protocolSection\": {", -1, NULL));
  impostor = g_build_filename (g_file_peek_path (folder), "NCT00000001.json", NULL);
  g_assert_true (g_file_set_contents (impostor, g_bytes_get_data (sorafenib, NULL),
                                      g_bytes_get_size (sorafenib), NULL));
  stray = g_build_filename (g_file_peek_path (folder), "notes.txt", NULL);
  g_assert_true (g_file_set_contents (stray, "not a record", -1, NULL));

  g_assert_false (rcc_import_store_load (store, &aside, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  g_assert_true (contains (error->message, "NCT00000001.json: holds NCT00791778, not NCT00000001 It was kept as "));
  g_assert_true (contains (error->message, "NCT99999902.json: line 1, column"));
  g_assert_true (contains (error->message, ".corrupt-"));
  g_assert_cmpuint (aside->len, ==, 2);
  for (guint i = 0; i < aside->len; i++)
    g_assert_true (g_file_query_exists (g_ptr_array_index (aside, i), NULL));
  g_assert_false (g_file_test (garbage, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (impostor, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));

  /* The good one still loads. */
  g_assert_cmpuint (n_items (rcc_import_store_get_trials (store)), ==, 1);
  g_assert_nonnull (rcc_import_store_lookup (store, "NCT99999901"));

  /* A second load finds nothing wrong: what was set aside stays aside. */
  g_clear_error (&error);
  g_clear_pointer (&aside, g_ptr_array_unref);
  g_assert_true (rcc_import_store_load (store, &aside, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (aside->len, ==, 0);
}

/* ---------------------------------------------------------------------
 * The command line (rcc-test-run.h runs it)
 */

static void
test_cli_dump_json (void)
{
  g_auto(Run) plain = { 0 };
  g_auto(Run) run = { 0 };
  g_autofree char *sorafenib = sample (SORAFENIB);
  g_autofree char *checkmate = sample (CHECKMATE);
  g_autoptr(JsonParser) plain_parser = json_parser_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected_warning = NULL;
  JsonArray *plain_trials, *trials;
  JsonObject *last;
  guint n;

  run_guide (&plain, "--dump-json", NULL);
  g_assert_cmpint (plain.status, ==, 0);
  g_assert_true (json_parser_load_from_data (plain_parser, plain.out, -1, &error));
  plain_trials = json_object_get_array_member (json_node_get_object (json_parser_get_root (plain_parser)), "trials");

  run_guide (&run, "--import", sorafenib, "--import", checkmate, "--dump-json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  trials = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "trials");
  n = json_array_get_length (trials);

  /* The bundled trials, then the imported ones, in --import order. */
  g_assert_cmpuint (n, ==, json_array_get_length (plain_trials) + 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (trials, n - 2), "id"),
                   ==, "NCT00791778");
  last = json_array_get_object_element (trials, n - 1);
  g_assert_cmpstr (json_object_get_string_member (last, "id"), ==, "NCT01642004");
  g_assert_true (json_object_get_boolean_member (last, "imported"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (last, "hazard_ratios")), ==, 9);
  /* The treatments are the bundled ones, unchanged. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_node_get_object (json_parser_get_root (parser)), "treatments")),
                    ==,
                    json_array_get_length (json_object_get_array_member (
                      json_node_get_object (json_parser_get_root (plain_parser)), "treatments")));

  /* What could not be tied down, on standard error. */
  expected_warning = g_strdup_printf ("%s: warning: NCT01642004: no arm is typed as a comparator", checkmate);
  g_assert_true (contains (run.err, expected_warning));
}

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static guint
count_in (const char *text,
          const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_cli_compare_pdf (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) text = { 0 };
  g_autofree char *sorafenib = sample (SORAFENIB);
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "report-output", NULL);
  g_autofree char *pdf = g_build_filename (dir, "import-compare.pdf", NULL);
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  /* -raw: in drawing order, so a wrapped cell reads as one piece. */
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
  g_autofree char *squeezed = NULL;
  const char *note = "ImportedfromClinicalTrials.gov(NCT00791778),notreviewed";
  const char *table;

  if (program == NULL)
    g_error ("pdftotext is missing: build-aux/test installs poppler-utils");

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_unlink (pdf);

  run_guide (&run, "--import", sorafenib, "--compare", "NCT00791778,target", "--output", pdf, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");

  run_argv (&text, argv);
  g_assert_cmpint (text.status, ==, 0);

  /* Wrapped in narrow columns: compare without white space. */
  squeezed = squeeze (text.out);
  g_assert_true (contains (squeezed, "TARGET"));
  g_assert_true (contains (squeezed, "386days"));

  /* Marked in the chart row, and in the table's trial cell. */
  table = strstr (squeezed, "Median(eacharm)");
  g_assert_nonnull (table);
  g_assert_nonnull (strstr (squeezed, note));
  g_assert_true (strstr (squeezed, note) < table);
  g_assert_nonnull (strstr (table, note));
  /* With the record's own date */
  g_assert_nonnull (strstr (table, "notreviewed;recordupdated28September2015"));
  /* And only the imported trial is. */
  g_assert_cmpuint (count_in (squeezed, "Importedfrom"), ==, count_in (squeezed, note));
}

static void
test_cli_bad_file (void)
{
  g_autofree char *bad = fixture ("not-a-study.json");
  g_autofree char *bomb = fixture ("entity-bomb.xml");
  g_autofree char *sorafenib = sample (SORAFENIB);
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "report-output", NULL);
  g_autofree char *never = g_build_filename (dir, "import-never.pdf", NULL);
  g_autofree char *prefix = g_strdup_printf ("%s: not a ClinicalTrials.gov study record", bad);

  {
    g_auto(Run) run = { 0 };

    /* A good file and a bad one: nothing is added, nothing printed. */
    run_guide (&run, "--import", sorafenib, "--import", bad, "--dump-json", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_true (g_str_has_prefix (run.err, prefix));
  }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *bomb_prefix = g_strdup_printf ("%s: line 2: a document type declaration", bomb);

    g_unlink (never);
    run_guide (&run, "--import", bomb, "--compare", "target", "--output", never, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, bomb_prefix));
    g_assert_false (g_file_test (never, G_FILE_TEST_EXISTS));
  }

  {
    g_auto(Run) run = { 0 };
    g_autofree char *cut = g_build_filename (dir, "import-cut.json", NULL);
    g_autoptr(GBytes) whole = read_bytes (sorafenib);
    g_autofree char *cut_prefix = g_strdup_printf ("%s: line ", cut);

    g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
    g_assert_true (g_file_set_contents (cut, g_bytes_get_data (whole, NULL), 4000, NULL));
    run_guide (&run, "--import", cut, "--dump-json", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_true (g_str_has_prefix (run.err, cut_prefix));
    g_assert_true (contains (run.err, "not valid JSON, or cut short"));
  }

  {
    g_auto(Run) run = { 0 };

    /* The same trial twice. */
    run_guide (&run, "--import", sorafenib, "--import", sorafenib, "--dump-json", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_true (contains (run.err, "NCT00791778 is already in the catalog"));
  }

  {
    g_auto(Run) run = { 0 };

    run_guide (&run, "--import", sorafenib, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==, "--import goes with --dump-json or --compare\n");
  }

  {
    g_auto(Run) run = { 0 };

    run_guide (&run, "--help", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (contains (run.out, "--import"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/ctgov/v2-sorafenib", test_v2_sorafenib);
  g_test_add_func ("/rcc/ctgov/v2-no-results", test_v2_no_results);
  g_test_add_func ("/rcc/ctgov/v2-pallas", test_v2_pallas);
  g_test_add_func ("/rcc/ctgov/legacy-checkmate", test_legacy_checkmate);
  g_test_add_func ("/rcc/ctgov/legacy-vs-v2", test_legacy_vs_v2);
  g_test_add_func ("/rcc/ctgov/synthetic", test_synthetic);
  g_test_add_func ("/rcc/ctgov/refused-fixtures", test_refused_fixtures);
  g_test_add_func ("/rcc/ctgov/refused-truncated", test_refused_truncated);
  g_test_add_func ("/rcc/ctgov/catalog", test_catalog);
  g_test_add_func ("/rcc/ctgov/json", test_json);
  g_test_add_func ("/rcc/ctgov/store-restart", test_store_restart);
  g_test_add_func ("/rcc/ctgov/store-sets-aside", test_store_refuses_and_sets_aside);
  g_test_add_func ("/rcc/ctgov/cli-dump-json", test_cli_dump_json);
  g_test_add_func ("/rcc/ctgov/cli-compare-pdf", test_cli_compare_pdf);
  g_test_add_func ("/rcc/ctgov/cli-bad-file", test_cli_bad_file);

  return g_test_run ();
}
