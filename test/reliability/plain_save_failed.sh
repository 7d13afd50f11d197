#!/bin/bash
# After a failed save, plain mode never says the answers are saved. The
# saves fail because the sessions folder is taken away (as when a USB stick
# is pulled) and work again when it is back:
#  - stop after a failure retries, and stays while it fails ("typ stop om
#    opnieuw op te slaan, of afbreken"); afbreken stops without saving: exit
#    1 and "NIET opgeslagen";
#  - when the folder is back, stop saves, says "Opgeslagen" and exits 0;
#  - the end of the input after a failure: one more try, then exit 1 and
#    "NIET opgeslagen", never "Je antwoorden zijn opgeslagen";
#  - afbreken at a question stops without saving, exit 1.
. "$SRCDIR/test/reliability/lib.sh"
rel_init plain_save_failed

printf '1\nstop\n' | sp start visie --plain >"$T/start.out" 2>&1 ||
	fail_with "$T/start.out" "spiegel start visie --plain"
F=$(session_file) || exit 1
ID=$(session_id "$F")
SESS="$DATA/sessions"
cp "$F" "$T/before.json"
away() { mv "$SESS" "$SESS.weg" || fail "mv"; }
back() { mv "$SESS.weg" "$SESS" || fail "mv back"; }
trap 'rel_cleanup' EXIT

# start CASE: resume at question 2, then take the folder away and answer 2
start() {
	OUTLOG="$T/$1.out"
	spawn "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain
	wait_for '^\[vraag 2 van ' || { finish_proc; fail_with "$OUTLOG" "$1: no question 2"; }
	away
	send 2
	wait_for 'NIET OPGESLAGEN' || { finish_proc; fail_with "$OUTLOG" "$1: no NIET OPGESLAGEN"; }
	[[ $MATCH == *"map kan niet worden geopend (No such file or directory)"* ]] ||
		{ finish_proc; fail_with "$OUTLOG" "$1: the reason is not named"; }
	wait_for '^\[vraag 3 van ' || { finish_proc; fail_with "$OUTLOG" "$1: no question 3"; }
}

saved_words() { # FILE: fails when FILE says anything was saved after the failure
	sed -n '/NIET OPGESLAGEN/,$p' "$1" | grep -E "Opgeslagen\.|zijn opgeslagen" &&
		fail_with "$1" "says the answers were saved after a failed save"
	return 0
}

# --- stop retries and stays; afbreken stops without saving
start retry
send stop
wait_for 'Typ stop om opnieuw op te slaan, of afbreken' ||
	{ finish_proc; fail_with "$OUTLOG" "retry: stop did not stay after a failure"; }
send stop
wait_for 'NIET OPGESLAGEN' || { finish_proc; fail_with "$OUTLOG" "retry: the second try did not fail"; }
wait_for 'Typ stop om opnieuw op te slaan, of afbreken' ||
	{ finish_proc; fail_with "$OUTLOG" "retry: no second retry question"; }
send afbreken
finish_proc
[ "$STATUS" = 1 ] || fail_with "$OUTLOG" "afbreken: exit status $STATUS, expected 1"
expect_in "$OUTLOG" "Je laatste antwoorden zijn NIET opgeslagen."
saved_words "$OUTLOG"
back
cmp -s "$F" "$T/before.json" || fail "afbreken: the session file changed"

# --- the folder is back: stop saves
start works
back
send stop
finish_proc
[ "$STATUS" = 0 ] || fail_with "$OUTLOG" "works: exit status $STATUS, expected 0"
expect_in "$OUTLOG" "Opgeslagen. Ga later verder met: spiegel --data-dir $DATA --content-dir $CONTENT resume $ID"
[ "$(json_get "$F" 'len(s["answers"])')" = 2 ] || fail "works: the answer kept in memory was not saved"
cp "$F" "$T/before.json"

# --- the end of the input after a failure
OUTLOG="$T/eof.out"
spawn "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain
wait_for '^\[vraag 3 van ' || { finish_proc; fail_with "$OUTLOG" "eof: no question 3"; }
away
send 3
wait_for 'NIET OPGESLAGEN' || { finish_proc; fail_with "$OUTLOG" "eof: no NIET OPGESLAGEN"; }
finish_proc
back
[ "$STATUS" = 1 ] || fail_with "$OUTLOG" "eof: exit status $STATUS, expected 1"
expect_in "$OUTLOG" "Invoer beëindigd."
expect_in "$OUTLOG" "Je laatste antwoorden zijn NIET opgeslagen."
saved_words "$OUTLOG"
cmp -s "$F" "$T/before.json" || fail "eof: the session file changed"

# --- afbreken at a question after a failure
OUTLOG="$T/abort.out"
spawn "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain
wait_for '^\[vraag 3 van ' || { finish_proc; fail_with "$OUTLOG" "abort: no question 3"; }
away
send 3
wait_for 'afbreken: stoppen zonder opslaan' || { finish_proc; fail_with "$OUTLOG" "abort: no hint"; }
send afbreken
finish_proc
back
[ "$STATUS" = 1 ] || fail_with "$OUTLOG" "abort: exit status $STATUS, expected 1"
expect_in "$OUTLOG" "Je laatste antwoorden zijn NIET opgeslagen."
saved_words "$OUTLOG"
exit 0
