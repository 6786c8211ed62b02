/* rcc-change.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-change.h"
#include "rcc-model-private.h"

/* One entry of the content's change log: what changed, when, from which source. */

struct _RccChange
{
  GObject parent_instance;

  char   *date;
  guint   version;
  char   *source;
  char   *text;
};

G_DEFINE_FINAL_TYPE (RccChange, rcc_change, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATE,
  PROP_VERSION,
  PROP_SOURCE,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_change_finalize (GObject *object)
{
  RccChange *self = (RccChange *)object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (rcc_change_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_DATE] = G_STRUCT_OFFSET (RccChange, date),
  [PROP_VERSION] = G_STRUCT_OFFSET (RccChange, version),
  [PROP_SOURCE] = G_STRUCT_OFFSET (RccChange, source),
  [PROP_TEXT] = G_STRUCT_OFFSET (RccChange, text),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_change, field_offsets)

static void
rcc_change_class_init (RccChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_change_finalize;
  object_class->get_property = rcc_change_get_property;
  object_class->set_property = rcc_change_set_property;

  properties [PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_change_init (RccChange *self)
{
}

RCC_DEFINE_FIELD_GETTER (RccChange, rcc_change, RCC_IS_CHANGE, const char *, date, NULL)
RCC_DEFINE_FIELD_GETTER (RccChange, rcc_change, RCC_IS_CHANGE, guint, version, 0)
RCC_DEFINE_FIELD_GETTER (RccChange, rcc_change, RCC_IS_CHANGE, const char *, source, NULL)
RCC_DEFINE_FIELD_GETTER (RccChange, rcc_change, RCC_IS_CHANGE, const char *, text, NULL)
