/* test-handout-es.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "content/rcc-xml-loader.h"
#include "report/rcc-report.h"
#include "rcc-test-run.h"

/* The patient handout in Spanish, written in-process through the report
 * API on the translation as built ($RCC_LOCALEDIR, meson's
 * po/LANG/LC_MESSAGES/): the interface's words from es.po, the side
 * effects' from the content's Spanish; still at most two pages. */

static RccCatalog *catalog;

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

/* The least body type size of a handout of one to three studies that
 * fits two pages, in points, asked for at 12 (issue 17: large type) */
#define MIN_FONT_SIZE 9.75

typedef struct
{
  RccPaper    paper;
  const char *ids[4];
  const char *name;
  gboolean    over;   /* known not to fit two pages yet */
} Case;

static const Case cases[] = {
  { RCC_PAPER_A4, { "veg105192", "sunitinib-ifn" }, "a4", FALSE },
  { RCC_PAPER_LETTER, { "veg105192", "sunitinib-ifn" }, "letter", FALSE },
  /* Three studies and four treatments: the Spanish is longer, so its
   * type is a little smaller than the English */
  { RCC_PAPER_A4, { "veg105192", "sunitinib-ifn", "checkmate-214" }, "3-a4", FALSE },
  { RCC_PAPER_LETTER, { "veg105192", "sunitinib-ifn", "checkmate-214" }, "3-letter", FALSE },
};

static void
test_spanish (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GListStore) trials = g_list_store_new (RCC_TYPE_TRIAL);
  g_autoptr(RccReport) report = rcc_report_new (catalog);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "handout-output", NULL);
  g_autofree char *name = g_strdup_printf ("handout-es-%s.pdf", c->name);
  g_autofree char *pdf = g_build_filename (dir, name, NULL);
  const char *info_argv[] = { "pdfinfo", pdf, NULL };
  const char *text_argv[] = { "pdftotext", pdf, "-", NULL };
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *folded = NULL;
  const char *pages;
  guint n;

  for (guint i = 0; c->ids[i] != NULL; i++)
    g_list_store_append (trials, rcc_catalog_lookup_trial (catalog, c->ids[i]));

  g_mkdir_with_parents (dir, 0755);
  g_unlink (pdf);
  rcc_report_set_trials (report, G_LIST_MODEL (trials));
  rcc_report_set_audience (report, RCC_AUDIENCE_PATIENT);
  rcc_report_set_font_size (report, 12);
  g_assert_true (rcc_report_write_pdf (report, pdf, c->paper, &error));
  g_assert_no_error (error);
  g_test_message ("%s: body type %.2f pt", c->name, rcc_report_get_laid_out_font_size (report));
  g_assert_cmpfloat (rcc_report_get_laid_out_font_size (report), >=, MIN_FONT_SIZE);
  if (c->ids[2] == NULL)
    /* Two studies in 10.5 pt or more */
    g_assert_cmpfloat (rcc_report_get_laid_out_font_size (report), >=, 10.5);

  info = run_argv_ok (info_argv);
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  n = g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
  g_test_message ("%s: %u pages", c->name, n);
  if (c->over && n > 2)
    {
      g_assert_cmpuint (n, <=, 3);
      g_test_incomplete ("issue 17: three studies in Spanish do not fit two pages at a readable "
                         "type size yet");
    }
  else
    g_assert_cmpuint (n, <=, 2);

  text = run_argv_ok (text_argv);
  folded = fold (text);
  g_test_message ("%s", folded);

  /* The interface's words */
  g_assert_nonnull (strstr (folded, "Algunos efectos secundarios comunes son:"));
  g_assert_nonnull (strstr (folded, "Avise enseguida a su equipo médico si tiene:"));
  /* The content's Spanish: effects, how often, warning signs, source */
  g_assert_nonnull (strstr (folded, "Diarrea, casi siempre leve: alrededor de 1 de cada 2 personas."));
  g_assert_nonnull (strstr (folded, "Cansancio, casi siempre leve: casi 8 de cada 10 personas."));
  g_assert_nonnull (strstr (folded, "Piel u ojos amarillos, orina oscura, dolor en el lado derecho de "
                                    "la barriga"));
  g_assert_nonnull (strstr (folded, "Fuente: páginas para pacientes de UPMC y Cancer Research UK, y "
                                    "el sitio para pacientes del fabricante (Novartis)."));
  /* and none of the English */
  g_assert_null (strstr (folded, "Common side effects"));
  g_assert_null (strstr (folded, "Tell your care team"));
  g_assert_null (strstr (folded, "most often mild"));
  g_assert_null (strstr (folded, "Source: "));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("RCC_LOCALEDIR");
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (setlocale (LC_ALL, "es_ES.UTF-8") == NULL)
    g_error ("the es_ES.UTF-8 locale is not installed (build-aux/test generates it)");
  /* The catalog as built, not as installed */
  if (localedir == NULL)
    g_error ("RCC_LOCALEDIR is not set: it names the build's po/ folder");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  catalog = rcc_xml_loader_load_bundled (&error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/rcc/handout-es/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_spanish);
    }

  ret = g_test_run ();
  g_clear_object (&catalog);
  return ret;
}
