/* rcc-reference.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-reference.h"

/* A published source: one of the PDQ summary's numbered references, or a trial publication. */

struct _RccReference
{
  GObject parent_instance;

  char   *id;
  guint   number;
  char   *citation;
  guint   pmid;
  char   *doi;
};

G_DEFINE_FINAL_TYPE (RccReference, rcc_reference, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_CITATION,
  PROP_PMID,
  PROP_DOI,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_reference_finalize (GObject *object)
{
  RccReference *self = (RccReference *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->citation, g_free);
  g_clear_pointer (&self->doi, g_free);

  G_OBJECT_CLASS (rcc_reference_parent_class)->finalize (object);
}

static void
rcc_reference_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RccReference *self = RCC_REFERENCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_CITATION:
      g_value_set_string (value, self->citation);
      break;

    case PROP_PMID:
      g_value_set_uint (value, self->pmid);
      break;

    case PROP_DOI:
      g_value_set_string (value, self->doi);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_reference_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RccReference *self = RCC_REFERENCE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;

    case PROP_CITATION:
      self->citation = g_value_dup_string (value);
      break;

    case PROP_PMID:
      self->pmid = g_value_get_uint (value);
      break;

    case PROP_DOI:
      self->doi = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_reference_class_init (RccReferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_reference_finalize;
  object_class->get_property = rcc_reference_get_property;
  object_class->set_property = rcc_reference_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  properties [PROP_CITATION] =
    g_param_spec_string ("citation", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  properties [PROP_PMID] =
    g_param_spec_uint ("pmid", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE |
                        G_PARAM_CONSTRUCT_ONLY |
                        G_PARAM_STATIC_STRINGS));

  properties [PROP_DOI] =
    g_param_spec_string ("doi", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_reference_init (RccReference *self)
{
}

const char *
rcc_reference_get_id (RccReference *self)
{
  g_return_val_if_fail (RCC_IS_REFERENCE (self), NULL);

  return self->id;
}

guint
rcc_reference_get_number (RccReference *self)
{
  g_return_val_if_fail (RCC_IS_REFERENCE (self), 0);

  return self->number;
}

const char *
rcc_reference_get_citation (RccReference *self)
{
  g_return_val_if_fail (RCC_IS_REFERENCE (self), NULL);

  return self->citation;
}

guint
rcc_reference_get_pmid (RccReference *self)
{
  g_return_val_if_fail (RCC_IS_REFERENCE (self), 0);

  return self->pmid;
}

const char *
rcc_reference_get_doi (RccReference *self)
{
  g_return_val_if_fail (RCC_IS_REFERENCE (self), NULL);

  return self->doi;
}
