#!/bin/sh
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every file with strings marked for translation must be in po/POTFILES.in,
# or its strings silently stay English.
set -eu
top=${1:?source root}
cd "$top"

listed=$(grep -v '^#' po/POTFILES.in | sed '/^$/d' | sort)
marked=$( (grep -rlE '(^|[^A-Za-z0-9_])(N?_|C_|NC_)\(' src --include='*.c'
           grep -rl 'translatable="yes"' resources --include='*.ui'
           ls com.example.RccGuide.desktop data/*.gschema.xml data/*.metainfo.xml.in) | sort -u)

missing=$(printf '%s\n' "$marked" | while read -r f; do
  printf '%s\n' "$listed" | grep -qxF "$f" || echo "$f"
done)
stale=$(printf '%s\n' "$listed" | while read -r f; do
  [ -e "$f" ] || echo "$f"
done)

status=0
if [ -n "$missing" ]; then
  echo "po/POTFILES.in is missing files with translatable strings:"; echo "$missing"; status=1
fi
if [ -n "$stale" ]; then
  echo "po/POTFILES.in lists files that do not exist:"; echo "$stale"; status=1
fi
[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(printf '%s\n' "$marked" | wc -l) files with translatable strings"
exit $status
