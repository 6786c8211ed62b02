#!/bin/sh
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every screenshot the metainfo names is a PNG from the project's own
# test run, kept in data/screenshots/ (build-aux/update-screenshots), and
# every file there is named by the metainfo.
set -eu
top=${1:?source root}
metainfo="$top/data/com.example.RccGuide.metainfo.xml.in"
status=0

urls=$(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$metainfo")
[ -n "$urls" ] || { echo "$metainfo: no screenshots"; exit 1; }

for url in $urls; do
  case $url in
    https://example.com/rcc-guide/screenshots/*.png) ;;
    *) echo "$metainfo: $url is not under the homepage's screenshots/"; status=1; continue ;;
  esac
  file="$top/data/screenshots/${url##*/}"
  if [ ! -f "$file" ]; then
    echo "$metainfo: $url has no data/screenshots/${url##*/}"; status=1
  elif [ "$(head -c 8 "$file" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    echo "$file: not a PNG"; status=1
  fi
done

for file in "$top"/data/screenshots/*; do
  grep -qF "/screenshots/${file##*/}</image>" "$metainfo" ||
    { echo "$file: not named by the metainfo"; status=1; }
done

[ $status -eq 0 ] && echo "the metainfo's $(echo "$urls" | wc -w) screenshots are all in data/screenshots/"
exit $status
