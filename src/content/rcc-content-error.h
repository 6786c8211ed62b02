/* rcc-content-error.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define RCC_CONTENT_ERROR (rcc_content_error_quark ())

typedef enum
{
  RCC_CONTENT_ERROR_IO,         /* cannot be read */
  RCC_CONTENT_ERROR_TOO_LARGE,  /* over the size we accept */
  RCC_CONTENT_ERROR_EMPTY,
  RCC_CONTENT_ERROR_PARSE,      /* not well-formed */
  RCC_CONTENT_ERROR_UNSAFE,     /* DTD, entities: refused, never expanded */
  RCC_CONTENT_ERROR_SCHEMA,     /* fails the RELAX NG schema */
  RCC_CONTENT_ERROR_INVALID,    /* schema-valid but wrong: HR outside CI, unknown arm, ... */
} RccContentError;

GQuark rcc_content_error_quark (void);

G_END_DECLS
