/* rcc-reference.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/rcc-enums.h"

G_BEGIN_DECLS

#define RCC_TYPE_REFERENCE (rcc_reference_get_type ())

G_DECLARE_FINAL_TYPE (RccReference, rcc_reference, RCC, REFERENCE, GObject)

const char *rcc_reference_get_id       (RccReference *self);
guint       rcc_reference_get_number   (RccReference *self);
const char *rcc_reference_get_citation (RccReference *self);
guint       rcc_reference_get_pmid     (RccReference *self);
const char *rcc_reference_get_doi      (RccReference *self);
RccReferenceKind    rcc_reference_get_kind     (RccReference *self);
const char * const *rcc_reference_get_cited_by (RccReference *self);
gboolean            rcc_reference_get_partial  (RccReference *self);

G_END_DECLS
