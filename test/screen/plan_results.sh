#!/bin/sh
# issue 16, "Done when": a voornemen made on the results screen (v, the
# first suggested step, its fields typed, Enter saves); a second run on a
# later day (SPIEGEL_TODAY, passed in as time is) shows it on the start
# screen as due; the follow-up is recorded (spiegel plan update); the
# portfolio contains the voornemen and its look back. Also: an own
# voornemen without a first step is refused with a message and nothing is
# saved; Esc leaves the fields without saving; while typing, q is a letter.
. "$SRCDIR/test/screen/lib.sh"
screen_init plan_results
CONTENT="$SRCDIR/test/data/score/content"

# a finished session of the worked example (plain mode, the input ends
# after the last answer: no voornemens yet)
python3 - "$SRCDIR/test/data/score/worked.json" "$CONTENT/proef.json" >"$T/in" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
q = json.load(open(sys.argv[2], encoding="utf-8"))
for sec in q["sections"]:
    for it in sec["items"]:
        a = s["answers"].get(it["id"], {})
        if not a:
            print("")
        elif "choice" in a:
            print(1 + [o["value"] for o in it["options"]].index(a["choice"]))
        elif "na" in a:
            print(0)
        elif "value" in a:
            print(a["value"])
        else:
            print(a["text"])
            print("")
PY
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" start proef --plain <"$T/in" >"$T/plain.out" 2>&1 ||
	{ cat "$T/plain.out" >&2; fail "plain session"; }
plans() { ls "$DATA"/plans/*.json 2>/dev/null | grep -v portfolio.json; }

RUN_ENV="SPIEGEL_TODAY=2026-12-01"
run_spiegel
wait_for "Eerdere resultaten bekijken"
keys 3
wait_for "Proef"
keys Enter
wait_for "v voornemen"
keys v
wait_for "Van inzicht naar actie"
assert_screen "1  Eerste stap om"
assert_screen "e  Een eigen voornemen"
# an own voornemen without a first step: refused, nothing saved
keys End
wait_changed
keys Enter
wait_for "Wat neem je je voor?"
type_text "Iets voor mezelf"
keys Enter
wait_for "Schrijf je eerste concrete stap op."
[ -z "$(plans)" ] || fail "a voornemen without a first step was saved"
keys Escape
wait_for "Van inzicht naar actie"
# the first suggested step; q typed in a field is a letter
keys Home
keys Enter
wait_for "Je eerste concrete stap"
type_text "Drie ouders bellen, vraag wat ze nodig hebben"
keys Tab
type_text "15-12-2026"
keys Tab
type_text "de MR"
keys Tab
type_text "Ouders stellen vaker vragen (q)"
keys Enter
wait_for "Opgeslagen: voornemen"
assert_running
P=$(plans)
[ "$(echo "$P" | wc -l)" = 1 ] || fail "expected one voornemen, found: $P"
[ "$(json_get "$P" 's["text"]')" = "Eerste stap om" ] || fail "the voornemen is not the first step"
[ "$(json_get "$P" 's["date"]')" = 2026-12-15 ] || fail "the date"
[ "$(json_get "$P" 's["sign"]')" = "Ouders stellen vaker vragen (q)" ] || fail "the last field"
[ "$(json_get "$P" 's["practices"]')" = '["omgeving"]' ] || fail "the step's practice"
[ "$(stat -c %a "$P")" = 600 ] || fail "the voornemen is not 0600"
A=$(basename "$P" .json)
keys Escape
wait_for "v voornemen"
keys q
wait_exit
assert_status 0

# a later day: on the start screen, due
RUN_ENV="SPIEGEL_TODAY=2026-12-17"
run_spiegel
wait_for "Je voornemens: 1 om op terug te kijken (spiegel plan update)"
assert_screen "15-12-2026 (2 dagen geleden)  Eerste stap om"
keys q
wait_exit
assert_status 0

# the follow-up, and the portfolio
printf '1\nTwee ouders gebeld\nVragen stellen werkt\n1\n' |
	SPIEGEL_TODAY=2026-12-17 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" plan update "$A" \
		>"$T/update.out" 2>&1 || { cat "$T/update.out" >&2; fail "plan update"; }
grep -q "Het voornemen is afgesloten." "$T/update.out" || fail "the voornemen was not closed"
[ "$(json_get "$P" 's["reviews"][0]["result"]')" = gedaan ] || fail "the look back is not in the file"
SPIEGEL_TODAY=2026-12-17 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" portfolio >"$T/pf" 2>&1 ||
	fail "portfolio"
for want in "Eerste stap om" "Drie ouders bellen, vraag wat ze nodig hebben" "Vragen stellen werkt" \
	"**Terugblik:** 17-12-2026: gedaan"; do
	grep -qF -- "$want" "$T/pf" || fail "the portfolio lacks: $want"
done
RUN_ENV="SPIEGEL_TODAY=2026-12-17"
run_spiegel
wait_for "Eerdere resultaten bekijken"
assert_not_screen "Je voornemens"
keys q
wait_exit
exit 0
