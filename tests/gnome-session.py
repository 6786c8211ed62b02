# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The installed app as GNOME Shell and a user's terminal reach it, on the
# private session bus of check-gnome-session.sh: the search provider
# answers the overview (D-Bus activation starts the app), gapplication
# opens the window at a trial, and an id the guide does not hold leaves
# the app running with a message in its window.  What the window shows
# is read from outside, over AT-SPI, as a screen reader reads it.

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rcc_session import (APP_ID, APP_PATH, Atspi, Gio, GLib, app_running, call, describe,
                         fail, find, find_app, find_near, gapplication, ok, on_screen,
                         session_bus, wait_until)

PROVIDER_PATH = APP_PATH + '/SearchProvider'
PROVIDER = 'org.gnome.Shell.SearchProvider2'


def name_has_owner():
    """Whether the app is on the bus, without starting it"""
    reply = session_bus().call_sync('org.freedesktop.DBus', '/org/freedesktop/DBus',
                                    'org.freedesktop.DBus', 'NameHasOwner',
                                    GLib.Variant('(s)', (APP_ID,)), GLib.VariantType('(b)'),
                                    0, -1, None)
    return reply.unpack()[0]


def window():
    app = find_app()
    return find(app, Atspi.Role.FRAME, 'RCC Guide') if app is not None else None


def selected_page(frame):
    """The name of the view switcher's selected page tab on screen"""
    tab = find(frame, Atspi.Role.PAGE_TAB,
               test=lambda n: n.get_state_set().contains(Atspi.StateType.SELECTED))
    return tab.get_name() if tab is not None else None


def opened_at(page, heading):
    """The window, once it shows @page with a label @heading on screen"""
    frame = window()
    if frame is None or selected_page(frame) != page:
        return None
    if find(frame, name=heading,
            test=lambda n: n.get_role() in (Atspi.Role.LABEL, Atspi.Role.HEADING)) is None:
        return None
    return frame


def main():
    if name_has_owner():
        fail('the app is on the bus before anything asked for it')

    # The overview's first query: D-Bus activation starts the installed app
    ids = call(PROVIDER_PATH, PROVIDER, 'GetInitialResultSet',
               GLib.Variant('(as)', (['pazo'],)), '(as)').unpack()[0]
    if not ids or ids[0] != 'treatment:pazopanib':
        fail(f"GetInitialResultSet(['pazo']) gave {ids}, not treatment:pazopanib first")
    if not name_has_owner():
        fail('GetInitialResultSet answered but the app is not on the bus')
    ok(f"GetInitialResultSet(['pazo']) starts the installed app and gives {', '.join(ids)}")

    metas = call(PROVIDER_PATH, PROVIDER, 'GetResultMetas',
                 GLib.Variant('(as)', (['treatment:pazopanib'],)), '(aa{sv})').unpack()[0]
    if len(metas) != 1:
        fail(f'GetResultMetas gave {len(metas)} results, not 1')
    meta = metas[0]
    if meta.get('id') != 'treatment:pazopanib' or meta.get('name') != 'Pazopanib':
        fail(f'GetResultMetas gave {meta}')
    if not meta.get('description', '').startswith('PFS 9.2 vs 4.2 months'):
        fail(f"pazopanib's description is {meta.get('description')!r}")
    ok(f"GetResultMetas: {meta['name']}, “{meta['description']}”")

    # A trial opened from a terminal
    gapplication('action', APP_ID, 'show-trial', "'checkmate-214'")
    wait_until(lambda: opened_at('Trials', 'CheckMate 214'),
               'the window on the Trials page at CheckMate 214')
    ok('gapplication action show-trial checkmate-214: the window shows CheckMate 214 on Trials')

    # A result activated in the overview
    call(PROVIDER_PATH, PROVIDER, 'ActivateResult',
         GLib.Variant('(sasu)', ('treatment:pazopanib', ['pazo'], 0)), None)
    wait_until(lambda: opened_at('Treatments', 'Pazopanib'),
               'the window on the Treatments page at Pazopanib')
    ok('ActivateResult(treatment:pazopanib): the window shows Pazopanib on Treatments')

    # An id the guide does not hold: a message in the window, the app runs on
    gapplication('action', APP_ID, 'show-trial', "'no-such-trial'")
    message = 'No trial “no-such-trial” in this guide'
    frame = window()
    wait_until(lambda: find_near(frame, message), f'“{message}” in the window')
    if not name_has_owner() or not app_running() or window() is None:
        fail('the app or its window went away after an unknown trial id')
    ok(f'an unknown trial id: “{message}”, and the app still answers')

    # The desktop file's actions, as GNOME Shell launches them (GIO: over
    # D-Bus, the file being DBusActivatable)
    actions = sorted(gapplication('list-actions', APP_ID).split())
    if actions != ['compare', 'treatments', 'trials']:
        fail(f'gapplication list-actions (the desktop file) gave {actions}')
    info = Gio.DesktopAppInfo.new(APP_ID + '.desktop')
    info.launch_action('compare', None)
    wait_until(lambda: (lambda f: f is not None and selected_page(f) == 'Compare')(window()),
               'the window on the Compare page')
    ok('the desktop file\'s actions (compare, treatments, trials); its Compare action opens Compare')

    frame = window()
    if frame is None or not on_screen(frame):
        fail('no window on screen at the end:\n' + describe(find_app()))
    print('1..6')


if __name__ == '__main__':
    sys.exit(main())
