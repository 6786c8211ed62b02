/* rcc-text-list.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* What the text says of one item of a list (an arm, a level), newly
 * allocated; @data is the caller's. */
typedef char *(*RccTextItemFunc) (gpointer item,
                                  gpointer data);

GPtrArray *rcc_text_list_collect (GListModel      *list,
                                  RccTextItemFunc  describe,
                                  gpointer         data);
char      *rcc_text_list_join    (GListModel      *list,
                                  RccTextItemFunc  describe,
                                  gpointer         data,
                                  const char      *separator);

G_END_DECLS
