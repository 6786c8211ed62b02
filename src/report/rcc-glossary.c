/* rcc-glossary.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "rcc-glossary.h"

/* The definitions follow the decision-aid habits of rcc-plain.c: short
 * sentences, everyday words, an example where a number needs one, and
 * no abbreviation that is not spelled out. */

typedef struct
{
  const char *id;
  const char *term;
  const char *abbreviation;
  const char *definition;
} Entry;

static const Entry entries[] = {
  { "pfs",
    N_("Progression-free survival"),
    /* Translators: the abbreviation of progression-free survival */
    N_("PFS"),
    N_("How long people in a study lived without their cancer growing or spreading. "
       "It is counted from the day they joined the study.") },
  { "overall-survival",
    N_("Overall survival"),
    /* Translators: the abbreviation of overall survival */
    N_("OS"),
    N_("How long people in a study lived, counted from the day they joined it. "
       "A death from any cause counts, not just a death from cancer.") },
  { "median",
    N_("Median"),
    NULL,
    N_("The middle result when everyone’s times are put in order. "
       "Half the people had a shorter time than the median, and half had a longer one.") },
  { "hazard-ratio",
    N_("Hazard ratio"),
    /* Translators: the abbreviation of hazard ratio */
    N_("HR"),
    /* xgettext:no-c-format */
    N_("A number that compares the risk of something bad, such as the cancer growing, in two "
       "groups. Below 1 means less risk with the new treatment: 0.6 means about 40% less risk.") },
  { "confidence-interval",
    N_("Confidence interval"),
    /* Translators: the abbreviation of confidence interval */
    N_("CI"),
    N_("The range the true result is likely to be in; the narrower it is, the surer the result. "
       "If the range of a hazard ratio takes in 1, the study could not show a clear difference.") },
  { "risk-reduction",
    N_("Risk reduction"),
    NULL,
    /* xgettext:no-c-format */
    N_("How much a treatment lowers the chance of something bad. \"40% less risk\" compares "
       "two groups, but it does not tell you how likely the bad thing was to start with.") },
  { "response",
    N_("Response"),
    NULL,
    N_("The cancer shrank or went away on scans after treatment. "
       "The response rate is how many people out of 100 had this happen.") },
  { "placebo",
    N_("Placebo"),
    NULL,
    N_("A dummy medicine that looks like the real one but has no drug in it. "
       "Comparing with it shows what the real medicine does.") },
  { "randomised-trial",
    N_("Randomised trial"),
    NULL,
    N_("A study in which chance, like a coin toss, decides which treatment each person gets. "
       "This makes the groups alike, so the results are fair to compare.") },
  { "immunotherapy",
    N_("Immunotherapy"),
    NULL,
    N_("A treatment that helps your own immune system find and kill cancer cells. "
       "Drugs called checkpoint inhibitors take the brakes off the immune system.") },
  { "targeted-therapy",
    N_("Targeted therapy"),
    NULL,
    N_("A drug that blocks the signals a cancer needs to grow, such as the signals that "
       "build its blood supply. Many of these drugs are pills, called kinase inhibitors.") },
  { "adjuvant",
    N_("Adjuvant treatment"),
    NULL,
    N_("Extra treatment given after surgery has taken out the cancer. "
       "It aims to lower the chance that the cancer comes back.") },
  { "metastatic",
    N_("Metastatic"),
    NULL,
    N_("The cancer has spread from the kidney, where it started, to other parts of the body. "
       "The lungs and bones are common places.") },
  { "checkpoint-inhibitor",
    N_("Checkpoint inhibitor"),
    NULL,
    N_("A kind of immunotherapy drug. It blocks a switch that cancer cells use to turn off "
       "the immune system, so the immune system can fight the cancer.") },
  { "kinase-inhibitor",
    N_("Kinase inhibitor"),
    /* Translators: the abbreviation of tyrosine kinase inhibitor */
    N_("TKI"),
    N_("A targeted drug, most often a pill, that blocks the signals a tumor uses to grow its "
       "blood supply. Sunitinib and axitinib are two of them.") },
  /* The medical words of drug labels, for a drug with no source
   * written for patients: matched in its label list by label_words. */
  { "fatigue",
    N_("Fatigue"),
    NULL,
    N_("Feeling very tired in a way that rest does not fix.") },
  { "musculoskeletal-pain",
    N_("Musculoskeletal pain"),
    NULL,
    N_("Pain in the muscles, bones or joints.") },
  { "anemia",
    N_("Anemia"),
    NULL,
    N_("Too few red blood cells, or too little hemoglobin, the part of them that carries "
       "oxygen. It can make you feel tired, weak or short of breath.") },
  { "creatinine",
    N_("Creatinine"),
    NULL,
    N_("A waste product that the kidneys take out of the blood. A higher level in a blood test "
       "can mean the kidneys work less well.") },
  { "lymphocytes",
    N_("Lymphocytes"),
    NULL,
    N_("White blood cells that help fight infections. With fewer of them, you may get "
       "infections more easily.") },
  { "liver-tests",
    N_("Liver tests"),
    /* Translators: the liver tests' abbreviations, as drug labels print them */
    N_("ALT, AST"),
    N_("ALT and AST are found in the liver, and more of them get into the blood when the liver "
       "is harmed. Blood tests for them check the liver.") },
  { "blood-salts",
    N_("Sodium and potassium"),
    NULL,
    N_("Salts in the blood. The body needs each in the right amount, so blood tests "
       "check them.") },
  { "hypoxia",
    N_("Hypoxia"),
    NULL,
    N_("Too little oxygen in the blood. It can make you short of breath, and it can be "
       "serious.") },
  { "embryo-fetal-toxicity",
    N_("Embryo-fetal toxicity"),
    NULL,
    N_("Harm to an unborn baby. People who could become pregnant need birth control "
       "(contraception) while they take the drug.") },
  { "boxed-warning",
    N_("Boxed warning"),
    NULL,
    N_("The strongest warning on a US drug label. It is printed in a box and tells of a "
       "serious danger.") },
  { "grade",
    N_("Grade"),
    NULL,
    N_("How bad a side effect is, from grade 1 (mild) to grade 5 (death). "
       "Grade 3 means severe.") },
  { "phase",
    N_("Phase"),
    NULL,
    N_("The step a drug study is at: phase 1 checks that a drug is safe, and phase 2 checks "
       "if it works. Phase 3 compares it with the usual treatment in many people.") },
  { "level-of-evidence",
    N_("Level of evidence"),
    NULL,
    N_("How strong the proof from a study is, as rated by experts at the National Cancer "
       "Institute. Randomised trials that count how long people live give the strongest proof.") },
};

/* Words of a drug label's list, lower case, and the term that explains them */
static const struct
{
  const char *word;
  const char *id;
} label_words[] = {
  { "fatigue", "fatigue" },
  { "musculoskeletal", "musculoskeletal-pain" },
  { "hemoglobin", "anemia" },
  { "anemia", "anemia" },
  { "creatinine", "creatinine" },
  { "lymphocytes", "lymphocytes" },
  { "alt", "liver-tests" },
  { "ast", "liver-tests" },
  { "sodium", "blood-salts" },
  { "potassium", "blood-salts" },
  { "hypoxia", "hypoxia" },
  { "embryo-fetal", "embryo-fetal-toxicity" },
  { "boxed warning", "boxed-warning" },
  { "grade", "grade" },
};

static const Entry *
lookup (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    if (g_strcmp0 (entries[i].id, id) == 0)
      return &entries[i];

  return NULL;
}

/**
 * rcc_glossary_get_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): every term's id,
 *   in the order the glossary lists them
 */
const char * const *
rcc_glossary_get_ids (void)
{
  static const char *ids[G_N_ELEMENTS (entries) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
      ids[i] = entries[i].id;

  return ids;
}

gboolean
rcc_glossary_has_term (const char *id)
{
  return lookup (id) != NULL;
}

/**
 * rcc_glossary_get_term:
 *
 * Returns: the term, as it starts a sentence: "Hazard ratio"
 */
const char *
rcc_glossary_get_term (const char *id)
{
  const Entry *entry = lookup (id);

  g_return_val_if_fail (entry != NULL, NULL);

  return _(entry->term);
}

/**
 * rcc_glossary_get_abbreviation:
 *
 * Returns: (nullable): the term's abbreviation, "HR", or %NULL
 */
const char *
rcc_glossary_get_abbreviation (const char *id)
{
  const Entry *entry = lookup (id);

  g_return_val_if_fail (entry != NULL, NULL);

  return entry->abbreviation != NULL ? _(entry->abbreviation) : NULL;
}

const char *
rcc_glossary_get_definition (const char *id)
{
  const Entry *entry = lookup (id);

  g_return_val_if_fail (entry != NULL, NULL);

  return _(entry->definition);
}

/**
 * rcc_glossary_get_title:
 *
 * The term with its abbreviation, as a heading: "Hazard ratio (HR)".
 *
 * Returns: (transfer full): the title
 */
char *
rcc_glossary_get_title (const char *id)
{
  const Entry *entry = lookup (id);

  g_return_val_if_fail (entry != NULL, NULL);

  if (entry->abbreviation == NULL)
    return g_strdup (_(entry->term));

  /* Translators: a glossary term and its abbreviation, "Hazard ratio (HR)" */
  return g_strdup_printf (_("%s (%s)"), _(entry->term), _(entry->abbreviation));
}

/**
 * rcc_glossary_get_question:
 * @ids: (array zero-terminated=1): one or more term ids
 *
 * What a button explaining @ids is called: "What does hazard ratio
 * mean?", "What do median and hazard ratio mean?".
 *
 * Returns: (transfer full): the question
 */
char *
rcc_glossary_get_question (const char * const *ids)
{
  g_autoptr(GString) terms = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (ids != NULL && ids[0] != NULL, NULL);

  n = g_strv_length ((char **)ids);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *lower = g_utf8_strdown (rcc_glossary_get_term (ids[i]), -1);

      if (i > 0)
        /* Translators: between the last two terms of a list, "median and hazard ratio" */
        g_string_append (terms, i == n - 1 ? _(" and ") : _(", "));
      g_string_append (terms, lower);
    }

  if (n == 1)
    /* Translators: %s is a term, "What does hazard ratio mean?" */
    return g_strdup_printf (_("What does %s mean?"), terms->str);

  /* Translators: %s is a list of terms, "What do median and hazard ratio mean?" */
  return g_strdup_printf (_("What do %s mean?"), terms->str);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '-';
}

/* Whether @word stands as a whole word in @text */
static gboolean
has_word (const char *text,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    {
      gboolean start = p == text || !is_word_char (g_utf8_get_char (g_utf8_prev_char (p)));
      gboolean end = p[len] == '\0' || !is_word_char (g_utf8_get_char (p + len));

      if (start && end)
        return TRUE;
    }

  return FALSE;
}

/**
 * rcc_glossary_find_label_terms:
 * @text: a drug label's list of side effects, in English as the
 *   content gives it
 *
 * The terms that explain the medical words @text uses, in the order
 * the glossary lists them.
 *
 * Returns: (transfer full) (array zero-terminated=1): term ids, maybe none
 */
char **
rcc_glossary_find_label_terms (const char *text)
{
  g_autofree char *lower = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  g_return_val_if_fail (text != NULL, NULL);

  lower = g_utf8_strdown (text, -1);
  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    for (guint j = 0; j < G_N_ELEMENTS (label_words); j++)
      if (g_strcmp0 (label_words[j].id, entries[i].id) == 0 && has_word (lower, label_words[j].word))
        {
          g_strv_builder_add (ids, entries[i].id);
          break;
        }

  return g_strv_builder_end (ids);
}
