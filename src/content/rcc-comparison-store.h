/* rcc-comparison-store.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/rcc-endpoint-choice.h"

G_BEGIN_DECLS

#define RCC_TYPE_COMPARISON (rcc_comparison_get_type ())

G_DECLARE_FINAL_TYPE (RccComparison, rcc_comparison, RCC, COMPARISON, GObject)

RccComparison      *rcc_comparison_new           (const char         *name,
                                                  const char * const *trial_ids,
                                                  GDateTime          *saved);
const char         *rcc_comparison_get_name      (RccComparison      *self);
const char * const *rcc_comparison_get_trial_ids (RccComparison      *self);
GDateTime          *rcc_comparison_get_saved     (RccComparison      *self);
RccEndpointChoice   rcc_comparison_get_endpoint  (RccComparison      *self);
void                rcc_comparison_set_endpoint  (RccComparison      *self,
                                                  RccEndpointChoice   endpoint);

#define RCC_TYPE_COMPARISON_STORE (rcc_comparison_store_get_type ())

G_DECLARE_FINAL_TYPE (RccComparisonStore, rcc_comparison_store, RCC, COMPARISON_STORE, GObject)

RccComparisonStore *rcc_comparison_store_new          (GFile              *file);
char               *rcc_comparison_store_default_path (void);
GFile              *rcc_comparison_store_get_file     (RccComparisonStore *self);
GListModel         *rcc_comparison_store_get_list     (RccComparisonStore *self);
gboolean            rcc_comparison_store_load         (RccComparisonStore *self,
                                                       GFile             **set_aside,
                                                       GError            **error);
RccComparison      *rcc_comparison_store_lookup       (RccComparisonStore *self,
                                                       const char         *name);
gboolean            rcc_comparison_store_put          (RccComparisonStore *self,
                                                       RccComparison      *comparison,
                                                       GError            **error);
gboolean            rcc_comparison_store_remove       (RccComparisonStore *self,
                                                       const char         *name,
                                                       GError            **error);

G_END_DECLS
