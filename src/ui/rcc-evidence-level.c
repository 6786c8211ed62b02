/* rcc-evidence-level.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-evidence-level.h"

/* The PDQ ranks a result on two scales (NCI, "Levels of Evidence for
 * Adult and Pediatric Cancer Treatment Studies"; trial-facts.md §1):
 *
 *   design    1 randomised controlled trial: 1i double-blinded (inferred,
 *               as the counterpart of 1ii), 1ii non-blinded
 *             2 nonrandomised controlled trial
 *             3 case series: 3iii case series of selected patients
 *               (such as a phase II trial); 3i and 3ii are not described
 *   endpoint  A total mortality (overall survival), B cause-specific
 *             mortality, C carefully assessed quality of life,
 *             D an indirect surrogate: Di event-free survival,
 *             Dii disease-free survival, Diii progression-free
 *             survival, Div tumour response rate */

static const char *
read_roman (const char *p,
            guint      *value)
{
  static const char * const numerals[] = { "iv", "iii", "ii", "i" };
  static const guint values[] = { 4, 3, 2, 1 };

  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    {
      gsize len = strlen (numerals[i]);

      if (strncmp (p, numerals[i], len) == 0)
        {
          *value = values[i];
          return p + len;
        }
    }

  *value = 0;
  return p;
}

/**
 * rcc_evidence_level_parse:
 * @code: a code such as "1iDiii"
 * @level: (out): where to store the parts
 *
 * Returns: %TRUE if @code is a level of evidence the PDQ defines
 */
gboolean
rcc_evidence_level_parse (const char       *code,
                          RccEvidenceLevel *level)
{
  RccEvidenceLevel parsed = { 0 };
  const char *p;

  g_return_val_if_fail (level != NULL, FALSE);

  if (code == NULL)
    return FALSE;

  p = code;
  if (*p < '1' || *p > '3')
    return FALSE;
  parsed.design = *p++ - '0';
  p = read_roman (p, &parsed.design_sub);

  if (*p < 'A' || *p > 'D')
    return FALSE;
  parsed.endpoint = *p++;
  p = read_roman (p, &parsed.endpoint_sub);

  if (*p != '\0')
    return FALSE;

  /* Only the subdivisions the PDQ uses */
  switch (parsed.design)
    {
    case 1:
      if (parsed.design_sub > 2)
        return FALSE;
      break;

    case 2:
      if (parsed.design_sub != 0)
        return FALSE;
      break;

    case 3:
    default:
      if (parsed.design_sub > 3)
        return FALSE;
      break;
    }

  if (parsed.endpoint != 'D' && parsed.endpoint_sub != 0)
    return FALSE;

  *level = parsed;
  return TRUE;
}

static const char *
describe_design (const RccEvidenceLevel *level)
{
  switch (level->design)
    {
    case 1:
      if (level->design_sub == 1)
        return _("Randomised controlled trial, double-blinded");
      if (level->design_sub == 2)
        return _("Randomised controlled trial, not blinded");
      return _("Randomised controlled trial");

    case 2:
      return _("Nonrandomised controlled trial");

    case 3:
    default:
      if (level->design_sub == 3)
        return _("Case series of selected patients (such as a phase II trial)");
      return _("Case series");
    }
}

static const char *
describe_endpoint (const RccEvidenceLevel *level)
{
  switch (level->endpoint)
    {
    case 'A':
      return _("total mortality (overall survival)");

    case 'B':
      return _("cause-specific mortality");

    case 'C':
      return _("carefully assessed quality of life");

    case 'D':
    default:
      switch (level->endpoint_sub)
        {
        case 1: return _("event-free survival, an indirect surrogate");
        case 2: return _("disease-free survival, an indirect surrogate");
        case 3: return _("progression-free survival, an indirect surrogate");
        case 4: return _("tumour response rate, an indirect surrogate");
        default: return _("an indirect surrogate");
        }
    }
}

/**
 * rcc_evidence_level_describe:
 * @code: (nullable): a PDQ level-of-evidence code
 *
 * What @code means, in words: "Randomised controlled trial,
 * double-blinded; endpoint: progression-free survival, an indirect
 * surrogate."
 *
 * Returns: (transfer full): the description
 */
char *
rcc_evidence_level_describe (const char *code)
{
  RccEvidenceLevel level;
  g_autofree char *text = NULL;

  if (code == NULL || *code == '\0')
    return g_strdup (_("No PDQ level of evidence given"));

  if (!rcc_evidence_level_parse (code, &level))
    /* Translators: %s is a code such as "1iDiii" that could not be read */
    return g_strdup_printf (_("“%s” is not a PDQ level-of-evidence code "
                              "this guide can explain."), code);

  /* Translators: study design; strength of the endpoint, e.g.
   * "Randomised controlled trial; endpoint: total mortality (overall survival)." */
  text = g_strdup_printf (_("%s; endpoint: %s."), describe_design (&level),
                          describe_endpoint (&level));

  if (level.design == 1 && level.design_sub == 1)
    return g_strconcat (text, " ",
                        _("The PDQ does not define 1i in words: double-blinded is "
                          "inferred as the counterpart of 1ii, non-blinded."),
                        NULL);

  return g_steal_pointer (&text);
}
