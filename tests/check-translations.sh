#!/bin/sh
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-translations.sh SOURCE_ROOT
#
# Every language in po/LINGUAS must be completely translated:
#
# 1. `msgfmt --check --statistics` on its .po file reports no error and
#    only "N translated messages." (no ", M fuzzy translations", no
#    ", K untranslated messages").
# 2. Every message that the sources in po/POTFILES.in mark today has a
#    translation in it: a template is extracted afresh with the same
#    xgettext options as meson's i18n.gettext(preset: 'glib') and compared
#    with `msgcmp`, so a string added since the last `msgmerge` fails here
#    rather than showing up in English.  (Skipped, with a note, where
#    xgettext or msgcmp is missing.)
#
# To bring a .po file up to date:
#   meson compile -C _build rcc-guide-pot
#   msgmerge --update po/LANG.po po/rcc-guide.pot
# then translate the new and fuzzy entries.

set -u

if [ $# -ne 1 ]; then
  echo "usage: $0 SOURCE_ROOT" >&2
  exit 2
fi

root=$1
po_dir=$root/po
package=rcc-guide

# msgfmt's statistics are parsed in English
LC_ALL=C
LANGUAGE=
export LC_ALL LANGUAGE

if ! command -v msgfmt >/dev/null 2>&1; then
  echo "msgfmt not found (install gettext)" >&2
  exit 1
fi

languages=$(sed -e 's/#.*//' "$po_dir/LINGUAS" | tr -s ' \t' '\n\n' | sed -e '/^$/d')
if [ -z "$languages" ]; then
  echo "$po_dir/LINGUAS lists no language: nothing to check"
  exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rcc-check-translations-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

failed=0

# 1. Each .po file on its own
for lang in $languages; do
  po=$po_dir/$lang.po

  if [ ! -f "$po" ]; then
    echo "FAIL $lang: $po is missing (listed in po/LINGUAS)"
    failed=1
    continue
  fi

  if ! msgfmt --check --statistics -o /dev/null "$po" >"$tmp/$lang.msgfmt" 2>&1; then
    echo "FAIL $lang: msgfmt --check found errors:"
    sed -e 's/^/  /' "$tmp/$lang.msgfmt"
    failed=1
    continue
  fi

  # The statistics are msgfmt's last line: "N translated messages." alone
  # when every message is translated.
  stats=$(tail -n 1 "$tmp/$lang.msgfmt")
  if printf '%s\n' "$stats" | grep -Eq '^[0-9]+ translated messages?\.$'; then
    echo "ok   $lang: $stats"
  else
    echo "FAIL $lang: $stats"
    case $stats in
      *fuzzy*) echo "  fuzzy:"; msgattrib --only-fuzzy --no-obsolete --no-location --no-wrap "$po" 2>/dev/null | grep '^msgid ' | sed -e '1d' -e 's/^/    /' ;;
    esac
    case $stats in
      *untranslated*) echo "  untranslated:"; msgattrib --untranslated --no-obsolete --no-location --no-wrap "$po" 2>/dev/null | grep '^msgid ' | sed -e '1d' -e 's/^/    /' ;;
    esac
    failed=1
  fi
done

# 2. Against the strings the sources mark today
if command -v xgettext >/dev/null 2>&1 && command -v msgcmp >/dev/null 2>&1; then
  # The same options as meson's i18n.gettext(preset: 'glib') passes
  # (mesonbuild/modules/i18n.py, PRESET_ARGS['glib']).
  if (cd "$root" && xgettext --package-name="$package" -f po/POTFILES.in -D "$root" -k_ \
        -o "$tmp/$package.pot" \
        --from-code=UTF-8 --add-comments \
        --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
        --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
        --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
        --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
        --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
        --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
        --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
        --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
        --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
        >"$tmp/xgettext.log" 2>&1); then
    for lang in $languages; do
      po=$po_dir/$lang.po
      [ -f "$po" ] || continue

      # msgcmp counts untranslated and fuzzy entries as missing
      if msgcmp "$po" "$tmp/$package.pot" >"$tmp/$lang.msgcmp" 2>&1; then
        echo "ok   $lang: has every message the sources mark"
      else
        echo "FAIL $lang: messages the sources mark that $lang.po does not translate"
        echo "  (regenerate the template and msgmerge, then translate them):"
        # "POT:LINE: this message is used but not defined in PO": show
        # the message itself; the untranslated and fuzzy ones in the .po
        # file were listed above.
        sed -n -e 's/^.*\.pot:\([0-9][0-9]*\): this message is used but not defined.*$/\1/p' \
          "$tmp/$lang.msgcmp" | while read -r line; do
          awk -v n="$line" '
            NR < n && /^#: / { if (!refs) buf = ""; refs = 1; buf = buf "    " $0 "\n"; next }
            NR < n && /^(msgctxt|msgid|msgid_plural|")/ { refs = 0; buf = buf "    " $0 "\n"; next }
            NR < n { refs = 0 }
            NR == n { printf "%s", buf; exit }' "$tmp/$package.pot"
        done
        failed=1
      fi
    done
  else
    echo "FAIL: xgettext could not extract the template:"
    sed -e 's/^/  /' "$tmp/xgettext.log"
    failed=1
  fi
else
  echo "note: xgettext or msgcmp not found; not checked against the sources"
fi

exit $failed
