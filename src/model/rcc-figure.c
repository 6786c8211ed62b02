/* rcc-figure.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gobject/gvaluecollector.h>

#include "rcc-figure.h"
#include "rcc-model-private.h"

/* What a median, a hazard ratio and a rate have in common: the arm, the
 * analysis and population it comes from, whether it is a headline, how
 * many decimals it was reported with, and its confidence interval.  The
 * set is declared once (RccFigureFields), its properties installed once
 * here, and readers build a figure from one filled set with
 * rcc_figure_new().  Each figure type adds its estimate. */

typedef struct
{
  RccFigureFields fields;
} RccFigurePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (RccFigure, rcc_figure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ARM_ID,
  PROP_HAS_CI,
  PROP_CI_LOW,
  PROP_CI_HIGH,
  PROP_CI_LEVEL,
  PROP_SIDES,
  PROP_ANALYSIS,
  PROP_POPULATION,
  PROP_PRIMARY,
  PROP_DECIMALS,
  PROP_CI,
  N_PROPS
};

/* The properties rcc_figure_new() sets from a RccFigureFields: all but
 * the derived "ci". */
#define N_FIELD_PROPS (PROP_DECIMALS)

static GParamSpec *properties [N_PROPS];

/**
 * rcc_figure_fields_clear:
 *
 * Frees the strings of @fields and sets it back to
 * %RCC_FIGURE_FIELDS_INIT.
 */
void
rcc_figure_fields_clear (RccFigureFields *fields)
{
  const RccFigureFields empty = RCC_FIGURE_FIELDS_INIT;

  g_free (fields->arm_id);
  g_free (fields->analysis);
  g_free (fields->population);
  *fields = empty;
}

/* One reading of the shared set, for get_property() and for
 * rcc_figure_new(). */
static void
fields_get_value (const RccFigureFields *fields,
                  guint                  prop_id,
                  GValue                *value)
{
  switch (prop_id)
    {
    case PROP_ARM_ID:
      g_value_set_string (value, fields->arm_id);
      break;

    case PROP_HAS_CI:
      g_value_set_boolean (value, fields->has_ci);
      break;

    case PROP_CI_LOW:
      g_value_set_double (value, fields->ci.low);
      break;

    case PROP_CI_HIGH:
      g_value_set_double (value, fields->ci.high);
      break;

    case PROP_CI_LEVEL:
      g_value_set_double (value, fields->ci.level);
      break;

    case PROP_SIDES:
      g_value_set_uint (value, fields->ci.sides);
      break;

    case PROP_ANALYSIS:
      g_value_set_string (value, fields->analysis);
      break;

    case PROP_POPULATION:
      g_value_set_string (value, fields->population);
      break;

    case PROP_PRIMARY:
      g_value_set_boolean (value, fields->primary);
      break;

    case PROP_DECIMALS:
      g_value_set_uint (value, fields->decimals);
      break;

    case PROP_CI:
      g_value_set_boxed (value, fields->has_ci ? &fields->ci : NULL);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
rcc_figure_finalize (GObject *object)
{
  RccFigurePrivate *priv = rcc_figure_get_instance_private (RCC_FIGURE (object));

  rcc_figure_fields_clear (&priv->fields);

  G_OBJECT_CLASS (rcc_figure_parent_class)->finalize (object);
}

static void
rcc_figure_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RccFigurePrivate *priv = rcc_figure_get_instance_private (RCC_FIGURE (object));

  if (prop_id > PROP_0 && prop_id < N_PROPS)
    fields_get_value (&priv->fields, prop_id, value);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
rcc_figure_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RccFigurePrivate *priv = rcc_figure_get_instance_private (RCC_FIGURE (object));
  RccFigureFields *fields = &priv->fields;

  switch (prop_id)
    {
    case PROP_ARM_ID:
      g_free (fields->arm_id);
      fields->arm_id = g_value_dup_string (value);
      break;

    case PROP_HAS_CI:
      fields->has_ci = g_value_get_boolean (value);
      break;

    case PROP_CI_LOW:
      fields->ci.low = g_value_get_double (value);
      break;

    case PROP_CI_HIGH:
      fields->ci.high = g_value_get_double (value);
      break;

    case PROP_CI_LEVEL:
      fields->ci.level = g_value_get_double (value);
      break;

    case PROP_SIDES:
      fields->ci.sides = g_value_get_uint (value);
      break;

    case PROP_ANALYSIS:
      g_free (fields->analysis);
      fields->analysis = g_value_dup_string (value);
      break;

    case PROP_POPULATION:
      g_free (fields->population);
      fields->population = g_value_dup_string (value);
      break;

    case PROP_PRIMARY:
      fields->primary = g_value_get_boolean (value);
      break;

    case PROP_DECIMALS:
      fields->decimals = g_value_get_uint (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_figure_class_init (RccFigureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_figure_finalize;
  object_class->get_property = rcc_figure_get_property;
  object_class->set_property = rcc_figure_set_property;

  properties [PROP_ARM_ID] =
    g_param_spec_string ("arm-id", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_HAS_CI] =
    g_param_spec_boolean ("has-ci", NULL, NULL, FALSE, RCC_PARAM_CONSTRUCT_ONLY);

  /* The bounds in the figure's own unit: months, a ratio, percent. */
  properties [PROP_CI_LOW] =
    g_param_spec_double ("ci-low", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_CI_HIGH] =
    g_param_spec_double ("ci-high", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0, RCC_PARAM_CONSTRUCT_ONLY);

  /* As reported; RCC_CI_LEVEL_NOT_STATED (0) where the source gives the
   * interval but not its level. */
  properties [PROP_CI_LEVEL] =
    g_param_spec_double ("ci-level", NULL, NULL, 0.0, 100.0, 95.0, RCC_PARAM_CONSTRUCT_ONLY);

  /* The CI's sides: 2 (two-sided), 1 (one-sided), 0 where not stated. */
  properties [PROP_SIDES] =
    g_param_spec_uint ("sides", NULL, NULL, 0, 2, 0, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_ANALYSIS] =
    g_param_spec_string ("analysis", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  properties [PROP_POPULATION] =
    g_param_spec_string ("population", NULL, NULL, NULL, RCC_PARAM_CONSTRUCT_ONLY);

  /* A headline result of the trial, as the content marks it. */
  properties [PROP_PRIMARY] =
    g_param_spec_boolean ("primary", NULL, NULL, FALSE, RCC_PARAM_CONSTRUCT_ONLY);

  /* How many decimals the source reported its figures with, so
   * they are shown as reported: 0.60 stays 0.60, 167 stays 167. */
  properties [PROP_DECIMALS] =
    g_param_spec_uint ("decimals", NULL, NULL, 0, 12, 0, RCC_PARAM_CONSTRUCT_ONLY);

  /* Derived, never stored: the interval, or NULL where there is none. */
  properties [PROP_CI] =
    g_param_spec_boxed ("ci", NULL, NULL, RCC_TYPE_INTERVAL, RCC_PARAM_READABLE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_figure_init (RccFigure *self)
{
  RccFigurePrivate *priv = rcc_figure_get_instance_private (self);
  const RccFigureFields defaults = RCC_FIGURE_FIELDS_INIT;

  priv->fields = defaults;
}

/**
 * rcc_figure_new:
 * @type: a figure type: %RCC_TYPE_MEDIAN, %RCC_TYPE_HAZARD_RATIO or
 *   %RCC_TYPE_RATE
 * @fields: what the figure shares with every figure; copied
 * @first_property_name: the first of @type's own properties, then its
 *   value, and so on, ending with %NULL, as for g_object_new()
 *
 * Builds a figure from the shared set, read once by the caller, and the
 * type's own properties (its estimate).
 *
 * Returns: (transfer full) (type RccFigure): the new figure
 */
gpointer
rcc_figure_new (GType                  type,
                const RccFigureFields *fields,
                const char            *first_property_name,
                ...)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GArray) values = g_array_new (FALSE, TRUE, sizeof (GValue));
  GObjectClass *klass;
  gpointer object;
  va_list args;

  g_return_val_if_fail (g_type_is_a (type, RCC_TYPE_FIGURE), NULL);
  g_return_val_if_fail (fields != NULL, NULL);

  /* Before the shared set: the class installs its properties. */
  klass = g_type_class_ref (type);

  g_array_set_clear_func (values, (GDestroyNotify)g_value_unset);
  g_array_set_size (values, N_FIELD_PROPS);
  for (guint i = 0; i < N_FIELD_PROPS; i++)
    {
      GParamSpec *pspec = properties[PROP_ARM_ID + i];
      GValue *value = &g_array_index (values, GValue, i);

      g_ptr_array_add (names, (gpointer)g_param_spec_get_name (pspec));
      g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
      fields_get_value (fields, PROP_ARM_ID + i, value);
    }

  /* The type's own properties, collected as g_object_new() does */
  va_start (args, first_property_name);
  for (const char *name = first_property_name; name != NULL; name = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (klass, name);
      g_autofree char *error = NULL;
      GValue value = G_VALUE_INIT;

      if (pspec == NULL)
        {
          g_critical ("%s: %s has no property \"%s\"", G_STRFUNC, g_type_name (type), name);
          break;
        }

      G_VALUE_COLLECT_INIT (&value, G_PARAM_SPEC_VALUE_TYPE (pspec), args, 0, &error);
      if (error != NULL)
        {
          g_critical ("%s: %s", G_STRFUNC, error);
          g_value_unset (&value);
          break;
        }

      g_ptr_array_add (names, (gpointer)g_param_spec_get_name (pspec));
      g_array_append_val (values, value);
    }
  va_end (args);

  object = g_object_new_with_properties (type, names->len, (const char **)names->pdata,
                                         (const GValue *)values->data);
  g_type_class_unref (klass);

  return object;
}

/**
 * rcc_figure_get_fields:
 *
 * Returns: (transfer none): what the figure shares with every figure
 */
const RccFigureFields *
rcc_figure_get_fields (RccFigure *self)
{
  RccFigurePrivate *priv;

  g_return_val_if_fail (RCC_IS_FIGURE (self), NULL);

  priv = rcc_figure_get_instance_private (self);

  return &priv->fields;
}

/**
 * rcc_figure_get_ci:
 *
 * Returns: (transfer none) (nullable): the confidence interval, or %NULL
 *   where the source gives none
 */
const RccInterval *
rcc_figure_get_ci (RccFigure *self)
{
  RccFigurePrivate *priv;

  g_return_val_if_fail (RCC_IS_FIGURE (self), NULL);

  priv = rcc_figure_get_instance_private (self);

  return priv->fields.has_ci ? &priv->fields.ci : NULL;
}

const char *
rcc_figure_get_arm_id (RccFigure *self)
{
  RccFigurePrivate *priv;

  g_return_val_if_fail (RCC_IS_FIGURE (self), NULL);

  priv = rcc_figure_get_instance_private (self);

  return priv->fields.arm_id;
}

gboolean
rcc_figure_get_primary (RccFigure *self)
{
  RccFigurePrivate *priv;

  g_return_val_if_fail (RCC_IS_FIGURE (self), FALSE);

  priv = rcc_figure_get_instance_private (self);

  return priv->fields.primary;
}
