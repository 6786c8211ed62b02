#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Shared set-up for build-aux/run and build-aux/test: install the Debian
# packages the build and the tests need (when we can), then configure meson
# into _build and build.  Sourced, not executed.

RCC_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RCC_BUILD="$RCC_TOP/_build"

# Build dependencies, then what the tests use (Xvfb, pdftotext, validators,
# the system Python with AT-SPI for the session and keyboard tests).
RCC_PACKAGES=(
  gcc pkg-config meson ninja-build gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev libxml2-dev libjson-glib-dev
  libxml2-utils desktop-file-utils appstream
  xvfb xauth poppler-utils imagemagick valgrind
  fonts-dejavu-core fonts-cantarell adwaita-icon-theme
  dbus dbus-x11 at-spi2-core python3-gi gir1.2-atspi-2.0 locales scdoc man-db
  cups cups-client cups-bsd printer-driver-cups-pdf
)

rcc_missing_packages ()
{
  local missing=() p
  for p in "${RCC_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  echo "${missing[@]}"
}

rcc_install_packages ()
{
  local missing
  missing=$(rcc_missing_packages)
  [ -z "$missing" ] && return 0

  echo "build-aux: missing Debian packages: $missing"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      echo "build-aux: not root and no password-less sudo; install them with:" >&2
      echo "  sudo apt-get install $missing" >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq || true
  # shellcheck disable=SC2086
  $sudo apt-get install -y -qq --no-install-recommends $missing
}

# The locale tests print numbers the Spanish way (decimal comma).
rcc_ensure_locales ()
{
  locale -a 2>/dev/null | grep -qi '^es_ES\.utf-\?8$' && return 0
  if [ "$(id -u)" -eq 0 ]; then
    localedef -i es_ES -c -f UTF-8 es_ES.UTF-8 || true
  else
    echo "build-aux: the es_ES.UTF-8 locale is missing; the locale tests will fail" >&2
  fi
}

rcc_configure_and_build ()
{
  if [ ! -f "$RCC_BUILD/build.ninja" ]; then
    meson setup "$RCC_BUILD" "$RCC_TOP" "$@" || return 1
  fi
  meson compile -C "$RCC_BUILD"
}
