/* rcc-cli.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the command line asked for, beyond opening a window. */
typedef struct
{
  const char         *content_path;  /* --content, or NULL for the bundled content */
  const char * const *imports;       /* --import FILE…, or NULL */
  gboolean            dump_json;     /* --dump-json */
  const char         *compare;       /* --compare ID,ID,… */
  const char         *output;        /* --output FILE */
  const char         *paper;         /* --paper a4|letter */
  gboolean            patient;       /* --patient: the plain-language handout */
  const char         *endpoint;      /* --endpoint primary|pfs|os|dfs */
} RccCliRequest;

int      rcc_cli_validate (const char * const  *paths);
gboolean rcc_cli_wants    (const RccCliRequest *request);
int      rcc_cli_run      (const RccCliRequest *request);

G_END_DECLS
