/* rcc-trials-page-columns.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-trials-page-private.h"

#include "report/rcc-format.h"
#include "model/rcc-trial-headline.h"
#include "report/rcc-patient-text.h"
#include "report/rcc-trial-text.h"
#include "ui/rcc-accessible.h"

/* The Trials table's columns: the closures rcc-trials-page.ui calls for
 * each cell's text and tooltip and each column's sort key (figures
 * missing from a trial sort after every figure), which columns each
 * view shows, and their fixed widths scaled with the text size. */

#define MISSING_KEY G_MAXDOUBLE

/* Cells: (list item, value) -> text */

static char *
dash_if_empty (const char *text)
{
  return g_strdup (text != NULL && *text != '\0' ? text : "—");
}

/* The trial's name in its cell, which also names the cell's row for
 * screen readers (GTK 4.8 calls it "GtkListItemWidget") */
static char *
row_name_cb (GtkListItem *item,
             const char  *name)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (child != NULL)
    rcc_accessible_name_row_of (child, name);

  return g_strdup (name);
}

/* Under an imported trial's name in the table */
static char *
imported_mark_cb (gpointer instance,
                  gboolean imported)
{
  return imported ? g_strdup (_("Imported, not reviewed")) : NULL;
}

static char *
phase_text_cb (gpointer    instance,
               const char *phase)
{
  g_autofree char *text = rcc_format_phase (phase);

  return dash_if_empty (text);
}

static char *
enrolled_text_cb (gpointer instance,
                  guint    enrolled)
{
  return enrolled > 0 ? g_strdup_printf ("%u", enrolled) : g_strdup ("—");
}

/* A cell whose text is @text_func's for the row's trial, and none while
 * the row has no trial yet: one closure a column, as the template names
 * them, each written by this one definition. */
#define TRIAL_TEXT_CELL(name, text_func)             \
  static char *                                      \
  name (gpointer  instance,                          \
        RccTrial *trial)                             \
  {                                                  \
    return trial != NULL ? text_func (trial) : NULL; \
  }

TRIAL_TEXT_CELL (comparison_text_cb, rcc_trial_text_comparison)
TRIAL_TEXT_CELL (median_text_cb, rcc_trial_text_median_cell)
TRIAL_TEXT_CELL (hazard_ratio_text_cb, rcc_trial_text_hazard_ratio_cell)
TRIAL_TEXT_CELL (plain_comparison_text_cb, rcc_patient_text_comparison)
TRIAL_TEXT_CELL (results_text_cb, rcc_patient_text_trial_sentences)

#undef TRIAL_TEXT_CELL

static RccHazardRatio *
headline_hazard_ratio (RccTrial *trial)
{
  RccTrialHeadline headline;

  if (!rcc_trial_headline_init (&headline, trial, NULL))
    return NULL;

  return headline.hazard_ratio;
}

static char *
hazard_ratio_tooltip_cb (gpointer  instance,
                         RccTrial *trial)
{
  RccHazardRatio *hr = trial != NULL ? headline_hazard_ratio (trial) : NULL;

  return hr != NULL ? rcc_trial_text_direction (trial, hr) : NULL;
}

static char *
p_text_cb (gpointer  instance,
           RccTrial *trial)
{
  RccHazardRatio *hr = trial != NULL ? headline_hazard_ratio (trial) : NULL;

  return dash_if_empty (hr != NULL ? rcc_hazard_ratio_get_p (hr) : NULL);
}

static char *
evidence_text_cb (gpointer  instance,
                  RccTrial *trial)
{
  g_autofree char *codes = trial != NULL ? rcc_trial_text_level_codes (trial) : NULL;

  return dash_if_empty (codes);
}

static char *
evidence_tooltip_cb (gpointer  instance,
                     RccTrial *trial)
{
  /* "No level given by the PDQ" for none */
  return trial != NULL ? rcc_trial_text_levels (trial, NULL, TRUE) : NULL;
}

/* Sort keys: (trial) -> key */

static double
phase_key_cb (RccTrial *trial)
{
  return rcc_trial_text_phase_key (trial);
}

static double
enrolled_key_cb (RccTrial *trial)
{
  guint enrolled = rcc_trial_get_enrolled (trial);

  return enrolled > 0 ? enrolled : MISSING_KEY;
}

static char *
comparison_key_cb (RccTrial *trial)
{
  return rcc_trial_text_comparison (trial);
}

static char *
plain_comparison_key_cb (RccTrial *trial)
{
  return rcc_patient_text_comparison (trial);
}

static double
median_key_cb (RccTrial *trial)
{
  return rcc_trial_text_median_key (trial);
}

static double
hazard_ratio_key_cb (RccTrial *trial)
{
  return rcc_trial_text_hazard_ratio_key (trial);
}

static double
p_key_cb (RccTrial *trial)
{
  RccHazardRatio *hr = headline_hazard_ratio (trial);
  const char *p = hr != NULL ? rcc_hazard_ratio_get_p (hr) : NULL;
  const char *number;
  double value;

  if (p == NULL)
    return MISSING_KEY;

  /* As printed: "< .0001", "=0.008", "0.05" */
  number = strpbrk (p, ".0123456789");
  if (number == NULL)
    return MISSING_KEY;

  value = g_ascii_strtod (number, NULL);
  /* "< .001" sorts before ".001" */
  return strchr (p, '<') != NULL ? value * (1 - 1e-9) : value;
}

static double
evidence_key_cb (RccTrial *trial)
{
  double key = rcc_trial_text_level_key (trial);

  return key < G_MAXDOUBLE ? key : MISSING_KEY;
}

/* GTK scales text, not fixed widths: scale them with the resolution the
 * text size sets (see RccApplication).
 *
 * A hidden column gets no fixed width.  GTK 4.8 sums the widths of all
 * columns, hidden ones too, for the table's own width and for the room
 * left over after the columns (gtk_column_view_measure_across(); GTK 4.10
 * skips hidden columns).  With the patient view's 600 px of columns
 * hidden, that room was always negative, so no column ever expanded and
 * the table ended at the sum of its shown columns' widths, the rest of
 * its page blank; and its natural width, as much too wide, made the
 * leaflet fold where table and detail fit side by side.  A hidden column
 * without a fixed width measures 0: its title is hidden and it has no
 * cells. */
static void
update_column_width (RccTrialsPage       *self,
                     GtkColumnViewColumn *column)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  gpointer width;
  int dpi = 0;
  double factor;

  if (!g_hash_table_lookup_extended (self->base_widths, column, NULL, &width))
    return;

  if (!gtk_column_view_column_get_visible (column))
    {
      gtk_column_view_column_set_fixed_width (column, -1);
      return;
    }

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  factor = dpi > 0 ? MAX (1.0, dpi / (96.0 * 1024)) : 1.0;
  gtk_column_view_column_set_fixed_width (column, (int)(GPOINTER_TO_INT (width) * factor));
}

static void
update_column_width_cb (gpointer column,
                        gpointer width,
                        gpointer self)
{
  update_column_width (self, column);
}

/* Shows or hides @column.  A column shown again gets its width at the
 * text size, not one the user dragged it to: hiding it forgot that. */
static void
set_column_visible (RccTrialsPage       *self,
                    GtkColumnViewColumn *column,
                    gboolean             visible)
{
  if (gtk_column_view_column_get_visible (column) == visible)
    return;

  gtk_column_view_column_set_visible (column, visible);
  update_column_width (self, column);
}

/* Which columns each view shows */
void
_rcc_trials_page_update_columns (RccTrialsPage *self)
{
  gboolean clinician = !self->patient;
  gboolean detailed = clinician && !self->presentation;

  set_column_visible (self, self->phase_column, detailed);
  set_column_visible (self, self->enrolled_column, detailed);
  set_column_visible (self, self->p_column, detailed);
  set_column_visible (self, self->comparison_column, clinician);
  set_column_visible (self, self->median_column, clinician);
  set_column_visible (self, self->hazard_ratio_column, clinician);
  set_column_visible (self, self->evidence_column, clinician);
  set_column_visible (self, self->plain_comparison_column, self->patient);
  set_column_visible (self, self->results_column, self->patient);

  /* GTK 4.8 measures a row's height giving its n-th shown cell the width
   * of the n-th column, hidden or not (gtk_column_view_layout_measure_along),
   * so a shown column after a hidden one is measured at the hidden one's
   * width, a letter a line: keep the shown columns first, in order */
  {
    guint position = 0;

    for (guint pass = 0; pass < 2; pass++)
      for (guint i = 0; i < self->columns->len; i++)
        {
          GtkColumnViewColumn *column = g_ptr_array_index (self->columns, i);

          if (gtk_column_view_column_get_visible (column) == (pass == 0))
            gtk_column_view_insert_column (self->column_view, position++, column);
        }
  }

  /* Filters and sorts by what the view shows */
  gtk_widget_set_visible (GTK_WIDGET (self->endpoint_dropdown), clinician);
  if (self->patient)
    gtk_drop_down_set_selected (self->endpoint_dropdown, 0);
  gtk_menu_button_set_menu_model (self->sort_button,
                                  self->patient ? self->plain_sort_menu : self->sort_menu);
}

static void
update_column_widths (RccTrialsPage *self)
{
  g_hash_table_foreach (self->base_widths, update_column_width_cb, self);
}

static void
dpi_changed_cb (RccTrialsPage *self,
                GParamSpec    *pspec,
                GtkSettings   *settings)
{
  update_column_widths (self);
}

void
_rcc_trials_page_columns_init (RccTrialsPage *self)
{
  /* The columns in the template's order, for the sort menu, and the
   * widths it gives them, at 96 dpi, to scale with the text */
  self->columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->base_widths = g_hash_table_new (NULL, NULL);
  {
    GListModel *columns = gtk_column_view_get_columns (self->column_view);

    for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
      {
        GtkColumnViewColumn *column = g_list_model_get_item (columns, i);
        int width = gtk_column_view_column_get_fixed_width (column);

        g_ptr_array_add (self->columns, column);
        if (width > 0)
          g_hash_table_insert (self->base_widths, column, GINT_TO_POINTER (width));
      }
  }
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (dpi_changed_cb), self, G_CONNECT_SWAPPED);
  update_column_widths (self);
}

void
_rcc_trials_page_class_columns_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, comparison_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, enrolled_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, hazard_ratio_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, hazard_ratio_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, median_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, p_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, imported_mark_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, phase_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, plain_comparison_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, results_text_cb);

  gtk_widget_class_bind_template_callback (widget_class, comparison_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, enrolled_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, evidence_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, hazard_ratio_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, median_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, p_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, phase_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, plain_comparison_key_cb);
}
