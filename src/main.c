/* main.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "rcc-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RccApplication) app = NULL;

  /* Set here, once: GTK would set the same again as it starts, while
   * startup's thread is already reading the content */
  setlocale (LC_ALL, "");
  gtk_disable_setlocale ();
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = rcc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
