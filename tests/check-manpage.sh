#!/bin/sh
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The manual page and --help name the same options: every option --help
# lists is described in the page's OPTIONS, and the page describes none
# that --help does not list.  The page must also render with man(1).
set -eu
bin=${1:?rcc-guide}
page=${2:?rcc-guide.1}

help_options=$(LC_ALL=C "$bin" --help | sed -n 's/^  \(-h, \)\{0,1\}\(--[a-z-]*\).*/\2/p' |
               grep -v -e '^--help-all$' -e '^--help-gapplication$' | sort -u)
# In the page: ".PP\n\fB--option\fR..." is how scdoc sets each entry
page_options=$(sed -n '/^\.SH OPTIONS/,/^\.SH /p' "$page" |
               grep -o '\\fB-\{1,2\}[a-z-]*' | sed 's/\\fB//' | grep '^--' | sort -u)

status=0
for o in $help_options; do
  printf '%s\n' "$page_options" | grep -qxF -- "$o" || { echo "--help lists $o; the manual page does not"; status=1; }
done
for o in $page_options; do
  printf '%s\n' "$help_options" | grep -qxF -- "$o" || { echo "the manual page describes $o; --help does not list it"; status=1; }
done

# Each option's words: the first words of --help's text are in the page
if command -v man >/dev/null 2>&1; then
  rendered=$(MANWIDTH=200 man -l "$page" 2>/dev/null | tr -s ' \n' ' ')
  [ -n "$rendered" ] || { echo "man -l $page rendered nothing"; status=1; }
  case "$rendered" in
    *"evidence guide for stage IV and recurrent renal cell carcinoma"*) ;;
    *) echo "the rendered page has no NAME line"; status=1 ;;
  esac
fi

[ $status -eq 0 ] && echo "manual page and --help agree on: $(echo $help_options)"
exit $status
