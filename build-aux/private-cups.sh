# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A private CUPS for the print tests: its own cupsd, listening only on a
# socket in a temporary folder and a free loopback port, with one
# cups-pdf queue whose PDFs land in that folder.  Sourced by build-aux/test; nothing of the machine's
# own printing (if any) is used or changed.  rcc_start_cups exports
# CUPS_SERVER (libcups, so GTK's print backend, talks to it),
# RCC_TEST_PRINTER, RCC_TEST_PRINT_OUT (the PDFs) and RCC_TEST_PRINT_SPOOL
# (the jobs' documents as sent) for tests/test-print-queue.c;
# rcc_stop_cups ends it.

RCC_CUPS_DIR=""
RCC_CUPS_PID=""
RCC_CUPS_PDF_CONF=""

rcc_start_cups ()
{
  local cupsd=/usr/sbin/cupsd
  if [ ! -x "$cupsd" ] || [ ! -x /usr/lib/cups/backend/cups-pdf ] || [ "$(id -u)" -ne 0 ]; then
    echo "build-aux: no private CUPS (needs cupsd, cups-pdf and root); the print-queue test will skip" >&2
    return 0
  fi

  RCC_CUPS_DIR=$(mktemp -d /tmp/rcc-cups.XXXXXX)
  local d=$RCC_CUPS_DIR
  # GTK's CUPS backend asks for each printer at the host and port of its
  # URI, so the server listens on a loopback port of its own too
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$d/spool/tmp" "$d/cache" "$d/log" "$d/run" "$d/out" "$d/ppd"
  cp /etc/cups/mime.types /etc/cups/mime.convs "$d/" 2>/dev/null || true
  cp /usr/share/cups/mime/*.types /usr/share/cups/mime/*.convs "$d/" 2>/dev/null || true
  chmod 0755 "$d" "$d/out"
  chmod 1777 "$d/spool/tmp"

  cat > "$d/cups-files.conf" <<CONF
ServerRoot $d
RequestRoot $d/spool
TempDir $d/spool/tmp
CacheDir $d/cache
StateDir $d/run
ErrorLog $d/log/error_log
AccessLog $d/log/access_log
PageLog $d/log/page_log
SystemGroup root
Sandboxing relaxed
CONF
  cat > "$d/cupsd.conf" <<CONF
Listen $d/cups.sock
Listen localhost:$port
ServerName localhost
LogLevel warn
AccessLogLevel all
Browsing Off
DefaultAuthType None
WebInterface No
PreserveJobFiles Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
CONF
  # cups-pdf reads its settings from /etc/cups only, but a queue whose
  # device is cups-pdf:/NAME reads /etc/cups/cups-pdf-NAME.conf: one of
  # our own, removed by rcc_stop_cups, sends its PDFs to our folder
  RCC_CUPS_INSTANCE="rcc-test-$$"
  RCC_CUPS_PDF_CONF="/etc/cups/cups-pdf-$RCC_CUPS_INSTANCE.conf"
  cat > "$RCC_CUPS_PDF_CONF" <<CONF
Out $d/out
AnonDirName $d/out
Spool $d/spool
Grp root
CONF

  "$cupsd" -f -c "$d/cupsd.conf" -s "$d/cups-files.conf" &
  RCC_CUPS_PID=$!

  export CUPS_SERVER="localhost:$port"
  local i
  # lpstat -r says whether the scheduler answers (its exit status does
  # not); on a loaded machine cupsd can take some seconds
  for i in $(seq 300); do
    lpstat -r 2>/dev/null | grep -q 'scheduler is running' && break
    sleep 0.1
  done
  if ! lpstat -r 2>/dev/null | grep -q 'scheduler is running'; then
    echo "build-aux: the private cupsd did not start; see $d/log/error_log" >&2
    unset CUPS_SERVER
    return 1
  fi

  # CUPS turns each job into PostScript for cups-pdf (pdftopdf, pdftops),
  # and Ghostscript makes the PDF from that, with the text as outlines:
  # the PDF that comes back has the pages, their size and their look, but
  # no text to read.  The document as GTK sent it stays in the spool
  # (PreserveJobFiles), for the test to read the text from.
  for i in $(seq 10); do
    lpadmin -p rcc-test-pdf -E -v "cups-pdf:/$RCC_CUPS_INSTANCE" -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd \
            -o printer-is-shared=false 2>/dev/null && break
    sleep 1
  done
  if ! lpstat -p rcc-test-pdf >/dev/null 2>&1; then
    echo "build-aux: lpadmin could not add the test queue to the private cupsd" >&2
    return 1
  fi
  export RCC_TEST_PRINTER=rcc-test-pdf
  export RCC_TEST_PRINT_OUT="$d/out"
  export RCC_TEST_PRINT_SPOOL="$d/spool"
}

rcc_stop_cups ()
{
  [ -n "$RCC_CUPS_PID" ] && kill "$RCC_CUPS_PID" 2>/dev/null && wait "$RCC_CUPS_PID" 2>/dev/null
  [ -n "$RCC_CUPS_DIR" ] && rm -rf "$RCC_CUPS_DIR"
  [ -n "$RCC_CUPS_PDF_CONF" ] && rm -f "$RCC_CUPS_PDF_CONF"
  RCC_CUPS_PID=""; RCC_CUPS_DIR=""; RCC_CUPS_PDF_CONF=""
}
