/* test-harm.c: content version 4: harm, follow-up, response assessors
 * and tiers, ESMO-MCBS grades; the model, the loader (good and bad
 * fixtures in tests/data/harm/), the JSON export, and the bundled
 * content against tests/data/harm/figures.tsv, typed from
 * safety-response.md and esmo-mcbs.md
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "content/rcc-json.h"
#include "content/rcc-xml-loader.h"
#include "rcc-test-tables.h"

static RccCatalog *
load_fixture (const char  *name,
              GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "harm", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return rcc_xml_loader_load_file (file, error);
}

/* ---------------------------------------------------------------------
 * The model
 */

static void
test_model (void)
{
  RccHarm *harm;
  RccFollowUp *follow_up;
  RccEsmoGrade *grade;
  g_autoptr(RccTrial) trial = g_object_new (RCC_TYPE_TRIAL, "id", "t", "name", "T", NULL);

  harm = g_object_new (RCC_TYPE_HARM,
                       "kind", RCC_HARM_KIND_DISCONTINUATION,
                       "arm-id", "a",
                       "percent", 13.3,
                       "decimals", 1,
                       "cause", RCC_AE_CAUSE_NOT_STATED,
                       "reason", "hepatic adverse events",
                       "analysis", "First interim analysis",
                       "tier", RCC_SOURCE_TIER_REGULATORY,
                       NULL);
  g_assert_cmpint (rcc_harm_get_kind (harm), ==, RCC_HARM_KIND_DISCONTINUATION);
  g_assert_cmpstr (rcc_harm_get_arm_id (harm), ==, "a");
  g_assert_cmpfloat (rcc_harm_get_percent (harm), ==, 13.3);
  g_assert_cmpuint (rcc_harm_get_decimals (harm), ==, 1);
  g_assert_cmpint (rcc_harm_get_grades (harm), ==, RCC_AE_GRADES_NONE);
  g_assert_cmpint (rcc_harm_get_cause (harm), ==, RCC_AE_CAUSE_NOT_STATED);
  g_assert_cmpstr (rcc_harm_get_reason (harm), ==, "hepatic adverse events");
  g_assert_cmpstr (rcc_harm_get_analysis (harm), ==, "First interim analysis");
  g_assert_null (rcc_harm_get_population (harm));
  g_assert_cmpint (rcc_harm_get_tier (harm), ==, RCC_SOURCE_TIER_REGULATORY);
  g_assert_cmpuint (rcc_harm_get_n (harm), ==, 0);
  g_assert_cmpuint (rcc_harm_get_of (harm), ==, 0);

  /* A discontinuation goes to its own list, not among adverse events. */
  rcc_trial_add_harm (trial, harm);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_discontinuations (trial)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_adverse_events (trial)), ==, 0);
  g_object_unref (harm);

  follow_up = g_object_new (RCC_TYPE_FOLLOW_UP,
                            "kind", RCC_FOLLOW_UP_MINIMUM,
                            "value", 2.0,
                            "unit", RCC_TIME_UNIT_YEARS,
                            "tier", RCC_SOURCE_TIER_PRIMARY,
                            NULL);
  g_assert_cmpint (rcc_follow_up_get_kind (follow_up), ==, RCC_FOLLOW_UP_MINIMUM);
  g_assert_cmpfloat (rcc_follow_up_get_months (follow_up), ==, 24.0);
  g_assert_null (rcc_follow_up_get_arm_id (follow_up));
  g_assert_cmpint (rcc_follow_up_get_endpoint (follow_up), ==, RCC_ENDPOINT_NONE);
  rcc_trial_add_follow_up (trial, follow_up);
  g_object_unref (follow_up);

  grade = g_object_new (RCC_TYPE_ESMO_GRADE,
                        "grade", "A", "form", RCC_ESMO_FORM_1,
                        "version", RCC_ESMO_VERSION_1_1, "source", "scorecard 313-1",
                        "issued", "2022-01-20", "url", "https://esmo.org/", NULL);
  g_assert_true (rcc_esmo_grade_is_curative (grade));
  g_assert_cmpstr (rcc_esmo_grade_get_grade (grade), ==, "A");
  g_assert_null (rcc_esmo_grade_get_updated (grade));
  g_assert_null (rcc_esmo_grade_get_note (grade));
  rcc_trial_add_esmo_grade (trial, grade);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_esmo_grades (trial)), ==, 1);
  g_object_unref (grade);

  /* The scales: 5 to 1, or A to C; nothing else. */
  g_assert_true (rcc_esmo_grade_in_scale ("5", FALSE));
  g_assert_true (rcc_esmo_grade_in_scale ("1", FALSE));
  g_assert_false (rcc_esmo_grade_in_scale ("0", FALSE));
  g_assert_false (rcc_esmo_grade_in_scale ("A", FALSE));
  g_assert_true (rcc_esmo_grade_in_scale ("C", TRUE));
  g_assert_false (rcc_esmo_grade_in_scale ("4", TRUE));
  g_assert_false (rcc_esmo_grade_in_scale ("45", FALSE));
  g_assert_false (rcc_esmo_grade_in_scale (NULL, FALSE));

  /* Words for the measures, never one for another. */
  g_assert_cmpstr (rcc_ae_grades_get_label (RCC_AE_GRADES_3_TO_4), ==, "grade 3–4");
  g_assert_cmpstr (rcc_ae_grades_get_label (RCC_AE_GRADES_3_OR_HIGHER), ==, "grade ≥3");
  g_assert_cmpstr (rcc_ae_grades_get_label (RCC_AE_GRADES_3_TO_5), ==, "grade 3–5");
  g_assert_null (rcc_ae_grades_get_label (RCC_AE_GRADES_NONE));
  g_assert_cmpstr (rcc_ae_cause_get_label (RCC_AE_CAUSE_NOT_STATED), ==, "cause not stated");
  g_assert_cmpstr (rcc_source_tier_get_label (RCC_SOURCE_TIER_SECONDARY), ==, "secondary source");
  g_assert_null (rcc_source_tier_get_label (RCC_SOURCE_TIER_NONE));
  g_assert_cmpstr (rcc_enum_to_nick (RCC_TYPE_AE_GRADES, RCC_AE_GRADES_3_OR_HIGHER), ==, "3+");
  g_assert_cmpstr (rcc_enum_to_nick (RCC_TYPE_SOURCE_TIER, RCC_SOURCE_TIER_CONGRESS), ==, "C");
  g_assert_nonnull (strstr (rcc_esmo_scale_explanation (), "A to C"));

  g_assert_finalize_object (g_steal_pointer (&trial));
}

/* ---------------------------------------------------------------------
 * The loader
 */

static RccHarm *
harm_at (GListModel *list,
         guint       i)
{
  g_autoptr(RccHarm) harm = g_list_model_get_item (list, i);

  g_assert_nonnull (harm);
  return harm;  /* the list keeps it */
}

static void
test_loader (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_fixture ("harm.xml", &error);
  g_autoptr(RccRate) rate = NULL, plain_rate = NULL;
  g_autoptr(RccFollowUp) both = NULL, control = NULL;
  g_autoptr(RccEsmoGrade) scorecard = NULL, eupdate = NULL, curative = NULL, by_setting = NULL;
  RccTrial *first, *adjuvant;
  GListModel *ae, *stops;
  RccHarm *harm;

  g_assert_no_error (error);
  g_assert_cmpuint (rcc_catalog_get_version (catalog), ==, 4);
  first = rcc_catalog_lookup_trial (catalog, "first");

  /* Response: assessor and tier where given, nothing where not. */
  rate = g_list_model_get_item (rcc_trial_get_rates (first), 0);
  g_assert_cmpstr (rcc_rate_get_assessor (rate), ==, "independent review");
  g_assert_cmpint (rcc_rate_get_tier (rate), ==, RCC_SOURCE_TIER_PRIMARY);
  g_assert_cmpfloat (rcc_rate_get_percent (rate), ==, 56.0);
  plain_rate = g_list_model_get_item (rcc_trial_get_rates (first), 1);
  g_assert_null (rcc_rate_get_assessor (plain_rate));
  g_assert_cmpint (rcc_rate_get_tier (plain_rate), ==, RCC_SOURCE_TIER_NONE);

  /* Adverse events, each with its own measure. */
  ae = rcc_trial_get_adverse_events (first);
  g_assert_cmpuint (g_list_model_get_n_items (ae), ==, 3);
  harm = harm_at (ae, 0);
  g_assert_cmpint (rcc_harm_get_kind (harm), ==, RCC_HARM_KIND_ADVERSE_EVENTS);
  g_assert_cmpstr (rcc_harm_get_arm_id (harm), ==, "combo");
  g_assert_cmpfloat (rcc_harm_get_percent (harm), ==, 60.6);
  g_assert_cmpuint (rcc_harm_get_decimals (harm), ==, 1);
  g_assert_cmpint (rcc_harm_get_grades (harm), ==, RCC_AE_GRADES_3_OR_HIGHER);
  g_assert_cmpint (rcc_harm_get_cause (harm), ==, RCC_AE_CAUSE_TREATMENT_RELATED);
  g_assert_cmpint (rcc_harm_get_tier (harm), ==, RCC_SOURCE_TIER_SECONDARY);
  g_assert_null (rcc_harm_get_reason (harm));
  harm = harm_at (ae, 1);
  g_assert_cmpint (rcc_harm_get_grades (harm), ==, RCC_AE_GRADES_ANY);
  g_assert_cmpuint (rcc_harm_get_n (harm), ==, 509);
  g_assert_cmpuint (rcc_harm_get_of (harm), ==, 547);
  g_assert_cmpstr (rcc_harm_get_population (harm), ==, "Treated patients");
  harm = harm_at (ae, 2);
  g_assert_cmpint (rcc_harm_get_grades (harm), ==, RCC_AE_GRADES_3_TO_5);
  g_assert_cmpint (rcc_harm_get_cause (harm), ==, RCC_AE_CAUSE_NOT_STATED);
  g_assert_cmpint (rcc_harm_get_tier (harm), ==, RCC_SOURCE_TIER_REGULATORY);

  stops = rcc_trial_get_discontinuations (first);
  g_assert_cmpuint (g_list_model_get_n_items (stops), ==, 2);
  harm = harm_at (stops, 0);
  g_assert_cmpint (rcc_harm_get_kind (harm), ==, RCC_HARM_KIND_DISCONTINUATION);
  g_assert_cmpint (rcc_harm_get_grades (harm), ==, RCC_AE_GRADES_NONE);
  g_assert_cmpstr (rcc_harm_get_reason (harm), ==, "hepatic adverse events");
  harm = harm_at (stops, 1);
  g_assert_cmpint (rcc_harm_get_cause (harm), ==, RCC_AE_CAUSE_ALL_CAUSE);
  g_assert_cmpint (rcc_harm_get_tier (harm), ==, RCC_SOURCE_TIER_CONGRESS);

  /* Follow-up: both arms', or one arm's minimum. */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_follow_ups (first)), ==, 2);
  both = g_list_model_get_item (rcc_trial_get_follow_ups (first), 0);
  g_assert_cmpint (rcc_follow_up_get_kind (both), ==, RCC_FOLLOW_UP_MEDIAN);
  g_assert_cmpfloat (rcc_follow_up_get_value (both), ==, 44.0);
  g_assert_cmpuint (rcc_follow_up_get_decimals (both), ==, 1);
  g_assert_null (rcc_follow_up_get_arm_id (both));
  g_assert_cmpstr (rcc_follow_up_get_analysis (both), ==, "44-month update");
  control = g_list_model_get_item (rcc_trial_get_follow_ups (first), 1);
  g_assert_cmpint (rcc_follow_up_get_kind (control), ==, RCC_FOLLOW_UP_MINIMUM);
  g_assert_cmpstr (rcc_follow_up_get_arm_id (control), ==, "control");
  g_assert_cmpint (rcc_follow_up_get_endpoint (control), ==, RCC_ENDPOINT_OS);
  g_assert_cmpstr (rcc_follow_up_get_population (control), ==, "All patients");
  g_assert_cmpint (rcc_follow_up_get_tier (control), ==, RCC_SOURCE_TIER_CONGRESS);

  /* ESMO's grades, two for one trial, each with its source. */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_esmo_grades (first)), ==, 2);
  scorecard = g_list_model_get_item (rcc_trial_get_esmo_grades (first), 0);
  g_assert_cmpstr (rcc_esmo_grade_get_grade (scorecard), ==, "4");
  g_assert_cmpint (rcc_esmo_grade_get_form (scorecard), ==, RCC_ESMO_FORM_2A);
  g_assert_cmpint (rcc_esmo_grade_get_version (scorecard), ==, RCC_ESMO_VERSION_1_1);
  g_assert_cmpstr (rcc_esmo_grade_get_source (scorecard), ==, "scorecard 117-1");
  g_assert_cmpstr (rcc_esmo_grade_get_issued (scorecard), ==, "2020-02-17");
  g_assert_cmpstr (rcc_esmo_grade_get_updated (scorecard), ==, "2023-05-15");
  g_assert_cmpstr (rcc_esmo_grade_get_url (scorecard), ==, "https://esmo.org/scorecard-117-1");
  g_assert_cmpstr (rcc_esmo_grade_get_note (scorecard), ==, "Graded on overall survival.");
  g_assert_false (rcc_esmo_grade_is_curative (scorecard));
  eupdate = g_list_model_get_item (rcc_trial_get_esmo_grades (first), 1);
  g_assert_cmpint (rcc_esmo_grade_get_form (eupdate), ==, RCC_ESMO_FORM_NOT_STATED);
  g_assert_cmpint (rcc_esmo_grade_get_version (eupdate), ==, RCC_ESMO_VERSION_NOT_PRINTED);
  g_assert_null (rcc_esmo_grade_get_updated (eupdate));
  g_assert_null (rcc_esmo_grade_get_note (eupdate));

  /* Curative: form 1, or no form printed for an adjuvant trial. */
  adjuvant = rcc_catalog_lookup_trial (catalog, "adjuvant");
  curative = g_list_model_get_item (rcc_trial_get_esmo_grades (adjuvant), 0);
  g_assert_true (rcc_esmo_grade_is_curative (curative));
  by_setting = g_list_model_get_item (rcc_trial_get_esmo_grades (adjuvant), 1);
  g_assert_true (rcc_esmo_grade_is_curative (by_setting));
  g_assert_cmpstr (rcc_esmo_grade_get_grade (by_setting), ==, "B");

  /* A trial with none has empty lists, not missing ones. */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_adverse_events (adjuvant)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_trial_get_follow_ups (adjuvant)), ==, 0);
}

typedef struct
{
  const char *file;
  int         code;
  long        line;
  const char *message;  /* the whole first message after "FILE:LINE: " */
} BadCase;

static const BadCase bad_cases[] = {
  { "bad-percent.xml", RCC_CONTENT_ERROR_INVALID, 26,
    "percent=\"120\" is not a percentage between 0 and 100" },
  { "bad-arm.xml", RCC_CONTENT_ERROR_INVALID, 28,
    "arm=\"contrl\": trial \"first\" has no such arm" },
  { "bad-grade-scale.xml", RCC_CONTENT_ERROR_INVALID, 34,
    "ESMO-MCBS grade \"A\" is not on the non-curative scale (5 to 1) of form 2a" },
  { "bad-grade-curative.xml", RCC_CONTENT_ERROR_INVALID, 42,
    "ESMO-MCBS grade \"4\" is not on the curative scale (A to C) of form 1" },
  { "bad-grade-setting.xml", RCC_CONTENT_ERROR_INVALID, 43,
    "ESMO-MCBS grade \"5\" is not on the curative scale (A to C) of form not-stated" },
  { "bad-grades-band.xml", RCC_CONTENT_ERROR_SCHEMA, 26,
    "grades=\"3/4\" is not a grade band: 3-4, 3+, 3-5 or any" },
  { "bad-no-tier.xml", RCC_CONTENT_ERROR_SCHEMA, 26,
    "the source tier is missing: tier=\"P\", \"C\", \"R\" or \"S\"" },
  { "bad-n-of.xml", RCC_CONTENT_ERROR_INVALID, 27,
    "percent 93 does not agree with 409 of 547 (74.8%)" },
  { "bad-twice.xml", RCC_CONTENT_ERROR_INVALID, 27,
    "the same measure of the same arm and analysis again (first on line 26)" },
  { "bad-updated.xml", RCC_CONTENT_ERROR_INVALID, 34,
    "ESMO-MCBS grade updated 2019-05-15, before it was issued (2020-02-17)" },
  { "bad-esmo-grade-word.xml", RCC_CONTENT_ERROR_SCHEMA, 34,
    "grade=\"6\" is not an ESMO-MCBS grade: 5 to 1, or A to C" },
  { "bad-cause.xml", RCC_CONTENT_ERROR_SCHEMA, 30,
    "cause=\"any\" is not treatment-related, all-cause or not-stated" },
  { "bad-follow-up-zero.xml", RCC_CONTENT_ERROR_INVALID, 31,
    "follow-up 0 is not above zero" },
  { "bad-rate-tier.xml", RCC_CONTENT_ERROR_SCHEMA, 24,
    "tier=\"Q\" is not a source tier: P, C, R or S" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_fixture (bad->file, &error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "harm", bad->file, NULL);
  g_autofree char *expected = g_strdup_printf ("%s:%ld: %s", path, bad->line, bad->message);
  g_auto(GStrv) lines = NULL;

  /* Nothing loaded, and the first line says FILE:LINE: what is wrong. */
  g_assert_null (catalog);
  g_assert_error (error, RCC_CONTENT_ERROR, bad->code);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpstr (lines[0], ==, expected);
}

/* ---------------------------------------------------------------------
 * The JSON export
 */

static void
test_json (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = load_fixture ("harm.xml", &error);
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  JsonObject *trial, *obj;
  JsonArray *list;

  g_assert_no_error (error);
  node = rcc_json_serialize_trial (rcc_catalog_lookup_trial (catalog, "first"));
  text = rcc_json_to_string (node, FALSE);
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  trial = json_node_get_object (json_parser_get_root (parser));

  list = json_object_get_array_member (trial, "response_rates");
  obj = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (obj, "assessor"), ==, "independent review");
  g_assert_cmpstr (json_object_get_string_member (obj, "tier"), ==, "P");
  obj = json_array_get_object_element (list, 1);
  g_assert_false (json_object_has_member (obj, "assessor"));
  g_assert_false (json_object_has_member (obj, "tier"));

  list = json_object_get_array_member (trial, "adverse_events");
  g_assert_cmpuint (json_array_get_length (list), ==, 3);
  obj = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (obj, "arm"), ==, "combo");
  g_assert_cmpfloat (json_object_get_double_member (obj, "percent"), ==, 60.6);
  g_assert_cmpstr (json_object_get_string_member (obj, "grades"), ==, "3+");
  g_assert_cmpstr (json_object_get_string_member (obj, "cause"), ==, "treatment-related");
  g_assert_cmpstr (json_object_get_string_member (obj, "tier"), ==, "S");
  g_assert_cmpstr (json_object_get_string_member (obj, "analysis"), ==,
                   "Primary analysis, as reported by a news service");
  g_assert_false (json_object_has_member (obj, "n"));
  obj = json_array_get_object_element (list, 1);
  g_assert_cmpint (json_object_get_int_member (obj, "n"), ==, 509);
  g_assert_cmpint (json_object_get_int_member (obj, "of"), ==, 547);

  list = json_object_get_array_member (trial, "discontinuations");
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  obj = json_array_get_object_element (list, 0);
  g_assert_false (json_object_has_member (obj, "grades"));
  g_assert_cmpstr (json_object_get_string_member (obj, "reason"), ==, "hepatic adverse events");
  g_assert_cmpstr (json_object_get_string_member (obj, "cause"), ==, "not-stated");

  list = json_object_get_array_member (trial, "follow_up");
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  obj = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (obj, "kind"), ==, "median");
  g_assert_cmpfloat (json_object_get_double_member (obj, "value"), ==, 44.0);
  g_assert_cmpstr (json_object_get_string_member (obj, "unit"), ==, "months");
  g_assert_false (json_object_has_member (obj, "arm"));
  obj = json_array_get_object_element (list, 1);
  g_assert_cmpstr (json_object_get_string_member (obj, "kind"), ==, "minimum");
  g_assert_cmpstr (json_object_get_string_member (obj, "arm"), ==, "control");
  g_assert_cmpstr (json_object_get_string_member (obj, "endpoint"), ==, "os");

  list = json_object_get_array_member (trial, "esmo_grades");
  g_assert_cmpuint (json_array_get_length (list), ==, 2);
  obj = json_array_get_object_element (list, 0);
  g_assert_cmpstr (json_object_get_string_member (obj, "grade"), ==, "4");
  g_assert_cmpstr (json_object_get_string_member (obj, "form"), ==, "2a");
  g_assert_cmpstr (json_object_get_string_member (obj, "version"), ==, "v1.1");
  g_assert_cmpstr (json_object_get_string_member (obj, "scale"), ==, "non-curative");
  g_assert_cmpstr (json_object_get_string_member (obj, "source"), ==, "scorecard 117-1");
  g_assert_cmpstr (json_object_get_string_member (obj, "issued"), ==, "2020-02-17");
  g_assert_cmpstr (json_object_get_string_member (obj, "updated"), ==, "2023-05-15");
  g_assert_cmpstr (json_object_get_string_member (obj, "note"), ==, "Graded on overall survival.");
  obj = json_array_get_object_element (list, 1);
  g_assert_cmpstr (json_object_get_string_member (obj, "form"), ==, "not-stated");
  g_assert_cmpstr (json_object_get_string_member (obj, "version"), ==, "not-printed");
  g_assert_false (json_object_has_member (obj, "updated"));
  g_assert_false (json_object_has_member (obj, "note"));

  /* A trial with none still has the lists, empty. */
  {
    g_autoptr(JsonNode) other = rcc_json_serialize_trial (rcc_catalog_lookup_trial (catalog, "adjuvant"));
    JsonObject *o = json_node_get_object (other);

    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "adverse_events")), ==, 0);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "discontinuations")), ==, 0);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "follow_up")), ==, 0);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (o, "esmo_grades")), ==, 2);
  }
}

/* ---------------------------------------------------------------------
 * The bundled content against tests/data/harm/figures.tsv, both ways
 */

typedef struct
{
  RccTable   *table;
  guint       row;
} Row;

static const char *
cell (const Row  *r,
      const char *column)
{
  const char *text = rcc_table_cell (r->table, r->row, column);

  return text != NULL ? text : "";
}

static gboolean
same_number (const Row  *r,
             double      value)
{
  return g_ascii_strtod (cell (r, "value"), NULL) == value;
}

/* An empty cell: the element has none; else the element's contains it. */
static gboolean
same_words (const Row  *r,
            const char *column,
            const char *value)
{
  if (cell (r, column)[0] == '\0')
    return value == NULL;

  return value != NULL && strstr (value, cell (r, column)) != NULL;
}

static gboolean
same_nick (const Row  *r,
           const char *column,
           GType       type,
           int         value)
{
  return g_strcmp0 (cell (r, column), rcc_enum_to_nick (type, value)) == 0;
}

static gboolean
same_arm (const Row  *r,
          const char *arm_id)
{
  return cell (r, "arm")[0] == '\0' ? arm_id == NULL : g_strcmp0 (cell (r, "arm"), arm_id) == 0;
}

static gboolean
row_matches (const Row *r,
             GObject   *item)
{
  const char *kind = cell (r, "kind");

  if (RCC_IS_RATE (item))
    {
      RccRate *rate = RCC_RATE (item);
      RccRateKind want = g_str_equal (kind, "rate-orr") ? RCC_RATE_KIND_ORR : RCC_RATE_KIND_CR;

      return g_str_has_prefix (kind, "rate-") && rcc_rate_get_kind (rate) == want &&
             same_arm (r, rcc_rate_get_arm_id (rate)) &&
             same_number (r, rcc_rate_get_percent (rate)) &&
             same_words (r, "assessor", rcc_rate_get_assessor (rate)) &&
             same_words (r, "analysis", rcc_rate_get_analysis (rate)) &&
             same_nick (r, "tier", RCC_TYPE_SOURCE_TIER, rcc_rate_get_tier (rate));
    }

  if (RCC_IS_HARM (item))
    {
      RccHarm *harm = RCC_HARM (item);

      return same_nick (r, "kind", RCC_TYPE_HARM_KIND, rcc_harm_get_kind (harm)) &&
             same_arm (r, rcc_harm_get_arm_id (harm)) &&
             same_number (r, rcc_harm_get_percent (harm)) &&
             (rcc_harm_get_kind (harm) == RCC_HARM_KIND_DISCONTINUATION ||
              same_nick (r, "grades", RCC_TYPE_AE_GRADES, rcc_harm_get_grades (harm))) &&
             same_nick (r, "cause", RCC_TYPE_AE_CAUSE, rcc_harm_get_cause (harm)) &&
             same_words (r, "reason", rcc_harm_get_reason (harm)) &&
             same_words (r, "analysis", rcc_harm_get_analysis (harm)) &&
             same_nick (r, "tier", RCC_TYPE_SOURCE_TIER, rcc_harm_get_tier (harm));
    }

  if (RCC_IS_FOLLOW_UP (item))
    {
      RccFollowUp *f = RCC_FOLLOW_UP (item);
      g_autofree char *want = g_strconcat ("follow-up-",
                                           rcc_enum_to_nick (RCC_TYPE_FOLLOW_UP_KIND,
                                                             rcc_follow_up_get_kind (f)), NULL);

      return g_str_equal (kind, want) &&
             same_arm (r, rcc_follow_up_get_arm_id (f)) &&
             same_number (r, rcc_follow_up_get_value (f)) &&
             same_nick (r, "unit", RCC_TYPE_TIME_UNIT, rcc_follow_up_get_unit (f)) &&
             same_words (r, "analysis", rcc_follow_up_get_analysis (f)) &&
             same_nick (r, "tier", RCC_TYPE_SOURCE_TIER, rcc_follow_up_get_tier (f));
    }

  if (RCC_IS_ESMO_GRADE (item))
    {
      RccEsmoGrade *g = RCC_ESMO_GRADE (item);

      return g_str_equal (kind, "esmo-grade") &&
             g_strcmp0 (cell (r, "value"), rcc_esmo_grade_get_grade (g)) == 0 &&
             same_nick (r, "form", RCC_TYPE_ESMO_FORM, rcc_esmo_grade_get_form (g)) &&
             same_nick (r, "version", RCC_TYPE_ESMO_VERSION, rcc_esmo_grade_get_version (g)) &&
             g_strcmp0 (cell (r, "source"), rcc_esmo_grade_get_source (g)) == 0;
    }

  return FALSE;
}

/* What the table covers in a trial: every harm, follow-up and ESMO
 * element, and every rate the content gives a tier. */
static GPtrArray *
covered_items (RccTrial *trial)
{
  GListModel *lists[] = {
    rcc_trial_get_rates (trial),
    rcc_trial_get_adverse_events (trial),
    rcc_trial_get_discontinuations (trial),
    rcc_trial_get_follow_ups (trial),
    rcc_trial_get_esmo_grades (trial),
  };
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        GObject *item = g_list_model_get_item (lists[l], i);

        if (RCC_IS_RATE (item) && rcc_rate_get_tier (RCC_RATE (item)) == RCC_SOURCE_TIER_NONE)
          g_object_unref (item);
        else
          g_ptr_array_add (items, item);
      }

  return items;
}

static void
test_bundled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "harm", "figures.tsv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(RccTable) table = rcc_table_load (path, &error);
  g_autoptr(RccCatalog) catalog = NULL;
  g_autoptr(GHashTable) matched = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) problems = g_string_new (NULL);
  GListModel *trials;
  guint n_rows, counts[7] = { 0 };
  static const char * const kinds[] = {
    "rate-orr", "rate-cr", "adverse-events", "discontinuation",
    "follow-up-median", "follow-up-minimum", "esmo-grade",
  };

  g_assert_no_error (error);
  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  /* Every row is one element of its trial. */
  n_rows = rcc_table_rows (table);
  for (guint row = 0; row < n_rows; row++)
    {
      Row r = { table, row };
      RccTrial *trial = rcc_catalog_lookup_trial (catalog, cell (&r, "trial"));
      g_autoptr(GPtrArray) items = NULL;
      guint n = 0;

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (g_str_equal (cell (&r, "kind"), kinds[k]))
          counts[k]++;

      if (trial == NULL)
        {
          g_string_append_printf (problems, "figures.tsv:%ld: no trial \"%s\"\n",
                                  rcc_table_line (table, row), cell (&r, "trial"));
          continue;
        }

      items = covered_items (trial);
      for (guint i = 0; i < items->len; i++)
        if (row_matches (&r, g_ptr_array_index (items, i)))
          {
            g_hash_table_add (matched, g_ptr_array_index (items, i));
            n++;
          }

      if (n != 1)
        g_string_append_printf (problems, "figures.tsv:%ld: %s %s %s %s matches %u elements, not one\n",
                                rcc_table_line (table, row), cell (&r, "trial"), cell (&r, "kind"),
                                cell (&r, "arm"), cell (&r, "value"), n);
    }

  /* Every element the table covers is a row. */
  trials = rcc_catalog_get_trials (catalog);
  for (guint t = 0; t < g_list_model_get_n_items (trials); t++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, t);
      g_autoptr(GPtrArray) items = covered_items (trial);

      for (guint i = 0; i < items->len; i++)
        if (!g_hash_table_contains (matched, g_ptr_array_index (items, i)))
          g_string_append_printf (problems, "%s: a %s in the content is not in figures.tsv\n",
                                  rcc_trial_get_id (trial),
                                  G_OBJECT_TYPE_NAME (g_ptr_array_index (items, i)));
    }

  if (problems->len > 0)
    g_error ("the bundled content and figures.tsv disagree:\n%s", problems->str);

  /* The counts of the report. */
  g_assert_cmpuint (counts[2], ==, 22);  /* adverse-events */
  g_assert_cmpuint (counts[3], ==, 10);  /* discontinuation */
  g_assert_cmpuint (counts[4] + counts[5], ==, 23);  /* follow-up */
  g_assert_cmpuint (counts[6], ==, 9);   /* ESMO-MCBS grades */
  g_assert_cmpuint (counts[0] + counts[1], ==, 47);  /* rates with a tier */

  /* Trials ESMO did not grade in this guide have none, never a computed one. */
  g_assert_cmpuint (g_list_model_get_n_items (
    rcc_trial_get_esmo_grades (rcc_catalog_lookup_trial (catalog, "checkmate-9er"))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (
    rcc_trial_get_esmo_grades (rcc_catalog_lookup_trial (catalog, "javelin-renal-101"))), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  xmlSetGenericErrorFunc (NULL, NULL);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rcc/harm/model", test_model);
  g_test_add_func ("/rcc/harm/loader", test_loader);
  g_test_add_func ("/rcc/harm/json", test_json);
  g_test_add_func ("/rcc/harm/bundled", test_bundled);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/rcc/harm/bad/%s", bad_cases[i].file);
      g_test_add_data_func (name, &bad_cases[i], test_bad_file);
    }

  return g_test_run ();
}
