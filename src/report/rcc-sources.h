/* rcc-sources.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* Source lines: which editions of the PDQ and which publications a page
 * or a printout draws on, with their dates, shared by the window and
 * the printed summary.  A trial draws on its references and on the
 * editions that cite them (rcc_reference_get_cited_by()), never on an
 * edition that does not cite it. */

GPtrArray *rcc_sources_trial_editions    (RccCatalog   *catalog,
                                          RccTrial     *trial);
char      *rcc_sources_for_trial         (RccCatalog   *catalog,
                                          RccTrial     *trial);
char      *rcc_sources_for_treatment     (RccCatalog   *catalog,
                                          RccTreatment *treatment);
char      *rcc_sources_for_trials        (RccCatalog   *catalog,
                                          GListModel   *trials);
char      *rcc_sources_short_for_trials  (RccCatalog   *catalog,
                                          GListModel   *trials);
char      *rcc_sources_reviewed          (RccCatalog   *catalog);

G_END_DECLS
