/* test-format.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "report/rcc-format.h"

static void
test_median (void)
{
  g_autoptr(RccMedian) days = g_object_new (RCC_TYPE_MEDIAN, "arm-id", "a", "value", 167.0,
                                            "unit", RCC_TIME_UNIT_DAYS, "decimals", 0, NULL);
  g_autoptr(RccMedian) months = g_object_new (RCC_TYPE_MEDIAN, "arm-id", "a", "value", 26.0,
                                              "unit", RCC_TIME_UNIT_MONTHS, "decimals", 1, NULL);
  g_autoptr(RccMedian) nr = g_object_new (RCC_TYPE_MEDIAN, "arm-id", "a", "reached", FALSE, NULL);
  g_autofree char *a = rcc_format_median (days);
  g_autofree char *b = rcc_format_median (months);
  g_autofree char *c = rcc_format_median (nr);

  /* Reported first, derived after it. */
  g_assert_cmpstr (a, ==, "167 days (5.5 months)");
  /* 26.0 as reported, not 26. */
  g_assert_cmpstr (b, ==, "26.0 months");
  g_assert_cmpstr (c, ==, "not reached");
}

/* Whether a line may start @n characters into the first @find in
 * @layout's text, as @layout lays it out */
static gboolean
breaks_at (PangoLayout *layout,
           const char  *find,
           guint        n)
{
  const char *text = pango_layout_get_text (layout);
  const char *at = strstr (text, find);
  const PangoLogAttr *attrs;
  int n_attrs;

  g_assert_nonnull (at);
  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

  return attrs[g_utf8_pointer_to_offset (text, at) + n].is_line_break;
}

static void
test_p_markup (void)
{
  g_autofree char *markup = rcc_format_p_markup ("<.001");
  g_autofree char *details = g_strconcat ("Sorafenib vs Placebo · ", markup, " · Primary result", NULL);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  g_autoptr(PangoLayout) layout = pango_layout_new (context);

  g_object_unref (context);   /* the layout holds it */

  g_assert_cmpstr (markup, ==, "<span allow_breaks=\"false\">p &lt;.001</span>");

  /* Plain, Pango may start a line after the point: "p <." and "001" */
  pango_layout_set_text (layout, "Sorafenib vs Placebo · p <.001", -1);
  g_assert_true (breaks_at (layout, ".001", 1));

  /* The markup keeps the value whole, and with its "p" */
  pango_layout_set_markup (layout, details, -1);
  g_assert_cmpstr (pango_layout_get_text (layout), ==, "Sorafenib vs Placebo · p <.001 · Primary result");
  for (guint i = 1; i < strlen ("p <.001"); i++)
    g_assert_false (breaks_at (layout, "p <.001", i));
  g_assert_true (breaks_at (layout, "Primary", 0));
}

static void
test_hazard_ratio (void)
{
  g_autoptr(RccHazardRatio) hr = g_object_new (RCC_TYPE_HAZARD_RATIO, "value", 0.60, "has-ci", TRUE,
                                               "ci-low", 0.40, "ci-high", 0.89, "ci-level", 98.89,
                                               "decimals", 2, NULL);
  g_autoptr(RccHazardRatio) bare = g_object_new (RCC_TYPE_HAZARD_RATIO, "value", 0.665,
                                                 "decimals", 3, NULL);
  g_autofree char *a = rcc_format_hazard_ratio (hr);
  g_autofree char *b = rcc_format_hazard_ratio (bare);

  g_assert_cmpstr (a, ==, "0.60 (98.89% CI 0.40–0.89)");
  g_assert_cmpstr (b, ==, "0.665");
}

static void
test_rate (void)
{
  g_autoptr(RccRate) rate = g_object_new (RCC_TYPE_RATE, "percent", 14.0, "has-ci", TRUE,
                                          "ci-low", 10.0, "ci-high", 19.0, "ci-level", 90.0, NULL);
  g_autofree char *a = rcc_format_rate (rate);

  g_assert_cmpstr (a, ==, "14% (90% CI 10–19)");
}

static void
test_date (void)
{
  g_autofree char *a = rcc_format_date ("2014-02-25");
  g_autofree char *b = rcc_format_date ("not a date");

  g_assert_cmpstr (a, ==, "25 February 2014");
  g_assert_cmpstr (b, ==, "not a date");
}

int
main (int   argc,
      char *argv[])
{
  /* The C locale: English words, decimal point. */
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rcc/format/median", test_median);
  g_test_add_func ("/rcc/format/hazard-ratio", test_hazard_ratio);
  g_test_add_func ("/rcc/format/p-markup", test_p_markup);
  g_test_add_func ("/rcc/format/rate", test_rate);
  g_test_add_func ("/rcc/format/date", test_date);

  return g_test_run ();
}
