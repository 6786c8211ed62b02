/* rcc-level-words.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-level-words.h"

/* The PDQ's two level-of-evidence schemes, decoded in the guide's own
 * words.
 *
 * pdq-2014 (NCI, "Levels of Evidence for Adult and Pediatric Cancer
 * Treatment Studies", as the 2014 summary used it) ranks a result on
 * two scales, study design then endpoint:
 *
 *   design    1 randomised controlled trial: 1i double-blinded (the PDQ
 *               does not define 1i in words: inferred as the counterpart
 *               of 1ii), 1ii not blinded
 *             2 nonrandomised controlled trial
 *             3 case series: 3iii of selected patients (such as a
 *               phase II trial); 3i and 3ii are not described
 *   endpoint  A total mortality (overall survival), B cause-specific
 *             mortality, C carefully assessed quality of life,
 *             D an indirect surrogate: Di event-free survival,
 *             Dii disease-free survival, Diii progression-free
 *             survival, Div tumour response rate
 *
 * pdq-2023 (the same summary, updated 3 August 2023) gives one code:
 * a letter for the kind of study and endpoint, a digit within it; see
 * describe_2023().
 *
 * The 2014 words are the ones the trial views used before levels had a
 * scheme (so their translations carry over). */

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

static gboolean
parse_2014 (const char    *code,
            RccLevelParts *out)
{
  RccLevelParts parts = { 0 };
  const char *p = code;

  if (*p < '1' || *p > '3')
    return FALSE;
  parts.design = (guint)(*p++ - '0');
  p = read_roman (p, &parts.design_sub);

  if (*p < 'A' || *p > 'D')
    return FALSE;
  parts.endpoint = *p++;
  p = read_roman (p, &parts.endpoint_sub);

  if (*p != '\0')
    return FALSE;

  /* Only the subdivisions the scheme defines: 1i, 1ii; none for 2;
   * 3i to 3iii; and only D has one. */
  if ((parts.design == 1 && parts.design_sub > 2) ||
      (parts.design == 2 && parts.design_sub != 0) ||
      (parts.design == 3 && parts.design_sub > 3) ||
      (parts.endpoint != 'D' && parts.endpoint_sub != 0))
    return FALSE;

  if (out != NULL)
    *out = parts;
  return TRUE;
}

static const char * const codes_2023[] = {
  "A1", "A2", "A3", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "D",
};

/**
 * rcc_level_words_parse:
 * @parts: (out) (optional): a pdq-2014 code's parts
 *
 * Returns: %TRUE if @code is one @scheme defines
 */
gboolean
rcc_level_words_parse (RccEvidenceScheme  scheme,
                       const char        *code,
                       RccLevelParts     *parts)
{
  if (code == NULL)
    return FALSE;

  switch (scheme)
    {
    case RCC_EVIDENCE_SCHEME_PDQ_2014:
      return parse_2014 (code, parts);

    case RCC_EVIDENCE_SCHEME_PDQ_2023:
      for (guint i = 0; i < G_N_ELEMENTS (codes_2023); i++)
        if (g_str_equal (code, codes_2023[i]))
          return TRUE;
      return FALSE;

    default:
      return FALSE;
    }
}

static const char *
design_2014 (const RccLevelParts *parts)
{
  switch (parts->design)
    {
    case 1:
      if (parts->design_sub == 1)
        return _("Randomised controlled trial, double-blinded");
      if (parts->design_sub == 2)
        return _("Randomised controlled trial, not blinded");
      return _("Randomised controlled trial");

    case 2:
      return _("Nonrandomised controlled trial");

    case 3:
    default:
      if (parts->design_sub == 3)
        return _("Case series of selected patients (such as a phase II trial)");
      return _("Case series");
    }
}

static const char *
endpoint_2014 (const RccLevelParts *parts)
{
  switch (parts->endpoint)
    {
    case 'A':
      return _("total mortality (overall survival)");

    case 'B':
      return _("cause-specific mortality");

    case 'C':
      return _("carefully assessed quality of life");

    case 'D':
    default:
      switch (parts->endpoint_sub)
        {
        case 1: return _("event-free survival, an indirect surrogate");
        case 2: return _("disease-free survival, an indirect surrogate");
        case 3: return _("progression-free survival, an indirect surrogate");
        case 4: return _("tumour response rate, an indirect surrogate");
        default: return _("an indirect surrogate");
        }
    }
}

static char *
describe_2014 (const char *code)
{
  RccLevelParts parts;
  g_autofree char *text = NULL;

  if (!parse_2014 (code, &parts))
    /* Translators: %s is a code such as "1iDiii" that could not be read */
    return g_strdup_printf (_("“%s” is not a PDQ level-of-evidence code "
                              "this guide can explain."), code);

  /* Translators: study design; strength of the endpoint, e.g.
   * "Randomised controlled trial; endpoint: total mortality (overall survival)." */
  text = g_strdup_printf (_("%s; endpoint: %s."), design_2014 (&parts), endpoint_2014 (&parts));

  if (parts.design == 1 && parts.design_sub == 1)
    return g_strconcat (text, " ",
                        _("The PDQ does not define 1i in words: double-blinded is "
                          "inferred as the counterpart of 1ii, non-blinded."),
                        NULL);

  return g_steal_pointer (&text);
}

/* The 2023 definitions, shortened: a randomised trial (double-blinded or
 * not), a meta-analysis of randomised trials, a nonrandomised
 * prospective trial, or an observational study; then what it measured. */
static char *
describe_2023 (const char *code)
{
  const char *design = NULL, *endpoint = NULL;

  if (!rcc_level_words_parse (RCC_EVIDENCE_SCHEME_PDQ_2023, code, NULL))
    return g_strdup_printf (_("“%s” is not a PDQ level-of-evidence code "
                              "this guide can explain."), code);

  if (g_str_equal (code, "D"))
    return g_strdup (_("Anecdotal experience or expert opinion."));

  switch (code[0])
    {
    case 'A':
      design = code[1] == '2' ? _("Meta-analysis of randomised controlled trials")
                              : _("Randomised controlled trial");
      endpoint = code[1] == '3' ? _("quality of life, carefully assessed and clinically meaningful")
                                : _("overall survival, or total or cause-specific mortality");
      break;

    case 'B':
      design = code[1] == '2' ? _("Meta-analysis of randomised controlled trials")
             : code[1] == '4' ? _("Nonrandomised, multicentre, prospective controlled trial")
                              : _("Randomised controlled trial");
      endpoint = code[1] == '1' ? _("event-free, relapse-free, disease-free or progression-free survival")
               : code[1] == '2' ? _("event-free, disease-free or progression-free survival, "
                                    "or carefully assessed quality of life")
               : code[1] == '3' ? _("tumour response rate, or quality of life measured "
                                    "less thoroughly than for A3")
                                : _("survival, mortality, quality of life, event-free, "
                                    "disease-free or progression-free survival, or tumour response");
      break;

    case 'C':
    default:  /* C1 to C3: the codes were checked above */
      design = _("Case series or other observational study");
      endpoint = code[1] == '1' ? _("overall survival, total or cause-specific mortality, "
                                    "or carefully assessed quality of life")
               : code[1] == '2' ? _("event-free, relapse-free, disease-free or progression-free survival")
                                : _("tumour response rate, or quality of life measured "
                                    "less thoroughly than for A3");
      break;
    }

  return g_strdup_printf (_("%s; endpoint: %s."), design, endpoint);
}

/**
 * rcc_level_words_describe:
 *
 * Returns: (transfer full): what @code means in @scheme, translated
 */
char *
rcc_level_words_describe (RccEvidenceScheme  scheme,
                          const char        *code)
{
  if (code == NULL || *code == '\0')
    return g_strdup (_("No PDQ level of evidence given"));

  switch (scheme)
    {
    case RCC_EVIDENCE_SCHEME_PDQ_2023:
      return describe_2023 (code);

    case RCC_EVIDENCE_SCHEME_PDQ_2014:
    default:
      return describe_2014 (code);
    }
}

/**
 * rcc_level_words_misfit:
 *
 * Returns: the note for a code that does not fit the scheme's own
 *   definitions, translated
 */
const char *
rcc_level_words_misfit (void)
{
  return _("Shown as the PDQ prints it: by the scheme’s own definitions, "
           "this result would carry a different code.");
}
