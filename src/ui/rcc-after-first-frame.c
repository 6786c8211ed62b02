/* rcc-after-first-frame.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-after-first-frame.h"

/* What a widget shows below the fold can wait a frame: laying out every
 * wrapped label of a long page is most of a window's first frame, and
 * GTK lays out what a scrolled window holds whether it is on screen or
 * not.  A widget builds the part the first frame shows, and the rest
 * once that frame is on screen; a user sees the rest a frame later. */

#define PENDING_KEY "rcc-after-first-frame"

typedef struct
{
  GtkWidget              *widget;  /* holds this as its data */
  RccAfterFirstFrameFunc  func;
  gulong                  map_id;
  gulong                  paint_id;
  GdkFrameClock          *frame_clock;
  guint                   idle_id;
} Pending;

static void
pending_free (Pending *pending)
{
  /* The frame clock drops its handlers when its surface goes */
  if (pending->frame_clock != NULL &&
      g_signal_handler_is_connected (pending->frame_clock, pending->paint_id))
    g_signal_handler_disconnect (pending->frame_clock, pending->paint_id);
  g_clear_object (&pending->frame_clock);
  g_clear_handle_id (&pending->idle_id, g_source_remove);
  g_free (pending);
}

static gboolean
idle_cb (gpointer data)
{
  Pending *pending = data;
  GtkWidget *widget = pending->widget;
  RccAfterFirstFrameFunc func = pending->func;

  /* Once only: frees @pending */
  pending->idle_id = 0;
  g_object_set_data (G_OBJECT (widget), PENDING_KEY, NULL);
  func (widget);

  return G_SOURCE_REMOVE;
}

/* Not in the frame's own after-paint: at idle priority, once the frame
 * is done, after any input that came meanwhile; and not at all if the
 * widget goes first (for instance the window closed at its first frame). */
static void
painted_cb (GdkFrameClock *frame_clock,
            Pending       *pending)
{
  g_clear_signal_handler (&pending->paint_id, frame_clock);
  pending->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, idle_cb, pending, NULL);
  g_source_set_name_by_id (pending->idle_id, "[rcc] after first frame");
}

static void
map_cb (GtkWidget *widget,
        Pending   *pending)
{
  g_clear_signal_handler (&pending->map_id, widget);
  pending->frame_clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  pending->paint_id = g_signal_connect (pending->frame_clock, "after-paint",
                                        G_CALLBACK (painted_cb), pending);
}

/**
 * rcc_after_first_frame:
 * @widget: a widget not yet mapped
 * @func: called once with @widget when the frame that first shows
 *   @widget has been painted
 *
 * Once per widget.  If @widget is never shown, @func is never called:
 * the caller must not rely on it for anything but what is on screen.
 */
void
rcc_after_first_frame (GtkWidget              *widget,
                       RccAfterFirstFrameFunc  func)
{
  Pending *pending;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (func != NULL);
  g_return_if_fail (g_object_get_data (G_OBJECT (widget), PENDING_KEY) == NULL);

  if (gtk_widget_get_mapped (widget))
    {
      func (widget);
      return;
    }

  pending = g_new0 (Pending, 1);
  pending->widget = widget;
  pending->func = func;
  pending->map_id = g_signal_connect (widget, "map", G_CALLBACK (map_cb), pending);
  g_object_set_data_full (G_OBJECT (widget), PENDING_KEY, pending,
                          (GDestroyNotify)pending_free);
}
