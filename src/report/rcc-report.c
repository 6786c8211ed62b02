/* rcc-report.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-report-private.h"

/* The comparison summary: one renderer for the screen, the printer and
 * the PDF, so what is printed is what was seen.
 *
 * The summary is a list of items (title, notes, chart rows, table rows,
 * citations, ...).  Every item is drawn by one function that, when asked
 * only to measure, walks the same code without painting, so measured
 * and drawn heights can never disagree.  Pagination stacks items onto
 * pages and repeats the chart and table headers on each page they
 * continue on; an item never straddles a page.
 *
 * Sizes derive from the font size, in user units: pixels on screen,
 * points on paper. */

G_DEFINE_FINAL_TYPE (RccReport, rcc_report, G_TYPE_OBJECT)

static const RccReportColors default_colors = {
  { 0.0, 0.0, 0.0, 1.0 },
  { 1.0, 1.0, 1.0, 1.0 },
  { 0.11, 0.44, 0.85, 1.0 },
};

RccTrial *
_rcc_report_get_trial (RccReport *self,
                       guint      index)
{
  /* The model holds a reference for as long as the report uses it. */
  g_autoptr(RccTrial) trial = g_list_model_get_item (self->trials, index);

  return trial;
}

guint
_rcc_report_n_trials (RccReport *self)
{
  return self->trials != NULL ? g_list_model_get_n_items (self->trials) : 0;
}

static void
rcc_report_finalize (GObject *object)
{
  RccReport *self = (RccReport *)object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->trials);
  g_clear_pointer (&self->printed, g_date_time_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);

  G_OBJECT_CLASS (rcc_report_parent_class)->finalize (object);
}

static void
rcc_report_class_init (RccReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_report_finalize;
}

static void
rcc_report_init (RccReport *self)
{
  self->font_size = 9.0;
  self->asked_font_size = 9.0;
  self->colors = default_colors;
  self->printed = g_date_time_new_now_local ();
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/**
 * rcc_report_new:
 * @catalog: where the trials' references and the source come from
 */
RccReport *
rcc_report_new (RccCatalog *catalog)
{
  RccReport *self;

  g_return_val_if_fail (RCC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RCC_TYPE_REPORT, NULL);
  self->catalog = g_object_ref (catalog);
  return self;
}

/**
 * rcc_report_set_trials:
 * @trials: a #GListModel of #RccTrial, in the order to show them
 */
void
rcc_report_set_trials (RccReport  *self,
                       GListModel *trials)
{
  g_return_if_fail (RCC_IS_REPORT (self));
  g_return_if_fail (trials == NULL || G_IS_LIST_MODEL (trials));

  g_set_object (&self->trials, trials);
  g_hash_table_remove_all (self->layouts);
}

/**
 * rcc_report_get_trials:
 *
 * Returns: (transfer none) (nullable): the trials shown
 */
GListModel *
rcc_report_get_trials (RccReport *self)
{
  g_return_val_if_fail (RCC_IS_REPORT (self), NULL);

  return self->trials;
}

void
rcc_report_set_printed (RccReport *self,
                        GDateTime *printed)
{
  g_return_if_fail (RCC_IS_REPORT (self));
  g_return_if_fail (printed != NULL);

  g_clear_pointer (&self->printed, g_date_time_unref);
  self->printed = g_date_time_ref (printed);
}

/**
 * rcc_report_set_font_size:
 *
 * The base font size in user units (points on paper, pixels on screen);
 * every other size follows from it.
 */
void
rcc_report_set_font_size (RccReport *self,
                          double     font_size)
{
  g_return_if_fail (RCC_IS_REPORT (self));
  g_return_if_fail (font_size > 0);

  if (self->font_size != font_size)
    g_hash_table_remove_all (self->layouts);
  self->font_size = font_size;
  self->asked_font_size = font_size;
}

void
rcc_report_set_colors (RccReport             *self,
                       const RccReportColors *colors)
{
  g_return_if_fail (RCC_IS_REPORT (self));

  self->colors = colors != NULL ? *colors : default_colors;
}

/**
 * rcc_report_set_audience:
 *
 * %RCC_AUDIENCE_PATIENT draws the plain-language handout instead of the
 * clinician's summary, on screen and on paper.
 */
void
rcc_report_set_audience (RccReport   *self,
                         RccAudience  audience)
{
  g_return_if_fail (RCC_IS_REPORT (self));

  self->audience = audience;
}

RccAudience
rcc_report_get_audience (RccReport *self)
{
  g_return_val_if_fail (RCC_IS_REPORT (self), RCC_AUDIENCE_CLINICIAN);

  return self->audience;
}

/**
 * rcc_report_set_endpoint:
 *
 * The endpoint the bars, the forest plot and the table's survival cells
 * are drawn for; %RCC_ENDPOINT_CHOICE_PRIMARY (the default) draws each
 * trial's own primary endpoint.
 */
void
rcc_report_set_endpoint (RccReport         *self,
                         RccEndpointChoice  endpoint)
{
  g_return_if_fail (RCC_IS_REPORT (self));

  self->endpoint = endpoint;
}

RccEndpointChoice
rcc_report_get_endpoint (RccReport *self)
{
  g_return_val_if_fail (RCC_IS_REPORT (self), RCC_ENDPOINT_CHOICE_PRIMARY);

  return self->endpoint;
}
