/* rcc-widget-colors.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-widget-colors.h"

/**
 * rcc_widget_get_report_colors:
 * @colors: (out caller-allocates): the colours to draw with
 *
 * The colours a widget draws the report's charts and icon arrays with,
 * from its style (dark style and high contrast included): its text
 * colour, no background (the widget's own shows through) and the
 * style's accent, or the default blue where the style names none.
 */
void
rcc_widget_get_report_colors (GtkWidget       *widget,
                              RccReportColors *colors)
{
  GtkStyleContext *style;
  GdkRGBA fg, accent;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (colors != NULL);

  style = gtk_widget_get_style_context (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &accent))
    accent = (GdkRGBA) { 0.21, 0.52, 0.89, 1.0 };
  G_GNUC_END_IGNORE_DEPRECATIONS

  *colors = (RccReportColors) {
    { fg.red, fg.green, fg.blue, fg.alpha },
    { 0, 0, 0, 0 },
    { accent.red, accent.green, accent.blue, accent.alpha },
  };
}
