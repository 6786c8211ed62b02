/* rcc-treatment-detail.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "rcc-treatment-detail.h"

#include "ui/rcc-field-row.h"
#include "ui/rcc-reference-row.h"
#include "ui/rcc-source-footer.h"
#include "ui/rcc-trial-summary-row.h"

/* Everything the content says about one treatment option: what it is and
 * how it works, how it is used, its trials with their headline figures,
 * and its references. */

struct _RccTreatmentDetail
{
  GtkWidget          parent_instance;

  RccCatalog        *catalog;
  RccTreatment      *treatment;

  GtkButton         *add_button;
  GtkListBox        *references_list;
  GtkScrolledWindow *scrolled_window;
  GtkStack          *stack;
  GtkListBox        *trials_list;
};

G_DEFINE_FINAL_TYPE (RccTreatmentDetail, rcc_treatment_detail, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_TREATMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
stack_page_cb (gpointer      instance,
               RccTreatment *treatment)
{
  return g_strdup (treatment != NULL ? "treatment" : "empty");
}

static char *
facts_cb (gpointer     instance,
          RccCategory  category,
          const char  *brand,
          guint        option)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (rcc_category_get_label (category)));
  if (brand != NULL)
    g_ptr_array_add (parts, g_strdup (brand));
  if (option > 0)
    /* Translators: a treatment's number in the PDQ's list of options */
    g_ptr_array_add (parts, g_strdup_printf (_("PDQ option %u"), option));
  else
    g_ptr_array_add (parts, g_strdup (_("Not in the PDQ list")));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

static gboolean
has_any_text_cb (gpointer    instance,
                 const char *a,
                 const char *b)
{
  return has_text (a) || has_text (b);
}

static gboolean
has_any_text3_cb (gpointer    instance,
                  const char *a,
                  const char *b,
                  const char *c)
{
  return has_text (a) || has_text (b) || has_text (c);
}

static gboolean
has_items_cb (gpointer             instance,
              const char * const *strv)
{
  return strv != NULL && strv[0] != NULL;
}

static GtkWidget *
create_trial_row (gpointer item,
                  gpointer user_data)
{
  RccTreatmentDetail *self = user_data;

  return rcc_trial_summary_row_new (item, rcc_treatment_get_id (self->treatment));
}

static void
add_to_comparison_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RccTreatmentDetail *self = RCC_TREATMENT_DETAIL (widget);

  g_return_if_fail (self->treatment != NULL);

  gtk_widget_activate_action (widget, "win.add-to-comparison", "s",
                              rcc_treatment_get_id (self->treatment));
}

/* The lists need both the treatment and the catalog, which come in
 * either order. */
static void
update_lists (RccTreatmentDetail *self)
{
  if (self->treatment == NULL || self->catalog == NULL)
    {
      gtk_list_box_bind_model (self->trials_list, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->references_list, NULL, NULL, NULL, NULL);
      return;
    }

  gtk_list_box_bind_model (self->trials_list, rcc_treatment_get_trials (self->treatment),
                           create_trial_row, self, NULL);
  rcc_reference_row_bind_list (self->references_list, self->catalog,
                               rcc_treatment_get_reference_ids (self->treatment));
}

static void
rcc_treatment_detail_dispose (GObject *object)
{
  RccTreatmentDetail *self = (RccTreatmentDetail *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_TREATMENT_DETAIL);
  g_clear_object (&self->catalog);
  g_clear_object (&self->treatment);

  G_OBJECT_CLASS (rcc_treatment_detail_parent_class)->dispose (object);
}

static void
rcc_treatment_detail_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RccTreatmentDetail *self = RCC_TREATMENT_DETAIL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;

    case PROP_TREATMENT:
      g_value_set_object (value, self->treatment);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_treatment_detail_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RccTreatmentDetail *self = RCC_TREATMENT_DETAIL (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      rcc_treatment_detail_set_catalog (self, g_value_get_object (value));
      break;

    case PROP_TREATMENT:
      rcc_treatment_detail_set_treatment (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_treatment_detail_class_init (RccTreatmentDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_treatment_detail_dispose;
  object_class->get_property = rcc_treatment_detail_get_property;
  object_class->set_property = rcc_treatment_detail_set_property;

  properties [PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL,
                         RCC_TYPE_CATALOG,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TREATMENT] =
    g_param_spec_object ("treatment", NULL, NULL,
                         RCC_TYPE_TREATMENT,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-treatment-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, add_button);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, references_list);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, RccTreatmentDetail, trials_list);
  gtk_widget_class_bind_template_callback (widget_class, facts_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_any_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_any_text3_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_items_cb);
  gtk_widget_class_bind_template_callback (widget_class, stack_page_cb);

  gtk_widget_class_install_action (widget_class, "treatment.add-to-comparison", NULL,
                                   add_to_comparison_action);

  g_type_ensure (RCC_TYPE_FIELD_ROW);
  g_type_ensure (RCC_TYPE_SOURCE_FOOTER);
}

static void
rcc_treatment_detail_init (RccTreatmentDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "treatment.add-to-comparison", FALSE);
}

/**
 * rcc_treatment_detail_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog the treatment is from
 */
RccCatalog *
rcc_treatment_detail_get_catalog (RccTreatmentDetail *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_DETAIL (self), NULL);

  return self->catalog;
}

void
rcc_treatment_detail_set_catalog (RccTreatmentDetail *self,
                                  RccCatalog         *catalog)
{
  g_return_if_fail (RCC_IS_TREATMENT_DETAIL (self));
  g_return_if_fail (!catalog || RCC_IS_CATALOG (catalog));

  if (!g_set_object (&self->catalog, catalog))
    return;

  update_lists (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
}

/**
 * rcc_treatment_detail_get_treatment:
 *
 * Returns: (transfer none) (nullable): the treatment shown
 */
RccTreatment *
rcc_treatment_detail_get_treatment (RccTreatmentDetail *self)
{
  g_return_val_if_fail (RCC_IS_TREATMENT_DETAIL (self), NULL);

  return self->treatment;
}

void
rcc_treatment_detail_set_treatment (RccTreatmentDetail *self,
                                    RccTreatment       *treatment)
{
  g_return_if_fail (RCC_IS_TREATMENT_DETAIL (self));
  g_return_if_fail (!treatment || RCC_IS_TREATMENT (treatment));

  if (!g_set_object (&self->treatment, treatment))
    return;

  update_lists (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled_window), 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "treatment.add-to-comparison",
                                 treatment != NULL);

  if (treatment != NULL)
    {
      /* Translators: %s is a treatment */
      g_autofree char *description = g_strdup_printf (_("Adds %s to the comparison"),
                                                      rcc_treatment_get_name (treatment));

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TREATMENT]);
}
