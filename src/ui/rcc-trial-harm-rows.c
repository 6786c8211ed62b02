/* rcc-trial-harm-rows.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "report/rcc-harm-text.h"
#include "ui/rcc-field-row.h"
#include "ui/rcc-trial-harm-rows.h"

/* The trial detail's harm rows: every adverse-event figure, every
 * figure for stopping treatment, every follow-up, each with its arm,
 * analysis, population and kind of source; and ESMO's grades.  Worded
 * by rcc-harm-text.c, as the comparison is.  A measure the content
 * lacks gets a row saying so. */

static const char *
arm_label (RccTrial   *trial,
           const char *arm_id)
{
  RccArm *arm = arm_id != NULL ? rcc_trial_find_arm (trial, arm_id) : NULL;

  return arm != NULL ? rcc_arm_get_label (arm) : NULL;
}

/* "Primary analysis (N Engl J Med 2018) · Treated patients · primary
 * publication" */
static char *
qualifiers (const char    *analysis,
            const char    *population,
            RccSourceTier  tier)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  if (analysis != NULL)
    g_ptr_array_add (parts, (gpointer)analysis);
  if (population != NULL)
    g_ptr_array_add (parts, (gpointer)population);
  if (rcc_source_tier_get_label (tier) != NULL)
    g_ptr_array_add (parts, (gpointer)rcc_source_tier_get_label (tier));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **)parts->pdata);
}

static void
add_row (GtkListBox *list,
         const char *title,
         const char *text)
{
  gtk_list_box_append (list, g_object_new (RCC_TYPE_FIELD_ROW, "title", title, "text", text, NULL));
}

/* A harm or follow-up figure: "HEADING: ARM" over the figure and its
 * qualifiers; the heading alone where the figure is of no one arm */
static void
add_figure_row (GtkListBox    *list,
                RccTrial      *trial,
                const char    *heading,
                const char    *figure,
                const char    *arm_id,
                const char    *analysis,
                const char    *population,
                RccSourceTier  tier)
{
  g_autofree char *qualified = qualifiers (analysis, population, tier);
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  const char *arm = arm_label (trial, arm_id);

  /* Translators: a row title, "Adverse events: Sunitinib" */
  title = arm != NULL ? g_strdup_printf (_("%s: %s"), heading, arm) : g_strdup (heading);
  text = g_strdup_printf ("%s\n%s", figure, qualified);
  add_row (list, title, text);
}

static void
add_harms (GtkListBox *list,
           RccTrial   *trial,
           GListModel *harms,
           const char *heading)
{
  guint n = g_list_model_get_n_items (harms);

  if (n == 0)
    add_row (list, heading, rcc_harm_text_not_in_guide ());

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccHarm) harm = g_list_model_get_item (harms, i);
      g_autofree char *figure = rcc_harm_text_figure (harm);

      add_figure_row (list, trial, heading, figure, rcc_harm_get_arm_id (harm),
                      rcc_harm_get_analysis (harm), rcc_harm_get_population (harm),
                      rcc_harm_get_tier (harm));
    }
}

static void
add_follow_ups (GtkListBox *list,
                RccTrial   *trial)
{
  GListModel *follow_ups = rcc_trial_get_follow_ups (trial);
  guint n = g_list_model_get_n_items (follow_ups);

  if (n == 0)
    add_row (list, _("Follow-up"), rcc_harm_text_not_in_guide ());

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccFollowUp) fu = g_list_model_get_item (follow_ups, i);
      g_autofree char *figure = rcc_harm_text_follow_up (fu);

      add_figure_row (list, trial, _("Follow-up"), figure, rcc_follow_up_get_arm_id (fu),
                      rcc_follow_up_get_analysis (fu), rcc_follow_up_get_population (fu),
                      rcc_follow_up_get_tier (fu));
    }
}

static void
clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/**
 * rcc_trial_harm_rows_fill:
 * @trial: (nullable): the trial, or %NULL to empty the lists
 *
 * Fills @harm_list with the trial's adverse events, stopping treatment
 * and follow-up, and @esmo_list with its ESMO-MCBS grades.
 */
void
rcc_trial_harm_rows_fill (GtkListBox *harm_list,
                          GtkListBox *esmo_list,
                          RccTrial   *trial)
{
  GListModel *grades;

  g_return_if_fail (GTK_IS_LIST_BOX (harm_list));
  g_return_if_fail (GTK_IS_LIST_BOX (esmo_list));

  clear (harm_list);
  clear (esmo_list);
  if (trial == NULL)
    return;

  add_harms (harm_list, trial, rcc_trial_get_adverse_events (trial), _("Adverse events"));
  add_harms (harm_list, trial, rcc_trial_get_discontinuations (trial),
             _("Stopped treatment because of adverse events"));
  add_follow_ups (harm_list, trial);

  grades = rcc_trial_get_esmo_grades (trial);
  if (g_list_model_get_n_items (grades) == 0)
    add_row (esmo_list, _("ESMO-MCBS"), rcc_harm_text_not_graded ());

  for (guint i = 0; i < g_list_model_get_n_items (grades); i++)
    {
      g_autoptr(RccEsmoGrade) grade = g_list_model_get_item (grades, i);
      g_autofree char *text = rcc_harm_text_esmo_grade (grade);
      g_autofree char *title = g_strdup_printf (_("ESMO-MCBS grade %s"), rcc_esmo_grade_get_grade (grade));

      if (rcc_esmo_grade_get_note (grade) != NULL)
        {
          g_autofree char *with_note = g_strdup_printf ("%s\n%s", text, rcc_esmo_grade_get_note (grade));

          add_row (esmo_list, title, with_note);
        }
      else
        add_row (esmo_list, title, text);
    }
}
