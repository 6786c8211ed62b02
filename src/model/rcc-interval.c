/* rcc-interval.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-interval.h"

G_DEFINE_BOXED_TYPE (RccInterval, rcc_interval, rcc_interval_copy, rcc_interval_free)

RccInterval *
rcc_interval_new (double low,
                  double high,
                  double level,
                  guint  sides)
{
  RccInterval *self = g_new (RccInterval, 1);

  self->low = low;
  self->high = high;
  self->level = level;
  self->sides = sides;

  return self;
}

RccInterval *
rcc_interval_copy (const RccInterval *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_memdup2 (self, sizeof *self);
}

void
rcc_interval_free (RccInterval *self)
{
  g_free (self);
}

/**
 * rcc_interval_contains:
 *
 * Returns: whether @value lies within the interval, bounds included
 */
gboolean
rcc_interval_contains (const RccInterval *self,
                       double             value)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->low <= value && value <= self->high;
}
