/* test-handout.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rcc-test-run.h"

/* The patient handout as `rcc-guide --patient --compare … --output
 * FILE.pdf` writes it, on A4 and on Letter: at most two pages, and the
 * last page is never a near-empty one (issue 17).  Options are named in
 * plain words with the professional name beside them. */

/* The last page holds at least this share of the first page's text */
#define MIN_LAST_PAGE_SHARE 0.15

/* The whole handout's text, side effects included, reads at US school
 * grade 8 or below (issue 17) */
#define MAX_GRADE 8.0

/* Words of drug labels that the handout never uses for a drug with a
 * patient-written source: every drug these cases compare has one. */
static const char * const label_terms[] = {
  "hepatotoxicity", "mucositis", "stomatitis", "dysgeusia", "thrombocytopenia", "asthenia",
  "anorexia", "neutropenia", "proteinuria", "N=", "≥", NULL
};

typedef struct
{
  const char *ids;
  const char *paper;
  gboolean    pazopanib;   /* it compares pazopanib, whose side effects are checked */
  gboolean    over;        /* known not to fit two pages yet (see test_fits()) */
} Case;

static const Case cases[] = {
  { "veg105192", "a4", TRUE, FALSE },
  { "veg105192", "letter", TRUE, FALSE },
  { "veg105192,sunitinib-ifn", "a4", TRUE, FALSE },
  { "veg105192,sunitinib-ifn", "letter", TRUE, FALSE },
  /* Three studies and four treatments, one a combination of two drugs */
  { "veg105192,sunitinib-ifn,checkmate-214", "a4", TRUE, FALSE },
  { "veg105192,sunitinib-ifn,checkmate-214", "letter", TRUE, FALSE },
  /* Three studies, one of three arms, and five treatments, four of them
   * combinations: three pages so far (issue 17) */
  { "checkmate-214,keynote-426,clear", "a4", FALSE, TRUE },
  { "checkmate-214,keynote-426,clear", "letter", FALSE, TRUE },
};

static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *n = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-f", n, "-l", n, pdf, "-", NULL };

  return run_argv_ok (argv);
}

/* A syllable is a run of vowels (a, e, i, o, u, y), with a final silent
 * "e" not counted ("side", but not "little"); every word has at least
 * one.  A number ("9.2", "2025") counts as one word of one syllable. */
static guint
syllables (const char *word,
           gsize       length)
{
  guint n = 0;
  gboolean in_vowels = FALSE;

  if (g_ascii_isdigit (word[0]))
    return 1;

  for (gsize i = 0; i < length; i++)
    {
      gboolean vowel = strchr ("aeiouyAEIOUY", word[i]) != NULL;

      if (vowel && !in_vowels)
        n++;
      in_vowels = vowel;
    }

  if (length > 2 && g_ascii_tolower (word[length - 1]) == 'e' &&
      g_ascii_tolower (word[length - 2]) != 'l' && n > 1)
    n--;

  return MAX (n, 1);
}

/* The Flesch-Kincaid grade of @text:
 *
 *   0.39 × words / sentences + 11.8 × syllables / words − 15.59
 *
 * A word is a run of ASCII letters (with the apostrophes and hyphens
 * inside it) or of digits and points; a sentence ends at ".", "!" or "?"
 * before white space or the end.  Headings and list items without a
 * full stop run on into the next sentence, which only raises the grade. */
static double
flesch_kincaid (const char *text,
                guint      *n_words)
{
  guint words = 0, sentences = 0, syl = 0;
  const char *p = text;

  while (*p != '\0')
    {
      if (g_ascii_isalpha (*p) || g_ascii_isdigit (*p))
        {
          const char *start = p;
          gboolean number = g_ascii_isdigit (*p);

          while (*p != '\0' &&
                 (number ? (g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1])) || *p == ',')
                         : (g_ascii_isalpha (*p) ||
                            ((*p == '\'' || *p == '-') && g_ascii_isalpha (p[1])))))
            p++;
          words++;
          syl += syllables (start, p - start);
          continue;
        }

      if ((*p == '.' || *p == '!' || *p == '?') &&
          (p[1] == '\0' || g_ascii_isspace (p[1])))
        sentences++;
      p++;
    }

  g_assert_cmpuint (words, >, 0);
  *n_words = words;
  sentences = MAX (sentences, 1);
  return 0.39 * words / sentences + 11.8 * syl / words - 15.59;
}

/* @text with its white space folded to single spaces */
static char *
fold (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) nonempty = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (kept, words[i]);
  nonempty = g_strv_builder_end (kept);
  return g_strjoinv (" ", nonempty);
}

static guint
count (const char *text,
       const char *what)
{
  guint n = 0;

  for (const char *p = strstr (text, what); p != NULL; p = strstr (p + 1, what))
    n++;
  return n;
}

static void
test_fits (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "handout-output", NULL);
  g_autofree char *name = g_strdup_printf ("handout-%s-%s.pdf", c->ids, c->paper);
  g_autofree char *pdf = g_build_filename (dir, name, NULL);
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--patient", "--compare", c->ids,
                         "--paper", c->paper, "--output", pdf, NULL };
  g_autofree char *out = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *all = NULL;
  guint n;

  g_mkdir_with_parents (dir, 0755);
  g_unlink (pdf);
  out = run_argv_ok (argv);

  n = run_pdf_pages (pdf);
  g_test_message ("%s on %s: %u pages", c->ids, c->paper, n);
  g_assert_cmpuint (n, >=, 1);
  if (c->over && n > 2)
    {
      /* Still asserted below: no block split, no near-empty last page,
       * plain words; and no more than one page over */
      g_assert_cmpuint (n, <=, 3);
      g_test_incomplete ("issue 17: five treatments' side effects do not fit two pages at a "
                         "readable type size yet");
    }
  else
    g_assert_cmpuint (n, <=, 2);

  first = page_text (pdf, 1);
  last = page_text (pdf, n);
  all = g_strdup ("");
  for (guint p = 1; p <= n; p++)
    {
      g_autofree char *text = page_text (pdf, p);
      g_autofree char *so_far = g_steal_pointer (&all);

      all = g_strconcat (so_far, text, NULL);
    }

  /* Plain words throughout, side effects included */
  {
    guint words;
    double grade = flesch_kincaid (all, &words);

    g_test_message ("%s on %s: Flesch-Kincaid grade %.1f over %u words", c->ids, c->paper,
                    grade, words);
    g_assert_cmpfloat (grade, <=, MAX_GRADE);
    g_assert_cmpuint (words, >, 300);
  }
  for (guint i = 0; label_terms[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (all, -1);

      if (strstr (lower, label_terms[i]) != NULL || strstr (all, label_terms[i]) != NULL)
        g_error ("the handout for %s uses the label's “%s”", c->ids, label_terms[i]);
    }
  if (c->pazopanib)
    {
      g_autofree char *folded = fold (all);

      g_assert_nonnull (strstr (folded, "Common side effects include: Diarrhea, most often mild: "
                                        "about 1 in 2 people."));
      g_assert_nonnull (strstr (folded, "Tell your care team at once if you have: Yellow skin or eyes"));
      g_assert_nonnull (strstr (folded, "Source: patient pages from UPMC and Cancer Research UK, and "
                                        "the maker’s patient site (Novartis)."));
      g_assert_nonnull (strstr (all, "A daily tablet that cuts the tumor’s blood supply (Pazopanib)"));
    }
  else
    {
      g_autofree char *folded = fold (all);

      /* Every treatment's block, each drug's side effects once */
      g_assert_cmpuint (count (folded, "ommon side effects include:"), ==, 7);
      g_assert_cmpuint (count (folded, "the side effects and warning signs are the ones given above"), ==, 2);
    }

  /* The questions list stays with its heading, on one page */
  {
    gboolean together = FALSE;

    for (guint p = 1; p <= n; p++)
      {
        g_autofree char *text = page_text (pdf, p);

        together |= strstr (text, "Questions to ask your care team") != NULL &&
                    strstr (text, "Are there studies I could join?") != NULL;
      }
    g_assert_true (together);
  }
  /* A treatment's block never splits: its side effects and their warning
   * signs are on one page */
  for (guint p = 1; p <= n; p++)
    {
      g_autofree char *text = page_text (pdf, p);
      g_autofree char *folded = fold (text);

      g_assert_cmpuint (count (folded, "ommon side effects include:"), ==,
                        count (folded, "Tell your care team at once if you have:"));
    }

  if (n > 1)
    {
      g_autofree char *folded = fold (last);
      guint lines = 0;

      /* More than a few lines on the last page */
      for (const char *l = last; (l = strchr (l, '\n')) != NULL; l++)
        if (l[1] != '\n' && l[1] != '\f' && l[1] != '\0')
          lines++;
      g_test_message ("last page: %u lines", lines);
      g_assert_cmpuint (lines, >=, 10);
      g_assert_nonnull (folded);
      g_test_message ("first page %zu bytes of text, last %zu", strlen (first), strlen (last));
      g_assert_cmpfloat ((double)strlen (last), >=, MIN_LAST_PAGE_SHARE * strlen (first));
    }
  /* The head names the sources with their dates and promises no list of
   * references the handout does not have */
  g_assert_nonnull (strstr (first, "last updated 13 May 2025"));
  g_assert_null (strstr (first, "listed at the end"));
}

/* Text with every run of white space made one space: pdftotext breaks
 * the lines of the words beside each picture */
static char *
one_line (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (line, line->len > 0 ? " %s" : "%s", words[i]);

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* The "N in 100" pictures (issue 17): a picture per arm for each share
 * the content holds, with its sentence; none for what it does not hold */
static void
test_icon_arrays (void)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "handout-output", NULL);
  g_autofree char *pdf = g_build_filename (dir, "handout-icon-arrays.pdf", NULL);
  const char *argv[] = { g_getenv ("RCC_GUIDE_BIN"), "--patient", "--compare", "veg105192,sunitinib-ifn",
                         "--output", pdf, NULL };
  const char *text_argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *out = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  g_mkdir_with_parents (dir, 0755);
  g_unlink (pdf);
  out = run_argv_ok (argv);
  raw = run_argv_ok (text_argv);
  text = one_line (raw);

  /* Response rates: pazopanib 30% vs placebo 3%; sunitinib 31% vs
   * interferon-alpha 6% (NEJM 2007) */
  g_assert_nonnull (strstr (text, "Pazopanib About 30 in 100 people had their cancer shrink."));
  /* The study's first sentence said what placebo is */
  g_assert_nonnull (strstr (text, "Placebo About 3 in 100 people had their cancer shrink."));
  g_assert_nonnull (strstr (text, "Sunitinib About 31 in 100 people had their cancer shrink."));
  g_assert_nonnull (strstr (text, "Interferon-alpha About 6 in 100 people had their cancer shrink."));

  /* Neither trial holds landmark rates or grade 3 or higher harm here */
  for (const char *p = strstr (text, " in 100 people "); p != NULL; p = strstr (p + 1, " in 100 people "))
    n++;
  g_assert_cmpuint (n, ==, 4);
  g_assert_null (strstr (text, "were alive after"));
  g_assert_null (strstr (text, "severe side effect"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rcc/handout/fits/%s/%s", cases[i].ids,
                                               cases[i].paper);

      g_test_add_data_func (path, &cases[i], test_fits);
    }
  g_test_add_func ("/rcc/handout/icon-arrays", test_icon_arrays);

  return g_test_run ();
}
