/* rcc-report-layout.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>

#include "rcc-format.h"
#include "rcc-report-private.h"
#include "rcc-sources.h"

/* Items, measuring and pagination: which items a summary has, their
 * heights, how they stack onto pages, and drawing a page or the body. */

#define MARGIN_FACTOR 4.0      /* page margin, in font sizes */
#define HANDOUT_MARGIN 30.0    /* the handout's page margin, in points (about 1 cm) */
#define HANDOUT_PAGES 2        /* the patient handout's aim */
#define HANDOUT_MIN_SCALE 0.8  /* the least share of the asked type size it shrinks to */
#define HANDOUT_FONT_STEP 0.25 /* points */

typedef enum
{
  ITEM_TITLE,
  ITEM_NOTES,
  ITEM_EMPTY,
  ITEM_CHART_HEADER,
  ITEM_CHART_ROW,
  ITEM_TABLE_HEADER,
  ITEM_TABLE_ROW,
  ITEM_LEVELS_HEADING,
  ITEM_LEVEL,
  ITEM_HEADING,
  ITEM_CITATION,
  ITEM_DISCLAIMER,
  /* The patient handout */
  ITEM_PATIENT_TITLE,
  ITEM_PATIENT_INTRO,
  ITEM_SECTION,
  ITEM_PATIENT_TRIAL,
  ITEM_PATIENT_TREATMENT,
  ITEM_QUESTIONS,
  ITEM_NOTES_SPACE,
  ITEM_PATIENT_DISCLAIMER,
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint    index;
  double   y;
} Placed;
static double
draw_item (RccReportCtx *ctx,
           ItemKind      kind,
           guint         index,
           double        y)
{
  switch (kind)
    {
    case ITEM_TITLE: return _rcc_report_item_title (ctx, y);
    case ITEM_NOTES: return _rcc_report_item_notes (ctx, y);
    case ITEM_EMPTY: return _rcc_report_item_empty (ctx, y);
    case ITEM_CHART_HEADER: return _rcc_report_item_chart_header (ctx, y);
    case ITEM_CHART_ROW: return _rcc_report_item_chart_row (ctx, y, index);
    case ITEM_TABLE_HEADER: return ctx->fs + _rcc_report_item_table_header (ctx, y + ctx->fs);
    case ITEM_TABLE_ROW: return _rcc_report_item_table_row (ctx, y, index);
    case ITEM_LEVELS_HEADING: return _rcc_report_item_levels_heading (ctx, y);
    case ITEM_LEVEL: return _rcc_report_item_level (ctx, y, index);
    case ITEM_HEADING: return _rcc_report_item_heading (ctx, y);
    case ITEM_CITATION: return _rcc_report_item_citation (ctx, y, index);
    case ITEM_DISCLAIMER: return _rcc_report_item_disclaimer (ctx, y);
    case ITEM_PATIENT_TITLE: return _rcc_report_item_patient_title (ctx, y);
    case ITEM_PATIENT_INTRO: return _rcc_report_item_patient_intro (ctx, y);
    case ITEM_SECTION: return _rcc_report_item_section (ctx, y, index);
    case ITEM_PATIENT_TRIAL: return _rcc_report_item_patient_trial (ctx, y, index);
    case ITEM_PATIENT_TREATMENT: return _rcc_report_item_patient_treatment (ctx, y, index);
    case ITEM_QUESTIONS: return _rcc_report_item_questions (ctx, y);
    case ITEM_NOTES_SPACE: return _rcc_report_item_notes_space (ctx, y);
    case ITEM_PATIENT_DISCLAIMER: return _rcc_report_item_patient_disclaimer (ctx, y);
    default: g_assert_not_reached ();
    }
}

typedef struct
{
  ItemKind kind;
  guint    index;
} Item;

static void
append_item (GArray   *items,
             ItemKind  kind,
             guint     index)
{
  Item item = { kind, index };

  g_array_append_val (items, item);
}

/* The patient body: the studies in plain words, then each treatment. */
static GArray *
patient_body_items (RccReport *self)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GPtrArray) treatments = NULL;

  append_item (items, ITEM_PATIENT_INTRO, 0);
  if (_rcc_report_n_trials (self) == 0)
    {
      append_item (items, ITEM_EMPTY, 0);
      return items;
    }

  append_item (items, ITEM_SECTION, SECTION_FOUND);
  for (guint i = 0; i < _rcc_report_n_trials (self); i++)
    append_item (items, ITEM_PATIENT_TRIAL, i);

  treatments = _rcc_report_compared_treatments (self);
  append_item (items, ITEM_SECTION, SECTION_TREATMENTS);
  for (guint i = 0; i < treatments->len; i++)
    append_item (items, ITEM_PATIENT_TREATMENT, i);

  append_item (items, ITEM_SECTION, SECTION_QUESTIONS);
  append_item (items, ITEM_QUESTIONS, 0);

  return items;
}

/* The body, shown on screen and printed: notes, charts, table. */
static GArray *
body_items (RccReport *self)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (Item));
  guint n = _rcc_report_n_trials (self);
  Item item;

  if (self->audience == RCC_AUDIENCE_PATIENT)
    return patient_body_items (self);

  item = (Item) { ITEM_NOTES, 0 };
  g_array_append_val (items, item);

  if (n == 0)
    {
      item = (Item) { ITEM_EMPTY, 0 };
      g_array_append_val (items, item);
      return items;
    }

  item = (Item) { ITEM_CHART_HEADER, 0 };
  g_array_append_val (items, item);
  for (guint i = 0; i < n; i++)
    {
      item = (Item) { ITEM_CHART_ROW, i };
      g_array_append_val (items, item);
    }

  item = (Item) { ITEM_TABLE_HEADER, 0 };
  g_array_append_val (items, item);
  for (guint i = 0; i < n; i++)
    {
      item = (Item) { ITEM_TABLE_ROW, i };
      g_array_append_val (items, item);
    }

  append_item (items, ITEM_LEVELS_HEADING, 0);
  for (guint i = 0; i < n; i++)
    append_item (items, ITEM_LEVEL, i);

  return items;
}

double
rcc_report_measure_body (RccReport *self,
                         double     width)
{
  g_autoptr(GArray) items = NULL;
  cairo_t *cr;
  RccReportCtx ctx;
  double y = 0;

  g_return_val_if_fail (RCC_IS_REPORT (self), 0);

  cr = _rcc_report_measuring_cairo ();
  _rcc_report_ctx_init (&ctx, self, cr, width);
  items = body_items (self);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      y += draw_item (&ctx, item->kind, item->index, y);
    }
  _rcc_report_ctx_clear (&ctx);
  cairo_destroy (cr);

  return ceil (y);
}

void
rcc_report_draw_body (RccReport *self,
                      cairo_t   *cr,
                      double     width)
{
  g_autoptr(GArray) items = NULL;
  RccReportCtx ctx;
  double y = 0;

  g_return_if_fail (RCC_IS_REPORT (self));

  _rcc_report_ctx_init (&ctx, self, cr, width);
  ctx.draw = TRUE;
  items = body_items (self);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      y += draw_item (&ctx, item->kind, item->index, y);
    }
  _rcc_report_ctx_clear (&ctx);
}

static double
page_margin (RccReport *self)
{
  /* The handout gives its room to large type: narrower margins, still
   * wide of any printer's unprintable edge */
  if (self->audience == RCC_AUDIENCE_PATIENT)
    return MIN (self->font_size * MARGIN_FACTOR, HANDOUT_MARGIN);

  return self->font_size * MARGIN_FACTOR;
}

static double
footer_height (RccReport *self)
{
  if (self->audience == RCC_AUDIENCE_PATIENT)
    return self->font_size * 2.0;

  return self->font_size * 2.5;
}

static void
place (GArray   *page,
       ItemKind  kind,
       guint     index,
       double    y)
{
  Placed placed = { kind, index, y };

  g_array_append_val (page, placed);
}

/* The closing words never stand alone on a page: the item before them
 * takes them along.  On the handout that is the questions, whatever
 * comes between them (room for notes, offered only where it fits with
 * the closing words); on the summary, the last reference.  Returns
 * the height item @i must find room for besides its own. */
static double
closing_words_after (RccReportCtx *ctx,
                     GArray       *items,
                     guint         i)
{
  if (g_array_index (items, Item, i).kind == ITEM_QUESTIONS)
    return draw_item (ctx, ITEM_PATIENT_DISCLAIMER, 0, 0);

  if (i + 1 < items->len && g_array_index (items, Item, i + 1).kind == ITEM_DISCLAIMER)
    return draw_item (ctx, ITEM_DISCLAIMER, 0, 0);

  return 0;
}

static guint
paginate_at_font_size (RccReport *self,
                       double     page_width,
                       double     page_height)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) body = NULL;
  g_autoptr(GPtrArray) refs = NULL;
  GArray *page;
  cairo_t *cr;
  RccReportCtx ctx;
  double width, avail, y = 0;
  Item item;

  g_return_val_if_fail (RCC_IS_REPORT (self), 0);

  self->page_width = page_width;
  self->page_height = page_height;
  g_ptr_array_set_size (self->pages, 0);

  width = page_width - 2 * page_margin (self);
  avail = page_height - 2 * page_margin (self) - footer_height (self);

  item = (Item) { self->audience == RCC_AUDIENCE_PATIENT ? ITEM_PATIENT_TITLE : ITEM_TITLE, 0 };
  g_array_append_val (items, item);
  body = body_items (self);
  g_array_append_vals (items, body->data, body->len);
  refs = self->audience == RCC_AUDIENCE_PATIENT ? g_ptr_array_new () : _rcc_report_cited_references (self);
  if (self->audience == RCC_AUDIENCE_PATIENT)
    {
      append_item (items, ITEM_SECTION, SECTION_NOTES);
      append_item (items, ITEM_NOTES_SPACE, 0);
      append_item (items, ITEM_PATIENT_DISCLAIMER, 0);
    }
  else if (refs->len > 0)
    {
      item = (Item) { ITEM_HEADING, 0 };
      g_array_append_val (items, item);
      for (guint i = 0; i < refs->len; i++)
        {
          item = (Item) { ITEM_CITATION, i };
          g_array_append_val (items, item);
        }
    }
  if (self->audience != RCC_AUDIENCE_PATIENT)
    append_item (items, ITEM_DISCLAIMER, 0);

  /* The handout is measured as the PDF draws it: an image surface
   * rounds every line's height up to whole points, which left gaps
   * below each block and pushed blocks onto the next page */
  if (self->audience == RCC_AUDIENCE_PATIENT)
    {
      cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream (NULL, NULL, page_width, page_height);

      cr = cairo_create (pdf);
      cairo_surface_destroy (pdf);
    }
  else
    cr = _rcc_report_measuring_cairo ();
  _rcc_report_ctx_init (&ctx, self, cr, width);

  page = g_array_new (FALSE, FALSE, sizeof (Placed));
  g_ptr_array_add (self->pages, page);

  for (guint i = 0; i < items->len; i++)
    {
      Item *it = &g_array_index (items, Item, i);
      double h = draw_item (&ctx, it->kind, it->index, 0);
      gboolean keep_with_next = it->kind == ITEM_CHART_HEADER ||
                                it->kind == ITEM_TABLE_HEADER ||
                                it->kind == ITEM_HEADING ||
                                it->kind == ITEM_LEVELS_HEADING ||
                                it->kind == ITEM_SECTION;
      double need = h;

      /* Room for notes is offered on the handout's last page only when
       * it fits there with the closing words: never a page of its own */
      if (it->kind == ITEM_SECTION && it->index == SECTION_NOTES)
        {
          double rest = 0;

          for (guint j = i; j < items->len; j++)
            {
              Item *later = &g_array_index (items, Item, j);

              rest += draw_item (&ctx, later->kind, later->index, 0);
            }
          if (y > 0 && y + rest > avail)
            {
              i++;  /* and the notes' space after it */
              continue;
            }
        }

      need += closing_words_after (&ctx, items, i);

      /* A header never ends a page: keep it with the first row, and
       * with what that row takes along. */
      if (keep_with_next && i + 1 < items->len)
        {
          Item *next = &g_array_index (items, Item, i + 1);

          need += draw_item (&ctx, next->kind, next->index, 0);
          need += closing_words_after (&ctx, items, i + 1);
        }

      if (y > 0 && y + need > avail)
        {
          page = g_array_new (FALSE, FALSE, sizeof (Placed));
          g_ptr_array_add (self->pages, page);
          y = 0;

          /* Rows continue under a repeated header. */
          if (it->kind == ITEM_CHART_ROW || it->kind == ITEM_TABLE_ROW)
            {
              ItemKind header = it->kind == ITEM_CHART_ROW ? ITEM_CHART_HEADER : ITEM_TABLE_HEADER;

              place (page, header, 0, y);
              y += draw_item (&ctx, header, 0, 0);
            }
        }

      place (page, it->kind, it->index, y);
      y += h;
    }

  _rcc_report_ctx_clear (&ctx);
  cairo_destroy (cr);

  return self->pages->len;
}

/**
 * rcc_report_paginate:
 *
 * Lays the summary out on pages of the given size.  The patient handout
 * is kept to HANDOUT_PAGES pages where its type can shrink to fit, by
 * steps, down to HANDOUT_MIN_SCALE of the size asked for; no further, so
 * that it stays easy to read.  Where even that does not fit, the type
 * shrinks only as far as it saves a page: the largest size that gives
 * the fewest pages.
 *
 * Returns: the number of pages
 */
guint
rcc_report_paginate (RccReport *self,
                     double     page_width,
                     double     page_height)
{
  guint n, aim = HANDOUT_PAGES;

  g_return_val_if_fail (RCC_IS_REPORT (self), 0);

  for (guint pass = 0; pass < 2; pass++)
    {
      self->font_size = self->asked_font_size;
      n = paginate_at_font_size (self, page_width, page_height);
      while (self->audience == RCC_AUDIENCE_PATIENT && n > aim &&
             self->font_size - HANDOUT_FONT_STEP >= self->asked_font_size * HANDOUT_MIN_SCALE - 1e-9)
        {
          self->font_size -= HANDOUT_FONT_STEP;
          n = paginate_at_font_size (self, page_width, page_height);
        }
      if (n <= aim)
        break;
      aim = n;
    }

  return n;
}

/**
 * rcc_report_get_laid_out_font_size:
 *
 * The type size the last rcc_report_paginate() laid the pages out in:
 * the size asked for, or for the patient handout maybe a smaller one.
 *
 * Returns: the size, in points
 */
double
rcc_report_get_laid_out_font_size (RccReport *self)
{
  g_return_val_if_fail (RCC_IS_REPORT (self), 0);

  return self->font_size;
}

static void
draw_footer (RccReport    *self,
             RccReportCtx *ctx,
             guint         page,
             double        y)
{
  g_autofree char *sources = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  g_autofree char *left_markup = NULL;

  /* The sources of the trials printed, in short; their dates are on page 1 */
  if (self->trials != NULL && _rcc_report_n_trials (self) > 0)
    sources = rcc_sources_short_for_trials (self->catalog, self->trials);
  else
    {
      RccEdition *current = rcc_catalog_get_current_edition (self->catalog);

      sources = current != NULL ? rcc_format_edition_dated (current) : g_strdup (_("PDQ"));
    }

  if (self->audience == RCC_AUDIENCE_PATIENT)
    /* Translators: handout footer; %s lists the sources, "2025 PDQ, trial publications" */
    left = g_strdup_printf (_("RCC Guide · Sources: %s · Talk with your care team"), sources);
  else
    /* Translators: page footer; %s lists the sources, "2025 PDQ, trial publications" */
    left = g_strdup_printf (_("RCC Guide · Sources: %s · Supports, does not replace, clinical judgement"),
                            sources);
  /* Translators: page footer, "Page 1 of 3" */
  right = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  left_markup = g_markup_escape_text (left, -1);

  _rcc_report_set_color (ctx, self->colors.foreground, 0.5);
  cairo_set_line_width (ctx->cr, MAX (ctx->fs * 0.05, 0.4));
  cairo_move_to (ctx->cr, 0, y);
  cairo_line_to (ctx->cr, ctx->width, y);
  cairo_stroke (ctx->cr);

  _rcc_report_text (ctx, 0, y + ctx->fs * 0.4, ctx->width * 0.8, left_markup, 0.75, FALSE,
                    PANGO_ALIGN_LEFT);
  _rcc_report_text (ctx, ctx->width * 0.8, y + ctx->fs * 0.4, ctx->width * 0.2, right, 0.75, FALSE,
                    PANGO_ALIGN_RIGHT);
}

/**
 * rcc_report_draw_page:
 *
 * Draws @page of the last rcc_report_paginate() onto @cr, whose origin
 * is the page's top left corner.
 */
void
rcc_report_draw_page (RccReport *self,
                      cairo_t   *cr,
                      guint      page)
{
  GArray *placed;
  double margin;
  RccReportCtx ctx;

  g_return_if_fail (RCC_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);

  placed = g_ptr_array_index (self->pages, page);
  margin = page_margin (self);

  cairo_save (cr);
  if (self->colors.background[3] > 0)
    {
      _rcc_report_set_color (&(RccReportCtx) { .self = self, .cr = cr }, self->colors.background,
                             1.0);
      cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
      cairo_fill (cr);
    }
  cairo_translate (cr, margin, margin);

  _rcc_report_ctx_init (&ctx, self, cr, self->page_width - 2 * margin);
  ctx.draw = TRUE;

  for (guint i = 0; i < placed->len; i++)
    {
      Placed *p = &g_array_index (placed, Placed, i);
      draw_item (&ctx, p->kind, p->index, p->y);
    }

  /* The footer's rule half a line or a line below the body's room */
  draw_footer (self, &ctx, page, self->page_height - 2 * margin - self->font_size * 1.5);
  _rcc_report_ctx_clear (&ctx);
  cairo_restore (cr);
}
