/* rcc-xml-harm.c: the content loader's harm figures, follow-up and
 * ESMO-MCBS grades of a trial (content version 4), with their checks,
 * and the words for what the schema refuses in them
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rcc-xml-loader-private.h"

/* How many decimals @attr was written with: a figure is shown as the
 * source printed it. */
static guint
decimals_of (xmlNode    *node,
             const char *attr)
{
  g_autofree char *copy = NULL;
  const char *text = rcc_xml_peek_attr (node, attr, &copy);
  const char *dot = text != NULL ? strchr (text, '.') : NULL;
  guint n = 0;

  if (dot == NULL)
    return 0;
  for (const char *c = dot + 1; g_ascii_isdigit (*c); c++)
    n++;

  return MIN (n, 12);
}

static void
check_arm (Loader     *loader,
           xmlNode    *node,
           RccTrial   *trial,
           const char *arm_id)
{
  if (arm_id != NULL && rcc_trial_find_arm (trial, arm_id) == NULL)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("%s=\"%s\": trial \"%s\" has no such arm"),
                      "arm", arm_id, rcc_trial_get_id (trial));
}

/* One figure per arm, measure and analysis: a second is a typing slip. */
static void
check_once (Loader     *loader,
            xmlNode    *node,
            GHashTable *seen,
            const char *key)
{
  gpointer first;

  if (g_hash_table_lookup_extended (seen, key, NULL, &first))
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                        _("the same measure of the same arm and analysis again (first on line %ld)"),
                        (long)GPOINTER_TO_SIZE (first));
      return;
    }

  g_hash_table_insert (seen, g_strdup (key), GSIZE_TO_POINTER ((gsize)rcc_xml_line (node)));
}

/* <adverse-events> or <discontinuation> */
static RccHarm *
build_harm (Loader      *loader,
            xmlNode     *node,
            RccTrial    *trial,
            RccHarmKind  kind,
            GHashTable  *seen)
{
  const char *arm_id, *analysis, *population;
  g_autoptr(GPtrArray) copies = rcc_xml_peek_attrs (node, "arm", &arm_id, "analysis", &analysis,
                                                    "population", &population, NULL);
  g_autofree char *reason = rcc_xml_get_attr (node, "reason");
  g_autofree char *key = NULL;
  RccAeGrades grades = RCC_AE_GRADES_NONE;
  RccAeCause cause;
  double percent = 0.0;
  guint n, of;

  check_arm (loader, node, trial, arm_id);

  if (kind == RCC_HARM_KIND_ADVERSE_EVENTS)
    grades = rcc_loader_parse_enum (loader, node, "grades", RCC_TYPE_AE_GRADES, RCC_AE_GRADES_ANY);
  cause = rcc_loader_parse_enum (loader, node, "cause", RCC_TYPE_AE_CAUSE, RCC_AE_CAUSE_NOT_STATED);

  if (rcc_loader_parse_double (loader, node, "percent", &percent) &&
      !(percent >= 0.0 && percent <= 100.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("%s=\"%g\" is not a percentage between 0 and 100"), "percent", percent);

  n = rcc_loader_parse_uint (loader, node, "n");
  of = rcc_loader_parse_uint (loader, node, "of");
  if (of != 0 && n > of)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("n=\"%u\" is more than of=\"%u\""), n, of);
  else if (of != 0 && fabs (100.0 * n / of - percent) > 1.0)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("percent %g does not agree with %u of %u (%.1f%%)"),
                      percent, n, of, 100.0 * n / of);

  key = g_strdup_printf ("%d/%s/%d/%d/%s/%s", kind, arm_id, grades, cause,
                         reason != NULL ? reason : "", analysis != NULL ? analysis : "");
  check_once (loader, node, seen, key);

  return g_object_new (RCC_TYPE_HARM,
                       "kind", kind,
                       "arm-id", arm_id,
                       "percent", CLAMP (percent, 0.0, 100.0),
                       "decimals", decimals_of (node, "percent"),
                       "grades", grades,
                       "cause", cause,
                       "reason", reason,
                       "analysis", analysis,
                       "population", population,
                       "tier", rcc_loader_parse_enum (loader, node, "tier", RCC_TYPE_SOURCE_TIER,
                                                      RCC_SOURCE_TIER_NONE),
                       "n", n,
                       "of", of,
                       NULL);
}

static RccFollowUp *
build_follow_up (Loader   *loader,
                 xmlNode  *node,
                 RccTrial *trial)
{
  const char *arm_id, *analysis, *population;
  g_autoptr(GPtrArray) copies = rcc_xml_peek_attrs (node, "arm", &arm_id, "analysis", &analysis,
                                                    "population", &population, NULL);
  double value = 0.0;

  check_arm (loader, node, trial, arm_id);

  if (rcc_loader_parse_double (loader, node, "value", &value) && !(value > 0.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("follow-up %g is not above zero"), value);

  return g_object_new (RCC_TYPE_FOLLOW_UP,
                       "kind", rcc_loader_parse_enum (loader, node, "kind", RCC_TYPE_FOLLOW_UP_KIND,
                                                      RCC_FOLLOW_UP_MEDIAN),
                       "value", MAX (value, 0.0),
                       "unit", rcc_loader_parse_enum (loader, node, "unit", RCC_TYPE_TIME_UNIT,
                                                      RCC_TIME_UNIT_MONTHS),
                       "decimals", decimals_of (node, "value"),
                       "arm-id", arm_id,
                       "endpoint", rcc_loader_parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT,
                                                          RCC_ENDPOINT_NONE),
                       "analysis", analysis,
                       "population", population,
                       "tier", rcc_loader_parse_enum (loader, node, "tier", RCC_TYPE_SOURCE_TIER,
                                                      RCC_SOURCE_TIER_NONE),
                       NULL);
}

static RccEsmoGrade *
build_esmo_grade (Loader   *loader,
                  xmlNode  *node,
                  RccTrial *trial)
{
  const char *grade, *source, *issued, *updated, *url;
  g_autoptr(GPtrArray) copies = rcc_xml_peek_attrs (node, "grade", &grade, "source", &source,
                                                    "issued", &issued, "updated", &updated,
                                                    "url", &url, NULL);
  g_autofree char *note = rcc_xml_get_text (node);
  RccEsmoForm form;
  gboolean curative;

  form = rcc_loader_parse_enum (loader, node, "form", RCC_TYPE_ESMO_FORM, RCC_ESMO_FORM_NOT_STATED);
  if (form == RCC_ESMO_FORM_NOT_STATED)
    curative = rcc_trial_get_setting (trial) == RCC_SETTING_ADJUVANT;
  else
    curative = form == RCC_ESMO_FORM_1;

  if (!rcc_esmo_grade_in_scale (grade, curative))
    {
      g_autofree char *form_nick = rcc_xml_get_attr (node, "form");

      if (curative)
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                          _("ESMO-MCBS grade \"%s\" is not on the curative scale (A to C) of form %s"),
                          grade != NULL ? grade : "", form_nick != NULL ? form_nick : "");
      else
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                          _("ESMO-MCBS grade \"%s\" is not on the non-curative scale (5 to 1) of form %s"),
                          grade != NULL ? grade : "", form_nick != NULL ? form_nick : "");
    }

  /* ISO dates compare as strings. */
  if (issued != NULL && updated != NULL && strcmp (updated, issued) < 0)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                      _("ESMO-MCBS grade updated %s, before it was issued (%s)"), updated, issued);

  if (note != NULL && note[0] == '\0')
    g_clear_pointer (&note, g_free);

  return g_object_new (RCC_TYPE_ESMO_GRADE,
                       "grade", grade,
                       "form", form,
                       "version", rcc_loader_parse_enum (loader, node, "version", RCC_TYPE_ESMO_VERSION,
                                                         RCC_ESMO_VERSION_NOT_PRINTED),
                       "source", source,
                       "issued", issued,
                       "updated", updated,
                       "url", url,
                       "note", note,
                       "curative", curative,
                       NULL);
}

/**
 * rcc_loader_add_harm:
 * @node: a <trial>
 *
 * Adds the trial's <adverse-events>, <discontinuation>, <follow-up> and
 * <esmo-grade> elements to @trial, whose arms are already read.
 */
void
rcc_loader_add_harm (Loader   *loader,
                     xmlNode  *node,
                     RccTrial *trial)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (rcc_xml_is_element (child, "adverse-events") ||
          rcc_xml_is_element (child, "discontinuation"))
        {
          RccHarmKind kind = rcc_xml_is_element (child, "discontinuation")
                           ? RCC_HARM_KIND_DISCONTINUATION
                           : RCC_HARM_KIND_ADVERSE_EVENTS;
          g_autoptr(RccHarm) harm = build_harm (loader, child, trial, kind, seen);

          rcc_trial_add_harm (trial, harm);
        }
      else if (rcc_xml_is_element (child, "follow-up"))
        {
          g_autoptr(RccFollowUp) follow_up = build_follow_up (loader, child, trial);

          rcc_trial_add_follow_up (trial, follow_up);
        }
      else if (rcc_xml_is_element (child, "esmo-grade"))
        {
          g_autoptr(RccEsmoGrade) grade = build_esmo_grade (loader, child, trial);

          rcc_trial_add_esmo_grade (trial, grade);
        }
    }
}

/* ---------------------------------------------------------------------
 * Schema errors, explained
 */

/* @attr's value when it is present and not one of @type's nicks. */
static const char *
unknown_nick (xmlNode     *node,
              const char  *attr,
              GType        type,
              char       **copy)
{
  const char *text = rcc_xml_peek_attr (node, attr, copy);
  int ignored;

  if (text == NULL || g_str_equal (text, "none") || !rcc_enum_from_nick (type, text, &ignored))
    return text;

  return NULL;
}

static char *
explain_numbers (xmlNode *node)
{
  static const char * const numbers[] = { "percent", "value" };
  double value;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *copy = NULL;
      const char *text = rcc_xml_peek_attr (node, numbers[i], &copy);

      if (text != NULL && !rcc_xml_parse_number (text, &value))
        return g_strdup_printf (_("%s=\"%s\" is not a number"), numbers[i], text);
      if (text != NULL && value < 0.0)
        return g_strdup_printf (_("%s=\"%s\" is below zero"), numbers[i], text);
    }

  return NULL;
}

static char *
explain_tier (xmlNode *node)
{
  g_autofree char *copy = NULL;
  const char *tier = rcc_xml_peek_attr (node, "tier", &copy);

  if (tier == NULL && !rcc_xml_is_element (node, "rate"))
    return g_strdup (_("the source tier is missing: tier=\"P\", \"C\", \"R\" or \"S\""));
  if (tier != NULL && unknown_nick (node, "tier", RCC_TYPE_SOURCE_TIER, &copy) != NULL)
    return g_strdup_printf (_("tier=\"%s\" is not a source tier: P, C, R or S"), tier);

  return NULL;
}

/**
 * rcc_loader_explain_harm_error:
 * @node: an element the schema refused
 *
 * Returns: (transfer full) (nullable): what is wrong with a version 4
 *   element (or a rate's tier), in words, or %NULL
 */
char *
rcc_loader_explain_harm_error (xmlNode *node)
{
  g_autofree char *copy = NULL;
  const char *text;
  char *explained;

  if (rcc_xml_is_element (node, "rate"))
    return explain_tier (node);

  if (rcc_xml_is_element (node, "esmo-grade"))
    {
      text = rcc_xml_peek_attr (node, "grade", &copy);
      if (text == NULL || (!rcc_esmo_grade_in_scale (text, FALSE) && !rcc_esmo_grade_in_scale (text, TRUE)))
        return g_strdup_printf (_("grade=\"%s\" is not an ESMO-MCBS grade: 5 to 1, or A to C"),
                                text != NULL ? text : "");
      g_clear_pointer (&copy, g_free);
      if ((text = unknown_nick (node, "form", RCC_TYPE_ESMO_FORM, &copy)) != NULL)
        return g_strdup_printf (_("form=\"%s\" is not an ESMO-MCBS form: 1, 2a, 2b, 2c, 3 or not-stated"),
                                text);
      g_clear_pointer (&copy, g_free);
      if ((text = unknown_nick (node, "version", RCC_TYPE_ESMO_VERSION, &copy)) != NULL)
        return g_strdup_printf (_("version=\"%s\" is not an ESMO-MCBS version: v1.0, v1.1 or not-printed"),
                                text);
      return NULL;
    }

  if (!rcc_xml_is_element (node, "adverse-events") &&
      !rcc_xml_is_element (node, "discontinuation") &&
      !rcc_xml_is_element (node, "follow-up"))
    return NULL;

  if ((explained = explain_numbers (node)) != NULL)
    return explained;

  if (rcc_xml_is_element (node, "adverse-events") &&
      (text = unknown_nick (node, "grades", RCC_TYPE_AE_GRADES, &copy)) != NULL)
    return g_strdup_printf (_("grades=\"%s\" is not a grade band: 3-4, 3+, 3-5 or any"), text);
  g_clear_pointer (&copy, g_free);

  if (!rcc_xml_is_element (node, "follow-up") &&
      (text = unknown_nick (node, "cause", RCC_TYPE_AE_CAUSE, &copy)) != NULL)
    return g_strdup_printf (_("cause=\"%s\" is not treatment-related, all-cause or not-stated"), text);

  return explain_tier (node);
}
