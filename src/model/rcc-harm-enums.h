/* rcc-harm-enums.h: the vocabulary of harm, follow-up, source tiers and
 * ESMO-MCBS grades (content version 4)
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The kind of source a figure was read in (safety-response.md): a
 * primary publication, a congress abstract, a regulatory source, or a
 * secondary one (news, patient organisations, reviews).  NONE: the
 * content does not say (figures older than version 4). */
typedef enum
{
  RCC_SOURCE_TIER_NONE,
  RCC_SOURCE_TIER_PRIMARY,
  RCC_SOURCE_TIER_CONGRESS,
  RCC_SOURCE_TIER_REGULATORY,
  RCC_SOURCE_TIER_SECONDARY,
} RccSourceTier;

/* What an RccHarm counts: patients with adverse events of some grades,
 * or patients who stopped treatment because of adverse events. */
typedef enum
{
  RCC_HARM_KIND_ADVERSE_EVENTS,
  RCC_HARM_KIND_DISCONTINUATION,
} RccHarmKind;

/* The grade band exactly as the source prints it; NONE for a
 * discontinuation, which counts no band. */
typedef enum
{
  RCC_AE_GRADES_NONE,
  RCC_AE_GRADES_3_TO_4,
  RCC_AE_GRADES_3_OR_HIGHER,
  RCC_AE_GRADES_3_TO_5,
  RCC_AE_GRADES_ANY,
} RccAeGrades;

/* Which adverse events, as the source words it. */
typedef enum
{
  RCC_AE_CAUSE_NOT_STATED,
  RCC_AE_CAUSE_TREATMENT_RELATED,
  RCC_AE_CAUSE_ALL_CAUSE,
} RccAeCause;

typedef enum
{
  RCC_FOLLOW_UP_MEDIAN,
  RCC_FOLLOW_UP_MINIMUM,
} RccFollowUpKind;

/* The ESMO-MCBS evaluation form a grade was given on: form 1 is the
 * curative setting (grades A to C), the others non-curative (5 to 1). */
typedef enum
{
  RCC_ESMO_FORM_NOT_STATED,
  RCC_ESMO_FORM_1,
  RCC_ESMO_FORM_2A,
  RCC_ESMO_FORM_2B,
  RCC_ESMO_FORM_2C,
  RCC_ESMO_FORM_3,
} RccEsmoForm;

typedef enum
{
  RCC_ESMO_VERSION_NOT_PRINTED,
  RCC_ESMO_VERSION_1_0,
  RCC_ESMO_VERSION_1_1,
} RccEsmoVersion;

#define RCC_TYPE_SOURCE_TIER     (rcc_source_tier_get_type ())
#define RCC_TYPE_HARM_KIND       (rcc_harm_kind_get_type ())
#define RCC_TYPE_AE_GRADES       (rcc_ae_grades_get_type ())
#define RCC_TYPE_AE_CAUSE        (rcc_ae_cause_get_type ())
#define RCC_TYPE_FOLLOW_UP_KIND  (rcc_follow_up_kind_get_type ())
#define RCC_TYPE_ESMO_FORM       (rcc_esmo_form_get_type ())
#define RCC_TYPE_ESMO_VERSION    (rcc_esmo_version_get_type ())

GType       rcc_source_tier_get_type    (void) G_GNUC_CONST;
GType       rcc_harm_kind_get_type      (void) G_GNUC_CONST;
GType       rcc_ae_grades_get_type      (void) G_GNUC_CONST;
GType       rcc_ae_cause_get_type       (void) G_GNUC_CONST;
GType       rcc_follow_up_kind_get_type (void) G_GNUC_CONST;
GType       rcc_esmo_form_get_type      (void) G_GNUC_CONST;
GType       rcc_esmo_version_get_type   (void) G_GNUC_CONST;

/* Words for them, translated: "grade 3–4", "treatment-related", ... */
const char *rcc_source_tier_get_label   (RccSourceTier  tier);
const char *rcc_ae_grades_get_label     (RccAeGrades    grades);
const char *rcc_ae_cause_get_label      (RccAeCause     cause);
const char *rcc_esmo_form_get_label     (RccEsmoForm    form);
const char *rcc_esmo_version_get_label  (RccEsmoVersion version);

G_END_DECLS
