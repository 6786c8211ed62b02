/* rcc-test-run.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* Helpers for the tests that run programs as a user would: the real
 * binary ($RCC_GUIDE_BIN), pdftotext and the like.  Used by test-cli,
 * test-ctgov-import, test-report and test-locale. */

G_BEGIN_DECLS

/* What a program did: its exit status, standard output and error */
typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

void                 run_clear                     (Run                *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

void                 run_argv_in_locale            (Run                *run,
                                                    const char         *locale,
                                                    const char * const *argv);
void                 run_argv                      (Run                *run,
                                                    const char * const *argv);
char                *run_argv_ok                   (const char * const *argv);
char                *run_pdf_text_folded           (const char         *pdf);
guint                run_pdf_pages                 (const char         *pdf);
void                 run_guide                     (Run                *run,
                                                    const char         *first_arg,
                                                    ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
