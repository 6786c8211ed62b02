/* rcc-side-effect-text.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-side-effect-text.h"

#include "report/rcc-glossary.h"
#include "report/rcc-patient-text.h"

/* Each side effect and warning sign is a short sentence of its own, so
 * the text reads at school grade 8 or below: the screen shows them as a
 * list, the handout as a paragraph of short sentences to save room. */

/* The handout names the first few common side effects of each drug, in
 * the content's order (which puts first those the source gives a
 * frequency for), and every warning sign; the screen names them all. */
#define HANDOUT_EFFECTS 4

static char *
capitalised (const char *text)
{
  char first[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_totitle (g_utf8_get_char (text)), first);
  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* One item after @sep: a side effect and how often it happens, "Tiredness,
 * most often mild: almost 8 in 10 people.", or a warning sign (no @often). */
static void
append_item (GString    *text,
             const char *sep,
             const char *item,
             const char *often)
{
  g_autofree char *capital = capitalised (item);

  g_string_append (text, sep);
  if (often != NULL)
    /* Translators: a side effect and how often it happens, "Tiredness:
     * almost 8 in 10 people." (the content gives both in Spanish) */
    g_string_append_printf (text, _("%s: %s."), capital, often);
  else
    g_string_append_printf (text, "%s.", capital);
}

/* "Source: patient pages from Cancer Research UK and UPMC (2017)." */
static char *
source_sentence (RccSideEffects *side_effects,
                 const char     *language)
{
  const char *source = rcc_side_effects_get_source (side_effects, language);
  const char *date = rcc_side_effects_get_source_date (side_effects);

  if (date != NULL)
    /* Translators: where the plain side effects come from, and the source's date */
    return g_strdup_printf (_("Source: %s (%s)."), source, date);

  /* Translators: where the plain side effects come from, "Source: patient
   * pages from Cancer Research UK and UPMC." */
  return g_strdup_printf (_("Source: %s."), source);
}

/**
 * rcc_side_effect_text_has_plain:
 *
 * Whether the content gives @treatment's side effects in plain words,
 * from a patient-written source for at least one of its drugs.
 */
gboolean
rcc_side_effect_text_has_plain (RccTreatment *treatment)
{
  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), FALSE);

  return g_list_model_get_n_items (rcc_treatment_get_plain_side_effects (treatment)) > 0;
}

/**
 * rcc_side_effect_text_drugs:
 *
 * Returns: (transfer full): the English names of the drugs whose side
 *   effects the content gives in plain words for @treatment
 */
char **
rcc_side_effect_text_drugs (RccTreatment *treatment)
{
  GListModel *list;
  g_autoptr(GStrvBuilder) drugs = g_strv_builder_new ();

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  list = rcc_treatment_get_plain_side_effects (treatment);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(RccSideEffects) side_effects = g_list_model_get_item (list, i);

      g_strv_builder_add (drugs, rcc_side_effects_get_drug (side_effects, "en"));
    }

  return g_strv_builder_end (drugs);
}

/* The plain text of every drug, as Pango markup: for the screen one
 * item a line, a blank line between the parts; for the handout the
 * items run on as short sentences, to save room. */
static char *
plain_markup (RccTreatment       *treatment,
              gboolean            screen,
              gboolean            with_source,
              guint               max_effects,
              const char * const *shown)
{
  GListModel *list = rcc_treatment_get_plain_side_effects (treatment);
  const char *language = rcc_patient_text_language ();
  guint n = g_list_model_get_n_items (list);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *sep = screen ? "\n•  " : " ";
  const char *gap = screen ? "\n\n" : "\n";

  for (guint d = 0; d < n; d++)
    {
      g_autoptr(RccSideEffects) side_effects = g_list_model_get_item (list, d);
      const char *often = rcc_side_effects_get_often (side_effects, language);
      g_autofree char *heading = NULL;
      g_autofree char *escaped = NULL;
      g_autoptr(GString) items = g_string_new (NULL);

      if (d > 0)
        g_string_append (text, gap);

      /* A drug the handout gave already, in an earlier treatment */
      if (shown != NULL && g_strv_contains (shown, rcc_side_effects_get_drug (side_effects, "en")))
        {
          g_autofree char *same = NULL;

          /* Translators: a drug of a combination whose side effects the
           * handout gave above, with another treatment */
          same = g_strdup_printf (_("With %s, the side effects and warning signs are the ones "
                                    "given above."),
                                  rcc_side_effects_get_drug (side_effects, language));
          escaped = g_markup_escape_text (same, -1);
          g_string_append_printf (text, "<b>%s</b>", escaped);
          g_clear_pointer (&escaped, g_free);
          continue;
        }

      if (n > 1)
        /* Translators: heading of one drug's side effects in a
         * combination, "With nivolumab, common side effects include:" */
        heading = g_strdup_printf (_("With %s, common side effects include:"),
                                   rcc_side_effects_get_drug (side_effects, language));
      else
        heading = g_strdup (_("Common side effects include:"));

      for (guint i = 0; i < MIN (rcc_side_effects_get_n_effects (side_effects), max_effects); i++)
        append_item (items, sep, rcc_side_effects_get_effect (side_effects, i, language),
                     rcc_side_effects_get_effect_often (side_effects, i, language));
      if (often != NULL)
        {
          g_string_append (items, sep);
          /* Translators: how often the side effects above happen, as the
           * source says it: "How often: each in 20 or more in 100 people." */
          g_string_append_printf (items, _("How often: %s."), often);
        }

      escaped = g_markup_escape_text (heading, -1);
      g_string_append_printf (text, "<b>%s</b>", escaped);
      g_clear_pointer (&escaped, g_free);
      escaped = g_markup_escape_text (items->str, -1);
      g_string_append (text, escaped);
      g_clear_pointer (&escaped, g_free);

      g_string_truncate (items, 0);
      for (guint i = 0; i < rcc_side_effects_get_n_warning_signs (side_effects); i++)
        append_item (items, sep, rcc_side_effects_get_warning_sign (side_effects, i, language), NULL);

      g_string_append (text, gap);
      if (items->len > 0)
        {
          escaped = g_markup_escape_text (items->str, -1);
          g_string_append_printf (text, "<b>%s</b>%s", _("Tell your care team at once if you have:"),
                                  escaped);
          g_clear_pointer (&escaped, g_free);
        }
      else
        {
          g_string_append (text, _("The source lists no warning signs. Ask your care team "
                                   "which ones to watch for."));
        }

      if (with_source)
        {
          g_autofree char *source = source_sentence (side_effects, language);

          escaped = g_markup_escape_text (source, -1);
          g_string_append (text, screen ? "\n" : " ");
          g_string_append (text, escaped);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * rcc_side_effect_text_screen:
 *
 * The side effects for the patient view's card, as Pango markup: in
 * plain words, one item a line, with the warning signs, where the
 * content has them; else the label's list, its medical words explained
 * (rcc_side_effect_text_source() says that this guide has no
 * patient-written source).
 *
 * Returns: (transfer full): the markup
 */
char *
rcc_side_effect_text_screen (RccTreatment *treatment)
{
  g_autofree char *label = NULL;
  g_autofree char *terms = NULL;
  g_autofree char *escaped = NULL;
  GListModel *list;

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  list = rcc_treatment_get_plain_side_effects (treatment);
  if (g_list_model_get_n_items (list) > 0)
    return plain_markup (treatment, TRUE, g_list_model_get_n_items (list) > 1, G_MAXUINT, NULL);

  label = rcc_patient_text_side_effects (rcc_treatment_get_side_effects (treatment));
  if (label == NULL)
    return g_markup_escape_text (_("This guide does not list the side effects of this treatment. "
                                   "Your care team can tell you about them."), -1);

  escaped = g_markup_escape_text (label, -1);
  terms = rcc_side_effect_text_label_terms (rcc_treatment_get_side_effects (treatment));
  if (terms == NULL)
    return g_steal_pointer (&escaped);

  {
    g_autofree char *escaped_terms = g_markup_escape_text (terms, -1);

    return g_strconcat (escaped, "\n\n", escaped_terms, NULL);
  }
}

/**
 * rcc_side_effect_text_source:
 *
 * Where the patient view's side effects come from, for its heading:
 * "Source: patient pages from …", "From patient information for each
 * drug" for a combination, or the label's, saying this guide has no
 * patient-written source.
 *
 * Returns: (transfer full) (nullable): the text, %NULL where the content
 *   lists no side effects
 */
char *
rcc_side_effect_text_source (RccTreatment *treatment)
{
  GListModel *list;
  const char *label;

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  list = rcc_treatment_get_plain_side_effects (treatment);
  if (g_list_model_get_n_items (list) == 1)
    {
      g_autoptr(RccSideEffects) side_effects = g_list_model_get_item (list, 0);

      return source_sentence (side_effects, rcc_patient_text_language ());
    }
  if (g_list_model_get_n_items (list) > 1)
    return g_strdup (_("In plain words, from patient information on each drug"));

  label = rcc_treatment_get_side_effects (treatment);
  if (label == NULL || *label == '\0')
    return NULL;

  if (rcc_patient_text_side_effects_from_label (label))
    return g_strdup (_("As the drug label lists them. This guide has no source written "
                       "for patients on this drug."));

  return g_strdup (_("As the studies and other sources of this guide report them. This guide "
                     "has no source written for patients on this drug."));
}

/**
 * rcc_side_effect_text_markup:
 *
 * The side effects for the handout, as Pango markup: in plain words,
 * the first few common ones with all the warning signs and the source,
 * saying only "as above" for a drug in @shown (English names, as
 * rcc_side_effects_get_drug() gives them, of the drugs given before), or the label's list with its
 * medical words explained.
 *
 * Returns: (transfer full) (nullable): the markup, %NULL where the
 *   content lists no side effects
 */
char *
rcc_side_effect_text_markup (RccTreatment       *treatment,
                             const char * const *shown)
{
  g_autofree char *label = NULL;
  g_autofree char *terms = NULL;
  g_autofree char *source = NULL;
  g_autoptr(GString) markup = NULL;

  g_return_val_if_fail (RCC_IS_TREATMENT (treatment), NULL);

  if (rcc_side_effect_text_has_plain (treatment))
    return plain_markup (treatment, FALSE, TRUE, HANDOUT_EFFECTS, shown);

  label = rcc_patient_text_side_effects (rcc_treatment_get_side_effects (treatment));
  if (label == NULL)
    return NULL;

  markup = g_string_new (NULL);
  source = rcc_side_effect_text_source (treatment);
  g_string_append_printf (markup, "<b>%s</b> ", _("Side effects:"));
  g_string_append_printf (markup, "%s ", source);
  {
    g_autofree char *escaped = g_markup_escape_text (label, -1);
    g_string_append (markup, escaped);
  }
  terms = rcc_side_effect_text_label_terms (rcc_treatment_get_side_effects (treatment));
  if (terms != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (terms, -1);
      g_string_append_printf (markup, "\n%s", escaped);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/**
 * rcc_side_effect_text_label_terms:
 *
 * The glossary's explanation of each medical word a label's list uses,
 * "What these words mean: Anemia: …", for a drug with no
 * patient-written source.
 *
 * Returns: (transfer full) (nullable): the text, %NULL where the list
 *   uses no word the glossary explains
 */
char *
rcc_side_effect_text_label_terms (const char *side_effects)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GString) text = NULL;

  if (side_effects == NULL)
    return NULL;

  ids = rcc_glossary_find_label_terms (side_effects);
  if (ids == NULL || ids[0] == NULL)
    return NULL;

  text = g_string_new (_("What these words mean:"));
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *term = rcc_glossary_get_title (ids[i]);

      /* Translators: a glossary term and its meaning, "Anemia: Too few red blood cells …" */
      g_string_append_printf (text, "\n•  ");
      g_string_append_printf (text, _("%s: %s"), term, rcc_glossary_get_definition (ids[i]));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
