/* rcc-evidence-level.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A PDQ level-of-evidence code such as "1iDiii": the strength of the
 * study design (a number with an optional lower-case roman subdivision)
 * and of the endpoint (a capital letter; D with a roman subdivision). */
typedef struct
{
  guint design;          /* 1, 2 or 3 */
  guint design_sub;      /* 0 for none; 1, 2, 3 for i, ii, iii */
  char  endpoint;        /* 'A', 'B', 'C' or 'D' */
  guint endpoint_sub;    /* 0 for none; 1 to 4 for Di to Div */
} RccEvidenceLevel;

gboolean  rcc_evidence_level_parse    (const char       *code,
                                       RccEvidenceLevel *level);
char     *rcc_evidence_level_describe (const char       *code);

G_END_DECLS
