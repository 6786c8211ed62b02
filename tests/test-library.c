/* test-library.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "content/rcc-library.h"
#include "content/rcc-xml-loader.h"
#include "rcc-test-run.h"

/* RccLibrary without a display: loading, the import rules the window
 * and the command line share, and what it keeps in the user's data
 * folder (G_TEST_OPTION_ISOLATE_DIRS: a fresh XDG_DATA_HOME per test).
 *
 * tests/data/registry-numbers.xml is minimal.xml with VEG105192
 * carrying its NCT number (NCT00334282) as data and TARGET's design
 * naming NCT00410124 in prose; tests/data/ctgov/record-NCT*.json are
 * made-up records under those two numbers. */

#define REVIEWED_MESSAGE "NCT00334282 is already in the guide’s reviewed content, as VEG105192"

static char *
fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static GFile *
fixture_file (const char *name)
{
  g_autofree char *path = fixture (name);

  return g_file_new_for_path (path);
}

static RccCtgovImport *
import_fixture (const char *name)
{
  g_autoptr(GFile) file = fixture_file (name);
  g_autoptr(GError) error = NULL;
  RccCtgovImport *import = rcc_ctgov_import_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (import);
  return import;
}

static char *
imported_path (const char *name)
{
  return g_build_filename (g_get_user_data_dir (), "rcc-guide", "imported", name, NULL);
}

static guint
n_trials (RccLibrary *library)
{
  return g_list_model_get_n_items (rcc_catalog_get_trials (rcc_library_get_catalog (library)));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
test_load (void)
{
  g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
  g_autoptr(GFile) bad = fixture_file ("bad-hr-outside-ci.xml");
  g_autoptr(GFile) minimal = fixture_file ("minimal.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(RccCatalog) catalog = NULL;
  guint notified = 0;
  guint bundled;

  g_signal_connect (library, "notify::load-error", G_CALLBACK (count_cb), &notified);
  g_object_get (library, "catalog", &catalog, NULL);
  g_assert_true (catalog == rcc_library_get_catalog (library));
  g_assert_cmpuint (n_trials (library), ==, 0);
  g_assert_nonnull (rcc_library_get_import_store (library));
  g_assert_nonnull (rcc_library_get_comparison_store (library));

  g_assert_true (rcc_library_load (library, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (rcc_library_get_load_error (library));
  g_assert_cmpuint (notified, ==, 0);
  bundled = n_trials (library);
  g_assert_cmpuint (bundled, >, 2);
  g_assert_nonnull (rcc_catalog_lookup_trial (catalog, "veg105192"));

  /* A bad file: told, kept as load-error, and the catalog as it was */
  g_assert_false (rcc_library_load (library, bad, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  g_assert_nonnull (rcc_library_get_load_error (library));
  g_assert_cmpstr (rcc_library_get_load_error (library)->message, ==, error->message);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (n_trials (library), ==, bundled);
  g_clear_error (&error);

  /* The same catalog object, its content replaced */
  g_assert_true (rcc_library_load (library, minimal, &error));
  g_assert_no_error (error);
  g_assert_null (rcc_library_get_load_error (library));
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (catalog == rcc_library_get_catalog (library));
  g_assert_cmpuint (n_trials (library), ==, 2);
}

/* What is read ahead in a thread is what a load of the same file reads
 * then; a load of another file reads that one. */
static void
test_preload (void)
{
  g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
  g_autoptr(RccLibrary) dropped = rcc_library_new_for_user ();
  g_autoptr(GFile) bad = fixture_file ("bad-hr-outside-ci.xml");
  g_autoptr(GFile) minimal = fixture_file ("minimal.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) direct_error = NULL;
  g_autoptr(RccCatalog) direct = NULL;

  /* Nothing changes until the load */
  rcc_library_preload (library, minimal);
  g_assert_cmpuint (n_trials (library), ==, 0);
  g_assert_null (rcc_library_get_load_error (library));
  g_assert_true (rcc_library_load (library, minimal, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_trials (library), ==, 2);

  /* A bad file read ahead: the same error as reading it then */
  direct = rcc_xml_loader_load_file (bad, &direct_error);
  g_assert_null (direct);
  g_assert_nonnull (direct_error);
  rcc_library_preload (library, bad);
  g_assert_false (rcc_library_load (library, bad, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, direct_error->message);
  g_assert_cmpuint (n_trials (library), ==, 2);
  g_clear_error (&error);

  /* Read ahead, then another file asked for: that file is loaded */
  rcc_library_preload (library, minimal);
  g_assert_true (rcc_library_load (library, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_trials (library), >, 2);
  g_assert_nonnull (rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "veg105192"));

  /* Read ahead and never loaded: finalizing waits for the thread */
  rcc_library_preload (dropped, NULL);
}

static void
test_import (void)
{
  g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
  g_autoptr(RccCtgovImport) two = import_fixture ("ctgov/synthetic-two-studies.json");
  g_autoptr(RccCtgovImport) again = import_fixture ("ctgov/synthetic-two-studies.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *first = imported_path ("NCT99999901.json");
  g_autofree char *second = imported_path ("NCT99999902.json");
  GListModel *trials;
  RccTrial *trial;
  guint changes = 0;
  guint bundled;

  g_assert_true (rcc_library_load (library, NULL, &error));
  g_assert_no_error (error);
  bundled = n_trials (library);
  trials = rcc_catalog_get_trials (rcc_library_get_catalog (library));
  g_signal_connect (trials, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  g_assert_true (rcc_library_check_import (library, two, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));

  /* Kept in the store, one file a trial, and in the catalog */
  g_assert_true (rcc_library_add_import (library, two, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (n_trials (library), ==, bundled + 2);
  g_assert_cmpuint (changes, >, 0);
  trial = rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "NCT99999901");
  g_assert_nonnull (trial);
  g_assert_true (rcc_trial_get_imported (trial));
  g_assert_true (trial == rcc_import_store_lookup (rcc_library_get_import_store (library),
                                                   "NCT99999901"));

  /* Imported again: the newer record replaces the earlier one */
  g_assert_true (rcc_library_add_import (library, again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_trials (library), ==, bundled + 2);

  /* Removed: the file goes, and the trial leaves the catalog */
  changes = 0;
  g_assert_true (rcc_library_remove_import (library, "NCT99999901", &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (first, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));
  g_assert_null (rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "NCT99999901"));
  g_assert_cmpuint (n_trials (library), ==, bundled + 1);
  g_assert_cmpuint (changes, ==, 1);

  /* A reviewed trial is not an import to remove */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*rcc_trial_get_imported*");
  g_assert_false (rcc_library_remove_import (library, "veg105192", &error));
  g_test_assert_expected_messages ();
  g_assert_nonnull (rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "veg105192"));
}

static void
test_store_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "NCT99999902", "target", NULL };

  {
    g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
    g_autoptr(RccCtgovImport) two = import_fixture ("ctgov/synthetic-two-studies.json");
    g_autoptr(RccComparison) comparison = rcc_comparison_new ("Imported beside TARGET", ids, NULL);

    g_assert_true (rcc_library_load (library, NULL, &error));
    g_assert_true (rcc_library_add_import (library, two, &error));
    g_assert_true (rcc_comparison_store_put (rcc_library_get_comparison_store (library),
                                             comparison, &error));
    g_assert_no_error (error);
  }

  /* The next start: read back from the user's data folder */
  {
    g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
    RccComparisonStore *comparisons = rcc_library_get_comparison_store (library);
    RccTrial *trial;

    g_assert_true (rcc_library_load (library, NULL, &error));
    g_assert_no_error (error);
    g_assert_null (rcc_library_get_import_error (library));
    trial = rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "NCT99999902");
    g_assert_nonnull (trial);
    g_assert_true (rcc_trial_get_imported (trial));
    g_assert_nonnull (rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "NCT99999901"));

    g_assert_true (rcc_comparison_store_load (comparisons, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpstrv (rcc_comparison_get_trial_ids (rcc_comparison_store_lookup (comparisons,
                                                                                 "Imported beside TARGET")),
                      ids);
  }
}

static void
test_corrupt_record (void)
{
  g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
  g_autofree char *folder = imported_path (NULL);
  g_autofree char *stored = imported_path ("NCT09999999.json");
  g_autofree char *kept = g_strdup_printf ("It was kept as %s.corrupt-", stored);
  g_autoptr(GError) error = NULL;
  const GError *problem;
  guint notified = 0;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (stored, "{\"protocolSection\": ", -1, NULL));
  g_signal_connect (library, "notify::import-error", G_CALLBACK (count_cb), &notified);

  /* The content loads; the record is moved aside, not deleted, and told */
  g_assert_true (rcc_library_load (library, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (notified, ==, 1);
  problem = rcc_library_get_import_error (library);
  g_assert_nonnull (problem);
  g_assert_true (g_str_has_prefix (problem->message, stored));
  g_assert_nonnull (strstr (problem->message, kept));
  g_assert_nonnull (rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "target"));
  g_assert_null (rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "NCT09999999"));

  /* The store is read once: loading again tells nothing new */
  g_assert_true (rcc_library_load (library, NULL, &error));
  g_assert_cmpuint (notified, ==, 1);
}

static void
test_reviewed_nct_refused (void)
{
  g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
  g_autoptr(GFile) content = fixture_file ("registry-numbers.xml");
  g_autoptr(RccCtgovImport) reviewed = import_fixture ("ctgov/record-NCT00334282.json");
  g_autoptr(RccCtgovImport) in_prose = import_fixture ("ctgov/record-NCT00410124.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = imported_path ("NCT00334282.json");
  g_autofree char *folder = imported_path (NULL);
  RccTrial *veg105192;

  g_assert_true (rcc_library_load (library, content, &error));
  g_assert_no_error (error);
  veg105192 = rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "veg105192");
  g_assert_cmpstr (rcc_trial_get_nct_id (veg105192), ==, "NCT00334282");

  /* Its NCT number, as data, names the reviewed trial */
  g_assert_true (rcc_library_find_reviewed_trial (library, "NCT00334282") == veg105192);
  g_assert_false (rcc_library_check_import (library, reviewed, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, REVIEWED_MESSAGE);
  g_clear_error (&error);

  /* Nothing kept, nothing added */
  g_assert_false (rcc_library_add_import (library, reviewed, &error));
  g_assert_cmpstr (error->message, ==, REVIEWED_MESSAGE);
  g_clear_error (&error);
  g_assert_false (g_file_test (stored, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_null (rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "NCT00334282"));
  g_assert_cmpuint (n_trials (library), ==, 2);

  /* A number only a design's text names is not the trial's: prose is
   * never searched */
  g_assert_null (rcc_library_find_reviewed_trial (library, "NCT00410124"));
  g_assert_true (rcc_library_add_import (library, in_prose, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_trials (library), ==, 3);
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The window's way: read in a thread, checked on finishing */
static void
test_reviewed_nct_refused_async (void)
{
  g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
  g_autoptr(GFile) content = fixture_file ("registry-numbers.xml");
  g_autoptr(GFile) reviewed = fixture_file ("ctgov/record-NCT00334282.json");
  g_autoptr(GFile) in_prose = fixture_file ("ctgov/record-NCT00410124.json");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(RccCtgovImport) import = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rcc_library_load (library, content, &error));
  g_assert_no_error (error);

  rcc_library_read_import_async (library, reviewed, NULL, read_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (rcc_library_read_import_finish (library, result, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, REVIEWED_MESSAGE);
  g_clear_error (&error);
  g_clear_object (&result);

  rcc_library_read_import_async (library, in_prose, NULL, read_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  import = rcc_library_read_import_finish (library, result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  /* Read, not yet added */
  g_assert_null (rcc_catalog_lookup_trial (rcc_library_get_catalog (library), "NCT00410124"));
}

/* A sparse file one byte over 64 MiB, as large as the readers refuse */
static GFile *
huge_file (const char *name)
{
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), name, NULL);
  int fd;

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_cache_dir (), 0700), ==, 0);
  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t)RCC_CTGOV_MAX_BYTES + 1), ==, 0);
  g_assert_true (g_close (fd, NULL));

  return g_file_new_for_path (path);
}

/* Refused before being read, each reader in its own words */
static void
test_too_large (void)
{
  g_autoptr(RccLibrary) library = rcc_library_new_for_user ();
  g_autoptr(GFile) content = huge_file ("huge.xml");
  g_autoptr(GFile) record = huge_file ("huge.json");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  g_assert_false (rcc_library_load (library, content, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE);
  expected = g_strdup_printf ("%s:1: the file is 67108865 bytes; content files may be at most "
                              "67108864 bytes", g_file_peek_path (content));
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  g_assert_true (rcc_library_load (library, NULL, &error));
  rcc_library_read_import_async (library, record, NULL, read_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (rcc_library_read_import_finish (library, result, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE);
  expected = g_strdup_printf ("%s: the record is 67108865 bytes; records may be at most "
                              "67108864 bytes", g_file_peek_path (record));
  g_assert_cmpstr (error->message, ==, expected);
}

/* The command line's library keeps nothing, and takes a trial once */
static void
test_run_only (void)
{
  g_autoptr(RccLibrary) library = rcc_library_new (NULL, NULL);
  g_autoptr(RccCtgovImport) two = import_fixture ("ctgov/synthetic-two-studies.json");
  g_autoptr(RccCtgovImport) again = import_fixture ("ctgov/synthetic-two-studies.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "rcc-guide", NULL);
  guint bundled;

  g_assert_null (rcc_library_get_import_store (library));
  g_assert_null (rcc_library_get_comparison_store (library));
  g_assert_true (rcc_library_load (library, NULL, &error));
  g_assert_no_error (error);
  bundled = n_trials (library);

  g_assert_true (rcc_library_add_import (library, two, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_trials (library), ==, bundled + 2);

  g_assert_false (rcc_library_add_import (library, again, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "NCT99999901 is already in the catalog");
  g_assert_cmpuint (n_trials (library), ==, bundled + 2);

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_cli_reviewed_nct_refused (void)
{
  g_autofree char *content = fixture ("registry-numbers.xml");
  g_autofree char *record = fixture ("ctgov/record-NCT00334282.json");
  g_autofree char *in_prose = fixture ("ctgov/record-NCT00410124.json");
  g_autofree char *expected = g_strdup_printf ("%s: " REVIEWED_MESSAGE "\n", record);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), "rcc-guide", NULL);
  g_autofree char *output = g_build_filename (g_get_user_cache_dir (), "never.pdf", NULL);

  {
    g_auto(Run) run = { 0 };

    run_guide (&run, "--content", content, "--import", record,
                "--dump-json", NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, ==, expected);
  }

  {
    g_auto(Run) run = { 0 };

    run_guide (&run, "--content", content, "--import", record,
                "--compare", "veg105192", "--output", output, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.err, ==, expected);
    g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  }

  /* Prose is not searched: the same rule as the window's */
  {
    g_auto(Run) run = { 0 };

    run_guide (&run, "--content", content, "--import", in_prose,
                "--dump-json", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "\"id\" : \"NCT00410124\""));
  }

  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

/* The bundled content carries VEG105192's NCT number */
static void
test_cli_bundled_nct_refused (void)
{
  g_autofree char *record = fixture ("ctgov/record-NCT00334282.json");
  g_autofree char *prefix = g_strdup_printf ("%s: " REVIEWED_MESSAGE, record);
  g_auto(Run) run = { 0 };

  run_guide (&run, "--import", record, "--dump-json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, prefix));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/library/load", test_load);
  g_test_add_func ("/rcc/library/preload", test_preload);
  g_test_add_func ("/rcc/library/import", test_import);
  g_test_add_func ("/rcc/library/store-round-trip", test_store_round_trip);
  g_test_add_func ("/rcc/library/corrupt-record", test_corrupt_record);
  g_test_add_func ("/rcc/library/reviewed-nct-refused", test_reviewed_nct_refused);
  g_test_add_func ("/rcc/library/reviewed-nct-refused-async", test_reviewed_nct_refused_async);
  g_test_add_func ("/rcc/library/too-large", test_too_large);
  g_test_add_func ("/rcc/library/run-only", test_run_only);
  g_test_add_func ("/rcc/library/cli-reviewed-nct-refused", test_cli_reviewed_nct_refused);
  g_test_add_func ("/rcc/library/cli-bundled-nct-refused", test_cli_bundled_nct_refused);

  return g_test_run ();
}
