/* rcc-interval.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define RCC_TYPE_INTERVAL (rcc_interval_get_type ())

typedef struct _RccInterval RccInterval;

/**
 * RccInterval:
 * @low: the lower bound, in the figure's own unit
 * @high: the upper bound
 * @level: the confidence level in percent, as reported; or
 *   %RCC_CI_LEVEL_NOT_STATED where the source gives none (never taken
 *   for 95%)
 * @sides: 2 two-sided, 1 one-sided, 0 where the source does not say
 *
 * A figure's confidence interval, as the source reports it.
 */
struct _RccInterval
{
  double low;
  double high;
  double level;
  guint  sides;
};

GType        rcc_interval_get_type (void) G_GNUC_CONST;
RccInterval *rcc_interval_new      (double             low,
                                    double             high,
                                    double             level,
                                    guint              sides);
RccInterval *rcc_interval_copy     (const RccInterval *self);
void         rcc_interval_free     (RccInterval       *self);
gboolean     rcc_interval_contains (const RccInterval *self,
                                    double             value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RccInterval, rcc_interval_free)

G_END_DECLS
