#!/bin/sh
# Issue 12: at 40x12 a question with three lines of text showed no options
# at all (only "▼ meer"), and Down did not bring them into view. Now the
# question and the first options show, a line says how many more there
# are, and Down moves through them into view; the answer can be given.
# An open question keeps a box to type in, however low the screen.
. "$SRCDIR/test/screen/lib.sh"
screen_init small_item
golden_data
ITEMS=9
F="$DATA/sessions/20261122-081500-b05e11.json"

run_spiegel resume 20261122-081500-b05e11
wait_for_item 3
keys Right Right
wait_for_item 5
tm resize-window -t spiegel -x 40 -y 12 || fail "tmux resize-window failed"
# the status "Welkom terug ..." takes two lines at 40 columns: the
# question and the first two options above it
wait_for "▼ nog 3 keuzes (↓)"
assert_screen "Welkom terug"
assert_screen "Ik bespreek met het team wat een"     # the question, three lines
assert_screen "opgeleverd."
assert_screen "▸1  ○ nooit"
assert_not_screen "(bijna) altijd"
keys Down
wait_for "▸2  ○ zelden"
keys Down Down
wait_for "▸4  ○ vaak"
assert_screen "▼ nog 1 keuze (↓)"
keys Down
wait_for "▸5  ○ (bijna) altijd"
assert_not_screen "▼ nog"
assert_screen "▲ meer (↑)"
keys Up Up Up Up
wait_for "▸1  ○ nooit"
assert_screen "opgeleverd."                         # back at the top: the question again
keys Down Down Down Down Enter
wait_for_item 6
[ "$(json_get "$F" 's["answers"]["SP.V.05"]')" = '{"value": 5}' ] ||
	fail "the answer chosen at 40x12 was not saved"
# the open question at 40x12: its text is cut, never the box you type in
type_text "Eén keer"
wait_for "│ Eén keer"
keys Escape
wait_for "Enter typen"
keys q
wait_exit
assert_status 0
exit 0
