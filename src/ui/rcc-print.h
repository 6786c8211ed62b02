/* rcc-print.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "report/rcc-report.h"

G_BEGIN_DECLS

GtkPrintOperationResult rcc_print_report (RccReport   *report,
                                          GtkWindow   *parent,
                                          RccPaper     paper,
                                          const char  *printer,
                                          GError     **error);

G_END_DECLS
