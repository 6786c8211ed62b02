/* rcc-content-error.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-content-error.h"

G_DEFINE_QUARK (rcc-content-error-quark, rcc_content_error)
