/* rcc-icon-size.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "rcc-icon-size.h"

/* Icons that sit beside text grow with it.  The text size is the
 * screen resolution (RccApplication scales it for the text-size
 * preference and presentation mode, over the desktop's own), so the
 * icons are 16 px, libadwaita's size, at 96 dpi and grow in proportion.
 *
 * In whole pixels, and not in em: an icon theme has drawings made for
 * 16 px (and 24, 32...) that GTK loads as they are, and any other size
 * is drawn from the theme's SVG, for a symbolic icon four times over to
 * recolour it.  1.0909em was 16 px only for an 11 pt font, 14.5 px for
 * a 10 pt one, and the SVGs were most of what the window's first frame
 * spent on icons.  Status pages keep their own size. */

#define PROVIDER_KEY "rcc-icon-size-provider"
#define SIZE_KEY "rcc-icon-size"

static void
update (GtkSettings *settings,
        GParamSpec  *pspec,
        GdkDisplay  *display)
{
  GtkCssProvider *provider = g_object_get_data (G_OBJECT (display), PROVIDER_KEY);
  int old_size = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (display), SIZE_KEY));
  g_autofree char *css = NULL;
  int dpi = 0;
  int size;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;
  size = MAX (1, (int)lround (16.0 * dpi / (96.0 * 1024)));
  if (size == old_size)
    return;

  g_object_set_data (G_OBJECT (display), SIZE_KEY, GINT_TO_POINTER (size));
  css = g_strdup_printf ("headerbar button image,\n"
                         "viewswitcher image,\n"
                         "button.pill image,\n"
                         ".glossary-button image,\n"
                         "entry > image {\n"
                         "  -gtk-icon-size: %dpx;\n"
                         "}\n", size);
  gtk_css_provider_load_from_data (provider, css, -1);
}

/**
 * rcc_icon_size_follow_text:
 * @display: the display whose text size the icons follow
 *
 * Once per display; best before its first window is styled, so that
 * nothing is styled twice.
 */
void
rcc_icon_size_follow_text (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  GtkSettings *settings;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  if (g_object_get_data (G_OBJECT (display), PROVIDER_KEY) != NULL)
    return;

  provider = gtk_css_provider_new ();
  g_object_set_data_full (G_OBJECT (display), PROVIDER_KEY, g_object_ref (provider),
                          g_object_unref);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  settings = gtk_settings_get_for_display (display);
  g_signal_connect_object (settings, "notify::gtk-xft-dpi", G_CALLBACK (update), display, 0);
  update (settings, NULL, display);
}
