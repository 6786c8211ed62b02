/* rcc-format.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* Text for figures, shared by the window, the printed summary and the
 * PDF so they always read the same.  Numbers follow the user's locale;
 * reported figures keep the decimals the source gave them. */

char *rcc_format_number        (double          value,
                                guint           decimals);
char *rcc_format_months        (double          months);
char *rcc_format_median        (RccMedian      *median);
char *rcc_format_median_reported (RccMedian    *median);
char *rcc_format_ci            (double          low,
                                double          high,
                                double          level,
                                guint           decimals);
char *rcc_format_figure_ci     (RccFigure      *figure);
char *rcc_format_hazard_ratio  (RccHazardRatio *hr);
char *rcc_format_rate          (RccRate        *rate);
char *rcc_format_p_markup      (const char     *p);
char *rcc_format_date          (const char     *iso_date);
char *rcc_format_source_line   (RccCatalog     *catalog);
char *rcc_format_phase         (const char     *phase);
char *rcc_format_edition       (RccEdition     *edition);
char *rcc_format_edition_dated (RccEdition     *edition);
char *rcc_format_level_code    (RccLevel       *level,
                                RccCatalog     *catalog);
char *rcc_format_level         (RccLevel       *level,
                                RccCatalog     *catalog);
const char *rcc_format_no_level (void);
const char *rcc_format_reference_kind (RccReferenceKind kind);

G_END_DECLS
