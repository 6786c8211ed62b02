/* rcc-compare-view-endpoint.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"


#include "rcc-compare-view-private.h"

/* Which endpoint the comparison is drawn for: the "endpoint" property
 * (a nick: "primary", "pfs", "os", "dfs"), the stateful
 * "compare.endpoint" action over it that the header's linked toggle
 * buttons use, and Ctrl+1…4. */

/**
 * rcc_compare_view_get_endpoint:
 *
 * Returns: the endpoint's nick: "primary", "pfs", "os" or "dfs"
 */
const char *
rcc_compare_view_get_endpoint (RccCompareView *self)
{
  g_return_val_if_fail (RCC_IS_COMPARE_VIEW (self), "primary");

  return rcc_endpoint_choice_to_nick (self->endpoint);
}

/**
 * rcc_compare_view_set_endpoint:
 * @endpoint: "primary", "pfs", "os" or "dfs"
 *
 * Draws the comparison on screen, on paper and in its exports for
 * @endpoint.
 */
void
rcc_compare_view_set_endpoint (RccCompareView *self,
                               const char     *endpoint)
{
  RccEndpointChoice choice;

  g_return_if_fail (RCC_IS_COMPARE_VIEW (self));
  g_return_if_fail (rcc_endpoint_choice_from_nick (endpoint, &choice));

  if (choice == self->endpoint)
    return;

  self->endpoint = choice;
  if (self->report != NULL)
    {
      rcc_report_set_endpoint (self->report, choice);
      rcc_chart_view_changed (self->chart_view);
    }
  _rcc_compare_view_notify_endpoint (self);
}

void
_rcc_compare_view_class_endpoint_init (GtkWidgetClass *widget_class)
{
  static const char * const nicks[] = { "primary", "pfs", "os", "dfs" };
  static const guint keys[] = { GDK_KEY_1, GDK_KEY_2, GDK_KEY_3, GDK_KEY_4 };

  gtk_widget_class_install_property_action (widget_class, "compare.endpoint", "endpoint");

  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], GDK_CONTROL_MASK,
                                         "compare.endpoint", "s", nicks[i]);
}
