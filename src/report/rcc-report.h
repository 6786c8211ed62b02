/* rcc-report.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "model/rcc-catalog.h"
#include "model/rcc-endpoint-choice.h"

G_BEGIN_DECLS

#define RCC_TYPE_REPORT (rcc_report_get_type ())

G_DECLARE_FINAL_TYPE (RccReport, rcc_report, RCC, REPORT, GObject)

typedef enum
{
  RCC_PAPER_A4,
  RCC_PAPER_LETTER,
} RccPaper;

typedef enum
{
  RCC_AUDIENCE_CLINICIAN,
  RCC_AUDIENCE_PATIENT,
} RccAudience;

/* Colours the renderer draws with; the window passes its style's, the
 * printed and PDF summaries use the defaults (black on white). */
typedef struct
{
  double foreground[4];
  double background[4];
  double accent[4];
} RccReportColors;

RccReport *rcc_report_new              (RccCatalog            *catalog);
void       rcc_report_set_trials       (RccReport             *self,
                                        GListModel            *trials);
GListModel *rcc_report_get_trials      (RccReport             *self);
void       rcc_report_set_printed      (RccReport             *self,
                                        GDateTime             *printed);
void       rcc_report_set_font_size    (RccReport             *self,
                                        double                 font_size);
double     rcc_report_get_laid_out_font_size (RccReport       *self);
void       rcc_report_set_colors       (RccReport             *self,
                                        const RccReportColors *colors);
void       rcc_report_set_audience     (RccReport             *self,
                                        RccAudience            audience);
RccAudience rcc_report_get_audience    (RccReport             *self);
void       rcc_report_set_endpoint     (RccReport             *self,
                                        RccEndpointChoice      endpoint);
RccEndpointChoice rcc_report_get_endpoint (RccReport          *self);

/* The on-screen part: notes, charts and table, at any width. */
double     rcc_report_measure_body     (RccReport             *self,
                                        double                 width);
void       rcc_report_draw_body        (RccReport             *self,
                                        cairo_t               *cr,
                                        double                 width);

/* The printed summary, in pages of @page_width × @page_height units
 * (points, for print and PDF). */
guint      rcc_report_paginate         (RccReport             *self,
                                        double                 page_width,
                                        double                 page_height);
void       rcc_report_draw_page        (RccReport             *self,
                                        cairo_t               *cr,
                                        guint                  page);

void       rcc_paper_get_size          (RccPaper               paper,
                                        double                *width,
                                        double                *height);
gboolean   rcc_report_write_pdf        (RccReport             *self,
                                        const char            *filename,
                                        RccPaper               paper,
                                        GError               **error);
gboolean   rcc_report_write_png        (RccReport             *self,
                                        const char            *filename,
                                        double                 width,
                                        GError               **error);

G_END_DECLS
