/* rcc-format.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
 * "95% CI 0.35–0.55"
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

  /* 95 or 98.89: as many decimals as the level needs */
  lvl = g_strdup_printf ("%g", level);

  /* Translators: a confidence interval, e.g. "95% CI 0.35–0.55" */
  return g_strdup_printf (_("%s%% CI %s–%s"), lvl, lo, hi);
}

/**
 * rcc_format_hazard_ratio:
 *
 * "0.44 (95% CI 0.35–0.55)", or "0.88" where the source gives no CI.
 */
char *
rcc_format_hazard_ratio (RccHazardRatio *hr)
{
  g_autofree char *value = NULL;
  g_autofree char *ci = NULL;
  guint decimals;

  g_return_val_if_fail (RCC_IS_HAZARD_RATIO (hr), NULL);

  decimals = rcc_hazard_ratio_get_decimals (hr);
  value = rcc_format_number (rcc_hazard_ratio_get_value (hr), decimals);
  if (!rcc_hazard_ratio_get_has_ci (hr))
    return g_steal_pointer (&value);

  ci = rcc_format_ci (rcc_hazard_ratio_get_ci_low (hr), rcc_hazard_ratio_get_ci_high (hr),
                      rcc_hazard_ratio_get_ci_level (hr), decimals);
  return g_strdup_printf ("%s (%s)", value, ci);
}

/**
 * rcc_format_rate:
 *
 * "30%", "14% (90% CI 10–19)"
 */
char *
rcc_format_rate (RccRate *rate)
{
  g_autofree char *value = NULL;
  g_autofree char *ci = NULL;
  guint decimals;

  g_return_val_if_fail (RCC_IS_RATE (rate), NULL);

  decimals = rcc_rate_get_decimals (rate);
  value = rcc_format_number (rcc_rate_get_percent (rate), decimals);
  if (!rcc_rate_get_has_ci (rate))
    /* Translators: a percentage, "30%"; "30 %" where the locale spaces it */
    return g_strdup_printf (_("%s%%"), value);

  ci = rcc_format_ci (rcc_rate_get_ci_low (rate), rcc_rate_get_ci_high (rate),
                      rcc_rate_get_ci_level (rate), decimals);
  /* Translators: a percentage and its confidence interval, "30% (95% CI 25–35)" */
  return g_strdup_printf (_("%s%% (%s)"), value, ci);
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
 * "Source: NCI PDQ … (updated 25 February 2014; reviewed …)"
 */
char *
rcc_format_source_line (RccCatalog *catalog)
{
  g_autofree char *updated = NULL;
  g_autofree char *reviewed = NULL;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  updated = rcc_format_date (rcc_catalog_get_source_updated (catalog));
  reviewed = rcc_format_date (rcc_catalog_get_reviewed (catalog));

  /* Translators: source, date it was updated, date the content was reviewed */
  return g_strdup_printf (_("Source: %s, last updated %s. Content reviewed %s."),
                          rcc_catalog_get_source (catalog), updated, reviewed);
}
