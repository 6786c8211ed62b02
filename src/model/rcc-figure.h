/* rcc-figure.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/rcc-interval.h"

G_BEGIN_DECLS

#define RCC_TYPE_FIGURE (rcc_figure_get_type ())

G_DECLARE_DERIVABLE_TYPE (RccFigure, rcc_figure, RCC, FIGURE, GObject)

struct _RccFigureClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[4];
};

/**
 * RccFigureFields:
 * @arm_id: the arm the figure is of
 * @analysis: which analysis, as the source names it (e.g. "final")
 * @population: which population, where not the whole trial
 * @primary: whether the content marks it as a headline result
 * @decimals: how many decimals the source reported it with
 * @has_ci: whether @ci holds a reported interval
 * @ci: the confidence interval; its level is kept even without bounds
 *
 * What every reported figure (median, hazard ratio, rate) carries, held
 * once: a figure keeps its own copy, and readers fill one to build a
 * figure with rcc_figure_new().  Clear with rcc_figure_fields_clear().
 */
typedef struct
{
  char        *arm_id;
  char        *analysis;
  char        *population;
  gboolean     primary;
  guint        decimals;
  gboolean     has_ci;
  RccInterval  ci;
} RccFigureFields;

/* The defaults of a figure made with g_object_new() alone: no CI, 95%. */
#define RCC_FIGURE_FIELDS_INIT { NULL, NULL, NULL, FALSE, 0, FALSE, { 0.0, 0.0, 95.0, 0 } }

void                   rcc_figure_fields_clear (RccFigureFields       *fields);

gpointer               rcc_figure_new          (GType                  type,
                                                const RccFigureFields *fields,
                                                const char            *first_property_name,
                                                ...) G_GNUC_NULL_TERMINATED;

const RccFigureFields *rcc_figure_get_fields   (RccFigure             *self);
const RccInterval     *rcc_figure_get_ci       (RccFigure             *self);
const char            *rcc_figure_get_arm_id   (RccFigure             *self);
gboolean               rcc_figure_get_primary  (RccFigure             *self);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RccFigureFields, rcc_figure_fields_clear)

G_END_DECLS
