#!/bin/sh
# issue 16, "Done when": a voornemen made on the results screen (v, the
# first suggested step, its fields typed, Enter saves); a second run on a
# later day (SPIEGEL_TODAY, passed in as time is) shows it on the start
# screen as due; the look back is recorded on the voornemens screen (4,
# Enter: gedaan, what happened and was learned, a new voornemen that
# follows it); the portfolio contains the voornemen, its look back and the
# new one, which is due on its own day. Also: an own voornemen without a
# first step and a look back without a result are refused with a message
# and nothing is saved; Esc leaves the rows without saving; while typing,
# q is a letter. (plan_start.sh: the look back with spiegel plan update.)
. "$SRCDIR/test/screen/lib.sh"
screen_init plan_results
CONTENT="$SRCDIR/test/data/score/content"

# a finished session of the worked example (plain mode, the input ends
# after the last answer: no voornemens yet)
python3 "$SRCDIR/test/data/score/plain-answers.py" "$SRCDIR/test/data/score/worked.json" \
	"$CONTENT/proef.json" >"$T/in" ||
	fail "the worked example's answers"
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

# a later day: on the start screen, due; the look back on the screen
RUN_ENV="SPIEGEL_TODAY=2026-12-17"
run_spiegel
wait_for "Je voornemens: 1 om op terug te kijken (kies 4)"
assert_screen "15 december 2026 (2 dagen geleden)  Eerste stap om"
assert_screen "4  Je voornemens  (1)"
keys 4
wait_for "Kies een voornemen en druk op Enter"
assert_screen "15 december 2026  Eerste stap om  (2 dagen geleden)"
assert_screen "Eerste stap: Drie ouders bellen, vraag wat ze nodig hebben"
assert_screen "Met wie: de MR"
keys Enter
wait_for "Hoe ging het?"
assert_screen "○ gedaan   ○ deels   ○ nog niet"
# nothing chosen yet: refused, nothing saved
keys Enter
wait_for "Kies hoe het ging"
[ "$(json_get "$P" 'len(s["reviews"])')" = 0 ] || fail "a look back without a result was saved"
keys Right
wait_for "● gedaan"
keys Tab
type_text "Twee ouders gebeld; één vond het fijn dat ik belde"
keys Tab
type_text "Vragen stellen werkt, ook bij ouders die niet zo vaak komen (q?)"
keys Tab
wait_for "Hoe verder?"
# on a small screen the rows scroll so that the current one shows; a
# choice too wide for the line shows the chosen option between arrows
tm resize-window -t spiegel -x 40 -y 12 || fail "tmux resize-window failed"
wait_for "◂ kies met ←→ ▸"
assert_screen "▸ Hoe verder?"
assert_not_screen "Hoe ging het?"
tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
wait_for "Hoe ging het?"
keys 2
wait_for "● een nieuw voornemen"
keys Enter
wait_for "Wat volgt op: Eerste stap om"
assert_screen "Je terugblik wordt opgeslagen samen met dit nieuwe voornemen."
# Esc goes back to the look back as it was typed
keys Escape
wait_for "Twee ouders gebeld; één vond het fijn dat ik belde"
[ "$(json_get "$P" 'len(s["reviews"])')" = 0 ] || fail "Esc saved the look back"
keys Enter
wait_for "Wat volgt op: Eerste stap om"
type_text "Een ouderavond over het schooljaar, met vragen van ouders"
keys Tab
type_text "De uitnodiging schrijven met de MR"
keys Tab
type_text "11-01-2027"
keys Enter
wait_for "Opgeslagen: je terugblik, en het nieuwe voornemen"
assert_screen "11 januari 2027  Een ouderavond over het schooljaar"
assert_screen "17 december 2026  Eerste stap om  (afgesloten)"
keys q
wait_exit
assert_status 0
[ "$(json_get "$P" 's["reviews"][0]["result"]')" = gedaan ] || fail "the look back is not in the file"
[ "$(json_get "$P" 's["reviews"][0]["learned"]')" = "Vragen stellen werkt, ook bij ouders die niet zo vaak komen (q?)" ] ||
	fail "what was learned"
[ "$(json_get "$P" 's["closed"]')" = 2026-12-17 ] || fail "the voornemen is not closed"
B=$(json_get "$P" 's["reviews"][0]["followup"]')
[ -f "$DATA/plans/$B.json" ] || fail "no new voornemen $B"
[ "$(json_get "$DATA/plans/$B.json" 's["previous"]')" = "$A" ] || fail "the new voornemen does not follow $A"
[ "$(json_get "$DATA/plans/$B.json" 's["date"]')" = 2027-01-11 ] || fail "the new voornemen's date"
[ "$(stat -c %a "$DATA/plans/$B.json")" = 600 ] || fail "the new voornemen is not 0600"

# the portfolio holds both, with the look back
SPIEGEL_TODAY=2026-12-17 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" portfolio >"$T/pf" 2>&1 ||
	fail "portfolio"
for want in "Eerste stap om" "Drie ouders bellen, vraag wat ze nodig hebben" \
	"Vragen stellen werkt, ook bij ouders die niet zo vaak komen" "**Terugblik:** 17 december 2026: gedaan" \
	"Een ouderavond over het schooljaar"; do
	grep -qF -- "$want" "$T/pf" || fail "the portfolio lacks: $want"
done
# on the new voornemen's day it is due again
RUN_ENV="SPIEGEL_TODAY=2027-01-11"
run_spiegel
wait_for "Je voornemens: 1 om op terug te kijken (kies 4)"
assert_screen "11 januari 2027 (vandaag)  Een ouderavond over het schooljaar"
keys q
wait_exit
exit 0
