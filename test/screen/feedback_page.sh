#!/bin/sh
# The feedback page of the results screen (a): the folder with answer
# files typed, then the core's feedback report beside the leader's own
# answers; the same figures as `spiegel report --feedback`; with two
# answers no observer figure; a folder that does not exist is reported, not
# counted; Esc goes back to the results, and the page is only offered for
# a questionnaire others can answer.
. "$SRCDIR/test/screen/lib.sh"
screen_init feedback_page
CONTENT="$SRCDIR/test/data/feedback/content"
sp() {
	"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" "$@"
}
# the leader's session (the context question first, then 16 answers and a
# private open answer)
{
	echo 2
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do echo $((i % 5 + 1)); done
	echo "KANARIE-LEIDER privé"
	echo
} | sp start proef --plain >"$T/self.out" 2>&1 || fail "the leader's session: $(cat "$T/self.out")"
SID=$(sed -n 's/^Sessie-id: //p' "$T/self.out" | head -n 1)
[ -n "$SID" ] || fail "no session id: $(cat "$T/self.out")"
sp invite proef --name Anna -o "$T/form.html" >/dev/null 2>&1 || fail "invite"
mkdir -p "$T/twee" "$T/vier"
for k in 1 2 3 4; do
	{
		echo $((k % 2 + 1))
		for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16; do echo $(((i + k) % 5 + 1)); done
		echo "blijf luisteren $k"
		echo "meer ruimte $k"
	} | sp observe "$T/form.html" --plain -o "$T/vier/a$k.json" >/dev/null 2>&1 ||
		fail "observer $k"
done
cp "$T/vier/a1.json" "$T/vier/a2.json" "$T/twee/"
sp report "$SID" --feedback "$T/vier" >"$T/report.txt" 2>/dev/null || fail "report --feedback"
# the line of the first practice's observers, as the report writes it
WANT=$(grep -m 1 '^    anderen ' "$T/report.txt" | sed 's/^ *//')
[ -n "$WANT" ] || fail "no observer line in the report: $(cat "$T/report.txt")"

run_spiegel resume "$SID"
wait_for "Resultaten"
wait_for "a anderen"
keys a
wait_for "Map:"
wait_for "Enter tonen"
# a folder that is not there: said, nothing counted
type_text "$T/nergens"
keys Enter
wait_for "Meldingen"
assert_screen "Geen feedback te tonen"
assert_screen "nergens"
# two answers: no observer figure anywhere on the page
keys C-u
type_text "$T/twee"
keys Enter
wait_for "Ontvangen: 2 antwoorden"
wait_for "Vraag meer mensen"
screen >"$T/twee.txt"
grep -q "spreiding" "$T/twee.txt" && fail "an observer figure from two answers"
grep -q "KANARIE" "$T/twee.txt" && fail "the leader's private answer on the page"
# four: the figures of the report
keys m
wait_for "Enter tonen"
keys C-u
type_text "$T/vier"
keys Enter
wait_for "Ontvangen: 4 antwoorden"
wait_for "$WANT"
keys Escape
wait_for "a anderen"
assert_screen "Resultaten"
keys q
wait_exit
assert_status 0
