#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The keyboard journey (tests/keyboard-journey.py) in the installed app,
# started by D-Bus activation on a private session bus
# (tests/rcc-session.sh), on a display of its own (the keys must not go
# to another test's window), printing to the private CUPS build-aux/test
# starts.  GTK's CUPS backend needs tests/rcc-test-cups-fix.c with
# Debian 12's libcups (see the README): it is preloaded into the app,
# after libasan in a sanitizer build.  Exit status 77 (skipped) when
# there is no test print queue: the journey then stops before printing.
set -uo pipefail
build=${1:?build dir}
cups_fix=${2:?rcc-test-cups-fix library}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/rcc-session.sh"

trap rcc_session_cleanup EXIT
RCC_SESSION_PRELOAD=$cups_fix
rcc_session_setup "$build" || exit 1
rcc_session_own_display || exit 1

cd /
rcc_session_run /usr/bin/python3 "$here/keyboard-journey.py"
status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 77 ]; then
  rcc_session_show_log
  # What the screen showed when it failed
  if command -v import >/dev/null; then
    import -window root "$build/tests/keyboard-journey-failed.png" 2>/dev/null &&
      echo "screenshot: $build/tests/keyboard-journey-failed.png"
  fi
fi
exit "$status"
