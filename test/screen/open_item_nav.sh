#!/bin/sh
# Leaving an open item while typing with PgUp / PgDn: the text is saved and
# on the next (likert) item the normal keys work again: ? opens the help and
# q quits.
. "$SRCDIR/test/screen/lib.sh"
screen_init open_item_nav

run_spiegel start visie
wait_for_item 1
go_to_item 10
wait_for "opslaan, verder"      # item 10 is open and starts in typing mode
type_text "Rust en eerlijkheid"
wait_for "│ Rust en eerlijkheid"

keys PPage                      # back to item 9 (likert) while typing
wait_for_item 9
wait_for "1-5 ↑↓ Enter kiezen"
F=$(session_file) || exit 1
[ "$(json_get "$F" 's["answers"]["VIS.A1.R"]["text"]')" = "Rust en eerlijkheid" ] ||
	fail "PgUp did not save the typed text"

type_text "?"
_want="Waarom deze vraag"
_poll _has_text ||
	fail "after PgUp from an open item, ? on the likert item does not open the help"
keys Escape
wait_for_item 9

keys Right                      # item 10 again, typing mode
wait_for_item 10
wait_for "opslaan, verder"
keys PgDn                       # on to item 11 (likert) while typing
wait_for_item 11
wait_for "1-5 ↑↓ Enter kiezen"
keys q
_poll _exited ||
	fail "after PgDn from an open item, q on the likert item does not quit"
STATUS=$(cat "$T/status")
assert_status 0
exit 0
