/* rcc-xml-figures.c: the content loader's arms and figures (medians,
 * hazard ratios, rates), with their semantic checks
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-xml-loader-private.h"

/* The most decimals any of @attrs (NULL-terminated) was written with:
 * figures are shown with as many decimals as the source gave them. */
static guint
decimals_of (xmlNode    *node,
             const char *first_attr,
             ...)
{
  guint decimals = 0;
  va_list args;

  va_start (args, first_attr);
  for (const char *attr = first_attr; attr != NULL; attr = va_arg (args, const char *))
    {
      g_autofree char *copy = NULL;
      const char *text = rcc_xml_peek_attr (node, attr, &copy);
      const char *dot = text != NULL ? strchr (text, '.') : NULL;
      guint n = 0;

      if (dot == NULL)
        continue;
      for (const char *c = dot + 1; g_ascii_isdigit (*c); c++)
        n++;
      decimals = MAX (decimals, n);
    }
  va_end (args);

  return MIN (decimals, 12);
}

/* Reads ci-low/ci-high/ci-level into @fields and checks them against
 * @estimate.  @what is untranslated (N_()): translated only for an
 * error, as gettext for every figure of a large file cost 2% of the
 * load. */
static void
parse_ci (Loader          *loader,
          xmlNode         *node,
          const char      *what,
          double           estimate,
          RccFigureFields *fields)
{
  RccInterval *ci = &fields->ci;
  gboolean has_low, has_high;

  has_low = rcc_loader_parse_double (loader, node, "ci-low", &ci->low);
  has_high = rcc_loader_parse_double (loader, node, "ci-high", &ci->high);
  ci->level = rcc_loader_parse_ci_level (loader, node);
  fields->has_ci = has_low && has_high;

  if (ci->level != RCC_CI_LEVEL_NOT_STATED && !(ci->level > 0.0 && ci->level < 100.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("%s: confidence level %g%% is not between 0 and 100"), _(what), ci->level);

  if (fields->has_ci)
    {
      if (!(ci->low < ci->high))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("%s: CI lower bound %g is not below its upper bound %g"),
                               _(what), ci->low, ci->high);
      else if (!rcc_interval_contains (ci, estimate))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("%s: %g lies outside its confidence interval %g–%g"),
                               _(what), estimate, ci->low, ci->high);
    }
}

static gboolean
check_arm (Loader     *loader,
           xmlNode    *node,
           RccTrial   *trial,
           const char *attr,
           const char *arm_id)
{
  if (arm_id != NULL && rcc_trial_find_arm (trial, arm_id) == NULL)
    {
      rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                             _("%s=\"%s\": trial \"%s\" has no such arm"),
                             attr, arm_id, rcc_trial_get_id (trial));
      return FALSE;
    }

  return TRUE;
}

/* What every figure element has (RccFigureFields), read once for
 * <median>, <hazard-ratio> and <rate>: arm (checked against @trial),
 * analysis, population, primary, and the decimals of @estimate_attr and
 * the CI bounds.  The CI itself is read by parse_ci(), as a median
 * has one only where it is reached. */
static void
read_figure (Loader          *loader,
             xmlNode         *node,
             RccTrial        *trial,
             const char      *estimate_attr,
             RccFigureFields *fields)
{
  fields->arm_id = rcc_xml_get_attr (node, "arm");
  fields->analysis = rcc_xml_get_attr (node, "analysis");
  fields->population = rcc_xml_get_attr (node, "population");
  fields->primary = rcc_xml_parse_bool (node, "primary", FALSE);
  fields->decimals = decimals_of (node, estimate_attr, "ci-low", "ci-high", NULL);

  check_arm (loader, node, trial, "arm", fields->arm_id);
}

/* A file with problems yields no catalog, but its figures are still
 * built on the way: kept inside the ranges the model takes. */
static void
keep_in_range (RccFigureFields *fields)
{
  fields->ci.low = MAX (fields->ci.low, 0.0);
  fields->ci.high = MAX (fields->ci.high, 0.0);
  fields->ci.level = CLAMP (fields->ci.level, 0.0, 100.0);
}

RccArm *
rcc_loader_build_arm (Loader  *loader,
                      xmlNode *node)
{
  g_autoptr(GStrvBuilder) uses = g_strv_builder_new ();
  g_auto(GStrv) treatment_ids = NULL;
  g_autofree char *id_copy = NULL;
  const char *id = rcc_xml_peek_attr (node, "id", &id_copy);
  g_autofree char *label = rcc_xml_child_text (node, "label");
  g_autofree char *dose = rcc_xml_child_text (node, "dose");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *treatment = NULL;

      if (!rcc_xml_is_element (child, "uses"))
        continue;

      treatment = rcc_xml_get_attr (child, "treatment");
      if (treatment != NULL && !g_hash_table_contains (loader->treatment_lines, treatment))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (child),
                               _("arm \"%s\" uses treatment \"%s\", which does not exist"), id, treatment);
      if (treatment != NULL)
        g_strv_builder_add (uses, treatment);
    }

  treatment_ids = g_strv_builder_end (uses);

  return g_object_new (RCC_TYPE_ARM,
                       "id", id,
                       "label", label,
                       "dose", dose,
                       "enrolled", rcc_loader_parse_uint (loader, node, "enrolled"),
                       "control", rcc_xml_parse_bool (node, "control", FALSE),
                       "treatment-ids", treatment_ids,
                       NULL);
}

RccMedian *
rcc_loader_build_median (Loader   *loader,
                         xmlNode  *node,
                         RccTrial *trial)
{
  g_auto(RccFigureFields) fields = RCC_FIGURE_FIELDS_INIT;
  gboolean reached = rcc_xml_parse_bool (node, "reached", TRUE);
  double value = 0.0;

  read_figure (loader, node, trial, "value", &fields);

  if (reached)
    {
      if (!rcc_loader_parse_double (loader, node, "value", &value))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("median has no value and is not marked reached=\"false\""));
      else if (!(value > 0.0))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                               _("median %g is not above zero"), value);

      parse_ci (loader, node, N_("median"), value, &fields);
    }

  keep_in_range (&fields);
  return rcc_figure_new (RCC_TYPE_MEDIAN, &fields,
                         "endpoint", rcc_loader_parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_PFS),
                         "reached", reached,
                         "value", MAX (value, 0.0),
                         "unit", rcc_loader_parse_enum (loader, node, "unit", RCC_TYPE_TIME_UNIT, RCC_TIME_UNIT_MONTHS),
                         NULL);
}

RccHazardRatio *
rcc_loader_build_hazard_ratio (Loader   *loader,
                               xmlNode  *node,
                               RccTrial *trial)
{
  g_auto(RccFigureFields) fields = RCC_FIGURE_FIELDS_INIT;
  const char *versus, *p, *significant;
  g_autoptr(GPtrArray) copies = rcc_xml_peek_attrs (node, "versus", &versus, "p", &p,
                                                    "significant", &significant, NULL);
  RccSignificance significance = RCC_SIGNIFICANCE_NOT_STATED;
  double value = 0.0;

  read_figure (loader, node, trial, "value", &fields);
  check_arm (loader, node, trial, "versus", versus);

  if (fields.arm_id != NULL && g_strcmp0 (fields.arm_id, versus) == 0)
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("hazard ratio compares arm \"%s\" with itself"), fields.arm_id);

  if (rcc_loader_parse_double (loader, node, "value", &value) && !(value > 0.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("hazard ratio %g is not above zero"), value);

  parse_ci (loader, node, N_("hazard ratio"), value, &fields);
  if (fields.has_ci && !(fields.ci.low > 0.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("hazard ratio: CI lower bound %g is not above zero"), fields.ci.low);

  if (significant != NULL)
    significance = rcc_xml_parse_bool (node, "significant", FALSE)
                 ? RCC_SIGNIFICANCE_SIGNIFICANT
                 : RCC_SIGNIFICANCE_NOT_SIGNIFICANT;

  keep_in_range (&fields);
  return rcc_figure_new (RCC_TYPE_HAZARD_RATIO, &fields,
                         "endpoint", rcc_loader_parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_PFS),
                         "versus-id", versus,
                         "value", MAX (value, 0.0),
                         "p", p,
                         "significance", significance,
                         NULL);
}

RccRate *
rcc_loader_build_rate (Loader   *loader,
                       xmlNode  *node,
                       RccTrial *trial)
{
  g_auto(RccFigureFields) fields = RCC_FIGURE_FIELDS_INIT;
  const char *p, *assessor;
  g_autoptr(GPtrArray) copies = rcc_xml_peek_attrs (node, "p", &p, "assessor", &assessor, NULL);
  RccRateKind kind;
  RccEndpoint endpoint;
  double percent = 0.0, at_months = 0.0;

  read_figure (loader, node, trial, "percent", &fields);

  kind = rcc_loader_parse_enum (loader, node, "kind", RCC_TYPE_RATE_KIND, RCC_RATE_KIND_ORR);
  endpoint = rcc_loader_parse_enum (loader, node, "endpoint", RCC_TYPE_ENDPOINT, RCC_ENDPOINT_NONE);
  rcc_loader_parse_double (loader, node, "at-months", &at_months);

  if (rcc_loader_parse_double (loader, node, "percent", &percent) && !(percent >= 0.0 && percent <= 100.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("rate %g%% is not between 0 and 100"), percent);

  if (kind == RCC_RATE_KIND_LANDMARK && (endpoint == RCC_ENDPOINT_NONE || !(at_months > 0.0)))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("a landmark rate needs an endpoint and at-months above zero"));

  parse_ci (loader, node, N_("rate"), percent, &fields);
  if (fields.has_ci && (fields.ci.low < 0.0 || fields.ci.high > 100.0))
    rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (node),
                           _("rate: CI %g–%g is not within 0–100%%"), fields.ci.low, fields.ci.high);

  keep_in_range (&fields);
  return rcc_figure_new (RCC_TYPE_RATE, &fields,
                         "kind", kind,
                         "percent", CLAMP (percent, 0.0, 100.0),
                         "endpoint", endpoint,
                         "at-months", MAX (at_months, 0.0),
                         "p", p,
                         "assessor", assessor,
                         "tier", rcc_loader_parse_enum (loader, node, "tier", RCC_TYPE_SOURCE_TIER,
                                                        RCC_SOURCE_TIER_NONE),
                         NULL);
}
