/* rcc-report-private.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "rcc-report.h"

G_BEGIN_DECLS

/* The report's files share its instance and these helpers: rcc-report.c
 * (the object), -figures.c (what a trial shows), -draw.c (drawing
 * primitives), -chart.c (bars and forest plot), -table.c (the
 * clinician's items), -handout.c (the patient handout's items),
 * -layout.c (items, measuring, pagination), -export.c (PDF, PNG),
 * -notes.c (fair-comparison warnings) and -harm.c (response, harm and
 * ESMO-MCBS under each table row). */

struct _RccReport
{
  GObject          parent_instance;

  RccCatalog      *catalog;
  GListModel      *trials;
  GDateTime       *printed;
  double           font_size;   /* the laid-out size: a handout's may be smaller */
  double           asked_font_size;  /* as rcc_report_set_font_size() set it */
  RccReportColors  colors;
  RccAudience      audience;
  RccEndpointChoice endpoint;

  /* Laid-out text by font size, style, width and markup: measuring
   * and drawing the same comparison shape each string once. */
  GHashTable      *layouts;

  /* From the last rcc_report_paginate() */
  double           page_width;
  double           page_height;
  GPtrArray       *pages;       /* of GArray of Placed */
};

/* What the report shows for one trial (rcc-report-figures.c) */
typedef struct
{
  RccEndpointChoice choice;     /* what was asked for */
  RccEndpoint     endpoint;     /* the bars' endpoint */
  gboolean        is_primary;   /* it is the trial's stated primary endpoint */
  gboolean        missing;      /* the trial has no figure on it at all */
  GPtrArray      *arms;         /* RccArm, experimental first, then controls */
  GPtrArray      *medians;      /* RccMedian or NULL ("not reported"), per arm */
  GPtrArray      *hrs;          /* the headline HRs (RccHazardRatio) */
  GPtrArray      *os;           /* RccMedian or NULL, per arm: OS, from the
                                 * analysis that gives it */
} RccReportFigures;

/* One pass over the items: measuring only, or drawing (rcc-report-draw.c) */
typedef struct
{
  RccReport *self;
  cairo_t   *cr;
  gboolean   draw;        /* FALSE: measure only */
  double     width;       /* content width */
  double     fs;          /* font size */
  double     months_max;  /* the shared months axis */
  double     months_step;
  gboolean   all_normal;  /* every HR is treatment vs control */

  PangoFontDescription *font;
  char                 *target;  /* what layouts depend on in the cairo target */
  GPtrArray            *cited;   /* _rcc_report_cited_references(), once a pass */
} RccReportCtx;

/* The chart's columns, in user units (rcc-report-chart.c) */
typedef struct
{
  double label_x, label_w;
  double pfs_x, pfs_w;
  double hr_x, hr_w;
} RccReportColumns;

/* The handout's sections (rcc-report-handout.c) */
enum { SECTION_FOUND, SECTION_TREATMENTS, SECTION_QUESTIONS, SECTION_NOTES };

/* rcc-report.c */
RccTrial *_rcc_report_get_trial (RccReport *self,
                                 guint      index);
guint     _rcc_report_n_trials  (RccReport *self);

/* rcc-report-figures.c */
void        _rcc_report_figures_clear              (RccReportFigures *f);
void        _rcc_report_figures_init               (RccTrial         *trial,
                                                    RccReportFigures *f);
void        _rcc_report_figures_init_for           (RccTrial         *trial,
                                                    RccEndpointChoice choice,
                                                    RccReportFigures *f);
char       *_rcc_report_figures_missing            (RccReportFigures *f);
char       *_rcc_report_figures_endpoint_markup    (RccReportFigures *f);
const char *_rcc_report_figures_later_analysis     (RccReportFigures *f);
const char *_rcc_report_figures_population         (RccReportFigures *f);
const char *_rcc_report_arm_label                  (RccTrial         *trial,
                                                    const char       *arm_id);
gboolean    _rcc_report_hr_is_treatment_vs_control (RccTrial         *trial,
                                                    RccHazardRatio   *hr);

/* rcc-report-draw.c */
void     _rcc_report_set_color       (RccReportCtx   *ctx,
                                      const double   *rgba,
                                      double          alpha);
double   _rcc_report_text            (RccReportCtx   *ctx,
                                      double          x,
                                      double          y,
                                      double          width,
                                      const char     *markup,
                                      double          scale,
                                      gboolean        bold,
                                      PangoAlignment  align);
double   _rcc_report_plain           (RccReportCtx   *ctx,
                                      double          x,
                                      double          y,
                                      double          width,
                                      const char     *str,
                                      double          scale,
                                      gboolean        bold);
char    *_rcc_report_median_markup   (RccMedian      *m);
void     _rcc_report_fill_bar        (RccReportCtx   *ctx,
                                      double          x,
                                      double          y,
                                      double          w,
                                      double          h,
                                      gboolean        control,
                                      guint           experimental_index);
void     _rcc_report_ctx_init        (RccReportCtx   *ctx,
                                      RccReport      *self,
                                      cairo_t        *cr,
                                      double          width);
void     _rcc_report_ctx_clear       (RccReportCtx   *ctx);
cairo_t *_rcc_report_measuring_cairo (void);

/* rcc-report-chart.c */
RccReportColumns _rcc_report_chart_columns     (RccReportCtx           *ctx);
double           _rcc_report_months_to_x       (RccReportCtx           *ctx,
                                                const RccReportColumns *c,
                                                double                  months);
double           _rcc_report_item_chart_header (RccReportCtx           *ctx,
                                                double                  y);
double           _rcc_report_item_chart_row    (RccReportCtx           *ctx,
                                                double                  y,
                                                guint                   index);

/* rcc-report-table.c */
char      *_rcc_report_sources             (RccReport    *self);
double     _rcc_report_item_title          (RccReportCtx *ctx,
                                            double        y);
double     _rcc_report_item_notes          (RccReportCtx *ctx,
                                            double        y);
double     _rcc_report_item_table_header   (RccReportCtx *ctx,
                                            double        y);
double     _rcc_report_item_table_row      (RccReportCtx *ctx,
                                            double        y,
                                            guint         index);
GPtrArray *_rcc_report_cited_references    (RccReport    *self);
double     _rcc_report_item_citation       (RccReportCtx *ctx,
                                            double        y,
                                            guint         index);
double     _rcc_report_item_levels_heading (RccReportCtx *ctx,
                                            double        y);
double     _rcc_report_item_level          (RccReportCtx *ctx,
                                            double        y,
                                            guint         index);
double     _rcc_report_item_heading        (RccReportCtx *ctx,
                                            double        y);
double     _rcc_report_item_disclaimer     (RccReportCtx *ctx,
                                            double        y);
double     _rcc_report_item_empty          (RccReportCtx *ctx,
                                            double        y);

/* rcc-report-icons.c */
double     _rcc_report_trial_icon_arrays       (RccReportCtx *ctx,
                                                double        x,
                                                double        y,
                                                double        width,
                                                RccTrial     *trial,
                                                const char   *shown_population);
/* rcc-report-notes.c */
char      *_rcc_report_differences_note    (RccReport    *self);

/* rcc-report-harm.c */
double     _rcc_report_item_harm           (RccReportCtx *ctx,
                                            double        y,
                                            guint         index);
gboolean   _rcc_report_follow_up_matches   (RccFollowUp  *follow_up,
                                            const char   *analysis);
GPtrArray *_rcc_report_harm_adverse_events (RccReport    *self,
                                            RccTrial     *trial);
GPtrArray *_rcc_report_harm_follow_ups     (RccReport    *self,
                                            RccTrial     *trial);

/* rcc-report-handout.c */
GPtrArray *_rcc_report_compared_treatments     (RccReport    *self);
double     _rcc_report_item_patient_title      (RccReportCtx *ctx,
                                                double        y);
double     _rcc_report_item_patient_intro      (RccReportCtx *ctx,
                                                double        y);
double     _rcc_report_item_section            (RccReportCtx *ctx,
                                                double        y,
                                                guint         index);
double     _rcc_report_item_patient_trial      (RccReportCtx *ctx,
                                                double        y,
                                                guint         index);
double     _rcc_report_item_patient_treatment  (RccReportCtx *ctx,
                                                double        y,
                                                guint         index);
double     _rcc_report_item_questions          (RccReportCtx *ctx,
                                                double        y);
double     _rcc_report_item_notes_space        (RccReportCtx *ctx,
                                                double        y);
double     _rcc_report_item_patient_disclaimer (RccReportCtx *ctx,
                                                double        y);

G_END_DECLS
