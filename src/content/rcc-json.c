/* rcc-json.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rcc-json.h"
#include "rcc-json-private.h"
#include "rcc-json-endpoint.h"
#include "rcc-json-patient.h"

/* The catalog as JSON, for --dump-json and for other tools.  The shape is
 * documented in README.md.  A figure the source does not give is left
 * out, never written as 0 or null; numbers are written in the C locale
 * whatever the user's locale. */

void
_rcc_json_add_string (JsonBuilder *builder,
                      const char  *name,
                      const char  *value)
{
  if (value == NULL)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_uint_if_set (JsonBuilder *builder,
                 const char  *name,
                 guint        value)
{
  if (value == 0)
    return;

  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

void
_rcc_json_add_double (JsonBuilder *builder,
                      const char  *name,
                      double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, value);
}

void
_rcc_json_add_bool (JsonBuilder *builder,
                    const char  *name,
                    gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
add_enum (JsonBuilder *builder,
          const char  *name,
          GType        type,
          int          value)
{
  _rcc_json_add_string (builder, name, rcc_enum_to_nick (type, value));
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

/* "references": the PDQ numbers, as the documented shape has them;
 * "reference_ids": every reference's id, numbered or not. */
static void
add_references (JsonBuilder        *builder,
                RccCatalog         *catalog,
                const char * const *ids)
{
  json_builder_set_member_name (builder, "references");
  json_builder_begin_array (builder);
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      RccReference *ref = catalog ? rcc_catalog_lookup_reference (catalog, ids[i]) : NULL;

      if (ref != NULL && rcc_reference_get_number (ref) != 0)
        json_builder_add_int_value (builder, rcc_reference_get_number (ref));
    }
  json_builder_end_array (builder);

  add_strv (builder, "reference_ids", ids);
}

void
_rcc_json_add_ci (JsonBuilder *builder,
                  RccFigure   *figure)
{
  const RccFigureFields *fields = rcc_figure_get_fields (figure);

  if (!fields->has_ci)
    return;

  _rcc_json_add_double (builder, "ci_low", fields->ci.low);
  _rcc_json_add_double (builder, "ci_high", fields->ci.high);
  if (fields->ci.level == RCC_CI_LEVEL_NOT_STATED)
    _rcc_json_add_string (builder, "ci_level", "not-stated");
  else
    _rcc_json_add_double (builder, "ci_level", fields->ci.level);
}

/* What every figure carries, written once for medians, hazard ratios
 * and rates: the CI where there is one (_rcc_json_add_ci()), then
 * "ci_sides" where stated. */
static void
add_ci (JsonBuilder *builder,
        RccFigure   *figure)
{
  const RccFigureFields *fields = rcc_figure_get_fields (figure);

  _rcc_json_add_ci (builder, figure);

  if (fields->ci.sides != 0)
    {
      json_builder_set_member_name (builder, "ci_sides");
      json_builder_add_int_value (builder, fields->ci.sides);
    }
}

/* "analysis", "population", then "primary" for the figures that can be
 * a trial's headline (medians and hazard ratios; rates never are). */
static void
add_figure_source (JsonBuilder *builder,
                   RccFigure   *figure,
                   gboolean     can_be_headline)
{
  const RccFigureFields *fields = rcc_figure_get_fields (figure);

  _rcc_json_add_string (builder, "analysis", fields->analysis);
  _rcc_json_add_string (builder, "population", fields->population);
  if (can_be_headline)
    _rcc_json_add_bool (builder, "primary", fields->primary);
}

/* Writes the members of one object of an array: @item is an item of
 * the list given to add_object_array(), @user_data what it was given. */
typedef void (*AddMembersFunc) (JsonBuilder *builder,
                                gpointer     item,
                                gpointer     user_data);

/* "name": [{…}, …], one object for each item of @list, its members
 * written by @func; an empty array where @list is empty. */
static void
add_object_array (JsonBuilder    *builder,
                  const char     *name,
                  GListModel     *list,
                  AddMembersFunc  func,
                  gpointer        user_data)
{
  guint n = g_list_model_get_n_items (list);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      json_builder_begin_object (builder);
      func (builder, item, user_data);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* "name": ["trial-id", …], for a list of #RccTrial */
static void
add_trial_ids (JsonBuilder *builder,
               const char  *name,
               GListModel  *trials)
{
  guint n = g_list_model_get_n_items (trials);

  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);

      json_builder_add_string_value (builder, rcc_trial_get_id (trial));
    }
  json_builder_end_array (builder);
}

static void
add_reference_members (JsonBuilder  *builder,
                       RccReference *ref,
                       gpointer      user_data)
{
  _rcc_json_add_string (builder, "id", rcc_reference_get_id (ref));
  add_uint_if_set (builder, "number", rcc_reference_get_number (ref));
  _rcc_json_add_string (builder, "citation", rcc_reference_get_citation (ref));
  add_uint_if_set (builder, "pmid", rcc_reference_get_pmid (ref));
  _rcc_json_add_string (builder, "doi", rcc_reference_get_doi (ref));
  add_enum (builder, "kind", RCC_TYPE_REFERENCE_KIND, rcc_reference_get_kind (ref));
  add_strv (builder, "cited_by", rcc_reference_get_cited_by (ref));
  if (rcc_reference_get_partial (ref))
    _rcc_json_add_bool (builder, "partial", TRUE);
}

/* "levels": [{"scheme", "code", "edition", "endpoint", "about", "fits"}] */
static void
add_level_members (JsonBuilder *builder,
                   RccLevel    *level,
                   gpointer     user_data)
{
  add_enum (builder, "scheme", RCC_TYPE_EVIDENCE_SCHEME, rcc_level_get_scheme (level));
  _rcc_json_add_string (builder, "code", rcc_level_get_code (level));
  _rcc_json_add_string (builder, "edition", rcc_level_get_edition_id (level));
  if (rcc_level_get_endpoint (level) != RCC_ENDPOINT_NONE)
    add_enum (builder, "endpoint", RCC_TYPE_ENDPOINT, rcc_level_get_endpoint (level));
  _rcc_json_add_string (builder, "about", rcc_level_get_about (level));
  _rcc_json_add_bool (builder, "fits", rcc_level_get_fits (level));
}

/* Content version 4: "adverse_events" and "discontinuations" ([{"arm",
 * "percent", "grades" (adverse events only: "3-4", "3+", "3-5", "any"),
 * "cause", "reason", "analysis", "population", "tier", "n", "of"}]),
 * "follow_up" ([{"kind", "value", "unit", "months", "arm", "endpoint",
 * "analysis", "population", "tier"}]) and "esmo_grades" ([{"grade",
 * "form", "version", "scale": "curative|non-curative", "source",
 * "issued", "updated", "url", "note"}]).  Each always present, empty
 * where the guide has none. */
static void
add_harm_members (JsonBuilder *builder,
                  RccHarm     *harm,
                  gpointer     user_data)
{
  _rcc_json_add_string (builder, "arm", rcc_harm_get_arm_id (harm));
  _rcc_json_add_double (builder, "percent", rcc_harm_get_percent (harm));
  if (rcc_harm_get_grades (harm) != RCC_AE_GRADES_NONE)
    add_enum (builder, "grades", RCC_TYPE_AE_GRADES, rcc_harm_get_grades (harm));
  add_enum (builder, "cause", RCC_TYPE_AE_CAUSE, rcc_harm_get_cause (harm));
  _rcc_json_add_string (builder, "reason", rcc_harm_get_reason (harm));
  _rcc_json_add_string (builder, "analysis", rcc_harm_get_analysis (harm));
  _rcc_json_add_string (builder, "population", rcc_harm_get_population (harm));
  add_enum (builder, "tier", RCC_TYPE_SOURCE_TIER, rcc_harm_get_tier (harm));
  if (rcc_harm_get_of (harm) != 0)
    {
      json_builder_set_member_name (builder, "n");
      json_builder_add_int_value (builder, rcc_harm_get_n (harm));
      add_uint_if_set (builder, "of", rcc_harm_get_of (harm));
    }
}

static void
add_follow_up_members (JsonBuilder *builder,
                       RccFollowUp *f,
                       gpointer     user_data)
{
  add_enum (builder, "kind", RCC_TYPE_FOLLOW_UP_KIND, rcc_follow_up_get_kind (f));
  _rcc_json_add_double (builder, "value", rcc_follow_up_get_value (f));
  add_enum (builder, "unit", RCC_TYPE_TIME_UNIT, rcc_follow_up_get_unit (f));
  _rcc_json_add_double (builder, "months", rcc_follow_up_get_months (f));
  _rcc_json_add_string (builder, "arm", rcc_follow_up_get_arm_id (f));
  if (rcc_follow_up_get_endpoint (f) != RCC_ENDPOINT_NONE)
    add_enum (builder, "endpoint", RCC_TYPE_ENDPOINT, rcc_follow_up_get_endpoint (f));
  _rcc_json_add_string (builder, "analysis", rcc_follow_up_get_analysis (f));
  _rcc_json_add_string (builder, "population", rcc_follow_up_get_population (f));
  add_enum (builder, "tier", RCC_TYPE_SOURCE_TIER, rcc_follow_up_get_tier (f));
}

static void
add_esmo_grade_members (JsonBuilder  *builder,
                        RccEsmoGrade *g,
                        gpointer      user_data)
{
  _rcc_json_add_string (builder, "grade", rcc_esmo_grade_get_grade (g));
  add_enum (builder, "form", RCC_TYPE_ESMO_FORM, rcc_esmo_grade_get_form (g));
  add_enum (builder, "version", RCC_TYPE_ESMO_VERSION, rcc_esmo_grade_get_version (g));
  _rcc_json_add_string (builder, "scale", rcc_esmo_grade_is_curative (g) ? "curative" : "non-curative");
  _rcc_json_add_string (builder, "source", rcc_esmo_grade_get_source (g));
  _rcc_json_add_string (builder, "issued", rcc_esmo_grade_get_issued (g));
  _rcc_json_add_string (builder, "updated", rcc_esmo_grade_get_updated (g));
  _rcc_json_add_string (builder, "url", rcc_esmo_grade_get_url (g));
  _rcc_json_add_string (builder, "note", rcc_esmo_grade_get_note (g));
}

static void
add_harm (JsonBuilder *builder,
          RccTrial    *trial)
{
  add_object_array (builder, "adverse_events", rcc_trial_get_adverse_events (trial),
                    (AddMembersFunc) add_harm_members, NULL);
  add_object_array (builder, "discontinuations", rcc_trial_get_discontinuations (trial),
                    (AddMembersFunc) add_harm_members, NULL);
  add_object_array (builder, "follow_up", rcc_trial_get_follow_ups (trial),
                    (AddMembersFunc) add_follow_up_members, NULL);
  add_object_array (builder, "esmo_grades", rcc_trial_get_esmo_grades (trial),
                    (AddMembersFunc) add_esmo_grade_members, NULL);
}

/* "editions": [{"id", "title", "updated", "url"}], newest first */
static void
add_edition_members (JsonBuilder *builder,
                     RccEdition  *edition,
                     gpointer     user_data)
{
  _rcc_json_add_string (builder, "id", rcc_edition_get_id (edition));
  _rcc_json_add_string (builder, "title", rcc_edition_get_title (edition));
  _rcc_json_add_string (builder, "updated", rcc_edition_get_updated (edition));
  _rcc_json_add_string (builder, "url", rcc_edition_get_url (edition));
}

static void
add_option_members (JsonBuilder *builder,
                    RccOption   *option,
                    gpointer     user_data)
{
  RccTreatment *treatment = rcc_option_get_treatment (option);
  GListModel *refs = rcc_option_get_references (option);

  json_builder_set_member_name (builder, "position");
  json_builder_add_int_value (builder, rcc_option_get_position (option));
  _rcc_json_add_string (builder, "treatment", treatment != NULL ? rcc_treatment_get_id (treatment) : NULL);
  _rcc_json_add_string (builder, "note", rcc_option_get_note (option));
  json_builder_set_member_name (builder, "references");
  json_builder_begin_array (builder);
  for (guint j = 0; j < g_list_model_get_n_items (refs); j++)
    {
      g_autoptr(RccReference) ref = g_list_model_get_item (refs, j);
      json_builder_add_string_value (builder, rcc_reference_get_id (ref));
    }
  json_builder_end_array (builder);
}

/* "lines": [{"id": "first-line", "options": [{"position", "treatment",
 * "note", "references": [ids]}]}], the lines that have options, in
 * order */
static void
add_lines (JsonBuilder *builder,
           RccCatalog  *catalog)
{
  json_builder_set_member_name (builder, "lines");
  json_builder_begin_array (builder);
  for (guint line = 0; line < RCC_N_THERAPY_LINES; line++)
    {
      g_autoptr(GListModel) options = rcc_catalog_get_options_for_line (catalog, line);

      if (g_list_model_get_n_items (options) == 0)
        continue;

      json_builder_begin_object (builder);
      add_enum (builder, "id", RCC_TYPE_THERAPY_LINE, line);
      add_object_array (builder, "options", options,
                        (AddMembersFunc) add_option_members, NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_arm_members (JsonBuilder *builder,
                 RccArm      *arm,
                 gpointer     user_data)
{
  _rcc_json_add_string (builder, "id", rcc_arm_get_id (arm));
  _rcc_json_add_string (builder, "label", rcc_arm_get_label (arm));
  _rcc_json_add_string (builder, "dose", rcc_arm_get_dose (arm));
  add_strv (builder, "treatments", rcc_arm_get_treatment_ids (arm));
  if (rcc_arm_get_interventions (arm) != NULL && rcc_arm_get_interventions (arm)[0] != NULL)
    add_strv (builder, "interventions", rcc_arm_get_interventions (arm));
  add_uint_if_set (builder, "enrolled", rcc_arm_get_enrolled (arm));
  _rcc_json_add_bool (builder, "control", rcc_arm_get_control (arm));
}

static void
add_median_members (JsonBuilder *builder,
                    RccMedian   *m,
                    gpointer     user_data)
{
  add_enum (builder, "endpoint", RCC_TYPE_ENDPOINT, rcc_median_get_endpoint (m));
  _rcc_json_add_string (builder, "arm", rcc_median_get_arm_id (m));
  _rcc_json_add_bool (builder, "reached", rcc_median_get_reached (m));
  if (rcc_median_get_reached (m))
    {
      _rcc_json_add_double (builder, "value", rcc_median_get_value (m));
      add_enum (builder, "unit", RCC_TYPE_TIME_UNIT, rcc_median_get_unit (m));
      _rcc_json_add_double (builder, "months", rcc_median_get_months (m));
      add_ci (builder, RCC_FIGURE (m));
    }
  add_figure_source (builder, RCC_FIGURE (m), TRUE);
}

static void
add_hazard_ratio_members (JsonBuilder    *builder,
                          RccHazardRatio *hr,
                          gpointer        user_data)
{
  add_enum (builder, "endpoint", RCC_TYPE_ENDPOINT, rcc_hazard_ratio_get_endpoint (hr));
  _rcc_json_add_string (builder, "arm", rcc_hazard_ratio_get_arm_id (hr));
  _rcc_json_add_string (builder, "versus", rcc_hazard_ratio_get_versus_id (hr));
  _rcc_json_add_double (builder, "value", rcc_hazard_ratio_get_value (hr));
  add_ci (builder, RCC_FIGURE (hr));
  _rcc_json_add_string (builder, "p", rcc_hazard_ratio_get_p (hr));
  _rcc_json_add_string (builder, "method", rcc_hazard_ratio_get_method (hr));
  _rcc_json_add_string (builder, "direction", rcc_hazard_ratio_get_direction (hr));
  if (rcc_hazard_ratio_get_significance (hr) != RCC_SIGNIFICANCE_NOT_STATED)
    add_enum (builder, "significance", RCC_TYPE_SIGNIFICANCE,
              rcc_hazard_ratio_get_significance (hr));
  add_figure_source (builder, RCC_FIGURE (hr), TRUE);
}

static void
add_rate_members (JsonBuilder *builder,
                  RccRate     *rate,
                  gpointer     user_data)
{
  add_enum (builder, "kind", RCC_TYPE_RATE_KIND, rcc_rate_get_kind (rate));
  _rcc_json_add_string (builder, "arm", rcc_rate_get_arm_id (rate));
  _rcc_json_add_double (builder, "percent", rcc_rate_get_percent (rate));
  if (rcc_rate_get_endpoint (rate) != RCC_ENDPOINT_NONE)
    add_enum (builder, "endpoint", RCC_TYPE_ENDPOINT, rcc_rate_get_endpoint (rate));
  if (rcc_rate_get_at_months (rate) > 0.0)
    _rcc_json_add_double (builder, "at_months", rcc_rate_get_at_months (rate));
  add_ci (builder, RCC_FIGURE (rate));
  _rcc_json_add_string (builder, "p", rcc_rate_get_p (rate));
  _rcc_json_add_string (builder, "assessor", rcc_rate_get_assessor (rate));
  if (rcc_rate_get_tier (rate) != RCC_SOURCE_TIER_NONE)
    add_enum (builder, "tier", RCC_TYPE_SOURCE_TIER, rcc_rate_get_tier (rate));
  add_figure_source (builder, RCC_FIGURE (rate), FALSE);
}

/* A trial's members; references by PDQ number only where @catalog is
 * given. */
static void
add_trial_members (JsonBuilder *builder,
                   RccTrial    *trial,
                   RccCatalog  *catalog)
{
  _rcc_json_add_string (builder, "id", rcc_trial_get_id (trial));
  _rcc_json_add_string (builder, "name", rcc_trial_get_name (trial));
  _rcc_json_add_string (builder, "title", rcc_trial_get_title (trial));
  add_uint_if_set (builder, "year", rcc_trial_get_year (trial));
  _rcc_json_add_string (builder, "phase", rcc_trial_get_phase (trial));
  add_uint_if_set (builder, "enrolled", rcc_trial_get_enrolled (trial));
  _rcc_json_add_string (builder, "design", rcc_trial_get_design (trial));
  _rcc_json_add_string (builder, "population", rcc_trial_get_population (trial));
  _rcc_json_add_string (builder, "risk_group", rcc_trial_get_risk_group (trial));
  add_enum (builder, "setting", RCC_TYPE_SETTING, rcc_trial_get_setting (trial));
  _rcc_json_add_string (builder, "primary_endpoint", rcc_trial_get_primary_endpoint (trial));
  if (rcc_trial_get_primary_endpoints (trial) != NULL)
    add_strv (builder, "primary_endpoints", rcc_trial_get_primary_endpoints (trial));
  _rcc_json_add_string (builder, "nct_id", rcc_trial_get_nct_id (trial));
  if (rcc_trial_get_imported (trial))
    _rcc_json_add_bool (builder, "imported", TRUE);
  _rcc_json_add_string (builder, "source_note", rcc_trial_get_source_note (trial));
  _rcc_json_add_string (builder, "source_updated", rcc_trial_get_source_updated (trial));
  if (rcc_trial_get_import_notes (trial) != NULL)
    add_strv (builder, "import_notes", rcc_trial_get_import_notes (trial));


  add_object_array (builder, "arms", rcc_trial_get_arms (trial),
                    (AddMembersFunc) add_arm_members, NULL);
  add_object_array (builder, "medians", rcc_trial_get_medians (trial),
                    (AddMembersFunc) add_median_members, NULL);
  add_object_array (builder, "hazard_ratios", rcc_trial_get_hazard_ratios (trial),
                    (AddMembersFunc) add_hazard_ratio_members, NULL);
  add_object_array (builder, "response_rates", rcc_trial_get_rates (trial),
                    (AddMembersFunc) add_rate_members, NULL);
  add_object_array (builder, "levels", rcc_trial_get_levels (trial),
                    (AddMembersFunc) add_level_members, NULL);
  add_harm (builder, trial);
  add_strv (builder, "findings", rcc_trial_get_findings (trial));
  _rcc_json_add_string (builder, "takeaway", rcc_trial_get_takeaway (trial));
  add_references (builder, catalog, rcc_trial_get_reference_ids (trial));
}

static void
add_change_members (JsonBuilder *builder,
                    RccChange   *change,
                    gpointer     user_data)
{
  _rcc_json_add_string (builder, "date", rcc_change_get_date (change));
  add_uint_if_set (builder, "version", rcc_change_get_version (change));
  _rcc_json_add_string (builder, "source", rcc_change_get_source (change));
  _rcc_json_add_string (builder, "text", rcc_change_get_text (change));
}

/* "content": the content's provenance, {"version", "source",
 * "source_url", "source_updated", "reviewed", "changelog"}; a
 * comparison's (@whole %FALSE) without "source_url" and "changelog". */
static void
add_content (JsonBuilder *builder,
             RccCatalog  *catalog,
             gboolean     whole)
{
  json_builder_set_member_name (builder, "content");
  json_builder_begin_object (builder);
  add_uint_if_set (builder, "version", rcc_catalog_get_version (catalog));
  _rcc_json_add_string (builder, "source", rcc_catalog_get_source (catalog));
  if (whole)
    _rcc_json_add_string (builder, "source_url", rcc_catalog_get_source_url (catalog));
  _rcc_json_add_string (builder, "source_updated", rcc_catalog_get_source_updated (catalog));
  _rcc_json_add_string (builder, "reviewed", rcc_catalog_get_reviewed (catalog));
  if (whole)
    add_object_array (builder, "changelog", rcc_catalog_get_changelog (catalog),
                      (AddMembersFunc) add_change_members, NULL);
  json_builder_end_object (builder);
}

static void
add_treatment_members (JsonBuilder  *builder,
                       RccTreatment *t,
                       RccCatalog   *catalog)
{
  _rcc_json_add_string (builder, "id", rcc_treatment_get_id (t));
  _rcc_json_add_string (builder, "name", rcc_treatment_get_name (t));
  add_uint_if_set (builder, "option", rcc_treatment_get_option (t));
  add_enum (builder, "category", RCC_TYPE_CATEGORY, rcc_treatment_get_category (t));
  _rcc_json_add_string (builder, "brand", rcc_treatment_get_brand (t));
  _rcc_json_add_string (builder, "mechanism", rcc_treatment_get_mechanism (t));
  _rcc_json_add_string (builder, "targets", rcc_treatment_get_targets (t));
  _rcc_json_add_string (builder, "indication", rcc_treatment_get_indication (t));
  _rcc_json_add_string (builder, "dosing", rcc_treatment_get_dosing (t));
  _rcc_json_add_string (builder, "side_effects", rcc_treatment_get_side_effects (t));
  _rcc_json_add_string (builder, "summary", rcc_treatment_get_summary (t));
  _rcc_json_add_string (builder, "plain_summary", rcc_treatment_get_plain_summary (t));
  _rcc_json_add_treatment_patient (builder, t);
  add_trial_ids (builder, "trials", rcc_treatment_get_trials (t));
  add_references (builder, catalog, rcc_treatment_get_reference_ids (t));
}

/**
 * rcc_json_serialize_trial:
 *
 * Returns: (transfer full): the trial as a JSON object, references
 *   given by id only
 */
JsonNode *
rcc_json_serialize_trial (RccTrial *trial)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  json_builder_begin_object (builder);
  add_trial_members (builder, trial, NULL);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * rcc_json_serialize_catalog:
 *
 * Returns: (transfer full): the whole catalog as JSON
 */
JsonNode *
rcc_json_serialize_catalog (RccCatalog *catalog)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  json_builder_begin_object (builder);

  add_content (builder, catalog, TRUE);

  add_object_array (builder, "editions", rcc_catalog_get_editions (catalog),
                    (AddMembersFunc) add_edition_members, NULL);
  add_lines (builder, catalog);
  add_object_array (builder, "treatments", rcc_catalog_get_treatments (catalog),
                    (AddMembersFunc) add_treatment_members, catalog);
  add_object_array (builder, "trials", rcc_catalog_get_trials (catalog),
                    (AddMembersFunc) add_trial_members, catalog);
  add_object_array (builder, "references", rcc_catalog_get_references (catalog),
                    (AddMembersFunc) add_reference_members, NULL);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* "references": the references @trials cite, in full, each once, in
 * the order they are first cited */
static void
add_cited_references (JsonBuilder *builder,
                      RccCatalog  *catalog,
                      GListModel  *trials)
{
  g_autoptr(GListStore) refs = g_list_store_new (RCC_TYPE_REFERENCE);
  guint n = g_list_model_get_n_items (trials);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      const char * const *ids = rcc_trial_get_reference_ids (trial);

      for (guint j = 0; ids != NULL && ids[j] != NULL; j++)
        {
          RccReference *ref = rcc_catalog_lookup_reference (catalog, ids[j]);

          if (ref != NULL && !g_list_store_find (refs, ref, NULL))
            g_list_store_append (refs, ref);
        }
    }

  add_object_array (builder, "references", G_LIST_MODEL (refs),
                    (AddMembersFunc) add_reference_members, NULL);
}

/**
 * rcc_json_serialize_comparison:
 * @trials: a #GListModel of #RccTrial, in comparison order
 * @name: (nullable): the comparison's name
 *
 * A comparison for other tools: its name, the content's provenance,
 * the trial ids in order, each trial in full, and the references they
 * cite.
 *
 * Returns: (transfer full): the comparison as JSON
 */
JsonNode *
rcc_json_serialize_comparison (RccCatalog        *catalog,
                               GListModel        *trials,
                               const char        *name,
                               RccEndpointChoice  endpoint)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (trials), NULL);

  json_builder_begin_object (builder);
  _rcc_json_add_string (builder, "name", name);
  add_content (builder, catalog, FALSE);
  add_trial_ids (builder, "trial_ids", trials);
  add_object_array (builder, "trials", trials,
                    (AddMembersFunc) add_trial_members, catalog);
  _rcc_json_add_endpoint_figures (builder, trials, endpoint);
  add_cited_references (builder, catalog, trials);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
