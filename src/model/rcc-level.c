/* rcc-level.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rcc-level.h"
#include "rcc-model-private.h"
#include "rcc-level-words.h"

/* A PDQ level-of-evidence code given to one result of a trial: the
 * scheme it belongs to (the 2014 design-and-endpoint codes such as
 * "1iDiii", or the 2023 codes A1 to D), the edition that printed it,
 * the endpoint it grades (or, in words, what else it grades), and
 * whether the code as printed fits the scheme's own definitions. */

struct _RccLevel
{
  GObject            parent_instance;

  RccEvidenceScheme  scheme;
  char              *code;
  char              *edition_id;
  RccEndpoint        endpoint;
  char              *about;
  gboolean           fits;
};

G_DEFINE_FINAL_TYPE (RccLevel, rcc_level, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SCHEME,
  PROP_CODE,
  PROP_EDITION_ID,
  PROP_ENDPOINT,
  PROP_ABOUT,
  PROP_FITS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_level_finalize (GObject *object)
{
  RccLevel *self = (RccLevel *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->edition_id, g_free);
  g_clear_pointer (&self->about, g_free);

  G_OBJECT_CLASS (rcc_level_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_SCHEME] = G_STRUCT_OFFSET (RccLevel, scheme),
  [PROP_CODE] = G_STRUCT_OFFSET (RccLevel, code),
  [PROP_EDITION_ID] = G_STRUCT_OFFSET (RccLevel, edition_id),
  [PROP_ENDPOINT] = G_STRUCT_OFFSET (RccLevel, endpoint),
  [PROP_ABOUT] = G_STRUCT_OFFSET (RccLevel, about),
  [PROP_FITS] = G_STRUCT_OFFSET (RccLevel, fits),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_level, field_offsets)

static void
rcc_level_class_init (RccLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_level_finalize;
  object_class->get_property = rcc_level_get_property;
  object_class->set_property = rcc_level_set_property;

  properties [PROP_SCHEME] =
    g_param_spec_enum ("scheme", NULL, NULL,
                       RCC_TYPE_EVIDENCE_SCHEME, RCC_EVIDENCE_SCHEME_PDQ_2014,
                       RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_EDITION_ID] =
    g_param_spec_string ("edition-id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_ENDPOINT] = _rcc_param_spec_endpoint (RCC_ENDPOINT_NONE);
  properties [PROP_ABOUT] =
    g_param_spec_string ("about", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_FITS] =
    g_param_spec_boolean ("fits", NULL, NULL, TRUE, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_level_init (RccLevel *self)
{
  self->fits = TRUE;
}

RccLevel *
rcc_level_new (RccEvidenceScheme  scheme,
               const char        *code,
               const char        *edition_id,
               RccEndpoint        endpoint,
               const char        *about,
               gboolean           fits)
{
  return g_object_new (RCC_TYPE_LEVEL,
                       "scheme", scheme,
                       "code", code,
                       "edition-id", edition_id,
                       "endpoint", endpoint,
                       "about", about,
                       "fits", fits,
                       NULL);
}

RCC_DEFINE_FIELD_GETTER (RccLevel, rcc_level, RCC_IS_LEVEL,
                         RccEvidenceScheme, scheme, RCC_EVIDENCE_SCHEME_PDQ_2014)
RCC_DEFINE_FIELD_GETTER (RccLevel, rcc_level, RCC_IS_LEVEL, const char *, code, NULL)

/**
 * rcc_level_get_edition_id:
 *
 * Returns: the id of the edition that gives the code ("pdq-2025")
 */
RCC_DEFINE_FIELD_GETTER (RccLevel, rcc_level, RCC_IS_LEVEL, const char *, edition_id, NULL)

/**
 * rcc_level_get_endpoint:
 *
 * Returns: the endpoint the code grades, or %RCC_ENDPOINT_NONE
 */
RCC_DEFINE_FIELD_GETTER (RccLevel, rcc_level, RCC_IS_LEVEL, RccEndpoint, endpoint, RCC_ENDPOINT_NONE)

/**
 * rcc_level_get_about:
 *
 * Returns: (nullable): what the code grades, in words, when that is not
 *   one endpoint ("Quality of life")
 */
RCC_DEFINE_FIELD_GETTER (RccLevel, rcc_level, RCC_IS_LEVEL, const char *, about, NULL)

/**
 * rcc_level_get_fits:
 *
 * Returns: %FALSE if the code, as the PDQ prints it, does not fit the
 *   scheme's own definitions for this result
 */
RCC_DEFINE_FIELD_GETTER (RccLevel, rcc_level, RCC_IS_LEVEL, gboolean, fits, TRUE)

/**
 * rcc_level_code_is_valid:
 *
 * Returns: %TRUE if @code is one @scheme defines
 */
gboolean
rcc_level_code_is_valid (RccEvidenceScheme  scheme,
                         const char        *code)
{
  return rcc_level_words_parse (scheme, code, NULL);
}

/**
 * rcc_level_describe:
 *
 * What the code means, in the guide's words, translated: for example
 * "Randomised controlled trial; endpoint: overall survival or
 * mortality."  A code that does not fit the scheme's definitions for
 * this result (rcc_level_get_fits()) is noted as shown as printed.
 *
 * Returns: (transfer full): a sentence or two
 */
char *
rcc_level_describe (RccLevel *self)
{
  g_autofree char *meaning = NULL;

  g_return_val_if_fail (RCC_IS_LEVEL (self), NULL);

  meaning = rcc_level_words_describe (self->scheme, self->code);
  if (self->fits)
    return g_steal_pointer (&meaning);

  return g_strconcat (meaning, " ", rcc_level_words_misfit (), NULL);
}
