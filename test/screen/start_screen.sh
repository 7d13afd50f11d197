#!/bin/sh
# `spiegel` without a command opens the start screen; q quits with status 0.
. "$SRCDIR/test/screen/lib.sh"
screen_init start_screen

# the start screen counts the questionnaires that `spiegel list` shows
nq=$("$SPIEGEL" --content-dir "$CONTENT" list | wc -l)
[ "$nq" -ge 1 ] || fail "spiegel list shows no questionnaires"

run_spiegel
wait_for "Een vragenlijst beginnen"
assert_screen "Verder met een sessie die nog niet af is"
assert_screen "Eerdere resultaten bekijken"
assert_screen "Stoppen"
assert_screen "($nq beschikbaar)"
assert_screen "(0)"
assert_running

keys q
wait_exit
assert_status 0
# nothing was started, so no session file may exist
if ls "$DATA"/sessions/*.json >/dev/null 2>&1; then
	fail "quitting the start screen created a session file"
fi
exit 0
