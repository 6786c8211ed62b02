#!/bin/sh
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Install as a packager would, into a temporary prefix, and run the
# installed binary with no access to the source or build tree.
set -eu
build=${1:?build dir}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null

prefix=$(meson introspect "$build" --buildoptions | python3 -c '
import json, sys
print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
root="$dest$prefix"

for f in bin/rcc-guide share/applications/com.example.RccGuide.desktop \
         share/metainfo/com.example.RccGuide.metainfo.xml \
         share/glib-2.0/schemas/com.example.RccGuide.gschema.xml \
         share/icons/hicolor/scalable/apps/com.example.RccGuide.svg \
         share/icons/hicolor/symbolic/apps/com.example.RccGuide-symbolic.svg \
         share/rcc-guide/content/rcc-pdq.xml share/rcc-guide/content/rcc-content.rng; do
  [ -e "$root/$f" ] || { echo "not installed: $f"; exit 1; }
done

# From somewhere else entirely, so nothing can come from the source tree.
cd /
"$root/bin/rcc-guide" --validate "$root/share/rcc-guide/content/rcc-pdq.xml"
"$root/bin/rcc-guide" --dump-json | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert len([t for t in d["treatments"] if "option" in t]) == 11, "11 PDQ options"
print("installed rcc-guide --dump-json:", len(d["treatments"]), "treatments,", len(d["trials"]), "trials")'
