/* test-editorial.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "rcc-test-editorial.h"
#include "rcc-test-run.h"

/* The editorial standard (rcc-test-editorial.c) over what the real
 * binary writes with --dump-json: on the version 3 fixture always; on
 * the bundled content once the version 3 content is in (its tables,
 * tests/data/third-edition/, come with it). */

static JsonNode *
dump_json (const char *content)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (content != NULL)
    run_guide (&run, "--content", content, "--dump-json", NULL);
  else
    run_guide (&run, "--dump-json", NULL);
  g_assert_cmpint (run.status, ==, 0);

  root = json_from_string (run.out, &error);
  g_assert_no_error (error);
  return root;
}

static void
assert_clean (JsonNode *root)
{
  g_autoptr(GString) problems = g_string_new (NULL);

  if (rcc_editorial_check_all (root, problems) != 0)
    g_error ("the content does not meet the editorial standard:\n%s", problems->str);
}

static void
test_fixture (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "third-edition-fixture",
                                                 "content.xml", NULL);
  g_autoptr(JsonNode) root = dump_json (path);

  assert_clean (root);
}

static void
test_bundled (void)
{
  g_autofree char *tables = g_test_build_filename (G_TEST_DIST, "data", "third-edition",
                                                   "figures.tsv", NULL);
  g_autoptr(JsonNode) root = NULL;

  if (!g_file_test (tables, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the bundled content is not version 3 content yet "
                   "(tests/data/third-edition/ comes with it)");
      return;
    }

  root = dump_json (NULL);
  assert_clean (root);
}

/* The printed summary of every trial, for clinicians and for patients,
 * in English and in Spanish: none of the phrases either */
static void
test_printed (void)
{
  static const char *locales[] = { "C.UTF-8", "es_ES.UTF-8" };
  g_autoptr(JsonNode) root = dump_json (NULL);
  JsonArray *trials = json_object_get_array_member (json_node_get_object (root), "trials");
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) id_list = NULL;
  g_autofree char *all = NULL;
  g_autofree char *dir = g_dir_make_tmp ("rcc-editorial-XXXXXX", NULL);
  g_autoptr(GString) problems = g_string_new (NULL);
  const char *bin = g_getenv ("RCC_GUIDE_BIN");

  for (guint i = 0; i < json_array_get_length (trials); i++)
    g_strv_builder_add (ids, json_object_get_string_member (json_array_get_object_element (trials, i), "id"));
  id_list = g_strv_builder_end (ids);
  all = g_strjoinv (",", id_list);
  g_assert_cmpuint (g_strv_length (id_list), >, 40);

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    for (guint patient = 0; patient < 2; patient++)
      {
        g_autofree char *pdf = g_strdup_printf ("%s/summary-%u-%u.pdf", dir, l, patient);
        g_autofree char *where = g_strdup_printf ("the printed summary of every trial (%s%s)",
                                                  locales[l], patient ? ", for patients" : "");
        const char *write[] = { bin, "--compare", all, "--output", pdf,
                                patient ? "--patient" : NULL, NULL };
        const char *read[] = { "pdftotext", pdf, "-", NULL };
        g_auto(Run) run = { 0 };
        g_auto(Run) text = { 0 };

        run_argv_in_locale (&run, locales[l], write);
        g_assert_cmpint (run.status, ==, 0);
        run_argv (&text, read);
        g_assert_cmpint (text.status, ==, 0);
        g_assert_cmpuint (strlen (text.out), >, 10000);
        rcc_editorial_check_text (where, text.out, problems);
        g_remove (pdf);
      }
  g_rmdir (dir);

  if (problems->len > 0)
    g_error ("printed text does not meet the editorial standard:\n%s", problems->str);
}

/* Each check finds what it is for, and says where. */
static void
test_catches (void)
{
  const struct {
    guint       (*check) (JsonNode *, GString *);
    const char  *json;
    const char  *expected;
  } cases[] = {
    { rcc_editorial_check_phrases,
      "{\"trials\":[{\"design\":\"Phase 3 (open-label per a summary source; not stated in the abstract seen)\"}]}",
      ".trials[0].design: research-note language \"summary source\"" },
    { rcc_editorial_check_phrases,
      "{\"treatments\":[{\"side_effects\":\"No boxed warning (UNVERIFIED, drug-facts.md §4)\"}]}",
      "research-note language \"§\"" },
    { rcc_editorial_check_phrases,
      "{\"content\":{\"changelog\":[{\"source\":\"trial-facts.md section 8\"}]}}",
      ".content.changelog[0].source: research-note language \"trial-facts\"" },
    { rcc_editorial_check_references,
      "{\"references\":[{\"id\":\"a\",\"citation\":\"Motzer RJ, et al.: CLEAR. N Engl J Med 2021 (published 8 April 2021).\"}]}",
      "reference \"a\": neither a PMID nor a DOI" },
    { rcc_editorial_check_references,
      "{\"references\":[{\"id\":\"b\",\"pmid\":1,\"citation\":\"KEYNOTE-426: extended follow-up. Lancet Oncol 2020.\"}]}",
      "reference \"b\": not \"Authors: Title. Journal ...\"" },
    { rcc_editorial_check_references,
      "{\"references\":[{\"id\":\"c\",\"doi\":\"x\",\"citation\":\"Rini BI, et al.: A title. Lancet Oncol 2020.\"}]}",
      "reference \"c\": no volume and pages" },
    { rcc_editorial_check_phases,
      "{\"trials\":[{\"id\":\"t\",\"phase\":\"III\"}]}",
      "trial \"t\": phase \"III\" is not digits" },
    { rcc_editorial_check_nct_ids,
      "{\"trials\":[{\"id\":\"t\",\"design\":\"Phase 3, double-blind (NCT00073307)\"}]}",
      "trial \"t\" names an NCT number but carries no nct-id" },
    { rcc_editorial_check_headlines,
      "{\"trials\":[{\"id\":\"k\",\"hazard_ratios\":[{\"endpoint\":\"os\",\"value\":0.62,\"primary\":true,"
      "\"analysis\":\"Overall survival (NEJM 2024)\"}],\"findings\":[\"PFS HR 0.63.\", \"The OS headline "
      "is the first analysis (HR 0.54).\"]}]}",
      "trial \"k\": finding 2 calls a os hazard ratio the headline, not the headline's 0.62" },
    { rcc_editorial_check_headlines,
      "{\"trials\":[{\"id\":\"k\",\"hazard_ratios\":[{\"endpoint\":\"pfs\",\"value\":0.71,\"primary\":true,"
      "\"analysis\":\"Primary\"}],\"findings\":[\"PFS HR 0.71\"],\"takeaway\":\"Longer PFS (HR 0.69) "
      "and OS (HR 0.71).\"}]}",
      "trial \"k\": the takeaway names a pfs hazard ratio, not the headline's 0.71" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = json_from_string (cases[i].json, &error);
      g_autoptr(GString) problems = g_string_new (NULL);

      g_assert_no_error (error);
      g_assert_cmpuint (cases[i].check (root, problems), >, 0);
      if (strstr (problems->str, cases[i].expected) == NULL)
        g_error ("case %u: expected \"%s\" in:\n%s", i, cases[i].expected, problems->str);
    }

  /* And lets pass what is right. */
  {
    const char *good =
      "{\"references\":[{\"id\":\"r\",\"pmid\":17215529,\"citation\":\"Motzer RJ, Hutson TE, Tomczak P, "
      "et al.: Sunitinib versus interferon alfa in metastatic renal-cell carcinoma. N Engl J Med 356 "
      "(2): 115-24, 2007.\"},{\"id\":\"s\",\"doi\":\"d\",\"citation\":\"Choueiri TK, et al.: Title. "
      "N Engl J Med 2021;384(9):829-41.\"},{\"id\":\"p\",\"partial\":true,\"citation\":\"COSMIC-313. "
      "N Engl J Med 2023.\"},{\"id\":\"l\",\"kind\":\"label\",\"citation\":\"Label.\"}],"
      "\"trials\":[{\"id\":\"t\",\"phase\":\"2/3\",\"nct_id\":\"NCT00073307\",\"design\":\"(NCT00073307)\","
      "\"hazard_ratios\":[{\"endpoint\":\"os\",\"value\":0.62,\"primary\":true,\"analysis\":\"2024\"}],"
      "\"findings\":[\"At the first analysis OS HR 0.54; the headline, at the 2024 analysis, HR 0.62.\"],"
      "\"takeaway\":\"Longer OS (HR 0.62).\"},{\"id\":\"u\",\"references\":[],"
      "\"hazard_ratios\":[{\"endpoint\":\"pfs\",\"value\":0.39,\"primary\":true,\"analysis\":\"a\"},"
      "{\"endpoint\":\"pfs\",\"value\":0.65,\"primary\":true,\"analysis\":\"b\"}],"
      "\"takeaway\":\"PFS HR 0.65 with the second combination.\"}]}";
    g_autoptr(JsonNode) root = json_from_string (good, NULL);
    g_autoptr(GString) problems = g_string_new (NULL);

    if (rcc_editorial_check_all (root, problems) != 0)
      g_error ("good text refused:\n%s", problems->str);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/editorial/catches", test_catches);
  g_test_add_func ("/rcc/editorial/fixture", test_fixture);
  g_test_add_func ("/rcc/editorial/bundled", test_bundled);
  g_test_add_func ("/rcc/editorial/printed", test_printed);

  return g_test_run ();
}
