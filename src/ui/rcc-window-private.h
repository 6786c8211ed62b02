/* rcc-window-private.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rcc-window.h"

#include "ui/rcc-compare-view.h"
#include "ui/rcc-treatments-page.h"
#include "ui/rcc-trials-page.h"

G_BEGIN_DECLS

/* The window's files share its instance: rcc-window.c (the views and
 * the window's state), rcc-window-actions.c (the win.* actions and
 * their keys) and rcc-window-import.c (importing and removing trials,
 * with their dialogs). */

struct _RccWindow
{
  AdwApplicationWindow  parent_instance;

  RccLibrary           *library;
  RccCatalog           *catalog;       /* the library's */
  GSettings            *settings;
  gboolean              patient_view;
  gboolean              remember_patient_view;
  gboolean              presentation;
  gboolean              was_fullscreened;

  GtkStringList        *comparison;    /* trial ids, owned here */
  RccCompareView       *compare_view;  /* NULL until first needed */
  AdwBin               *compare_bin;
  AdwViewStackPage     *compare_stack_page;
  AdwBin               *error_bin;
  GtkStack             *main_stack;
  GMenuModel           *primary_menu;
  GtkMenuButton        *primary_menu_button;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;
  RccTreatmentsPage    *treatments_page;
  RccTrialsPage        *trials_page;   /* NULL until first needed */
  AdwBin               *trials_bin;
  AdwViewStack         *view_stack;
};

RccTrialsPage  *_rcc_window_ensure_trials_page   (RccWindow      *self);
RccCompareView *_rcc_window_ensure_compare_view  (RccWindow      *self);
void            _rcc_window_class_actions_init   (GtkWidgetClass *widget_class);
void            _rcc_window_class_import_init    (GtkWidgetClass *widget_class);
void            _rcc_window_import_init          (RccWindow      *self);
void            _rcc_window_import_error_changed (RccWindow      *self);

G_END_DECLS
