#!/bin/sh
# A hand-in file (a copy for the trainer without the private answers) is not
# a session: resuming it is refused with a clear message, by path or by id
# when it lies among the sessions, before anything is typed, written or
# locked; "resume" without an id never picks it. (Today the private answer
# typed into it is reported "opgeslagen" and is on disk nowhere.) The
# questionnaire TUI refuses it the same way (test/screen/save_failed.sh).
. "$SRCDIR/test/plain/lib.sh"
plain_init resume_handin

printf '1\n2\nstop\n' | sp start visie --plain >"$T/start.out" 2>&1 ||
	fail_with "$T/start.out" "spiegel start visie --plain"
F=$(session_file) || exit 1
ID=$(session_id "$F")
sp export "$ID" -o "$T/inlever.json" >"$T/export.out" 2>&1 || fail_with "$T/export.out" "export"
cp "$T/inlever.json" "$T/before.json"

refused() { # WHAT ARGS...
	_what=$1
	shift
	printf '3\nEen privé antwoord\n\nstop\n' | sp "$@" --plain >"$T/out" 2>"$T/err"
	_st=$?
	[ "$_st" = 1 ] || fail_with "$T/out" "$_what: exit status $_st, expected 1"
	expect_in "$T/err" "is een inleverbestand"
	expect_in "$T/err" "ga verder met de sessie zelf"
	if grep -qi "opgeslagen" "$T/out" "$T/err"; then
		fail_with "$T/out" "$_what: speaks of saving"
	fi
	if grep -q "vraag" "$T/out"; then
		fail_with "$T/out" "$_what: asked a question"
	fi
}
refused "resume a hand-in by path" resume "$T/inlever.json"
cmp -s "$T/inlever.json" "$T/before.json" || fail "the hand-in changed"
[ -e "$T/inlever.lock" ] && fail "a lock was made next to the hand-in"

# among the sessions (copied there by hand): by id, and never "the latest"
rm -f "$F"
HID=20270101-000000-aaaaaa
sed "s/$ID/$HID/" "$T/inlever.json" >"$DATA/sessions/$HID.json"
refused "resume a hand-in by id" resume "$HID"
sp resume --plain </dev/null >"$T/latest.out" 2>"$T/latest.err"
expect_status $? 1 "resume without an id, only a hand-in there"
expect_in "$T/latest.err" "er is geen sessie die nog niet af is"
sp list --sessions >"$T/list.out" 2>&1
expect_in "$T/list.out" "inleverbestand"
exit 0
