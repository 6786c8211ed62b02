/* test-search-provider.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rcc-test-ui.h"

#include "rcc-search-match.h"
#include "ui/rcc-treatment-detail.h"

/* GNOME Shell's search provider: what it matches (rcc-search-match.c,
 * from the catalog and the window's search text), and the
 * org.gnome.Shell.SearchProvider2 calls Shell makes, over the session
 * bus build-aux/test provides, to the application as registered. */

static RccCatalog *
catalog (void)
{
  return rcc_library_get_catalog (rcc_application_get_library (app));
}

static gboolean
holds (char       **results,
       const char  *id)
{
  return g_strv_contains ((const char * const *)results, id);
}

static void
test_match (void)
{
  const char *pazo[] = { "pazo", NULL };
  const char *keynote[] = { "KEYNOTE", NULL };
  const char *first_line[] = { "first-line", NULL };
  const char *two[] = { "cabozantinib", "nivolumab", NULL };
  const char *none[] = { "zzzz", NULL };
  const char *blank[] = { " ", NULL };
  g_auto(GStrv) a = rcc_search_match (catalog (), pazo);
  g_auto(GStrv) b = rcc_search_match (catalog (), keynote);
  g_auto(GStrv) c = rcc_search_match (catalog (), first_line);
  g_auto(GStrv) d = rcc_search_match (catalog (), two);
  g_auto(GStrv) e = rcc_search_match (catalog (), none);
  g_auto(GStrv) f = rcc_search_match (catalog (), blank);
  g_auto(GStrv) refined = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  g_autofree char *unknown_name = NULL;
  g_autofree char *unknown = NULL;

  /* Treatments first, then trials */
  g_assert_cmpstr (a[0], ==, "treatment:pazopanib");
  g_assert_true (holds (a, "trial:veg105192"));
  g_assert_true (holds (a, "trial:comparz"));
  g_assert_true (holds (b, "trial:keynote-426"));
  g_assert_true (holds (b, "trial:keynote-564"));
  g_assert_false (holds (b, "treatment:sorafenib"));
  g_assert_true (holds (c, "treatment:sunitinib"));
  g_assert_true (holds (c, "treatment:nivolumab-ipilimumab"));
  g_assert_false (holds (c, "treatment:adjuvant-pembrolizumab"));
  g_assert_cmpuint (g_strv_length (c), <=, 20);  /* what Shell can show, and quickly */
  /* Every term must match */
  g_assert_true (holds (d, "treatment:nivolumab-cabozantinib"));
  g_assert_true (holds (d, "trial:checkmate-9er"));
  g_assert_false (holds (d, "treatment:pazopanib"));
  g_assert_cmpuint (g_strv_length (e), ==, 0);
  g_assert_cmpuint (g_strv_length (f), ==, 0);

  /* Typing on: the earlier results that still match */
  {
    const char *more[] = { "pazopanib", "sunitinib", NULL };

    refined = rcc_search_refine (catalog (), (const char * const *)a, more);
    g_assert_true (holds (refined, "trial:comparz"));
    g_assert_false (holds (refined, "trial:veg105192"));
  }

  description = rcc_search_describe (catalog (), "treatment:pazopanib", &name);
  g_assert_cmpstr (name, ==, "Pazopanib");
  g_assert_true (g_str_has_prefix (description, "PFS 9.2 vs 4.2 months"));
  unknown = rcc_search_describe (catalog (), "trial:no-such-trial", &unknown_name);
  g_assert_null (unknown);
  g_assert_null (unknown_name);
}

typedef struct
{
  GVariant *reply;
  GError   *error;
  gboolean  done;
} Call;

static void
call_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Call *call = user_data;

  call->reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &call->error);
  call->done = TRUE;
}

/* A call to the provider as Shell makes it, over the bus (asynchronous:
 * the application answers from this thread's main loop) */
static GVariant *
call_provider (const char *method,
               GVariant   *parameters,
               const char *reply_type)
{
  GDBusConnection *connection = g_application_get_dbus_connection (G_APPLICATION (app));
  g_autofree char *path = g_strconcat (g_application_get_dbus_object_path (G_APPLICATION (app)),
                                       "/SearchProvider", NULL);
  Call call = { 0 };

  g_assert_nonnull (connection);
  g_dbus_connection_call (connection, g_dbus_connection_get_unique_name (connection), path,
                          "org.gnome.Shell.SearchProvider2", method, parameters,
                          reply_type != NULL ? G_VARIANT_TYPE (reply_type) : NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, call_done_cb, &call);
  wait_until_named (call.done, method);
  g_assert_no_error (call.error);

  return call.reply;
}

static void
test_over_dbus (void)
{
  g_autoptr(GVariant) initial = NULL;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) activated = NULL;
  g_autoptr(GVariant) launched = NULL;
  g_autofree const char **ids = NULL;
  g_autoptr(GVariant) meta = NULL;
  const char *name = NULL;
  const char *description = NULL;
  GtkWindow *window;
  RccTreatmentDetail *detail;
  GtkWidget *entry;

  initial = call_provider ("GetInitialResultSet", g_variant_new ("(^as)", (const char *[]) { "pazo", NULL }),
                           "(as)");
  g_variant_get (initial, "(^a&s)", &ids);
  g_assert_cmpstr (ids[0], ==, "treatment:pazopanib");

  metas = call_provider ("GetResultMetas",
                         g_variant_new ("(^as)", (const char *[]) { "treatment:pazopanib", "trial:nope", NULL }),
                         "(aa{sv})");
  g_assert_cmpuint (g_variant_n_children (g_variant_get_child_value (metas, 0)), ==, 1);
  meta = g_variant_get_child_value (g_variant_get_child_value (metas, 0), 0);
  g_assert_true (g_variant_lookup (meta, "name", "&s", &name));
  g_assert_true (g_variant_lookup (meta, "description", "&s", &description));
  g_assert_cmpstr (name, ==, "Pazopanib");
  g_assert_true (g_str_has_prefix (description, "PFS 9.2 vs 4.2 months · VEG105192"));

  /* Activating opens the window at the result */
  activated = call_provider ("ActivateResult",
                             g_variant_new ("(s^asu)", "treatment:pazopanib",
                                            (const char *[]) { "pazo", NULL }, 0),
                             NULL);
  wait_until ((window = gtk_application_get_active_window (GTK_APPLICATION (app))) != NULL);
  detail = RCC_TREATMENT_DETAIL (find_widget (GTK_WIDGET (window), RCC_TYPE_TREATMENT_DETAIL));
  wait_until (rcc_treatment_detail_get_treatment (detail) != NULL &&
              g_str_equal (rcc_treatment_get_id (rcc_treatment_detail_get_treatment (detail)), "pazopanib"));

  /* "Search in the app": the terms in the search entry */
  launched = call_provider ("LaunchSearch",
                            g_variant_new ("(^asu)", (const char *[]) { "first", "line", NULL }, 0),
                            NULL);
  entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);
  wait_until (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (entry)), "first line"));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  rcc_test_ui_setup ();
  g_assert_true (rcc_application_load_content (app, NULL, NULL));

  g_test_add_func ("/search-provider/match", test_match);
  g_test_add_func ("/search-provider/over-dbus", test_over_dbus);

  status = g_test_run ();
  rcc_test_ui_teardown ();
  return status;
}
