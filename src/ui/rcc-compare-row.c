/* rcc-compare-row.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-compare-row.h"
#include "model/rcc-fields.h"

/* A trial in the compare view's list (bound to its trials with
 * gtk_list_box_bind_model): name and year, setting and size, marked
 * when imported, and buttons for the view's compare.move-up,
 * compare.move-down and compare.remove.  The first row cannot move up,
 * nor the last down: the view says which rows are at the ends. */

struct _RccCompareRow
{
  AdwActionRow  parent_instance;

  RccTrial     *trial;

  GtkButton    *down_button;
  GtkButton    *remove_button;
  GtkButton    *up_button;
};

G_DEFINE_FINAL_TYPE (RccCompareRow, rcc_compare_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_TRIAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (model/rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_TRIAL] = G_STRUCT_OFFSET (RccCompareRow, trial),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_compare_row, field_offsets)

static char *
subtitle_for (RccTrial *trial)
{
  RccSetting setting = rcc_trial_get_setting (trial);
  guint enrolled = rcc_trial_get_enrolled (trial);
  g_autofree char *subtitle = NULL;

  if (enrolled > 0)
    /* Translators: a trial's setting and how many took part, "First-line · 750 patients" */
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u patient", "%s · %u patients",
                                             enrolled),
                                rcc_setting_get_label (setting), enrolled);
  else
    subtitle = g_strdup (rcc_setting_get_label (setting));

  /* As in the table and the charts: not from the reviewed content */
  if (rcc_trial_get_imported (trial))
    return g_strdup_printf ("%s · %s", _("Imported, not reviewed"), subtitle);

  return g_steal_pointer (&subtitle);
}

/* A button's tooltip and accessible name, naming the trial */
static void
label_button (GtkButton  *button,
              const char *label)
{
  gtk_widget_set_tooltip_text (GTK_WIDGET (button), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* An actionable button's sensitivity follows its action: one that
 * cannot act is left without. */
static void
set_button_action (RccCompareRow *self,
                   GtkButton     *button,
                   const char    *action_name)
{
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  if (action_name != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", rcc_trial_get_id (self->trial));
  gtk_widget_set_sensitive (GTK_WIDGET (button), action_name != NULL);
}

static void
rcc_compare_row_constructed (GObject *object)
{
  RccCompareRow *self = (RccCompareRow *)object;
  const char *name;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *up = NULL;
  g_autofree char *down = NULL;
  g_autofree char *remove = NULL;

  G_OBJECT_CLASS (rcc_compare_row_parent_class)->constructed (object);

  g_return_if_fail (RCC_IS_TRIAL (self->trial));

  /* A trial does not change: set once, not bound.  (GTK 4.8 cannot
   * unbind an expression a template binds on itself.) */
  name = rcc_trial_get_name (self->trial);
  title = g_strdup_printf ("%s (%u)", name, rcc_trial_get_year (self->trial));
  subtitle = subtitle_for (self->trial);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);

  up = g_strdup_printf (_("Move %s up"), name);
  down = g_strdup_printf (_("Move %s down"), name);
  remove = g_strdup_printf (_("Remove %s from the comparison"), name);
  label_button (self->up_button, up);
  label_button (self->down_button, down);
  label_button (self->remove_button, remove);

  set_button_action (self, self->remove_button, "compare.remove");
  rcc_compare_row_set_ends (self, FALSE, FALSE);
}

static void
rcc_compare_row_dispose (GObject *object)
{
  RccCompareRow *self = (RccCompareRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_COMPARE_ROW);
  g_clear_object (&self->trial);

  G_OBJECT_CLASS (rcc_compare_row_parent_class)->dispose (object);
}

static void
rcc_compare_row_class_init (RccCompareRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = rcc_compare_row_constructed;
  object_class->dispose = rcc_compare_row_dispose;
  object_class->get_property = rcc_compare_row_get_property;
  object_class->set_property = rcc_compare_row_set_property;

  properties [PROP_TRIAL] =
    g_param_spec_object ("trial", NULL, NULL, RCC_TYPE_TRIAL, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/rcc-compare-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RccCompareRow, down_button);
  gtk_widget_class_bind_template_child (widget_class, RccCompareRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, RccCompareRow, up_button);
}

static void
rcc_compare_row_init (RccCompareRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rcc_compare_row_new (RccTrial *trial)
{
  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  return g_object_new (RCC_TYPE_COMPARE_ROW,
                       "trial", trial,
                       NULL);
}

/**
 * rcc_compare_row_get_trial:
 *
 * Returns: (transfer none): the trial the row shows
 */
RccTrial *
rcc_compare_row_get_trial (RccCompareRow *self)
{
  g_return_val_if_fail (RCC_IS_COMPARE_ROW (self), NULL);

  return self->trial;
}

/**
 * rcc_compare_row_set_ends:
 * @first: the row is the first: it cannot move up
 * @last: the row is the last: it cannot move down
 */
void
rcc_compare_row_set_ends (RccCompareRow *self,
                          gboolean       first,
                          gboolean       last)
{
  g_return_if_fail (RCC_IS_COMPARE_ROW (self));

  set_button_action (self, self->up_button, first ? NULL : "compare.move-up");
  set_button_action (self, self->down_button, last ? NULL : "compare.move-down");
}
