/* rcc-preferences-window.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "rcc-preferences-window.h"

/* Preferences: text size, colour scheme, patient view and paper size,
 * each row bound to its GSettings key, so a change applies at once and
 * is kept. */

struct _RccPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  AdwComboRow          *color_scheme_row;
  AdwComboRow          *paper_size_row;
  GtkSwitch            *patient_view_switch;
  AdwComboRow          *text_scale_row;
};

G_DEFINE_FINAL_TYPE (RccPreferencesWindow, rcc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The text sizes the text-scale setting offers, in the row's order */
static const double text_scales[] = { 1.0, 1.25, 1.5, 2.0 };

/* The combo rows' items, in order */
static const char * const color_schemes[] = { "default", "light", "dark" };
static const char * const paper_sizes[] = { "auto", "a4", "letter" };

/**
 * rcc_preferences_window_snap_text_scale:
 *
 * Returns: the offered text size nearest @scale
 */
double
rcc_preferences_window_snap_text_scale (double scale)
{
  double best = text_scales[0];

  for (guint i = 1; i < G_N_ELEMENTS (text_scales); i++)
    if (fabs (text_scales[i] - scale) < fabs (best - scale))
      best = text_scales[i];

  return best;
}

static gboolean
text_scale_to_position (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  double scale = rcc_preferences_window_snap_text_scale (g_variant_get_double (variant));

  for (guint i = 0; i < G_N_ELEMENTS (text_scales); i++)
    if (text_scales[i] == scale)
      g_value_set_uint (value, i);

  return TRUE;
}

static GVariant *
position_to_text_scale (const GValue       *value,
                        const GVariantType *expected_type,
                        gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (text_scales))
    return NULL;

  return g_variant_new_double (text_scales[position]);
}

/* For string keys: @user_data is the NULL-terminated list of choices in
 * the row's order */
static gboolean
choice_to_position (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  const char * const *choices = user_data;
  const char *choice = g_variant_get_string (variant, NULL);

  for (guint i = 0; choices[i] != NULL; i++)
    if (g_str_equal (choices[i], choice))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
position_to_choice (const GValue       *value,
                    const GVariantType *expected_type,
                    gpointer            user_data)
{
  const char * const *choices = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **)choices))
    return NULL;

  return g_variant_new_string (choices[position]);
}

static void
rcc_preferences_window_dispose (GObject *object)
{
  RccPreferencesWindow *self = (RccPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rcc_preferences_window_parent_class)->dispose (object);
}

static void
rcc_preferences_window_class_init (RccPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RccPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, RccPreferencesWindow, paper_size_row);
  gtk_widget_class_bind_template_child (widget_class, RccPreferencesWindow, patient_view_switch);
  gtk_widget_class_bind_template_child (widget_class, RccPreferencesWindow, text_scale_row);
}

static void
rcc_preferences_window_init (RccPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  g_settings_bind_with_mapping (self->settings, "text-scale",
                                self->text_scale_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                text_scale_to_position, position_to_text_scale,
                                NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_position, position_to_choice,
                                (gpointer)color_schemes, NULL);
  g_settings_bind_with_mapping (self->settings, "paper-size",
                                self->paper_size_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                choice_to_position, position_to_choice,
                                (gpointer)paper_sizes, NULL);
  g_settings_bind (self->settings, "patient-view",
                   self->patient_view_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
}

/**
 * rcc_preferences_window_new:
 * @parent: (nullable): the window to open it over
 */
GtkWidget *
rcc_preferences_window_new (GtkWindow *parent)
{
  GtkSettings *settings = gtk_settings_get_default ();
  double factor = 1.0;
  int dpi = 0;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);

  /* Room for the text at its size: the rows' values are cut short
   * rather than wrapped */
  if (settings != NULL)
    g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi > 0)
    factor = CLAMP (dpi / (96.0 * 1024), 1.0, 1.6);

  return g_object_new (RCC_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       "default-width", (int)(600 * factor),
                       "default-height", (int)(640 * factor),
                       NULL);
}
