#!/bin/sh
# Issue 12: Esc from the overview back to an open question used to land in
# typing mode, so that the next keys (a digit, q) went into the answer.
# Now the question waits for Enter: digits and q do what they do on a
# question, and Enter starts typing. Choosing the open question in the
# overview (Enter, "wijzigen") still starts typing at once.
. "$SRCDIR/test/screen/lib.sh"
screen_init overview_esc
golden_data
ITEMS=9
F="$DATA/sessions/20261122-081500-b05e11.json"

run_spiegel resume 20261122-081500-b05e11
wait_for_item 3
go_to_item_from() {
	_i=$1
	while [ "$_i" -lt "$2" ]; do
		keys Right
		_i=$((_i + 1))
		wait_for_item "$_i"
	done
}
go_to_item_from 3 6
wait_for "opslaan, verder"         # an open question starts in typing mode
keys Escape
wait_for "Enter typen"
keys o
wait_for "Overzicht · Schermproef"
keys Escape
wait_for_item 6
wait_for "Enter typen"             # not typing
assert_not_screen "opslaan, verder"
type_text "3"
keys Left
wait_for_item 5                    # ← is the previous question, not the cursor
[ "$(json_get "$F" '"SP.V.R" in s["answers"]')" = false ] ||
	fail "a key after Esc from the overview went into the open answer"
keys Right
wait_for_item 6
wait_for "opslaan, verder"
assert_not_screen "│ 3"

# Enter on the open question in the overview: typing at once
keys Escape
wait_for "Enter typen"
keys o
wait_for "Overzicht · Schermproef"
keys Enter
wait_for_item 6
wait_for "opslaan, verder"
type_text "Wij"
wait_for "│ Wij"
keys Enter
wait_for_item 7
[ "$(json_get "$F" 's["answers"]["SP.V.R"]["text"]')" = "Wij" ] || fail "the answer was not saved"
keys q
wait_exit
assert_status 0
exit 0
