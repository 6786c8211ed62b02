/* rcc-trial.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-trial.h"
#include "rcc-model-private.h"
#include "rcc-trial-private.h"

/* A clinical trial (or pooled series) with its arms and reported
 * results: its properties here; its arms and figures, their look-ups and
 * the headline endpoint in rcc-trial-figures.c. */


G_DEFINE_FINAL_TYPE (RccTrial, rcc_trial, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_TITLE,
  PROP_YEAR,
  PROP_PHASE,
  PROP_ENROLLED,
  PROP_EVIDENCE_LEVEL,
  PROP_SETTING,
  PROP_DESIGN,
  PROP_POPULATION,
  PROP_RISK_GROUP,
  PROP_PRIMARY_ENDPOINT,
  PROP_TAKEAWAY,
  PROP_FINDINGS,
  PROP_PRIMARY_ENDPOINTS,
  PROP_REFERENCE_IDS,
  PROP_ARMS,
  PROP_MEDIANS,
  PROP_HAZARD_RATIOS,
  PROP_RATES,
  PROP_SEARCH_TEXT,
  PROP_NCT_ID,
  PROP_SOURCE_NOTE,
  PROP_SOURCE_UPDATED,
  PROP_IMPORTED,
  PROP_IMPORT_NOTES,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_trial_finalize (GObject *object)
{
  RccTrial *self = (RccTrial *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->phase, g_free);
  g_clear_pointer (&self->design, g_free);
  g_clear_pointer (&self->population, g_free);
  g_clear_pointer (&self->risk_group, g_free);
  g_clear_pointer (&self->primary_endpoint, g_free);
  g_clear_pointer (&self->takeaway, g_free);
  g_clear_pointer (&self->findings, g_strfreev);
  g_clear_pointer (&self->primary_endpoints, g_strfreev);
  g_clear_pointer (&self->reference_ids, g_strfreev);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->nct_id, g_free);
  g_clear_pointer (&self->source_note, g_free);
  g_clear_pointer (&self->source_updated, g_free);
  g_clear_pointer (&self->import_notes, g_strfreev);
  g_clear_object (&self->arms);
  g_clear_object (&self->medians);
  g_clear_object (&self->hazard_ratios);
  g_clear_object (&self->rates);
  g_clear_object (&self->levels);
  g_clear_object (&self->adverse_events);
  g_clear_object (&self->discontinuations);
  g_clear_object (&self->follow_ups);
  g_clear_object (&self->esmo_grades);

  G_OBJECT_CLASS (rcc_trial_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h); the evidence level
 * and the search text are derived, and the import notes are set through
 * rcc_trial_set_import_notes(), which notifies */
static const gsize field_offsets[N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (RccTrial, id),
  [PROP_NAME] = G_STRUCT_OFFSET (RccTrial, name),
  [PROP_TITLE] = G_STRUCT_OFFSET (RccTrial, title),
  [PROP_YEAR] = G_STRUCT_OFFSET (RccTrial, year),
  [PROP_PHASE] = G_STRUCT_OFFSET (RccTrial, phase),
  [PROP_ENROLLED] = G_STRUCT_OFFSET (RccTrial, enrolled),
  [PROP_SETTING] = G_STRUCT_OFFSET (RccTrial, setting),
  [PROP_DESIGN] = G_STRUCT_OFFSET (RccTrial, design),
  [PROP_POPULATION] = G_STRUCT_OFFSET (RccTrial, population),
  [PROP_RISK_GROUP] = G_STRUCT_OFFSET (RccTrial, risk_group),
  [PROP_PRIMARY_ENDPOINT] = G_STRUCT_OFFSET (RccTrial, primary_endpoint),
  [PROP_TAKEAWAY] = G_STRUCT_OFFSET (RccTrial, takeaway),
  [PROP_FINDINGS] = G_STRUCT_OFFSET (RccTrial, findings),
  [PROP_PRIMARY_ENDPOINTS] = G_STRUCT_OFFSET (RccTrial, primary_endpoints),
  [PROP_REFERENCE_IDS] = G_STRUCT_OFFSET (RccTrial, reference_ids),
  [PROP_ARMS] = G_STRUCT_OFFSET (RccTrial, arms),
  [PROP_MEDIANS] = G_STRUCT_OFFSET (RccTrial, medians),
  [PROP_HAZARD_RATIOS] = G_STRUCT_OFFSET (RccTrial, hazard_ratios),
  [PROP_RATES] = G_STRUCT_OFFSET (RccTrial, rates),
  [PROP_NCT_ID] = G_STRUCT_OFFSET (RccTrial, nct_id),
  [PROP_SOURCE_NOTE] = G_STRUCT_OFFSET (RccTrial, source_note),
  [PROP_SOURCE_UPDATED] = G_STRUCT_OFFSET (RccTrial, source_updated),
  [PROP_IMPORTED] = G_STRUCT_OFFSET (RccTrial, imported),
  [PROP_IMPORT_NOTES] = G_STRUCT_OFFSET (RccTrial, import_notes),
};

static void
rcc_trial_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  RccTrial *self = RCC_TRIAL (object);

  if (prop_id == PROP_EVIDENCE_LEVEL)
    g_value_set_string (value, rcc_trial_get_evidence_level (self));
  else if (prop_id == PROP_SEARCH_TEXT)
    g_value_set_string (value, rcc_trial_get_search_text (self));
  else if (!rcc_fields_get_property (object, field_offsets, N_PROPS, prop_id, value))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rcc_trial_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  if (prop_id == PROP_IMPORT_NOTES)
    rcc_trial_set_import_notes (RCC_TRIAL (object), g_value_get_boxed (value));
  else if (!rcc_fields_set_property (object, field_offsets, N_PROPS, prop_id, value, pspec))
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rcc_trial_class_init (RccTrialClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_trial_finalize;
  object_class->get_property = rcc_trial_get_property;
  object_class->set_property = rcc_trial_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_YEAR] =
    g_param_spec_uint ("year", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_PHASE] =
    g_param_spec_string ("phase", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_ENROLLED] =
    g_param_spec_uint ("enrolled", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);

  /* The first pdq-2014 code among the levels (read-only, for views
   * showing one 2014 code) */
  properties [PROP_EVIDENCE_LEVEL] =
    g_param_spec_string ("evidence-level", NULL, NULL, NULL, RCC_PARAM_READABLE);

  properties [PROP_SETTING] =
    g_param_spec_enum ("setting", NULL, NULL,
                       RCC_TYPE_SETTING, RCC_SETTING_NOT_STATED, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_DESIGN] =
    g_param_spec_string ("design", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_POPULATION] =
    g_param_spec_string ("population", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_RISK_GROUP] =
    g_param_spec_string ("risk-group", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_PRIMARY_ENDPOINT] =
    g_param_spec_string ("primary-endpoint", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_TAKEAWAY] =
    g_param_spec_string ("takeaway", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_FINDINGS] =
    g_param_spec_boxed ("findings", NULL, NULL, G_TYPE_STRV, RCC_PARAM_CONSTRUCT_ONLY);

  /* The primary endpoints as codes ("os", "pfs"…), in the order the
   * trial names them; %NULL where the content gives only words (an
   * imported registry record, older content) */
  properties [PROP_PRIMARY_ENDPOINTS] =
    g_param_spec_boxed ("primary-endpoints", NULL, NULL, G_TYPE_STRV, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_REFERENCE_IDS] =
    g_param_spec_boxed ("reference-ids", NULL, NULL, G_TYPE_STRV, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_ARMS] =
    g_param_spec_object ("arms", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  properties [PROP_MEDIANS] =
    g_param_spec_object ("medians", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  properties [PROP_HAZARD_RATIOS] =
    g_param_spec_object ("hazard-ratios", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  properties [PROP_RATES] =
    g_param_spec_object ("rates", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  /* Every searchable field in one casefolded string, built once. */
  properties [PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, NULL, RCC_PARAM_READABLE);

  /* The registry id, e.g. "NCT01234567", where the source gives one. */
  properties [PROP_NCT_ID] =
    g_param_spec_string ("nct-id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* Where an imported trial came from, for people: "Imported from
   * ClinicalTrials.gov (NCT01234567), not reviewed". */
  properties [PROP_SOURCE_NOTE] =
    g_param_spec_string ("source-note", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* When the source record was last updated: an ISO 8601 date, as
   * precise as the record gives it ("2015-09-28", "2015-09"). */
  properties [PROP_SOURCE_UPDATED] =
    g_param_spec_string ("source-updated", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* TRUE for a trial read from a registry record rather than from the
   * reviewed content: it has no PDQ evidence level and no treatments. */
  properties [PROP_IMPORTED] =
    g_param_spec_boolean ("imported", NULL, NULL, FALSE, RCC_PARAM_CONSTRUCT_ONLY);

  /* What an importer could not read or tie to an arm, one line each */
  properties [PROP_IMPORT_NOTES] =
    g_param_spec_boxed ("import-notes", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_trial_init (RccTrial *self)
{
  self->arms = g_list_store_new (RCC_TYPE_ARM);
  self->medians = g_list_store_new (RCC_TYPE_MEDIAN);
  self->hazard_ratios = g_list_store_new (RCC_TYPE_HAZARD_RATIO);
  self->rates = g_list_store_new (RCC_TYPE_RATE);
  self->levels = g_list_store_new (RCC_TYPE_LEVEL);
  self->adverse_events = g_list_store_new (RCC_TYPE_HARM);
  self->discontinuations = g_list_store_new (RCC_TYPE_HARM);
  self->follow_ups = g_list_store_new (RCC_TYPE_FOLLOW_UP);
  self->esmo_grades = g_list_store_new (RCC_TYPE_ESMO_GRADE);
}

RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, id, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, name, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, title, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, guint, year, 0)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, phase, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, guint, enrolled, 0)

/**
 * rcc_trial_get_evidence_level:
 *
 * The code of the trial's first pdq-2014 level of evidence, for views
 * that show one 2014 code; rcc_trial_get_levels() has them all, with
 * their schemes.
 *
 * Returns: (nullable): a code such as "1iDiii"
 */
const char *
rcc_trial_get_evidence_level (RccTrial *self)
{
  guint n;

  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->levels));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccLevel) level = g_list_model_get_item (G_LIST_MODEL (self->levels), i);

      if (rcc_level_get_scheme (level) == RCC_EVIDENCE_SCHEME_PDQ_2014)
        return rcc_level_get_code (level);  /* the store keeps it alive */
    }

  return NULL;
}

/**
 * rcc_trial_get_levels:
 *
 * Returns: (transfer none): the PDQ levels of evidence given to the
 *   trial's results, a #GListModel of #RccLevel (empty if none)
 */
GListModel *
rcc_trial_get_levels (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return G_LIST_MODEL (self->levels);
}

void
rcc_trial_add_level (RccTrial *self,
                     RccLevel *level)
{
  g_return_if_fail (RCC_IS_TRIAL (self));
  g_return_if_fail (RCC_IS_LEVEL (level));

  g_list_store_append (self->levels, level);
  if (rcc_level_get_scheme (level) == RCC_EVIDENCE_SCHEME_PDQ_2014)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EVIDENCE_LEVEL]);
}

RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, RccSetting, setting, 0)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, design, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, population, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, primary_endpoint, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, takeaway, NULL)

const char * const *
rcc_trial_get_findings (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return (const char * const *)self->findings;
}

const char * const *
rcc_trial_get_primary_endpoints (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return (const char * const *)self->primary_endpoints;
}

const char * const *
rcc_trial_get_reference_ids (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return (const char * const *)self->reference_ids;
}

RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, risk_group, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, nct_id, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, source_note, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, const char *, source_updated, NULL)
RCC_DEFINE_FIELD_GETTER (RccTrial, rcc_trial, RCC_IS_TRIAL, gboolean, imported, FALSE)

/**
 * rcc_trial_get_import_notes:
 *
 * Returns: (transfer none) (nullable): what the importer of an imported
 *   trial could not read, or could not tie to an arm, one line each
 */
const char * const *
rcc_trial_get_import_notes (RccTrial *self)
{
  g_return_val_if_fail (RCC_IS_TRIAL (self), NULL);

  return (const char * const *)self->import_notes;
}

void
rcc_trial_set_import_notes (RccTrial           *self,
                            const char * const *notes)
{
  char **copy;

  g_return_if_fail (RCC_IS_TRIAL (self));

  if (notes != NULL && notes[0] == NULL)
    notes = NULL;
  if (notes == NULL && self->import_notes == NULL)
    return;

  /* Copied before the old ones go, should @notes be those */
  copy = g_strdupv ((char **)notes);
  g_strfreev (self->import_notes);
  self->import_notes = copy;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_IMPORT_NOTES]);
}
