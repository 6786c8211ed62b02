/* rcc-catalog-lines.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-catalog.h"

/* The catalog's editions and lines of therapy, looked at different
 * ways: the current edition, the options of one line or of one
 * treatment. */

/**
 * rcc_catalog_get_current_edition:
 *
 * The edition the content's source is: the one last updated on the
 * source's date, otherwise the first (the newest).
 *
 * Returns: (transfer none) (nullable): the edition, or %NULL if the
 *   catalog has none
 */
RccEdition *
rcc_catalog_get_current_edition (RccCatalog *self)
{
  GListModel *editions;
  RccEdition *first;
  const char *updated;
  guint n;

  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  editions = rcc_catalog_get_editions (self);
  updated = rcc_catalog_get_source_updated (self);
  n = g_list_model_get_n_items (editions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccEdition) edition = g_list_model_get_item (editions, i);

      if (updated != NULL && g_strcmp0 (rcc_edition_get_updated (edition), updated) == 0)
        return edition;
    }

  if (n == 0)
    return NULL;

  first = g_list_model_get_item (editions, 0);
  g_object_unref (first);  /* the store keeps it alive */
  return first;
}

/**
 * rcc_catalog_get_options_for_line:
 *
 * Returns: (transfer full): the options of @line, a #GListModel of
 *   #RccOption, in the edition's order
 */
GListModel *
rcc_catalog_get_options_for_line (RccCatalog     *self,
                                  RccTherapyLine  line)
{
  g_autoptr(GListStore) store = g_list_store_new (RCC_TYPE_OPTION);
  GListModel *options;
  guint n;

  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);

  options = rcc_catalog_get_options (self);
  n = g_list_model_get_n_items (options);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccOption) option = g_list_model_get_item (options, i);

      if (rcc_option_get_line (option) == line)
        g_list_store_append (store, option);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * rcc_catalog_get_options_for_treatment:
 *
 * Where the current edition lists @treatment: one option per line it
 * appears in.
 *
 * Returns: (transfer full): a #GListModel of #RccOption, by line then
 *   position (empty if the edition does not list it)
 */
GListModel *
rcc_catalog_get_options_for_treatment (RccCatalog   *self,
                                       RccTreatment *treatment)
{
  g_autoptr(GListStore) store = g_list_store_new (RCC_TYPE_OPTION);
  GListModel *options;
  guint n;

  g_return_val_if_fail (RCC_IS_CATALOG (self), NULL);
  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  options = rcc_catalog_get_options (self);
  n = g_list_model_get_n_items (options);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccOption) option = g_list_model_get_item (options, i);

      if (rcc_option_get_treatment (option) == treatment)
        g_list_store_append (store, option);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}
