/* test-bundled-content.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "content/rcc-xml-loader.h"
#include "model/rcc-trial-headline.h"

/* The bundled content against its sources: the seed's 11 options in
 * order, its 36 references, and every figure the seed states (pazopanib,
 * TARGET, sorafenib vs interferon), exactly as stated. */

static RccCatalog *catalog;

static void
test_options_in_order (void)
{
  static const struct { const char *id; const char *name; } options[] = {
    { "radical-nephrectomy", "Radical nephrectomy" },
    { "cytoreductive-nephrectomy", "Cytoreductive nephrectomy" },
    { "temsirolimus", "Temsirolimus" },
    { "sunitinib", "Sunitinib" },
    { "pazopanib", "Pazopanib" },
    { "bevacizumab", "Bevacizumab with or without interferon-alpha" },
    { "everolimus", "Everolimus" },
    { "sorafenib", "Sorafenib" },
    { "interferon-alpha", "Interferon-alpha" },
    { "interleukin-2", "IL-2" },
    { "palliative-ebrt", "Palliative EBRT" },
  };
  GListModel *treatments = rcc_catalog_get_treatments (catalog);

  /* The PDQ's options first, in its order; treatments added from later
   * trial publications after them, with no option number. */
  g_assert_cmpuint (g_list_model_get_n_items (treatments), >, G_N_ELEMENTS (options));
  for (guint i = G_N_ELEMENTS (options); i < g_list_model_get_n_items (treatments); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (treatments, i);
      g_assert_cmpuint (rcc_treatment_get_option (t), ==, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autoptr(RccTreatment) t = g_list_model_get_item (treatments, i);

      g_assert_cmpstr (rcc_treatment_get_id (t), ==, options[i].id);
      g_assert_cmpstr (rcc_treatment_get_name (t), ==, options[i].name);
      g_assert_cmpuint (rcc_treatment_get_option (t), ==, i + 1);
      g_assert_nonnull (rcc_treatment_get_summary (t));
      g_assert_nonnull (rcc_treatment_get_plain_summary (t));
    }

  /* The seed's notes on options 1 and 7. */
  g_assert_cmpstr (rcc_treatment_get_indication (rcc_catalog_lookup_treatment (catalog, "radical-nephrectomy")),
                   ==, "For T4, M0 lesions");
  g_assert_nonnull (strstr (rcc_treatment_get_indication (rcc_catalog_lookup_treatment (catalog, "everolimus")),
                            "sunitinib and/or sorafenib"));
}

static void
test_option_references (void)
{
  /* "4. Sunitinib.[25,26]" ... as the seed lists them. */
  static const struct { const char *id; const char *refs[5]; } cited[] = {
    { "cytoreductive-nephrectomy", { "pdq-2", "pdq-3" } },
    { "temsirolimus", { "pdq-22" } },
    { "sunitinib", { "pdq-25", "pdq-26" } },
    { "pazopanib", { "pdq-31" } },
    { "bevacizumab", { "pdq-27", "pdq-28", "pdq-29", "pdq-33" } },
    { "everolimus", { "pdq-23" } },
    { "sorafenib", { "pdq-32", "pdq-34" } },
    { "interferon-alpha", { "pdq-11", "pdq-21", "pdq-35", "pdq-36" } },
    { "interleukin-2", { "pdq-11", "pdq-17", "pdq-18" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cited); i++)
    {
      RccTreatment *t = rcc_catalog_lookup_treatment (catalog, cited[i].id);
      const char * const *ids = rcc_treatment_get_reference_ids (t);

      g_assert_cmpuint (g_strv_length ((char **)ids), ==, g_strv_length ((char **)cited[i].refs));
      for (guint j = 0; cited[i].refs[j] != NULL; j++)
        g_assert_cmpstr (ids[j], ==, cited[i].refs[j]);
    }
}

static void
test_references (void)
{
  GListModel *refs = rcc_catalog_get_references (catalog);
  RccReference *ref;

  /* The seed's 36, numbered as it numbers them, come first. */
  g_assert_cmpuint (g_list_model_get_n_items (refs), >=, 36);
  for (guint i = 0; i < 36; i++)
    {
      g_autoptr(RccReference) r = g_list_model_get_item (refs, i);
      g_autofree char *id = g_strdup_printf ("pdq-%u", i + 1);

      g_assert_cmpstr (rcc_reference_get_id (r), ==, id);
      g_assert_cmpuint (rcc_reference_get_number (r), ==, i + 1);
    }

  ref = rcc_catalog_lookup_reference (catalog, "pdq-31");
  g_assert_cmpstr (rcc_reference_get_citation (ref), ==,
                   "Sternberg CN, Davis ID, Mardiak J, et al.: Pazopanib in locally advanced or "
                   "metastatic renal cell carcinoma: results of a randomized phase III trial. "
                   "J Clin Oncol 28 (6): 1061-8, 2010.");
  ref = rcc_catalog_lookup_reference (catalog, "pdq-34");
  g_assert_cmpuint (rcc_reference_get_pmid (ref), ==, 17215530);
  g_assert_true (g_str_has_prefix (rcc_reference_get_citation (ref), "Escudier B, Eisen T, Stadler WM"));
}

/* The PMIDs the 2014 content had to leave out (no source then showed
 * them) come from the 2025 PDQ's reference lists in version 3: each with
 * the citation that list gives it, never another. */
static void
test_pmids_from_2025_pdq (void)
{
  static const struct { guint pmid; const char *first_authors; } listed[] = {
    { 11759643, "Flanigan RC, Salmon SE, Blumenstein BA" },
    { 17538086, "Hudes G, Carducci M, Tomczak P" },
    { 18653228, "Motzer RJ, Escudier B, Oudard S" },
    { 19487381, "Motzer RJ, Hutson TE, Tomczak P" },
    { 18156031, "Escudier B, Pluzanska A, Koralewski P" },
    { 20100962, "Sternberg CN, Davis ID, Mardiak J" },
    { 19171708, "Escudier B, Szczylik C, Hutson TE" },
    { 15625368, "McDermott DF, Regan MM, Clark JI" },
    { 10561363, "Pyrhönen S, Salminen E, Ruutu M" },
    { 3493432, "Rosenberg SA, Lotze MT, Muul LM" },
    { 8120958, "Rosenberg SA, Yang JC, Topalian SL" },
    { 29562145, "Motzer RJ, Tannir NM, McDermott DF" },
    { 30779529, "Rini BI, Plimack ER, Stus V" },
    { 26406148, "Motzer RJ, Escudier B, McDermott DF" },
    { 33616314, "Motzer R, Alekseev B, Rha SY" },
    { 34407342, "Choueiri TK, Tomczak P, Park SH" },
    { 29860937, "Méjean A, Ravaud A, Thezenas S" },
  };
  GListModel *refs = rcc_catalog_get_references (catalog);

  for (guint j = 0; j < G_N_ELEMENTS (listed); j++)
    {
      guint found = 0;

      for (guint i = 0; i < g_list_model_get_n_items (refs); i++)
        {
          g_autoptr(RccReference) r = g_list_model_get_item (refs, i);

          if (rcc_reference_get_pmid (r) != listed[j].pmid)
            continue;
          found++;
          if (!g_str_has_prefix (rcc_reference_get_citation (r), listed[j].first_authors))
            g_error ("PMID %u is on “%s”, not %s’s paper", listed[j].pmid,
                     rcc_reference_get_citation (r), listed[j].first_authors);
        }
      if (found != 1)
        g_error ("PMID %u is on %u references, not one", listed[j].pmid, found);
    }
}

static RccTrial *
trial (const char *id)
{
  RccTrial *t = rcc_catalog_lookup_trial (catalog, id);

  g_assert_nonnull (t);
  return t;
}

static void
assert_median (RccTrial    *t,
               RccEndpoint  endpoint,
               const char  *arm,
               double       value,
               RccTimeUnit  unit)
{
  RccMedian *m = rcc_trial_find_primary_median (t, endpoint, arm);

  g_assert_nonnull (m);
  g_assert_true (rcc_median_get_reached (m));
  g_assert_cmpfloat (rcc_median_get_value (m), ==, value);
  g_assert_cmpint (rcc_median_get_unit (m), ==, unit);
}

static void
test_pazopanib (void)
{
  RccTrial *t = trial ("veg105192");
  RccHazardRatio *hr;

  /* "enrolled 435 patients ... 9.2 months versus 4.2 months ...
   *  HR 0.46 (95% CI, 0.34–0.62; P < .0001)" */
  g_assert_cmpuint (rcc_trial_get_enrolled (t), ==, 435);
  assert_median (t, RCC_ENDPOINT_PFS, "pazopanib", 9.2, RCC_TIME_UNIT_MONTHS);
  assert_median (t, RCC_ENDPOINT_PFS, "placebo", 4.2, RCC_TIME_UNIT_MONTHS);

  hr = rcc_trial_find_primary_hazard_ratio (t, RCC_ENDPOINT_PFS);
  g_assert_nonnull (hr);
  g_assert_cmpstr (rcc_hazard_ratio_get_arm_id (hr), ==, "pazopanib");
  g_assert_cmpstr (rcc_hazard_ratio_get_versus_id (hr), ==, "placebo");
  g_assert_cmpfloat (rcc_hazard_ratio_get_value (hr), ==, 0.46);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_low (hr), ==, 0.34);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_high (hr), ==, 0.62);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_level (hr), ==, 95.0);
  g_assert_cmpstr (rcc_hazard_ratio_get_p (hr), ==, "<.0001");

  g_assert_true (rcc_trial_uses_treatment (t, "pazopanib"));
}

static void
test_target (void)
{
  RccTrial *t = trial ("target");
  RccHazardRatio *hr;
  RccMedian *m;

  /* "167 days compared with 84 days ... (P < .001) ... HR 0.44
   *  (95% CI, 0.35–0.55) ... [Level of evidence: 1iDiii]" */
  assert_median (t, RCC_ENDPOINT_PFS, "sorafenib", 167, RCC_TIME_UNIT_DAYS);
  assert_median (t, RCC_ENDPOINT_PFS, "placebo", 84, RCC_TIME_UNIT_DAYS);
  m = rcc_trial_find_primary_median (t, RCC_ENDPOINT_PFS, "sorafenib");
  g_assert_nonnull (strstr (rcc_median_get_analysis (m), "769"));
  g_assert_cmpfloat_with_epsilon (rcc_median_get_months (m), 167 / 30.4375, 1e-12);

  hr = rcc_trial_find_primary_hazard_ratio (t, RCC_ENDPOINT_PFS);
  g_assert_cmpfloat (rcc_hazard_ratio_get_value (hr), ==, 0.44);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_low (hr), ==, 0.35);
  g_assert_cmpfloat (rcc_hazard_ratio_get_ci_high (hr), ==, 0.55);
  g_assert_cmpstr (rcc_hazard_ratio_get_p (hr), ==, "<.001");
  g_assert_cmpstr (rcc_trial_get_evidence_level (t), ==, "1iDiii");

  /* The only 2014-scheme code in the sources is the 2014 seed's, for
   * TARGET; the 2025 edition's codes are checked one by one against
   * tests/data/third-edition/levels.tsv (test-third-edition.c) */
  for (guint i = 0; i < g_list_model_get_n_items (rcc_catalog_get_trials (catalog)); i++)
    {
      g_autoptr(RccTrial) other = g_list_model_get_item (rcc_catalog_get_trials (catalog), i);

      if (other != t)
        g_assert_null (rcc_trial_get_evidence_level (other));
    }

  /* "There was no significant difference in OS." */
  hr = rcc_trial_find_primary_hazard_ratio (t, RCC_ENDPOINT_OS);
  g_assert_nonnull (hr);
  g_assert_cmpint (rcc_hazard_ratio_get_significance (hr), ==, RCC_SIGNIFICANCE_NOT_SIGNIFICANT);
}

static void
test_sorafenib_vs_interferon (void)
{
  RccTrial *t = trial ("sorafenib-ifn-phase2");

  /* "189 patients ... (5.7 months vs. 5.6 months) in PFS" */
  g_assert_cmpuint (rcc_trial_get_enrolled (t), ==, 189);
  assert_median (t, RCC_ENDPOINT_PFS, "sorafenib", 5.7, RCC_TIME_UNIT_MONTHS);
  assert_median (t, RCC_ENDPOINT_PFS, "ifn", 5.6, RCC_TIME_UNIT_MONTHS);
  /* No HR was seen for this trial: none is given. */
  g_assert_null (rcc_trial_find_primary_hazard_ratio (t, RCC_ENDPOINT_PFS));
}

/* What the report and every view show as a trial's headline */
static void
test_headline (void)
{
  RccTrial *t = trial ("veg105192");
  g_autoptr(GPtrArray) hrs = NULL;
  RccTrialHeadline h;

  g_assert_true (rcc_trial_headline_init (&h, t, NULL));
  g_assert_true (h.trial == t);
  g_assert_cmpint (h.endpoint, ==, RCC_ENDPOINT_PFS);
  g_assert_cmpstr (rcc_arm_get_id (h.arm), ==, "pazopanib");
  g_assert_cmpstr (rcc_arm_get_id (h.versus), ==, "placebo");
  g_assert_cmpfloat (rcc_median_get_value (h.arm_median), ==, 9.2);
  g_assert_cmpfloat (rcc_median_get_value (h.versus_median), ==, 4.2);
  g_assert_cmpfloat (rcc_hazard_ratio_get_value (h.hazard_ratio), ==, 0.46);
  g_assert_true (rcc_trial_headline_get_median (&h, h.versus) == h.versus_median);
  hrs = rcc_trial_headline_get_hazard_ratios (&h);
  g_assert_cmpuint (hrs->len, ==, 1);
  g_assert_true (g_ptr_array_index (hrs, 0) == h.hazard_ratio);
  g_clear_pointer (&hrs, g_ptr_array_unref);

  /* TARGET's survival beside its headline: "no significant difference in OS" */
  t = trial ("target");
  g_assert_true (rcc_trial_headline_init_for_endpoint (&h, t, RCC_ENDPOINT_OS, NULL));
  g_assert_cmpstr (rcc_arm_get_id (h.arm), ==, "sorafenib");
  g_assert_true (h.hazard_ratio == rcc_trial_find_primary_hazard_ratio (t, RCC_ENDPOINT_OS));
  g_assert_cmpint (rcc_hazard_ratio_get_significance (h.hazard_ratio), ==, RCC_SIGNIFICANCE_NOT_SIGNIFICANT);

  /* For interferon: its arm, though the control, against sorafenib;
   * no hazard ratio was seen for this trial */
  t = trial ("sorafenib-ifn-phase2");
  g_assert_true (rcc_trial_headline_init (&h, t, "interferon-alpha"));
  g_assert_cmpstr (rcc_arm_get_id (h.arm), ==, "ifn");
  g_assert_cmpstr (rcc_arm_get_id (h.versus), ==, "sorafenib");
  g_assert_cmpfloat (rcc_median_get_value (h.arm_median), ==, 5.6);
  g_assert_cmpfloat (rcc_median_get_value (h.versus_median), ==, 5.7);
  g_assert_null (h.hazard_ratio);
  hrs = rcc_trial_headline_get_hazard_ratios (&h);
  g_assert_cmpuint (hrs->len, ==, 0);

  /* No arm uses it: no headline, but the endpoint is still said */
  g_assert_false (rcc_trial_headline_init (&h, t, "no-such-treatment"));
  g_assert_cmpint (h.endpoint, ==, RCC_ENDPOINT_PFS);
  g_assert_null (h.arm);
}

static void
test_units_as_reported (void)
{
  /* Pyrhönen reports overall survival in weeks. */
  assert_median (trial ("pyrhonen"), RCC_ENDPOINT_OS, "ifn-vlb", 67.6, RCC_TIME_UNIT_WEEKS);
  assert_median (trial ("pyrhonen"), RCC_ENDPOINT_OS, "vlb", 37.8, RCC_TIME_UNIT_WEEKS);
}

static void
test_hr_direction_is_data (void)
{
  RccTrial *t = trial ("yang-bevacizumab");
  RccHazardRatio *hr = rcc_trial_find_primary_hazard_ratio (t, RCC_ENDPOINT_TTP);

  /* Reported as 2.55 with HR > 1 favouring the antibody: stored as
   * placebo relative to the antibody, so above 1 favours "versus". */
  g_assert_cmpfloat (rcc_hazard_ratio_get_value (hr), ==, 2.55);
  g_assert_cmpstr (rcc_hazard_ratio_get_arm_id (hr), ==, "placebo");
  g_assert_cmpstr (rcc_hazard_ratio_get_versus_id (hr), ==, "high-dose");
}

static void
test_every_trial_linked (void)
{
  static const char *trials[] = {
    "swog-8949", "eortc-30947", "mcdermott-2005", "yang-il2", "fyfe", "percy-quattro",
    "pyrhonen", "mrc-re01", "arcc", "record-1", "sunitinib-ifn", "veg105192",
    "yang-bevacizumab", "calgb-90206", "avoren", "target", "sorafenib-ifn-phase2", "axis",
    /* trial-facts.md §3: the trials behind today's practice */
    "checkmate-214", "keynote-426", "checkmate-9er", "clear", "javelin-renal-101",
    "checkmate-025", "meteor", "cabosun", "litespark-005", "keynote-564", "carmena",
    /* version 3: the 2025 PDQ's trials the guide lacked, and those since
     * (trial-facts.md §8) */
    "cochrane-immunotherapy", "comparz", "pisces", "tivo-1", "tivo-3",
    "lenvatinib-everolimus-phase2", "s-trac", "immotion010", "checkmate-914", "cosmic-313",
    "contact-03", "immotion151", "surtime", "prosper",
  };

  g_assert_cmpuint (g_list_model_get_n_items (rcc_catalog_get_trials (catalog)), ==, G_N_ELEMENTS (trials));
  for (guint i = 0; i < G_N_ELEMENTS (trials); i++)
    {
      RccTrial *t = trial (trials[i]);
      const char * const *refs = rcc_trial_get_reference_ids (t);

      g_assert_true (refs != NULL && refs[0] != NULL);
      g_assert_cmpuint (rcc_trial_get_year (t), >=, 1994);
    }

  /* Each drug option with trials in the seed has them linked. */
  g_assert_cmpuint (g_list_model_get_n_items (rcc_treatment_get_trials (
                      rcc_catalog_lookup_treatment (catalog, "sorafenib"))), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (rcc_treatment_get_trials (
                      rcc_catalog_lookup_treatment (catalog, "palliative-ebrt"))), ==, 0);
}

static void
test_provenance (void)
{
  GListModel *editions = rcc_catalog_get_editions (catalog);
  g_autoptr(RccEdition) current = NULL;
  g_autoptr(RccEdition) first = NULL;

  /* The spine is the 2025 edition; the 2014 one stays as history */
  g_assert_cmpstr (rcc_catalog_get_source_updated (catalog), ==, "2025-05-13");
  g_assert_nonnull (rcc_catalog_get_reviewed (catalog));
  g_assert_nonnull (strstr (rcc_catalog_get_source (catalog), "PDQ"));
  g_assert_cmpuint (g_list_model_get_n_items (editions), ==, 2);
  current = g_list_model_get_item (editions, 0);
  first = g_list_model_get_item (editions, 1);
  g_assert_cmpstr (rcc_edition_get_id (current), ==, "pdq-2025");
  g_assert_cmpstr (rcc_edition_get_updated (current), ==, "2025-05-13");
  g_assert_cmpstr (rcc_edition_get_id (first), ==, "pdq-2014");
  g_assert_cmpstr (rcc_edition_get_updated (first), ==, "2014-02-25");
  g_assert_true (rcc_catalog_get_current_edition (catalog) == current);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  g_test_add_func ("/rcc/bundled/options-in-order", test_options_in_order);
  g_test_add_func ("/rcc/bundled/option-references", test_option_references);
  g_test_add_func ("/rcc/bundled/references", test_references);
  g_test_add_func ("/rcc/bundled/no-unverified-pmids", test_pmids_from_2025_pdq);
  g_test_add_func ("/rcc/bundled/pazopanib", test_pazopanib);
  g_test_add_func ("/rcc/bundled/target", test_target);
  g_test_add_func ("/rcc/bundled/sorafenib-vs-interferon", test_sorafenib_vs_interferon);
  g_test_add_func ("/rcc/bundled/headline", test_headline);
  g_test_add_func ("/rcc/bundled/units-as-reported", test_units_as_reported);
  g_test_add_func ("/rcc/bundled/hr-direction", test_hr_direction_is_data);
  g_test_add_func ("/rcc/bundled/every-trial-linked", test_every_trial_linked);
  g_test_add_func ("/rcc/bundled/provenance", test_provenance);

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
