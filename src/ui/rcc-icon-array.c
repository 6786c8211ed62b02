/* rcc-icon-array.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-icon-array.h"
#include "rcc-widget-colors.h"
#include "report/rcc-proportions.h"
#include "report/rcc-report-icons.h"

/* One "N in 100" picture on screen, drawn by the report's own
 * rcc_icon_array_draw() in the widget's colours (so dark style and high
 * contrast follow), an image to screen readers with its text equivalent
 * as its name; and a trial's pictures, a line per proportion with the
 * arms' pictures side by side, as the handout lays them out. */

#define ICON_ARRAY_PX 84

struct _RccIconArray
{
  GtkDrawingArea  parent_instance;

  guint           filled;
  gboolean        control;
  guint           experimental_index;
  char           *text_equivalent;
};

G_DEFINE_FINAL_TYPE (RccIconArray, rcc_icon_array, GTK_TYPE_DRAWING_AREA)

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  RccIconArray *self = RCC_ICON_ARRAY (area);
  RccReportColors colors;
  double fill[4];
  double size = MIN (width, height);

  rcc_widget_get_report_colors (GTK_WIDGET (self), &colors);
  rcc_icon_array_fill_color (&colors, self->control, self->experimental_index, fill);
  rcc_icon_array_draw (cr, (width - size) / 2, (height - size) / 2, size, self->filled, fill,
                       colors.foreground);
}

static void
rcc_icon_array_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (rcc_icon_array_parent_class)->css_changed (widget, change);

  /* Dark style, high contrast */
  gtk_widget_queue_draw (widget);
}

static void
rcc_icon_array_finalize (GObject *object)
{
  RccIconArray *self = (RccIconArray *)object;

  g_free (self->text_equivalent);

  G_OBJECT_CLASS (rcc_icon_array_parent_class)->finalize (object);
}

static void
rcc_icon_array_class_init (RccIconArrayClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = rcc_icon_array_finalize;
  widget_class->css_changed = rcc_icon_array_css_changed;

  gtk_widget_class_set_css_name (widget_class, "iconarray");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rcc_icon_array_init (RccIconArray *self)
{
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self), ICON_ARRAY_PX);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self), ICON_ARRAY_PX);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self), draw_cb, NULL, NULL);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_START);
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_START);
}

/**
 * rcc_icon_array_new:
 * @filled: how many of the 100 figures are filled
 * @control: whether the arm is a control arm (its colour)
 * @experimental_index: the arm's place among experimental arms
 * @text_equivalent: what the picture shows, for screen readers
 *
 * Returns: (transfer floating): the picture
 */
GtkWidget *
rcc_icon_array_new (guint       filled,
                    gboolean    control,
                    guint       experimental_index,
                    const char *text_equivalent)
{
  RccIconArray *self = g_object_new (RCC_TYPE_ICON_ARRAY, NULL);

  g_return_val_if_fail (text_equivalent != NULL, GTK_WIDGET (self));

  self->filled = MIN (filled, 100);
  self->control = !!control;
  self->experimental_index = experimental_index;
  self->text_equivalent = g_strdup (text_equivalent);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text_equivalent,
                                  -1);

  return GTK_WIDGET (self);
}

guint
rcc_icon_array_get_filled (RccIconArray *self)
{
  g_return_val_if_fail (RCC_IS_ICON_ARRAY (self), 0);

  return self->filled;
}

const char *
rcc_icon_array_get_text_equivalent (RccIconArray *self)
{
  g_return_val_if_fail (RCC_IS_ICON_ARRAY (self), NULL);

  return self->text_equivalent;
}

static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

/* An arm's picture of one proportion: the arm's name over the picture
 * and its sentence, or "Not reported in this guide." */
static GtkWidget *
arm_cell (const RccProportionSet *set,
          RccArm                 *arm)
{
  RccProportion named = { .arm = arm };
  const RccProportion *p = rcc_proportion_set_find (set, arm);
  g_autofree char *title = rcc_proportion_arm_title (&named);
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = wrapped_label (title);
  GtkWidget *row, *label;
  g_autofree char *sentence = NULL;
  g_autofree char *text = NULL;

  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (cell), heading);

  if (p == NULL)
    {
      /* Never a picture for a figure the content does not hold */
      label = wrapped_label (_("Not reported in this guide."));
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (cell), label);
      return cell;
    }

  sentence = rcc_proportion_sentence (set, p);
  text = rcc_proportion_text_equivalent (set, p);
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (row), rcc_icon_array_new (p->filled, rcc_arm_get_control (p->arm),
                                                     p->experimental_index, text));
  label = wrapped_label (sentence);
  /* The picture's name says it, with the exact figure */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (cell), row);
  return cell;
}

/**
 * rcc_icon_array_grid_new:
 *
 * @trial's proportions (rcc_proportions_for_trial()) as pictures: a
 * line per proportion, a picture per arm side by side (one under the
 * other in a narrow window), each with the arm's name and its sentence.
 *
 * Returns: (transfer floating) (nullable): the pictures, or %NULL when
 *   the content holds no proportion for @trial
 */
GtkWidget *
rcc_icon_array_grid_new (RccTrial *trial)
{
  g_autoptr(GPtrArray) sets = NULL;
  g_autoptr(GPtrArray) arms = NULL;
  GtkWidget *box;

  g_return_val_if_fail (RCC_IS_TRIAL (trial), NULL);

  sets = rcc_proportions_for_trial (trial);
  if (sets->len == 0)
    return NULL;

  arms = rcc_proportions_arms (sets);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (box, "icon-arrays");

  for (guint i = 0; i < sets->len; i++)
    {
      RccProportionSet *set = g_ptr_array_index (sets, i);
      const char *part = rcc_proportion_set_part_of_study (set);
      GtkWidget *flow = gtk_flow_box_new ();

      if (part != NULL)
        {
          /* Translators: %s is a group of the people in a study, as the source names it */
          g_autofree char *line = g_strdup_printf (_("These figures are for part of the study: %s."), part);
          GtkWidget *label = wrapped_label (line);

          gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
          gtk_widget_add_css_class (label, "caption");
          gtk_box_append (GTK_BOX (box), label);
        }

      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
      gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
      gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 1);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), arms->len);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 24);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 12);
      gtk_widget_set_focusable (flow, FALSE);

      for (guint col = 0; col < arms->len; col++)
        {
          GtkWidget *child = gtk_flow_box_child_new ();

          /* Pictures to look at, not stops for the keyboard */
          gtk_widget_set_focusable (child, FALSE);
          gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child),
                                        arm_cell (set, g_ptr_array_index (arms, col)));
          gtk_flow_box_append (GTK_FLOW_BOX (flow), child);
        }
      gtk_box_append (GTK_BOX (box), flow);
    }

  return box;
}
