#!/bin/sh
# Issue 12: at 80 columns the footer of the question screens lost its last
# hints, 'q stoppen' among them. Now q and ? are on every question
# screen's last line, at 80x24 and at 40x12, for every kind of question
# (likert, likert with n.v.t., open, situation, follow-up, choice), and
# on the overview and the results; at 80 columns the likert, choice and
# open footers are whole (o overzicht too).
. "$SRCDIR/test/screen/lib.sh"
screen_init footer_q
golden_data
ITEMS=9

last_line_has() {
	LAST_SCREEN=$(screen)
	printf '%s\n' "$LAST_SCREEN" | tail -n 1 | grep -F -q -- "$1"
}

# footer_has TEXT...: the last line holds every TEXT (waits for the first)
footer_has() {
	_ft=$1
	_poll _footer_ok || fail "the last line never showed '$1'"
	for _t in "$@"; do
		last_line_has "$_t" || fail "the last line lacks '$_t'"
	done
}
_footer_ok() { last_line_has "$_ft"; }

run_spiegel resume 20261122-081500-b05e11
wait_for_item 3
keys Left Left
wait_for_item 1
for i in 1 2 3 4 5 6 7 8 9; do
	wait_for_item "$i"
	case $i in
	6) footer_has "opslaan, verder"; keys Escape; footer_has "q stoppen" "? waarom" "o overzicht" ;;
	7) footer_has "q stoppen" "? waarom" "Tab meest/minst" ;;
	*) footer_has "q stoppen" "? waarom" "o overzicht" ;;
	esac
	[ "$i" -lt 9 ] && keys Right
done
tm resize-window -t spiegel -x 40 -y 12 || fail "tmux resize-window failed"
i=9
while [ "$i" -ge 1 ]; do
	wait_for "vraag $i van"
	[ "$i" = 6 ] && { footer_has "opslaan"; keys Escape; }
	footer_has "q stoppen" "? waarom"
	[ "$i" -gt 1 ] && keys Left
	i=$((i - 1))
done
tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
keys o
wait_for "Overzicht"
footer_has "q stoppen"
keys q
wait_exit
assert_status 0

run_spiegel resume 20261120-140000-d0e5e5
wait_for "Resultaten"
footer_has "q stoppen" "Esc startscherm"
keys q
wait_exit
assert_status 0
exit 0
