/* test-patient-text.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "content/rcc-xml-loader.h"
#include "report/rcc-patient-text.h"
#include "report/rcc-plain.h"
#include "report/rcc-side-effect-text.h"

#include <pango/pango.h>

/* The everyday words of patient view (a trial's facts and comparison,
 * where a treatment comes from, its side effects), over the bundled
 * content and without a display. */

static RccCatalog *catalog;

static RccTrial *
trial (const char *id)
{
  RccTrial *t = rcc_catalog_lookup_trial (catalog, id);

  g_assert_nonnull (t);
  return t;
}

static RccTreatment *
treatment (const char *id)
{
  RccTreatment *t = rcc_catalog_lookup_treatment (catalog, id);

  g_assert_nonnull (t);
  return t;
}

static void
test_trial_facts (void)
{
  g_autofree char *veg = rcc_patient_text_trial_facts (trial ("veg105192"));
  g_autofree char *target = rcc_patient_text_trial_facts (trial ("target"));
  g_autofree char *mcdermott = rcc_patient_text_trial_facts (trial ("mcdermott-2005"));

  g_assert_cmpstr (veg, ==, "Published in 2010 · 435 people took part · "
                            "Some people had treatment before and some had not");
  g_assert_cmpstr (target, ==, "Published in 2007 · 903 people took part · "
                               "For people treated before with an immune protein");
  /* No setting: none said, and no phase in patient view */
  g_assert_cmpstr (mcdermott, ==, "Published in 2005 · 192 people took part");
}

static void
test_comparison (void)
{
  g_autofree char *veg = rcc_patient_text_comparison (trial ("veg105192"));
  g_autofree char *arcc = rcc_patient_text_comparison (trial ("arcc"));
  g_autofree char *fyfe = rcc_patient_text_comparison (trial ("fyfe"));

  g_assert_cmpstr (veg, ==, "The study compared pazopanib with placebo (a dummy medicine).");
  g_assert_cmpstr (arcc, ==, "The study compared temsirolimus, temsirolimus + interferon-alpha "
                             "and interferon-alpha.");
  /* One arm: nothing was compared */
  g_assert_cmpstr (fyfe, ==, "The study gave high-dose IV aldesleukin (IL-2).");
}

static void
test_arm_title (void)
{
  RccTrial *veg = trial ("veg105192");
  g_autofree char *pazopanib = rcc_patient_text_arm_title (rcc_trial_find_arm (veg, "pazopanib"));
  g_autofree char *placebo = rcc_patient_text_arm_title (rcc_trial_find_arm (veg, "placebo"));

  g_assert_cmpstr (pazopanib, ==, "Pazopanib");
  g_assert_cmpstr (placebo, ==, "Placebo (a dummy medicine)");
}

static void
test_trial_sentences (void)
{
  g_autoptr(GPtrArray) checkmate = rcc_patient_text_trial_sentence_list (trial ("checkmate-214"));
  g_autofree char *veg = rcc_patient_text_trial_sentences (trial ("veg105192"));
  g_autofree char *yang = rcc_patient_text_trial_sentences (trial ("yang-il2"));

  /* CheckMate 214: no clear difference in growth of the cancer, then
   * that people lived longer (OS not reached vs 26.0 months, HR 0.63) */
  g_assert_cmpuint (checkmate->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (checkmate, 2), ==,
                   "The study could not show a clear difference between nivolumab + ipilimumab "
                   "and sunitinib in the risk of their cancer growing.");
  g_assert_cmpstr (g_ptr_array_index (checkmate, 4), ==,
                   "With sunitinib, half of the people lived 26.0 months or more.");
  g_assert_cmpstr (g_ptr_array_index (checkmate, 5), ==,
                   "During the study, people who had nivolumab + ipilimumab had a lower risk of "
                   "dying. Their risk was about 37% lower than with sunitinib.");

  /* One a line */
  g_assert_true (g_str_has_prefix (veg, "With pazopanib, half of the people had no growth of "
                                        "their cancer for 9.2 months or more.\n"
                                        "With placebo, half of the people had "
                                        "no growth of their cancer for 4.2 months or more.\n"));
  /* The comparison, shown before them, said already what placebo is */
  g_assert_null (strstr (veg, "dummy"));
  /* Its response rates are shown as pictures: say what is missing */
  g_assert_cmpstr (yang, ==, "This study did not give times we can show here, such as how long "
                   "people lived.");
}

static void
test_provenance (void)
{
  g_autofree char *pazopanib = rcc_patient_text_provenance (treatment ("pazopanib"), catalog, FALSE);
  g_autofree char *pazopanib_patient = rcc_patient_text_provenance (treatment ("pazopanib"), catalog, TRUE);
  g_autofree char *cosmic = rcc_patient_text_provenance (treatment ("cabozantinib-nivolumab-ipilimumab"), catalog, FALSE);
  g_autofree char *cosmic_patient = rcc_patient_text_provenance (treatment ("cabozantinib-nivolumab-ipilimumab"), catalog, TRUE);

  g_assert_cmpstr (pazopanib, ==, "NCI PDQ, 2025");
  g_assert_cmpstr (pazopanib_patient, ==, "National Cancer Institute, 2025");
  /* Listed by no edition: from its trial's year */
  g_assert_cmpstr (cosmic, ==, "Added from trial publications (2023)");
  g_assert_cmpstr (cosmic_patient, ==, "Added from study reports (2023)");
}

static void
test_category_and_setting (void)
{
  g_assert_cmpstr (rcc_patient_text_category (rcc_treatment_get_category (treatment ("pazopanib"))), ==,
                   "Blocks the tumor’s blood vessel growth");
  g_assert_cmpstr (rcc_patient_text_category (rcc_treatment_get_category (treatment ("avelumab-axitinib"))), ==,
                   "Two medicines together");
  g_assert_cmpstr (rcc_patient_text_setting (RCC_SETTING_FIRST_LINE), ==,
                   "For people who had no treatment before");
  g_assert_cmpstr (rcc_patient_text_setting (RCC_SETTING_NOT_STATED), ==, "");
}

static void
test_side_effects (void)
{
  const char *pazopanib = rcc_treatment_get_side_effects (treatment ("pazopanib"));
  const char *avelumab = rcc_treatment_get_side_effects (treatment ("avelumab-axitinib"));
  g_autofree char *plain = rcc_patient_text_side_effects (pazopanib);
  g_autofree char *trial_figures = rcc_patient_text_side_effects (avelumab);

  /* The label's list, its note on the source taken out (patient view
   * says where the list comes from in words) */
  g_assert_true (rcc_patient_text_side_effects_from_label (pazopanib));
  g_assert_nonnull (strstr (pazopanib, "(label, ≥20%, 586 RCC patients)"));
  g_assert_true (g_str_has_prefix (plain, "Diarrhea, hypertension, hair color change, nausea, "
                                          "fatigue, anorexia, vomiting. Boxed warning: hepatotoxicity"));
  g_assert_null (strstr (plain, "label"));
  g_assert_null (strstr (plain, "RCC"));

  /* Trial figures: not the label's, and nothing to take out */
  g_assert_false (rcc_patient_text_side_effects_from_label (avelumab));
  g_assert_cmpstr (trial_figures, ==, avelumab);

  g_assert_null (rcc_patient_text_side_effects (rcc_treatment_get_side_effects (treatment ("radical-nephrectomy"))));
  g_assert_false (rcc_patient_text_side_effects_from_label (NULL));
}

/* The label words issue 17 keeps out of the side effects of drugs that
 * have a patient-written source */
static const char * const label_terms[] = {
  "hepatotoxicity", "mucositis", "stomatitis", "dysgeusia", "thrombocytopenia", "asthenia",
  "anorexia", "neutropenia", "proteinuria", "N=", "≥", NULL
};

static void
assert_no_label_terms (const char *id,
                       const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint i = 0; label_terms[i] != NULL; i++)
    if (strstr (lower, label_terms[i]) != NULL || strstr (text, label_terms[i]) != NULL)
      g_error ("%s: the patient's side effects use the label's “%s”: %s", id, label_terms[i], text);
}

/* Side effects in plain words: every treatment but belzutifan has them
 * for each of its drugs, in English and Spanish, at grade 8 or below */
static void
test_plain_side_effects (void)
{
  GListModel *treatments = rcc_catalog_get_treatments (catalog);
  GListModel *sunitinib = rcc_treatment_get_plain_side_effects (treatment ("sunitinib"));
  GListModel *combination = rcc_treatment_get_plain_side_effects (treatment ("nivolumab-ipilimumab"));
  g_autoptr(RccSideEffects) first = g_list_model_get_item (sunitinib, 0);
  g_autoptr(RccSideEffects) nivolumab = g_list_model_get_item (combination, 0);
  g_autoptr(RccSideEffects) ipilimumab = g_list_model_get_item (combination, 1);
  g_autofree char *screen = rcc_side_effect_text_screen (treatment ("sunitinib"));
  g_autofree char *source = rcc_side_effect_text_source (treatment ("sunitinib"));
  g_autofree char *il2 = rcc_side_effect_text_source (treatment ("interleukin-2"));
  g_autofree char *belzutifan = rcc_side_effect_text_screen (treatment ("belzutifan"));
  g_autofree char *belzutifan_source = rcc_side_effect_text_source (treatment ("belzutifan"));
  const char *shown[] = { "pembrolizumab", NULL };
  g_autofree char *again = rcc_side_effect_text_markup (treatment ("lenvatinib-pembrolizumab"), shown);

  for (guint i = 0; i < g_list_model_get_n_items (treatments); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (treatments, i);
      GListModel *list = rcc_treatment_get_plain_side_effects (t);
      const char *id = rcc_treatment_get_id (t);
      g_autofree char *text = NULL;
      g_autofree char *markup = NULL;
      g_autofree char *plain = NULL;
      double grade;

      if (g_str_equal (id, "belzutifan"))
        {
          g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
          g_assert_false (rcc_side_effect_text_has_plain (t));
          continue;
        }

      g_assert_cmpuint (g_list_model_get_n_items (list), >=, 1);
      g_assert_true (rcc_side_effect_text_has_plain (t));
      for (guint j = 0; j < g_list_model_get_n_items (list); j++)
        {
          g_autoptr(RccSideEffects) se = g_list_model_get_item (list, j);

          g_assert_cmpstr (rcc_side_effects_get_source (se, "en"), !=,
                           rcc_side_effects_get_source (se, "es"));
          g_assert_cmpuint (rcc_side_effects_get_n_effects (se), >=, 1);
          for (guint k = 0; k < rcc_side_effects_get_n_effects (se); k++)
            g_assert_cmpstr (rcc_side_effects_get_effect (se, k, "en"), !=,
                             rcc_side_effects_get_effect (se, k, "es"));
          for (guint k = 0; k < rcc_side_effects_get_n_warning_signs (se); k++)
            g_assert_cmpstr (rcc_side_effects_get_warning_sign (se, k, "en"), !=,
                             rcc_side_effects_get_warning_sign (se, k, "es"));
        }

      text = rcc_side_effect_text_screen (t);
      markup = rcc_side_effect_text_markup (t, NULL);
      g_assert_true (pango_parse_markup (text, -1, 0, NULL, &plain, NULL, NULL));
      assert_no_label_terms (id, plain);
      assert_no_label_terms (id, markup);
      grade = rcc_readability_grade_with_names (plain, NULL);
      g_test_message ("%s: side effects at grade %.1f", id, grade);
      g_assert_cmpfloat (grade, <=, 8.0);
    }

  /* How often, where the source says it */
  g_assert_cmpstr (rcc_side_effects_get_effect (first, 0, "en"), ==, "tiredness, most often mild");
  g_assert_cmpstr (rcc_side_effects_get_effect_often (first, 0, "en"), ==, "almost 8 in 10 people");
  g_assert_cmpstr (rcc_side_effects_get_effect_often (first, 0, "es"), ==, "casi 8 de cada 10 personas");
  g_assert_null (rcc_side_effects_get_effect_often (first, 2, "en"));
  g_assert_nonnull (strstr (screen, "<b>Common side effects include:</b>\n•  Tiredness, most often "
                                    "mild: almost 8 in 10 people.\n•  Diarrhea"));
  g_assert_nonnull (strstr (screen, "<b>Tell your care team at once if you have:</b>\n•  Yellow skin"));
  g_assert_cmpstr (source, ==, "Source: patient pages from Cancer Research UK and UPMC, and the "
                               "maker’s patient site (Pfizer).");
  g_assert_cmpstr (il2, ==, "Source: NCCN Guidelines for Patients: Kidney Cancer, and a patient "
                            "page from UPMC (2017).");

  /* A combination: each drug's own */
  g_assert_cmpuint (g_list_model_get_n_items (combination), ==, 2);
  g_assert_cmpstr (rcc_side_effects_get_drug (nivolumab, "en"), ==, "nivolumab");
  g_assert_cmpstr (rcc_side_effects_get_drug (ipilimumab, "en"), ==, "ipilimumab");
  g_assert_nonnull (strstr (again, "<b>With pembrolizumab, the side effects and warning signs are "
                                   "the ones given above.</b>"));
  g_assert_nonnull (strstr (again, "<b>With lenvatinib, common side effects include:</b>"));

  /* No patient source: the label's list, its words explained, and said */
  g_assert_cmpstr (belzutifan_source, ==, "As the studies and other sources of this guide report "
                                          "them. This guide has no source written for patients on "
                                          "this drug.");
  g_assert_nonnull (strstr (belzutifan, "decreased hemoglobin, fatigue, musculoskeletal pain"));
  g_assert_nonnull (strstr (belzutifan, "What these words mean:"));
  g_assert_nonnull (strstr (belzutifan, "•  Anemia: Too few red blood cells"));
  g_assert_nonnull (strstr (belzutifan, "•  Creatinine: "));
  g_assert_nonnull (strstr (belzutifan, "•  Liver tests (ALT, AST): "));
  g_assert_nonnull (strstr (belzutifan, "•  Hypoxia: "));
  g_assert_nonnull (strstr (belzutifan, "•  Embryo-fetal toxicity: "));
}

/* Every option has a plain name in English and Spanish, and patient
 * view puts it first with the professional name beside it. */
static void
test_plain_names (void)
{
  GListModel *treatments = rcc_catalog_get_treatments (catalog);
  g_autofree char *ebrt = rcc_patient_text_treatment_title (treatment ("palliative-ebrt"));
  g_autofree char *il2 = rcc_patient_text_treatment_title (treatment ("interleukin-2"));
  g_autofree char *plain = rcc_patient_text_plain_name (treatment ("sunitinib"));

  g_assert_cmpuint (g_list_model_get_n_items (treatments), ==, 27);
  for (guint i = 0; i < g_list_model_get_n_items (treatments); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (treatments, i);
      const char *en = rcc_treatment_get_plain_name (t, "en");
      const char *es = rcc_treatment_get_plain_name (t, "es");

      g_assert_nonnull (en);
      g_assert_nonnull (es);
      g_assert_cmpstr (en, !=, es);
      g_assert_cmpstr (rcc_treatment_get_plain_name (t, NULL), ==, en);
      /* The professional name is beside it, not in it */
      g_assert_cmpstr (en, !=, rcc_treatment_get_name (t));
    }

  /* The interface here is untranslated */
  g_assert_cmpstr (rcc_patient_text_language (), ==, "en");
  g_assert_cmpstr (ebrt, ==, "Radiation to ease symptoms (Palliative EBRT)");
  g_assert_cmpstr (il2, ==, "Interleukin-2 given through a drip in hospital (IL-2)");
  g_assert_cmpstr (plain, ==, "A daily capsule that cuts the tumor’s blood supply");
  g_assert_cmpstr (rcc_treatment_get_plain_name (treatment ("palliative-ebrt"), "es"), ==,
                   "radioterapia para aliviar síntomas");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/rcc/patient-text/trial-facts", test_trial_facts);
  g_test_add_func ("/rcc/patient-text/comparison", test_comparison);
  g_test_add_func ("/rcc/patient-text/arm-title", test_arm_title);
  g_test_add_func ("/rcc/patient-text/trial-sentences", test_trial_sentences);
  g_test_add_func ("/rcc/patient-text/provenance", test_provenance);
  g_test_add_func ("/rcc/patient-text/category-and-setting", test_category_and_setting);
  g_test_add_func ("/rcc/patient-text/side-effects", test_side_effects);
  g_test_add_func ("/rcc/patient-text/plain-names", test_plain_names);
  g_test_add_func ("/rcc/patient-text/plain-side-effects", test_plain_side_effects);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
