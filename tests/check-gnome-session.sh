#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The installed app in a GNOME session (tests/gnome-session.py): installed
# into a temporary prefix, started by D-Bus activation on a private
# session bus (tests/rcc-session.sh), on the display build-aux/test
# provides.  Needs the system's Python with gi and AT-SPI (python3-gi,
# gir1.2-atspi-2.0, at-spi2-core; build-aux/setup.sh lists them).
set -uo pipefail
build=${1:?build dir}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/rcc-session.sh"

[ -n "${DISPLAY:-}" ] || { echo "no DISPLAY: run under build-aux/test or xvfb-run"; exit 1; }

trap rcc_session_cleanup EXIT
rcc_session_setup "$build" || exit 1

# From somewhere else entirely, so nothing can come from the build tree
cd /
rcc_session_run /usr/bin/python3 "$here/gnome-session.py"
status=$?
[ "$status" -eq 0 ] || rcc_session_show_log
exit "$status"
