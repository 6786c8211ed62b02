/* rcc-edition-diff.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-edition-diff.h"
#include "rcc-model-private.h"
#include "rcc-option.h"

/* What changed between the 2014 PDQ's list of options and the current
 * edition's lines of therapy, computed from the content rather than
 * written down: a treatment with a 2014 option number and no place in
 * any current line was dropped; one in a current line without a 2014
 * number was added; one in both was kept (its options say where it is
 * now). */

struct _RccEditionChange
{
  GObject               parent_instance;

  RccTreatment         *treatment;
  RccEditionChangeKind  kind;
  GListStore           *options;
};

G_DEFINE_FINAL_TYPE (RccEditionChange, rcc_edition_change, G_TYPE_OBJECT)

static void
rcc_edition_change_finalize (GObject *object)
{
  RccEditionChange *self = (RccEditionChange *)object;

  g_clear_object (&self->treatment);
  g_clear_object (&self->options);

  G_OBJECT_CLASS (rcc_edition_change_parent_class)->finalize (object);
}

static void
rcc_edition_change_class_init (RccEditionChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_edition_change_finalize;
}

static void
rcc_edition_change_init (RccEditionChange *self)
{
}

/**
 * rcc_edition_change_get_treatment:
 *
 * Returns: (transfer none): the treatment
 */
RCC_DEFINE_FIELD_GETTER (RccEditionChange, rcc_edition_change, RCC_IS_EDITION_CHANGE,
                         RccTreatment *, treatment, NULL)
RCC_DEFINE_FIELD_GETTER (RccEditionChange, rcc_edition_change, RCC_IS_EDITION_CHANGE,
                         RccEditionChangeKind, kind, RCC_EDITION_CHANGE_KEPT)

/**
 * rcc_edition_change_get_option:
 *
 * Returns: the treatment's option number in the 2014 edition, 0 if it
 *   was not in its list (added)
 */
guint
rcc_edition_change_get_option (RccEditionChange *self)
{
  g_return_val_if_fail (RCC_IS_EDITION_CHANGE (self), 0);

  return rcc_treatment_get_option (self->treatment);
}

/**
 * rcc_edition_change_get_options:
 *
 * Returns: (transfer none): the treatment's options in the current
 *   edition's lines, a #GListModel of #RccOption, by line then position
 *   (empty if dropped)
 */
GListModel *
rcc_edition_change_get_options (RccEditionChange *self)
{
  g_return_val_if_fail (RCC_IS_EDITION_CHANGE (self), NULL);

  return G_LIST_MODEL (self->options);
}

/**
 * rcc_catalog_diff_editions:
 *
 * What changed since 2014, one entry per treatment in either list, in
 * the catalog's treatment order (the 2014 options first, by number, as
 * the content lists them).  A catalog without lines has nothing to
 * compare: the list is empty.
 *
 * Returns: (transfer full): a #GListModel of #RccEditionChange
 */
GListModel *
rcc_catalog_diff_editions (RccCatalog *catalog)
{
  g_autoptr(GListStore) changes = g_list_store_new (RCC_TYPE_EDITION_CHANGE);
  GListModel *treatments;
  guint n;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  if (g_list_model_get_n_items (rcc_catalog_get_options (catalog)) == 0)
    return G_LIST_MODEL (g_steal_pointer (&changes));

  treatments = rcc_catalog_get_treatments (catalog);
  n = g_list_model_get_n_items (treatments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTreatment) treatment = g_list_model_get_item (treatments, i);
      g_autoptr(GListModel) options = rcc_catalog_get_options_for_treatment (catalog, treatment);
      gboolean in_2014 = rcc_treatment_get_option (treatment) != 0;
      gboolean in_current = g_list_model_get_n_items (options) > 0;
      RccEditionChange *change;

      if (!in_2014 && !in_current)
        continue;

      change = g_object_new (RCC_TYPE_EDITION_CHANGE, NULL);
      change->treatment = g_object_ref (treatment);
      change->kind = !in_2014 ? RCC_EDITION_CHANGE_ADDED
                   : !in_current ? RCC_EDITION_CHANGE_DROPPED
                   : RCC_EDITION_CHANGE_KEPT;
      change->options = G_LIST_STORE (g_steal_pointer (&options));
      g_list_store_append (changes, change);
      g_object_unref (change);
    }

  return G_LIST_MODEL (g_steal_pointer (&changes));
}
