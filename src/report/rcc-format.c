/* rcc-format.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-format.h"

/**
 * rcc_format_number:
 *
 * @value with exactly @decimals decimals, in the user's locale.
 */
char *
rcc_format_number (double value,
                   guint  decimals)
{
  return g_strdup_printf ("%.*f", (int)MIN (decimals, 12), value);
}

/**
 * rcc_format_months:
 *
 * A derived month figure: always one decimal ("5.5 months").
 */
char *
rcc_format_months (double months)
{
  /* Translators: a derived duration, e.g. "5.5 months" */
  return g_strdup_printf (_("%.1f months"), months);
}

/**
 * rcc_format_median_reported:
 *
 * The median as the source reports it: "167 days", "9.2 months",
 * "not reached".
 */
char *
rcc_format_median_reported (RccMedian *median)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (RCC_IS_MEDIAN (median), NULL);

  if (!rcc_median_get_reached (median))
    return g_strdup (_("not reached"));

  value = rcc_format_number (rcc_median_get_value (median), rcc_median_get_decimals (median));
  /* Translators: a reported median, e.g. "167 days" */
  return g_strdup_printf (C_("median", "%s %s"), value,
                          rcc_time_unit_get_label (rcc_median_get_unit (median)));
}

/**
 * rcc_format_median:
 *
 * The reported median, with the derived month figure after it where
 * the source used another unit: "167 days (5.5 months)".
 */
char *
rcc_format_median (RccMedian *median)
{
  g_autofree char *reported = NULL;
  g_autofree char *months = NULL;

  g_return_val_if_fail (RCC_IS_MEDIAN (median), NULL);

  reported = rcc_format_median_reported (median);
  if (!rcc_median_get_reached (median) ||
      rcc_median_get_unit (median) == RCC_TIME_UNIT_MONTHS)
    return g_steal_pointer (&reported);

  months = rcc_format_months (rcc_median_get_months (median));
  return g_strdup_printf ("%s (%s)", reported, months);
}

/**
 * rcc_format_ci:
 *
 * "95% CI 0.35–0.55"; "CI 0.35–0.55, level not stated" for a @level
 * of %RCC_CI_LEVEL_NOT_STATED.
 */
char *
rcc_format_ci (double low,
               double high,
               double level,
               guint  decimals)
{
  g_autofree char *lo = rcc_format_number (low, decimals);
  g_autofree char *hi = rcc_format_number (high, decimals);
  g_autofree char *lvl = NULL;

  /* The source gives the interval but not its level: never say 95% */
  if (level == RCC_CI_LEVEL_NOT_STATED)
    /* Translators: a confidence interval whose level the source does not
     * state, e.g. "CI 0.35–0.55, level not stated" */
    return g_strdup_printf (_("CI %s–%s, level not stated"), lo, hi);

  /* 95 or 98.89: as many decimals as the level needs */
  lvl = g_strdup_printf ("%g", level);

  /* Translators: a confidence interval, e.g. "95% CI 0.35–0.55" */
  return g_strdup_printf (_("%s%% CI %s–%s"), lvl, lo, hi);
}

/**
 * rcc_format_figure_ci:
 *
 * A median's, hazard ratio's or rate's CI as rcc_format_ci() writes it,
 * with the figure's own decimals.
 *
 * Returns: (transfer full) (nullable): %NULL where the source gives no
 *   interval
 */
char *
rcc_format_figure_ci (RccFigure *figure)
{
  const RccFigureFields *fields;

  g_return_val_if_fail (RCC_IS_FIGURE (figure), NULL);

  fields = rcc_figure_get_fields (figure);
  if (!fields->has_ci)
    return NULL;

  return rcc_format_ci (fields->ci.low, fields->ci.high, fields->ci.level, fields->decimals);
}

/* A hazard ratio's or a rate's value with the source's decimals, then
 * its CI where the source gives one; a rate's as a percentage. */
static char *
format_with_ci (RccFigure *figure,
                double     value,
                gboolean   percent)
{
  g_autofree char *number = rcc_format_number (value, rcc_figure_get_fields (figure)->decimals);
  g_autofree char *ci = rcc_format_figure_ci (figure);

  if (!percent)
    return ci != NULL ? g_strdup_printf ("%s (%s)", number, ci) : g_steal_pointer (&number);

  if (ci == NULL)
    /* Translators: a percentage, "30%"; "30 %" where the locale spaces it */
    return g_strdup_printf (_("%s%%"), number);

  /* Translators: a percentage and its confidence interval, "30% (95% CI 25–35)" */
  return g_strdup_printf (_("%s%% (%s)"), number, ci);
}

/**
 * rcc_format_hazard_ratio:
 *
 * "0.44 (95% CI 0.35–0.55)", or "0.88" where the source gives no CI.
 */
char *
rcc_format_hazard_ratio (RccHazardRatio *hr)
{
  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (hr), NULL);

  return format_with_ci (RCC_FIGURE (hr), rcc_hazard_ratio_get_value (hr), FALSE);
}

/**
 * rcc_format_rate:
 *
 * "30%", "14% (90% CI 10–19)"
 */
char *
rcc_format_rate (RccRate *rate)
{
  g_return_val_if_fail (RCC_IS_RATE (rate), NULL);

  return format_with_ci (RCC_FIGURE (rate), rcc_rate_get_percent (rate), TRUE);
}

/**
 * rcc_format_p_markup:
 * @p: a p value as its source prints it: "<.001", ".048", "0.002
 *   (two-sided)"
 *
 * "p <.001" as Pango markup that keeps it on one line.  Pango would
 * break a line after the point of a value written without its leading
 * zero (".001"), and "p <." at the end of a line with "001" under it
 * reads as another figure.
 */
char *
rcc_format_p_markup (const char *p)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (p != NULL, NULL);

  /* Translators: a p-value as the source prints it, "p < .001" */
  text = g_strdup_printf (_("p %s"), p);

  return g_markup_printf_escaped ("<span allow_breaks=\"false\">%s</span>", text);
}

/**
 * rcc_format_date:
 * @iso_date: YYYY-MM-DD
 *
 * The date in the user's locale's long form; @iso_date itself if it
 * cannot be read.
 */
char *
rcc_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *with_time = NULL;

  if (iso_date == NULL)
    return g_strdup (_("unknown date"));

  with_time = g_strdup_printf ("%sT00:00:00Z", iso_date);
  dt = g_date_time_new_from_iso8601 (with_time, NULL);
  if (dt == NULL)
    return g_strdup (iso_date);

  /* Translators: a date format for g_date_time_format(), e.g. "25 February 2014" */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

/**
 * rcc_format_source_line:
 *
 * The current edition of the PDQ, which the guide's lists follow:
 * "Source: NCI PDQ … , last updated 13 May 2025. Content reviewed …"
 */
char *
rcc_format_source_line (RccCatalog *catalog)
{
  RccEdition *edition;
  g_autofree char *updated = NULL;
  g_autofree char *reviewed = NULL;
  const char *title;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  edition = rcc_catalog_get_current_edition (catalog);
  title = edition != NULL ? rcc_edition_get_title (edition) : rcc_catalog_get_source (catalog);
  updated = rcc_format_date (edition != NULL ? rcc_edition_get_updated (edition)
                                             : rcc_catalog_get_source_updated (catalog));
  reviewed = rcc_format_date (rcc_catalog_get_reviewed (catalog));

  /* Translators: source, date it was updated, date the content was reviewed */
  return g_strdup_printf (_("Source: %s, last updated %s. Content reviewed %s."),
                          title, updated, reviewed);
}

/**
 * rcc_format_phase:
 * @phase: (nullable): a trial's phase as the content gives it, "3" or "2/3"
 *
 * The phase, one way everywhere: "Phase 3", "Phase 2/3".
 *
 * Returns: (transfer full) (nullable): the phase, or %NULL for none
 */
char *
rcc_format_phase (const char *phase)
{
  if (phase == NULL || *phase == '\0')
    return NULL;

  /* Translators: a trial's phase, "Phase 3" or "Phase 2/3" */
  return g_strdup_printf (_("Phase %s"), phase);
}

/**
 * rcc_format_edition:
 * @edition: (nullable): an edition of the PDQ summary
 *
 * The edition in a few words, by the year it was last updated: "2025 PDQ".
 */
char *
rcc_format_edition (RccEdition *edition)
{
  const char *updated = edition != NULL ? rcc_edition_get_updated (edition) : NULL;
  g_autofree char *year = NULL;

  if (updated == NULL || strlen (updated) < 4)
    return g_strdup (_("PDQ"));

  year = g_strndup (updated, 4);
  /* Translators: an edition of the NCI PDQ summary by its year, "2025 PDQ" */
  return g_strdup_printf (_("%s PDQ"), year);
}

/**
 * rcc_format_edition_dated:
 *
 * The edition in a few words with its date: "2025 PDQ (last updated
 * 13 May 2025)".
 */
char *
rcc_format_edition_dated (RccEdition *edition)
{
  g_autofree char *name = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (RCC_IS_EDITION (edition), NULL);

  name = rcc_format_edition (edition);
  date = rcc_format_date (rcc_edition_get_updated (edition));
  /* Translators: an edition of the PDQ and its date, "2025 PDQ (last updated 13 May 2025)" */
  return g_strdup_printf (_("%s (last updated %s)"), name, date);
}

static const char *
scheme_label (RccEvidenceScheme scheme)
{
  switch (scheme)
    {
    case RCC_EVIDENCE_SCHEME_PDQ_2014:
      return _("2014 definitions");

    case RCC_EVIDENCE_SCHEME_PDQ_2023:
    default:
      return _("2023 definitions");
    }
}

/**
 * rcc_format_level_code:
 * @catalog: (nullable): for the edition that gave the level
 *
 * A level of evidence's code with its scheme, the edition that gave it
 * and the result it grades: "A1 for OS · 2023 definitions · 2025 PDQ";
 * without the edition if @catalog is %NULL.
 */
char *
rcc_format_level_code (RccLevel   *level,
                       RccCatalog *catalog)
{
  RccEdition *edition = NULL;
  g_autofree char *code = NULL;
  g_autofree char *edition_name = NULL;
  RccEndpoint endpoint;

  g_return_val_if_fail (RCC_IS_LEVEL (level), NULL);

  if (catalog != NULL && rcc_level_get_edition_id (level) != NULL)
    edition = rcc_catalog_find_edition (catalog, rcc_level_get_edition_id (level));

  endpoint = rcc_level_get_endpoint (level);
  if (endpoint != RCC_ENDPOINT_NONE)
    /* Translators: a level-of-evidence code and the endpoint it grades, "A1 for OS" */
    code = g_strdup_printf (_("%s for %s"), rcc_level_get_code (level),
                            rcc_endpoint_get_abbreviation (endpoint));
  else if (rcc_level_get_about (level) != NULL)
    /* Translators: a level-of-evidence code and what it grades, "B2 for Quality of life" */
    code = g_strdup_printf (_("%s for %s"), rcc_level_get_code (level),
                            rcc_level_get_about (level));
  else
    code = g_strdup (rcc_level_get_code (level));

  if (edition == NULL)
    /* Translators: a level-of-evidence code and its scheme, "A1 for OS · 2023 definitions" */
    return g_strdup_printf (_("%s · %s"), code, scheme_label (rcc_level_get_scheme (level)));

  edition_name = rcc_format_edition (edition);
  /* Translators: a level-of-evidence code, its scheme and the PDQ edition
   * that gave it, "A1 for OS · 2023 definitions · 2025 PDQ" */
  return g_strdup_printf (_("%s · %s · %s"), code, scheme_label (rcc_level_get_scheme (level)),
                          edition_name);
}

/**
 * rcc_format_level:
 *
 * The code with its scheme and edition, then its meaning in words:
 * "A1 for OS · 2023 definitions · 2025 PDQ: Randomised …".
 */
char *
rcc_format_level (RccLevel   *level,
                  RccCatalog *catalog)
{
  g_autofree char *code = NULL;
  g_autofree char *meaning = NULL;

  g_return_val_if_fail (RCC_IS_LEVEL (level), NULL);

  code = rcc_format_level_code (level, catalog);
  meaning = rcc_level_describe (level);
  /* Translators: a level of evidence, then what it means */
  return g_strdup_printf (_("%s: %s"), code, meaning);
}

/**
 * rcc_format_no_level:
 *
 * What the guide says for a trial the PDQ gives no level of evidence.
 */
const char *
rcc_format_no_level (void)
{
  return _("No level given by the PDQ");
}

/**
 * rcc_format_reference_kind:
 *
 * What a reference is, where it is not a journal article: "drug label",
 * "book chapter", "web page"; %NULL for a journal article.
 */
const char *
rcc_format_reference_kind (RccReferenceKind kind)
{
  switch (kind)
    {
    case RCC_REFERENCE_KIND_LABEL:
      return _("drug label");

    case RCC_REFERENCE_KIND_BOOK:
      return _("book chapter");

    case RCC_REFERENCE_KIND_WEB:
      return _("web page");

    case RCC_REFERENCE_KIND_JOURNAL:
    default:
      return NULL;
    }
}
