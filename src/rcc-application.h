/* rcc-application.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "content/rcc-library.h"

G_BEGIN_DECLS

#define RCC_TYPE_APPLICATION (rcc_application_get_type ())

G_DECLARE_FINAL_TYPE (RccApplication, rcc_application, RCC, APPLICATION, AdwApplication)

RccApplication *rcc_application_new              (void);
RccLibrary     *rcc_application_get_library      (RccApplication  *self);
RccCatalog     *rcc_application_get_catalog      (RccApplication  *self);
const GError   *rcc_application_get_import_error (RccApplication  *self);
gboolean        rcc_application_load_content     (RccApplication  *self,
                                                  GFile           *file,
                                                  GError         **error);

G_END_DECLS
