/* rcc-harm-enums.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-harm-enums.h"

/* The nicks are the content file's and the JSON export's vocabulary:
 * tiers as safety-response.md writes them, grade bands as the sources
 * print them ("3+" for ≥3). */

G_DEFINE_ENUM_TYPE (RccSourceTier, rcc_source_tier,
  G_DEFINE_ENUM_VALUE (RCC_SOURCE_TIER_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RCC_SOURCE_TIER_PRIMARY, "P"),
  G_DEFINE_ENUM_VALUE (RCC_SOURCE_TIER_CONGRESS, "C"),
  G_DEFINE_ENUM_VALUE (RCC_SOURCE_TIER_REGULATORY, "R"),
  G_DEFINE_ENUM_VALUE (RCC_SOURCE_TIER_SECONDARY, "S"))

G_DEFINE_ENUM_TYPE (RccHarmKind, rcc_harm_kind,
  G_DEFINE_ENUM_VALUE (RCC_HARM_KIND_ADVERSE_EVENTS, "adverse-events"),
  G_DEFINE_ENUM_VALUE (RCC_HARM_KIND_DISCONTINUATION, "discontinuation"))

G_DEFINE_ENUM_TYPE (RccAeGrades, rcc_ae_grades,
  G_DEFINE_ENUM_VALUE (RCC_AE_GRADES_NONE, "none"),
  G_DEFINE_ENUM_VALUE (RCC_AE_GRADES_3_TO_4, "3-4"),
  G_DEFINE_ENUM_VALUE (RCC_AE_GRADES_3_OR_HIGHER, "3+"),
  G_DEFINE_ENUM_VALUE (RCC_AE_GRADES_3_TO_5, "3-5"),
  G_DEFINE_ENUM_VALUE (RCC_AE_GRADES_ANY, "any"))

G_DEFINE_ENUM_TYPE (RccAeCause, rcc_ae_cause,
  G_DEFINE_ENUM_VALUE (RCC_AE_CAUSE_NOT_STATED, "not-stated"),
  G_DEFINE_ENUM_VALUE (RCC_AE_CAUSE_TREATMENT_RELATED, "treatment-related"),
  G_DEFINE_ENUM_VALUE (RCC_AE_CAUSE_ALL_CAUSE, "all-cause"))

G_DEFINE_ENUM_TYPE (RccFollowUpKind, rcc_follow_up_kind,
  G_DEFINE_ENUM_VALUE (RCC_FOLLOW_UP_MEDIAN, "median"),
  G_DEFINE_ENUM_VALUE (RCC_FOLLOW_UP_MINIMUM, "minimum"))

G_DEFINE_ENUM_TYPE (RccEsmoForm, rcc_esmo_form,
  G_DEFINE_ENUM_VALUE (RCC_ESMO_FORM_NOT_STATED, "not-stated"),
  G_DEFINE_ENUM_VALUE (RCC_ESMO_FORM_1, "1"),
  G_DEFINE_ENUM_VALUE (RCC_ESMO_FORM_2A, "2a"),
  G_DEFINE_ENUM_VALUE (RCC_ESMO_FORM_2B, "2b"),
  G_DEFINE_ENUM_VALUE (RCC_ESMO_FORM_2C, "2c"),
  G_DEFINE_ENUM_VALUE (RCC_ESMO_FORM_3, "3"))

G_DEFINE_ENUM_TYPE (RccEsmoVersion, rcc_esmo_version,
  G_DEFINE_ENUM_VALUE (RCC_ESMO_VERSION_NOT_PRINTED, "not-printed"),
  G_DEFINE_ENUM_VALUE (RCC_ESMO_VERSION_1_0, "v1.0"),
  G_DEFINE_ENUM_VALUE (RCC_ESMO_VERSION_1_1, "v1.1"))

/**
 * rcc_source_tier_get_label:
 *
 * Returns: what kind of source it is, e.g. "secondary source"; %NULL
 *   for %RCC_SOURCE_TIER_NONE
 */
const char *
rcc_source_tier_get_label (RccSourceTier tier)
{
  switch (tier)
    {
    case RCC_SOURCE_TIER_PRIMARY:
      return _("primary publication");
    case RCC_SOURCE_TIER_CONGRESS:
      return _("congress abstract");
    case RCC_SOURCE_TIER_REGULATORY:
      return _("regulatory source");
    case RCC_SOURCE_TIER_SECONDARY:
      return _("secondary source");
    case RCC_SOURCE_TIER_NONE:
    default:
      return NULL;
    }
}

/**
 * rcc_ae_grades_get_label:
 *
 * Returns: the grade band in words, e.g. "grade 3–4"; %NULL for
 *   %RCC_AE_GRADES_NONE
 */
const char *
rcc_ae_grades_get_label (RccAeGrades grades)
{
  switch (grades)
    {
    case RCC_AE_GRADES_3_TO_4:
      return _("grade 3–4");
    case RCC_AE_GRADES_3_OR_HIGHER:
      return _("grade ≥3");
    case RCC_AE_GRADES_3_TO_5:
      return _("grade 3–5");
    case RCC_AE_GRADES_ANY:
      return _("any grade");
    case RCC_AE_GRADES_NONE:
    default:
      return NULL;
    }
}

const char *
rcc_ae_cause_get_label (RccAeCause cause)
{
  switch (cause)
    {
    case RCC_AE_CAUSE_TREATMENT_RELATED:
      return _("treatment-related");
    case RCC_AE_CAUSE_ALL_CAUSE:
      return _("any cause");
    case RCC_AE_CAUSE_NOT_STATED:
    default:
      return _("cause not stated");
    }
}

const char *
rcc_esmo_form_get_label (RccEsmoForm form)
{
  switch (form)
    {
    case RCC_ESMO_FORM_1:
      return _("form 1 (curative setting)");
    case RCC_ESMO_FORM_2A:
      return _("form 2a (overall survival)");
    case RCC_ESMO_FORM_2B:
      return _("form 2b (progression-free survival)");
    case RCC_ESMO_FORM_2C:
      return _("form 2c");
    case RCC_ESMO_FORM_3:
      return _("form 3");
    case RCC_ESMO_FORM_NOT_STATED:
    default:
      return _("form not stated");
    }
}

const char *
rcc_esmo_version_get_label (RccEsmoVersion version)
{
  switch (version)
    {
    case RCC_ESMO_VERSION_1_0:
      return _("version 1.0");
    case RCC_ESMO_VERSION_1_1:
      return _("version 1.1");
    case RCC_ESMO_VERSION_NOT_PRINTED:
    default:
      return _("version not printed");
    }
}
