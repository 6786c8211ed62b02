#!/bin/sh
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The command-line paths under valgrind: no invalid access, no definite leak.
set -eu
bin=${1:?rcc-guide}
src=${2:?source root}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

run () {
  echo "valgrind: rcc-guide $*"
  valgrind --quiet --error-exitcode=99 --leak-check=full \
           --errors-for-leak-kinds=definite --show-leak-kinds=definite \
           --suppressions="$src/tests/valgrind.supp" \
           "$bin" "$@" >"$out/stdout" 2>"$out/stderr" || {
    status=$?
    # 1 is rcc-guide's own "invalid input"; 99 is valgrind finding a problem.
    if [ "$status" -eq 99 ]; then cat "$out/stderr"; exit 1; fi
    [ "$status" -eq "${expect:-0}" ] || { cat "$out/stderr"; exit 1; }
  }
}

expect=0 run --validate "$src/data/content/rcc-pdq.xml"
expect=1 run --validate "$src/tests/data/bad-hr-outside-ci.xml"
expect=1 run --validate "$src/tests/data/bad-entity-bomb.xml"
expect=0 run --dump-json
expect=0 run --compare veg105192,target,sunitinib-ifn --output "$out/summary.pdf"
expect=0 run --compare veg105192,target --output "$out/summary.json"
expect=1 run --compare target,nosuch --output "$out/never.pdf"
echo "no definite leaks, no memory errors"
