/* rcc-test-ui.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rcc-application.h"
#include "ui/rcc-window.h"

/* Helpers for the tests that drive the real widgets headless under
 * Xvfb: test-window, test-patient, test-app-windows, test-translation,
 * test-compare-view and the others in the ui suite.
 * Screenshots go to $G_TEST_BUILDDIR/screenshots/. */

G_BEGIN_DECLS

/* The application rcc_test_ui_setup() registers, and its settings */
extern RccApplication *app;
extern GSettings *settings;

void                 rcc_test_ui_setup             (void);
void                 rcc_test_ui_teardown          (void);
void                 rcc_test_ui_tolerate_warning  (const char    *prefix);

/* Waiting for what the next assertion needs, never for a fixed time:
 * wait_until (condition) runs the main loop until @condition holds, and
 * fails the test, naming it, if it does not within the limit
 * ($RCC_TEST_WAIT_SECONDS: 20 s, more in sanitizer builds) */
typedef struct
{
  const char *what;
  const char *where;
  gint64      deadline;
  guint       wake_id;
} RccWait;

void                 rcc_wait_clear                (RccWait       *wait);
gboolean             rcc_wait_step                 (RccWait       *wait);
G_NORETURN void      rcc_wait_fail                 (RccWait       *wait);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RccWait, rcc_wait_clear)

#define wait_until_named(condition, what_) \
  G_STMT_START { \
    g_auto(RccWait) rcc_wait_ = { (what_), G_STRLOC, 0, 0 }; \
    while (!(condition)) \
      if (!rcc_wait_step (&rcc_wait_)) \
        rcc_wait_fail (&rcc_wait_); \
  } G_STMT_END

#define wait_until(condition) wait_until_named (condition, #condition)

void                 wait_for_mapped               (GtkWidget     *widget);
void                 wait_for_paint                (GtkWidget     *widget);
void                 wait_for_shown                (GtkWidget     *widget);
void                 wait_for_settled              (GtkWidget     *widget);

/* Finding widgets */
GtkWidget           *find_widget_full              (GtkWidget     *root,
                                                    GType          type,
                                                    gboolean       mapped);
GtkWidget           *find_widget                   (GtkWidget     *root,
                                                    GType          type);
GtkWidget           *find_widget_with_class        (GtkWidget     *root,
                                                    GType          type,
                                                    const char    *css_class);
void                 find_all                      (GtkWidget     *root,
                                                    GType          type,
                                                    GPtrArray     *found);

/* Labels on screen */
void                 collect_labels                (GtkWidget     *root,
                                                    GPtrArray     *labels);
gboolean             shows_label                   (GtkWidget     *root,
                                                    const char    *text);
gboolean             shows_label_containing        (GtkWidget     *root,
                                                    const char    *text);
void                 log_labels                    (GtkWidget     *root,
                                                    const char    *where);

gboolean             wait_for_label                (GtkWidget     *root,
                                                    const char    *text,
                                                    gboolean       containing);

/* On screen now, or once what is queued has been laid out: waits as
 * wait_until () does, never longer than it takes the label to show */
#define assert_shows_label(root, text) \
  G_STMT_START { \
    if (!wait_for_label (GTK_WIDGET (root), text, FALSE)) \
      { \
        log_labels (GTK_WIDGET (root), "on failure"); \
        g_error ("No label “%s” on screen", text); \
      } \
  } G_STMT_END

#define assert_shows_label_containing(root, text) \
  G_STMT_START { \
    if (!wait_for_label (GTK_WIDGET (root), text, TRUE)) \
      { \
        log_labels (GTK_WIDGET (root), "on failure"); \
        g_error ("No label containing “%s” on screen", text); \
      } \
  } G_STMT_END

/* Screenshots */
GskRenderNode       *snapshot_widget               (GtkWidget     *widget);
void                 save_render_node              (GtkWidget     *widget,
                                                    GskRenderNode *node,
                                                    const char    *name);
void                 save_screenshot               (GtkWidget     *widget,
                                                    const char    *name);

/* The main window */
void                 reset_settings                (void);
RccWindow           *open_window                   (const char    *fixture,
                                                    int            width,
                                                    int            height);
void                 close_window                  (RccWindow     *window);
AdwViewStack        *view_stack                    (RccWindow     *window);
void                 show_view                     (RccWindow     *window,
                                                    const char    *view);
GtkWidget           *treatments_page               (RccWindow     *window);
GtkWidget           *trials_page                   (RccWindow     *window);
GtkWidget           *treatment_detail              (RccWindow     *window);
GtkWidget           *trial_detail                  (RccWindow     *window);
GtkWidget           *treatment_list_view           (RccWindow     *window);
GListModel          *treatment_list_model          (RccWindow     *window);
RccTreatment        *treatment_list_item_treatment (gpointer       item);
void                 choose_treatment              (RccWindow     *window,
                                                    const char    *name);
void                 show_trial                    (RccWindow     *window,
                                                    const char    *id);
GtkColumnView       *trials_table                  (RccWindow     *window);
GtkColumnViewColumn *table_column                  (GtkColumnView *table,
                                                    const char    *title);

G_END_DECLS
