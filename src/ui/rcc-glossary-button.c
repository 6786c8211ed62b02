/* rcc-glossary-button.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-glossary-button.h"

#include "report/rcc-glossary.h"

/* An info button beside a heading that uses words of evidence: its
 * popover says what they mean, in plain words, and leads to the whole
 * glossary.  Its accessible name is the question it answers, "What does
 * hazard ratio mean?". */

struct _RccGlossaryButton
{
  GtkWidget      parent_instance;

  char          *terms;

  GtkMenuButton *button;
  GtkBox        *terms_box;
};

G_DEFINE_FINAL_TYPE (RccGlossaryButton, rcc_glossary_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TERMS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GtkWidget *
term_label (const char *text,
            const char *style_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_width_chars (GTK_LABEL (label), 24);
  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);

  return label;
}

static void
rebuild (RccGlossaryButton *self)
{
  g_auto(GStrv) ids = NULL;
  g_autoptr(GStrvBuilder) known = g_strv_builder_new ();
  g_auto(GStrv) shown = NULL;
  g_autofree char *question = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->terms_box))) != NULL)
    gtk_box_remove (self->terms_box, child);

  ids = g_strsplit_set (self->terms != NULL ? self->terms : "", " ,", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autofree char *title = NULL;
      GtkWidget *box;

      if (ids[i][0] == '\0')
        continue;

      if (!rcc_glossary_has_term (ids[i]))
        {
          g_critical ("No glossary term “%s”", ids[i]);
          continue;
        }

      g_strv_builder_add (known, ids[i]);

      title = rcc_glossary_get_title (ids[i]);
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      gtk_box_append (GTK_BOX (box), term_label (title, "heading"));
      gtk_box_append (GTK_BOX (box), term_label (rcc_glossary_get_definition (ids[i]), NULL));
      gtk_box_append (self->terms_box, box);
    }

  shown = g_strv_builder_end (known);
  gtk_widget_set_visible (GTK_WIDGET (self), shown[0] != NULL);
  if (shown[0] == NULL)
    return;

  question = rcc_glossary_get_question ((const char * const *)shown);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), question);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, question,
                                  -1);
}

static void
all_terms_clicked_cb (RccGlossaryButton *self,
                      GtkButton         *button)
{
  gtk_menu_button_popdown (self->button);
  gtk_widget_activate_action (GTK_WIDGET (self), "app.glossary", NULL);
}

static void
rcc_glossary_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RCC_TYPE_GLOSSARY_BUTTON);

  G_OBJECT_CLASS (rcc_glossary_button_parent_class)->dispose (object);
}

static void
rcc_glossary_button_finalize (GObject *object)
{
  RccGlossaryButton *self = (RccGlossaryButton *)object;

  g_clear_pointer (&self->terms, g_free);

  G_OBJECT_CLASS (rcc_glossary_button_parent_class)->finalize (object);
}

static void
rcc_glossary_button_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  RccGlossaryButton *self = RCC_GLOSSARY_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TERMS:
      g_value_set_string (value, self->terms);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_glossary_button_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  RccGlossaryButton *self = RCC_GLOSSARY_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TERMS:
      rcc_glossary_button_set_terms (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_glossary_button_class_init (RccGlossaryButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_glossary_button_dispose;
  object_class->finalize = rcc_glossary_button_finalize;
  object_class->get_property = rcc_glossary_button_get_property;
  object_class->set_property = rcc_glossary_button_set_property;

  /* Glossary ids, separated by spaces: "hazard-ratio confidence-interval" */
  properties [PROP_TERMS] =
    g_param_spec_string ("terms", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-glossary-button.ui");
  gtk_widget_class_bind_template_child (widget_class, RccGlossaryButton, button);
  gtk_widget_class_bind_template_child (widget_class, RccGlossaryButton, terms_box);
  gtk_widget_class_bind_template_callback (widget_class, all_terms_clicked_cb);
}

static void
rcc_glossary_button_init (RccGlossaryButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * rcc_glossary_button_new:
 * @terms: glossary ids, separated by spaces
 */
GtkWidget *
rcc_glossary_button_new (const char *terms)
{
  return g_object_new (RCC_TYPE_GLOSSARY_BUTTON,
                       "terms", terms,
                       NULL);
}

const char *
rcc_glossary_button_get_terms (RccGlossaryButton *self)
{
  g_return_val_if_fail (RCC_IS_GLOSSARY_BUTTON (self), NULL);

  return self->terms;
}

void
rcc_glossary_button_set_terms (RccGlossaryButton *self,
                               const char        *terms)
{
  g_return_if_fail (RCC_IS_GLOSSARY_BUTTON (self));

  if (g_strcmp0 (self->terms, terms) == 0)
    return;

  g_free (self->terms);
  self->terms = g_strdup (terms);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TERMS]);
}
