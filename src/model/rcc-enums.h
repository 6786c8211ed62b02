/* rcc-enums.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The one constant behind every derived month figure: the mean
 * Gregorian month, 365.25 / 12 days.  Sources report some medians in
 * days (TARGET: 167 days) or weeks (Pyrhönen: 67.6 weeks); the model
 * keeps those as reported and derives months with this. */
#define RCC_DAYS_PER_MONTH 30.4375

/* A figure's ci-level when the source gives the interval but not its
 * level: never taken for 95%. */
#define RCC_CI_LEVEL_NOT_STATED 0.0

typedef enum
{
  RCC_ENDPOINT_NONE,
  RCC_ENDPOINT_PFS,
  RCC_ENDPOINT_OS,
  RCC_ENDPOINT_TTP,
  RCC_ENDPOINT_DFS,
  RCC_ENDPOINT_RFS,
} RccEndpoint;

typedef enum
{
  RCC_TIME_UNIT_MONTHS,
  RCC_TIME_UNIT_DAYS,
  RCC_TIME_UNIT_WEEKS,
  RCC_TIME_UNIT_YEARS,
} RccTimeUnit;

typedef enum
{
  RCC_CATEGORY_SURGERY,
  RCC_CATEGORY_VEGF,
  RCC_CATEGORY_MTOR,
  RCC_CATEGORY_CYTOKINE,
  RCC_CATEGORY_RADIATION,
  RCC_CATEGORY_IMMUNOTHERAPY,
  RCC_CATEGORY_COMBINATION,
  RCC_CATEGORY_HIF,
} RccCategory;

typedef enum
{
  RCC_SETTING_NOT_STATED,
  RCC_SETTING_FIRST_LINE,
  RCC_SETTING_AFTER_CYTOKINES,
  RCC_SETTING_AFTER_VEGF,
  RCC_SETTING_AFTER_IO_AND_VEGF,
  RCC_SETTING_ADJUVANT,
  RCC_SETTING_CYTOREDUCTIVE,
  RCC_SETTING_MIXED,
} RccSetting;

typedef enum
{
  RCC_RATE_KIND_ORR,
  RCC_RATE_KIND_CR,
  RCC_RATE_KIND_LANDMARK,
} RccRateKind;

typedef enum
{
  RCC_SIGNIFICANCE_NOT_STATED,
  RCC_SIGNIFICANCE_SIGNIFICANT,
  RCC_SIGNIFICANCE_NOT_SIGNIFICANT,
} RccSignificance;

/* Which of the PDQ's level-of-evidence schemes a code belongs to. */
typedef enum
{
  RCC_EVIDENCE_SCHEME_PDQ_2014,
  RCC_EVIDENCE_SCHEME_PDQ_2023,
} RccEvidenceScheme;

/* The lines of therapy the 2025 PDQ lists its options under. */
typedef enum
{
  RCC_THERAPY_LINE_FIRST,
  RCC_THERAPY_LINE_SECOND,
  RCC_THERAPY_LINE_LATER,
  RCC_THERAPY_LINE_ADJUVANT,
} RccTherapyLine;

#define RCC_N_THERAPY_LINES (RCC_THERAPY_LINE_ADJUVANT + 1)

typedef enum
{
  RCC_REFERENCE_KIND_JOURNAL,
  RCC_REFERENCE_KIND_LABEL,
  RCC_REFERENCE_KIND_BOOK,
  RCC_REFERENCE_KIND_WEB,
} RccReferenceKind;

/* What became of a treatment between the 2014 and the 2025 edition. */
typedef enum
{
  RCC_EDITION_CHANGE_ADDED,
  RCC_EDITION_CHANGE_DROPPED,
  RCC_EDITION_CHANGE_KEPT,
} RccEditionChangeKind;

#define RCC_TYPE_ENDPOINT     (rcc_endpoint_get_type ())
#define RCC_TYPE_TIME_UNIT    (rcc_time_unit_get_type ())
#define RCC_TYPE_CATEGORY     (rcc_category_get_type ())
#define RCC_TYPE_SETTING      (rcc_setting_get_type ())
#define RCC_TYPE_RATE_KIND    (rcc_rate_kind_get_type ())
#define RCC_TYPE_SIGNIFICANCE (rcc_significance_get_type ())
#define RCC_TYPE_EVIDENCE_SCHEME (rcc_evidence_scheme_get_type ())
#define RCC_TYPE_THERAPY_LINE (rcc_therapy_line_get_type ())
#define RCC_TYPE_REFERENCE_KIND (rcc_reference_kind_get_type ())
#define RCC_TYPE_EDITION_CHANGE_KIND (rcc_edition_change_kind_get_type ())

GType       rcc_endpoint_get_type     (void) G_GNUC_CONST;
GType       rcc_time_unit_get_type    (void) G_GNUC_CONST;
GType       rcc_category_get_type     (void) G_GNUC_CONST;
GType       rcc_setting_get_type      (void) G_GNUC_CONST;
GType       rcc_rate_kind_get_type    (void) G_GNUC_CONST;
GType       rcc_significance_get_type (void) G_GNUC_CONST;
GType       rcc_evidence_scheme_get_type (void) G_GNUC_CONST;
GType       rcc_therapy_line_get_type (void) G_GNUC_CONST;
GType       rcc_reference_kind_get_type (void) G_GNUC_CONST;
GType       rcc_edition_change_kind_get_type (void) G_GNUC_CONST;

/* Machine names, as used in the XML and the JSON ("pfs", "days", ...),
 * and back.  from_nick returns FALSE for an unknown name. */
const char *rcc_enum_to_nick          (GType       enum_type,
                                       int         value);
gboolean    rcc_enum_from_nick        (GType       enum_type,
                                       const char *nick,
                                       int        *value);

double      rcc_time_to_months        (double      value,
                                       RccTimeUnit unit);

/* Human-readable labels (translated): "PFS", "Overall survival", ... */
const char *rcc_endpoint_get_abbreviation (RccEndpoint endpoint);
const char *rcc_endpoint_get_label        (RccEndpoint endpoint);
const char *rcc_time_unit_get_label       (RccTimeUnit unit);
const char *rcc_category_get_label        (RccCategory category);
const char *rcc_setting_get_label         (RccSetting  setting);
const char *rcc_therapy_line_get_label    (RccTherapyLine line);

G_END_DECLS
