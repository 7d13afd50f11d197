#!/bin/sh
# A finished session opens on the results screen, from the start screen (3,
# Enter) and with `spiegel resume PATH`. The session is the worked example of
# doc/scoring.md (test/data/score/worked.json on the fixture content
# test/data/score/content), so every figure below is computed by hand there:
# scores, levels and bars of the measured practices, the lists of practices
# without a score (with the reason), the persoonlijke kwaliteiten, the focus
# and the next steps. Then the focus is chosen with f (saved in the session,
# the report agrees), cleared again, and at most two can be marked.
. "$SRCDIR/test/screen/lib.sh"
screen_init results_view
CONTENT="$SRCDIR/test/data/score/content"
ID=20261201-090000-5c0e02

# spiegel saves the session when it quits: work on a copy
mkdir -p "$T/in" && cp "$SRCDIR/test/data/score/worked.json" "$T/in/$ID.json" ||
	fail "no fixture"
SESSION="$T/in/$ID.json"

# practice name (as on its line), then a row: 40-cell bar ((int)(score + 0.5)
# * 40 / 100 cells, rounded), score, level, number of scored items
expect_practice() { # NAME FILLED SCORE LEVEL N
	bar=$(awk -v f="$2" 'BEGIN { for (i = 0; i < 40; i++) printf (i < f ? "█" : "░") }')
	row=$(printf '   %s %5s  %s  (%s vragen)' "$bar" "$3" "$4" "$5")
	grep -F -x -q -- "$row" "$T/all" ||
		{ LAST_SCREEN=$(cat "$T/all"); fail "no row '$row' for $1"; }
	grep -F -x -A1 -- " $1" "$T/all" | grep -F -x -q -- "$row" ||
		{ LAST_SCREEN=$(cat "$T/all"); fail "'$1' is not followed by its score row '$row'"; }
}
has() { grep -F -q -- "$1" "$T/all" || { LAST_SCREEN=$(cat "$T/all"); fail "no '$1'"; }; }
hasx() { grep -F -x -q -- "$1" "$T/all" || { LAST_SCREEN=$(cat "$T/all"); fail "no line '$1'"; }; }

# check_results: page through the results screen (at its top)
check_results() {
	wait_for "Je beantwoordde 17 van de 18 vragen"
	assert_screen "$ID"
	assert_screen "Niveaus: Ontwikkelpunt (vanaf 0), In ontwikkeling"
	assert_running
	: >"$T/all"
	collect_pages NPage "Het volledige rapport: spiegel report" 20

	# visie 25 * 10900 / 3700 = 73.6; kwaliteit 56.25 -> 56.3; omgeving 50.0
	expect_practice "Visiegestuurd werken" 30 73,6 Sterk 6
	expect_practice "Werken aan onderwijskwaliteit  ◀ focus" 22 56,3 "In ontwikkeling" 4
	expect_practice "Samenwerken met de omgeving  ◀ focus" 20 50,0 "In ontwikkeling" 4
	[ "$(grep -c '◀ focus' "$T/all")" -eq 2 ] || fail "expected two focus marks"
	# the practices without a score, each with its reason, never a level
	hasx " Nog te weinig beantwoord"
	grep -F -x -A1 "   Ontwikkeling van leraren" "$T/all" |
		grep -F -x -q "     2 van de 4 vragen beantwoord" || fail "leraren: no '2 van de 4'"
	hasx " Te weinig gemeten in deze vragenlijst"
	grep -F -x -A2 "   Inrichting van de schoolorganisatie" "$T/all" | grep -F -q "Proef" ||
		fail "organisatie: the questionnaire that measures it is not named"
	if grep -F -A1 "Inrichting van de schoolorganisatie" "$T/all" | grep -q "█"; then
		LAST_SCREEN=$(cat "$T/all")
		fail "a practice below the coverage thresholds has a score row"
	fi
	has "Niet gemeten met deze vragenlijst: Samenwerken met het bestuur."
	has "Een praktijk krijgt pas een score als de beantwoorde vragen erover samen"
	# the persoonlijke kwaliteiten, a line each, no level
	hasx " Persoonlijke kwaliteiten"
	hasx "    81,3  Cognitieve kwaliteiten (4 vragen)"
	hasx "    58,3  Sociale kwaliteiten (3 vragen)"
	hasx "       –  Psychologische kwaliteiten (te weinig gemeten: 2 vragen)"
	hasx "       –  Zingevende kwaliteiten (te weinig gemeten: 2 vragen)"
	# focus and next steps, in turn from the two focus practices
	hasx " Focus"
	has "De laagste scores: Samenwerken met de omgeving (50,0) en Werken aan"
	hasx " 1. Eerste stap om"
	hasx " 2. Eerste stap kw"
	hasx " 3. Tweede stap om"
	grep -q '^ 4\. ' "$T/all" && fail "more than three next steps"
	# sources as a reader can look them up: no file code, no line numbers
	grep -F -q "Bron: " "$T/all" || fail "no source under the next steps"
	if grep -E -q '(^|[^0-9])00[0-4]([ _.]|$)|r\. ?[0-9]' "$T/all"; then
		LAST_SCREEN=$(cat "$T/all")
		fail "a file code or line reference on the results screen"
	fi
	return 0
}

# 1. from the start screen: 3 "Eerdere resultaten bekijken", Enter
mkdir -p "$DATA/sessions" && cp "$SESSION" "$DATA/sessions/$ID.json" ||
	fail "cannot copy the fixture"
run_spiegel
wait_for "Eerdere resultaten bekijken  (1)"
keys 3
wait_for "Proef  1 december 2026 09:00  Proef Schoolleider"
keys Enter
wait_for "Resultaten · Proef"
check_results
keys q
wait_exit
assert_status 0

# 2. spiegel resume PATH on the finished session opens its results at once
run_spiegel resume "$SESSION"
wait_for "Resultaten · Proef"
check_results

# 3. f: choose the focus yourself. The candidates are the measured primary
# practices; mark visie, save: the session holds it, the screen says so.
keys f
wait_for "Focus kiezen · Proef"
wait_for "▸[ ] Visiegestuurd werken  73,6  Sterk"
assert_screen "[ ] Werken aan onderwijskwaliteit  56,3  In ontwikkeling"
assert_screen "[ ] Samenwerken met de omgeving  50,0  In ontwikkeling"
assert_not_screen "Ontwikkeling van leraren"
keys Space
wait_for "▸[x] Visiegestuurd werken"
keys Enter
wait_for "Je focus is opgeslagen."
[ "$(json_get "$SESSION" 's["focus"]')" = '["visie"]' ] ||
	fail "the session does not hold the chosen focus: $(json_get "$SESSION" 's.get("focus")')"
: >"$T/all"
collect_pages NPage "Het volledige rapport: spiegel report" 20
has "Je koos zelf je focus: Visiegestuurd werken (73,6)."
has "Een andere focus, of spiegel laten kiezen: druk op f."
hasx " Visiegestuurd werken  ◀ focus"
[ "$(grep -c '◀ focus' "$T/all")" -eq 1 ] || fail "expected one focus mark"
# visie is Sterk: its one step for that level
hasx " 1. Verdiepende stap vi"
grep -q '^ 2\. ' "$T/all" && fail "a second next step for a Sterk focus"
# the report reads the same choice from the session
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" report "$SESSION" >"$T/report" 2>&1 ||
	fail "report failed: $(cat "$T/report")"
grep -F -q "Je koos zelf je focus: Visiegestuurd werken (73,6)." "$T/report" ||
	fail "the report does not show the chosen focus: $(cat "$T/report")"

# 4. at most two marks; unmarking everything gives the choice back to spiegel
keys f
wait_for "▸[x] Visiegestuurd werken"
keys Down Space
wait_for "[x] Werken aan onderwijskwaliteit"
keys Down Space
wait_for "Hoogstens 2 praktijken"
assert_screen "[ ] Samenwerken met de omgeving"
keys Escape
wait_for "Resultaten · Proef"
[ "$(json_get "$SESSION" 's["focus"]')" = '["visie"]' ] || fail "Esc changed the focus"
keys f
wait_for "▸[x] Visiegestuurd werken"
assert_screen "[ ] Werken aan onderwijskwaliteit"
keys Space
wait_for "▸[ ] Visiegestuurd werken"
keys Enter
wait_for "Geen eigen focus meer: spiegel kiest weer zelf."
[ "$(json_get "$SESSION" '"focus" in s')" = false ] || fail "the focus was not cleared"

# o shows the answers; q quits
keys o
wait_for "Overzicht"
wait_for "Je beantwoordde 17 van 18 vragen"
keys q
wait_exit
assert_status 0
exit 0
