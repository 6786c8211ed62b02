/* test-compare-harm.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rcc-test-run.h"

/* Response, harm and ESMO-MCBS beside survival in the printed
 * comparison, and the fair-comparison warnings: the real command line,
 * the PDF read back by pdftotext.  The figures are the bundled content's
 * (data/content/rcc-pdq.xml), checked when written against the evidence
 * notes it was built from (safety-response.md, esmo-mcbs.md). */

#define FIRST_LINE "checkmate-214,keynote-426,checkmate-9er,clear,javelin-renal-101"

static char *
output_path (const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "compare-harm-output", NULL);

  g_mkdir_with_parents (dir, 0755);
  return g_build_filename (dir, name, NULL);
}

/* --compare @ids --endpoint @endpoint --paper @paper into @name */
static char *
write_comparison (const char *ids,
                  const char *endpoint,
                  const char *paper,
                  const char *name)
{
  char *path = output_path (name);
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--compare", ids, "--endpoint", endpoint,
                         "--paper", paper, "--output", path, NULL };
  g_autofree char *out = NULL;

  g_unlink (path);
  out = run_argv_ok (argv);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  return path;
}

static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("\"%s\" is not in the summary:\n%s", needle, text);
}

static void
assert_lacks (const char *text,
              const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("\"%s\" should not be in the summary", needle);
}

/* Drawn for OS: each HR with its CI and level, then per trial response,
 * harm in the source's measure, the analyses and ESMO's grades */
static void
test_os (void)
{
  g_autofree char *pdf = write_comparison (FIRST_LINE, "os", "a4", "first-line-os.pdf");
  g_autofree char *text = run_pdf_text_folded (pdf);

  /* The OS hazard ratios, each CI with its level */
  assert_contains (text, "OS 0.63 (99.8% CI 0.44–0.89)");
  assert_contains (text, "OS 0.53 (95% CI 0.38–0.74)");
  assert_contains (text, "OS 0.60 (98.89% CI 0.40–0.89)");
  assert_contains (text, "OS 0.66 (95% CI 0.49–0.88)");
  assert_contains (text, "OS 0.86 (95% CI 0.70–1.06)");
  assert_contains (text, "p <0.001 · Nivolumab + ipilimumab vs Sunitinib");

  /* One block per trial */
  assert_contains (text, "Response, harm and ESMO-MCBS");
  assert_contains (text, "Objective response");
  assert_contains (text, "Grade ≥3 adverse events");
  assert_contains (text, "Stopped treatment because of adverse events");

  /* Response with its analysis: CheckMate 214's primary analysis in
   * intermediate/poor risk (42% vs 27%, CR 9% vs 1%), with its follow-up */
  assert_contains (text, "Nivolumab + ipilimumab 42% a 9% a");
  assert_contains (text, "Sunitinib 27% a 1% a");
  assert_contains (text, "Primary analysis (N Engl J Med 2018) · Intermediate/poor risk (425 vs 422) · "
                         "median follow-up 25.2 months");
  /* CheckMate 9ER's 44-month update by independent review (56% vs 28%) */
  assert_contains (text, "Nivolumab + cabozantinib 56% a 13% a");
  assert_contains (text, "44-month update · response assessed by independent review · median follow-up 44.0 months");
  /* KEYNOTE-426's complete responses rest on a secondary source: marked */
  assert_contains (text, "10% b †");
  assert_contains (text, "Prespecified final analysis, about 42 months (ASCO 2021, as reported by a patient organisation)");
  assert_contains (text, "† marks a figure from a secondary source");

  /* Adverse events in exactly the measure each source used */
  assert_contains (text, "cause not stated, grade 3–5: 75.8%");
  assert_contains (text, "cause not stated, grade 3–5: 70.6%");
  assert_contains (text, "treatment-related, grade ≥3: 67%");
  assert_contains (text, "treatment-related, grade ≥3: 55%");
  assert_contains (text, "any cause, grade ≥3: 82.4%");
  assert_contains (text, "any cause, grade ≥3: 71.8%");
  assert_contains (text, "any cause, grade ≥3: 71.2%");
  assert_contains (text, "any cause, grade ≥3: 71.5%");
  /* CheckMate 214's guide has only any-grade treatment-related events:
   * not shown as if they were grade ≥3 */
  assert_lacks (text, "93%");
  assert_contains (text, "not in this guide");
  /* Stopping treatment, with its reason */
  assert_contains (text, "13.3% because of hepatic adverse events");
  assert_contains (text, "0.5% because of hepatic adverse events");

  /* ESMO's grades, with form, version and scorecard or eUpdate */
  assert_contains (text, "ESMO-MCBS: Grade 4 · form 2a (overall survival) · version 1.1 · scorecard 117-1, "
                         "issued 17 February 2020, last updated 15 May 2023");
  assert_contains (text, "Grade 4 · form 2a (overall survival) · version 1.1 · scorecard 146-1");
  assert_contains (text, "Grade 4 · form 2b (progression-free survival) · version not printed · "
                         "ESMO RCC eUpdate, 26 Feb 2020, Table 7");
  assert_contains (text, "Grade 4 · form 2b (progression-free survival) · version 1.1 · scorecard 284-1");
  assert_contains (text, "ESMO-MCBS: not graded by ESMO in this guide");
  assert_contains (text, "ESMO’s Magnitude of Clinical Benefit Scale rates how much benefit one trial showed");

  /* The warnings that apply here, one line each */
  assert_contains (text, "• Their primary results are on different endpoints: OS (CheckMate 214, KEYNOTE-426); "
                         "PFS (CheckMate 9ER, CLEAR, JAVELIN Renal 101).");
  assert_contains (text, "• The analyses shown are at very different follow-up, the longest more than twice the "
                         "shortest: median follow-up 10.7 months (JAVELIN Renal 101) to median follow-up "
                         "44.0 months (CheckMate 9ER).");
  assert_contains (text, "• Not every interval shown is a 95% confidence interval: CheckMate 214 99.8%; "
                         "CheckMate 9ER 98.89%.");
  assert_contains (text, "• Their grade ≥3 adverse events are counted differently: cause not stated, grade 3–5 "
                         "(KEYNOTE-426); treatment-related, grade ≥3 (CheckMate 9ER); any cause, grade ≥3 "
                         "(CLEAR, JAVELIN Renal 101)");
  /* All five compare against sunitinib */
  assert_lacks (text, "control arms differ");

  g_assert_cmpuint (run_pdf_pages (pdf), <=, 4);
}

/* Drawn for PFS: the PFS hazard ratios and their levels, the median OS
 * column back, the same harm blocks */
static void
test_pfs (void)
{
  g_autofree char *pdf = write_comparison (FIRST_LINE, "pfs", "letter", "first-line-pfs.pdf");
  g_autofree char *text = run_pdf_text_folded (pdf);

  assert_contains (text, "PFS 0.82 (99.1% CI 0.64–1.05)");
  assert_contains (text, "PFS 0.69 (95% CI 0.57–0.84)");
  assert_contains (text, "PFS 0.51 (95% CI 0.41–0.64)");
  assert_contains (text, "PFS 0.39 (95% CI 0.32–0.49)");
  assert_contains (text, "PFS 0.61 (95% CI 0.47–0.79)");
  assert_lacks (text, "OS 0.63");
  assert_contains (text, "Median OS");
  assert_contains (text, "• Not every interval shown is a 95% confidence interval: CheckMate 214 99.1%.");
  assert_contains (text, "treatment-related, grade ≥3: 67%");
  assert_contains (text, "ESMO-MCBS: not graded by ESMO in this guide");

  g_assert_cmpuint (run_pdf_pages (pdf), <=, 4);
}

/* Different controls, and a CI whose level the source does not state */
static void
test_controls_and_levels (void)
{
  g_autofree char *pdf = write_comparison ("checkmate-214,checkmate-025,cochrane-immunotherapy", "os", "a4",
                                           "controls.pdf");
  g_autofree char *text = run_pdf_text_folded (pdf);

  assert_contains (text, "• Their control arms differ: Sunitinib (CheckMate 214); Everolimus (CheckMate 025);");
  assert_contains (text, "• These trials differ in line of therapy or setting.");
  assert_contains (text, "CheckMate 025 98.5%; Cochrane review of immunotherapy (interferon-alfa) level not stated.");
  /* CheckMate 025: ESMO graded it twice, in two eUpdates */
  assert_contains (text, "Grade 5 · form 2a (overall survival) · version not printed · ESMO RCC eUpdate, 26 Feb 2020");
  assert_contains (text, "Grade 5 · form not stated · version 1.0 · ESMO RCC eUpdate, 10 Apr 2017");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/compare-harm/os", test_os);
  g_test_add_func ("/rcc/compare-harm/pfs", test_pfs);
  g_test_add_func ("/rcc/compare-harm/controls-and-levels", test_controls_and_levels);

  return g_test_run ();
}
