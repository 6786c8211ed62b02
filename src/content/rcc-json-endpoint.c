/* rcc-json-endpoint.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-json-endpoint.h"
#include "rcc-json-private.h"

#include "model/rcc-trial-headline.h"

/* A comparison's endpoint in its JSON export: "endpoint" ("primary",
 * "pfs", "os", "dfs") and, per trial, the figures drawn for it, the
 * same the summary draws (rcc-report-figures.c):
 *
 *   "drawn": [ { "trial_id", "endpoint" ("os"; "rfs" where DFS is asked
 *     of a trial reporting RFS), "primary_endpoint" (it is the trial's
 *     stated primary endpoint), "in_guide" (false: no figure on it),
 *     "medians": [ { "arm_id", "reached", "value", "unit", "analysis",
 *     "primary" } ], "hazard_ratios": [ { "arm_id", "versus_id",
 *     "value", "ci_low", "ci_high", "ci_level" (a number, or
 *     "not-stated"), "p", "analysis", "primary" } ] } ]
 *
 * As everywhere in the export, what the source does not give is left
 * out, never written as 0 or null. */

/* A drawn figure's object opened, with the "arm_id" every one starts
 * with; end_drawn() closes it. */
static void
begin_drawn (JsonBuilder *builder,
             RccFigure   *figure)
{
  json_builder_begin_object (builder);
  _rcc_json_add_string (builder, "arm_id", rcc_figure_get_arm_id (figure));
}

/* "analysis" and "primary", which every drawn figure ends with, and the
 * object closed. */
static void
end_drawn (JsonBuilder *builder,
           RccFigure   *figure)
{
  const RccFigureFields *fields = rcc_figure_get_fields (figure);

  _rcc_json_add_string (builder, "analysis", fields->analysis);
  _rcc_json_add_bool (builder, "primary", fields->primary);
  json_builder_end_object (builder);
}

static void
add_median (JsonBuilder *builder,
            RccMedian   *m)
{
  begin_drawn (builder, RCC_FIGURE (m));
  _rcc_json_add_bool (builder, "reached", rcc_median_get_reached (m));
  if (rcc_median_get_reached (m))
    {
      _rcc_json_add_double (builder, "value", rcc_median_get_value (m));
      _rcc_json_add_string (builder, "unit", rcc_enum_to_nick (RCC_TYPE_TIME_UNIT, rcc_median_get_unit (m)));
    }
  end_drawn (builder, RCC_FIGURE (m));
}

static void
add_hazard_ratio (JsonBuilder    *builder,
                  RccHazardRatio *hr)
{
  begin_drawn (builder, RCC_FIGURE (hr));
  _rcc_json_add_string (builder, "versus_id", rcc_hazard_ratio_get_versus_id (hr));
  _rcc_json_add_double (builder, "value", rcc_hazard_ratio_get_value (hr));
  _rcc_json_add_ci (builder, RCC_FIGURE (hr));
  _rcc_json_add_string (builder, "p", rcc_hazard_ratio_get_p (hr));
  end_drawn (builder, RCC_FIGURE (hr));
}

static void
add_trial (JsonBuilder       *builder,
           RccTrial          *trial,
           RccEndpointChoice  choice)
{
  RccTrialHeadline headline;
  gboolean is_primary = FALSE;
  RccEndpoint endpoint = rcc_endpoint_choice_resolve (choice, trial, &is_primary);
  GListModel *arms = rcc_trial_get_arms (trial);
  g_autoptr(GPtrArray) hrs = NULL;

  rcc_trial_headline_init_for_endpoint (&headline, trial, endpoint, NULL);

  json_builder_begin_object (builder);
  _rcc_json_add_string (builder, "trial_id", rcc_trial_get_id (trial));
  _rcc_json_add_string (builder, "endpoint", endpoint != RCC_ENDPOINT_NONE
                                          ? rcc_enum_to_nick (RCC_TYPE_ENDPOINT, endpoint) : NULL);
  _rcc_json_add_bool (builder, "primary_endpoint", is_primary);
  _rcc_json_add_bool (builder, "in_guide", endpoint != RCC_ENDPOINT_NONE &&
                                           rcc_trial_has_endpoint (trial, endpoint));

  json_builder_set_member_name (builder, "medians");
  json_builder_begin_array (builder);
  for (guint i = 0; endpoint != RCC_ENDPOINT_NONE && i < g_list_model_get_n_items (arms); i++)
    {
      g_autoptr(RccArm) arm = g_list_model_get_item (arms, i);
      RccMedian *m = rcc_trial_headline_find_median (&headline, arm);

      if (m != NULL)
        add_median (builder, m);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "hazard_ratios");
  json_builder_begin_array (builder);
  hrs = endpoint != RCC_ENDPOINT_NONE ? rcc_trial_headline_find_hazard_ratios (&headline)
                                      : g_ptr_array_new ();
  for (guint i = 0; i < hrs->len; i++)
    add_hazard_ratio (builder, g_ptr_array_index (hrs, i));
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/**
 * _rcc_json_add_endpoint_figures:
 *
 * Adds "endpoint" and "drawn" to the comparison object being built.
 */
void
_rcc_json_add_endpoint_figures (JsonBuilder       *builder,
                                GListModel        *trials,
                                RccEndpointChoice  endpoint)
{
  _rcc_json_add_string (builder, "endpoint", rcc_endpoint_choice_to_nick (endpoint));

  json_builder_set_member_name (builder, "drawn");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);

      add_trial (builder, trial, endpoint);
    }
  json_builder_end_array (builder);
}
