/* rcc-ctgov-import.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-ctgov-import.h"
#include "rcc-file-read.h"
#include "ctgov/rcc-ctgov-private.h"

/* Importing trials from ClinicalTrials.gov records: API v2 study JSON
 * (one study, or {"studies": [...]}) and the retired <clinical_study>
 * XML.  The field paths and the pitfalls are in the samples' FORMATS.md.
 *
 * Both formats are read into one neutral Study (every figure still the
 * record's string), then one builder turns a Study into an RccTrial:
 *
 *  - the design: NCT id, acronym, title, phases, enrolment, conditions,
 *    arms with their interventions.  Imported arms name no treatment of
 *    ours and the trial has no PDQ evidence level: nobody reviewed them;
 *  - outcomes recognised from their titles as PFS, OS, DFS or TTP: their
 *    medians (paramType MEDIAN, unit days, weeks or months, kept as
 *    reported), landmark rates (a percentage at a stated time) and every
 *    hazard-ratio analysis, each labelled with its outcome and analysis
 *    text so that subgroups and updated analyses stay apart;
 *  - numbers are strings, parsed whole with g_ascii_strtod; "NA" is not
 *    estimable (a median not reached), never 0;
 *  - result groups (OG000, O1) are tied to arms by title; a match that is
 *    only partial is made and reported, one that is missing or ambiguous
 *    drops the figure and is reported;
 *  - a hazard ratio's direction comes only from the record's words
 *    ("HR = Nivolumab over Docetaxel"); without them the HR keeps the
 *    record's group order, says "direction not stated" and is reported.
 *
 * Every such doubt becomes a warning on the result, so nothing is
 * guessed silently.  A record that is not a study, or is malformed or
 * truncated, yields no result at all: the error says what is wrong.
 *
 * Headline ("primary") figures, which summaries show, are chosen by one
 * rule: per endpoint, the medians of the first whole-population MEDIAN
 * outcome (primary outcomes before secondary, then other), and the HR of
 * the first outcome with exactly one hazard ratio whose direction the
 * record states.  Subgroup figures and HRs of unstated direction are
 * never headlines.
 *
 * The work is split over src/content/ctgov/: the neutral study
 * (rcc-ctgov-study.c), text helpers (-text.c), the two readers (-json.c,
 * -xml.c), and the builder: its warnings and group-to-arm matching
 * (-arms.c), figures (-figures.c) and trial (-build.c), behind
 * rcc-ctgov-private.h.  This file keeps the public API: the result
 * object and reading a record. */

struct _RccCtgovImport
{
  GObject         parent_instance;

  RccCtgovFormat  format;
  GListStore     *trials;
  GPtrArray      *records;       /* GBytes, per trial */
  GArray         *has_results;   /* gboolean, per trial */
  char          **warnings;
};

G_DEFINE_FINAL_TYPE (RccCtgovImport, rcc_ctgov_import, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TRIALS,
  PROP_WARNINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_ctgov_import_finalize (GObject *object)
{
  RccCtgovImport *self = (RccCtgovImport *)object;

  g_clear_object (&self->trials);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->has_results, g_array_unref);
  g_clear_pointer (&self->warnings, g_strfreev);

  G_OBJECT_CLASS (rcc_ctgov_import_parent_class)->finalize (object);
}

static void
rcc_ctgov_import_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RccCtgovImport *self = RCC_CTGOV_IMPORT (object);

  switch (prop_id)
    {
    case PROP_TRIALS:
      g_value_set_object (value, self->trials);
      break;

    case PROP_WARNINGS:
      g_value_set_boxed (value, self->warnings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_ctgov_import_class_init (RccCtgovImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_ctgov_import_finalize;
  object_class->get_property = rcc_ctgov_import_get_property;

  properties [PROP_TRIALS] =
    g_param_spec_object ("trials", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /* What the import could not tie down, one "NCT…: message" each. */
  properties [PROP_WARNINGS] =
    g_param_spec_boxed ("warnings", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_ctgov_import_init (RccCtgovImport *self)
{
  self->trials = g_list_store_new (RCC_TYPE_TRIAL);
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  self->has_results = g_array_new (FALSE, TRUE, sizeof (gboolean));
}

static gboolean
is_nct_id (const char *id)
{
  if (id == NULL || strlen (id) != 11 || !g_str_has_prefix (id, "NCT"))
    return FALSE;

  for (const char *p = id + 3; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/**
 * rcc_ctgov_import_bytes:
 * @bytes: a record's bytes: API v2 study JSON, or legacy XML
 * @display_name: how errors name the record, usually its file name
 *
 * Reads every study in the record.  Nothing is returned unless every
 * study in it could be read.
 *
 * Returns: (transfer full) (nullable): the trials, with the warnings
 *   about them, or %NULL with @error saying "NAME: what is wrong"
 */
RccCtgovImport *
rcc_ctgov_import_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(RccCtgovImport) self = NULL;
  g_autoptr(GPtrArray) studies = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const char *name = display_name != NULL ? display_name : "record";
  const char *data;
  const char *start;
  gsize length;
  RccCtgovFormat format;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  if (length > RCC_CTGOV_MAX_BYTES)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE,
                   _("%s: the record is %llu bytes; records may be at most %d bytes"),
                   name, (unsigned long long)length, RCC_CTGOV_MAX_BYTES);
      return NULL;
    }

  if (data == NULL || length == 0)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_EMPTY, _("%s: the file is empty"), name);
      return NULL;
    }

  /* What it is, from its first character after any BOM and space. */
  start = data;
  if (length >= 3 && memcmp (start, "\xEF\xBB\xBF", 3) == 0)
    start += 3;
  while (start < data + length && g_ascii_isspace (*start))
    start++;

  if (start == data + length)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_EMPTY, _("%s: the file is empty"), name);
      return NULL;
    }

  if (*start == '{' || *start == '[')
    {
      format = RCC_CTGOV_FORMAT_V2_JSON;
      /* json-glib reads no BOM: start after it. */
      studies = _rcc_ctgov_read_json (bytes, start, length - (start - data), name, error);
    }
  else if (*start == '<')
    {
      format = RCC_CTGOV_FORMAT_LEGACY_XML;
      studies = _rcc_ctgov_read_xml (bytes, data, length, name, error);
    }
  else
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (neither JSON nor XML)"), name);
      return NULL;
    }

  if (studies == NULL)
    return NULL;

  /* Check every study before building any. */
  for (guint i = 0; i < studies->len; i++)
    {
      Study *study = g_ptr_array_index (studies, i);

      if (study->nct_id == NULL)
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       _("%s: not a ClinicalTrials.gov study record (it has no NCT id)"), name);
          return NULL;
        }
      if (!is_nct_id (study->nct_id))
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       _("%s: \"%s\" is not an NCT id (NCT and eight digits)"), name, study->nct_id);
          return NULL;
        }
      if (!g_hash_table_add (ids, study->nct_id))
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       _("%s: %s appears more than once"), name, study->nct_id);
          return NULL;
        }
    }

  self = g_object_new (RCC_TYPE_CTGOV_IMPORT, NULL);
  self->format = format;

  for (guint i = 0; i < studies->len; i++)
    {
      Study *study = g_ptr_array_index (studies, i);
      g_autoptr(RccTrial) trial = _rcc_ctgov_build_trial (study, warnings);

      g_list_store_append (self->trials, trial);
      g_ptr_array_add (self->records, g_bytes_ref (study->record));
      g_array_append_val (self->has_results, study->has_results);
    }

  g_ptr_array_add (warnings, NULL);
  self->warnings = (char **)g_ptr_array_steal (warnings, NULL);

  return g_steal_pointer (&self);
}

/**
 * rcc_ctgov_load_record:
 * @name: how errors name the file
 *
 * Reads the record in @file, refusing one over %RCC_CTGOV_MAX_BYTES
 * before reading it.  Blocking: run it in a thread where that matters.
 *
 * Returns: (transfer full) (nullable): its bytes, or %NULL with @error
 *   as `FILE: what is wrong`
 */
GBytes *
rcc_ctgov_load_record (GFile       *file,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;
  guint64 size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  bytes = rcc_file_read (file, RCC_CTGOV_MAX_BYTES, &size, &local_error);
  if (g_error_matches (local_error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE))
    g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE,
                 _("%s: the record is %llu bytes; records may be at most %d bytes"),
                 name, (unsigned long long)size, RCC_CTGOV_MAX_BYTES);
  else if (bytes == NULL)
    g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO,
                 "%s: %s", name, local_error->message);

  return bytes;
}

/**
 * rcc_ctgov_import_file:
 * @display_name: (nullable): how errors name the file; its parse name
 *   if %NULL
 *
 * Returns: (transfer full) (nullable): as rcc_ctgov_import_bytes()
 */
RccCtgovImport *
rcc_ctgov_import_file (GFile       *file,
                       const char  *display_name,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name != NULL ? g_strdup (display_name) : g_file_get_parse_name (file);
  bytes = rcc_ctgov_load_record (file, name, error);
  if (bytes == NULL)
    return NULL;

  return rcc_ctgov_import_bytes (bytes, name, error);
}

RccCtgovFormat
rcc_ctgov_import_get_format (RccCtgovImport *self)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), RCC_CTGOV_FORMAT_V2_JSON);

  return self->format;
}

/**
 * rcc_ctgov_import_get_trials:
 *
 * Returns: (transfer none): a #GListModel of #RccTrial, one per study,
 *   in the record's order
 */
GListModel *
rcc_ctgov_import_get_trials (RccCtgovImport *self)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), NULL);

  return G_LIST_MODEL (self->trials);
}

/**
 * rcc_ctgov_import_get_warnings:
 *
 * Returns: (transfer none): what could not be tied down, one
 *   "NCT…: message" each; empty when nothing
 */
const char * const *
rcc_ctgov_import_get_warnings (RccCtgovImport *self)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), NULL);

  return (const char * const *)self->warnings;
}

/**
 * rcc_ctgov_import_get_has_results:
 *
 * Returns: whether the record posted results for the trial at @position
 */
gboolean
rcc_ctgov_import_get_has_results (RccCtgovImport *self,
                                  guint           position)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), FALSE);
  g_return_val_if_fail (position < self->has_results->len, FALSE);

  return g_array_index (self->has_results, gboolean, position);
}

/**
 * rcc_ctgov_import_get_record:
 *
 * The record of the trial at @position, to keep: the file's own bytes
 * when it holds one study; when it holds several, that study's JSON
 * alone (the same members and strings), which imports to the same trial.
 *
 * Returns: (transfer none): the record's bytes
 */
GBytes *
rcc_ctgov_import_get_record (RccCtgovImport *self,
                             guint           position)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), NULL);
  g_return_val_if_fail (position < self->records->len, NULL);

  return g_ptr_array_index (self->records, position);
}

/**
 * rcc_ctgov_import_add_to_catalog:
 *
 * Adds the imported trials to @catalog: all of them, or, if any id is
 * taken already, none.
 *
 * Returns: %FALSE, adding nothing, with @error naming the taken id
 */
gboolean
rcc_ctgov_import_add_to_catalog (RccCtgovImport  *self,
                                 RccCatalog      *catalog,
                                 GError         **error)
{
  guint n;

  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), FALSE);
  g_return_val_if_fail (RCC_IS_CATALOG (catalog), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->trials));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (G_LIST_MODEL (self->trials), i);

      if (rcc_catalog_lookup_trial (catalog, rcc_trial_get_id (trial)) != NULL)
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       _("%s is already in the catalog"), rcc_trial_get_id (trial));
          return FALSE;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (G_LIST_MODEL (self->trials), i);

      rcc_catalog_add_trial (catalog, trial);
    }

  return TRUE;
}
