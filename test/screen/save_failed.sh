#!/bin/sh
# After a failed save the questionnaire screen never says the answers are
# saved. Saves fail because the sessions folder is taken away and work again
# when it is back:
#  - the status line says NIET OPGESLAGEN with the reason in full at 80
#    columns (wrapped, never cut), the footer names q (retry) and Q (stop
#    without saving);
#  - q retries and stays while saving fails; once the folder is back, q
#    saves and quits (exit 0, "opgeslagen");
#  - Q, or Ctrl-C, stops without saving: exit 1, "NIET opgeslagen", never
#    "Je antwoorden zijn opgeslagen".
# And two refusals before curses starts: a session open in this TUI is
# locked (a second spiegel is refused), and a hand-in cannot be resumed.
. "$SRCDIR/test/screen/lib.sh"
screen_init save_failed

# the screen as one line of words (a wrapped message reads as it is)
words() {
	screen | tr '\n' ' ' | tr -s ' '
}
words_have() { # TEXT
	words | grep -F -q -- "$1"
}
wait_words() {
	_ww=$1
	_poll _words_ok || fail "timed out waiting for '$1' on the screen (wrapped)"
}
_words_ok() {
	LAST_SCREEN=$(screen 2>/dev/null)
	words_have "$_ww"
}

run_spiegel start visie
wait_for_item 1
answer_items 1 1
F=$(session_file) || exit 1
ID=$(basename "$F" .json)
SESS="$DATA/sessions"
away() { mv "$SESS" "$SESS.weg" || fail "mv"; }
back() { mv "$SESS.weg" "$SESS" || fail "mv back"; }

# --- the reason in full, wrapped; the footer says how to go on
away
keys 2
wait_for_item 3
wait_for "NIET OPGESLAGEN"
wait_words "NIET OPGESLAGEN: map kan niet worden geopend (No such file or directory). Je antwoorden staan alleen in het geheugen"
wait_for "Q stoppen zonder opslaan"
assert_screen "q opnieuw opslaan"

# --- q retries and stays
keys q
wait_words "Opslaan is mislukt: map kan niet worden geopend (No such file or directory)."
wait_words "stop zonder opslaan met Q of Ctrl-C"
assert_running
assert_not_screen "zijn opgeslagen"

# --- folder back: q saves and quits
back
keys q
wait_exit
assert_status 0
wait_for "Je antwoorden zijn opgeslagen"
python3 - "$F" <<'PY' || fail "the answer kept in memory was not saved by q"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
sys.exit(0 if len(s["answers"]) == 2 else 1)
PY

# --- a session resumed in the TUI is locked: a second spiegel is refused
run_spiegel resume "$ID"
wait_for_item 3
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain \
	</dev/null >"$T/second.out" 2>"$T/second.err"
st=$?
[ "$st" = 1 ] || fail "a second spiegel opened the session the TUI has open (exit $st)"
grep -q "is al geopend door proces" "$T/second.err" || fail "second: $(cat "$T/second.err")"

# --- Q stops without saving
cp "$F" "$T/before.json"
away
keys 3
wait_for_item 4
wait_for "NIET OPGESLAGEN"
keys Q
wait_exit
assert_status 1
wait_for "NIET opgeslagen"
assert_not_screen "zijn opgeslagen"
back
cmp -s "$F" "$T/before.json" || fail "Q: the session file changed"

# --- Ctrl-C after a failure: the same (the pane's shell survives it)
RUN_TRAP_INT=1
run_spiegel resume "$ID"
wait_for_item 3
away
keys 3
wait_for_item 4
wait_for "NIET OPGESLAGEN"
keys C-c
wait_exit
assert_status 1
wait_for "NIET opgeslagen"
assert_not_screen "zijn opgeslagen"
back

RUN_TRAP_INT=

# --- a hand-in is refused, before curses starts
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" export "$ID" -o "$T/inlever.json" \
	>/dev/null 2>&1 || fail "export"
cp "$T/inlever.json" "$T/inlever.before"
run_spiegel resume "$T/inlever.json"
wait_exit
assert_status 1
wait_for "is een inleverbestand"
cmp -s "$T/inlever.json" "$T/inlever.before" || fail "the hand-in changed"
exit 0
