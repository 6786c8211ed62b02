# SPDX-FileCopyrightText: 2026 RCC Guide authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The journey a keyboard user makes, with a screen reader's view of it:
# search the treatments, open a trial, add it (and a second) to the
# comparison, switch to Compare, move a trial up, print to the test
# queue.  Every key is synthesised (AT-SPI's registry, XTEST) and every
# control is found as a screen reader finds it, by its role and
# accessible name over AT-SPI, once the keyboard focus is on it.  The app
# is the installed one, started by D-Bus activation on the private
# session bus of check-keyboard-journey.sh, on a display of its own.

import glob
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rcc_session import (APP_ID, Atspi, FocusTracker, GLib, fail, find,  # noqa: E402
                         find_app, find_near, gapplication, is_control, key, label_below, ok, walk,
                         type_text, wait_until)

focus = None
frame = None
printer = os.environ.get('RCC_TEST_PRINTER')


def say(node):
    """What a screen reader says of @node: role and name"""
    return f'{node.get_role_name()} “{node.get_name()}”'


def tab_to(test, what, limit=40, backwards=False):
    """Presses Tab (Shift+Tab) until the focus is on what passes @test;
    fails saying where the focus went if @limit presses do not get there"""
    passed = []
    for _ in range(limit):
        node = focus.press('Tab', *(['Shift'] if backwards else []))
        if node is None:
            fail(f'Tab did not move the focus, on the way to {what} (after {", ".join(passed)})')
        try:
            if test(node):
                return node
            passed.append(say(node))
        except GLib.Error:
            # Gone as it got the focus (a row of a list being filtered)
            passed.append('(an object that went away)')
    fail(f'{what} not reached in {limit} presses of Tab: {", ".join(passed)}')


def on_page(name):
    """The view switcher's page tab @name is the selected one"""
    tab = find(frame, Atspi.Role.PAGE_TAB,
               test=lambda n: n.get_state_set().contains(Atspi.StateType.SELECTED))
    return tab is not None and tab.get_name() == name


def shows(name, role=Atspi.Role.LABEL, root=None):
    return find(root or frame, role, name)


def compared_trials():
    """The rows of the Compare page's list, in order, as their titles read"""
    trial_list = find(frame, Atspi.Role.LIST, 'Compared trials')
    if trial_list is None:
        return None
    return [label_below(trial_list.get_child_at_index(i))
            for i in range(trial_list.get_child_count())]


def search_treatments():
    focus.press('f', 'Control')
    focus.wait(is_control(Atspi.Role.ENTRY, 'Search treatments'), 'the focus in “Search treatments”')
    type_text('pazo')
    # Pazopanib, and the options whose line of therapy follows it
    found = ['1. Nivolumab', '2. Lenvatinib + everolimus', '3. Cabozantinib', '2. Pazopanib']
    wait_until(lambda: treatment_options() == found,
               f'the treatments found for “pazo”: {", ".join(found)}')
    tab_to(is_control(Atspi.Role.LIST_ITEM, '2. Pazopanib'), 'Pazopanib in the list')
    wait_until(lambda: shows('Pazopanib'), 'Pazopanib’s details once its row has the focus')
    ok('Treatments: Ctrl+F, “pazo”, Tab to list item “2. Pazopanib”: its details show')


def treatment_options():
    """The items of the Treatments page's list, as they read"""
    options = find(frame, Atspi.Role.LIST, 'Treatment options')
    if options is None:
        return None
    return [n.get_name() for n in walk(options) if n.get_role() == Atspi.Role.LIST_ITEM]


def trial_rows():
    """The rows of the Trials page's table, as their first cells read"""
    table = find(frame, Atspi.Role.TREE_TABLE,
                 test=lambda n: find(n, Atspi.Role.TABLE_ROW,
                                     test=lambda r: label_below(r) == 'Trial'))
    if table is None:
        return None
    return [label_below(r) for r in walk(table)
            if r.get_role() == Atspi.Role.TABLE_ROW and label_below(r) != 'Trial']


def open_trial(search, title):
    """On the Trials page: searches for @search, moves to its row by
    keyboard and opens it; its details show @title"""
    focus.press('f', 'Control')
    focus.wait(is_control(Atspi.Role.ENTRY, 'Search trials'), 'the focus in “Search trials”')
    # What was typed before is selected, and replaced
    key('a', 'Control')
    type_text(search)
    wait_until(lambda: trial_rows() == [title], f'the trials table down to the row of {search}')
    row = tab_to(lambda n: n.get_role() == Atspi.Role.TABLE_ROW, f'the row of {search}')
    reads = label_below(row)
    if reads != title:
        fail(f'the first row found for “{search}” reads “{reads}”, not “{title}”')
    if row.get_name() != title:
        fail(f'the row of “{search}” is named “{row.get_name()}” for a screen reader, not “{title}”')
    key('Return')
    wait_until(lambda: find(frame, Atspi.Role.PUSH_BUTTON, 'Back to trials'),
               f'{search}’s details, with “Back to trials”')
    wait_until(lambda: shows(title), f'the heading “{title}”')
    return reads


def add_to_comparison(name):
    button = tab_to(is_control(Atspi.Role.PUSH_BUTTON, 'Add to Comparison'), '“Add to Comparison”')
    key('space')
    wait_until(lambda: find_near(frame, f'Added {name} to the comparison'),
               f'the message “Added {name} to the comparison”')
    return button


def reads(role, text):
    """A test: an accessible with @role that reads @text, by its name or,
    as GTK 4.8 names a button with a mnemonic (“_Print Print”), by its
    label"""
    def test(node):
        return node.get_role() == role and (node.get_name() == text or label_below(node) == text)
    return test


def new_pdf(out_dir, before):
    """A PDF the queue has finished writing, not among @before"""
    for path in sorted(set(glob.glob(os.path.join(out_dir, '*.pdf'))) - before):
        if os.path.getsize(path) > 0 and \
           subprocess.run(['pdfinfo', path], capture_output=True).returncode == 0:
            return path
    return None


def pdf_pages(path):
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True, check=True).stdout
    return int(next(line.split(':')[1] for line in out.splitlines() if line.startswith('Pages:')))


def pdf_text(path):
    return subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, text=True,
                          check=True).stdout


def print_comparison(app):
    """Print…, the print dialog answered by keyboard: the test queue, Print"""
    out_dir = os.environ['RCC_TEST_PRINT_OUT']
    spool_dir = os.environ['RCC_TEST_PRINT_SPOOL']
    before = set(glob.glob(os.path.join(out_dir, '*.pdf')))

    tab_to(is_control(Atspi.Role.PUSH_BUTTON, 'Print…'), '“Print…”', limit=60)
    key('space')
    dialog = wait_until(lambda: find(app, Atspi.Role.DIALOG, 'Print'), 'the print dialog')
    ok('Tab to push button “Print…”, Space: dialog “Print”')

    # The printer list: a table, its rows read by their cells
    row = tab_to(lambda n: n.get_role() == Atspi.Role.TABLE_ROW and label_below(n) != 'Name',
                 'the list of printers')
    for _ in range(10):
        if wait_until(lambda: label_below(row), 'what the printer row with the focus reads') == printer:
            break
        row = focus.press('Down')
        if row is None:
            fail(f'Down did not move to {printer} in the list of printers')
    else:
        fail(f'no {printer} in the list of printers')
    wait_until(lambda: row.get_state_set().contains(Atspi.StateType.SELECTED),
               f'{printer} selected in the list of printers')
    # Print can be pressed once GTK has the queue's details
    print_button = wait_until(lambda: find(dialog, test=lambda n: reads(Atspi.Role.PUSH_BUTTON, 'Print')(n) and
                                           n.get_state_set().contains(Atspi.StateType.SENSITIVE)),
                              'the dialog’s Print button, once it can be pressed')
    tab_to(lambda n: n.get_name() == print_button.get_name() and n.get_role() == Atspi.Role.PUSH_BUTTON,
           'the dialog’s Print button')
    key('space')
    pdf = wait_until(lambda: new_pdf(out_dir, before), f'the queue’s PDF in {out_dir}')
    ok(f'Tab to table row reading “{printer}”, Down to it, Tab to push button “Print”, Space: '
       f'{os.path.basename(pdf)}')

    # The same comparison as the command line writes it, for A4
    reference = os.path.join(os.environ['RCC_SESSION_DIR'], 'reference.pdf')
    subprocess.run([os.path.join(os.environ['RCC_SESSION_ROOT'], 'bin', 'rcc-guide'),
                    '--compare=comparz,veg105192', f'--output={reference}', '--paper=a4'],
                   check=True, capture_output=True)
    pages, expected = pdf_pages(pdf), pdf_pages(reference)
    if pages != expected:
        fail(f'the printed comparison has {pages} pages, the same comparison as a PDF {expected}')
    # The text of the document as GTK sent it (the queue's PDF has its
    # text as outlines; see build-aux/private-cups.sh)
    spooled = sorted(glob.glob(os.path.join(spool_dir, 'd*-001')))
    if not spooled:
        fail(f'no job document in {spool_dir}')
    text = pdf_text(spooled[-1])
    for expected_text in ('COMPARZ', 'VEG105192', '9.2', '4.2', '0.46', '8.4', '9.5', '1.05',
                          'Sternberg', 'Motzer'):
        if expected_text not in text:
            fail(f'“{expected_text}” not in the printed comparison:\n{text}')
    if text.index('COMPARZ') > text.index('VEG105192'):
        fail('the printed comparison has VEG105192 before COMPARZ, not in the order moved to')
    ok(f'the printed comparison: {pages} page(s), as many as the same comparison as a PDF; COMPARZ then '
       'VEG105192, their figures and citations')


def main():
    global focus, frame
    focus = FocusTracker()

    gapplication('launch', APP_ID)
    app = wait_until(find_app, 'the app on the accessibility bus')
    frame = wait_until(lambda: find(app, Atspi.Role.FRAME, 'RCC Guide'), 'its window')
    wait_until(lambda: on_page('Treatments'), 'the window on Treatments')
    ok('gapplication launch: the window, on Treatments')

    search_treatments()

    focus.press('2', 'Alt')
    wait_until(lambda: on_page('Trials'), 'Alt+2 to the Trials page')
    reads = open_trial('VEG105192', 'VEG105192 (pazopanib)')
    ok(f'Trials: Alt+2, Ctrl+F, “VEG105192”, Tab to its row (table row reading “{reads}”), '
       'Return: its details')

    add_to_comparison('VEG105192 (pazopanib)')
    ok('Tab to push button “Add to Comparison”, Space: “Added VEG105192 (pazopanib) to the comparison”')

    reads = open_trial('COMPARZ', 'COMPARZ')
    add_to_comparison('COMPARZ')
    ok(f'Ctrl+F, “COMPARZ”, Tab to its row (table row reading “{reads}”), Return, Tab to '
       '“Add to Comparison”, Space: “Added COMPARZ to the comparison”')

    focus.press('3', 'Alt')
    wait_until(lambda: on_page('Compare'), 'Alt+3 to the Compare page')
    order = wait_until(lambda: (lambda t: t if t and len(t) == 2 else None)(compared_trials()),
                       'two trials in “Compared trials”')
    if order != ['VEG105192 (pazopanib) (2010)', 'COMPARZ (2013)']:
        fail(f'“Compared trials” lists {order}')
    ok(f'Alt+3: Compare, list “Compared trials”: {", ".join(order)}')

    tab_to(is_control(Atspi.Role.PUSH_BUTTON, 'Move COMPARZ up'), '“Move COMPARZ up”', limit=60)
    key('space')
    order = wait_until(lambda: (lambda t: t if t and t[0] == 'COMPARZ (2013)' else None)(compared_trials()),
                       'COMPARZ first in “Compared trials”')
    ok(f'Tab to push button “Move COMPARZ up”, Space: {", ".join(order)}')

    if printer is None:
        print('1..7')
        print('# no test print queue (build-aux/test starts one): printing skipped')
        return 77
    print_comparison(app)
    print('1..10')


if __name__ == '__main__':
    sys.exit(main())
