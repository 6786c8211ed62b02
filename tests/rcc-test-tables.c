/* rcc-test-tables.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rcc-test-tables.h"

/* The test tables of content version 3 (tests/data/third-edition/), read
 * and held against a catalog: every figure, level-of-evidence code,
 * line-of-therapy option and partial reference the facts files give, one
 * row each.  A check says every disagreement it finds, not only the
 * first, so one run lists all that is wrong. */

struct _RccTable
{
  char      *name;
  char     **header;
  GPtrArray *rows;   /* of GStrv */
  GArray    *lines;  /* of long: each row's line in the file */
};

void
rcc_table_free (RccTable *table)
{
  if (table == NULL)
    return;

  g_free (table->name);
  g_strfreev (table->header);
  g_ptr_array_unref (table->rows);
  g_array_unref (table->lines);
  g_free (table);
}

RccTable *
rcc_table_load (const char  *path,
                GError     **error)
{
  g_autoptr(RccTable) table = g_new0 (RccTable, 1);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;

  table->name = g_path_get_basename (path);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  table->lines = g_array_new (FALSE, FALSE, sizeof (long));

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      long number = (long)i + 1;
      gsize len = strlen (line);

      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';
      if (line[0] == '#' || line[0] == '\0')
        continue;

      if (table->header == NULL)
        table->header = g_strsplit (line, "\t", -1);
      else
        {
          g_ptr_array_add (table->rows, g_strsplit (line, "\t", -1));
          g_array_append_val (table->lines, number);
        }
    }

  if (table->header == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s: no header line", path);
      return NULL;
    }

  return g_steal_pointer (&table);
}

guint
rcc_table_rows (RccTable *table)
{
  return table->rows->len;
}

long
rcc_table_line (RccTable *table,
                guint     row)
{
  return g_array_index (table->lines, long, row);
}

/* The cell, or NULL when it is empty or the row is short. */
const char *
rcc_table_cell (RccTable   *table,
                guint       row,
                const char *column)
{
  char **cells = g_ptr_array_index (table->rows, row);

  for (guint i = 0; table->header[i] != NULL; i++)
    if (g_str_equal (table->header[i], column))
      {
        if (i >= g_strv_length (cells))
          return NULL;
        return cells[i][0] != '\0' ? cells[i] : NULL;
      }

  g_error ("%s has no column \"%s\"", table->name, column);
  return NULL;
}

static void G_GNUC_PRINTF (4, 5)
problem (GString    *problems,
         RccTable   *table,
         guint       row,
         const char *format,
         ...)
{
  va_list args;

  g_string_append_printf (problems, "%s:%ld: ", table->name, rcc_table_line (table, row));
  va_start (args, format);
  g_string_append_vprintf (problems, format, args);
  va_end (args);
  g_string_append_c (problems, '\n');
}

/* A number cell matches @value, or is empty; "not-stated" matches the
 * CI level RCC_CI_LEVEL_NOT_STATED. */
static gboolean
number_matches (const char *cell,
                double      value)
{
  char *end = NULL;
  double expected;

  if (cell == NULL)
    return TRUE;
  if (g_str_equal (cell, "not-stated"))
    return value == RCC_CI_LEVEL_NOT_STATED;

  expected = g_ascii_strtod (cell, &end);
  g_assert_true (end != cell && *end == '\0');
  return fabs (expected - value) < 1e-9;
}

static gboolean
nick_matches (const char *cell,
              GType       type,
              int         value)
{
  return cell == NULL || g_strcmp0 (cell, rcc_enum_to_nick (type, value)) == 0;
}

/* A CI's cells: empty ci_low, ci_high and ci_level where there is no
 * CI; ci_level empty or the level where there is one. */
static gboolean
ci_matches (RccTable *table,
            guint     row,
            gboolean  has_ci,
            double    low,
            double    high,
            double    level)
{
  const char *cell_low = rcc_table_cell (table, row, "ci_low");
  const char *cell_high = rcc_table_cell (table, row, "ci_high");

  if (!has_ci)
    return cell_low == NULL && cell_high == NULL;

  return number_matches (cell_low, low) && number_matches (cell_high, high) &&
         number_matches (rcc_table_cell (table, row, "ci_level"), level);
}

static gboolean
median_matches (RccTable  *table,
                guint      row,
                RccMedian *m)
{
  const char *value = rcc_table_cell (table, row, "value");

  if (!nick_matches (rcc_table_cell (table, row, "endpoint"), RCC_TYPE_ENDPOINT, rcc_median_get_endpoint (m)) ||
      g_strcmp0 (rcc_table_cell (table, row, "arm"), rcc_median_get_arm_id (m)) != 0)
    return FALSE;

  if (g_strcmp0 (value, "not-reached") == 0)
    return !rcc_median_get_reached (m);

  return rcc_median_get_reached (m) &&
         number_matches (value, rcc_median_get_value (m)) &&
         nick_matches (rcc_table_cell (table, row, "unit"), RCC_TYPE_TIME_UNIT, rcc_median_get_unit (m)) &&
         ci_matches (table, row, rcc_median_get_has_ci (m), rcc_median_get_ci_low (m),
                     rcc_median_get_ci_high (m), rcc_median_get_ci_level (m));
}

static gboolean
hazard_ratio_matches (RccTable       *table,
                      guint           row,
                      RccHazardRatio *hr)
{
  return nick_matches (rcc_table_cell (table, row, "endpoint"), RCC_TYPE_ENDPOINT,
                       rcc_hazard_ratio_get_endpoint (hr)) &&
         g_strcmp0 (rcc_table_cell (table, row, "arm"), rcc_hazard_ratio_get_arm_id (hr)) == 0 &&
         (rcc_table_cell (table, row, "versus") == NULL ||
          g_strcmp0 (rcc_table_cell (table, row, "versus"), rcc_hazard_ratio_get_versus_id (hr)) == 0) &&
         number_matches (rcc_table_cell (table, row, "value"), rcc_hazard_ratio_get_value (hr)) &&
         ci_matches (table, row, rcc_hazard_ratio_get_has_ci (hr), rcc_hazard_ratio_get_ci_low (hr),
                     rcc_hazard_ratio_get_ci_high (hr), rcc_hazard_ratio_get_ci_level (hr));
}

static gboolean
rate_matches (RccTable    *table,
              guint        row,
              RccRateKind  kind,
              RccRate     *rate)
{
  const char *endpoint = rcc_table_cell (table, row, "endpoint");

  return rcc_rate_get_kind (rate) == kind &&
         g_strcmp0 (rcc_table_cell (table, row, "arm"), rcc_rate_get_arm_id (rate)) == 0 &&
         (endpoint == NULL || nick_matches (endpoint, RCC_TYPE_ENDPOINT, rcc_rate_get_endpoint (rate))) &&
         number_matches (rcc_table_cell (table, row, "value"), rcc_rate_get_percent (rate)) &&
         ci_matches (table, row, rcc_rate_get_has_ci (rate), rcc_rate_get_ci_low (rate),
                     rcc_rate_get_ci_high (rate), rcc_rate_get_ci_level (rate));
}

static gboolean
figure_found (RccTable   *table,
              guint       row,
              RccTrial   *trial,
              const char *kind)
{
  GListModel *list;
  guint n;

  if (g_str_equal (kind, "median"))
    list = rcc_trial_get_medians (trial);
  else if (g_str_equal (kind, "hr"))
    list = rcc_trial_get_hazard_ratios (trial);
  else
    list = rcc_trial_get_rates (trial);

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) figure = g_list_model_get_item (list, i);

      if (g_str_equal (kind, "median") && median_matches (table, row, RCC_MEDIAN (figure)))
        return TRUE;
      if (g_str_equal (kind, "hr") && hazard_ratio_matches (table, row, RCC_HAZARD_RATIO (figure)))
        return TRUE;
      if (g_str_equal (kind, "rate-orr") && rate_matches (table, row, RCC_RATE_KIND_ORR, RCC_RATE (figure)))
        return TRUE;
      if (g_str_equal (kind, "rate-cr") && rate_matches (table, row, RCC_RATE_KIND_CR, RCC_RATE (figure)))
        return TRUE;
      if (g_str_equal (kind, "rate-landmark") &&
          rate_matches (table, row, RCC_RATE_KIND_LANDMARK, RCC_RATE (figure)))
        return TRUE;
    }

  return FALSE;
}

guint
rcc_check_figures (RccCatalog *catalog,
                   RccTable   *table,
                   GString    *problems)
{
  static const char * const kinds[] = { "median", "hr", "rate-orr", "rate-cr", "rate-landmark" };
  guint n = 0;

  for (guint row = 0; row < rcc_table_rows (table); row++)
    {
      const char *trial_id = rcc_table_cell (table, row, "trial");
      const char *kind = rcc_table_cell (table, row, "kind");
      RccTrial *trial = trial_id != NULL ? rcc_catalog_lookup_trial (catalog, trial_id) : NULL;

      if (trial == NULL)
        problem (problems, table, row, "no trial \"%s\"", trial_id != NULL ? trial_id : "");
      else if (kind == NULL || !g_strv_contains (kinds, kind))
        problem (problems, table, row, "unknown kind \"%s\"", kind != NULL ? kind : "");
      else if (!figure_found (table, row, trial, kind))
        problem (problems, table, row, "trial \"%s\" has no %s matching this row", trial_id, kind);
      else
        continue;
      n++;
    }

  return n;
}

static gboolean
level_matches (RccTable *table,
               guint     row,
               RccLevel *level)
{
  const char *fits = rcc_table_cell (table, row, "fits");
  const char *endpoint = rcc_table_cell (table, row, "endpoint");

  return nick_matches (rcc_table_cell (table, row, "scheme"), RCC_TYPE_EVIDENCE_SCHEME,
                       rcc_level_get_scheme (level)) &&
         g_strcmp0 (rcc_table_cell (table, row, "code"), rcc_level_get_code (level)) == 0 &&
         g_strcmp0 (rcc_table_cell (table, row, "edition"), rcc_level_get_edition_id (level)) == 0 &&
         (endpoint != NULL ? nick_matches (endpoint, RCC_TYPE_ENDPOINT, rcc_level_get_endpoint (level))
                           : rcc_level_get_endpoint (level) == RCC_ENDPOINT_NONE) &&
         (fits == NULL || (g_str_equal (fits, "true") == rcc_level_get_fits (level)));
}

guint
rcc_check_levels (RccCatalog *catalog,
                  RccTable   *table,
                  GString    *problems)
{
  GListModel *trials = rcc_catalog_get_trials (catalog);
  guint n = 0, n_levels = 0;

  for (guint row = 0; row < rcc_table_rows (table); row++)
    {
      const char *trial_id = rcc_table_cell (table, row, "trial");
      RccTrial *trial = trial_id != NULL ? rcc_catalog_lookup_trial (catalog, trial_id) : NULL;
      GListModel *levels;
      gboolean found = FALSE;

      if (trial == NULL)
        {
          problem (problems, table, row, "no trial \"%s\"", trial_id != NULL ? trial_id : "");
          n++;
          continue;
        }

      levels = rcc_trial_get_levels (trial);
      for (guint i = 0; i < g_list_model_get_n_items (levels) && !found; i++)
        {
          g_autoptr(RccLevel) level = g_list_model_get_item (levels, i);
          found = level_matches (table, row, level);
        }
      if (!found)
        {
          problem (problems, table, row, "trial \"%s\" has no level matching this row", trial_id);
          n++;
        }
    }

  /* Every code in the content is in the table. */
  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      n_levels += g_list_model_get_n_items (rcc_trial_get_levels (trial));
    }
  if (n_levels != rcc_table_rows (table))
    {
      g_string_append_printf (problems, "%s: the content has %u levels of evidence, the table %u\n",
                              table->name, n_levels, rcc_table_rows (table));
      n++;
    }

  return n;
}

guint
rcc_check_lines (RccCatalog *catalog,
                 RccTable   *table,
                 GString    *problems)
{
  guint n = 0, per_line[RCC_N_THERAPY_LINES] = { 0 };

  for (guint row = 0; row < rcc_table_rows (table); row++)
    {
      const char *line_nick = rcc_table_cell (table, row, "line");
      const char *position_cell = rcc_table_cell (table, row, "position");
      const char *treatment_id = rcc_table_cell (table, row, "treatment");
      const char *note_present = rcc_table_cell (table, row, "note_present");
      g_autoptr(GListModel) options = NULL;
      g_autoptr(RccOption) option = NULL;
      RccTreatment *treatment;
      int line = 0;
      guint position;

      if (!rcc_enum_from_nick (RCC_TYPE_THERAPY_LINE, line_nick, &line))
        {
          problem (problems, table, row, "unknown line \"%s\"", line_nick != NULL ? line_nick : "");
          n++;
          continue;
        }

      per_line[line]++;
      position = position_cell != NULL ? (guint)g_ascii_strtoull (position_cell, NULL, 10) : 0;
      options = rcc_catalog_get_options_for_line (catalog, line);
      if (position == 0 || position > g_list_model_get_n_items (options))
        {
          problem (problems, table, row, "line \"%s\" has no option %u", line_nick, position);
          n++;
          continue;
        }

      option = g_list_model_get_item (options, position - 1);
      treatment = rcc_option_get_treatment (option);
      if (g_strcmp0 (treatment_id, treatment != NULL ? rcc_treatment_get_id (treatment) : NULL) != 0)
        {
          problem (problems, table, row, "option %u of \"%s\" is \"%s\", not \"%s\"", position, line_nick,
                   treatment != NULL ? rcc_treatment_get_id (treatment) : "(none)",
                   treatment_id != NULL ? treatment_id : "(none)");
          n++;
        }
      else if (note_present != NULL &&
               g_str_equal (note_present, "true") != (rcc_option_get_note (option) != NULL))
        {
          problem (problems, table, row, "option %u of \"%s\": note_present is %s", position, line_nick,
                   note_present);
          n++;
        }
    }

  /* And nothing more in each line than the table lists. */
  for (guint line = 0; line < RCC_N_THERAPY_LINES; line++)
    {
      g_autoptr(GListModel) options = rcc_catalog_get_options_for_line (catalog, line);

      if (g_list_model_get_n_items (options) != per_line[line])
        {
          g_string_append_printf (problems, "%s: line \"%s\" has %u options, the table %u\n",
                                  table->name, rcc_enum_to_nick (RCC_TYPE_THERAPY_LINE, line),
                                  g_list_model_get_n_items (options), per_line[line]);
          n++;
        }
    }

  return n;
}

/* Every reference marked partial is listed, with why; and every one
 * listed exists and is marked. */
guint
rcc_check_partial_references (RccCatalog *catalog,
                              RccTable   *table,
                              GString    *problems)
{
  GListModel *references = rcc_catalog_get_references (catalog);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (guint row = 0; row < rcc_table_rows (table); row++)
    {
      const char *id = rcc_table_cell (table, row, "reference");
      RccReference *ref = id != NULL ? rcc_catalog_lookup_reference (catalog, id) : NULL;

      if (ref == NULL || !rcc_reference_get_partial (ref))
        {
          problem (problems, table, row, "\"%s\" is not a partial reference of the content",
                   id != NULL ? id : "");
          n++;
        }
      else if (rcc_table_cell (table, row, "why") == NULL)
        {
          problem (problems, table, row, "\"%s\": no reason given", id);
          n++;
        }
      if (id != NULL)
        g_hash_table_add (listed, (gpointer)id);
    }

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(RccReference) ref = g_list_model_get_item (references, i);

      if (rcc_reference_get_partial (ref) && !g_hash_table_contains (listed, rcc_reference_get_id (ref)))
        {
          g_string_append_printf (problems, "%s: partial reference \"%s\" is not listed\n",
                                  table->name, rcc_reference_get_id (ref));
          n++;
        }
    }

  return n;
}
