/* test-handout.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rcc-test-run.h"

/* The patient handout as `rcc-guide --patient --compare … --output
 * FILE.pdf` writes it, on A4 and on Letter: at most two pages, and the
 * last page is never a near-empty one (issue 17).  Options are named in
 * plain words with the professional name beside them. */

/* The last page holds at least this share of the first page's text */
#define MIN_LAST_PAGE_SHARE 0.15

typedef struct
{
  const char *ids;
  const char *paper;
} Case;

static const Case cases[] = {
  { "veg105192", "a4" },
  { "veg105192", "letter" },
  { "veg105192,sunitinib-ifn", "a4" },
  { "veg105192,sunitinib-ifn", "letter" },
  /* Three studies and four treatments, one a combination of two drugs */
  { "veg105192,sunitinib-ifn,checkmate-214", "a4" },
  { "veg105192,sunitinib-ifn,checkmate-214", "letter" },
};

static char *
run_ok (const char * const *argv)
{
  g_auto(Run) run = { 0 };

  run_argv (&run, argv);
  if (run.status != 0)
    g_error ("%s exited with status %d; it printed on standard error:\n%s",
             argv[0], run.status, run.err);
  return g_steal_pointer (&run.out);
}

static guint
page_count (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = run_ok (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint)g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *n = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-f", n, "-l", n, pdf, "-", NULL };

  return run_ok (argv);
}

static void
test_fits (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "handout-output", NULL);
  g_autofree char *name = g_strdup_printf ("handout-%s-%s.pdf", c->ids, c->paper);
  g_autofree char *pdf = g_build_filename (dir, name, NULL);
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--patient", "--compare", c->ids,
                         "--paper", c->paper, "--output", pdf, NULL };
  g_autofree char *out = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *all = NULL;
  guint n;

  g_mkdir_with_parents (dir, 0755);
  g_unlink (pdf);
  out = run_ok (argv);

  n = page_count (pdf);
  g_test_message ("%s on %s: %u pages", c->ids, c->paper, n);
  g_assert_cmpuint (n, >=, 1);
  g_assert_cmpuint (n, <=, 2);

  first = page_text (pdf, 1);
  last = page_text (pdf, n);
  all = g_strconcat (first, n > 1 ? last : "", NULL);
  g_assert_nonnull (strstr (all, "A daily tablet that cuts the tumor’s blood supply (Pazopanib)"));

  /* The questions list stays with its heading, on one page */
  g_assert_true ((strstr (first, "Questions to ask your care team") != NULL &&
                  strstr (first, "Are there studies I could join?") != NULL) ||
                 (strstr (last, "Questions to ask your care team") != NULL &&
                  strstr (last, "Are there studies I could join?") != NULL));
  if (n > 1)
    {
      g_test_message ("first page %zu bytes of text, last %zu", strlen (first), strlen (last));
      g_assert_cmpfloat ((double)strlen (last), >=, MIN_LAST_PAGE_SHARE * strlen (first));
    }
  /* The head names the sources with their dates and promises no list of
   * references the handout does not have */
  g_assert_nonnull (strstr (first, "last updated 13 May 2025"));
  g_assert_null (strstr (first, "listed at the end"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rcc/handout/fits/%s/%s", cases[i].ids,
                                               cases[i].paper);

      g_test_add_data_func (path, &cases[i], test_fits);
    }

  return g_test_run ();
}
