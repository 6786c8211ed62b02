# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What gnome-session.py and keyboard-journey.py share: waiting with a
# limit, the app over D-Bus, and the app's accessible tree over AT-SPI as
# a screen reader reads it.  Run with the system's /usr/bin/python3 (the
# one with gi and Atspi), inside rcc-session.sh's private session bus.

import os
import subprocess
import sys
import time

import gi
gi.require_version('Atspi', '2.0')
gi.require_version('Gio', '2.0')
from gi.repository import Atspi, Gio, GLib  # noqa: E402

APP_ID = 'com.example.RccGuide'
APP_PATH = '/com/example/RccGuide'

# How long a condition may take (the tests' own limit, see tests/meson.build)
WAIT_SECONDS = float(os.environ.get('RCC_TEST_WAIT_SECONDS', '20'))

# How long AT-SPI waits for the app to answer a call (in ms; by default
# under a second, which a sanitizer build busy listing printers misses)
Atspi.set_timeout(int(WAIT_SECONDS * 1000), int(WAIT_SECONDS * 1000))

_step = 0


def ok(what):
    """One passed check, said as TAP would"""
    global _step
    _step += 1
    print(f'ok {_step} - {what}', flush=True)


def fail(what):
    print(f'not ok - {what}', flush=True)
    sys.exit(1)


def wait_until(condition, what, seconds=None):
    """Polls @condition until it returns something true, and returns that;
    fails saying @what was not met once the limit has passed."""
    deadline = time.monotonic() + (seconds or WAIT_SECONDS)
    while True:
        try:
            value = condition()
        except GLib.Error:
            # An accessible object that went away while we read it
            value = None
        if value:
            return value
        if time.monotonic() > deadline:
            fail(f'{what} (not within {seconds or WAIT_SECONDS:g} s)')
        time.sleep(0.1)


# --- D-Bus ---------------------------------------------------------------

_bus = None


def session_bus():
    global _bus
    if _bus is None:
        _bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    return _bus


def call(path, interface, method, args, reply_type=None, timeout_ms=-1):
    """A method call to the app (D-Bus activation starts it if need be)"""
    return session_bus().call_sync(APP_ID, path, interface, method, args,
                                   GLib.VariantType(reply_type) if reply_type else None,
                                   Gio.DBusCallFlags.NONE, timeout_ms, None)


def app_running():
    """Whether the app owns its name on the bus and answers there"""
    try:
        call(APP_PATH, 'org.freedesktop.DBus.Introspectable', 'Introspect', None, '(s)', 5000)
        return True
    except GLib.Error:
        return False


def gapplication(*args):
    """gapplication(1), as a user would run it"""
    result = subprocess.run(['gapplication', *args], capture_output=True, text=True,
                            timeout=WAIT_SECONDS)
    if result.returncode != 0:
        fail(f'gapplication {" ".join(args)}: exit {result.returncode}: {result.stderr}')
    return result.stdout


# --- AT-SPI --------------------------------------------------------------

def find_app():
    """The app's accessible (its process's, among the desktop's
    applications), or None"""
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() in ('rcc-guide', APP_ID, 'RCC Guide'):
            return app
    return None


def on_screen(node):
    """Whether @node is drawn in its window: GTK 4.8 says SHOWING of
    windows only, but gives a widget that is not mapped (a page of a stack
    that is not the visible one) no size.  A node that is not a widget (a
    stack's page) has no place of its own: it is on screen if its parent
    is."""
    try:
        if 'Component' not in node.get_interfaces():
            return True
        ext = node.get_extents(Atspi.CoordType.WINDOW)
    except GLib.Error:
        return False
    return ext.width > 0 and ext.height > 0


def walk(node, depth=0, limit=80):
    """Every accessible below @node that is on screen, depth first"""
    if node is None or depth > limit:
        return
    yield node
    try:
        n = node.get_child_count()
    except GLib.Error:
        return
    for i in range(n):
        try:
            child = node.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None and (child.get_role() == Atspi.Role.FRAME or on_screen(child)):
            yield from walk(child, depth + 1, limit)


def role_name(node):
    return node.get_role_name()


def find(root, role=None, name=None, test=None):
    """The first showing accessible below @root with @role (an Atspi.Role)
    and accessible name @name (exact), or passing @test"""
    for node in walk(root):
        try:
            if role is not None and node.get_role() != role:
                continue
            if name is not None and node.get_name() != name:
                continue
            if test is not None and not test(node):
                continue
            return node
        except GLib.Error:
            continue
    return None


def find_near(root, name, depth=6):
    """An accessible called @name no more than @depth levels below @root,
    breadth first: quick to find where a deep walk of the whole window
    would take longer than it is shown (a toast: 5 s, a deep walk in a
    sanitizer build can take more)"""
    level = [root] if root is not None else []
    for _ in range(depth + 1):
        below = []
        for node in level:
            try:
                if node.get_name() == name:
                    return node
                below.extend(c for c in (node.get_child_at_index(i)
                                         for i in range(node.get_child_count()))
                             if c is not None)
            except GLib.Error:
                continue
        level = below
    return None


def text_of(node):
    """What a screen reader reads of a label or text: its name, else its text"""
    name = node.get_name()
    if name:
        return name
    text = node.get_text_iface() if hasattr(node, 'get_text_iface') else None
    if text is not None:
        return text.get_text(0, text.get_character_count())
    return ''


def describe(root, limit=400):
    """The tree below @root as role "name" lines, to say what was there"""
    lines = []
    for node in walk(root):
        try:
            lines.append(f'{role_name(node)} "{node.get_name()}"')
        except GLib.Error:
            pass
        if len(lines) >= limit:
            break
    return '\n'.join(lines)


# --- The keyboard ------------------------------------------------------

def focused(root):
    """The accessible that has the keyboard focus below @root"""
    return find(root, test=lambda n: n.get_state_set().contains(Atspi.StateType.FOCUSED))


# X modifier masks (X11/X.h)
_MODIFIERS = {'Shift': 1 << 0, 'Control': 1 << 2, 'Alt': 1 << 3}


def key(name, *modifiers):
    """Presses and releases the key @name (an X keysym name, as "Tab"),
    with @modifiers ("Control", "Alt", "Shift") held, as the keyboard
    would: synthesised by AT-SPI's registry (XTEST), the modifiers locked
    around the key"""
    mask = 0
    for modifier in modifiers:
        mask |= _MODIFIERS[modifier]
    if mask:
        Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(keysym(name), None, Atspi.KeySynthType.SYM)
    if mask:
        Atspi.generate_keyboard_event(mask, None, Atspi.KeySynthType.UNLOCKMODIFIERS)


def type_text(text):
    """Types @text (letters, digits and spaces), one key at a time"""
    for c in text:
        if c.isupper():
            key(c, 'Shift')
        else:
            key('space' if c == ' ' else c)


# X keysyms of the keys the tests press (X11/keysymdef.h); a letter or
# digit is its own
_KEYSYMS = {
    'Tab': 0xff09, 'Return': 0xff0d, 'Escape': 0xff1b, 'space': 0x20,
    'Up': 0xff52, 'Down': 0xff54, 'Left': 0xff51, 'Right': 0xff53,
    'Home': 0xff50, 'End': 0xff57,
    'Shift_L': 0xffe1, 'Control_L': 0xffe3, 'Alt_L': 0xffe9,
}


def keysym(name):
    if name in _KEYSYMS:
        return _KEYSYMS[name]
    if len(name) == 1 and name.isascii() and name.isalnum():
        return ord(name.lower())
    raise ValueError(f'no keysym for {name!r}')


# --- Where the keyboard focus is ----------------------------------------

class FocusTracker:
    """Follows the keyboard focus as a screen reader does, from AT-SPI's
    focus events; spin() lets them in"""

    def __init__(self):
        self.current = None
        self.count = 0
        self._listener = Atspi.EventListener.new(self._on_focus)
        self._listener.register('object:state-changed:focused')

    def _on_focus(self, event):
        if event.detail1:
            self.current = event.source
            self.count += 1

    def spin(self):
        context = GLib.MainContext.default()
        while context.iteration(False):
            pass

    def press(self, name, *modifiers):
        """Presses a key and returns what has the focus once it moved
        (or, if it did not move, once the limit passed: None)"""
        self.spin()
        before = self.count
        key(name, *modifiers)
        deadline = time.monotonic() + WAIT_SECONDS
        while self.count == before and time.monotonic() < deadline:
            self.spin()
            time.sleep(0.02)
        return self.current if self.count != before else None

    def wait(self, test, what):
        """Waits until what has the focus passes @test, and returns it"""
        def check():
            self.spin()
            return self.current if self.current is not None and test(self.current) else None
        return wait_until(check, what)


def is_control(role, name):
    """A test: an accessible with @role and accessible name @name"""
    def test(node):
        return node.get_role() == role and node.get_name() == name
    return test


def label_below(node):
    """The text of the first label below @node (what a screen reader
    reads of a row that has no name of its own: its cells)"""
    for n in walk(node):
        if n.get_role() == Atspi.Role.LABEL and n.get_name():
            return n.get_name()
    return ''
