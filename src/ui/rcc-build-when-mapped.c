/* rcc-build-when-mapped.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-build-when-mapped.h"

/* A stack page most windows never show (an empty search, no treatment
 * chosen, content that could not be loaded) is a status page: a scrolled
 * window, a clamp, an icon, wrapped text.  Built in its stack's template
 * it is built, styled and closed with every window.  Its stack page holds
 * an AdwBin instead, and the page, the object "page" of a builder file of
 * its own, is built into the bin when the bin is first mapped: a stack
 * maps only the page it shows, and a child added while its parent maps
 * is laid out and drawn in that same frame.  rcc_build_from_resource()
 * is the building alone, for parts built at another moment (the
 * treatment detail's body, after the first frame). */

typedef struct
{
  char            *resource;
  GObject         *current;   /* not owned: the bin's owner */
  GtkBuilderScope *scope;
  gulong           handler_id;
} Pending;

static void
pending_free (gpointer  data,
              GClosure *closure)
{
  Pending *pending = data;

  g_free (pending->resource);
  g_clear_object (&pending->scope);
  g_free (pending);
}

/**
 * rcc_build_from_resource:
 * @resource: a builder file compiled into the program
 * @current: (nullable): the builder's current object, what its signal
 *   handlers are connected to; exposed under its type's name, so that
 *   the file's bindings name it as its template would
 * @scope: (nullable): where the builder finds its callbacks
 *
 * Returns: (transfer full): the builder, with @resource's objects
 */
GtkBuilder *
rcc_build_from_resource (const char      *resource,
                         GObject         *current,
                         GtkBuilderScope *scope)
{
  GtkBuilder *builder = gtk_builder_new ();
  g_autoptr(GError) error = NULL;

  if (scope != NULL)
    gtk_builder_set_scope (builder, scope);
  if (current != NULL)
    {
      gtk_builder_set_current_object (builder, current);
      gtk_builder_expose_object (builder, G_OBJECT_TYPE_NAME (current), current);
    }
  /* Compiled in: failing to build it is a bug, not a user's problem */
  if (!gtk_builder_add_from_resource (builder, resource, &error))
    g_error ("%s", error->message);

  return builder;
}

static void
map_cb (AdwBin  *bin,
        Pending *pending)
{
  g_autoptr(GtkBuilder) builder = rcc_build_from_resource (pending->resource, pending->current,
                                                           pending->scope);

  adw_bin_set_child (bin, GTK_WIDGET (gtk_builder_get_object (builder, "page")));

  /* Once: this frees @pending */
  g_signal_handler_disconnect (bin, pending->handler_id);
}

/**
 * rcc_build_when_mapped:
 * @bin: an empty bin, for instance a stack page's child
 * @resource: the builder file whose object "page" @bin is to show
 * @current: (nullable): the builder's current object, what its signal
 *   handlers are connected to: usually the owner of @bin
 * @scope: (nullable): where the builder finds its callbacks
 *
 * Builds @bin's child the first time @bin is mapped.  What the page
 * shows comes from its own bindings, to @current and its properties.
 */
void
rcc_build_when_mapped (AdwBin          *bin,
                       const char      *resource,
                       GObject         *current,
                       GtkBuilderScope *scope)
{
  Pending *pending;

  g_return_if_fail (ADW_IS_BIN (bin));
  g_return_if_fail (adw_bin_get_child (bin) == NULL);
  g_return_if_fail (resource != NULL);

  pending = g_new0 (Pending, 1);
  pending->resource = g_strdup (resource);
  pending->current = current;
  pending->scope = scope != NULL ? g_object_ref (scope) : NULL;
  pending->handler_id = g_signal_connect_data (bin, "map", G_CALLBACK (map_cb), pending,
                                               pending_free, 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (bin)))
    map_cb (bin, pending);
}
