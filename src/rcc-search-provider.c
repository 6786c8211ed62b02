/* rcc-search-provider.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rcc-search-provider.h"

#include "rcc-search-match.h"

/* org.gnome.Shell.SearchProvider2 on the application's own D-Bus
 * connection, as GNOME's Calculator, Characters and Clocks serve it:
 * the overview asks for the ids matching what the user types, then for
 * their names and descriptions, and activates the one chosen.  Answers
 * come from the library's catalog with the window's search text (see
 * rcc-search-match.c); activating opens the window at the item through
 * the application's show-trial and show-treatment actions, and "search
 * in the app" through its search action.  Each call holds the
 * application, so a D-Bus-activated service stays up while it answers. */

struct _RccSearchProvider
{
  GObject       parent_instance;

  GApplication *application;    /* weak */
  RccLibrary   *library;

  GDBusConnection *connection;
  guint            registration_id;
};

G_DEFINE_FINAL_TYPE (RccSearchProvider, rcc_search_provider, G_TYPE_OBJECT)

enum {
  PREPARE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static GVariant *
result_metas (RccSearchProvider  *self,
              const char * const *ids)
{
  RccCatalog *catalog = rcc_library_get_catalog (self->library);
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) serialized_icon = g_icon_serialize (icon);
  GVariantBuilder metas;

  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *description = rcc_search_describe (catalog, ids[i], &name);
      GVariantBuilder meta;

      if (description == NULL)
        continue;

      g_variant_builder_init (&meta, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (&meta, "{sv}", "id", g_variant_new_string (ids[i]));
      g_variant_builder_add (&meta, "{sv}", "name", g_variant_new_string (name));
      g_variant_builder_add (&meta, "{sv}", "description", g_variant_new_string (description));
      g_variant_builder_add (&meta, "{sv}", "icon", serialized_icon);
      g_variant_builder_add_value (&metas, g_variant_builder_end (&meta));
    }

  return g_variant_new ("(aa{sv})", &metas);
}

static void
activate_result (RccSearchProvider *self,
                 const char        *id)
{
  const char *action = NULL;
  const char *item = NULL;

  if (g_str_has_prefix (id, RCC_SEARCH_TRIAL_PREFIX))
    {
      action = "show-trial";
      item = id + strlen (RCC_SEARCH_TRIAL_PREFIX);
    }
  else if (g_str_has_prefix (id, RCC_SEARCH_TREATMENT_PREFIX))
    {
      action = "show-treatment";
      item = id + strlen (RCC_SEARCH_TREATMENT_PREFIX);
    }

  /* An id from elsewhere: show-trial says in the window it is unknown */
  if (action == NULL)
    {
      action = "show-trial";
      item = id;
    }

  g_action_group_activate_action (G_ACTION_GROUP (self->application), action,
                                  g_variant_new_string (item));
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  RccSearchProvider *self = user_data;
  RccCatalog *catalog = rcc_library_get_catalog (self->library);
  g_autoptr(GApplication) application = g_object_ref (self->application);

  g_application_hold (application);
  g_signal_emit (self, signals [PREPARE], 0);

  if (g_str_equal (method_name, "GetInitialResultSet"))
    {
      g_autofree const char **terms = NULL;
      g_auto(GStrv) results = NULL;

      g_variant_get (parameters, "(^a&s)", &terms);
      results = rcc_search_match (catalog, terms);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(^as)", results));
    }
  else if (g_str_equal (method_name, "GetSubsearchResultSet"))
    {
      g_autofree const char **previous = NULL;
      g_autofree const char **terms = NULL;
      g_auto(GStrv) results = NULL;

      g_variant_get (parameters, "(^a&s^a&s)", &previous, &terms);
      results = rcc_search_refine (catalog, previous, terms);
      g_dbus_method_invocation_return_value (invocation,
                                             g_variant_new ("(^as)", results));
    }
  else if (g_str_equal (method_name, "GetResultMetas"))
    {
      g_autofree const char **ids = NULL;

      g_variant_get (parameters, "(^a&s)", &ids);
      g_dbus_method_invocation_return_value (invocation, result_metas (self, ids));
    }
  else if (g_str_equal (method_name, "ActivateResult"))
    {
      const char *id = NULL;

      g_variant_get (parameters, "(&sasu)", &id, NULL, NULL);
      activate_result (self, id);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method_name, "LaunchSearch"))
    {
      g_autofree const char **terms = NULL;
      g_autofree char *text = NULL;

      g_variant_get (parameters, "(^a&su)", &terms, NULL);
      text = rcc_search_terms_text (terms);
      g_action_group_activate_action (G_ACTION_GROUP (self->application), "search",
                                      g_variant_new_string (text));
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR,
                                           G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "No method %s", method_name);

  g_application_release (application);
}

static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { 0 } };

static void
rcc_search_provider_dispose (GObject *object)
{
  RccSearchProvider *self = (RccSearchProvider *)object;

  rcc_search_provider_unregister (self);
  g_clear_weak_pointer (&self->application);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (rcc_search_provider_parent_class)->dispose (object);
}

static void
rcc_search_provider_class_init (RccSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rcc_search_provider_dispose;

  /**
   * RccSearchProvider::prepare:
   *
   * Emitted before each answer, for the application to load the
   * library's content if no window has yet.
   */
  signals [PREPARE] = g_signal_new ("prepare", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
}

static void
rcc_search_provider_init (RccSearchProvider *self)
{
}

RccSearchProvider *
rcc_search_provider_new (GApplication *application,
                         RccLibrary   *library)
{
  RccSearchProvider *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (RCC_IS_LIBRARY (library), NULL);

  self = g_object_new (RCC_TYPE_SEARCH_PROVIDER, NULL);
  g_set_weak_pointer (&self->application, application);
  self->library = g_object_ref (library);

  return self;
}

gboolean
rcc_search_provider_register (RccSearchProvider  *self,
                              GDBusConnection    *connection,
                              const char         *object_path,
                              GError            **error)
{
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (RCC_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  info = g_dbus_node_info_new_for_xml (introspection_xml, error);
  if (info == NULL)
    return FALSE;

  self->registration_id = g_dbus_connection_register_object (connection, object_path,
                                                             info->interfaces[0], &vtable,
                                                             self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);
  return TRUE;
}

void
rcc_search_provider_unregister (RccSearchProvider *self)
{
  g_return_if_fail (RCC_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}
