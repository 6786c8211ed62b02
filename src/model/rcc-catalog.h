/* rcc-catalog.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "model/rcc-change.h"
#include "model/rcc-edition.h"
#include "model/rcc-option.h"
#include "model/rcc-reference.h"
#include "model/rcc-treatment.h"
#include "model/rcc-trial.h"

G_BEGIN_DECLS

#define RCC_TYPE_CATALOG (rcc_catalog_get_type ())

G_DECLARE_FINAL_TYPE (RccCatalog, rcc_catalog, RCC, CATALOG, GObject)

RccCatalog   *rcc_catalog_new                (void);

guint         rcc_catalog_get_version        (RccCatalog   *self);
const char   *rcc_catalog_get_source         (RccCatalog   *self);
const char   *rcc_catalog_get_source_url     (RccCatalog   *self);
const char   *rcc_catalog_get_source_updated (RccCatalog   *self);
const char   *rcc_catalog_get_reviewed       (RccCatalog   *self);
void          rcc_catalog_set_source_info    (RccCatalog   *self,
                                              guint         version,
                                              const char   *source,
                                              const char   *source_url,
                                              const char   *source_updated,
                                              const char   *reviewed);

GListModel   *rcc_catalog_get_treatments     (RccCatalog   *self);
GListModel   *rcc_catalog_get_trials         (RccCatalog   *self);
GListModel   *rcc_catalog_get_references     (RccCatalog   *self);
GListModel   *rcc_catalog_get_changelog      (RccCatalog   *self);
void          rcc_catalog_add_change         (RccCatalog   *self,
                                              RccChange    *change);

RccTreatment *rcc_catalog_lookup_treatment   (RccCatalog   *self,
                                              const char   *id);
RccTrial     *rcc_catalog_lookup_trial       (RccCatalog   *self,
                                              const char   *id);
RccReference *rcc_catalog_lookup_reference   (RccCatalog   *self,
                                              const char   *id);

gboolean      rcc_catalog_add_treatment      (RccCatalog   *self,
                                              RccTreatment *treatment);
gboolean      rcc_catalog_add_trial          (RccCatalog   *self,
                                              RccTrial     *trial);
gboolean      rcc_catalog_remove_trial       (RccCatalog   *self,
                                              const char   *id);
gboolean      rcc_catalog_add_reference      (RccCatalog   *self,
                                              RccReference *reference);
void          rcc_catalog_link_trials        (RccCatalog   *self);

void          rcc_catalog_replace            (RccCatalog   *self,
                                              RccCatalog   *other);

/* Editions and lines of therapy (rcc-catalog-lines.c) */
GListModel   *rcc_catalog_get_editions       (RccCatalog   *self);
RccEdition   *rcc_catalog_find_edition       (RccCatalog   *self,
                                              const char   *id);
RccEdition   *rcc_catalog_get_current_edition (RccCatalog  *self);
GListModel   *rcc_catalog_get_options        (RccCatalog   *self);
GListModel   *rcc_catalog_get_options_for_line (RccCatalog     *self,
                                                RccTherapyLine  line);
GListModel   *rcc_catalog_get_options_for_treatment (RccCatalog   *self,
                                                     RccTreatment *treatment);
gboolean      rcc_catalog_add_edition        (RccCatalog   *self,
                                              RccEdition   *edition);
void          rcc_catalog_add_option         (RccCatalog   *self,
                                              RccOption    *option);

GListStore   *rcc_catalog_resolve_trials     (RccCatalog          *self,
                                              const char * const  *ids,
                                              GError             **error);

G_END_DECLS
