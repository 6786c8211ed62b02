/* rcc-edition.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-edition.h"
#include "rcc-model-private.h"

/* One edition of a source summary the content draws on (the 2025 PDQ,
 * the 2014 PDQ): its id in the content file, its title, the date it was
 * last updated and where it is published. */

struct _RccEdition
{
  GObject parent_instance;

  char   *id;
  char   *title;
  char   *updated;
  char   *url;
};

G_DEFINE_FINAL_TYPE (RccEdition, rcc_edition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_UPDATED,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_edition_finalize (GObject *object)
{
  RccEdition *self = (RccEdition *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->updated, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (rcc_edition_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (RccEdition, id),
  [PROP_TITLE] = G_STRUCT_OFFSET (RccEdition, title),
  [PROP_UPDATED] = G_STRUCT_OFFSET (RccEdition, updated),
  [PROP_URL] = G_STRUCT_OFFSET (RccEdition, url),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_edition, field_offsets)

static void
rcc_edition_class_init (RccEditionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_edition_finalize;
  object_class->get_property = rcc_edition_get_property;
  object_class->set_property = rcc_edition_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  /* ISO 8601, "2025-05-13" */
  properties [PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_edition_init (RccEdition *self)
{
}

RccEdition *
rcc_edition_new (const char *id,
                 const char *title,
                 const char *updated,
                 const char *url)
{
  return g_object_new (RCC_TYPE_EDITION,
                       "id", id,
                       "title", title,
                       "updated", updated,
                       "url", url,
                       NULL);
}

RCC_DEFINE_FIELD_GETTER (RccEdition, rcc_edition, RCC_IS_EDITION, const char *, id, NULL)
RCC_DEFINE_FIELD_GETTER (RccEdition, rcc_edition, RCC_IS_EDITION, const char *, title, NULL)

/**
 * rcc_edition_get_updated:
 *
 * Returns: the date the edition was last updated, as YYYY-MM-DD
 */
RCC_DEFINE_FIELD_GETTER (RccEdition, rcc_edition, RCC_IS_EDITION, const char *, updated, NULL)

/**
 * rcc_edition_get_url:
 *
 * Returns: (nullable): where the edition is published
 */
RCC_DEFINE_FIELD_GETTER (RccEdition, rcc_edition, RCC_IS_EDITION, const char *, url, NULL)
