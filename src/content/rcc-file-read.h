/* rcc-file-read.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GBytes *rcc_file_read (GFile    *file,
                       guint64   max_bytes,
                       guint64  *size,
                       GError  **error);

G_END_DECLS
