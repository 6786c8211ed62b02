/* rcc-field-row.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-closures.h"
#include "rcc-field-row.h"

/* One field of a treatment or trial in a boxed list: a small caption
 * and the content's text at full size and contrast, since dosing and
 * design are read, not glanced at.  The row hides itself while the
 * content gives no text. */

struct _RccFieldRow
{
  GtkListBoxRow  parent_instance;

  char          *title;
  char          *text;
};

G_DEFINE_FINAL_TYPE (RccFieldRow, rcc_field_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_field_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RCC_TYPE_FIELD_ROW);

  G_OBJECT_CLASS (rcc_field_row_parent_class)->dispose (object);
}

static void
rcc_field_row_finalize (GObject *object)
{
  RccFieldRow *self = (RccFieldRow *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (rcc_field_row_parent_class)->finalize (object);
}

static void
rcc_field_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RccFieldRow *self = RCC_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_field_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RccFieldRow *self = RCC_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      rcc_field_row_set_title (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      rcc_field_row_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_field_row_class_init (RccFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_field_row_dispose;
  object_class->finalize = rcc_field_row_finalize;
  object_class->get_property = rcc_field_row_get_property;
  object_class->set_property = rcc_field_row_set_property;

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_EXPLICIT_NOTIFY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-field-row.ui");
  gtk_widget_class_bind_template_callback_full (widget_class, "has_text_cb", G_CALLBACK (rcc_closure_has_text));
}

static void
rcc_field_row_init (RccFieldRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

const char *
rcc_field_row_get_title (RccFieldRow *self)
{
  g_return_val_if_fail (RCC_IS_FIELD_ROW (self), NULL);

  return self->title;
}

void
rcc_field_row_set_title (RccFieldRow *self,
                         const char  *title)
{
  g_return_if_fail (RCC_IS_FIELD_ROW (self));

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
}

const char *
rcc_field_row_get_text (RccFieldRow *self)
{
  g_return_val_if_fail (RCC_IS_FIELD_ROW (self), NULL);

  return self->text;
}

void
rcc_field_row_set_text (RccFieldRow *self,
                        const char  *text)
{
  g_return_if_fail (RCC_IS_FIELD_ROW (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  gtk_widget_set_visible (GTK_WIDGET (self), rcc_closure_has_text (self, text));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
}
