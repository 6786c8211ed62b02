/* rcc-view-properties.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-view-properties.h"

#include "model/rcc-catalog.h"

/* The two properties the window hands down to every view of the guide
 * (the pages, the details, their rows and footers): the catalog shown,
 * and whether it is shown in plain language for patients.  Each view
 * installs them under these names with these flags, so that one binding
 * in a template serves them all; they are defined here once.  So is
 * presentation mode, which the window has and binds to the views that
 * change with it. */

/**
 * rcc_param_spec_catalog:
 *
 * The "catalog" property of a view: the #RccCatalog it shows; read
 * and write, notified only when it changes.
 *
 * Returns: (transfer floating): a new #GParamSpec, for a class's
 *   property array
 */
GParamSpec *
rcc_param_spec_catalog (void)
{
  return g_param_spec_object ("catalog", NULL, NULL,
                              RCC_TYPE_CATALOG,
                              (G_PARAM_READWRITE |
                               G_PARAM_EXPLICIT_NOTIFY |
                               G_PARAM_STATIC_STRINGS));
}

/**
 * rcc_param_spec_patient:
 *
 * The "patient" property of a view: %TRUE for plain language for
 * patients, %FALSE (the default) for clinicians; read and write,
 * notified only when it changes.
 *
 * Returns: (transfer floating): a new #GParamSpec, for a class's
 *   property array
 */
GParamSpec *
rcc_param_spec_patient (void)
{
  return g_param_spec_boolean ("patient", NULL, NULL,
                               FALSE,
                               (G_PARAM_READWRITE |
                                G_PARAM_EXPLICIT_NOTIFY |
                                G_PARAM_STATIC_STRINGS));
}

/**
 * rcc_param_spec_presentation:
 *
 * The "presentation" property of the window and of a view that changes
 * with it: %TRUE in presentation mode, %FALSE (the default) otherwise;
 * read and write, notified only when it changes.
 *
 * Returns: (transfer floating): a new #GParamSpec, for a class's
 *   property array
 */
GParamSpec *
rcc_param_spec_presentation (void)
{
  return g_param_spec_boolean ("presentation", NULL, NULL,
                               FALSE,
                               (G_PARAM_READWRITE |
                                G_PARAM_EXPLICIT_NOTIFY |
                                G_PARAM_STATIC_STRINGS));
}
