/* rcc-comparison-store.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "rcc-comparison-store.h"
#include "rcc-comparison-store-private.h"
#include "rcc-content-error.h"

/* Saved comparisons: a name and the trial ids, in order, kept in one JSON
 * file in the user's data folder:
 *
 *   {"version": 1, "comparisons": [{"name", "trial_ids": [...], "saved",
 *                                   "endpoint"}]}
 *
 * "endpoint" ("primary", "pfs", "os" or "dfs") is what the comparison
 * was drawn for; files saved before it existed load as "primary".
 *
 * Every change rewrites the file atomically (a temporary file renamed
 * over it), so a crash leaves the old file or the new one.  A file that
 * cannot be read is moved aside, never overwritten, and the caller is
 * told where it went. */

#define STORE_VERSION 1

struct _RccComparison
{
  GObject    parent_instance;

  char      *name;
  char     **trial_ids;
  GDateTime *saved;
  RccEndpointChoice endpoint;
};

G_DEFINE_FINAL_TYPE (RccComparison, rcc_comparison, G_TYPE_OBJECT)

enum {
  COMPARISON_PROP_0,
  COMPARISON_PROP_NAME,
  COMPARISON_PROP_TRIAL_IDS,
  COMPARISON_N_PROPS
};

static GParamSpec *comparison_properties [COMPARISON_N_PROPS];

static void
rcc_comparison_finalize (GObject *object)
{
  RccComparison *self = (RccComparison *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->trial_ids, g_strfreev);
  g_clear_pointer (&self->saved, g_date_time_unref);

  G_OBJECT_CLASS (rcc_comparison_parent_class)->finalize (object);
}

static void
rcc_comparison_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RccComparison *self = RCC_COMPARISON (object);

  switch (prop_id)
    {
    case COMPARISON_PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case COMPARISON_PROP_TRIAL_IDS:
      g_value_set_boxed (value, self->trial_ids);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_comparison_class_init (RccComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_comparison_finalize;
  object_class->get_property = rcc_comparison_get_property;

  comparison_properties [COMPARISON_PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  comparison_properties [COMPARISON_PROP_TRIAL_IDS] =
    g_param_spec_boxed ("trial-ids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, COMPARISON_N_PROPS, comparison_properties);
}

static void
rcc_comparison_init (RccComparison *self)
{
}

/**
 * rcc_comparison_new:
 * @saved: (nullable): when it was saved; now if %NULL
 */
RccComparison *
rcc_comparison_new (const char         *name,
                    const char * const *trial_ids,
                    GDateTime          *saved)
{
  RccComparison *self;

  g_return_val_if_fail (name != NULL && *name != '\0', NULL);

  self = g_object_new (RCC_TYPE_COMPARISON, NULL);
  self->name = g_strdup (name);
  self->trial_ids = g_strdupv ((char **)trial_ids);
  if (self->trial_ids == NULL)
    self->trial_ids = g_new0 (char *, 1);
  self->saved = saved != NULL ? g_date_time_ref (saved) : g_date_time_new_now_utc ();
  return self;
}

/**
 * rcc_comparison_set_endpoint:
 *
 * What the comparison is drawn for; %RCC_ENDPOINT_CHOICE_PRIMARY unless
 * set.
 */
void
rcc_comparison_set_endpoint (RccComparison     *self,
                             RccEndpointChoice  endpoint)
{
  g_return_if_fail (RCC_IS_COMPARISON (self));

  self->endpoint = endpoint;
}

RccEndpointChoice
rcc_comparison_get_endpoint (RccComparison *self)
{
  g_return_val_if_fail (RCC_IS_COMPARISON (self), RCC_ENDPOINT_CHOICE_PRIMARY);

  return self->endpoint;
}

const char *
rcc_comparison_get_name (RccComparison *self)
{
  g_return_val_if_fail (RCC_IS_COMPARISON (self), NULL);

  return self->name;
}

const char * const *
rcc_comparison_get_trial_ids (RccComparison *self)
{
  g_return_val_if_fail (RCC_IS_COMPARISON (self), NULL);

  return (const char * const *)self->trial_ids;
}

GDateTime *
rcc_comparison_get_saved (RccComparison *self)
{
  g_return_val_if_fail (RCC_IS_COMPARISON (self), NULL);

  return self->saved;
}

/* --------------------------------------------------------------------- */

struct _RccComparisonStore
{
  GObject     parent_instance;

  GFile      *file;
  GListStore *comparisons;
};

G_DEFINE_FINAL_TYPE (RccComparisonStore, rcc_comparison_store, G_TYPE_OBJECT)

static void
rcc_comparison_store_finalize (GObject *object)
{
  RccComparisonStore *self = (RccComparisonStore *)object;

  g_clear_object (&self->file);
  g_clear_object (&self->comparisons);

  G_OBJECT_CLASS (rcc_comparison_store_parent_class)->finalize (object);
}

static void
rcc_comparison_store_class_init (RccComparisonStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_comparison_store_finalize;
}

static void
rcc_comparison_store_init (RccComparisonStore *self)
{
  self->comparisons = g_list_store_new (RCC_TYPE_COMPARISON);
}

RccComparisonStore *
rcc_comparison_store_new (GFile *file)
{
  RccComparisonStore *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (RCC_TYPE_COMPARISON_STORE, NULL);
  self->file = g_object_ref (file);
  return self;
}

/**
 * rcc_comparison_store_default_path:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/rcc-guide/comparisons.json
 */
char *
rcc_comparison_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "rcc-guide", "comparisons.json", NULL);
}

/**
 * rcc_comparison_store_get_file:
 *
 * Returns: (transfer none): the store's file
 */
GFile *
rcc_comparison_store_get_file (RccComparisonStore *self)
{
  g_return_val_if_fail (RCC_IS_COMPARISON_STORE (self), NULL);

  return self->file;
}

/**
 * rcc_comparison_store_get_list:
 *
 * Returns: (transfer none): a #GListModel of #RccComparison, by name
 */
GListModel *
rcc_comparison_store_get_list (RccComparisonStore *self)
{
  g_return_val_if_fail (RCC_IS_COMPARISON_STORE (self), NULL);

  return G_LIST_MODEL (self->comparisons);
}

static gboolean
parse_store (const char  *data,
             gsize        length,
             const char  *name,
             GPtrArray   *out,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonObject *obj;
  JsonArray *list;

  if (!json_parser_load_from_data (parser, data, (gssize)length, &local_error))
    {
      /* json-glib puts "<data>:LINE:COL: " in front; keep only the words. */
      const char *msg = local_error->message;
      const char *words = strstr (msg, ": ");

      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                   _("%s: not valid JSON (%s)"), name, words ? words + 2 : msg);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    goto bad_shape;

  obj = json_node_get_object (root);
  if (json_object_get_int_member_with_default (obj, "version", 0) != STORE_VERSION ||
      !json_object_has_member (obj, "comparisons") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (obj, "comparisons")))
    goto bad_shape;

  list = json_object_get_array_member (obj, "comparisons");
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_autoptr(GDateTime) saved = NULL;
      g_auto(GStrv) ids = NULL;
      RccComparison *comparison;
      JsonObject *item;
      JsonArray *id_list;
      const char *item_name;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        goto bad_shape;
      item = json_node_get_object (node);
      item_name = json_object_get_string_member_with_default (item, "name", NULL);
      if (item_name == NULL || *item_name == '\0' ||
          !json_object_has_member (item, "trial_ids") ||
          !JSON_NODE_HOLDS_ARRAY (json_object_get_member (item, "trial_ids")))
        goto bad_shape;

      id_list = json_object_get_array_member (item, "trial_ids");
      for (guint j = 0; j < json_array_get_length (id_list); j++)
        {
          JsonNode *id = json_array_get_element (id_list, j);

          if (!JSON_NODE_HOLDS_VALUE (id) || json_node_get_value_type (id) != G_TYPE_STRING)
            goto bad_shape;
          g_strv_builder_add (builder, json_node_get_string (id));
        }

      ids = g_strv_builder_end (builder);
      saved = g_date_time_new_from_iso8601 (
        json_object_get_string_member_with_default (item, "saved", ""), NULL);
      comparison = rcc_comparison_new (item_name, (const char * const *)ids, saved);
      g_ptr_array_add (out, comparison);

      /* Saved before comparisons had an endpoint: "primary" */
      if (json_object_has_member (item, "endpoint"))
        {
          JsonNode *value = json_object_get_member (item, "endpoint");
          const char *nick = JSON_NODE_HOLDS_VALUE (value) &&
                             json_node_get_value_type (value) == G_TYPE_STRING
                           ? json_node_get_string (value) : NULL;
          RccEndpointChoice endpoint;

          if (!rcc_endpoint_choice_from_nick (nick, &endpoint))
            {
              g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                           _("%s: saved comparison “%s”: unknown endpoint “%s” (use primary, pfs, os or dfs)"),
                           name, item_name, nick != NULL ? nick : "");
              return FALSE;
            }
          rcc_comparison_set_endpoint (comparison, endpoint);
        }
    }

  return TRUE;

bad_shape:
  g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
               _("%s: not a list of saved comparisons (expected {\"version\": %d, \"comparisons\": [{\"name\", \"trial_ids\"}]})"),
               name, STORE_VERSION);
  return FALSE;
}

/**
 * _rcc_comparison_store_parse:
 *
 * Parses the store's file format; for tests and fuzzing.
 *
 * Returns: (transfer full) (nullable): a #GPtrArray of #RccComparison
 */
GPtrArray *
_rcc_comparison_store_parse (const char  *data,
                             gsize        length,
                             const char  *name,
                             GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_object_unref);

  if (!parse_store (data, length, name, out, error))
    return NULL;

  return g_steal_pointer (&out);
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_utf8_collate (rcc_comparison_get_name ((RccComparison *)a),
                         rcc_comparison_get_name ((RccComparison *)b));
}

/* g_ptr_array_sort() passes pointers to the elements. */
static int
compare_elements_by_name (gconstpointer a,
                          gconstpointer b)
{
  return compare_by_name (*(RccComparison **)a, *(RccComparison **)b, NULL);
}

/**
 * rcc_comparison_store_load:
 * @set_aside: (out) (optional) (nullable): where an unreadable file was
 *   moved to
 *
 * Reads the file.  A missing file is an empty store.  An unreadable one
 * is moved aside (to FILE.corrupt-DATE) so that nothing in it is lost
 * and the next save starts afresh; the store is then empty and @error
 * says what was wrong and where the file went.
 *
 * Returns: %FALSE if the file could not be read
 */
gboolean
rcc_comparison_store_load (RccComparisonStore  *self,
                           GFile              **set_aside,
                           GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (RCC_IS_COMPARISON_STORE (self), FALSE);

  if (set_aside != NULL)
    *set_aside = NULL;

  name = g_file_get_parse_name (self->file);

  if (!g_file_load_contents (self->file, NULL, &data, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          g_list_store_remove_all (self->comparisons);
          return TRUE;
        }

      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO, "%s: %s", name, local_error->message);
      return FALSE;
    }

  if (!parse_store (data, length, name, loaded, &local_error))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
      g_autofree char *aside_path = g_strdup_printf ("%s.corrupt-%s", g_file_peek_path (self->file), stamp);
      g_autoptr(GFile) aside = g_file_new_for_path (aside_path);
      g_autoptr(GError) move_error = NULL;

      g_list_store_remove_all (self->comparisons);

      if (!g_file_move (self->file, aside, G_FILE_COPY_NONE, NULL, NULL, NULL, &move_error))
        {
          g_set_error (error, RCC_CONTENT_ERROR, local_error->code,
                       _("%s The file was left in place: %s"), local_error->message, move_error->message);
          return FALSE;
        }

      g_set_error (error, RCC_CONTENT_ERROR, local_error->code,
                   _("%s It was kept as %s."), local_error->message, aside_path);
      if (set_aside != NULL)
        *set_aside = g_steal_pointer (&aside);
      return FALSE;
    }

  g_ptr_array_sort (loaded, compare_elements_by_name);
  g_list_store_splice (self->comparisons, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->comparisons)),
                       loaded->pdata, loaded->len);
  return TRUE;
}

/**
 * rcc_comparison_store_lookup:
 *
 * Returns: (transfer none) (nullable): the comparison called @name
 */
RccComparison *
rcc_comparison_store_lookup (RccComparisonStore *self,
                             const char         *name)
{
  guint n;

  g_return_val_if_fail (RCC_IS_COMPARISON_STORE (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->comparisons));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccComparison) c = g_list_model_get_item (G_LIST_MODEL (self->comparisons), i);

      if (g_strcmp0 (rcc_comparison_get_name (c), name) == 0)
        return c;
    }

  return NULL;
}

static char *
serialize (GListModel *list)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n = g_list_model_get_n_items (list);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, STORE_VERSION);
  json_builder_set_member_name (builder, "comparisons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccComparison) c = g_list_model_get_item (list, i);
      g_autofree char *saved = g_date_time_format_iso8601 (c->saved);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, c->name);
      json_builder_set_member_name (builder, "trial_ids");
      json_builder_begin_array (builder);
      for (guint j = 0; c->trial_ids[j] != NULL; j++)
        json_builder_add_string_value (builder, c->trial_ids[j]);
      json_builder_end_array (builder);
      json_builder_set_member_name (builder, "saved");
      json_builder_add_string_value (builder, saved);
      json_builder_set_member_name (builder, "endpoint");
      json_builder_add_string_value (builder, rcc_endpoint_choice_to_nick (c->endpoint));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

/* Writes @list to the file, atomically; the in-memory store changes only
 * once the file is safely written. */
static gboolean
write_list (RccComparisonStore  *self,
            GListModel          *list,
            GError             **error)
{
  g_autoptr(GFile) dir = g_file_get_parent (self->file);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *json = serialize (list);

  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return g_file_replace_contents (self->file, json, strlen (json), NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

static GListStore *
copy_list (RccComparisonStore *self)
{
  GListStore *copy = g_list_store_new (RCC_TYPE_COMPARISON);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->comparisons));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccComparison) c = g_list_model_get_item (G_LIST_MODEL (self->comparisons), i);
      g_list_store_append (copy, c);
    }

  return copy;
}

static void
adopt (RccComparisonStore *self,
       GListStore         *list)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (list), i));

  g_list_store_splice (self->comparisons, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->comparisons)),
                       items->pdata, items->len);
}

/**
 * rcc_comparison_store_put:
 *
 * Saves @comparison, replacing one of the same name.
 *
 * Returns: %FALSE, changing nothing, if the file could not be written
 */
gboolean
rcc_comparison_store_put (RccComparisonStore  *self,
                          RccComparison       *comparison,
                          GError             **error)
{
  g_autoptr(GListStore) next = NULL;
  guint position;
  RccComparison *existing;

  g_return_val_if_fail (RCC_IS_COMPARISON_STORE (self), FALSE);
  g_return_val_if_fail (RCC_IS_COMPARISON (comparison), FALSE);

  next = copy_list (self);
  existing = rcc_comparison_store_lookup (self, comparison->name);
  if (existing != NULL && g_list_store_find (next, existing, &position))
    g_list_store_remove (next, position);
  g_list_store_insert_sorted (next, comparison, compare_by_name, NULL);

  if (!write_list (self, G_LIST_MODEL (next), error))
    return FALSE;

  adopt (self, next);
  return TRUE;
}

/**
 * rcc_comparison_store_remove:
 *
 * Returns: %FALSE, changing nothing, if the file could not be written
 */
gboolean
rcc_comparison_store_remove (RccComparisonStore  *self,
                             const char          *name,
                             GError             **error)
{
  g_autoptr(GListStore) next = NULL;
  RccComparison *existing;
  guint position;

  g_return_val_if_fail (RCC_IS_COMPARISON_STORE (self), FALSE);

  existing = rcc_comparison_store_lookup (self, name);
  if (existing == NULL)
    return TRUE;

  next = copy_list (self);
  if (g_list_store_find (next, existing, &position))
    g_list_store_remove (next, position);

  if (!write_list (self, G_LIST_MODEL (next), error))
    return FALSE;

  adopt (self, next);
  return TRUE;
}
