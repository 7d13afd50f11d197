#!/bin/sh
# A finished session (test/data/visie-finished.json, written by hand) opens
# on the results screen, from the start screen (3, Enter) and with
# `spiegel resume PATH`.  The scores, level names, bars, focus and next steps
# follow from the answers in that file (worked out by hand from the weights
# in test/data/content-v1/visie.json and practices.json; see expect_practice
# below).
. "$SRCDIR/test/screen/lib.sh"
screen_init results_view
# The scores are worked out by hand from a frozen copy of the item bank
# (test/data/content-v1: visie 1.0.0 and its catalogue), so that revising
# content/visie.json does not change what this test checks.
CONTENT="$SRCDIR/test/data/content-v1"

# spiegel saves the session when it quits: work on a copy
mkdir -p "$T/in" && cp "$SRCDIR/test/data/visie-finished.json" "$T/in/" || fail "no fixture"
SESSION="$T/in/visie-finished.json"

# practice name, then a row: 40-cell bar (score * 40 / 100 cells filled),
# score, level, number of scored items.  Answers per section, as values
# after reversal: A1 5, A2 5, A3 4, A4 1, A5 2, A6 3 (A6.04 n.v.t.), A7 3, A8 4.
expect_practice() { # NAME FILLED SCORE LEVEL N
	bar=$(awk -v f="$2" 'BEGIN { for (i = 0; i < 40; i++) printf (i < f ? "█" : "░") }')
	row=$(printf '   %s %5s  %s  (%s vragen)' "$bar" "$3" "$4" "$5")
	grep -F -x -q -- "$row" "$T/all" ||
		{ LAST_SCREEN=$(cat "$T/all"); fail "no row '$row' for $1"; }
	grep -F -A1 -- "$1" "$T/all" | grep -F -q -- "$bar $(printf '%5s' "$3")  $4" ||
		{ LAST_SCREEN=$(cat "$T/all"); fail "'$1' is not followed by its score row '$row'"; }
}
# check_results: page through the results screen (at its top) and check
# every score row, the focus and the next steps.
check_results() {
	wait_for "Je beantwoordde 45 van de 45 vragen"
	assert_screen "20260310-091500-c0ffee"
	assert_screen "Niveaus: Ontwikkelpunt (vanaf 0), In ontwikkeling"
	assert_running
	# collect every page of the results into one file
	: >"$T/all"
	collect_pages NPage "Het volledige rapport: spiegel report" 20

	expect_practice "Een passende veranderstrategie kiezen" 0 0.0 Ontwikkelpunt 4
	expect_practice "Werken aan de kwaliteit van onderwijs" 3 8.3 Ontwikkelpunt 8
	expect_practice "Onderzoeksmatig werken en onderzoekscultuur" 10 25.0 Ontwikkelpunt 4
	expect_practice "Gefundeerd samenwerkingspartners kiezen" 17 41.7 Ontwikkelpunt 8
	expect_practice "Visiegestuurd werken" 26 64.7 "In ontwikkeling" 31
	# 3.8 on the five-point scale = 70, just above the 68.75 threshold
	expect_practice "Bestuurder en schoolleider als partners in leren" 28 70.0 Sterk 7
	expect_practice "Inrichting van de schoolorganisatie" 30 75.0 Sterk 4
	expect_practice "De school als gezamenlijke leerwerkplaats" 33 83.3 Sterk 8
	expect_practice "Gespreid leiderschap" 40 100.0 Sterk 4
	# Ontwikkeling van leraren has no items in visie: no score, not listed
	if grep -F -q "Ontwikkeling van leraren" "$T/all"; then
		LAST_SCREEN=$(cat "$T/all")
		fail "a practice without answers is listed"
	fi

	# focus: the two lowest practices; next steps alternate between them
	grep -q '^ Focus *$' "$T/all" || fail "no Focus heading"
	grep -F -q " Een passende veranderstrategie kiezen  ◀ focus" "$T/all" || fail "veranderstrategie not marked as focus"
	grep -F -q " Werken aan de kwaliteit van onderwijs  ◀ focus" "$T/all" || fail "onderwijskwaliteit not marked as focus"
	[ "$(grep -c '◀ focus' "$T/all")" -ge 2 ] || fail "expected two focus marks"
	grep -F -q "Visiegestuurd werken  ◀ focus" "$T/all" && fail "visie must not be a focus practice"
	grep -q '^ Volgende stappen *$' "$T/all" || fail "no Volgende stappen heading"
	grep -F -x -q " 1. Analyseer voordat je verandert" "$T/all" || fail "next step 1 is wrong"
	grep -F -x -q " 2. Maak van de visie zichtbare lesdoelen" "$T/all" || fail "next step 2 is wrong"
	grep -F -x -q " 3. Duid gegevens samen en houd weinig speerpunten" "$T/all" || fail "next step 3 is wrong"
	grep -q '^ 4\. ' "$T/all" && fail "more than three next steps"
	return 0
}

# 1. from the start screen: 3 "Eerdere resultaten bekijken", Enter
mkdir -p "$DATA/sessions" && cp "$SRCDIR/test/data/visie-finished.json" \
	"$DATA/sessions/20260310-091500-c0ffee.json" || fail "cannot copy the fixture"
run_spiegel
wait_for "Eerdere resultaten bekijken  (1)"
keys 3
wait_for "Visie  2026-03-10 09:15  Test Schoolleider"
assert_screen "45 van 45 beantwoord"
keys Enter
wait_for "Resultaten · Visie"
check_results
keys q
wait_exit
assert_status 0

# 2. spiegel resume PATH on the finished session opens its results at once
run_spiegel resume "$SESSION"
wait_for "Resultaten · Visie"
_want="Je beantwoordde 45 van de 45 vragen"
_poll _has_text ||
	fail "spiegel resume PATH on a finished session: the results screen stays empty"
check_results

# o shows the answers; Esc goes to the start screen; q quits
keys o
wait_for "Overzicht"
wait_for "Je beantwoordde 45 van 45 vragen"
keys q
wait_exit
assert_status 0
exit 0
