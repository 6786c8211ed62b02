/* rcc-endpoint-choice.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "model/rcc-trial.h"

G_BEGIN_DECLS

/* Which endpoint a comparison is drawn for.  The nicks ("primary",
 * "pfs", "os", "dfs") are the saved files', the JSON export's, the
 * command line's and the actions' vocabulary. */
typedef enum
{
  RCC_ENDPOINT_CHOICE_PRIMARY,
  RCC_ENDPOINT_CHOICE_PFS,
  RCC_ENDPOINT_CHOICE_OS,
  RCC_ENDPOINT_CHOICE_DFS,
} RccEndpointChoice;

#define RCC_TYPE_ENDPOINT_CHOICE (rcc_endpoint_choice_get_type ())

GType        rcc_endpoint_choice_get_type      (void) G_GNUC_CONST;
const char  *rcc_endpoint_choice_to_nick       (RccEndpointChoice  choice);
gboolean     rcc_endpoint_choice_from_nick     (const char        *nick,
                                                RccEndpointChoice *choice);
const char  *rcc_endpoint_choice_get_label     (RccEndpointChoice  choice);
RccEndpoint  rcc_endpoint_choice_resolve       (RccEndpointChoice  choice,
                                                RccTrial          *trial,
                                                gboolean          *is_primary);
RccEndpoint  rcc_trial_get_stated_primary_endpoint (RccTrial      *trial);
gboolean     rcc_trial_names_primary_endpoint (RccTrial       *trial,
                                                RccEndpoint        endpoint);
gboolean     rcc_trial_has_endpoint            (RccTrial          *trial,
                                                RccEndpoint        endpoint);

G_END_DECLS
