/* rcc-ctgov-figures.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-ctgov-private.h"

/* An outcome's figures: medians, landmark rates and hazard ratios of
 * PFS, OS, DFS or TTP, each labelled with its outcome and analysis text;
 * then the headline ("primary") figures, chosen by one rule (see
 * rcc-ctgov-import.c). */

/* PFS, OS, DFS (iDFS too) or TTP, from the outcome's title; NONE when
 * it is none of them, or names more than one. */
static RccEndpoint
classify_title (const char *title,
                gboolean   *several)
{
  g_autofree char *t = _rcc_ctgov_normalize (title);
  RccEndpoint found = RCC_ENDPOINT_NONE;
  guint n = 0;

  if (_rcc_ctgov_has_words (t, "progression free survival") || _rcc_ctgov_has_words (t, "pfs"))
    found = RCC_ENDPOINT_PFS, n++;
  if (_rcc_ctgov_has_words (t, "overall survival") || _rcc_ctgov_has_words (t, "os"))
    found = RCC_ENDPOINT_OS, n++;
  if (_rcc_ctgov_has_words (t, "disease free survival") || _rcc_ctgov_has_words (t, "dfs") ||
      _rcc_ctgov_has_words (t, "idfs"))
    found = RCC_ENDPOINT_DFS, n++;
  if (_rcc_ctgov_has_words (t, "time to progression") || _rcc_ctgov_has_words (t, "ttp"))
    found = RCC_ENDPOINT_TTP, n++;

  *several = n > 1;
  return n == 1 ? found : RCC_ENDPOINT_NONE;
}

static gboolean
time_unit_from_text (const char  *text,
                     RccTimeUnit *unit)
{
  g_autofree char *t = _rcc_ctgov_normalize (text);

  if (g_str_equal (t, "days") || g_str_equal (t, "day"))
    *unit = RCC_TIME_UNIT_DAYS;
  else if (g_str_equal (t, "weeks") || g_str_equal (t, "week"))
    *unit = RCC_TIME_UNIT_WEEKS;
  else if (g_str_equal (t, "months") || g_str_equal (t, "month"))
    *unit = RCC_TIME_UNIT_MONTHS;
  else
    return FALSE;

  return TRUE;
}

static gboolean
is_percent_unit (const char *text)
{
  g_autofree char *t = _rcc_ctgov_normalize (text);

  return _rcc_ctgov_has_words (t, "percent") || _rcc_ctgov_has_words (t, "percentage") ||
         g_strcmp0 (text, "%") == 0;
}

/* "95% Confidence Interval" -> 95; FALSE for any other spread. */
static gboolean
ci_level_from_dispersion (const char *text,
                          double     *level)
{
  g_autofree char *t = _rcc_ctgov_normalize (text);
  g_autofree char *number = NULL;
  const char *percent;

  if (text == NULL || !_rcc_ctgov_has_words (t, "confidence interval"))
    return FALSE;

  percent = strchr (text, '%');
  if (percent == NULL)
    return FALSE;

  number = g_strndup (text, percent - text);
  return _rcc_ctgov_parse_number (number, level, NULL) && *level > 0.0 && *level < 100.0;
}

/* "6 months", "4 years", "at 12 months": the time in months. */
static gboolean
timepoint_months (const char *text,
                  double     *months)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  regex = g_regex_new ("^\\s*(?:at\\s+)?([0-9]+(?:\\.[0-9]+)?)\\s*(day|week|month|year)s?\\s*$",
                       G_REGEX_CASELESS, 0, NULL);
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;

  number = g_match_info_fetch (match, 1);
  unit = g_match_info_fetch (match, 2);
  if (!_rcc_ctgov_parse_number (number, &value, NULL) || !(value > 0.0))
    return FALSE;

  if (g_ascii_strcasecmp (unit, "year") == 0)
    *months = value * 12.0;
  else if (g_ascii_strcasecmp (unit, "month") == 0)
    *months = value;
  else if (g_ascii_strcasecmp (unit, "week") == 0)
    *months = rcc_time_to_months (value, RCC_TIME_UNIT_WEEKS);
  else
    *months = rcc_time_to_months (value, RCC_TIME_UNIT_DAYS);

  return TRUE;
}

static char *
outcome_label (Outcome *o)
{
  return g_strdup_printf ("%s: %s", _rcc_ctgov_outcome_type_label (o->type), o->title);
}

static char *
row_title (Row *row)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_ptr_array_add (parts, row->class_title);
  g_ptr_array_add (parts, row->category_title);
  return _rcc_ctgov_join_nonempty ("; ", parts);
}

static char *
append_note (char       *text,
             const char *note)
{
  char *joined;

  if (note == NULL)
    return text;
  if (text == NULL)
    return g_strdup (note);

  joined = g_strdup_printf ("%s; %s", text, note);
  g_free (text);
  return joined;
}

static void
add_median (Builder     *b,
            guint        outcome_index,
            Outcome     *o,
            Row         *row,
            Measurement *m,
            int          arm,
            RccEndpoint  endpoint,
            RccTimeUnit  unit,
            gboolean     ci_is_ci,
            double       ci_level)
{
  MedianFigure *f;
  g_autofree char *title = row_title (row);
  double value = 0.0, low = 0.0, high = 0.0;
  guint decimals = 0;
  gboolean reached, has_low, has_high;
  g_autoptr(GPtrArray) population = g_ptr_array_new ();
  StudyArm *study_arm = _rcc_ctgov_arm_at (b, arm);

  if (m->value == NULL)
    return;

  if (_rcc_ctgov_parse_number (m->value, &value, &decimals))
    {
      if (!(value > 0.0))
        {
          _rcc_ctgov_warn (b, _("\"%s\": the median %s for \"%s\" is not above zero; not imported"),
                           o->title, m->value, study_arm->label);
          return;
        }
      reached = TRUE;
    }
  else if (_rcc_ctgov_is_not_available (m->value))
    reached = FALSE;
  else
    {
      _rcc_ctgov_warn (b, _("\"%s\": the median \"%s\" for \"%s\" is not a number; not imported"),
                       o->title, m->value, study_arm->label);
      return;
    }

  f = g_new0 (MedianFigure, 1);
  f->endpoint = endpoint;
  f->outcome = outcome_index;
  f->rank = o->type;
  f->whole = o->rows->len == 1 && title == NULL;
  f->arm = arm;
  f->reached = reached;
  f->value = reached ? value : 0.0;
  f->unit = unit;
  f->fields.ci.level = ci_is_ci ? ci_level : 95.0;
  f->fields.analysis = outcome_label (o);

  g_ptr_array_add (population, o->population);
  g_ptr_array_add (population, title);
  f->fields.population = _rcc_ctgov_join_nonempty ("; ", population);

  if (!reached)
    {
      g_autofree char *note = m->comment != NULL
                            ? g_strdup_printf (_("not estimable: %s"), m->comment)
                            : g_strdup (_("not estimable"));

      f->fields.analysis = append_note (f->fields.analysis, note);
    }

  if (reached)
    {
      has_low = _rcc_ctgov_parse_number (m->lower, &low, &decimals);
      has_high = _rcc_ctgov_parse_number (m->upper, &high, &decimals);

      if (has_low && has_high && ci_is_ci && !(low <= high))
        {
          g_autofree char *note = g_strdup_printf (_("CI %s–%s"), m->lower, m->upper);

          f->fields.analysis = append_note (f->fields.analysis, note);
          _rcc_ctgov_warn (b, _("\"%s\": the CI %s–%s of the median %s for \"%s\" is not in order; left out"),
                           o->title, m->lower, m->upper, m->value, study_arm->label);
        }
      else if (has_low && has_high && ci_is_ci)
        {
          f->fields.has_ci = TRUE;
          f->fields.ci.low = low;
          f->fields.ci.high = high;
          if (!(low <= value && value <= high))
            _rcc_ctgov_warn (b, _("\"%s\": the median %s for \"%s\" lies outside its CI %s–%s, as the record gives it"),
                             o->title, m->value, study_arm->label, m->lower, m->upper);
        }
      else if ((has_low || has_high || m->lower != NULL || m->upper != NULL) && ci_is_ci)
        {
          g_autofree char *note = g_strdup_printf (_("CI %s–%s%s%s"),
                                                   m->lower ? m->lower : "NA",
                                                   m->upper ? m->upper : "NA",
                                                   m->comment ? ": " : "",
                                                   m->comment ? m->comment : "");

          f->fields.analysis = append_note (f->fields.analysis, note);
          _rcc_ctgov_warn (b, _("\"%s\": the CI of the median %s for \"%s\" is incomplete (%s); left out"),
                           o->title, m->value, study_arm->label, note);
        }
    }

  f->fields.decimals = decimals;
  g_ptr_array_add (b->medians, f);
}

static void
add_rate (Builder     *b,
          Outcome     *o,
          Row         *row,
          Measurement *m,
          int          arm,
          RccEndpoint  endpoint,
          double       at_months,
          gboolean     title_is_time,
          gboolean     ci_is_ci,
          double       ci_level)
{
  g_auto(RccFigureFields) fields = RCC_FIGURE_FIELDS_INIT;
  g_autoptr(GPtrArray) population = g_ptr_array_new ();
  g_autofree char *title = title_is_time ? NULL : row_title (row);
  double percent = 0.0, low = 0.0, high = 0.0;
  guint decimals = 0;
  gboolean has_ci;

  if (m->value == NULL)
    return;

  if (!_rcc_ctgov_parse_number (m->value, &percent, &decimals) || percent < 0.0 || percent > 100.0)
    {
      _rcc_ctgov_warn (b, _("\"%s\": the rate \"%s\" for \"%s\" is not a percentage; not imported"),
                       o->title, m->value, _rcc_ctgov_arm_at (b, arm)->label);
      return;
    }

  has_ci = ci_is_ci &&
           _rcc_ctgov_parse_number (m->lower, &low, &decimals) &&
           _rcc_ctgov_parse_number (m->upper, &high, &decimals) &&
           low >= 0.0 && high <= 100.0 && low <= high;

  g_ptr_array_add (population, o->population);
  g_ptr_array_add (population, title);

  fields.arm_id = g_strdup (g_ptr_array_index (b->arm_ids, arm));
  fields.analysis = outcome_label (o);
  fields.population = _rcc_ctgov_join_nonempty ("; ", population);
  fields.decimals = decimals;
  fields.has_ci = has_ci;
  fields.ci.low = has_ci ? low : 0.0;
  fields.ci.high = has_ci ? high : 0.0;
  fields.ci.level = ci_is_ci ? ci_level : 95.0;

  g_ptr_array_add (b->rates, rcc_figure_new (RCC_TYPE_RATE, &fields,
                                             "kind", RCC_RATE_KIND_LANDMARK,
                                             "percent", percent,
                                             "endpoint", endpoint,
                                             "at-months", at_months,
                                             NULL));
}

static gboolean
is_hazard_ratio (Analysis *a,
                 gboolean *log_scale)
{
  g_autofree char *t = _rcc_ctgov_normalize (a->param_type);

  *log_scale = _rcc_ctgov_has_words (t, "log");
  return _rcc_ctgov_has_words (t, "hazard ratio") || _rcc_ctgov_has_words (t, "hr");
}

static void
add_hazard_ratio (Builder     *b,
                  guint        outcome_index,
                  Outcome     *o,
                  GArray      *map,
                  Analysis    *a,
                  RccEndpoint  endpoint,
                  guint        n_hr)
{
  HrFigure *f;
  Group *g0 = NULL, *g1 = NULL;
  int arm0, arm1, order;
  double value = 0.0, low = 0.0, high = 0.0, level = 95.0;
  guint decimals = 0;
  gboolean has_low, has_high;
  g_autofree char *sides_key = _rcc_ctgov_enum_key (a->ci_sides);
  g_autoptr(GPtrArray) method = g_ptr_array_new ();

  if (a->group_ids->len != 2)
    {
      _rcc_ctgov_warn (b, _("\"%s\": a hazard ratio over %u groups (%s) was not imported"),
                       o->title, a->group_ids->len, _rcc_ctgov_or_empty (a->param_value));
      return;
    }

  arm0 = _rcc_ctgov_group_arm (o, map, g_ptr_array_index (a->group_ids, 0), &g0);
  arm1 = _rcc_ctgov_group_arm (o, map, g_ptr_array_index (a->group_ids, 1), &g1);
  if (arm0 < 0 || arm1 < 0 || arm0 == arm1)
    {
      _rcc_ctgov_warn (b, _("\"%s\": the hazard ratio %s compares groups that are not two distinct arms; not imported"),
                       o->title, _rcc_ctgov_or_empty (a->param_value));
      return;
    }

  if (!_rcc_ctgov_parse_number (a->param_value, &value, &decimals) || !(value > 0.0))
    {
      _rcc_ctgov_warn (b, _("\"%s\": the hazard ratio \"%s\" is not a number above zero; not imported"),
                       o->title, _rcc_ctgov_or_empty (a->param_value));
      return;
    }

  f = g_new0 (HrFigure, 1);
  f->endpoint = endpoint;
  f->outcome = outcome_index;
  f->rank = o->type;
  f->sole = n_hr == 1;
  f->value = value;
  f->fields.analysis = outcome_label (o);
  f->fields.analysis = append_note (f->fields.analysis, a->group_description);
  f->fields.population = g_strdup (o->population);

  if (g_strcmp0 (sides_key, "TWO_SIDED") == 0 || g_strcmp0 (sides_key, "2_SIDED") == 0)
    f->fields.ci.sides = 2;
  else if (g_strcmp0 (sides_key, "ONE_SIDED") == 0 || g_strcmp0 (sides_key, "1_SIDED") == 0)
    f->fields.ci.sides = 1;

  has_low = _rcc_ctgov_parse_number (a->ci_lower, &low, &decimals);
  has_high = _rcc_ctgov_parse_number (a->ci_upper, &high, &decimals);
  if (has_low && has_high)
    {
      if (a->ci_percent == NULL)
        _rcc_ctgov_warn (b, _("\"%s\": the hazard ratio %s has a CI whose level the record does not state; 95%% is assumed"),
                         o->title, _rcc_ctgov_or_empty (a->param_value));
      else if (!_rcc_ctgov_parse_number (a->ci_percent, &level, NULL) ||
               !(level > 0.0 && level < 100.0))
        {
          _rcc_ctgov_warn (b, _("\"%s\": the CI level \"%s\" of the hazard ratio %s is not a percentage; the CI was left out"),
                           o->title, a->ci_percent, _rcc_ctgov_or_empty (a->param_value));
          has_low = has_high = FALSE;
          level = 95.0;
        }

      if (has_low && has_high && !(low > 0.0 && low <= high))
        {
          g_autofree char *note = g_strdup_printf (_("CI %s–%s"), a->ci_lower, a->ci_upper);

          /* A ratio's CI is above zero and in order, or no CI at all. */
          f->fields.analysis = append_note (f->fields.analysis, note);
          _rcc_ctgov_warn (b, _("\"%s\": the CI %s–%s of the hazard ratio %s is not above zero or not in order; left out"),
                           o->title, a->ci_lower, a->ci_upper,
                           _rcc_ctgov_or_empty (a->param_value));
        }
      else if (has_low && has_high)
        {
          f->fields.has_ci = TRUE;
          f->fields.ci.low = low;
          f->fields.ci.high = high;
          f->fields.ci.level = level;
          if (!(low <= value && value <= high))
            _rcc_ctgov_warn (b, _("\"%s\": the hazard ratio %s lies outside its CI %s–%s, as the record gives it"),
                             o->title, _rcc_ctgov_or_empty (a->param_value),
                             a->ci_lower, a->ci_upper);
        }
    }
  else if (a->ci_lower != NULL || a->ci_upper != NULL)
    {
      g_autoptr(GPtrArray) comments = g_ptr_array_new ();
      g_autofree char *why = NULL;
      g_autofree char *note = NULL;

      g_ptr_array_add (comments, a->ci_lower_comment);
      g_ptr_array_add (comments, a->ci_upper_comment);
      why = _rcc_ctgov_join_nonempty ("; ", comments);
      note = g_strdup_printf (_("CI %s–%s%s%s"), a->ci_lower ? a->ci_lower : "NA",
                              a->ci_upper ? a->ci_upper : "NA",
                              why ? ": " : "", why ? why : "");
      f->fields.analysis = append_note (f->fields.analysis, note);
      _rcc_ctgov_warn (b, _("\"%s\": the CI of the hazard ratio %s is incomplete (%s); left out"),
                       o->title, _rcc_ctgov_or_empty (a->param_value), note);
    }
  if (!f->fields.has_ci)
    f->fields.ci.level = 95.0;

  f->fields.decimals = decimals;
  f->p = a->p_value != NULL ? g_strdup (a->p_value) : NULL;
  g_ptr_array_add (method, a->method);
  g_ptr_array_add (method, a->method_comment);
  g_ptr_array_add (method, a->p_value_comment);
  f->method = _rcc_ctgov_join_nonempty ("; ", method);

  order = _rcc_ctgov_read_direction (b, a->estimate_comment, g0, arm0, g1, arm1);
  if (order >= 0)
    {
      f->stated = TRUE;
      f->arm = order == 0 ? arm0 : arm1;
      f->versus = order == 0 ? arm1 : arm0;
      f->direction = g_strdup (a->estimate_comment);
    }
  else
    {
      f->stated = FALSE;
      f->arm = arm0;
      f->versus = arm1;
      f->direction = g_strdup (RCC_CTGOV_DIRECTION_NOT_STATED);
      if (a->estimate_comment != NULL)
        {
          g_autofree char *note = g_strdup_printf (_("note: %s"), a->estimate_comment);
          f->fields.analysis = append_note (f->fields.analysis, note);
        }
      _rcc_ctgov_warn (b, _("\"%s\": the record does not say which arm the hazard ratio %s is of; it is kept in "
                            "the record's group order (\"%s\" vs \"%s\"), marked \"direction not stated\" and "
                            "not used as a headline figure"),
                       o->title, _rcc_ctgov_or_empty (a->param_value), _rcc_ctgov_or_empty (g0->title), _rcc_ctgov_or_empty (g1->title));
    }

  g_ptr_array_add (b->hrs, f);
}

void
_rcc_ctgov_add_outcome (Builder *b,
                        guint    index)
{
  Outcome *o = g_ptr_array_index (b->study->outcomes, index);
  g_autoptr(GArray) map = NULL;
  gboolean several = FALSE;
  RccEndpoint endpoint = classify_title (o->title, &several);
  gboolean is_median = g_strcmp0 (o->param_type, "MEDIAN") == 0;
  guint n_hr = 0;
  double ci_level = 95.0;
  gboolean ci_is_ci;

  /* Hazard ratios on the log scale are not imported, so do not count. */
  for (guint i = 0; i < o->analyses->len; i++)
    {
      gboolean log_scale;

      if (is_hazard_ratio (g_ptr_array_index (o->analyses, i), &log_scale) && !log_scale)
        n_hr++;
    }

  if (endpoint == RCC_ENDPOINT_NONE)
    {
      /* Only outcomes with figures of the kinds we show are worth a word. */
      if (is_median || n_hr > 0)
        _rcc_ctgov_warn (b, several
                            ? _("\"%s\" names more than one of PFS, OS, DFS and TTP; its figures were not imported")
                            : _("\"%s\" is not PFS, OS, DFS or TTP; its figures were not imported"),
                         o->title);
      return;
    }

  if (o->not_posted)
    {
      _rcc_ctgov_warn (b, _("\"%s\": results not posted yet"), o->title);
      return;
    }

  map = _rcc_ctgov_map_groups (b, o);
  ci_is_ci = ci_level_from_dispersion (o->dispersion, &ci_level);

  if (is_median)
    {
      RccTimeUnit unit;

      if (!time_unit_from_text (o->unit, &unit))
        _rcc_ctgov_warn (b, _("\"%s\": medians in \"%s\" (not days, weeks or months) were not imported"),
                         o->title, o->unit ? o->unit : "");
      else
        {
          gboolean any_limits = FALSE;

          for (guint r = 0; r < o->rows->len; r++)
            {
              Row *row = g_ptr_array_index (o->rows, r);

              for (guint k = 0; k < row->measurements->len; k++)
                {
                  Measurement *m = g_ptr_array_index (row->measurements, k);
                  int arm = _rcc_ctgov_group_arm (o, map, m->group_id, NULL);

                  any_limits |= m->lower != NULL || m->upper != NULL;
                  if (arm >= 0)
                    add_median (b, index, o, row, m, arm, endpoint, unit, ci_is_ci, ci_level);
                }
            }

          if (any_limits && !ci_is_ci)
            _rcc_ctgov_warn (b, _("\"%s\": the spread given is \"%s\", not a confidence interval; left out"),
                             o->title, o->dispersion ? o->dispersion : "");
        }
    }
  else if (g_strcmp0 (o->param_type, "NUMBER") == 0 && is_percent_unit (o->unit))
    {
      for (guint r = 0; r < o->rows->len; r++)
        {
          Row *row = g_ptr_array_index (o->rows, r);
          double at_months = 0.0;
          gboolean title_is_time = TRUE;

          if (!timepoint_months (row->category_title, &at_months) &&
              !timepoint_months (row->class_title, &at_months))
            {
              title_is_time = FALSE;
              if (!timepoint_months (o->time_frame, &at_months))
                {
                  _rcc_ctgov_warn (b, _("\"%s\": rates without a time point the record states plainly (\"%s\") were not imported"),
                                   o->title, o->time_frame ? o->time_frame : "");
                  break;
                }
            }

          for (guint k = 0; k < row->measurements->len; k++)
            {
              Measurement *m = g_ptr_array_index (row->measurements, k);
              int arm = _rcc_ctgov_group_arm (o, map, m->group_id, NULL);

              if (arm >= 0)
                add_rate (b, o, row, m, arm, endpoint, at_months, title_is_time, ci_is_ci, ci_level);
            }
        }
    }
  else if (o->rows->len > 0)
    _rcc_ctgov_warn (b, _("\"%s\" is reported as \"%s\" in \"%s\", neither a median nor a percentage at a time point; "
                          "only its hazard ratios were imported"),
                     o->title, o->param_type ? o->param_type : "", o->unit ? o->unit : "");

  for (guint i = 0; i < o->analyses->len; i++)
    {
      Analysis *a = g_ptr_array_index (o->analyses, i);
      gboolean log_scale;

      if (is_hazard_ratio (a, &log_scale) && log_scale)
        _rcc_ctgov_warn (b, _("\"%s\": a hazard ratio on the log scale (%s) was not imported"),
                         o->title, _rcc_ctgov_or_empty (a->param_value));
      else if (is_hazard_ratio (a, &log_scale))
        add_hazard_ratio (b, index, o, map, a, endpoint, n_hr);
      else if (a->param_type != NULL)
        _rcc_ctgov_warn (b, _("\"%s\": an analysis of type \"%s\" was not imported (only hazard ratios are)"),
                         o->title, a->param_type);
      else
        _rcc_ctgov_warn (b, _("\"%s\": an analysis without an estimate (p %s%s%s) was not imported"),
                         o->title, a->p_value ? a->p_value : "—",
                         a->method ? ", " : "", a->method ? a->method : "");
    }
}

/* Headlines, by the rule in the header comment. */
void
_rcc_ctgov_choose_headlines (Builder *b)
{
  static const RccEndpoint endpoints[] = {
    RCC_ENDPOINT_PFS, RCC_ENDPOINT_OS, RCC_ENDPOINT_DFS, RCC_ENDPOINT_RFS, RCC_ENDPOINT_TTP,
  };

  for (guint e = 0; e < G_N_ELEMENTS (endpoints); e++)
    {
      MedianFigure *best_median = NULL;
      HrFigure *best_hr = NULL;

      for (guint i = 0; i < b->medians->len; i++)
        {
          MedianFigure *f = g_ptr_array_index (b->medians, i);

          if (f->endpoint != endpoints[e] || !f->whole)
            continue;
          if (best_median == NULL || f->rank < best_median->rank ||
              (f->rank == best_median->rank && f->outcome < best_median->outcome))
            best_median = f;
        }

      for (guint i = 0; best_median != NULL && i < b->medians->len; i++)
        {
          MedianFigure *f = g_ptr_array_index (b->medians, i);

          if (f->endpoint == endpoints[e] && f->outcome == best_median->outcome)
            f->fields.primary = TRUE;
        }

      for (guint i = 0; i < b->hrs->len; i++)
        {
          HrFigure *f = g_ptr_array_index (b->hrs, i);

          if (f->endpoint != endpoints[e] || !f->sole || !f->stated)
            continue;
          if (best_hr == NULL || f->rank < best_hr->rank ||
              (f->rank == best_hr->rank && f->outcome < best_hr->outcome))
            best_hr = f;
        }

      if (best_hr != NULL)
        best_hr->fields.primary = TRUE;
    }
}
