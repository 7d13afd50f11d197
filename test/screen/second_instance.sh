#!/bin/sh
# One editor per session: while a session is open in the TUI, a second
# spiegel (TUI or plain) says which process has it open, exits 1 and leaves
# the file alone; after the first one quits, the session opens again.
. "$SRCDIR/test/screen/lib.sh"
screen_init second_instance

run_spiegel start visie
wait_for_item 1
answer_items 1 1 2
wait_for_item 3
F=$(session_file) || exit 1
id=$(basename "$F" .json)
cp "$F" "$T/before.json"
host=$(hostname)

# second instance in plain mode, and the TUI path (its error comes before
# curses starts, so it can be read from stderr)
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$id" --plain \
	</dev/null >"$T/out2" 2>"$T/err2"
st=$?
[ "$st" = 1 ] || fail "second plain instance: exit $st, expected 1"
grep -q "is al geopend door proces [0-9][0-9]* op $host" "$T/err2" ||
	fail "second plain instance: $(cat "$T/err2")"
cmp -s "$F" "$T/before.json" || fail "the second instance changed the session file"

# the first one still works and saves
keys 3
wait_for_item 4
cmp -s "$F" "$T/before.json" && fail "the first instance did not save"
keys q
wait_exit
assert_status 0
# now the session opens again
printf 'stop\n' | "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$id" --plain \
	>"$T/out3" 2>"$T/err3" || fail "resume after quitting: $(cat "$T/err3")"
exit 0
