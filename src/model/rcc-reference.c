/* rcc-reference.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-reference.h"
#include "rcc-model-private.h"

/* A published source: one of the PDQ summary's numbered references, or a
 * trial publication; a journal article (the default), a drug label, a
 * book or a web page.  cited-by names the editions whose reference lists
 * carry it; partial marks a citation the guide knows only in part (its
 * text holds that part, never invented parts). */

struct _RccReference
{
  GObject parent_instance;

  char   *id;
  guint   number;
  char   *citation;
  guint   pmid;
  char   *doi;
  RccReferenceKind kind;
  char  **cited_by;
  gboolean partial;
};

G_DEFINE_FINAL_TYPE (RccReference, rcc_reference, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_CITATION,
  PROP_PMID,
  PROP_DOI,
  PROP_KIND,
  PROP_CITED_BY,
  PROP_PARTIAL,
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
  g_clear_pointer (&self->cited_by, g_strfreev);

  G_OBJECT_CLASS (rcc_reference_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_ID] = G_STRUCT_OFFSET (RccReference, id),
  [PROP_NUMBER] = G_STRUCT_OFFSET (RccReference, number),
  [PROP_CITATION] = G_STRUCT_OFFSET (RccReference, citation),
  [PROP_PMID] = G_STRUCT_OFFSET (RccReference, pmid),
  [PROP_DOI] = G_STRUCT_OFFSET (RccReference, doi),
  [PROP_KIND] = G_STRUCT_OFFSET (RccReference, kind),
  [PROP_CITED_BY] = G_STRUCT_OFFSET (RccReference, cited_by),
  [PROP_PARTIAL] = G_STRUCT_OFFSET (RccReference, partial),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_reference, field_offsets)

static void
rcc_reference_class_init (RccReferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_reference_finalize;
  object_class->get_property = rcc_reference_get_property;
  object_class->set_property = rcc_reference_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_CITATION] =
    g_param_spec_string ("citation", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_PMID] =
    g_param_spec_uint ("pmid", NULL, NULL, 0, G_MAXUINT, 0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_DOI] =
    g_param_spec_string ("doi", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       RCC_TYPE_REFERENCE_KIND, RCC_REFERENCE_KIND_JOURNAL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_CITED_BY] =
    g_param_spec_boxed ("cited-by", NULL, NULL, G_TYPE_STRV, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_PARTIAL] =
    g_param_spec_boolean ("partial", NULL, NULL, FALSE, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_reference_init (RccReference *self)
{
}

RCC_DEFINE_FIELD_GETTER (RccReference, rcc_reference, RCC_IS_REFERENCE, const char *, id, NULL)
RCC_DEFINE_FIELD_GETTER (RccReference, rcc_reference, RCC_IS_REFERENCE, guint, number, 0)
RCC_DEFINE_FIELD_GETTER (RccReference, rcc_reference, RCC_IS_REFERENCE, const char *, citation, NULL)
RCC_DEFINE_FIELD_GETTER (RccReference, rcc_reference, RCC_IS_REFERENCE, guint, pmid, 0)
RCC_DEFINE_FIELD_GETTER (RccReference, rcc_reference, RCC_IS_REFERENCE, const char *, doi, NULL)
RCC_DEFINE_FIELD_GETTER (RccReference, rcc_reference, RCC_IS_REFERENCE,
                         RccReferenceKind, kind, RCC_REFERENCE_KIND_JOURNAL)

/**
 * rcc_reference_get_cited_by:
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the
 *   editions that cite it (never %NULL; empty if none)
 */
const char * const *
rcc_reference_get_cited_by (RccReference *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (RCC_IS_REFERENCE (self), none);

  return self->cited_by != NULL ? (const char * const *)self->cited_by : none;
}

/**
 * rcc_reference_get_partial:
 *
 * Returns: %TRUE if the guide knows the citation only in part; the
 *   views say "full citation not in this guide" beside it
 */
RCC_DEFINE_FIELD_GETTER (RccReference, rcc_reference, RCC_IS_REFERENCE, gboolean, partial, FALSE)
