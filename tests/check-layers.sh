#!/bin/sh
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The arrows between the layers (README.md, "Layers"), read from the
# #include lines: model <- content, report <- the command line, the
# search provider, ui <- the application.  Each layer's library is
# compiled with its own dependencies only, so a model file that includes
# libxml2 or cairo does not compile; this says the same of the project's
# own headers, which every layer could otherwise reach.
set -eu
top=${1:?source root}
cd "$top"

status=0

# check PATHS PATTERN WHY: every #include in the C files under PATHS (a
# list) that matches the extended regular expression PATTERN is an arrow
# that must not be
check() {
  # shellcheck disable=SC2086 # PATHS is a list
  found=$(find $1 -name '*.[ch]' -exec grep -HnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*[<\"]($2)" {} + | sort || true)
  if [ -n "$found" ]; then
    printf '%s\n' "$found" | sed "s/\$/: $3/"
    status=1
  fi
}

gui='gtk/|gdk/|adwaita\.h|gsk/|graphene'
app='rcc-application\.h|rcc-cli\.h|rcc-search-'

# The model: GLib, GObject and GIO, the C library and itself
check src/model "$gui|cairo|pango/|libxml/|json-glib/|content/|report/|ui/|$app" \
  "the model includes only GLib, GObject, GIO and its own headers"
# Content: the model, libxml2 and json-glib
check src/content "$gui|cairo|pango/|report/|ui/|$app" \
  "content includes only the model, libxml2, json-glib and its own headers"
# Report: the model, cairo and pango
check src/report "$gui|libxml/|json-glib/|content/|ui/|$app" \
  "the report includes only the model, cairo, pango and its own headers"
# The UI is handed what it shows; it does not call up into the application
check src/ui "$app" \
  "the UI includes nothing of the application"
# The command line and the search provider build without GTK
check "src/rcc-cli.c src/rcc-cli.h src/rcc-search-match.c src/rcc-search-match.h src/rcc-search-provider.c src/rcc-search-provider.h" \
  "$gui|ui/|rcc-application\.h" \
  "the command line and the search provider build without GTK"
# The application sees a window by its public header only
check "src/main.c src/rcc-application.c src/rcc-application.h" "ui/[a-z-]*-private\.h" \
  "the application includes no window-private header"

[ $status -eq 0 ] && echo "every #include in src/ keeps to its layer"
exit $status
