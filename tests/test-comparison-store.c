/* test-comparison-store.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "content/rcc-comparison-store.h"
#include "content/rcc-comparison-store-private.h"
#include "content/rcc-content-error.h"

static GFile *
store_file (void)
{
  g_autofree char *path = rcc_comparison_store_default_path ();

  /* G_TEST_OPTION_ISOLATE_DIRS: a fresh XDG_DATA_HOME per test. */
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  return g_file_new_for_path (path);
}

static void
test_round_trip (void)
{
  g_autoptr(GFile) file = store_file ();
  g_autoptr(RccComparisonStore) store = rcc_comparison_store_new (file);
  g_autoptr(RccComparisonStore) again = rcc_comparison_store_new (file);
  g_autoptr(GError) error = NULL;
  const char *ids1[] = { "veg105192", "target", "sunitinib-ifn", NULL };
  const char *ids2[] = { "axis", NULL };
  g_autoptr(RccComparison) first = rcc_comparison_new ("Second line", ids2, NULL);
  g_autoptr(RccComparison) second = rcc_comparison_new ("First line VEGF", ids1, NULL);
  RccComparison *c;

  /* A missing file is an empty store, not an error. */
  g_assert_true (rcc_comparison_store_load (store, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_comparison_store_get_list (store)), ==, 0);

  g_assert_true (rcc_comparison_store_put (store, first, &error));
  g_assert_true (rcc_comparison_store_put (store, second, &error));
  g_assert_no_error (error);

  g_assert_true (rcc_comparison_store_load (again, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_comparison_store_get_list (again)), ==, 2);

  /* Sorted by name, ids in their order. */
  c = g_list_model_get_item (rcc_comparison_store_get_list (again), 0);
  g_assert_cmpstr (rcc_comparison_get_name (c), ==, "First line VEGF");
  g_assert_cmpstrv (rcc_comparison_get_trial_ids (c), ids1);
  g_object_unref (c);

  /* Same name replaces; remove deletes. */
  {
    g_autoptr(RccComparison) replaced = rcc_comparison_new ("Second line", ids1, NULL);

    g_assert_true (rcc_comparison_store_put (again, replaced, &error));
    g_assert_cmpuint (g_list_model_get_n_items (rcc_comparison_store_get_list (again)), ==, 2);
    g_assert_cmpstrv (rcc_comparison_get_trial_ids (rcc_comparison_store_lookup (again, "Second line")), ids1);
  }
  g_assert_true (rcc_comparison_store_remove (again, "First line VEGF", &error));
  g_assert_true (rcc_comparison_store_load (store, NULL, &error));
  g_assert_cmpuint (g_list_model_get_n_items (rcc_comparison_store_get_list (store)), ==, 1);
  g_assert_null (rcc_comparison_store_lookup (store, "First line VEGF"));
}

static void
check_corrupt (const char *contents,
               int         code)
{
  g_autoptr(GFile) file = store_file ();
  g_autoptr(GFile) dir = g_file_get_parent (file);
  g_autoptr(RccComparisonStore) store = rcc_comparison_store_new (file);
  g_autoptr(GFile) aside = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  const char *ids[] = { "target", NULL };
  g_autoptr(RccComparison) fresh = rcc_comparison_new ("After", ids, NULL);

  g_file_make_directory_with_parents (dir, NULL, NULL);
  g_assert_true (g_file_set_contents (g_file_peek_path (file), contents, -1, NULL));

  g_assert_false (rcc_comparison_store_load (store, &aside, &error));
  g_assert_error (error, RCC_CONTENT_ERROR, code);
  g_assert_nonnull (aside);
  /* The message names the file and where it was kept. */
  g_assert_nonnull (strstr (error->message, g_file_peek_path (file)));
  g_assert_nonnull (strstr (error->message, g_file_peek_path (aside)));

  /* Nothing lost: the bytes are kept aside, unchanged. */
  g_assert_true (g_file_get_contents (g_file_peek_path (aside), &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, contents);
  g_assert_false (g_file_query_exists (file, NULL));

  /* And the store works again. */
  g_assert_true (rcc_comparison_store_put (store, fresh, NULL));
  g_assert_true (g_file_query_exists (file, NULL));
}

static void
test_corrupt_json (void)
{
  check_corrupt ("{\"version\": 1, \"comparisons\": [", RCC_CONTENT_ERROR_PARSE);
}

static void
test_wrong_shape (void)
{
  check_corrupt ("{\"version\": 1, \"comparisons\": [{\"name\": \"x\", \"trial_ids\": [1, 2]}]}",
                 RCC_CONTENT_ERROR_INVALID);
}

/* The endpoint a comparison was drawn for is saved with it; a file
 * saved before endpoints existed loads as "primary" */
static void
test_endpoint (void)
{
  g_autoptr(GFile) file = store_file ();
  g_autoptr(GFile) dir = g_file_get_parent (file);
  g_autoptr(RccComparisonStore) store = rcc_comparison_store_new (file);
  g_autoptr(RccComparisonStore) again = rcc_comparison_store_new (file);
  g_autoptr(RccComparisonStore) old = rcc_comparison_store_new (file);
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "checkmate-214", "clear", NULL };
  g_autoptr(RccComparison) os = rcc_comparison_new ("First line OS", ids, NULL);

  g_assert_cmpint (rcc_comparison_get_endpoint (os), ==, RCC_ENDPOINT_CHOICE_PRIMARY);
  rcc_comparison_set_endpoint (os, RCC_ENDPOINT_CHOICE_OS);
  g_assert_true (rcc_comparison_store_put (store, os, &error));
  g_assert_no_error (error);

  g_assert_true (rcc_comparison_store_load (again, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rcc_comparison_get_endpoint (rcc_comparison_store_lookup (again, "First line OS")),
                   ==, RCC_ENDPOINT_CHOICE_OS);

  g_file_make_directory_with_parents (dir, NULL, NULL);
  g_assert_true (g_file_set_contents (g_file_peek_path (file),
                                      "{\"version\": 1, \"comparisons\": [{\"name\": \"Old\", "
                                      "\"trial_ids\": [\"target\"], \"saved\": \"2026-01-02T03:04:05Z\"}]}",
                                      -1, NULL));
  g_assert_true (rcc_comparison_store_load (old, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rcc_comparison_get_endpoint (rcc_comparison_store_lookup (old, "Old")),
                   ==, RCC_ENDPOINT_CHOICE_PRIMARY);
}

static void
test_bad_endpoint (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parsed = NULL;
  const char *data = "{\"version\": 1, \"comparisons\": [{\"name\": \"x\", "
                     "\"trial_ids\": [\"target\"], \"endpoint\": \"ttp\"}]}";

  parsed = _rcc_comparison_store_parse (data, strlen (data), "comparisons.json", &error);
  g_assert_null (parsed);
  g_assert_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "comparisons.json: saved comparison “x”: unknown endpoint “ttp” (use primary, pfs, os or dfs)");

  /* And a file with it is set aside like any other bad file */
  check_corrupt (data, RCC_CONTENT_ERROR_INVALID);
}

static void
test_write_failure_changes_nothing (void)
{
  g_autofree char *blocker = g_build_filename (g_get_user_data_dir (), "not-a-folder", NULL);
  g_autofree char *path = g_build_filename (blocker, "comparisons.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RccComparisonStore) store = rcc_comparison_store_new (file);
  g_autoptr(GError) error = NULL;
  const char *ids[] = { "target", NULL };
  g_autoptr(RccComparison) comparison = rcc_comparison_new ("Not saved", ids, NULL);

  /* The store's folder is a file: no user, root included, can write there. */
  g_assert_true (g_mkdir_with_parents (g_get_user_data_dir (), 0700) == 0);
  g_assert_true (g_file_set_contents (blocker, "in the way", -1, NULL));

  g_assert_false (rcc_comparison_store_put (store, comparison, &error));
  g_assert_nonnull (error);

  /* The list is as it was: the comparison was not taken as saved. */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_comparison_store_get_list (store)), ==, 0);
  g_assert_null (rcc_comparison_store_lookup (store, "Not saved"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/comparison-store/round-trip", test_round_trip);
  g_test_add_func ("/rcc/comparison-store/corrupt-json", test_corrupt_json);
  g_test_add_func ("/rcc/comparison-store/wrong-shape", test_wrong_shape);
  g_test_add_func ("/rcc/comparison-store/endpoint", test_endpoint);
  g_test_add_func ("/rcc/comparison-store/bad-endpoint", test_bad_endpoint);
  g_test_add_func ("/rcc/comparison-store/write-failure", test_write_failure_changes_nothing);

  return g_test_run ();
}
