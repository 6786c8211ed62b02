/* rcc-treatments-page-private.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rcc-treatments-page.h"

G_BEGIN_DECLS

/* The page and its list (rcc-treatments-page-list.c: the filters, the
 * section headers and the rows), as Text Editor splits its window */

struct _RccTreatmentsPage
{
  GtkWidget           parent_instance;

  RccCatalog         *catalog;
  gboolean            patient;
  GListStore         *items;          /* RccOption, then RccTreatment */
  GObject            *selected;       /* the selected item, or NULL */

  GtkFilterListModel *filter_model;
  AdwLeaflet         *leaflet;
  GtkListBox         *list_box;
  AdwBin             *empty_bin;      /* rcc-treatments-empty.ui, once shown */
  GtkSliceListModel  *shown_model;    /* what the list box has rows for */
  GtkStringList      *plain_setting_names;
  GtkSearchEntry     *search_entry;
  GtkCustomFilter    *search_filter;
  GtkDropDown        *setting_dropdown;
  GtkCustomFilter    *setting_filter;
  GtkStringList      *setting_names;
};

/* The setting dropdown's items after "All settings", in order */
extern const RccSetting _rcc_treatments_page_setting_choices[5];

RccTreatment *_rcc_treatments_page_item_treatment      (gpointer       item);
gboolean      _rcc_treatments_page_setting_filter_func (gpointer       item,
                                                        gpointer       user_data);
gboolean      _rcc_treatments_page_search_filter_func  (gpointer       item,
                                                        gpointer       user_data);
void          _rcc_treatments_page_header_func         (GtkListBoxRow *row,
                                                        GtkListBoxRow *before,
                                                        gpointer       user_data);
GtkWidget    *_rcc_treatments_page_create_row          (gpointer       item,
                                                        gpointer       user_data);

G_END_DECLS
