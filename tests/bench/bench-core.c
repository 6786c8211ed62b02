/* bench-core.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How cost grows with content size: run by `meson test --benchmark`
 * (or directly), prints a table.  Measured, never asserted: a slow
 * machine must not fail the test suite.
 *
 *  - load + validate: `rcc-guide --validate FILE` against
 *    `xmllint --noout --relaxng SCHEMA FILE` on the same file, in the
 *    same run (wall time and peak memory of each process);
 *  - one keystroke of list filtering at each size;
 *  - drawing the comparison of 2, 10 and 50 trials;
 *  - writing the PDF summary of 10 trials.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "content/rcc-xml-loader.h"
#include "report/rcc-report.h"

#define REPEAT 5

static const char *drugs[] = {
  "pazopanib", "sunitinib", "sorafenib", "axitinib", "everolimus",
  "temsirolimus", "cabozantinib", "nivolumab", "lenvatinib", "belzutifan",
};

/* Valid content with @n_trials trials, n/10 treatments, n references. */
static char *
generate_content (guint n_trials)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rcc-content version=\"1\">\n"
                               "  <source updated=\"2014-02-25\" reviewed=\"2026-11-27\">Generated benchmark content</source>\n"
                               "  <treatments>\n");
  guint n_treatments = MAX (n_trials / 10, 1);

  for (guint t = 0; t < n_treatments; t++)
    g_string_append_printf (xml,
      "    <treatment id=\"treatment-%u\" category=\"vegf\">\n"
      "      <name>%s %u</name>\n      <brand>Brand%u</brand>\n"
      "      <targets>VEGFR-1, VEGFR-2, VEGFR-3, PDGFR, c-KIT</targets>\n"
      "      <summary>A generated treatment summary for benchmarking, of ordinary length for the content.</summary>\n"
      "      <plain-summary>A generated plain summary.</plain-summary>\n"
      "      <cites ref=\"ref-%u\"/>\n    </treatment>\n",
      t, drugs[t % G_N_ELEMENTS (drugs)], t, t, t);
  g_string_append (xml, "  </treatments>\n  <trials>\n");

  for (guint i = 0; i < n_trials; i++)
    {
      double a = 4.0 + (i % 97) / 10.0, b = 2.0 + (i % 31) / 10.0;
      double hr = 0.30 + (i % 60) / 100.0;

      g_string_append_printf (xml,
        "    <trial id=\"trial-%u\" year=\"%u\" phase=\"3\" enrolled=\"%u\" setting=\"first-line\">\n"
        "      <name>Trial %u %s</name>\n"
        "      <title>A randomised trial of %s versus control in advanced renal cell carcinoma, number %u</title>\n"
        "      <population>Advanced clear-cell renal cell carcinoma</population>\n"
        "      <arm id=\"exp\" enrolled=\"%u\"><label>%s</label><uses treatment=\"treatment-%u\"/></arm>\n"
        "      <arm id=\"ctl\" control=\"true\"><label>Control</label></arm>\n"
        "      <median endpoint=\"pfs\" arm=\"exp\" value=\"%.1f\" unit=\"months\" ci-low=\"%.1f\" ci-high=\"%.1f\" primary=\"true\"/>\n"
        "      <median endpoint=\"pfs\" arm=\"ctl\" value=\"%.1f\" unit=\"months\" primary=\"true\"/>\n"
        "      <hazard-ratio endpoint=\"pfs\" arm=\"exp\" versus=\"ctl\" value=\"%.2f\" ci-low=\"%.2f\" ci-high=\"%.2f\" p=\"&lt;.001\" primary=\"true\"/>\n"
        "      <rate kind=\"orr\" arm=\"exp\" percent=\"%u\"/>\n"
        "      <finding>Generated finding text for trial %u.</finding>\n"
        "      <cites ref=\"ref-%u\"/>\n    </trial>\n",
        i, 1990 + i % 35, 100 + i % 900,
        i, drugs[i % G_N_ELEMENTS (drugs)], drugs[i % G_N_ELEMENTS (drugs)], i,
        50 + i % 400, drugs[i % G_N_ELEMENTS (drugs)], i % n_treatments,
        a, a - 1.0, a + 1.0, b, hr, hr - 0.1, hr + 0.1, 10 + i % 60, i, i);
    }

  g_string_append (xml, "  </trials>\n  <references>\n");
  for (guint i = 0; i < n_trials; i++)
    g_string_append_printf (xml,
      "    <reference id=\"ref-%u\" pmid=\"%u\">Author A, Author B, et al.: A generated citation %u. J Gen Bench %u (%u): 1-9, 2020.</reference>\n",
      i, 10000000 + i, i, 1 + i % 40, 1 + i % 12);
  g_string_append (xml, "  </references>\n</rcc-content>\n");

  return g_string_free (xml, FALSE);
}

typedef struct
{
  double seconds;
  double max_rss_mb;
} ProcessCost;

static ProcessCost
run_process (const char * const *argv)
{
  ProcessCost cost = { 0, 0 };
  struct rusage usage;
  gint64 start;
  GPid pid;
  int status;
  g_autoptr(GError) error = NULL;

  start = g_get_monotonic_time ();
  if (!g_spawn_async (NULL, (char **)argv, NULL,
                      G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s failed", argv[0]);

  cost.seconds = (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
  cost.max_rss_mb = usage.ru_maxrss / 1024.0;
  return cost;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median_of (double *values,
           guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

static ProcessCost
median_process (const char * const *argv)
{
  double seconds[REPEAT], rss[REPEAT];

  for (guint i = 0; i < REPEAT; i++)
    {
      ProcessCost c = run_process (argv);
      seconds[i] = c.seconds;
      rss[i] = c.max_rss_mb;
    }

  return (ProcessCost) { median_of (seconds, REPEAT), median_of (rss, REPEAT) };
}

/* One keystroke: the filter text grows by a letter and the filtered
 * model is recomputed in full, as the views' search does. */
static double
keystroke_ms (RccCatalog *catalog)
{
  g_autoptr(GtkStringFilter) filter = gtk_string_filter_new (
    gtk_property_expression_new (RCC_TYPE_TRIAL, NULL, "search-text"));
  g_autoptr(GtkFilterListModel) model = NULL;
  static const char *typed[] = { "p", "pa", "paz", "pazo" };
  double times[G_N_ELEMENTS (typed)];

  gtk_string_filter_set_match_mode (filter, GTK_STRING_FILTER_MATCH_MODE_SUBSTRING);
  model = gtk_filter_list_model_new (g_object_ref (rcc_catalog_get_trials (catalog)),
                                     g_object_ref (GTK_FILTER (filter)));
  gtk_filter_list_model_set_incremental (model, FALSE);
  g_list_model_get_n_items (G_LIST_MODEL (model));

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gint64 start = g_get_monotonic_time ();

      gtk_string_filter_set_search (filter, typed[i]);
      g_list_model_get_n_items (G_LIST_MODEL (model));
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  return median_of (times, G_N_ELEMENTS (typed));
}

static GListModel *
first_trials (RccCatalog *catalog,
              guint       n)
{
  GListStore *store = g_list_store_new (RCC_TYPE_TRIAL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (rcc_catalog_get_trials (catalog), i);
      g_list_store_append (store, trial);
    }

  return G_LIST_MODEL (store);
}

static double
draw_ms (RccCatalog *catalog,
         guint       n)
{
  g_autoptr(GListModel) trials = first_trials (catalog, n);
  g_autoptr(RccReport) report = rcc_report_new (catalog);
  double times[REPEAT];
  double height;

  cairo_surface_t *surface;

  rcc_report_set_trials (report, trials);
  rcc_report_set_font_size (report, 14);
  height = rcc_report_measure_body (report, 1200);

  /* One surface, cleared outside the timing: a fresh 1200 px image of
   * 50 trials is 35 MB, and malloc maps it anew each time unless freed
   * memory happens to be at hand, so the first touch of its pages (not
   * drawing) would be timed or not depending on what ran before. */
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, (int)height);

  for (guint i = 0; i < REPEAT; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start;

      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_restore (cr);
      cairo_surface_flush (surface);

      start = g_get_monotonic_time ();
      rcc_report_draw_body (report, cr, 1200);
      cairo_surface_flush (surface);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      cairo_destroy (cr);
    }

  cairo_surface_destroy (surface);

  return median_of (times, REPEAT);
}

static double
pdf_ms (RccCatalog *catalog,
        const char *dir)
{
  g_autoptr(GListModel) trials = first_trials (catalog, 10);
  g_autoptr(RccReport) report = rcc_report_new (catalog);
  g_autofree char *path = g_build_filename (dir, "bench.pdf", NULL);
  double times[REPEAT];

  rcc_report_set_trials (report, trials);
  for (guint i = 0; i < REPEAT; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!rcc_report_write_pdf (report, path, RCC_PAPER_A4, &error))
        g_error ("%s", error->message);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  return median_of (times, REPEAT);
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 100, 1000, 10000 };
  const char *bin = g_getenv ("RCC_GUIDE_BIN");
  const char *schema = g_getenv ("RCC_CONTENT_SCHEMA");
  const char *keep = g_getenv ("RCC_BENCH_CONTENT_DIR");
  g_autofree char *dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("rcc-bench-XXXXXX", NULL);
  g_autoptr(RccCatalog) big = NULL;

  g_assert_nonnull (bin);
  g_assert_nonnull (schema);

  g_mkdir_with_parents (dir, 0755);

  /* The smallest content, for the idle window of bench-first-frame. */
  {
    g_autofree char *tiny = generate_content (1);
    g_autofree char *path = g_build_filename (dir, "content-0.xml", NULL);

    g_assert_true (g_file_set_contents (path, tiny, -1, NULL));
  }

  printf ("RCC Guide benchmark (median of %d runs; %s)\n\n", REPEAT, g_get_host_name ());
  printf ("| trials | file | rcc-guide --validate | xmllint --relaxng | ratio | rcc-guide peak RSS | xmllint peak RSS | keystroke filter |\n");
  printf ("|---:|---:|---:|---:|---:|---:|---:|---:|\n");

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *xml = generate_content (sizes[s]);
      g_autofree char *path = g_strdup_printf ("%s/content-%u.xml", dir, sizes[s]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = NULL;
      g_autoptr(RccCatalog) catalog = NULL;
      const char *ours[] = { bin, "--validate", path, NULL };
      const char *theirs[] = { "xmllint", "--noout", "--nonet", "--relaxng", schema, path, NULL };
      ProcessCost a, b;

      g_assert_true (g_file_set_contents (path, xml, -1, NULL));
      file = g_file_new_for_path (path);
      catalog = rcc_xml_loader_load_file (file, &error);
      g_assert_no_error (error);

      a = median_process (ours);
      b = median_process (theirs);

      printf ("| %u | %.1f MB | %.0f ms | %.0f ms | %.2f× | %.0f MB | %.0f MB | %.2f ms |\n",
              sizes[s], strlen (xml) / 1e6, a.seconds * 1000, b.seconds * 1000,
              a.seconds / b.seconds, a.max_rss_mb, b.max_rss_mb, keystroke_ms (catalog));

      if (s == G_N_ELEMENTS (sizes) - 1)
        big = g_steal_pointer (&catalog);
      if (keep == NULL)
        g_unlink (path);
    }

  printf ("\n| comparison drawn on screen (1200 px) | time |\n|---|---:|\n");
  printf ("| 2 trials | %.1f ms |\n", draw_ms (big, 2));
  printf ("| 10 trials | %.1f ms |\n", draw_ms (big, 10));
  printf ("| 50 trials | %.1f ms |\n", draw_ms (big, 50));
  printf ("\n| PDF summary of 10 trials (A4) | %.1f ms |\n", pdf_ms (big, dir));

  {
    g_autofree char *pdf = g_build_filename (dir, "bench.pdf", NULL);
    g_autofree char *tiny = g_build_filename (dir, "content-0.xml", NULL);

    g_unlink (pdf);
    if (keep == NULL)
      {
        g_unlink (tiny);
        g_rmdir (dir);
      }
  }

  return 0;
}
