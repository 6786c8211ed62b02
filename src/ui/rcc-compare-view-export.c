/* rcc-compare-view-export.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-compare-view-private.h"
#include "rcc-print.h"

#include "content/rcc-json.h"

/* The comparison on paper and in files: compare.print (the print
 * dialog, rcc-print.c), compare.export-pdf and compare.export-json (a
 * file chooser, then the file).  The window's win.print and
 * win.export-pdf (Ctrl+P, Ctrl+E) come here. */

/* Printing and PDF use their own report: black on white, in points;
 * for patients, the handout in large print. */
static RccReport *
paper_report (RccCompareView *self)
{
  RccReport *report = rcc_report_new (self->catalog);

  rcc_report_set_trials (report, G_LIST_MODEL (self->trials));
  rcc_report_set_endpoint (report, self->endpoint);
  if (self->patient)
    {
      rcc_report_set_audience (report, RCC_AUDIENCE_PATIENT);
      rcc_report_set_font_size (report, 12);
    }
  return report;
}

/* The paper-size preference, or the locale's paper. */
static RccPaper
default_paper (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *name;

  schema = source != NULL ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;
  if (schema != NULL && g_settings_schema_has_key (schema, "paper-size"))
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      g_autofree char *paper = g_settings_get_string (settings, "paper-size");

      if (g_str_equal (paper, "a4"))
        return RCC_PAPER_A4;
      if (g_str_equal (paper, "letter"))
        return RCC_PAPER_LETTER;
    }

  name = gtk_paper_size_get_default ();
  return g_str_has_prefix (name, "na_") ? RCC_PAPER_LETTER : RCC_PAPER_A4;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RccCompareView *self = RCC_COMPARE_VIEW (widget);
  g_autoptr(RccReport) report = paper_report (self);
  g_autoptr(GError) error = NULL;

  if (rcc_print_report (report, GTK_WINDOW (gtk_widget_get_root (widget)), default_paper (),
                        NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);
      _rcc_compare_view_toast (self, message);
    }
}

typedef enum { EXPORT_PDF, EXPORT_JSON } ExportKind;

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    RccCompareView  *self)
{
  ExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      g_object_unref (dialog);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (kind == EXPORT_PDF)
    {
      g_autoptr(RccReport) report = paper_report (self);
      g_autofree char *path = g_file_get_path (file);

      ok = rcc_report_write_pdf (report, path, default_paper (), &error);
    }
  else
    {
      g_autoptr(JsonNode) node = rcc_json_serialize_comparison (self->catalog, G_LIST_MODEL (self->trials), NULL,
                                                                  self->endpoint);
      g_autofree char *json = rcc_json_to_string (node, TRUE);

      ok = g_file_replace_contents (file, json, strlen (json), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error);
    }

  if (ok)
    {
      g_autofree char *name = g_file_get_basename (file);
      message = g_strdup_printf (_("Saved “%s”"), name);
    }
  else
    message = g_strdup_printf (_("Could not save: %s"), error->message);

  _rcc_compare_view_toast (self, message);
  g_object_unref (dialog);
}

static void
export (RccCompareView *self,
        ExportKind      kind)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (kind == EXPORT_PDF ? _("Export Comparison as PDF")
                                                           : _("Export Comparison as JSON"),
                                        GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  if (kind == EXPORT_PDF)
    {
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("comparison.pdf"));
    }
  else
    {
      gtk_file_filter_set_name (filter, _("JSON files"));
      gtk_file_filter_add_mime_type (filter, "application/json");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("comparison.json"));
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  g_object_set_data (G_OBJECT (dialog), "kind", GINT_TO_POINTER (kind));
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* compare.export-pdf and compare.export-json: the kind is in the name */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  export (RCC_COMPARE_VIEW (widget),
          g_str_equal (action_name, "compare.export-pdf") ? EXPORT_PDF : EXPORT_JSON);
}

void
_rcc_compare_view_class_export_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "compare.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "compare.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "compare.export-json", NULL, export_action);
}
