/* rcc-text-list.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-text-list.h"

/* A trial's arms or levels said one by one: the walk over the list
 * model written once, so that each text only says what one item is. */

/**
 * rcc_text_list_collect:
 *
 * Returns: (transfer full) (element-type utf8): @describe of each item
 *   of @list, in order (it owns the strings); an item it has nothing to
 *   say of (%NULL) is left out
 */
GPtrArray *
rcc_text_list_collect (GListModel      *list,
                       RccTextItemFunc  describe,
                       gpointer         data)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (list), texts);

  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      char *text = describe (item, data);

      if (text != NULL)
        g_ptr_array_add (texts, text);
    }

  return texts;
}

/**
 * rcc_text_list_join:
 *
 * @describe of each item of @list, with @separator between them; an
 * empty string for an empty list.
 */
char *
rcc_text_list_join (GListModel      *list,
                    RccTextItemFunc  describe,
                    gpointer         data,
                    const char      *separator)
{
  g_autoptr(GPtrArray) texts = rcc_text_list_collect (list, describe, data);

  g_ptr_array_add (texts, NULL);
  return g_strjoinv (separator, (char **)texts->pdata);
}
