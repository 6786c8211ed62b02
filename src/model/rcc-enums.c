/* rcc-enums.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-enums.h"

/* The nicks are the content file's and the JSON export's vocabulary. */

G_DEFINE_ENUM_TYPE (RccEndpoint, rcc_endpoint,
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_PFS, "pfs"),
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_OS, "os"),
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_TTP, "ttp"),
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_DFS, "dfs"),
  G_DEFINE_ENUM_VALUE (RCC_ENDPOINT_RFS, "rfs"))

G_DEFINE_ENUM_TYPE (RccTimeUnit, rcc_time_unit,
  G_DEFINE_ENUM_VALUE (RCC_TIME_UNIT_MONTHS, "months"),
  G_DEFINE_ENUM_VALUE (RCC_TIME_UNIT_DAYS, "days"),
  G_DEFINE_ENUM_VALUE (RCC_TIME_UNIT_WEEKS, "weeks"),
  G_DEFINE_ENUM_VALUE (RCC_TIME_UNIT_YEARS, "years"))

G_DEFINE_ENUM_TYPE (RccCategory, rcc_category,
  G_DEFINE_ENUM_VALUE (RCC_CATEGORY_SURGERY, "surgery"),
  G_DEFINE_ENUM_VALUE (RCC_CATEGORY_VEGF, "vegf"),
  G_DEFINE_ENUM_VALUE (RCC_CATEGORY_MTOR, "mtor"),
  G_DEFINE_ENUM_VALUE (RCC_CATEGORY_CYTOKINE, "cytokine"),
  G_DEFINE_ENUM_VALUE (RCC_CATEGORY_RADIATION, "radiation"),
  G_DEFINE_ENUM_VALUE (RCC_CATEGORY_IMMUNOTHERAPY, "immunotherapy"),
  G_DEFINE_ENUM_VALUE (RCC_CATEGORY_COMBINATION, "combination"),
  G_DEFINE_ENUM_VALUE (RCC_CATEGORY_HIF, "hif"))

G_DEFINE_ENUM_TYPE (RccSetting, rcc_setting,
  G_DEFINE_ENUM_VALUE (RCC_SETTING_NOT_STATED, "not-stated"),
  G_DEFINE_ENUM_VALUE (RCC_SETTING_FIRST_LINE, "first-line"),
  G_DEFINE_ENUM_VALUE (RCC_SETTING_AFTER_CYTOKINES, "after-cytokines"),
  G_DEFINE_ENUM_VALUE (RCC_SETTING_AFTER_VEGF, "after-vegf"),
  G_DEFINE_ENUM_VALUE (RCC_SETTING_AFTER_IO_AND_VEGF, "after-io-and-vegf"),
  G_DEFINE_ENUM_VALUE (RCC_SETTING_ADJUVANT, "adjuvant"),
  G_DEFINE_ENUM_VALUE (RCC_SETTING_CYTOREDUCTIVE, "cytoreductive"),
  G_DEFINE_ENUM_VALUE (RCC_SETTING_MIXED, "mixed"))

G_DEFINE_ENUM_TYPE (RccRateKind, rcc_rate_kind,
  G_DEFINE_ENUM_VALUE (RCC_RATE_KIND_ORR, "orr"),
  G_DEFINE_ENUM_VALUE (RCC_RATE_KIND_CR, "cr"),
  G_DEFINE_ENUM_VALUE (RCC_RATE_KIND_LANDMARK, "landmark"))

G_DEFINE_ENUM_TYPE (RccSignificance, rcc_significance,
  G_DEFINE_ENUM_VALUE (RCC_SIGNIFICANCE_NOT_STATED, "not-stated"),
  G_DEFINE_ENUM_VALUE (RCC_SIGNIFICANCE_SIGNIFICANT, "significant"),
  G_DEFINE_ENUM_VALUE (RCC_SIGNIFICANCE_NOT_SIGNIFICANT, "not-significant"))

G_DEFINE_ENUM_TYPE (RccEvidenceScheme, rcc_evidence_scheme,
  G_DEFINE_ENUM_VALUE (RCC_EVIDENCE_SCHEME_PDQ_2014, "pdq-2014"),
  G_DEFINE_ENUM_VALUE (RCC_EVIDENCE_SCHEME_PDQ_2023, "pdq-2023"))

G_DEFINE_ENUM_TYPE (RccTherapyLine, rcc_therapy_line,
  G_DEFINE_ENUM_VALUE (RCC_THERAPY_LINE_FIRST, "first-line"),
  G_DEFINE_ENUM_VALUE (RCC_THERAPY_LINE_SECOND, "second-line"),
  G_DEFINE_ENUM_VALUE (RCC_THERAPY_LINE_LATER, "later-line"),
  G_DEFINE_ENUM_VALUE (RCC_THERAPY_LINE_ADJUVANT, "adjuvant"))

G_DEFINE_ENUM_TYPE (RccReferenceKind, rcc_reference_kind,
  G_DEFINE_ENUM_VALUE (RCC_REFERENCE_KIND_JOURNAL, "journal"),
  G_DEFINE_ENUM_VALUE (RCC_REFERENCE_KIND_LABEL, "label"),
  G_DEFINE_ENUM_VALUE (RCC_REFERENCE_KIND_BOOK, "book"),
  G_DEFINE_ENUM_VALUE (RCC_REFERENCE_KIND_WEB, "web"))

G_DEFINE_ENUM_TYPE (RccEditionChangeKind, rcc_edition_change_kind,
  G_DEFINE_ENUM_VALUE (RCC_EDITION_CHANGE_ADDED, "added"),
  G_DEFINE_ENUM_VALUE (RCC_EDITION_CHANGE_DROPPED, "dropped"),
  G_DEFINE_ENUM_VALUE (RCC_EDITION_CHANGE_KEPT, "kept"))

const char *
rcc_enum_to_nick (GType enum_type,
                  int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value (klass, value);

  /* Nicks are static strings owned by the (static) type. */
  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
rcc_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  *value = ev->value;
  return TRUE;
}

double
rcc_time_to_months (double      value,
                    RccTimeUnit unit)
{
  switch (unit)
    {
    case RCC_TIME_UNIT_DAYS:
      return value / RCC_DAYS_PER_MONTH;

    case RCC_TIME_UNIT_WEEKS:
      return value * 7.0 / RCC_DAYS_PER_MONTH;

    case RCC_TIME_UNIT_YEARS:
      return value * 12.0;

    case RCC_TIME_UNIT_MONTHS:
    default:
      return value;
    }
}

const char *
rcc_endpoint_get_abbreviation (RccEndpoint endpoint)
{
  switch (endpoint)
    {
    /* Translators: progression-free survival */
    case RCC_ENDPOINT_PFS: return C_("endpoint", "PFS");
    /* Translators: overall survival */
    case RCC_ENDPOINT_OS: return C_("endpoint", "OS");
    /* Translators: time to progression */
    case RCC_ENDPOINT_TTP: return C_("endpoint", "TTP");
    /* Translators: disease-free survival */
    case RCC_ENDPOINT_DFS: return C_("endpoint", "DFS");
    /* Translators: recurrence-free survival */
    case RCC_ENDPOINT_RFS: return C_("endpoint", "RFS");
    case RCC_ENDPOINT_NONE:
    default: return "";
    }
}

const char *
rcc_endpoint_get_label (RccEndpoint endpoint)
{
  switch (endpoint)
    {
    case RCC_ENDPOINT_PFS: return _("Progression-free survival");
    case RCC_ENDPOINT_OS: return _("Overall survival");
    case RCC_ENDPOINT_TTP: return _("Time to progression");
    case RCC_ENDPOINT_DFS: return _("Disease-free survival");
    case RCC_ENDPOINT_RFS: return _("Recurrence-free survival");
    case RCC_ENDPOINT_NONE:
    default: return "";
    }
}

const char *
rcc_time_unit_get_label (RccTimeUnit unit)
{
  switch (unit)
    {
    case RCC_TIME_UNIT_DAYS: return _("days");
    case RCC_TIME_UNIT_WEEKS: return _("weeks");
    case RCC_TIME_UNIT_YEARS: return _("years");
    case RCC_TIME_UNIT_MONTHS:
    default: return _("months");
    }
}

const char *
rcc_category_get_label (RccCategory category)
{
  switch (category)
    {
    case RCC_CATEGORY_SURGERY: return _("Surgery");
    case RCC_CATEGORY_VEGF: return _("VEGF-targeted therapy");
    case RCC_CATEGORY_MTOR: return _("mTOR inhibitor");
    case RCC_CATEGORY_CYTOKINE: return _("Cytokine therapy");
    case RCC_CATEGORY_RADIATION: return _("Radiation therapy");
    case RCC_CATEGORY_IMMUNOTHERAPY: return _("Immune checkpoint inhibitor");
    case RCC_CATEGORY_COMBINATION: return _("Combination therapy");
    case RCC_CATEGORY_HIF: return _("HIF-2α inhibitor");
    default: return "";
    }
}

const char *
rcc_setting_get_label (RccSetting setting)
{
  switch (setting)
    {
    case RCC_SETTING_FIRST_LINE: return _("First-line");
    case RCC_SETTING_AFTER_CYTOKINES: return _("After cytokine therapy");
    case RCC_SETTING_AFTER_VEGF: return _("After VEGF-targeted therapy");
    case RCC_SETTING_AFTER_IO_AND_VEGF: return _("After immunotherapy and a VEGF-TKI");
    case RCC_SETTING_ADJUVANT: return _("Adjuvant");
    case RCC_SETTING_CYTOREDUCTIVE: return _("Cytoreductive");
    case RCC_SETTING_MIXED: return _("Untreated and pretreated");
    case RCC_SETTING_NOT_STATED:
    default: return _("Setting not stated");
    }
}

const char *
rcc_therapy_line_get_label (RccTherapyLine line)
{
  switch (line)
    {
    case RCC_THERAPY_LINE_FIRST: return _("First line");
    case RCC_THERAPY_LINE_SECOND: return _("Second line");
    /* Translators: the PDQ's "third- and fourth-line therapy" */
    case RCC_THERAPY_LINE_LATER: return _("Third and fourth line");
    case RCC_THERAPY_LINE_ADJUVANT: return _("Adjuvant after nephrectomy");
    default: return "";
    }
}
