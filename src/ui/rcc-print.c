/* rcc-print.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-print.h"

/* Printing a report through GtkPrintOperation, as any GTK app prints:
 * the print dialog (with its page setup embedded), or straight to a
 * named printer with no dialog.  The printer, the paper and the
 * orientation last printed with are remembered in GSettings
 * (print-settings, page-setup) and offered again next time; the report
 * lays itself out for whatever page it is given. */

static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  if (schema == NULL || !g_settings_schema_has_key (schema, "page-setup"))
    return NULL;

  return g_settings_new (APP_ID);
}

static GtkPageSetup *
remembered_page_setup (GSettings *settings,
                       RccPaper   paper)
{
  g_autoptr(GVariant) stored = settings != NULL ? g_settings_get_value (settings, "page-setup") : NULL;
  GtkPageSetup *setup = NULL;
  g_autoptr(GtkPaperSize) size = NULL;

  if (stored != NULL && g_variant_n_children (stored) > 0)
    setup = gtk_page_setup_new_from_gvariant (stored);
  if (setup != NULL)
    return setup;

  setup = gtk_page_setup_new ();
  size = gtk_paper_size_new (paper == RCC_PAPER_LETTER ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size (setup, size);
  return setup;
}

static GtkPrintSettings *
remembered_print_settings (GSettings *settings)
{
  g_autoptr(GVariant) stored = settings != NULL ? g_settings_get_value (settings, "print-settings") : NULL;

  if (stored != NULL && g_variant_n_children (stored) > 0)
    return gtk_print_settings_new_from_gvariant (stored);

  return gtk_print_settings_new ();
}

/* What the user chose, for next time: the printer and its options, and
 * the page (the dialog's embedded page setup writes into the settings) */
static void
remember (GSettings         *settings,
          GtkPrintOperation *operation)
{
  GtkPrintSettings *used = gtk_print_operation_get_print_settings (operation);
  g_autoptr(GtkPageSetup) setup = NULL;
  GtkPaperSize *size;

  if (settings == NULL || used == NULL)
    return;

  g_settings_set_value (settings, "print-settings", gtk_print_settings_to_gvariant (used));

  setup = gtk_page_setup_copy (gtk_print_operation_get_default_page_setup (operation));
  size = gtk_print_settings_get_paper_size (used);
  if (size != NULL)
    {
      gtk_page_setup_set_paper_size (setup, size);
      gtk_paper_size_free (size);
    }
  if (gtk_print_settings_has_key (used, GTK_PRINT_SETTINGS_ORIENTATION))
    gtk_page_setup_set_orientation (setup, gtk_print_settings_get_orientation (used));
  g_settings_set_value (settings, "page-setup", gtk_page_setup_to_gvariant (setup));
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                RccReport         *report)
{
  guint n = rcc_report_paginate (report,
                                 gtk_print_context_get_width (context),
                                 gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              RccReport         *report)
{
  rcc_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
}

/**
 * rcc_print_report:
 * @parent: (nullable): the window the dialog belongs to
 * @paper: the paper to offer when none is remembered
 * @printer: (nullable): print to this printer with no dialog; %NULL
 *   shows the print dialog.  Not with a CUPS printer on GTK 4.8: its
 *   printer finder calls back twice for a printer a backend adds
 *   before finishing its list, the second time on freed memory
 *
 * Prints @report, and remembers the printer and page used.
 *
 * Returns: as gtk_print_operation_run()
 */
GtkPrintOperationResult
rcc_print_report (RccReport   *report,
                  GtkWindow   *parent,
                  RccPaper     paper,
                  const char  *printer,
                  GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GSettings) settings = app_settings ();
  g_autoptr(GtkPageSetup) setup = remembered_page_setup (settings, paper);
  g_autoptr(GtkPrintSettings) print_settings = remembered_print_settings (settings);
  GtkPrintOperationResult result;

  g_return_val_if_fail (RCC_IS_REPORT (report), GTK_PRINT_OPERATION_RESULT_ERROR);

  if (printer != NULL)
    gtk_print_settings_set_printer (print_settings, printer);

  /* Points, the whole sheet: the report keeps its own margins. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, _("RCC Guide comparison"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_print_settings (operation, print_settings);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), report, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), report, 0);

  result = gtk_print_operation_run (operation,
                                    printer != NULL ? GTK_PRINT_OPERATION_ACTION_PRINT
                                                    : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember (settings, operation);

  return result;
}
