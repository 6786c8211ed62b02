/* rcc-treatments-page-list.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-treatments-page-private.h"

#include "ui/rcc-treatment-row.h"

/* The Treatments page's list: what a row stands for, the search and
 * setting filters, the headers naming each line of therapy, and the rows. */

/* The setting dropdown's items after "All settings", in order */
const RccSetting _rcc_treatments_page_setting_choices[] = {
  RCC_SETTING_FIRST_LINE,
  RCC_SETTING_AFTER_VEGF,
  RCC_SETTING_AFTER_IO_AND_VEGF,
  RCC_SETTING_ADJUVANT,
  RCC_SETTING_CYTOREDUCTIVE,
};

/* An item's treatment: the option's, or the item itself */
RccTreatment *
_rcc_treatments_page_item_treatment (gpointer item)
{
  if (RCC_IS_OPTION (item))
    return rcc_option_get_treatment (item);

  return RCC_IS_TREATMENT (item) ? item : NULL;
}

/* A treatment is in a setting if any of its trials is; an option with
 * no treatment is in none */
gboolean
_rcc_treatments_page_setting_filter_func (gpointer item,
                     gpointer user_data)
{
  RccTreatmentsPage *self = user_data;
  RccTreatment *treatment = _rcc_treatments_page_item_treatment (item);
  guint position = gtk_drop_down_get_selected (self->setting_dropdown);
  GListModel *trials;
  RccSetting setting;
  guint n;

  if (position == GTK_INVALID_LIST_POSITION || position == 0 ||
      position > G_N_ELEMENTS (_rcc_treatments_page_setting_choices))
    return TRUE;

  if (treatment == NULL)
    return FALSE;

  setting = _rcc_treatments_page_setting_choices[position - 1];
  trials = rcc_treatment_get_trials (treatment);
  n = g_list_model_get_n_items (trials);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (trials, i);

      if (rcc_trial_get_setting (trial) == setting)
        return TRUE;
    }

  return FALSE;
}

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized, -1);
}

/* The search: over the treatment's search text (name, brand, targets,
 * category) and the option's note */
gboolean
_rcc_treatments_page_search_filter_func (gpointer item,
                    gpointer user_data)
{
  RccTreatmentsPage *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  RccTreatment *treatment = _rcc_treatments_page_item_treatment (item);
  g_autofree char *needle = NULL;
  g_autoptr(GString) haystack = g_string_new (NULL);
  g_autofree char *folded = NULL;

  if (search == NULL || *search == '\0')
    return TRUE;

  if (treatment != NULL)
    g_string_append (haystack, rcc_treatment_get_search_text (treatment));
  if (RCC_IS_OPTION (item) && rcc_option_get_note (item) != NULL)
    g_string_append_printf (haystack, " %s", rcc_option_get_note (item));

  needle = fold (search);
  folded = fold (haystack->str);
  return strstr (folded, needle) != NULL;
}

static gboolean
same_section (gpointer a,
              gpointer b)
{
  if (RCC_IS_OPTION (a) && RCC_IS_OPTION (b))
    return rcc_option_get_line (a) == rcc_option_get_line (b);

  return RCC_IS_TREATMENT (a) && RCC_IS_TREATMENT (b);
}

static const char *
section_title (gpointer item)
{
  if (RCC_IS_OPTION (item))
    return rcc_therapy_line_get_label (rcc_option_get_line (item));

  return _("Not in the Current Lists");
}

/* A header above the first row of each line of therapy */
void
_rcc_treatments_page_header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  gpointer item = g_object_get_data (G_OBJECT (row), "rcc-item");
  gpointer before_item = before != NULL ? g_object_get_data (G_OBJECT (before), "rcc-item") : NULL;
  GtkWidget *header;

  if (before_item != NULL && same_section (item, before_item))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (section_title (item));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (header), 30);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "line-header");
  gtk_accessible_update_property (GTK_ACCESSIBLE (header),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  gtk_list_box_row_set_header (row, header);
}

/* Rows: each follows the page's catalog and patient view */
GtkWidget *
_rcc_treatments_page_create_row (gpointer item,
            gpointer user_data)
{
  RccTreatmentsPage *self = user_data;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *child = rcc_treatment_row_new ();
  gboolean has_treatment = _rcc_treatments_page_item_treatment (item) != NULL;

  g_object_bind_property (self, "patient", child, "patient", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "catalog", child, "catalog", G_BINDING_SYNC_CREATE);
  if (RCC_IS_OPTION (item))
    rcc_treatment_row_set_option (RCC_TREATMENT_ROW (child), item);
  else
    rcc_treatment_row_set_treatment (RCC_TREATMENT_ROW (child), item);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), child);
  g_object_set_data_full (G_OBJECT (row), "rcc-item", g_object_ref (item), g_object_unref);

  /* An option that names no treatment ("any of the agents listed …")
   * is read, not chosen */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), has_treatment);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), has_treatment);
  if (!has_treatment)
    gtk_widget_add_css_class (row, "note-row");

  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, child, NULL,
                                  -1);
  return row;
}
