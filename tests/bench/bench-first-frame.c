/* bench-first-frame.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time from start to the first window frame, and the peak memory of
 * the window with content of growing size, against a minimal libadwaita
 * window started the same way in the same run.  Needs a display
 * (build-aux/test gives it Xvfb).  Prints a table; asserts nothing.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#define REPEAT 7

typedef struct
{
  double seconds;
  double max_rss_mb;
} Cost;

static Cost
run (const char * const *argv,
     char              **envp)
{
  struct rusage usage;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int status;
  GPid pid;

  if (!g_spawn_async (NULL, (char **)argv, envp,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s did not exit cleanly", argv[0]);

  return (Cost) { (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC, usage.ru_maxrss / 1024.0 };
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static Cost
median_run (const char * const *argv,
            char              **envp)
{
  double t[REPEAT], m[REPEAT];

  for (guint i = 0; i < REPEAT; i++)
    {
      Cost c = run (argv, envp);
      t[i] = c.seconds;
      m[i] = c.max_rss_mb;
    }
  qsort (t, REPEAT, sizeof (double), compare_doubles);
  qsort (m, REPEAT, sizeof (double), compare_doubles);
  return (Cost) { t[REPEAT / 2], m[REPEAT / 2] };
}

int
main (int   argc,
      char *argv[])
{
  const char *bin = g_getenv ("RCC_GUIDE_BIN");
  const char *minimal = g_getenv ("RCC_MINIMAL_WINDOW_BIN");
  const char *generated = g_getenv ("RCC_BENCH_CONTENT_DIR");
  g_auto(GStrv) envp = g_get_environ ();
  const char *rcc_argv[] = { bin, NULL };
  const char *min_argv[] = { minimal, NULL };
  Cost a, b, idle;

  g_assert_nonnull (bin);
  g_assert_nonnull (minimal);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      printf ("first frame: no display (run under build-aux/test or xvfb-run)\n");
      return 77;
    }

  envp = g_environ_setenv (envp, "RCC_GUIDE_EXIT_AFTER_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);

  /* Warm the caches once each, so neither pays for a cold start alone. */
  run (rcc_argv, envp);
  run (min_argv, envp);

  a = median_run (rcc_argv, envp);
  b = median_run (min_argv, envp);

  printf ("\n| start to first frame (bundled content) | time | peak RSS |\n|---|---:|---:|\n");
  printf ("| rcc-guide | %.0f ms | %.0f MB |\n", a.seconds * 1000, a.max_rss_mb);
  printf ("| minimal libadwaita window | %.0f ms | %.0f MB |\n", b.seconds * 1000, b.max_rss_mb);
  printf ("| ratio | %.2f× | |\n", a.seconds / b.seconds);

  /* Memory above the idle window, per content size (files written by
   * bench-core into RCC_BENCH_CONTENT_DIR). */
  if (generated != NULL)
    {
      static const guint sizes[] = { 100, 1000, 10000 };
      g_autofree char *tiny = g_build_filename (generated, "content-0.xml", NULL);
      const char *idle_argv[] = { bin, "--content", tiny, NULL };

      idle = median_run (idle_argv, envp);
      printf ("\n| window with content | file | peak RSS | above the idle window | ÷ file size |\n|---:|---:|---:|---:|---:|\n");
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        {
          g_autofree char *path = g_strdup_printf ("%s/content-%u.xml", generated, sizes[i]);
          const char *with_argv[] = { bin, "--content", path, NULL };
          GStatBuf st;
          Cost c;

          if (g_stat (path, &st) != 0)
            continue;
          c = median_run (with_argv, envp);
          printf ("| %u trials | %.1f MB | %.0f MB | %.0f MB | %.1f× |\n", sizes[i], st.st_size / 1e6,
                  c.max_rss_mb, c.max_rss_mb - idle.max_rss_mb,
                  (c.max_rss_mb - idle.max_rss_mb) * 1024 * 1024 / st.st_size);
        }
    }

  return 0;
}
