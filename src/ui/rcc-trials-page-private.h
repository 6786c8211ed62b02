/* rcc-trials-page-private.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rcc-trials-page.h"

G_BEGIN_DECLS

/* The Trials page's files share its instance: rcc-trials-page.c (the
 * table's models, filters, sorting and the detail) and
 * rcc-trials-page-columns.c (what each column shows and sorts by, which
 * columns each view shows, and their widths at the text size). */

struct _RccTrialsPage
{
  GtkWidget           parent_instance;

  RccCatalog         *catalog;
  GtkMapListModel    *treatment_names;
  int                 sort_column;
  gboolean            sort_descending;
  gboolean            sorting;
  gboolean            patient;
  gboolean            presentation;
  GHashTable         *base_widths;   /* column → fixed width at 96 dpi */
  GPtrArray          *columns;       /* in the template's order */

  GtkCustomFilter     *choice_filter;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *comparison_column;
  GtkColumnViewColumn *enrolled_column;
  GtkDropDown         *endpoint_dropdown;
  GtkColumnViewColumn *evidence_column;
  GtkFilterListModel  *filter_model;
  GtkColumnViewColumn *hazard_ratio_column;
  AdwLeaflet          *leaflet;
  GtkColumnViewColumn *median_column;
  GtkColumnViewColumn *p_column;
  GtkColumnViewColumn *phase_column;
  GtkColumnViewColumn *plain_comparison_column;
  GMenuModel          *plain_sort_menu;
  GtkColumnViewColumn *results_column;
  GtkSearchEntry      *search_entry;
  GtkStringFilter     *search_filter;
  GtkSingleSelection  *selection;
  GtkMenuButton       *sort_button;
  GMenuModel          *sort_menu;
  GtkSortListModel    *sort_model;
  GtkDropDown         *treatment_dropdown;
};

void _rcc_trials_page_class_columns_init (GtkWidgetClass *widget_class);
void _rcc_trials_page_columns_init       (RccTrialsPage  *self);
void _rcc_trials_page_update_columns     (RccTrialsPage  *self);

G_END_DECLS
