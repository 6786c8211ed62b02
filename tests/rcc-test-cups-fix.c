/* rcc-test-cups-fix.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

/* What lets GTK's CUPS print backend talk to a CUPS server at all with
 * the libcups the tests run on: linked into the print test, preloaded
 * into the app by the keyboard journey test.  Nothing of the app uses it.
 *
 * GTK's backend (modules/printbackends/gtkcupsutils.c) drives libcups
 * without blocking: it polls the socket and, once the answer is there,
 * calls httpUpdate() to read its status line.  The fix for
 * CVE-2025-58436 (CUPS 2.4.15, backported to Debian 12's libcups2
 * 2.4.2-3+deb12u10) made a non-blocking httpUpdate() read from the
 * socket only when part of a line is buffered already, so with nothing
 * buffered it returns "100 Continue" for ever without reading: GTK's
 * backend spins in gtk_cups_request_read_write() and gtk_print_operation_run()
 * never returns (OpenPrinting/cups issue 1429, fixed upstream by pull
 * request 1439 in CUPS 2.4.16).
 *
 * The httpUpdate() here stands in for libcups's: when the connection is
 * non-blocking and the answer is waiting on the socket, it reads it in
 * blocking mode, as libcups did before (the data is there, so this does
 * not wait on the server), then puts the connection back.  On a libcups
 * with the upstream fix this changes nothing. */

typedef struct _http_s http_t;
typedef int http_status_t;

typedef http_status_t (*UpdateFunc)   (http_t *http);
typedef int           (*CheckFunc)    (http_t *http);
typedef int           (*GetBlocking)  (http_t *http);
typedef void          (*SetBlocking)  (http_t *http,
                                       int     blocking);

http_status_t httpUpdate (http_t *http);

static void *
cups_symbol (const char *name)
{
  /* GTK loads its print backend, and with it libcups, as a local module:
   * find the loaded copy by name, not through RTLD_NEXT */
  static void *libcups;
  void *symbol;

  if (libcups == NULL)
    libcups = dlopen ("libcups.so.2", RTLD_LAZY | RTLD_NOLOAD);
  if (libcups == NULL)
    libcups = dlopen ("libcups.so.2", RTLD_LAZY);
  symbol = libcups != NULL ? dlsym (libcups, name) : NULL;
  if (symbol == NULL)
    {
      fprintf (stderr, "rcc-test-cups-fix: no %s in libcups.so.2: %s\n", name, dlerror ());
      abort ();
    }

  return symbol;
}

http_status_t
httpUpdate (http_t *http)
{
  static UpdateFunc update;
  static CheckFunc check;
  static GetBlocking get_blocking;
  static SetBlocking set_blocking;
  http_status_t status;

  if (update == NULL)
    {
      update = (UpdateFunc) cups_symbol ("httpUpdate");
      check = (CheckFunc) cups_symbol ("httpCheck");
      get_blocking = (GetBlocking) cups_symbol ("httpGetBlocking");
      set_blocking = (SetBlocking) cups_symbol ("httpBlocking");
    }

  if (http == NULL || get_blocking (http) || !check (http))
    return update (http);

  set_blocking (http, 1);
  status = update (http);
  set_blocking (http, 0);
  return status;
}

/* For the test to say what it runs on (and so to link this library) */
const char *rcc_test_cups_fix_describe (void);

const char *
rcc_test_cups_fix_describe (void)
{
  return "GTK's CUPS backend reads CUPS's answers through rcc-test-cups-fix (httpUpdate)";
}
