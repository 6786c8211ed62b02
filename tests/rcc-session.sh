# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The app as a GNOME session meets it, for check-gnome-session.sh and
# check-keyboard-journey.sh (sourced, not executed): installed as a
# packager would (meson install --destdir) into a temporary folder, its
# schema compiled there, and a private session bus whose only services
# are the installed app's (its Exec moved to the installed binary) and
# the accessibility bus's.  rcc_session_run COMMAND… runs COMMAND on that
# bus, with the installed prefix's share in XDG_DATA_DIRS (and its bin in
# PATH, where GIO looks for a desktop file's program), so that
# D-Bus activation of com.example.RccGuide starts the installed app.
#
# The app runs as it would on a desktop: with its accessibility bridge
# (NO_AT_BRIDGE and GTK_A11Y unset) and the installed schema (no
# GSETTINGS_SCHEMA_DIR), settings kept in memory, warnings not fatal (G_DEBUG
# unset: on this bus-less machine GTK warns that colord is out of reach,
# and AT-SPI's client that GTK has no cache).  Its output goes to
# $RCC_SESSION_DIR/app.log, shown when a check fails.
#
# In a sanitizer build the app is linked with libasan, which must come
# first in LD_PRELOAD: whatever else is preloaded into the app (the
# journey's rcc-test-cups-fix, RCC_SESSION_PRELOAD) comes after it.

rcc_session_setup ()
{
  local build=${1:?build dir}

  RCC_SESSION_DIR=$(mktemp -d /tmp/rcc-session.XXXXXX)
  local d=$RCC_SESSION_DIR
  meson install -C "$build" --destdir "$d/dest" --no-rebuild --quiet >/dev/null || return 1

  local prefix
  prefix=$(meson introspect "$build" --buildoptions | /usr/bin/python3 -c '
import json, sys
print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
  RCC_SESSION_ROOT="$d/dest$prefix"
  local root=$RCC_SESSION_ROOT
  glib-compile-schemas "$root/share/glib-2.0/schemas" || return 1

  # The installed service file, its Exec moved into the destdir (through
  # a wrapper that sets the preloads and keeps the app's output)
  local service="$root/share/dbus-1/services/com.example.RccGuide.service"
  [ -f "$service" ] || { echo "not installed: $service"; return 1; }
  grep -qx "Exec=$prefix/bin/rcc-guide --gapplication-service" "$service" ||
    { echo "unexpected Exec in $service:"; cat "$service"; return 1; }

  local preload="" asan
  asan=$(ldd "$root/bin/rcc-guide" | awk '/libasan\.so/ { print $3; exit }')
  [ -n "$asan" ] && preload=$asan
  [ -n "${RCC_SESSION_PRELOAD:-}" ] && preload="${preload:+$preload:}$RCC_SESSION_PRELOAD"

  mkdir -p "$d/services"
  cat > "$d/rcc-guide-service" <<SH
#!/bin/sh
${preload:+export LD_PRELOAD="$preload"}
exec "$root/bin/rcc-guide" "\$@" >>"$d/app.log" 2>&1
SH
  chmod +x "$d/rcc-guide-service"
  sed "s|^Exec=$prefix/bin/rcc-guide |Exec=$d/rcc-guide-service |" "$service" \
    > "$d/services/com.example.RccGuide.service"

  # A session bus as dbus-run-session's own, with only these services:
  # the installed app, and the accessibility bus (org.a11y.Bus) that
  # GTK and AT-SPI clients find through it
  cat > "$d/session.conf" <<XML
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:tmpdir=$d</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$d/services</servicedir>
  <servicedir>/usr/share/dbus-1/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
XML
}

# COMMAND… on the private bus, in the installed app's environment.
rcc_session_run ()
{
  env -u NO_AT_BRIDGE -u GTK_A11Y -u GSETTINGS_SCHEMA_DIR -u DBUS_SESSION_BUS_ADDRESS \
      -u AT_SPI_BUS_ADDRESS -u LD_PRELOAD -u G_DEBUG \
      GSETTINGS_BACKEND=memory PATH="$RCC_SESSION_ROOT/bin:$PATH" \
      XDG_DATA_DIRS="$RCC_SESSION_ROOT/share:/usr/local/share:/usr/share" \
      XDG_RUNTIME_DIR="$RCC_SESSION_DIR" \
      RCC_SESSION_DIR="$RCC_SESSION_DIR" RCC_SESSION_ROOT="$RCC_SESSION_ROOT" \
      dbus-run-session --config-file="$RCC_SESSION_DIR/session.conf" -- "$@"
}

# A display of our own (DISPLAY), for a test that types: on the display
# the other tests share, a window one of them opens would take the
# keyboard focus, and the keys, from ours.  No window manager, as on
# build-aux/test's: GTK gives a window it presents the focus itself.
rcc_session_own_display ()
{
  local fifo="$RCC_SESSION_DIR/displayfd" n
  mkfifo "$fifo"
  Xvfb -displayfd 3 -screen 0 1400x1000x24 -nolisten tcp 3>"$fifo" \
       >"$RCC_SESSION_DIR/xvfb.log" 2>&1 &
  RCC_SESSION_XVFB=$!
  # Xvfb writes its display number once it accepts clients
  if ! read -r -t "${RCC_TEST_WAIT_SECONDS:-20}" n <"$fifo"; then
    echo "Xvfb did not start:"; cat "$RCC_SESSION_DIR/xvfb.log"
    return 1
  fi
  export DISPLAY=":$n"
}

# The app's output, when a check failed
rcc_session_show_log ()
{
  if [ -s "$RCC_SESSION_DIR/app.log" ]; then
    echo "--- the app's output ($RCC_SESSION_DIR/app.log) ---"
    cat "$RCC_SESSION_DIR/app.log"
  fi
}

rcc_session_cleanup ()
{
  [ -n "${RCC_SESSION_XVFB:-}" ] && kill "$RCC_SESSION_XVFB" 2>/dev/null && wait "$RCC_SESSION_XVFB" 2>/dev/null
  [ -n "${RCC_SESSION_DIR:-}" ] && rm -rf "$RCC_SESSION_DIR"
}
