/* rcc-catalog.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-catalog.h"
#include "rcc-model-private.h"

/* The whole content: treatments, trials and references as list models
 * (in content order), with look-up by id and the content's provenance.
 *
 * Readers build a fresh catalog and, only when it is complete and
 * valid, move it into the one the views show with rcc_catalog_replace(),
 * so a view never sees a half-loaded catalog. */

struct _RccCatalog
{
  GObject     parent_instance;

  guint       version;
  char       *source;
  char       *source_url;
  char       *source_updated;
  char       *reviewed;

  GListStore *treatments;
  GListStore *trials;
  GListStore *references;
  GListStore *changelog;
  GListStore *editions;
  GListStore *options;   /* by line, then position */

  GHashTable *treatments_by_id;
  GHashTable *trials_by_id;
  GHashTable *references_by_id;
};

G_DEFINE_FINAL_TYPE (RccCatalog, rcc_catalog, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_VERSION,
  PROP_SOURCE,
  PROP_SOURCE_URL,
  PROP_SOURCE_UPDATED,
  PROP_REVIEWED,
  PROP_TREATMENTS,
  PROP_TRIALS,
  PROP_REFERENCES,
  PROP_CHANGELOG,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_catalog_finalize (GObject *object)
{
  RccCatalog *self = (RccCatalog *)object;

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->source_url, g_free);
  g_clear_pointer (&self->source_updated, g_free);
  g_clear_pointer (&self->reviewed, g_free);
  g_clear_pointer (&self->treatments_by_id, g_hash_table_unref);
  g_clear_pointer (&self->trials_by_id, g_hash_table_unref);
  g_clear_pointer (&self->references_by_id, g_hash_table_unref);
  g_clear_object (&self->treatments);
  g_clear_object (&self->trials);
  g_clear_object (&self->references);
  g_clear_object (&self->changelog);
  g_clear_object (&self->editions);
  g_clear_object (&self->options);

  G_OBJECT_CLASS (rcc_catalog_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h); all are read-only,
 * filled by the catalog's own functions */
static const gsize field_offsets[N_PROPS] = {
  [PROP_VERSION] = G_STRUCT_OFFSET (RccCatalog, version),
  [PROP_SOURCE] = G_STRUCT_OFFSET (RccCatalog, source),
  [PROP_SOURCE_URL] = G_STRUCT_OFFSET (RccCatalog, source_url),
  [PROP_SOURCE_UPDATED] = G_STRUCT_OFFSET (RccCatalog, source_updated),
  [PROP_REVIEWED] = G_STRUCT_OFFSET (RccCatalog, reviewed),
  [PROP_TREATMENTS] = G_STRUCT_OFFSET (RccCatalog, treatments),
  [PROP_TRIALS] = G_STRUCT_OFFSET (RccCatalog, trials),
  [PROP_REFERENCES] = G_STRUCT_OFFSET (RccCatalog, references),
  [PROP_CHANGELOG] = G_STRUCT_OFFSET (RccCatalog, changelog),
};

RCC_DEFINE_FIELD_GET_PROPERTY (rcc_catalog, field_offsets)

static void
rcc_catalog_class_init (RccCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_catalog_finalize;
  object_class->get_property = rcc_catalog_get_property;

  properties [PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_READABLE);

  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, RCC_PARAM_READABLE);

  properties [PROP_SOURCE_URL] =
    g_param_spec_string ("source-url", NULL, NULL, NULL, RCC_PARAM_READABLE);

  properties [PROP_SOURCE_UPDATED] =
    g_param_spec_string ("source-updated", NULL, NULL, NULL, RCC_PARAM_READABLE);

  properties [PROP_REVIEWED] =
    g_param_spec_string ("reviewed", NULL, NULL, NULL, RCC_PARAM_READABLE);

  properties [PROP_TREATMENTS] =
    g_param_spec_object ("treatments", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  properties [PROP_TRIALS] =
    g_param_spec_object ("trials", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  properties [PROP_REFERENCES] =
    g_param_spec_object ("references", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  properties [PROP_CHANGELOG] =
    g_param_spec_object ("changelog", NULL, NULL, G_TYPE_LIST_MODEL, RCC_PARAM_READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_catalog_init (RccCatalog *self)
{
  self->treatments = g_list_store_new (RCC_TYPE_TREATMENT);
  self->trials = g_list_store_new (RCC_TYPE_TRIAL);
  self->references = g_list_store_new (RCC_TYPE_REFERENCE);
  self->changelog = g_list_store_new (RCC_TYPE_CHANGE);
  self->editions = g_list_store_new (RCC_TYPE_EDITION);
  self->options = g_list_store_new (RCC_TYPE_OPTION);

  /* Keys are owned by the objects, which the stores keep alive. */
  self->treatments_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->trials_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->references_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

RccCatalog *
rcc_catalog_new (void)
{
  return g_object_new (RCC_TYPE_CATALOG, NULL);
}

RCC_DEFINE_FIELD_GETTER (RccCatalog, rcc_catalog, RCC_IS_CATALOG, guint, version, 0)
RCC_DEFINE_FIELD_GETTER (RccCatalog, rcc_catalog, RCC_IS_CATALOG, const char *, source, NULL)
RCC_DEFINE_FIELD_GETTER (RccCatalog, rcc_catalog, RCC_IS_CATALOG, const char *, source_url, NULL)

/**
 * rcc_catalog_get_source_updated:
 *
 * Returns: the date the source was last updated, as YYYY-MM-DD
 */
RCC_DEFINE_FIELD_GETTER (RccCatalog, rcc_catalog, RCC_IS_CATALOG, const char *, source_updated, NULL)

/**
 * rcc_catalog_get_reviewed:
 *
 * Returns: the date the content was last reviewed, as YYYY-MM-DD
 */
RCC_DEFINE_FIELD_GETTER (RccCatalog, rcc_catalog, RCC_IS_CATALOG, const char *, reviewed, NULL)

static void
replace_string (RccCatalog *self,
                char      **field,
                const char *value,
                guint       prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
}

void
rcc_catalog_set_source_info (RccCatalog *self,
                             guint       version,
                             const char *source,
                             const char *source_url,
                             const char *source_updated,
                             const char *reviewed)
{
  g_return_if_fail (RCC_IS_CATALOG (self));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->version != version)
    {
      self->version = version;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VERSION]);
    }
  replace_string (self, &self->source, source, PROP_SOURCE);
  replace_string (self, &self->source_url, source_url, PROP_SOURCE_URL);
  replace_string (self, &self->source_updated, source_updated, PROP_SOURCE_UPDATED);
  replace_string (self, &self->reviewed, reviewed, PROP_REVIEWED);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * rcc_catalog_get_treatments:
 *
 * Returns: (transfer none): a #GListModel of #RccTreatment, in content
 *   order (the PDQ option order for the PDQ's options)
 */
GListModel *
rcc_catalog_get_treatments (RccCatalog *self)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->treatments);
}

/**
 * rcc_catalog_get_trials:
 *
 * Returns: (transfer none): a #GListModel of #RccTrial
 */
GListModel *
rcc_catalog_get_trials (RccCatalog *self)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->trials);
}

/**
 * rcc_catalog_get_references:
 *
 * Returns: (transfer none): a #GListModel of #RccReference
 */
GListModel *
rcc_catalog_get_references (RccCatalog *self)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->references);
}

/**
 * rcc_catalog_get_changelog:
 *
 * Returns: (transfer none): the content's change log, a #GListModel of
 *   #RccChange, oldest first
 */
GListModel *
rcc_catalog_get_changelog (RccCatalog *self)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->changelog);
}

void
rcc_catalog_add_change (RccCatalog *self,
                        RccChange  *change)
{
  g_return_if_fail (RCC_IS_CATALOG (self));
  g_return_if_fail (RCC_IS_CHANGE (change));

  g_list_store_append (self->changelog, change);
}

/**
 * rcc_catalog_get_editions:
 *
 * Returns: (transfer none): the editions the content draws on, a
 *   #GListModel of #RccEdition, newest first
 */
GListModel *
rcc_catalog_get_editions (RccCatalog *self)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->editions);
}

/**
 * rcc_catalog_get_options:
 *
 * Returns: (transfer none): every option of the current edition's lines
 *   of therapy, a #GListModel of #RccOption, by line then position
 */
GListModel *
rcc_catalog_get_options (RccCatalog *self)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->options);
}

/**
 * rcc_catalog_find_edition:
 *
 * Returns: (transfer none) (nullable): the edition with @id
 */
RccEdition *
rcc_catalog_find_edition (RccCatalog *self,
                          const char *id)
{
  GListModel *editions;
  guint n;

  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  if (id == NULL)
    return NULL;

  editions = rcc_catalog_get_editions (self);
  n = g_list_model_get_n_items (editions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccEdition) edition = g_list_model_get_item (editions, i);

      if (g_strcmp0 (rcc_edition_get_id (edition), id) == 0)
        return edition;  /* the store keeps it alive */
    }

  return NULL;
}

/**
 * rcc_catalog_add_edition:
 *
 * Returns: %FALSE, adding nothing, if an edition with its id exists
 */
gboolean
rcc_catalog_add_edition (RccCatalog *self,
                         RccEdition *edition)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (RCC_IS_EDITION (edition), FALSE);

  if (rcc_catalog_find_edition (self, rcc_edition_get_id (edition)) != NULL)
    return FALSE;

  g_list_store_append (self->editions, edition);
  return TRUE;
}

/**
 * rcc_catalog_add_option:
 *
 * Appends @option: add them by line, then position.
 */
void
rcc_catalog_add_option (RccCatalog *self,
                        RccOption  *option)
{
  g_return_if_fail (RCC_IS_CATALOG (self));
  g_return_if_fail (RCC_IS_OPTION (option));

  g_list_store_append (self->options, option);
}

/**
 * rcc_catalog_lookup_treatment:
 *
 * Returns: (transfer none) (nullable): the treatment with @id
 */
RccTreatment *
rcc_catalog_lookup_treatment (RccCatalog *self,
                              const char *id)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->treatments_by_id, id);
}

/**
 * rcc_catalog_lookup_trial:
 *
 * Returns: (transfer none) (nullable): the trial with @id
 */
RccTrial *
rcc_catalog_lookup_trial (RccCatalog *self,
                          const char *id)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->trials_by_id, id);
}

/**
 * rcc_catalog_lookup_reference:
 *
 * Returns: (transfer none) (nullable): the reference with @id
 */
RccReference *
rcc_catalog_lookup_reference (RccCatalog *self,
                              const char *id)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->references_by_id, id);
}

static gboolean
add_unique (GListStore *store,
            GHashTable *by_id,
            gpointer    item,
            const char *id)
{
  if (id == NULL || g_hash_table_contains (by_id, id))
    return FALSE;

  g_list_store_append (store, item);
  g_hash_table_insert (by_id, (gpointer)id, item);
  return TRUE;
}

/**
 * rcc_catalog_add_treatment:
 *
 * Appends @treatment.
 *
 * Returns: %FALSE, adding nothing, if a treatment with its id exists
 */
gboolean
rcc_catalog_add_treatment (RccCatalog   *self,
                           RccTreatment *treatment)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), FALSE);

  return add_unique (self->treatments, self->treatments_by_id,
                     treatment, rcc_treatment_get_id (treatment));
}

/**
 * rcc_catalog_add_trial:
 *
 * Returns: %FALSE, adding nothing, if a trial with its id exists
 */
gboolean
rcc_catalog_add_trial (RccCatalog *self,
                       RccTrial   *trial)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (RCC_IS_TRIAL (trial), FALSE);

  return add_unique (self->trials, self->trials_by_id,
                     trial, rcc_trial_get_id (trial));
}

/**
 * rcc_catalog_remove_trial:
 *
 * Takes the trial @id out of the catalog and out of the trial lists of
 * the treatments that link it.
 *
 * Returns: %FALSE, changing nothing, if there is no trial @id
 */
gboolean
rcc_catalog_remove_trial (RccCatalog *self,
                          const char *id)
{
  g_autoptr(RccTrial) trial = NULL;
  guint position;
  guint n_treatments;

  g_return_val_if_fail (RCC_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (!g_hash_table_contains (self->trials_by_id, id))
    return FALSE;

  /* The table's key is the trial's own id: hold the trial until both go. */
  trial = g_object_ref (g_hash_table_lookup (self->trials_by_id, id));
  g_hash_table_remove (self->trials_by_id, rcc_trial_get_id (trial));
  if (g_list_store_find (self->trials, trial, &position))
    g_list_store_remove (self->trials, position);

  n_treatments = g_list_model_get_n_items (G_LIST_MODEL (self->treatments));
  for (guint i = 0; i < n_treatments; i++)
    {
      g_autoptr(RccTreatment) treatment = g_list_model_get_item (G_LIST_MODEL (self->treatments), i);

      rcc_treatment_remove_trial (treatment, trial);
    }

  return TRUE;
}

/**
 * rcc_catalog_add_reference:
 *
 * Returns: %FALSE, adding nothing, if a reference with its id exists
 */
gboolean
rcc_catalog_add_reference (RccCatalog   *self,
                           RccReference *reference)
{
  g_return_val_if_fail (RCC_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (RCC_IS_REFERENCE (reference), FALSE);

  return add_unique (self->references, self->references_by_id,
                     reference, rcc_reference_get_id (reference));
}

/**
 * rcc_catalog_link_trials:
 *
 * Gives each treatment the trials that have an arm using it, in the
 * catalog's trial order.  Call once, after every trial was added.
 */
void
rcc_catalog_link_trials (RccCatalog *self)
{
  guint n_trials;

  g_return_if_fail (RCC_IS_CATALOG (self));

  n_trials = g_list_model_get_n_items (G_LIST_MODEL (self->trials));

  /* One pass over the trials' arms: linear in the content's size. */
  for (guint i = 0; i < n_trials; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (G_LIST_MODEL (self->trials), i);
      GListModel *arms = rcc_trial_get_arms (trial);
      g_autoptr(GHashTable) linked = g_hash_table_new (NULL, NULL);

      for (guint j = 0; j < g_list_model_get_n_items (arms); j++)
        {
          g_autoptr(RccArm) arm = g_list_model_get_item (arms, j);
          const char * const *ids = rcc_arm_get_treatment_ids (arm);

          for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
            {
              RccTreatment *treatment = g_hash_table_lookup (self->treatments_by_id, ids[k]);

              /* A trial is listed once per treatment, however many arms use it. */
              if (treatment != NULL && g_hash_table_add (linked, treatment))
                rcc_treatment_add_trial (treatment, trial);
            }
        }
    }
}

static void
move_store (GListStore *to,
            GListStore *from)
{
  guint n_from = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autofree gpointer *items = g_new0 (gpointer, n_from + 1);

  for (guint i = 0; i < n_from; i++)
    items[i] = g_list_model_get_item (G_LIST_MODEL (from), i);

  /* One items-changed for the whole swap. */
  g_list_store_splice (to, 0, g_list_model_get_n_items (G_LIST_MODEL (to)),
                       items, n_from);

  for (guint i = 0; i < n_from; i++)
    g_object_unref (items[i]);
}

static void
move_table (GHashTable *to,
            GHashTable *from)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_remove_all (to);
  g_hash_table_iter_init (&iter, from);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (to, key, value);
}

/**
 * rcc_catalog_replace:
 * @other: a complete catalog; it is left as it was
 *
 * Makes @self show exactly what @other holds, in one step per list.
 */
void
rcc_catalog_replace (RccCatalog *self,
                     RccCatalog *other)
{
  g_return_if_fail (RCC_IS_CATALOG (self));
  g_return_if_fail (RCC_IS_CATALOG (other));

  if (self == other)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  /* The tables' keys belong to items the stores keep alive: fill the
   * tables and stores together, before the old items can go. */
  move_table (self->treatments_by_id, other->treatments_by_id);
  move_table (self->trials_by_id, other->trials_by_id);
  move_table (self->references_by_id, other->references_by_id);
  move_store (self->references, other->references);
  move_store (self->trials, other->trials);
  move_store (self->treatments, other->treatments);
  move_store (self->changelog, other->changelog);
  move_store (self->editions, other->editions);
  move_store (self->options, other->options);

  rcc_catalog_set_source_info (self, other->version, other->source,
                               other->source_url, other->source_updated,
                               other->reviewed);

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * rcc_catalog_resolve_trials:
 * @ids: trial ids, or treatment ids standing for all their trials
 *
 * The trials @ids name, in order, each once.
 *
 * Returns: (transfer full) (nullable): a #GListStore of #RccTrial, or
 *   %NULL with %G_IO_ERROR_NOT_FOUND naming every unknown id
 */
GListStore *
rcc_catalog_resolve_trials (RccCatalog          *self,
                            const char * const  *ids,
                            GError             **error)
{
  g_autoptr(GListStore) trials = g_list_store_new (RCC_TYPE_TRIAL);
  g_autoptr(GPtrArray) unknown = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      RccTrial *trial = rcc_catalog_lookup_trial (self, ids[i]);
      RccTreatment *treatment = rcc_catalog_lookup_treatment (self, ids[i]);

      if (trial != NULL)
        {
          if (g_hash_table_add (seen, trial))
            g_list_store_append (trials, trial);
        }
      else if (treatment != NULL)
        {
          GListModel *list = rcc_treatment_get_trials (treatment);

          for (guint j = 0; j < g_list_model_get_n_items (list); j++)
            {
              g_autoptr(RccTrial) t = g_list_model_get_item (list, j);

              if (g_hash_table_add (seen, t))
                g_list_store_append (trials, t);
            }
        }
      else
        g_ptr_array_add (unknown, (gpointer)ids[i]);
    }

  if (unknown->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (unknown, NULL);
      joined = g_strjoinv ("\", \"", (char **)unknown->pdata);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   g_dngettext (GETTEXT_PACKAGE,
                                "No trial or treatment has the id \"%s\"",
                                "No trial or treatment has the ids \"%s\"",
                                unknown->len - 1),
                   joined);
      return NULL;
    }

  return g_steal_pointer (&trials);
}
