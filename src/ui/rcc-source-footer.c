/* rcc-source-footer.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-source-footer.h"
#include "model/rcc-fields.h"
#include "rcc-view-properties.h"

#include "report/rcc-format.h"
#include "report/rcc-sources.h"

/* The foot of every detail: what the page draws on and how recent it
 * is (for a trial, its publications and the PDQ editions citing them;
 * for a treatment, the editions that place it and its trials'
 * publications; otherwise the current edition), and that the app
 * supports clinical judgement, not replaces it; in patient view, that
 * it helps patients and their care team talk about the choices and does
 * not choose. */

struct _RccSourceFooter
{
  GtkWidget     parent_instance;

  RccCatalog   *catalog;
  RccTrial     *trial;
  RccTreatment *treatment;
  gboolean      patient;

  GtkWidget  *box;
};

G_DEFINE_FINAL_TYPE (RccSourceFooter, rcc_source_footer, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_TRIAL,
  PROP_TREATMENT,
  PROP_PATIENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Where each property is held (model/rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_CATALOG] = G_STRUCT_OFFSET (RccSourceFooter, catalog),
  [PROP_TRIAL] = G_STRUCT_OFFSET (RccSourceFooter, trial),
  [PROP_TREATMENT] = G_STRUCT_OFFSET (RccSourceFooter, treatment),
  [PROP_PATIENT] = G_STRUCT_OFFSET (RccSourceFooter, patient),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_source_footer, field_offsets)

static char *
source_line_cb (gpointer      instance,
                RccCatalog   *catalog,
                const char   *source,
                RccTrial     *trial,
                RccTreatment *treatment)
{
  g_autofree char *sources = NULL;
  g_autofree char *reviewed = NULL;

  /* @source is here so the line follows a new catalog's */
  if (catalog == NULL || source == NULL)
    return NULL;

  if (trial != NULL)
    sources = rcc_sources_for_trial (catalog, trial);
  else if (treatment != NULL)
    sources = rcc_sources_for_treatment (catalog, treatment);
  else
    return rcc_format_source_line (catalog);

  reviewed = rcc_sources_reviewed (catalog);
  return g_strdup_printf ("%s %s", sources, reviewed);
}

static char *
judgement_cb (gpointer instance,
              gboolean patient)
{
  if (patient)
    return g_strdup (_("This guide helps you and your care team talk about the choices. "
                       "It does not choose for you."));

  return g_strdup (_("RCC Guide supports clinical judgement; it does not replace it, and it "
                     "makes no recommendation of its own."));
}

static void
rcc_source_footer_dispose (GObject *object)
{
  RccSourceFooter *self = (RccSourceFooter *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_SOURCE_FOOTER);
  g_clear_object (&self->catalog);
  g_clear_object (&self->trial);
  g_clear_object (&self->treatment);

  G_OBJECT_CLASS (rcc_source_footer_parent_class)->dispose (object);
}

static void
rcc_source_footer_class_init (RccSourceFooterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_source_footer_dispose;
  /* Setting any of them only stores it: the template's bindings follow */
  object_class->get_property = rcc_source_footer_get_property;
  object_class->set_property = rcc_source_footer_set_property;

  properties [PROP_CATALOG] = rcc_param_spec_catalog ();

  /* The trial a page shows: its sources */
  properties [PROP_TRIAL] =
    g_param_spec_object ("trial", NULL, NULL, RCC_TYPE_TRIAL, RCC_PARAM_EXPLICIT_NOTIFY);

  /* The treatment a page shows: its sources */
  properties [PROP_TREATMENT] =
    g_param_spec_object ("treatment", NULL, NULL, RCC_TYPE_TREATMENT, RCC_PARAM_EXPLICIT_NOTIFY);

  /* Plain language for patients */
  properties [PROP_PATIENT] = rcc_param_spec_patient ();

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-source-footer.ui");
  gtk_widget_class_bind_template_child (widget_class, RccSourceFooter, box);
  gtk_widget_class_bind_template_callback (widget_class, judgement_cb);
  gtk_widget_class_bind_template_callback (widget_class, source_line_cb);
}

static void
rcc_source_footer_init (RccSourceFooter *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rcc_source_footer_get_catalog:
 *
 * Returns: (transfer none) (nullable): the catalog whose source is shown
 */
RccCatalog *
rcc_source_footer_get_catalog (RccSourceFooter *self)
{
  g_return_val_if_fail (RCC_IS_SOURCE_FOOTER (self), NULL);

  return self->catalog;
}

void
rcc_source_footer_set_catalog (RccSourceFooter *self,
                               RccCatalog      *catalog)
{
  g_return_if_fail (RCC_IS_SOURCE_FOOTER (self));
  g_return_if_fail (!catalog || RCC_IS_CATALOG (catalog));

  if (g_set_object (&self->catalog, catalog))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CATALOG]);
}
