/* test-current-evidence.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "content/rcc-json.h"
#include "content/rcc-xml-loader.h"

/* The trials behind today's practice, figure by figure against the
 * project's research notes (trial-facts.md §3b): one row per headline
 * figure, typed from that table (not from the content), with its CI
 * level as published. */

static RccCatalog *catalog;

typedef struct
{
  const char *trial;
  RccEndpoint endpoint;
  const char *arm;
  double      value;     /* 0: not reached */
  RccTimeUnit unit;
} MedianRow;

static const MedianRow medians[] = {
  /* CheckMate 214, intermediate/poor risk */
  { "checkmate-214", RCC_ENDPOINT_PFS, "nivo-ipi", 11.6, RCC_TIME_UNIT_MONTHS },
  { "checkmate-214", RCC_ENDPOINT_PFS, "sunitinib", 8.4, RCC_TIME_UNIT_MONTHS },
  { "checkmate-214", RCC_ENDPOINT_OS, "nivo-ipi", 0, RCC_TIME_UNIT_MONTHS },
  { "checkmate-214", RCC_ENDPOINT_OS, "sunitinib", 26.0, RCC_TIME_UNIT_MONTHS },
  { "keynote-426", RCC_ENDPOINT_PFS, "pembro-axi", 15.1, RCC_TIME_UNIT_MONTHS },
  { "keynote-426", RCC_ENDPOINT_PFS, "sunitinib", 11.1, RCC_TIME_UNIT_MONTHS },
  { "keynote-426", RCC_ENDPOINT_OS, "pembro-axi", 0, RCC_TIME_UNIT_MONTHS },
  { "keynote-426", RCC_ENDPOINT_OS, "sunitinib", 0, RCC_TIME_UNIT_MONTHS },
  { "checkmate-9er", RCC_ENDPOINT_PFS, "nivo-cabo", 16.6, RCC_TIME_UNIT_MONTHS },
  { "checkmate-9er", RCC_ENDPOINT_PFS, "sunitinib", 8.3, RCC_TIME_UNIT_MONTHS },
  { "checkmate-9er", RCC_ENDPOINT_OS, "nivo-cabo", 0, RCC_TIME_UNIT_MONTHS },
  { "clear", RCC_ENDPOINT_PFS, "len-pembro", 23.9, RCC_TIME_UNIT_MONTHS },
  { "clear", RCC_ENDPOINT_PFS, "len-eve", 14.7, RCC_TIME_UNIT_MONTHS },
  { "clear", RCC_ENDPOINT_PFS, "sunitinib", 9.2, RCC_TIME_UNIT_MONTHS },
  /* JAVELIN: PD-L1-positive patients, the primary population */
  { "javelin-renal-101", RCC_ENDPOINT_PFS, "ave-axi", 13.8, RCC_TIME_UNIT_MONTHS },
  { "javelin-renal-101", RCC_ENDPOINT_PFS, "sunitinib", 7.2, RCC_TIME_UNIT_MONTHS },
  { "checkmate-025", RCC_ENDPOINT_PFS, "nivolumab", 4.6, RCC_TIME_UNIT_MONTHS },
  { "checkmate-025", RCC_ENDPOINT_PFS, "everolimus", 4.4, RCC_TIME_UNIT_MONTHS },
  { "checkmate-025", RCC_ENDPOINT_OS, "nivolumab", 25.0, RCC_TIME_UNIT_MONTHS },
  { "checkmate-025", RCC_ENDPOINT_OS, "everolimus", 19.6, RCC_TIME_UNIT_MONTHS },
  { "meteor", RCC_ENDPOINT_PFS, "cabozantinib", 7.4, RCC_TIME_UNIT_MONTHS },
  { "meteor", RCC_ENDPOINT_PFS, "everolimus", 3.8, RCC_TIME_UNIT_MONTHS },
  { "meteor", RCC_ENDPOINT_OS, "cabozantinib", 21.4, RCC_TIME_UNIT_MONTHS },
  { "meteor", RCC_ENDPOINT_OS, "everolimus", 16.5, RCC_TIME_UNIT_MONTHS },
  { "cabosun", RCC_ENDPOINT_PFS, "cabozantinib", 8.2, RCC_TIME_UNIT_MONTHS },
  { "cabosun", RCC_ENDPOINT_PFS, "sunitinib", 5.6, RCC_TIME_UNIT_MONTHS },
  /* LITESPARK-005: equal medians; the landmarks carry the result */
  { "litespark-005", RCC_ENDPOINT_PFS, "belzutifan", 5.6, RCC_TIME_UNIT_MONTHS },
  { "litespark-005", RCC_ENDPOINT_PFS, "everolimus", 5.6, RCC_TIME_UNIT_MONTHS },
  { "litespark-005", RCC_ENDPOINT_OS, "belzutifan", 21.4, RCC_TIME_UNIT_MONTHS },
  { "litespark-005", RCC_ENDPOINT_OS, "everolimus", 18.1, RCC_TIME_UNIT_MONTHS },
  { "carmena", RCC_ENDPOINT_OS, "sunitinib-alone", 18.4, RCC_TIME_UNIT_MONTHS },
  { "carmena", RCC_ENDPOINT_OS, "nephrectomy-sunitinib", 13.9, RCC_TIME_UNIT_MONTHS },
};

typedef struct
{
  const char *trial;
  RccEndpoint endpoint;
  const char *arm;
  const char *versus;
  double      value;
  double      ci_low;
  double      ci_high;
  double      ci_level;
  const char *p;          /* NULL: the source gives none */
  RccSignificance significance;
} HazardRow;

static const HazardRow hazard_ratios[] = {
  { "checkmate-214", RCC_ENDPOINT_PFS, "nivo-ipi", "sunitinib", 0.82, 0.64, 1.05, 99.1, "0.03", RCC_SIGNIFICANCE_NOT_SIGNIFICANT },
  { "checkmate-214", RCC_ENDPOINT_OS, "nivo-ipi", "sunitinib", 0.63, 0.44, 0.89, 99.8, "<0.001", RCC_SIGNIFICANCE_NOT_STATED },
  { "keynote-426", RCC_ENDPOINT_PFS, "pembro-axi", "sunitinib", 0.69, 0.57, 0.84, 95, "<0.001", RCC_SIGNIFICANCE_NOT_STATED },
  { "keynote-426", RCC_ENDPOINT_OS, "pembro-axi", "sunitinib", 0.53, 0.38, 0.74, 95, "<0.0001", RCC_SIGNIFICANCE_NOT_STATED },
  { "checkmate-9er", RCC_ENDPOINT_PFS, "nivo-cabo", "sunitinib", 0.51, 0.41, 0.64, 95, "<0.0001", RCC_SIGNIFICANCE_NOT_STATED },
  { "checkmate-9er", RCC_ENDPOINT_OS, "nivo-cabo", "sunitinib", 0.60, 0.40, 0.89, 98.89, "0.0010", RCC_SIGNIFICANCE_NOT_STATED },
  { "clear", RCC_ENDPOINT_PFS, "len-pembro", "sunitinib", 0.39, 0.32, 0.49, 95, "<0.001", RCC_SIGNIFICANCE_NOT_STATED },
  { "clear", RCC_ENDPOINT_PFS, "len-eve", "sunitinib", 0.65, 0.53, 0.80, 95, "<0.001", RCC_SIGNIFICANCE_NOT_STATED },
  { "clear", RCC_ENDPOINT_OS, "len-pembro", "sunitinib", 0.66, 0.49, 0.88, 95, "0.005", RCC_SIGNIFICANCE_NOT_STATED },
  { "clear", RCC_ENDPOINT_OS, "len-eve", "sunitinib", 1.15, 0.88, 1.50, 95, "0.30", RCC_SIGNIFICANCE_NOT_STATED },
  { "javelin-renal-101", RCC_ENDPOINT_PFS, "ave-axi", "sunitinib", 0.61, 0.47, 0.79, 95, "<0.001", RCC_SIGNIFICANCE_NOT_STATED },
  { "javelin-renal-101", RCC_ENDPOINT_OS, "ave-axi", "sunitinib", 0.86, 0.70, 1.06, 95, "0.0755", RCC_SIGNIFICANCE_NOT_SIGNIFICANT },
  { "checkmate-025", RCC_ENDPOINT_PFS, "nivolumab", "everolimus", 0.88, 0.75, 1.03, 95, "0.11", RCC_SIGNIFICANCE_NOT_STATED },
  { "checkmate-025", RCC_ENDPOINT_OS, "nivolumab", "everolimus", 0.73, 0.57, 0.93, 98.5, "0.002", RCC_SIGNIFICANCE_NOT_STATED },
  { "meteor", RCC_ENDPOINT_PFS, "cabozantinib", "everolimus", 0.58, 0.45, 0.75, 95, "<0.001", RCC_SIGNIFICANCE_NOT_STATED },
  { "meteor", RCC_ENDPOINT_OS, "cabozantinib", "everolimus", 0.66, 0.53, 0.83, 95, "0.00026", RCC_SIGNIFICANCE_NOT_STATED },
  { "cabosun", RCC_ENDPOINT_PFS, "cabozantinib", "sunitinib", 0.66, 0.46, 0.95, 95, ".012 (one-sided)", RCC_SIGNIFICANCE_NOT_STATED },
  { "cabosun", RCC_ENDPOINT_OS, "cabozantinib", "sunitinib", 0.80, 0.53, 1.21, 95, NULL, RCC_SIGNIFICANCE_NOT_STATED },
  { "litespark-005", RCC_ENDPOINT_PFS, "belzutifan", "everolimus", 0.75, 0.63, 0.90, 95, NULL, RCC_SIGNIFICANCE_NOT_STATED },
  { "litespark-005", RCC_ENDPOINT_OS, "belzutifan", "everolimus", 0.88, 0.73, 1.07, 95, ".20", RCC_SIGNIFICANCE_NOT_SIGNIFICANT },
  { "keynote-564", RCC_ENDPOINT_DFS, "pembrolizumab", "placebo", 0.68, 0.53, 0.87, 95, "0.002 (two-sided)", RCC_SIGNIFICANCE_NOT_STATED },
  { "keynote-564", RCC_ENDPOINT_OS, "pembrolizumab", "placebo", 0.62, 0.44, 0.87, 95, "0.005", RCC_SIGNIFICANCE_NOT_STATED },
  /* CARMENA: sunitinib alone versus nephrectomy then sunitinib */
  { "carmena", RCC_ENDPOINT_OS, "sunitinib-alone", "nephrectomy-sunitinib", 0.89, 0.71, 1.10, 95, NULL, RCC_SIGNIFICANCE_NOT_STATED },
  { "carmena", RCC_ENDPOINT_PFS, "sunitinib-alone", "nephrectomy-sunitinib", 0.82, 0.67, 1.00, 95, NULL, RCC_SIGNIFICANCE_NOT_STATED },
};

typedef struct
{
  const char *trial;
  RccEndpoint endpoint;
  const char *arm;
  double      at_months;
  double      percent;
} LandmarkRow;

static const LandmarkRow landmarks[] = {
  { "litespark-005", RCC_ENDPOINT_PFS, "belzutifan", 18, 24.0 },
  { "litespark-005", RCC_ENDPOINT_PFS, "everolimus", 18, 8.3 },
  { "litespark-005", RCC_ENDPOINT_PFS, "belzutifan", 12, 33.4 },
  { "litespark-005", RCC_ENDPOINT_PFS, "everolimus", 12, 17.1 },
  { "keynote-564", RCC_ENDPOINT_DFS, "pembrolizumab", 24, 77.3 },
  { "keynote-564", RCC_ENDPOINT_DFS, "placebo", 24, 68.1 },
  { "keynote-564", RCC_ENDPOINT_OS, "pembrolizumab", 48, 91.2 },
  { "keynote-564", RCC_ENDPOINT_OS, "placebo", 48, 86.0 },
  { "checkmate-214", RCC_ENDPOINT_OS, "nivo-ipi", 18, 75 },
  { "checkmate-214", RCC_ENDPOINT_OS, "sunitinib", 18, 60 },
  { "keynote-426", RCC_ENDPOINT_OS, "pembro-axi", 12, 89.9 },
  { "keynote-426", RCC_ENDPOINT_OS, "sunitinib", 12, 78.3 },
};

static RccTrial *
trial (const char *id)
{
  RccTrial *t = rcc_catalog_lookup_trial (catalog, id);

  if (t == NULL)
    g_error ("no trial \"%s\"", id);
  return t;
}

static void
test_median (gconstpointer data)
{
  const MedianRow *row = data;
  RccMedian *m = rcc_trial_find_primary_median (trial (row->trial), row->endpoint, row->arm);

  g_assert_nonnull (m);
  if (row->value == 0)
    {
      g_assert_false (rcc_median_get_reached (m));
      return;
    }
  g_assert_true (rcc_median_get_reached (m));
  g_assert_cmpfloat (rcc_median_get_value (m), ==, row->value);
  g_assert_cmpint (rcc_median_get_unit (m), ==, row->unit);
}

static void
test_hazard_ratio (gconstpointer data)
{
  const HazardRow *row = data;
  GListModel *list = rcc_trial_get_hazard_ratios (trial (row->trial));
  RccHazardRatio *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (list) && found == NULL; i++)
    {
      g_autoptr(RccHazardRatio) hr = g_list_model_get_item (list, i);

      if (rcc_hazard_ratio_get_primary (hr) &&
          rcc_hazard_ratio_get_endpoint (hr) == row->endpoint &&
          g_str_equal (rcc_hazard_ratio_get_arm_id (hr), row->arm) &&
          g_str_equal (rcc_hazard_ratio_get_versus_id (hr), row->versus))
        found = hr;
    }

  g_assert_nonnull (found);
  g_assert_cmpfloat (rcc_hazard_ratio_get_value (found), ==, row->value);
  g_assert_true (rcc_hazard_ratio_get_has_ci (found));
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_low (found), ==, row->ci_low);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_high (found), ==, row->ci_high);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_level (found), ==, row->ci_level);
  g_assert_cmpstr (rcc_hazard_ratio_get_p (found), ==, row->p);
  g_assert_cmpint (rcc_hazard_ratio_get_significance (found), ==, row->significance);
}

static void
test_landmark (gconstpointer data)
{
  const LandmarkRow *row = data;
  GListModel *list = rcc_trial_get_rates (trial (row->trial));
  gboolean found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (list) && !found; i++)
    {
      g_autoptr(RccRate) rate = g_list_model_get_item (list, i);

      found = rcc_rate_get_kind (rate) == RCC_RATE_KIND_LANDMARK &&
              rcc_rate_get_endpoint (rate) == row->endpoint &&
              rcc_rate_get_at_months (rate) == row->at_months &&
              rcc_rate_get_percent (rate) == row->percent &&
              g_str_equal (rcc_rate_get_arm_id (rate), row->arm);
    }

  g_assert_true (found);
}

static void
test_settings (void)
{
  static const struct { const char *trial; RccSetting setting; } rows[] = {
    { "checkmate-214", RCC_SETTING_FIRST_LINE },
    { "keynote-426", RCC_SETTING_FIRST_LINE },
    { "checkmate-9er", RCC_SETTING_FIRST_LINE },
    { "clear", RCC_SETTING_FIRST_LINE },
    { "javelin-renal-101", RCC_SETTING_FIRST_LINE },
    { "cabosun", RCC_SETTING_FIRST_LINE },
    { "checkmate-025", RCC_SETTING_AFTER_VEGF },
    { "meteor", RCC_SETTING_AFTER_VEGF },
    { "litespark-005", RCC_SETTING_AFTER_IO_AND_VEGF },
    { "keynote-564", RCC_SETTING_ADJUVANT },
    { "carmena", RCC_SETTING_CYTOREDUCTIVE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_cmpint (rcc_trial_get_setting (trial (rows[i].trial)), ==, rows[i].setting);

  /* CABOSUN is a randomised phase II trial, not phase 3. */
  g_assert_cmpstr (rcc_trial_get_phase (trial ("cabosun")), ==, "2");
}

static void
test_new_treatments (void)
{
  static const char *ids[] = {
    "axitinib", "cabozantinib", "nivolumab", "nivolumab-ipilimumab", "pembrolizumab-axitinib",
    "nivolumab-cabozantinib", "lenvatinib-pembrolizumab", "lenvatinib-everolimus",
    "avelumab-axitinib", "belzutifan", "adjuvant-pembrolizumab",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      RccTreatment *t = rcc_catalog_lookup_treatment (catalog, ids[i]);

      g_assert_nonnull (t);
      /* Not a 2014 PDQ option: no option number. */
      g_assert_cmpuint (rcc_treatment_get_option (t), ==, 0);
      g_assert_cmpuint (g_list_model_get_n_items (rcc_treatment_get_trials (t)), >=, 1);
      g_assert_nonnull (rcc_treatment_get_plain_summary (t));
    }

  /* CLEAR's both experimental arms are linked to their treatments. */
  g_assert_true (rcc_trial_uses_treatment (trial ("clear"), "lenvatinib-pembrolizumab"));
  g_assert_true (rcc_trial_uses_treatment (trial ("clear"), "lenvatinib-everolimus"));
}

static void
test_changelog_in_json (void)
{
  g_autoptr(JsonNode) node = rcc_json_serialize_catalog (catalog);
  g_autofree char *text = rcc_json_to_string (node, FALSE);
  GListModel *log = rcc_catalog_get_changelog (catalog);
  g_autoptr(RccChange) last = NULL;

  g_assert_cmpuint (rcc_catalog_get_version (catalog), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (log), ==, 6);
  last = g_list_model_get_item (log, 2);
  g_assert_cmpuint (rcc_change_get_version (last), ==, 3);
  g_assert_nonnull (strstr (rcc_change_get_text (last), "TIVO-3"));
  g_assert_nonnull (strstr (rcc_change_get_source (last), "2025"));
  g_clear_object (&last);
  last = g_list_model_get_item (log, 3);
  g_assert_cmpuint (rcc_change_get_version (last), ==, 4);
  g_assert_nonnull (strstr (rcc_change_get_text (last), "ESMO-MCBS"));
  g_assert_nonnull (strstr (rcc_change_get_source (last), "scorecard"));
  g_clear_object (&last);
  last = g_list_model_get_item (log, 4);
  g_assert_cmpuint (rcc_change_get_version (last), ==, 5);
  g_assert_nonnull (strstr (rcc_change_get_text (last), "plain name"));
  g_clear_object (&last);
  last = g_list_model_get_item (log, 5);
  g_assert_cmpuint (rcc_change_get_version (last), ==, 6);
  g_assert_nonnull (strstr (rcc_change_get_text (last), "Spanish"));
  g_assert_nonnull (strstr (rcc_change_get_text (last), "warning signs"));
  g_assert_nonnull (strstr (text, "\"changelog\":[{"));
}

/* The digits of @text in order, "4 2" for "4 weeks ... 2 weeks" */
static char *
digits_of (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (out, *p);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }

  return g_strchomp (g_string_free (out, FALSE));
}

/* Every treatment's paragraph for patients has its Spanish, with the
 * English one's figures, in the same order; the English getter stays
 * English. */
static void
test_plain_summary_es (void)
{
  GListModel *treatments = rcc_catalog_get_treatments (catalog);

  g_assert_cmpuint (g_list_model_get_n_items (treatments), ==, 27);
  for (guint i = 0; i < g_list_model_get_n_items (treatments); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (treatments, i);
      const char *en = rcc_treatment_get_plain_summary (t);
      const char *es = rcc_treatment_get_plain_summary_for (t, "es");
      g_autofree char *en_digits = digits_of (en);
      g_autofree char *es_digits = digits_of (es);

      g_assert_cmpstr (rcc_treatment_get_plain_summary_for (t, "en"), ==, en);
      g_assert_cmpstr (rcc_treatment_get_plain_summary_for (t, NULL), ==, en);
      g_assert_cmpstr (es, !=, en);
      g_assert_cmpstr (es_digits, ==, en_digits);
    }

  g_assert_true (g_str_has_prefix (rcc_treatment_get_plain_summary_for (rcc_catalog_lookup_treatment (catalog, "sunitinib"), "es"),
                                   "El sunitinib (Sutent) es una cápsula"));
  g_assert_nonnull (strstr (rcc_treatment_get_plain_summary_for (rcc_catalog_lookup_treatment (catalog, "interleukin-2"), "es"),
                            "dos ciclos de 5 días, con 9 días de descanso"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (medians); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rcc/current/median/%s/%s/%s", medians[i].trial,
                                               rcc_enum_to_nick (RCC_TYPE_ENDPOINT, medians[i].endpoint),
                                               medians[i].arm);
      g_test_add_data_func (path, &medians[i], test_median);
    }
  for (guint i = 0; i < G_N_ELEMENTS (hazard_ratios); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rcc/current/hazard-ratio/%s/%s/%s", hazard_ratios[i].trial,
                                               rcc_enum_to_nick (RCC_TYPE_ENDPOINT, hazard_ratios[i].endpoint),
                                               hazard_ratios[i].arm);
      g_test_add_data_func (path, &hazard_ratios[i], test_hazard_ratio);
    }
  for (guint i = 0; i < G_N_ELEMENTS (landmarks); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rcc/current/landmark/%s/%s/%s/%g", landmarks[i].trial,
                                               rcc_enum_to_nick (RCC_TYPE_ENDPOINT, landmarks[i].endpoint),
                                               landmarks[i].arm, landmarks[i].at_months);
      g_test_add_data_func (path, &landmarks[i], test_landmark);
    }
  g_test_add_func ("/rcc/current/settings", test_settings);
  g_test_add_func ("/rcc/current/new-treatments", test_new_treatments);
  g_test_add_func ("/rcc/current/changelog", test_changelog_in_json);
  g_test_add_func ("/rcc/current/plain-summary-es", test_plain_summary_es);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
