/* rcc-esmo-grade.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-esmo-grade.h"
#include "rcc-model-private.h"

/* A grade of the ESMO Magnitude of Clinical Benefit Scale as ESMO
 * published it for one trial: the grade, the evaluation form and scale
 * version it was given with, where ESMO published it (a scorecard or an
 * RCC guideline eUpdate), when, and the address.  RCC Guide never
 * computes a grade: it holds ESMO's.  A trial can have several (a
 * scorecard and an eUpdate, or two versions of the scale). */

struct _RccEsmoGrade
{
  GObject         parent_instance;

  char           *grade;
  RccEsmoForm     form;
  RccEsmoVersion  version;
  char           *source;
  char           *issued;
  char           *updated;
  char           *url;
  char           *note;
  gboolean        curative;
};

G_DEFINE_FINAL_TYPE (RccEsmoGrade, rcc_esmo_grade, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GRADE,
  PROP_FORM,
  PROP_VERSION,
  PROP_SOURCE,
  PROP_ISSUED,
  PROP_UPDATED,
  PROP_URL,
  PROP_NOTE,
  PROP_CURATIVE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_esmo_grade_finalize (GObject *object)
{
  RccEsmoGrade *self = (RccEsmoGrade *)object;

  g_clear_pointer (&self->grade, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->issued, g_free);
  g_clear_pointer (&self->updated, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (rcc_esmo_grade_parent_class)->finalize (object);
}

/* Where each property is held (rcc-fields.h) */
static const gsize field_offsets[N_PROPS] = {
  [PROP_GRADE] = G_STRUCT_OFFSET (RccEsmoGrade, grade),
  [PROP_FORM] = G_STRUCT_OFFSET (RccEsmoGrade, form),
  [PROP_VERSION] = G_STRUCT_OFFSET (RccEsmoGrade, version),
  [PROP_SOURCE] = G_STRUCT_OFFSET (RccEsmoGrade, source),
  [PROP_ISSUED] = G_STRUCT_OFFSET (RccEsmoGrade, issued),
  [PROP_UPDATED] = G_STRUCT_OFFSET (RccEsmoGrade, updated),
  [PROP_URL] = G_STRUCT_OFFSET (RccEsmoGrade, url),
  [PROP_NOTE] = G_STRUCT_OFFSET (RccEsmoGrade, note),
  [PROP_CURATIVE] = G_STRUCT_OFFSET (RccEsmoGrade, curative),
};

RCC_DEFINE_FIELD_PROPERTIES (rcc_esmo_grade, field_offsets)

static void
rcc_esmo_grade_class_init (RccEsmoGradeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_esmo_grade_finalize;
  object_class->get_property = rcc_esmo_grade_get_property;
  object_class->set_property = rcc_esmo_grade_set_property;

  properties [PROP_GRADE] =
    g_param_spec_string ("grade", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_FORM] =
    g_param_spec_enum ("form", NULL, NULL,
                       RCC_TYPE_ESMO_FORM, RCC_ESMO_FORM_NOT_STATED, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_VERSION] =
    g_param_spec_enum ("version", NULL, NULL,
                       RCC_TYPE_ESMO_VERSION, RCC_ESMO_VERSION_NOT_PRINTED,
                       RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_ISSUED] =
    g_param_spec_string ("issued", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);
  /* The curative scale (A to C); form 1 implies it, and for a grade
   * whose form ESMO did not print the trial's setting decides. */
  properties [PROP_CURATIVE] =
    g_param_spec_boolean ("curative", NULL, NULL, FALSE, RCC_PARAM_CONSTRUCT_ONLY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_esmo_grade_init (RccEsmoGrade *self)
{
}

/**
 * rcc_esmo_grade_get_grade:
 *
 * Returns: the grade as ESMO printed it: "5" to "1", or "A" to "C"
 */
RCC_DEFINE_FIELD_GETTER (RccEsmoGrade, rcc_esmo_grade, RCC_IS_ESMO_GRADE, const char *, grade, NULL)
RCC_DEFINE_FIELD_GETTER (RccEsmoGrade, rcc_esmo_grade, RCC_IS_ESMO_GRADE,
                         RccEsmoForm, form, RCC_ESMO_FORM_NOT_STATED)
RCC_DEFINE_FIELD_GETTER (RccEsmoGrade, rcc_esmo_grade, RCC_IS_ESMO_GRADE,
                         RccEsmoVersion, version, RCC_ESMO_VERSION_NOT_PRINTED)

/**
 * rcc_esmo_grade_get_source:
 *
 * Returns: where ESMO published it: "scorecard 117-1", "ESMO RCC
 *   eUpdate, 26 Feb 2020, Table 7"
 */
RCC_DEFINE_FIELD_GETTER (RccEsmoGrade, rcc_esmo_grade, RCC_IS_ESMO_GRADE, const char *, source, NULL)

/**
 * rcc_esmo_grade_get_issued:
 *
 * Returns: the ISO date ESMO issued it ("2020-02-17")
 */
RCC_DEFINE_FIELD_GETTER (RccEsmoGrade, rcc_esmo_grade, RCC_IS_ESMO_GRADE, const char *, issued, NULL)

/**
 * rcc_esmo_grade_get_updated:
 *
 * Returns: (nullable): the ISO date of the scorecard's last update
 */
RCC_DEFINE_FIELD_GETTER (RccEsmoGrade, rcc_esmo_grade, RCC_IS_ESMO_GRADE, const char *, updated, NULL)
RCC_DEFINE_FIELD_GETTER (RccEsmoGrade, rcc_esmo_grade, RCC_IS_ESMO_GRADE, const char *, url, NULL)

/**
 * rcc_esmo_grade_get_note:
 *
 * Returns: (nullable): what the grade rests on, in our words
 */
RCC_DEFINE_FIELD_GETTER (RccEsmoGrade, rcc_esmo_grade, RCC_IS_ESMO_GRADE, const char *, note, NULL)

/**
 * rcc_esmo_grade_is_curative:
 *
 * Returns: %TRUE for a grade on the curative scale (A to C)
 */
gboolean
rcc_esmo_grade_is_curative (RccEsmoGrade *self)
{
  g_return_val_if_fail (RCC_IS_ESMO_GRADE (self), FALSE);

  return self->curative || self->form == RCC_ESMO_FORM_1;
}

/**
 * rcc_esmo_grade_in_scale:
 *
 * Returns: %TRUE if @grade is one of the scale's: A, B or C when
 *   @curative, else 1 to 5
 */
gboolean
rcc_esmo_grade_in_scale (const char *grade,
                         gboolean    curative)
{
  if (grade == NULL || grade[0] == '\0' || grade[1] != '\0')
    return FALSE;

  if (curative)
    return grade[0] >= 'A' && grade[0] <= 'C';

  return grade[0] >= '1' && grade[0] <= '5';
}

/**
 * rcc_esmo_scale_explanation:
 *
 * Returns: one sentence, translated, saying what the scale measures
 */
const char *
rcc_esmo_scale_explanation (void)
{
  return _("ESMO’s Magnitude of Clinical Benefit Scale rates how much benefit one trial showed: "
           "from 5 down to 1 when the aim is not cure, A to C when it is (after surgery); "
           "it grades a trial’s result, not a ranking of treatments.");
}
