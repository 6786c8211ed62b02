/* rcc-search-match.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* A search result's id: "treatment:pazopanib", "trial:veg105192" */
#define RCC_SEARCH_TREATMENT_PREFIX "treatment:"
#define RCC_SEARCH_TRIAL_PREFIX     "trial:"

char      **rcc_search_match        (RccCatalog         *catalog,
                                     const char * const *terms);
char      **rcc_search_refine       (RccCatalog         *catalog,
                                     const char * const *previous,
                                     const char * const *terms);
char       *rcc_search_describe     (RccCatalog         *catalog,
                                     const char         *result_id,
                                     char              **name);
char       *rcc_search_terms_text   (const char * const *terms);

G_END_DECLS
