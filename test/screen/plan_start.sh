#!/bin/sh
# The start screen shows the open voornemens (doc/plan.md), due and
# overdue first, on the day passed in as SPIEGEL_TODAY: two voornemens
# made after plain mode's results (proef fixture: the first suggested step
# for 15-12-2026 and an own one for 20-12-2026); on 2026-12-10 both are
# planned, the sooner first; on 2026-12-17 the first is two days overdue
# and the heading says one is due; after its look back (spiegel plan
# update: doorgaan, 2027-01-10) only planned ones remain, the own one first;
# the portfolio holds the look back. Without voornemens the start screen
# shows no such block (start_screen.sh, golden q-start).
. "$SRCDIR/test/screen/lib.sh"
screen_init plan_start
CONTENT="$SRCDIR/test/data/score/content"

{
	python3 "$SRCDIR/test/data/score/plain-answers.py" "$SRCDIR/test/data/score/worked.json" \
		"$CONTENT/proef.json" || fail "the worked example's answers"
	# the first suggested step and an own one, their fields
	printf '%s\n' "1 e" "Drie ouders bellen" "15-12-2026" "de MR" "" "Mijn eigen voornemen" \
		"Een gesprek plannen" "20-12-2026" "" "" ""
} >"$T/in"
SPIEGEL_TODAY=2026-12-01 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" start proef --plain \
	<"$T/in" >"$T/plain.out" 2>&1 || { cat "$T/plain.out" >&2; fail "plain session with voornemens"; }
A=$(sed -n 's/.*Opgeslagen: voornemen \([0-9a-f-]*\) (terugkijken op 15 december 2026).*/\1/p' "$T/plain.out")
[ -n "$A" ] || { cat "$T/plain.out" >&2; fail "no voornemen for 15-12-2026"; }

# both planned, the sooner first
RUN_ENV="SPIEGEL_TODAY=2026-12-10"
run_spiegel
wait_for "Je voornemens: 2 gepland"
assert_screen "15 december 2026 (over 5 dagen)  Eerste stap om"
assert_screen "20 december 2026 (over 10 dagen)  Mijn eigen voornemen"
[ "$(screen | grep -n 'over 5 dagen' | cut -d: -f1)" -lt "$(screen | grep -n 'over 10 dagen' | cut -d: -f1)" ] ||
	fail "the sooner voornemen is not first"
keys q
wait_exit
assert_status 0

# a later day: the first is overdue and comes first
RUN_ENV="SPIEGEL_TODAY=2026-12-17"
run_spiegel
wait_for "Je voornemens: 1 om op terug te kijken (kies 4)"
assert_screen "15 december 2026 (2 dagen geleden)  Eerste stap om"
assert_screen "20 december 2026 (over 3 dagen)  Mijn eigen voornemen"
keys q
wait_exit

# the follow-up, recorded; then nothing is due
printf '2\nEén ouder gebeld\nBellen werkt beter dan mailen\n3\n10-01-2027\n' |
	SPIEGEL_TODAY=2026-12-17 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" plan update "$A" \
		>"$T/update.out" 2>&1 || { cat "$T/update.out" >&2; fail "plan update"; }
grep -q "Opgeslagen: je terugblik op voornemen $A." "$T/update.out" || fail "the look back was not saved"
run_spiegel
wait_for "Je voornemens: 2 gepland"
assert_screen "20 december 2026 (over 3 dagen)  Mijn eigen voornemen"
assert_screen "10 januari 2027 (over 24 dagen)  Eerste stap om"
keys q
wait_exit
assert_status 0
SPIEGEL_TODAY=2026-12-17 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" portfolio >"$T/pf" 2>&1 ||
	fail "portfolio"
grep -q "Bellen werkt beter dan mailen" "$T/pf" || fail "the portfolio lacks the look back"
exit 0
