/* rcc-import-store.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-import-store.h"

/* Imported trials, kept in the user's data folder:
 *
 *   $XDG_DATA_HOME/rcc-guide/imported/NCT01234567.json   (or .xml)
 *
 * one file per trial, holding the registry record itself, byte for byte
 * as it was imported (a study taken from a {"studies": [...]} list is
 * kept as that study's JSON alone).  Loading re-imports each record, so
 * a stored trial is exactly what importing its record gives, warnings
 * included, and a newer importer reads old records afresh.
 *
 * Files are written atomically (a temporary file renamed over the old
 * one).  A file that no longer imports, or holds another trial than its
 * name says, is moved aside to FILE.corrupt-DATE, never deleted, and
 * the caller is told.  The bundled content is never touched: the store
 * only hands out trials for a catalog to add. */

typedef struct
{
  RccCtgovImport *import;   /* of this one trial */
  GFile          *file;
} Entry;

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->import);
  g_clear_object (&entry->file);
  g_free (entry);
}

struct _RccImportStore
{
  GObject     parent_instance;

  GFile      *folder;
  GListStore *trials;     /* RccTrial, by id */
  GHashTable *entries;    /* NCT id -> Entry */
};

G_DEFINE_FINAL_TYPE (RccImportStore, rcc_import_store, G_TYPE_OBJECT)

static void
rcc_import_store_finalize (GObject *object)
{
  RccImportStore *self = (RccImportStore *)object;

  g_clear_object (&self->folder);
  g_clear_object (&self->trials);
  g_clear_pointer (&self->entries, g_hash_table_unref);

  G_OBJECT_CLASS (rcc_import_store_parent_class)->finalize (object);
}

static void
rcc_import_store_class_init (RccImportStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_import_store_finalize;
}

static void
rcc_import_store_init (RccImportStore *self)
{
  self->trials = g_list_store_new (RCC_TYPE_TRIAL);
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify)entry_free);
}

/**
 * rcc_import_store_new:
 * @folder: the folder the records are kept in; created when first needed
 */
RccImportStore *
rcc_import_store_new (GFile *folder)
{
  RccImportStore *self;

  g_return_val_if_fail (G_IS_FILE (folder), NULL);

  self = g_object_new (RCC_TYPE_IMPORT_STORE, NULL);
  self->folder = g_object_ref (folder);
  return self;
}

/**
 * rcc_import_store_default_path:
 *
 * Returns: (transfer full): $XDG_DATA_HOME/rcc-guide/imported
 */
char *
rcc_import_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "rcc-guide", "imported", NULL);
}

/**
 * rcc_import_store_get_folder:
 *
 * Returns: (transfer none): the store's folder
 */
GFile *
rcc_import_store_get_folder (RccImportStore *self)
{
  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), NULL);

  return self->folder;
}

/**
 * rcc_import_store_get_trials:
 *
 * Returns: (transfer none): a #GListModel of the stored #RccTrial, by id
 */
GListModel *
rcc_import_store_get_trials (RccImportStore *self)
{
  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), NULL);

  return G_LIST_MODEL (self->trials);
}

static int
compare_trials (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  return g_strcmp0 (rcc_trial_get_id ((RccTrial *)a), rcc_trial_get_id ((RccTrial *)b));
}

static RccTrial *
entry_trial (Entry *entry)
{
  return g_list_model_get_item (rcc_ctgov_import_get_trials (entry->import), 0);
}

/* Puts @entry in, replacing one of the same id. */
static void
adopt (RccImportStore *self,
       const char     *nct_id,
       Entry          *entry)
{
  g_autoptr(RccTrial) trial = entry_trial (entry);
  Entry *old = g_hash_table_lookup (self->entries, nct_id);
  guint position;

  if (old != NULL)
    {
      g_autoptr(RccTrial) old_trial = entry_trial (old);

      if (g_list_store_find (self->trials, old_trial, &position))
        g_list_store_remove (self->trials, position);
    }

  g_hash_table_replace (self->entries, g_strdup (nct_id), entry);
  g_list_store_insert_sorted (self->trials, trial, compare_trials, NULL);
}

static const char *
extension_of (RccCtgovFormat format)
{
  return format == RCC_CTGOV_FORMAT_LEGACY_XML ? ".xml" : ".json";
}

/* "NCT01234567.json" -> "NCT01234567"; NULL for any other name. */
static char *
nct_id_of_name (const char *name)
{
  const char *dot = strrchr (name, '.');

  if (dot == NULL || (strcmp (dot, ".json") != 0 && strcmp (dot, ".xml") != 0))
    return NULL;
  if (dot - name != 11 || !g_str_has_prefix (name, "NCT"))
    return NULL;
  for (const char *p = name + 3; p < dot; p++)
    if (!g_ascii_isdigit (*p))
      return NULL;

  return g_strndup (name, dot - name);
}

static GFile *
move_aside (GFile   *file,
            GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *aside_path = g_strdup_printf ("%s.corrupt-%s", g_file_peek_path (file), stamp);
  g_autoptr(GFile) aside = g_file_new_for_path (aside_path);

  if (!g_file_move (file, aside, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
    return NULL;

  return g_steal_pointer (&aside);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **)a, *(const char **)b);
}

/**
 * rcc_import_store_load:
 * @set_aside: (out) (optional) (transfer full): a #GPtrArray of the
 *   #GFile unreadable records were moved to; empty when none
 *
 * Reads the folder afresh.  A missing folder is an empty store.  A
 * record that no longer imports, or holds another trial than its file
 * name says, is moved aside (to FILE.corrupt-DATE) so that nothing in it
 * is lost; the others are loaded all the same, and @error says, one line
 * each, what was wrong and where each went.
 *
 * Returns: %FALSE if any record could not be read
 */
gboolean
rcc_import_store_load (RccImportStore  *self,
                       GPtrArray      **set_aside,
                       GError         **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) aside_files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) problems = g_string_new (NULL);
  int first_code = -1;

  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), FALSE);

  if (set_aside != NULL)
    *set_aside = NULL;

  g_list_store_remove_all (self->trials);
  g_hash_table_remove_all (self->entries);

  enumerator = g_file_enumerate_children (self->folder,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, &local_error);
  if (enumerator == NULL)
    {
      g_autofree char *folder_name = g_file_get_parse_name (self->folder);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        {
          if (set_aside != NULL)
            *set_aside = g_steal_pointer (&aside_files);
          return TRUE;
        }

      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO,
                   "%s: %s", folder_name, local_error->message);
      return FALSE;
    }

  for (;;)
    {
      GFileInfo *info = NULL;

      if (!g_file_enumerator_iterate (enumerator, &info, NULL, NULL, &local_error))
        {
          g_autofree char *folder_name = g_file_get_parse_name (self->folder);

          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO,
                       "%s: %s", folder_name, local_error->message);
          return FALSE;
        }
      if (info == NULL)
        break;

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
    }

  /* In name order, so that what loads never depends on the file system. */
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *nct_id = nct_id_of_name (name);
      g_autoptr(GFile) file = NULL;
      g_autoptr(RccCtgovImport) import = NULL;
      g_autoptr(GError) import_error = NULL;
      g_autofree char *problem = NULL;
      g_autofree char *path = NULL;
      int code = RCC_CONTENT_ERROR_INVALID;

      /* Temporary files, things set aside: not records. */
      if (nct_id == NULL)
        continue;

      file = g_file_get_child (self->folder, name);
      path = g_file_get_parse_name (file);
      import = rcc_ctgov_import_file (file, path, &import_error);

      if (import == NULL)
        {
          problem = g_strdup (import_error->message);
          code = import_error->code;
        }
      else if (g_list_model_get_n_items (rcc_ctgov_import_get_trials (import)) != 1)
        problem = g_strdup_printf (_("%s: holds more than one trial"), path);
      else if (g_hash_table_contains (self->entries, nct_id))
        problem = g_strdup_printf (_("%s: %s is stored twice"), path, nct_id);
      else
        {
          g_autoptr(RccTrial) trial = g_list_model_get_item (rcc_ctgov_import_get_trials (import), 0);

          if (g_strcmp0 (rcc_trial_get_id (trial), nct_id) != 0)
            problem = g_strdup_printf (_("%s: holds %s, not %s"), path, rcc_trial_get_id (trial), nct_id);
        }

      if (problem == NULL)
        {
          Entry *entry = g_new0 (Entry, 1);

          entry->import = g_steal_pointer (&import);
          entry->file = g_steal_pointer (&file);
          adopt (self, nct_id, entry);
          continue;
        }

      {
        g_autoptr(GError) move_error = NULL;
        g_autoptr(GFile) aside = move_aside (file, &move_error);

        if (problems->len > 0)
          g_string_append_c (problems, '\n');
        if (aside == NULL)
          g_string_append_printf (problems, _("%s The file was left in place: %s"),
                                  problem, move_error->message);
        else
          {
            g_autofree char *aside_name = g_file_get_parse_name (aside);

            g_string_append_printf (problems, _("%s It was kept as %s."), problem, aside_name);
            g_ptr_array_add (aside_files, g_steal_pointer (&aside));
          }
        if (first_code < 0)
          first_code = code;
      }
    }

  if (set_aside != NULL)
    *set_aside = g_steal_pointer (&aside_files);

  if (problems->len > 0)
    {
      g_set_error_literal (error, RCC_CONTENT_ERROR, first_code, problems->str);
      return FALSE;
    }

  return TRUE;
}

typedef struct
{
  GFile  *file;
  GBytes *previous;   /* NULL: there was no file */
} Written;

static void
written_free (Written *w)
{
  g_clear_object (&w->file);
  g_clear_pointer (&w->previous, g_bytes_unref);
  g_free (w);
}

/* Puts back what was there before a failed add. */
static void
roll_back (GPtrArray *written)
{
  for (guint i = 0; i < written->len; i++)
    {
      Written *w = g_ptr_array_index (written, i);

      if (w->previous != NULL)
        g_file_replace_contents (w->file, g_bytes_get_data (w->previous, NULL),
                                 g_bytes_get_size (w->previous), NULL, FALSE,
                                 G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                 NULL, NULL, NULL);
      else
        g_file_delete (w->file, NULL, NULL);
    }
}

/**
 * rcc_import_store_keep:
 * @import: what rcc_ctgov_import_bytes() read from a record
 *
 * Keeps the records of @import: one file per trial, replacing a trial
 * of the same NCT id (a re-import).  Nothing is written, and the store
 * is unchanged, unless every file is written.
 *
 * Returns: %FALSE with @error if nothing was kept
 */
gboolean
rcc_import_store_keep (RccImportStore  *self,
                       RccCtgovImport  *import,
                       GError         **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func ((GDestroyNotify)written_free);
  g_autoptr(GError) local_error = NULL;
  GListModel *trials;
  const char *ext;
  guint n;

  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), FALSE);
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (import), FALSE);

  if (!g_file_make_directory_with_parents (self->folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_autofree char *folder_name = g_file_get_parse_name (self->folder);

      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO,
                   "%s: %s", folder_name, local_error->message);
      return FALSE;
    }
  g_clear_error (&local_error);

  trials = rcc_ctgov_import_get_trials (import);
  n = g_list_model_get_n_items (trials);
  ext = extension_of (rcc_ctgov_import_get_format (import));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      g_autofree char *name = g_strconcat (rcc_trial_get_id (trial), ext, NULL);
      GBytes *bytes = rcc_ctgov_import_get_record (import, i);
      Written *w = g_new0 (Written, 1);

      w->file = g_file_get_child (self->folder, name);
      w->previous = g_file_load_bytes (w->file, NULL, NULL, NULL);
      g_ptr_array_add (written, w);

      if (!g_file_replace_contents (w->file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                    NULL, FALSE,
                                    G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                    NULL, NULL, &local_error))
        {
          g_autofree char *path = g_file_get_parse_name (w->file);

          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO,
                       "%s: %s", path, local_error->message);
          /* This one was not written: nothing of it to put back. */
          g_ptr_array_remove_index (written, written->len - 1);
          roll_back (written);
          return FALSE;
        }
    }

  /* All written: drop a copy kept in the other format, then take them in. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      const char *id = rcc_trial_get_id (trial);
      const char *other_ext = g_str_equal (ext, ".json") ? ".xml" : ".json";
      g_autofree char *other_name = g_strconcat (id, other_ext, NULL);
      g_autoptr(GFile) other = g_file_get_child (self->folder, other_name);
      Written *w = g_ptr_array_index (written, i);
      Entry *entry = g_new0 (Entry, 1);

      g_file_delete (other, NULL, NULL);

      entry->file = g_object_ref (w->file);
      if (n == 1)
        entry->import = g_object_ref (import);
      else
        {
          g_autofree char *path = g_file_get_parse_name (w->file);

          /* The study alone, as loading will read it. */
          entry->import = rcc_ctgov_import_bytes (rcc_ctgov_import_get_record (import, i), path, NULL);
        }

      if (entry->import == NULL)
        {
          g_critical ("%s: a stored study no longer imports alone", id);
          entry_free (entry);
          continue;
        }
      adopt (self, id, entry);
    }

  return TRUE;
}

/**
 * rcc_import_store_add:
 * @record: a ClinicalTrials.gov record, as rcc_ctgov_import_bytes() reads
 * @display_name: how errors name it
 *
 * Imports @record and keeps it, as rcc_import_store_keep().
 *
 * Returns: (transfer full) (nullable): the import, for its warnings,
 *   or %NULL with @error
 */
RccCtgovImport *
rcc_import_store_add (RccImportStore  *self,
                      GBytes          *record,
                      const char      *display_name,
                      GError         **error)
{
  g_autoptr(RccCtgovImport) import = NULL;

  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  import = rcc_ctgov_import_bytes (record, display_name, error);
  if (import == NULL || !rcc_import_store_keep (self, import, error))
    return NULL;

  return g_steal_pointer (&import);
}

/**
 * rcc_import_store_add_file:
 *
 * Returns: (transfer full) (nullable): as rcc_import_store_add()
 */
RccCtgovImport *
rcc_import_store_add_file (RccImportStore  *self,
                           GFile           *file,
                           GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  bytes = rcc_ctgov_load_record (file, name, error);
  if (bytes == NULL)
    return NULL;

  return rcc_import_store_add (self, bytes, name, error);
}

/**
 * rcc_import_store_remove:
 *
 * Deletes the stored record of @nct_id.
 *
 * Returns: %FALSE, changing nothing, if the file could not be deleted
 */
gboolean
rcc_import_store_remove (RccImportStore  *self,
                         const char      *nct_id,
                         GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(RccTrial) trial = NULL;
  Entry *entry;
  guint position;

  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), FALSE);
  g_return_val_if_fail (nct_id != NULL, FALSE);

  entry = g_hash_table_lookup (self->entries, nct_id);
  if (entry == NULL)
    return TRUE;

  if (!g_file_delete (entry->file, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *path = g_file_get_parse_name (entry->file);

      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO, "%s: %s", path, local_error->message);
      return FALSE;
    }

  trial = entry_trial (entry);
  if (g_list_store_find (self->trials, trial, &position))
    g_list_store_remove (self->trials, position);
  g_hash_table_remove (self->entries, nct_id);

  return TRUE;
}

/**
 * rcc_import_store_lookup:
 *
 * Returns: (transfer none) (nullable): the stored trial @nct_id
 */
RccTrial *
rcc_import_store_lookup (RccImportStore *self,
                         const char     *nct_id)
{
  Entry *entry;
  g_autoptr(RccTrial) trial = NULL;

  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), NULL);

  entry = nct_id != NULL ? g_hash_table_lookup (self->entries, nct_id) : NULL;
  if (entry == NULL)
    return NULL;

  /* The import keeps its own reference, so (transfer none) is safe. */
  trial = entry_trial (entry);
  return trial;
}

/**
 * rcc_import_store_get_import:
 *
 * Returns: (transfer none) (nullable): the import of the stored trial
 *   @nct_id, with its warnings
 */
RccCtgovImport *
rcc_import_store_get_import (RccImportStore *self,
                             const char     *nct_id)
{
  Entry *entry;

  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), NULL);

  entry = nct_id != NULL ? g_hash_table_lookup (self->entries, nct_id) : NULL;
  return entry != NULL ? entry->import : NULL;
}

/**
 * rcc_import_store_get_file:
 *
 * Returns: (transfer none) (nullable): the file the record of @nct_id
 *   is kept in
 */
GFile *
rcc_import_store_get_file (RccImportStore *self,
                           const char     *nct_id)
{
  Entry *entry;

  g_return_val_if_fail (RCC_IS_IMPORT_STORE (self), NULL);

  entry = nct_id != NULL ? g_hash_table_lookup (self->entries, nct_id) : NULL;
  return entry != NULL ? entry->file : NULL;
}
