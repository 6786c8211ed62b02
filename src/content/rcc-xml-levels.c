/* rcc-xml-levels.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rcc-xml-loader-private.h"

/* A trial's levels of evidence and a figure's confidence level, and the
 * words for what the schema refuses in them: libxml2 says only "Element
 * level failed to validate attributes", so the loader says which
 * attribute is wrong and why. */

/* ci-level: a percentage, or "not-stated" (RCC_CI_LEVEL_NOT_STATED);
 * absent, the source stated 95%. */
double
rcc_loader_parse_ci_level (Loader  *loader,
                           xmlNode *node)
{
  g_autofree char *copy = NULL;
  const char *text = rcc_xml_peek_attr (node, "ci-level", &copy);
  double level = 95.0;

  if (g_strcmp0 (text, "not-stated") == 0)
    return RCC_CI_LEVEL_NOT_STATED;

  rcc_loader_parse_double (loader, node, "ci-level", &level);
  return level;
}

void
rcc_loader_add_levels (Loader   *loader,
                       xmlNode  *node,
                       RccTrial *trial)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autoptr(RccLevel) level = NULL;
      g_autofree char *code = NULL, *edition = NULL, *about = NULL;
      int scheme;

      if (!rcc_xml_is_element (child, "level"))
        continue;

      code = rcc_xml_get_attr (child, "code");
      edition = rcc_xml_get_attr (child, "edition");
      about = rcc_xml_get_text (child);
      if (about != NULL && about[0] == '\0')
        g_clear_pointer (&about, g_free);

      scheme = rcc_loader_parse_enum (loader, child, "scheme", RCC_TYPE_EVIDENCE_SCHEME,
                                      RCC_EVIDENCE_SCHEME_PDQ_2014);
      if (!rcc_level_code_is_valid (scheme, code))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (child),
                          _("level code \"%s\" is not one scheme %s defines"),
                          code != NULL ? code : "", rcc_enum_to_nick (RCC_TYPE_EVIDENCE_SCHEME, scheme));
      if (edition != NULL && !g_hash_table_contains (loader->edition_lines, edition))
        rcc_loader_error (loader, RCC_CONTENT_ERROR_INVALID, rcc_xml_line (child),
                          _("%s=\"%s\" names no <edition>"), "edition", edition);

      level = rcc_level_new (scheme, code, edition,
                             rcc_loader_parse_enum (loader, child, "endpoint", RCC_TYPE_ENDPOINT,
                                                    RCC_ENDPOINT_NONE),
                             about,
                             rcc_xml_parse_bool (child, "fits", TRUE));
      rcc_trial_add_level (trial, level);
    }
}

/* ---------------------------------------------------------------------
 * Schema errors, explained
 */

static gboolean
is_phase (const char *text)
{
  /* [1-4](/[1-4])? */
  if (text[0] < '1' || text[0] > '4')
    return FALSE;
  if (text[1] == '\0')
    return TRUE;
  return text[1] == '/' && text[2] >= '1' && text[2] <= '4' && text[3] == '\0';
}

static char *
explain_figure (xmlNode *node)
{
  static const char * const numbers[] = {
    "value", "ci-low", "ci-high", "percent", "at-months",
  };
  const char *unit, *level;
  g_autoptr(GPtrArray) copies = rcc_xml_peek_attrs (node, "unit", &unit, "ci-level", &level, NULL);
  double value;
  int ignored;

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autofree char *copy = NULL;
      const char *text = rcc_xml_peek_attr (node, numbers[i], &copy);

      if (text != NULL && rcc_xml_parse_number (text, &value) && value < 0.0)
        return g_strdup_printf (_("%s=\"%s\" is below zero"), numbers[i], text);
      if (text != NULL && !rcc_xml_parse_number (text, &value))
        return g_strdup_printf (_("%s=\"%s\" is not a number"), numbers[i], text);
    }

  if (unit != NULL && !rcc_enum_from_nick (RCC_TYPE_TIME_UNIT, unit, &ignored))
    return g_strdup_printf (_("unit=\"%s\" is not one of months, days, weeks or years"), unit);

  if (level != NULL && !g_str_equal (level, "not-stated") &&
      (!rcc_xml_parse_number (level, &value) || value < 0.0))
    return g_strdup_printf (_("ci-level=\"%s\" is neither a percentage nor \"not-stated\""), level);

  return NULL;
}

static char *
explain_level (xmlNode *node)
{
  const char *scheme, *code;
  g_autoptr(GPtrArray) copies = rcc_xml_peek_attrs (node, "scheme", &scheme, "code", &code, NULL);
  int value;

  if (scheme == NULL || !rcc_enum_from_nick (RCC_TYPE_EVIDENCE_SCHEME, scheme, &value))
    return g_strdup_printf (_("level scheme \"%s\" is not known: pdq-2014 or pdq-2023"),
                            scheme != NULL ? scheme : "");

  if (!rcc_level_code_is_valid (value, code))
    return g_strdup_printf (_("level code \"%s\" is not one scheme %s defines"),
                            code != NULL ? code : "", scheme);

  return NULL;
}

/**
 * rcc_loader_explain_schema_error:
 * @node: the element the schema refused
 *
 * Returns: (transfer full) (nullable): what is wrong with @node itself,
 *   in words, or %NULL to leave it to libxml2's message
 */
char *
rcc_loader_explain_schema_error (xmlNode *node)
{
  g_autofree char *copy = NULL;
  const char *text;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;

  if (rcc_xml_is_element (node, "rcc-content"))
    {
      text = rcc_xml_peek_attr (node, "version", &copy);
      if (g_strcmp0 (text, "3") != 0 && g_strcmp0 (text, "4") != 0 && g_strcmp0 (text, "5") != 0
          && g_strcmp0 (text, "6") != 0)
        return g_strdup_printf (_("content version \"%s\": this version of RCC Guide reads versions 3 to 6"),
                                text != NULL ? text : "");
      return NULL;
    }

  if (rcc_xml_is_element (node, "trial"))
    {
      text = rcc_xml_peek_attr (node, "phase", &copy);
      if (text != NULL && !is_phase (text))
        return g_strdup_printf (_("phase=\"%s\" is not a trial phase: write it in digits, \"3\" or \"2/3\""),
                                text);
      if (xmlHasProp (node, (const xmlChar *)"evidence-level") != NULL)
        return g_strdup (_("the evidence-level attribute is gone in version 3: "
                           "give a <level scheme=\"pdq-2014\" …> after the figures"));
      return NULL;
    }

  if (rcc_xml_is_element (node, "level"))
    return explain_level (node);

  if (rcc_xml_is_element (node, "option") &&
      xmlHasProp (node, (const xmlChar *)"treatment") == NULL &&
      rcc_xml_child (node, "note") == NULL)
    return g_strdup (_("an option with no treatment needs a <note> saying what it is"));

  if (rcc_xml_is_element (node, "median") ||
      rcc_xml_is_element (node, "hazard-ratio") ||
      rcc_xml_is_element (node, "rate"))
    {
      char *explained = explain_figure (node);

      return explained != NULL ? explained : rcc_loader_explain_harm_error (node);
    }

  return rcc_loader_explain_harm_error (node);
}
