/* test-json.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "content/rcc-json.h"
#include "content/rcc-xml-loader.h"

/* The JSON export against the model it was made from: every trial,
 * arm, median and HR read back from the JSON text equals the model's,
 * and absent figures are absent. */

static JsonObject *
find_by_id (JsonArray  *array,
            const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *obj = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (obj, "id", NULL), id) == 0)
        return obj;
    }

  return NULL;
}

static void
check_catalog_json (RccCatalog *catalog)
{
  g_autoptr(JsonNode) node = rcc_json_serialize_catalog (catalog);
  g_autofree char *text = rcc_json_to_string (node, TRUE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *content;
  JsonArray *treatments, *trials, *references;
  GListModel *list;

  /* Round-trip through text, as a consumer would read it. */
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  content = json_object_get_object_member (root, "content");
  g_assert_cmpstr (json_object_get_string_member (content, "source_updated"), ==,
                   rcc_catalog_get_source_updated (catalog));
  g_assert_cmpstr (json_object_get_string_member (content, "reviewed"), ==,
                   rcc_catalog_get_reviewed (catalog));
  g_assert_cmpstr (json_object_get_string_member (content, "source"), ==,
                   rcc_catalog_get_source (catalog));

  treatments = json_object_get_array_member (root, "treatments");
  list = rcc_catalog_get_treatments (catalog);
  g_assert_cmpuint (json_array_get_length (treatments), ==, g_list_model_get_n_items (list));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (list, i);
      JsonObject *obj = json_array_get_object_element (treatments, i);  /* same order */

      g_assert_cmpstr (json_object_get_string_member (obj, "id"), ==, rcc_treatment_get_id (t));
      g_assert_cmpstr (json_object_get_string_member (obj, "name"), ==, rcc_treatment_get_name (t));
      if (rcc_treatment_get_option (t) != 0)
        g_assert_cmpint (json_object_get_int_member (obj, "option"), ==, rcc_treatment_get_option (t));
      else
        g_assert_false (json_object_has_member (obj, "option"));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj, "trials")), ==,
                        g_list_model_get_n_items (rcc_treatment_get_trials (t)));

      /* Side effects in plain words, one object per drug, in both languages */
      if (g_list_model_get_n_items (rcc_treatment_get_plain_side_effects (t)) == 0)
        g_assert_false (json_object_has_member (obj, "plain_side_effects"));
      else
        {
          JsonArray *drugs = json_object_get_array_member (obj, "plain_side_effects");
          GListModel *plain = rcc_treatment_get_plain_side_effects (t);

          g_assert_cmpuint (json_array_get_length (drugs), ==, g_list_model_get_n_items (plain));
          for (guint j = 0; j < json_array_get_length (drugs); j++)
            {
              g_autoptr(RccSideEffects) se = g_list_model_get_item (plain, j);
              JsonObject *drug = json_array_get_object_element (drugs, j);
              JsonObject *source = json_object_get_object_member (drug, "source");
              JsonArray *effects = json_object_get_array_member (drug, "effects");
              JsonObject *effect = json_array_get_object_element (effects, 0);

              g_assert_cmpstr (json_object_get_string_member (source, "es"), ==,
                               rcc_side_effects_get_source (se, "es"));
              g_assert_cmpuint (json_array_get_length (effects), ==,
                                rcc_side_effects_get_n_effects (se));
              g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (effect, "text"), "en"),
                               ==, rcc_side_effects_get_effect (se, 0, "en"));
              g_assert_cmpuint (json_array_get_length (json_object_get_array_member (drug, "warning_signs")),
                                ==, rcc_side_effects_get_n_warning_signs (se));
            }
        }
    }

  trials = json_object_get_array_member (root, "trials");
  list = rcc_catalog_get_trials (catalog);
  g_assert_cmpuint (json_array_get_length (trials), ==, g_list_model_get_n_items (list));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (list, i);
      JsonObject *obj = find_by_id (trials, rcc_trial_get_id (trial));
      JsonArray *medians, *hrs, *arms;
      GListModel *m_list = rcc_trial_get_medians (trial);
      GListModel *hr_list = rcc_trial_get_hazard_ratios (trial);

      g_assert_nonnull (obj);
      g_assert_cmpint (json_object_get_int_member (obj, "year"), ==, rcc_trial_get_year (trial));
      if (rcc_trial_get_enrolled (trial) != 0)
        g_assert_cmpint (json_object_get_int_member (obj, "enrolled"), ==, rcc_trial_get_enrolled (trial));
      else
        g_assert_false (json_object_has_member (obj, "enrolled"));
      g_assert_false (json_object_has_member (obj, "evidence_level"));
      g_assert_cmpstr (json_object_get_string_member_with_default (obj, "phase", NULL), ==,
                       rcc_trial_get_phase (trial));
      {
        JsonArray *levels = json_object_get_array_member (obj, "levels");
        GListModel *l_list = rcc_trial_get_levels (trial);

        g_assert_cmpuint (json_array_get_length (levels), ==, g_list_model_get_n_items (l_list));
        for (guint j = 0; j < g_list_model_get_n_items (l_list); j++)
          {
            g_autoptr(RccLevel) level = g_list_model_get_item (l_list, j);
            JsonObject *lo = json_array_get_object_element (levels, j);

            g_assert_cmpstr (json_object_get_string_member (lo, "scheme"), ==,
                             rcc_enum_to_nick (RCC_TYPE_EVIDENCE_SCHEME, rcc_level_get_scheme (level)));
            g_assert_cmpstr (json_object_get_string_member (lo, "code"), ==, rcc_level_get_code (level));
            g_assert_cmpstr (json_object_get_string_member (lo, "edition"), ==,
                             rcc_level_get_edition_id (level));
            g_assert_cmpint (json_object_get_boolean_member (lo, "fits"), ==, rcc_level_get_fits (level));
          }
      }

      arms = json_object_get_array_member (obj, "arms");
      g_assert_cmpuint (json_array_get_length (arms), ==,
                        g_list_model_get_n_items (rcc_trial_get_arms (trial)));

      medians = json_object_get_array_member (obj, "medians");
      g_assert_cmpuint (json_array_get_length (medians), ==, g_list_model_get_n_items (m_list));
      for (guint j = 0; j < g_list_model_get_n_items (m_list); j++)
        {
          g_autoptr(RccMedian) m = g_list_model_get_item (m_list, j);
          JsonObject *mo = json_array_get_object_element (medians, j);

          g_assert_cmpstr (json_object_get_string_member (mo, "arm"), ==, rcc_median_get_arm_id (m));
          g_assert_cmpint (json_object_get_boolean_member (mo, "reached"), ==, rcc_median_get_reached (m));
          if (!rcc_median_get_reached (m))
            {
              g_assert_false (json_object_has_member (mo, "value"));
              g_assert_false (json_object_has_member (mo, "months"));
              continue;
            }
          g_assert_cmpfloat (json_object_get_double_member (mo, "value"), ==, rcc_median_get_value (m));
          g_assert_cmpstr (json_object_get_string_member (mo, "unit"), ==,
                           rcc_enum_to_nick (RCC_TYPE_TIME_UNIT, rcc_median_get_unit (m)));
          g_assert_cmpfloat_with_epsilon (json_object_get_double_member (mo, "months"),
                                          rcc_median_get_months (m), 1e-9);
          g_assert_cmpint (json_object_has_member (mo, "ci_low"), ==, rcc_median_get_has_ci (m));
        }

      hrs = json_object_get_array_member (obj, "hazard_ratios");
      g_assert_cmpuint (json_array_get_length (hrs), ==, g_list_model_get_n_items (hr_list));
      for (guint j = 0; j < g_list_model_get_n_items (hr_list); j++)
        {
          g_autoptr(RccHazardRatio) hr = g_list_model_get_item (hr_list, j);
          JsonObject *ho = json_array_get_object_element (hrs, j);

          g_assert_cmpstr (json_object_get_string_member (ho, "arm"), ==, rcc_hazard_ratio_get_arm_id (hr));
          g_assert_cmpstr (json_object_get_string_member (ho, "versus"), ==, rcc_hazard_ratio_get_versus_id (hr));
          g_assert_cmpfloat (json_object_get_double_member (ho, "value"), ==, rcc_hazard_ratio_get_value (hr));
          g_assert_cmpint (json_object_has_member (ho, "ci_low"), ==, rcc_hazard_ratio_get_has_ci (hr));
          if (rcc_hazard_ratio_get_has_ci (hr))
            {
              g_assert_cmpfloat (json_object_get_double_member (ho, "ci_low"), ==, rcc_hazard_ratio_get_ci_low (hr));
              g_assert_cmpfloat (json_object_get_double_member (ho, "ci_high"), ==, rcc_hazard_ratio_get_ci_high (hr));
              if (rcc_hazard_ratio_get_ci_level (hr) == RCC_CI_LEVEL_NOT_STATED)
                g_assert_cmpstr (json_object_get_string_member (ho, "ci_level"), ==, "not-stated");
              else
                g_assert_cmpfloat (json_object_get_double_member (ho, "ci_level"), ==,
                                   rcc_hazard_ratio_get_ci_level (hr));
            }
          g_assert_cmpstr (json_object_get_string_member_with_default (ho, "p", NULL), ==,
                           rcc_hazard_ratio_get_p (hr));
        }
    }

  references = json_object_get_array_member (root, "references");
  list = rcc_catalog_get_references (catalog);
  g_assert_cmpuint (json_array_get_length (references), ==, g_list_model_get_n_items (list));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccReference) ref = g_list_model_get_item (list, i);
      JsonObject *obj = json_array_get_object_element (references, i);

      g_assert_cmpstr (json_object_get_string_member (obj, "kind"), ==,
                       rcc_enum_to_nick (RCC_TYPE_REFERENCE_KIND, rcc_reference_get_kind (ref)));
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (obj, "cited_by")), ==,
                        g_strv_length ((char **)rcc_reference_get_cited_by (ref)));
      g_assert_cmpint (json_object_get_boolean_member_with_default (obj, "partial", FALSE), ==,
                       rcc_reference_get_partial (ref));
    }

  /* Editions and lines: as many as the catalog has. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "editions")), ==,
                    g_list_model_get_n_items (rcc_catalog_get_editions (catalog)));
  {
    JsonArray *lines = json_object_get_array_member (root, "lines");
    guint n_options = 0;

    for (guint i = 0; i < json_array_get_length (lines); i++)
      n_options += json_array_get_length (json_object_get_array_member (json_array_get_object_element (lines, i),
                                                                        "options"));
    g_assert_cmpuint (n_options, ==, g_list_model_get_n_items (rcc_catalog_get_options (catalog)));
  }
}

static void
test_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RccCatalog) catalog = rcc_xml_loader_load_file (file, &error);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *target, *m, *t;

  g_assert_no_error (error);
  check_catalog_json (catalog);

  /* The Spanish plain summary where the content has one, none else */
  node = rcc_json_serialize_catalog (catalog);
  t = find_by_id (json_object_get_array_member (json_node_get_object (node), "treatments"), "pazopanib");
  g_assert_cmpstr (json_object_get_string_member (t, "plain_summary"), ==,
                   "A tablet that blocks signals the tumor needs to grow.");
  g_assert_cmpstr (json_object_get_string_member (t, "plain_summary_es"), ==,
                   "Una pastilla que bloquea señales que el tumor necesita para crecer.");
  t = find_by_id (json_object_get_array_member (json_node_get_object (node), "treatments"), "sorafenib");
  g_assert_false (json_object_has_member (t, "plain_summary_es"));
  g_clear_pointer (&node, json_node_unref);

  /* Spot values, spelled out. */
  node = rcc_json_serialize_catalog (catalog);
  target = find_by_id (json_object_get_array_member (json_node_get_object (node), "trials"), "target");
  m = json_array_get_object_element (json_object_get_array_member (target, "medians"), 0);
  g_assert_cmpfloat (json_object_get_double_member (m, "value"), ==, 167.0);
  g_assert_cmpstr (json_object_get_string_member (m, "unit"), ==, "days");
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (m, "months"), 5.4867, 1e-4);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (target, "references"), 0), ==, 30);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (target, "references"), 1), ==, 34);
}

static void
test_bundled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = rcc_xml_loader_load_bundled (&error);

  g_assert_no_error (error);
  check_catalog_json (catalog);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/json/minimal", test_minimal);
  g_test_add_func ("/rcc/json/bundled", test_bundled);

  return g_test_run ();
}
