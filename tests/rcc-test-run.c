/* rcc-test-run.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>

#include "rcc-test-run.h"

void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs @argv (its program found in $PATH) to its end, without a display
 * (what is run here must not need one) and in @locale (LC_ALL), keeping
 * what it printed in @run.  Fails the test if it could not be started or
 * did not exit (a crash), saying what it printed on standard error. */
void
run_argv_in_locale (Run                *run,
                    const char         *locale,
                    const char * const *argv)
{
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);

  run_clear (run);
  g_assert_true (g_spawn_sync (NULL, (char **)argv, envp, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status))
    g_error ("%s did not exit (wait status %d); it printed on standard error:\n%s",
             argv[0], wait_status, run->err);
  run->status = WEXITSTATUS (wait_status);
}

/* As run_argv_in_locale (), in the C locale (C.UTF-8) */
void
run_argv (Run                *run,
          const char * const *argv)
{
  run_argv_in_locale (run, "C.UTF-8", argv);
}

/* Runs rcc-guide with the arguments that follow, up to NULL */
void
run_guide (Run        *run,
           const char *first_arg,
           ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *bin = g_getenv ("RCC_GUIDE_BIN");
  va_list args;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (char *)bin);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run_argv (run, (const char * const *)argv->pdata);
}

/* Runs @argv, fails the test unless it exits 0, and returns its
 * standard output */
char *
run_argv_ok (const char * const *argv)
{
  g_auto(Run) run = { 0 };

  run_argv (&run, argv);
  if (run.status != 0)
    g_error ("%s exited with status %d; it printed on standard error:\n%s",
             argv[0], run.status, run.err);
  return g_steal_pointer (&run.out);
}

/* The text of @pdf (pdftotext) with every run of white space folded to
 * one space: pdftotext breaks lines where the page does */
char *
run_pdf_text_folded (const char *pdf)
{
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *text = run_argv_ok (argv);
  g_autoptr(GRegex) spaces = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

/* How many pages @pdf has (pdfinfo) */
guint
run_pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_argv_ok (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint)g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

