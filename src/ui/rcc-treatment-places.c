/* rcc-treatment-places.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-treatment-places.h"

#include "report/rcc-format.h"
#include "ui/rcc-field-row.h"

/* Where a treatment sits in the PDQ: in each line of therapy of the
 * current edition that lists it, with its number there, its note and
 * the references the PDQ cites for it; and its place in the 2014
 * edition's list, kept as history. */

/**
 * rcc_treatment_places_option_title:
 *
 * "First line, option 9"
 */
char *
rcc_treatment_places_option_title (RccOption *option)
{
  g_return_val_if_fail (RCC_IS_OPTION (option), NULL);

  /* Translators: a line of therapy and an option's number in it, "First line, option 9" */
  return g_strdup_printf (_("%s, option %u"),
                          rcc_therapy_line_get_label (rcc_option_get_line (option)),
                          rcc_option_get_position (option));
}

/**
 * rcc_treatment_places_2014:
 *
 * "2014 edition: option 4", or "Not in the 2014 edition"
 */
char *
rcc_treatment_places_2014 (RccTreatment *treatment)
{
  guint option;

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  option = rcc_treatment_get_option (treatment);
  if (option == 0)
    return g_strdup (_("Not in the 2014 edition"));

  /* Translators: a treatment's number in the 2014 PDQ's list of options */
  return g_strdup_printf (_("2014 edition: option %u"), option);
}

/**
 * rcc_treatment_places_join:
 * @options: a #GListModel of #RccOption
 *
 * The options' places in one line: "First line, option 9; Third and
 * fourth line, option 2"; empty for none.
 */
char *
rcc_treatment_places_join (GListModel *options)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (G_IS_LIST_MODEL (options), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (options); i++)
    {
      g_autoptr(RccOption) option = g_list_model_get_item (options, i);

      g_ptr_array_add (parts, rcc_treatment_places_option_title (option));
    }

  g_ptr_array_add (parts, NULL);
  return g_strjoinv ("; ", (char **)parts->pdata);
}

/**
 * rcc_treatment_places_summary:
 *
 * Every place in one line: "First line, option 9; Third and fourth
 * line, option 2", or "Not in the current PDQ’s lists".
 */
char *
rcc_treatment_places_summary (RccCatalog   *catalog,
                              RccTreatment *treatment)
{
  g_autoptr(GListModel) options = NULL;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  options = rcc_catalog_get_options_for_treatment (catalog, treatment);
  if (g_list_model_get_n_items (options) == 0)
    return g_strdup (_("Not in the current PDQ’s lists"));

  return rcc_treatment_places_join (options);
}

/* The option's note, then the references the PDQ cites for it */
static char *
option_text (RccOption *option)
{
  GListModel *references = rcc_option_get_references (option);
  guint n = g_list_model_get_n_items (references);
  g_autoptr(GString) text = g_string_new (NULL);

  if (rcc_option_get_note (option) != NULL)
    g_string_append_printf (text, "%s\n", rcc_option_get_note (option));

  if (n == 0)
    {
      g_string_append (text, _("The PDQ cites no reference for this option."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  g_string_append (text, n == 1 ? _("The PDQ cites for it:") : _("The PDQ cites for it, in its order:"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccReference) reference = g_list_model_get_item (references, i);
      /* Without the 2014 edition's reference numbers: they are not this
       * edition's */
      g_string_append_printf (text, "\n• %s", rcc_reference_get_citation (reference));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
field_row (const char *title,
           const char *text)
{
  return g_object_new (RCC_TYPE_FIELD_ROW,
                       "title", title,
                       "text", text,
                       NULL);
}

/**
 * rcc_treatment_places_bind:
 * @catalog: (nullable): the treatment's catalog
 * @treatment: (nullable): the treatment
 *
 * Fills @list_box with a row for each of @treatment's places in the
 * current edition's lines, then one for its 2014 place.
 */
void
rcc_treatment_places_bind (GtkListBox   *list_box,
                           RccCatalog   *catalog,
                           RccTreatment *treatment)
{
  g_autoptr(GListModel) options = NULL;
  g_autofree char *place_2014 = NULL;
  GtkWidget *child;
  RccEdition *edition;
  guint n;

  g_return_if_fail (GTK_IS_LIST_BOX (list_box));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list_box))) != NULL)
    gtk_list_box_remove (list_box, child);

  if (catalog == NULL || treatment == NULL)
    return;

  options = rcc_catalog_get_options_for_treatment (catalog, treatment);
  n = g_list_model_get_n_items (options);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccOption) option = g_list_model_get_item (options, i);
      g_autofree char *title = rcc_treatment_places_option_title (option);
      g_autofree char *text = option_text (option);

      gtk_list_box_append (list_box, field_row (title, text));
    }

  edition = rcc_catalog_get_current_edition (catalog);
  if (n == 0 && edition != NULL &&
      g_list_model_get_n_items (rcc_catalog_get_options (catalog)) > 0)
    {
      g_autofree char *dated = rcc_format_edition_dated (edition);
      /* Translators: %s is an edition of the PDQ with its date */
      g_autofree char *text = g_strdup_printf (_("The %s does not list it for any line of therapy."),
                                               dated);

      gtk_list_box_append (list_box, field_row (_("Current lists"), text));
    }

  place_2014 = rcc_treatment_places_2014 (treatment);
  gtk_list_box_append (list_box, field_row (_("Earlier edition"), place_2014));
}
