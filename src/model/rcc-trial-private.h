/* rcc-trial-private.h: RccTrial's instance, shared by rcc-trial.c and
 * rcc-trial-figures.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "model/rcc-trial.h"

G_BEGIN_DECLS

struct _RccTrial
{
  GObject parent_instance;

  char        *id;
  char        *name;
  char        *title;
  guint        year;
  char        *phase;
  guint        enrolled;
  RccSetting   setting;
  char        *design;
  char        *population;
  char        *risk_group;
  char        *primary_endpoint;
  char        *takeaway;
  char       **findings;
  char       **primary_endpoints;
  char       **reference_ids;

  /* Provenance of a trial imported from a registry record; NULL/FALSE
   * for the bundled, reviewed content. */
  char        *nct_id;
  char        *source_note;
  char        *source_updated;
  char       **import_notes;
  gboolean     imported;

  GListStore  *arms;
  GListStore  *medians;
  GListStore  *hazard_ratios;
  GListStore  *rates;
  GListStore  *levels;
  GListStore  *adverse_events;    /* of RccHarm (content version 4) */
  GListStore  *discontinuations;  /* of RccHarm */
  GListStore  *follow_ups;
  GListStore  *esmo_grades;
  char        *search_text;
};

G_END_DECLS
