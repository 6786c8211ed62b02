/* rcc-level-words.h: what level-of-evidence codes mean (private)
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "model/rcc-enums.h"

G_BEGIN_DECLS

/* A pdq-2014 code's parts: design 1-3 with its roman subdivision (0 if
 * none), endpoint 'A'-'D' with its subdivision (only D has one). */
typedef struct
{
  guint design;
  guint design_sub;
  char  endpoint;
  guint endpoint_sub;
} RccLevelParts;

gboolean    rcc_level_words_parse    (RccEvidenceScheme  scheme,
                                      const char        *code,
                                      RccLevelParts     *parts);
char       *rcc_level_words_describe (RccEvidenceScheme  scheme,
                                      const char        *code);
const char *rcc_level_words_misfit   (void);

G_END_DECLS
