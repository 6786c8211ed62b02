/* rcc-library.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-library.h"

#include "content/rcc-xml-loader.h"

/* What the guide shows and keeps: the catalog (the reviewed content,
 * with the trials the user imported from ClinicalTrials.gov added), the
 * store of those imported records, the saved comparisons, why the
 * content could not be loaded, and the rules for importing.  The window
 * and the command line use the same object, so the same record is
 * refused or accepted by both.
 *
 * The rules:
 *  - a record whose trial the reviewed content has already is refused:
 *    its NCT number is the id of a reviewed trial, or a reviewed trial
 *    carries it as its nct-id.  Only data are compared, never prose:
 *    a trial's design text may name other trials' numbers;
 *  - a library with an import store (the window's) keeps each record
 *    there and shows its trials; importing a trial again replaces the
 *    earlier import with the newer record.  A library without one (the
 *    command line's) adds the trials for this run only, and takes each
 *    trial once;
 *  - the reviewed content is never changed: a stored trial that the
 *    content has now is not shown, and stays stored until removed.
 *
 * Nothing here needs GTK: the catalog's lists say what changed
 * (items-changed), and load-error and import-error are properties. */

struct _RccLibrary
{
  GObject             parent_instance;

  RccCatalog         *catalog;       /* replaced in place on each load */
  GError             *load_error;    /* why the last load failed, if it did */

  RccImportStore     *imports;       /* NULL: imports last for this run */
  GError             *import_error;  /* stored records that could not be read */
  gboolean            imports_loaded;

  RccComparisonStore *comparisons;   /* NULL: nothing is saved */

  GThread            *preload;       /* reading content ahead, see rcc_library_preload() */
};

/* What the preload thread read, and from where; the thread owns it
 * until it is joined. */
typedef struct
{
  GFile      *file;      /* NULL: the bundled content */
  RccCatalog *catalog;
  GError     *error;
} Preload;

static void
preload_free (Preload *preload)
{
  g_clear_object (&preload->file);
  g_clear_object (&preload->catalog);
  g_clear_error (&preload->error);
  g_free (preload);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Preload, preload_free)

static RccCatalog *
read_content (GFile   *file,
              GError **error)
{
  if (file != NULL)
    return rcc_xml_loader_load_file (file, error);
  return rcc_xml_loader_load_bundled (error);
}

static gpointer
preload_thread (gpointer data)
{
  Preload *preload = data;

  preload->catalog = read_content (preload->file, &preload->error);
  return preload;
}

G_DEFINE_FINAL_TYPE (RccLibrary, rcc_library, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_COMPARISON_STORE,
  PROP_IMPORT_ERROR,
  PROP_IMPORT_STORE,
  PROP_LOAD_ERROR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_library_finalize (GObject *object)
{
  RccLibrary *self = (RccLibrary *)object;

  if (self->preload != NULL)
    preload_free (g_thread_join (g_steal_pointer (&self->preload)));
  g_clear_object (&self->catalog);
  g_clear_error (&self->load_error);
  g_clear_object (&self->imports);
  g_clear_error (&self->import_error);
  g_clear_object (&self->comparisons);

  G_OBJECT_CLASS (rcc_library_parent_class)->finalize (object);
}

static void
rcc_library_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RccLibrary *self = RCC_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_COMPARISON_STORE:
      g_value_set_object (value, self->comparisons);
      break;

    case PROP_IMPORT_ERROR:
      g_value_set_boxed (value, self->import_error);
      break;

    case PROP_IMPORT_STORE:
      g_value_set_object (value, self->imports);
      break;

    case PROP_LOAD_ERROR:
      g_value_set_boxed (value, self->load_error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_library_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  RccLibrary *self = RCC_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_COMPARISON_STORE:
      self->comparisons = g_value_dup_object (value);
      break;

    case PROP_IMPORT_STORE:
      self->imports = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_library_class_init (RccLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_library_finalize;
  object_class->get_property = rcc_library_get_property;
  object_class->set_property = rcc_library_set_property;

  /* The same object for the library's life; its content is replaced */
  properties [PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         RCC_TYPE_CATALOG,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_COMPARISON_STORE] =
    g_param_spec_object ("comparison-store", NULL, NULL,
                         RCC_TYPE_COMPARISON_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* Stored records that could not be read, each moved aside */
  properties [PROP_IMPORT_ERROR] =
    g_param_spec_boxed ("import-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  properties [PROP_IMPORT_STORE] =
    g_param_spec_object ("import-store", NULL, NULL,
                         RCC_TYPE_IMPORT_STORE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* Why the last load failed; the catalog then holds what it held */
  properties [PROP_LOAD_ERROR] =
    g_param_spec_boxed ("load-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READABLE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_library_init (RccLibrary *self)
{
  self->catalog = rcc_catalog_new ();
}

/**
 * rcc_library_new:
 * @imports: (nullable): where imported records are kept, or %NULL to
 *   add imported trials for this run only
 * @comparisons: (nullable): where comparisons are saved
 *
 * An empty library: rcc_library_load() fills it.
 */
RccLibrary *
rcc_library_new (RccImportStore     *imports,
                 RccComparisonStore *comparisons)
{
  g_return_val_if_fail (imports == NULL || RCC_IS_IMPORT_STORE (imports), NULL);
  g_return_val_if_fail (comparisons == NULL || RCC_IS_COMPARISON_STORE (comparisons), NULL);

  return g_object_new (RCC_TYPE_LIBRARY,
                       "import-store", imports,
                       "comparison-store", comparisons,
                       NULL);
}

/**
 * rcc_library_new_for_user:
 *
 * The window's library: imported trials kept in
 * $XDG_DATA_HOME/rcc-guide/imported and comparisons saved in
 * $XDG_DATA_HOME/rcc-guide/comparisons.json.  Nothing is read before
 * rcc_library_load().
 */
RccLibrary *
rcc_library_new_for_user (void)
{
  g_autofree char *imports_path = rcc_import_store_default_path ();
  g_autofree char *comparisons_path = rcc_comparison_store_default_path ();
  g_autoptr(GFile) imports_folder = g_file_new_for_path (imports_path);
  g_autoptr(GFile) comparisons_file = g_file_new_for_path (comparisons_path);
  g_autoptr(RccImportStore) imports = rcc_import_store_new (imports_folder);
  g_autoptr(RccComparisonStore) comparisons = rcc_comparison_store_new (comparisons_file);

  return rcc_library_new (imports, comparisons);
}

/**
 * rcc_library_get_catalog:
 *
 * Returns: (transfer none): the catalog the views show; empty while
 *   no content could be loaded
 */
RccCatalog *
rcc_library_get_catalog (RccLibrary *self)
{
  g_return_val_if_fail (RCC_IS_LIBRARY (self), NULL);

  return self->catalog;
}

/**
 * rcc_library_get_import_store:
 *
 * Returns: (transfer none) (nullable): where imported records are kept
 */
RccImportStore *
rcc_library_get_import_store (RccLibrary *self)
{
  g_return_val_if_fail (RCC_IS_LIBRARY (self), NULL);

  return self->imports;
}

/**
 * rcc_library_get_comparison_store:
 *
 * Returns: (transfer none) (nullable): where comparisons are saved; read
 *   by whoever first shows them
 */
RccComparisonStore *
rcc_library_get_comparison_store (RccLibrary *self)
{
  g_return_val_if_fail (RCC_IS_LIBRARY (self), NULL);

  return self->comparisons;
}

/**
 * rcc_library_get_load_error:
 *
 * Returns: (nullable): why the content could not be loaded
 */
const GError *
rcc_library_get_load_error (RccLibrary *self)
{
  g_return_val_if_fail (RCC_IS_LIBRARY (self), NULL);

  return self->load_error;
}

/**
 * rcc_library_get_import_error:
 *
 * Returns: (nullable): why some of the stored imported trials could not
 *   be shown (each unreadable file was moved aside, and the message
 *   says where), or %NULL
 */
const GError *
rcc_library_get_import_error (RccLibrary *self)
{
  g_return_val_if_fail (RCC_IS_LIBRARY (self), NULL);

  return self->import_error;
}

static void
set_error (RccLibrary    *self,
           GError       **field,
           const GError  *error,
           GParamSpec    *pspec)
{
  if (*field == NULL && error == NULL)
    return;

  g_clear_error (field);
  if (error != NULL)
    *field = g_error_copy (error);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/**
 * rcc_library_find_reviewed_trial:
 * @nct_id: a ClinicalTrials.gov NCT number
 *
 * The reviewed content's trial registered as @nct_id: the one with
 * @nct_id as its id or as its nct-id.
 *
 * Returns: (transfer none) (nullable): the trial, or %NULL
 */
RccTrial *
rcc_library_find_reviewed_trial (RccLibrary *self,
                                 const char *nct_id)
{
  GListModel *trials;
  RccTrial *trial;

  g_return_val_if_fail (RCC_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (nct_id != NULL, NULL);

  trial = rcc_catalog_lookup_trial (self->catalog, nct_id);
  if (trial != NULL && !rcc_trial_get_imported (trial))
    return trial;

  trials = rcc_catalog_get_trials (self->catalog);
  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) item = g_list_model_get_item (trials, i);

      /* The catalog holds its own reference: @item outlives this loop */
      if (!rcc_trial_get_imported (item) &&
          g_strcmp0 (rcc_trial_get_nct_id (item), nct_id) == 0)
        return item;
    }

  return NULL;
}

/* An imported trial's NCT number: its nct-id, which is also its id */
static const char *
nct_id_of (RccTrial *trial)
{
  const char *nct_id = rcc_trial_get_nct_id (trial);

  return nct_id != NULL ? nct_id : rcc_trial_get_id (trial);
}

/* The stored imported trials join freshly loaded content; the store is
 * read once, when content is first loaded. */
static void
add_stored_imports (RccLibrary *self)
{
  GListModel *trials;

  if (self->imports == NULL)
    return;

  if (!self->imports_loaded)
    {
      g_autoptr(GError) error = NULL;

      self->imports_loaded = TRUE;
      rcc_import_store_load (self->imports, NULL, &error);
      set_error (self, &self->import_error, error, properties [PROP_IMPORT_ERROR]);
    }

  trials = rcc_import_store_get_trials (self->imports);
  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);

      /* The reviewed content comes first: a trial it has now is shown
       * from it, and the imported copy stays stored until removed. */
      if (rcc_library_find_reviewed_trial (self, nct_id_of (trial)) != NULL ||
          !rcc_catalog_add_trial (self->catalog, trial))
        g_debug ("%s is in the content; its imported record is not shown",
                 rcc_trial_get_id (trial));
    }
}

/**
 * rcc_library_preload:
 * @file: (nullable): a content file, or %NULL for the bundled content
 *
 * Starts reading @file in a thread of its own, so that the next
 * rcc_library_load() of the same file takes what it read, waiting for
 * it if need be, instead of reading it then.  The application starts it
 * before GTK and libadwaita start, which takes about as long, on the
 * other core.  Nothing in the library changes until rcc_library_load().
 */
void
rcc_library_preload (RccLibrary *self,
                     GFile      *file)
{
  Preload *preload;

  g_return_if_fail (RCC_IS_LIBRARY (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));
  g_return_if_fail (self->preload == NULL);

  preload = g_new0 (Preload, 1);
  preload->file = file != NULL ? g_object_ref (file) : NULL;
  self->preload = g_thread_new ("rcc-preload", preload_thread, preload);
}

/* What the preload thread read of @file, if it read @file, or NULL */
static Preload *
take_preload (RccLibrary *self,
              GFile      *file)
{
  g_autoptr(Preload) preload = NULL;

  if (self->preload == NULL)
    return NULL;

  preload = g_thread_join (g_steal_pointer (&self->preload));
  if (preload->file == NULL ? file != NULL : file == NULL || !g_file_equal (preload->file, file))
    return NULL;
  return g_steal_pointer (&preload);
}

/**
 * rcc_library_load:
 * @file: (nullable): a content file, or %NULL for the bundled content
 *
 * Loads content and, only if it is complete and valid, puts it in the
 * catalog, with the stored imported trials (read from the import store
 * the first time); otherwise the catalog stays as it was and the error
 * is kept as #RccLibrary:load-error.
 *
 * Returns: %FALSE with @error if the content could not be loaded
 */
gboolean
rcc_library_load (RccLibrary  *self,
                  GFile       *file,
                  GError     **error)
{
  g_autoptr(RccCatalog) loaded = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(Preload) preload = NULL;

  g_return_val_if_fail (RCC_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), FALSE);

  preload = take_preload (self, file);
  if (preload != NULL)
    {
      loaded = g_steal_pointer (&preload->catalog);
      local_error = g_steal_pointer (&preload->error);
    }
  else
    loaded = read_content (file, &local_error);

  set_error (self, &self->load_error, local_error, properties [PROP_LOAD_ERROR]);

  if (loaded == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  rcc_catalog_replace (self->catalog, loaded);
  add_stored_imports (self);
  return TRUE;
}

/**
 * rcc_library_check_import:
 *
 * Whether the trials of @import can join the catalog: one that the
 * reviewed content has already (see rcc_library_find_reviewed_trial())
 * cannot, as the content is never changed.
 *
 * Returns: %FALSE with @error naming the reviewed trial if it cannot
 */
gboolean
rcc_library_check_import (RccLibrary      *self,
                          RccCtgovImport  *import,
                          GError         **error)
{
  GListModel *trials;

  g_return_val_if_fail (RCC_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (import), FALSE);

  trials = rcc_ctgov_import_get_trials (import);
  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      RccTrial *existing = rcc_library_find_reviewed_trial (self, nct_id_of (trial));

      if (existing != NULL)
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       /* Translators: %s is a trial's NCT number, %s its name */
                       _("%s is already in the guide’s reviewed content, as %s"),
                       rcc_trial_get_id (trial), rcc_trial_get_name (existing));
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * rcc_library_add_import:
 * @import: what rcc_ctgov_import_bytes() read from a record
 *
 * Puts the trials of @import in the catalog, once
 * rcc_library_check_import() allows it.  With an import store, the
 * record is kept there first and replaces any imported before with the
 * same NCT number; without one, the trials are added for this run only
 * and an id the catalog has already is refused.  Nothing changes unless
 * all of it can be done.
 *
 * Returns: %FALSE with @error if nothing was added
 */
gboolean
rcc_library_add_import (RccLibrary      *self,
                        RccCtgovImport  *import,
                        GError         **error)
{
  GListModel *trials;

  g_return_val_if_fail (RCC_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (import), FALSE);

  if (!rcc_library_check_import (self, import, error))
    return FALSE;

  if (self->imports == NULL)
    return rcc_ctgov_import_add_to_catalog (import, self->catalog, error);

  if (!rcc_import_store_keep (self->imports, import, error))
    return FALSE;

  /* The store's own trial objects, so that each id has one trial */
  trials = rcc_ctgov_import_get_trials (import);
  for (guint i = 0; i < g_list_model_get_n_items (trials); i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);
      RccTrial *stored = rcc_import_store_lookup (self->imports, rcc_trial_get_id (trial));

      rcc_catalog_remove_trial (self->catalog, rcc_trial_get_id (trial));
      if (stored != NULL)
        rcc_catalog_add_trial (self->catalog, stored);
    }

  return TRUE;
}

/**
 * rcc_library_remove_import:
 * @id: an imported trial's NCT number
 *
 * Deletes the stored record of @id, if there is a store, and takes its
 * trial out of the catalog.
 *
 * Returns: %FALSE, changing nothing, if the record could not be deleted
 */
gboolean
rcc_library_remove_import (RccLibrary  *self,
                           const char  *id,
                           GError     **error)
{
  RccTrial *trial;

  g_return_val_if_fail (RCC_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  trial = rcc_catalog_lookup_trial (self->catalog, id);
  g_return_val_if_fail (trial == NULL || rcc_trial_get_imported (trial), FALSE);

  if (self->imports != NULL && !rcc_import_store_remove (self->imports, id, error))
    return FALSE;

  rcc_catalog_remove_trial (self->catalog, id);
  return TRUE;
}

/* In a thread: reading and parsing a large record takes a while */
static void
read_import_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  RccCtgovImport *import;

  import = rcc_ctgov_import_file (file, NULL, &error);
  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

/**
 * rcc_library_read_import_async:
 * @file: a ClinicalTrials.gov record (API v2 JSON or legacy XML)
 *
 * Reads the record in @file in a thread; the import is checked
 * against the catalog (rcc_library_check_import()) when it is
 * finished.  Nothing is kept or added: see rcc_library_add_import().
 */
void
rcc_library_read_import_async (RccLibrary          *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (RCC_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, rcc_library_read_import_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_import_thread);
}

/**
 * rcc_library_read_import_finish:
 *
 * Returns: (transfer full) (nullable): what the record held, if it was
 *   read and its trials may join the catalog; else %NULL with @error as
 *   `FILE: what is wrong`, or naming the reviewed trial
 */
RccCtgovImport *
rcc_library_read_import_finish (RccLibrary    *self,
                                GAsyncResult  *result,
                                GError       **error)
{
  g_autoptr(RccCtgovImport) import = NULL;

  g_return_val_if_fail (RCC_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  import = g_task_propagate_pointer (G_TASK (result), error);
  if (import == NULL || !rcc_library_check_import (self, import, error))
    return NULL;

  return g_steal_pointer (&import);
}
