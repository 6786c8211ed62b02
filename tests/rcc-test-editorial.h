/* rcc-test-editorial.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The editorial standard of content version 3, over the catalog as
 * --dump-json writes it.  Each check appends one line per problem to
 * @problems and returns how many it found. */
guint rcc_editorial_check_phrases    (JsonNode *root,
                                      GString  *problems);
guint rcc_editorial_check_references (JsonNode *root,
                                      GString  *problems);
guint rcc_editorial_check_phases     (JsonNode *root,
                                      GString  *problems);
guint rcc_editorial_check_nct_ids    (JsonNode *root,
                                      GString  *problems);
guint rcc_editorial_check_headlines  (JsonNode *root,
                                      GString  *problems);
guint rcc_editorial_check_all        (JsonNode *root,
                                      GString  *problems);
guint rcc_editorial_check_text       (const char *where,
                                      const char *text,
                                      GString    *problems);

G_END_DECLS
