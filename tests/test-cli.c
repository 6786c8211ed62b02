/* test-cli.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "rcc-test-run.h"

/* The command line, run as a user would: the real binary, no display. */

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static void
test_validate_bundled (void)
{
  g_auto(Run) run = { 0 };
  const char *path = g_getenv ("RCC_BUNDLED_CONTENT");
  g_autofree char *expected = NULL;

  run_guide (&run, "--validate", path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("%s: valid: 27 treatments, 43 trials, 80 references\n", path);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
}

static const struct {
  const char *file;
  int         line;
} bad_files[] = {
  { "bad-empty.xml", 1 },
  { "bad-not-well-formed.xml", 18 },
  { "bad-xxe.xml", 7 },
  { "bad-entity-bomb.xml", 2 },
  { "bad-root.xml", 7 },
  { "bad-missing-field.xml", 18 },
  { "bad-hr-outside-ci.xml", 31 },
  { "bad-unknown-arm.xml", 30 },
  { "bad-negative-median.xml", 29 },
  { "bad-duplicate-id.xml", 34 },
};

static void
test_validate_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *path = fixture (bad_files[i].file);
      g_autofree char *prefix = g_strdup_printf ("%s:%d: ", path, bad_files[i].line);

      run_guide (&run, "--validate", path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      if (!g_str_has_prefix (run.err, prefix))
        g_error ("%s: expected \"%s\" at the start of: %s", bad_files[i].file, prefix, run.err);
    }
}

/* The bundled content skips the schema at run time (the build checks
 * it); a file given on the command line does not: what only the schema
 * refuses is still refused, in the schema's words. */
static void
test_validate_schema_invalid (void)
{
  static const struct {
    const char *file;
    const char *message;
  } cases[] = {
    { "bad-unit.xml", "29: unit=\"decades\" is not one of months, days, weeks or years\n" },
    { "bad-phase-roman.xml", "25: phase=\"III\" is not a trial phase: write it in digits, \"3\" or \"2/3\"\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *path = fixture (cases[i].file);
      g_autofree char *expected = g_strdup_printf ("%s:%s", path, cases[i].message);

      run_guide (&run, "--validate", path, NULL);
      g_assert_cmpint (run.status, ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, expected);
    }
}

static void
test_validate_several (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *good = fixture ("minimal.xml");
  g_autofree char *bad = fixture ("bad-unknown-arm.xml");
  g_autofree char *expected = g_strdup_printf ("%s: valid: 2 treatments, 2 trials, 3 references\n", good);

  run_guide (&run, "--validate", good, "--validate", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_nonnull (strstr (run.err, "bad-unknown-arm.xml:30: "));
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_dump_json (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonArray *treatments;

  run_guide (&run, "--dump-json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_object (parser, run.out);

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "content"),
                                                  "source_updated"), ==, "2025-05-13");
  /* The content's change log comes with it. */
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                      json_object_get_object_member (root, "content"), "changelog")), >=, 1);

  /* The 2025 PDQ's lists, in its order (every option is checked against
   * tests/data/third-edition/lines.tsv by test-third-edition) */
  {
    static const struct { const char *id; guint n; const char *first; } lines[] = {
      { "first-line", 12, "nivolumab-ipilimumab" },
      { "second-line", 5, "nivolumab" },
      { "later-line", 8, "tivozanib" },
      { "adjuvant", 2, "adjuvant-pembrolizumab" },
    };
    JsonArray *dumped = json_object_get_array_member (root, "lines");

    g_assert_cmpuint (json_array_get_length (dumped), ==, G_N_ELEMENTS (lines));
    for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
      {
        JsonObject *line = json_array_get_object_element (dumped, i);
        JsonArray *options = json_object_get_array_member (line, "options");
        JsonObject *first = json_array_get_object_element (options, 0);

        g_assert_cmpstr (json_object_get_string_member (line, "id"), ==, lines[i].id);
        g_assert_cmpuint (json_array_get_length (options), ==, lines[i].n);
        g_assert_cmpint (json_object_get_int_member (first, "position"), ==, 1);
        g_assert_cmpstr (json_object_get_string_member (first, "treatment"), ==, lines[i].first);
      }
  }

  /* The 2014 edition's 11 options, in its order, then the treatments
   * it did not list. */
  treatments = json_object_get_array_member (root, "treatments");
  g_assert_cmpuint (json_array_get_length (treatments), ==, 27);
  for (guint i = 11; i < 27; i++)
    g_assert_false (json_object_has_member (json_array_get_object_element (treatments, i), "option"));
  for (guint i = 0; i < 11; i++)
    g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (treatments, i), "option"),
                     ==, i + 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (treatments, 0), "id"),
                   ==, "radical-nephrectomy");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (treatments, 10), "id"),
                   ==, "palliative-ebrt");
}

static void
test_dump_json_content (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) bad_run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *good = fixture ("minimal.xml");
  g_autofree char *bad = fixture ("bad-hr-outside-ci.xml");
  JsonObject *root;

  run_guide (&run, "--dump-json", "--content", good, NULL);
  g_assert_cmpint (run.status, ==, 0);
  root = parse_object (parser, run.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "treatments")), ==, 2);

  run_guide (&bad_run, "--content", bad, "--dump-json", NULL);
  g_assert_cmpint (bad_run.status, ==, 1);
  g_assert_cmpstr (bad_run.out, ==, "");
  g_assert_nonnull (strstr (bad_run.err, "bad-hr-outside-ci.xml:31: "));
}

static void
test_help_and_version (void)
{
  g_auto(Run) help = { 0 };
  g_auto(Run) version = { 0 };

  run_guide (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--validate"));
  g_assert_nonnull (strstr (help.out, "--dump-json"));
  g_assert_nonnull (strstr (help.out, "--content"));

  run_guide (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "rcc-guide " PACKAGE_VERSION "\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/cli/validate-bundled", test_validate_bundled);
  g_test_add_func ("/rcc/cli/validate-bad", test_validate_bad);
  g_test_add_func ("/rcc/cli/validate-schema-invalid", test_validate_schema_invalid);
  g_test_add_func ("/rcc/cli/validate-several", test_validate_several);
  g_test_add_func ("/rcc/cli/dump-json", test_dump_json);
  g_test_add_func ("/rcc/cli/dump-json-content", test_dump_json_content);
  g_test_add_func ("/rcc/cli/help-and-version", test_help_and_version);

  return g_test_run ();
}
