/* rcc-report-export.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>

#include "rcc-report-private.h"

/* Files: the summary written as PDF pages or the body as one PNG. */

void
rcc_paper_get_size (RccPaper  paper,
                    double   *width,
                    double   *height)
{
  /* In points. */
  if (paper == RCC_PAPER_LETTER)
    {
      *width = 612.0;
      *height = 792.0;
    }
  else
    {
      *width = 595.276;
      *height = 841.89;
    }
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *stream = closure;

  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* Draws the report into @stream in one file format; @data is the
 * format's own setting (the paper, or the image's width). */
typedef cairo_status_t (*WriteFunc) (RccReport     *self,
                                     GOutputStream *stream,
                                     gconstpointer  data);

/* Files are written next to the target and renamed over it when
 * complete (g_file_replace), so a failure never leaves half a file. */
static gboolean
write_replacing (RccReport      *self,
                 const char     *filename,
                 WriteFunc       write_func,
                 gconstpointer   data,
                 GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (filename);
  g_autoptr(GFileOutputStream) stream = NULL;
  cairo_status_t status;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;

  status = write_func (self, G_OUTPUT_STREAM (stream), data);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Cancel, so the half-written temporary does not replace the file. */
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();

      g_cancellable_cancel (cancellable);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, NULL);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", filename,
                   cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

static cairo_status_t
write_pdf_pages (RccReport     *self,
                 GOutputStream *stream,
                 gconstpointer  data)
{
  const RccPaper *paper = data;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  guint n_pages;
  cairo_t *cr;

  rcc_paper_get_size (*paper, &width, &height);
  n_pages = rcc_report_paginate (self, width, height);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  _("Comparison of trial results: advanced renal cell carcinoma"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "RCC Guide " PACKAGE_VERSION);
  cr = cairo_create (surface);

  for (guint i = 0; i < n_pages; i++)
    {
      rcc_report_draw_page (self, cr, i);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * rcc_report_write_pdf:
 *
 * Writes the paged summary as a PDF, replacing @filename atomically.
 */
gboolean
rcc_report_write_pdf (RccReport   *self,
                      const char  *filename,
                      RccPaper     paper,
                      GError     **error)
{
  g_return_val_if_fail (RCC_IS_REPORT (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  return write_replacing (self, filename, write_pdf_pages, &paper, error);
}

static cairo_status_t
write_png_body (RccReport     *self,
                GOutputStream *stream,
                gconstpointer  data)
{
  double width = *(const double *)data;
  cairo_surface_t *surface;
  cairo_status_t status;
  double margin, height;
  cairo_t *cr;

  margin = self->font_size * 1.5;
  height = rcc_report_measure_body (self, width - 2 * margin) + 2 * margin;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int)ceil (width), (int)ceil (height));
  cr = cairo_create (surface);
  cairo_set_source_rgba (cr, self->colors.background[0], self->colors.background[1],
                         self->colors.background[2], self->colors.background[3]);
  cairo_paint (cr);
  cairo_translate (cr, margin, margin);
  rcc_report_draw_body (self, cr, width - 2 * margin);
  cairo_destroy (cr);

  status = cairo_surface_write_to_png_stream (surface, write_to_stream, stream);
  cairo_surface_destroy (surface);

  return status;
}

/**
 * rcc_report_write_png:
 *
 * Writes the body (notes, charts, table) as one PNG @width pixels wide.
 */
gboolean
rcc_report_write_png (RccReport   *self,
                      const char  *filename,
                      double       width,
                      GError     **error)
{
  g_return_val_if_fail (RCC_IS_REPORT (self), FALSE);

  return write_replacing (self, filename, write_png_body, &width, error);
}
