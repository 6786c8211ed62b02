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
 * What every reported figure (median, hazard ratio, rate, and the harm
 * and follow-up figures, which have no CI and are never a headline)
 * carries, held once: a figure keeps its own copy, and readers fill one to build a
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

/* The shared set's getters on each figure type, so that callers keep
 * saying rcc_median_get_ci_low (median): declared in the type's header
 * with RCC_FIGURE_DECLARE_GETTERS (RccMedian, rcc_median), defined in
 * its .c with RCC_FIGURE_DEFINE_GETTERS (RccMedian, rcc_median,
 * RCC_IS_MEDIAN). */
#define RCC_FIGURE_DECLARE_GETTERS(TypeName, type_name)                  \
  const char *type_name##_get_arm_id     (TypeName *self);                \
  gboolean    type_name##_get_has_ci     (TypeName *self);                \
  double      type_name##_get_ci_low     (TypeName *self);                \
  double      type_name##_get_ci_high    (TypeName *self);                \
  double      type_name##_get_ci_level   (TypeName *self);                \
  guint       type_name##_get_sides      (TypeName *self);                \
  const char *type_name##_get_analysis   (TypeName *self);                \
  const char *type_name##_get_population (TypeName *self);                \
  gboolean    type_name##_get_primary    (TypeName *self);                \
  guint       type_name##_get_decimals   (TypeName *self);

#define RCC_FIGURE_DEFINE_GETTER(TypeName, type_name, TYPE_CHECK, Ret, name, fallback, member) \
  Ret                                                                     \
  type_name##_get_##name (TypeName *self)                                 \
  {                                                                       \
    g_return_val_if_fail (TYPE_CHECK (self), fallback);                   \
    return rcc_figure_get_fields (RCC_FIGURE (self))->member;             \
  }

#define RCC_FIGURE_DEFINE_GETTERS(TypeName, type_name, TYPE_CHECK)                              \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, const char *, arm_id, NULL, arm_id)  \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, gboolean, has_ci, FALSE, has_ci)     \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, double, ci_low, 0.0, ci.low)         \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, double, ci_high, 0.0, ci.high)       \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, double, ci_level, 0.0, ci.level)     \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, guint, sides, 0, ci.sides)           \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, const char *, analysis, NULL, analysis) \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, const char *, population, NULL, population) \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, gboolean, primary, FALSE, primary)   \
  RCC_FIGURE_DEFINE_GETTER (TypeName, type_name, TYPE_CHECK, guint, decimals, 0, decimals)

G_END_DECLS
