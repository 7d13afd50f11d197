#!/bin/sh
# A whole meeting in plain mode and the follow-up at the next one (issue
# 17): spiegel intervisie GROEP bijeenkomst --plain on a group without
# meetings (format /1): date, method, casus with two themes, the phases of
# ALACT with a card question marked and the timer paused and resumed, the
# notes, a step per participant (a catalogue step, own words, one skipped),
# the next date; every answer saved at once (format /2). The second meeting
# opens with last time's steps and records gedaan / deels with what
# happened; the report holds it. stop and the end of the input keep what
# was answered; without --plain the screens are not there yet (status 2).
. "$SRCDIR/test/plain/lib.sh"
plain_init intervisie_meeting

CONTENT="$SRCDIR/test/data/golden/content"
GID=20261201-080000-9f9f9f
G="$DATA/intervisie/$GID.json"
mkdir -p "$DATA/intervisie" && chmod 700 "$DATA" "$DATA/intervisie"
cp "$SRCDIR/test/data/golden/intervisie/groep.json" "$G" && chmod 600 "$G"

sp intervisie "$GID" bijeenkomst >"$T/out" 2>"$T/err"
[ $? = 2 ] || fail "bijeenkomst without --plain: status is not 2"
expect_in "$T/err" "gebruik 'intervisie GROEP bijeenkomst --plain'"

# the first meeting, from the date to the next date
cat >"$T/m1.in" <<'IN'
2026-12-01
6
2
Een café-overleg met Zoë liep vast.
Hoe open ik het gesprek opnieuw?
Een mail met argumenten.
?
WEE.W4 visie
Opening, casus, stappen.
g WEE.W4 1
g WEE.W4 3
g NERGENS 1
p
p





Wie was erbij betrokken?
Ik ging te snel uitleggen.
?
NS-ver-01
2027-01-10
Het team noemt zelf twee punten.
Elk gesprek begin ik met twee open vragen.
2026-12-20
Collega's zeggen: ja, dat bedoel ik.

2027-01-12
IN
sp intervisie "$GID" bijeenkomst --plain <"$T/m1.in" >"$T/m1.out" 2>"$T/m1.err" ||
	fail_with "$T/m1.err" "the first meeting: status $?"
expect_in "$T/m1.out" "Bijeenkomst 1 van Intervisie Noord & Oost op 1 december 2026, Reflectiecyclus (ALACT)"
expect_in "$T/m1.out" "algemene vakkennis"
expect_in "$T/m1.out" "Fase 1 van 5: Handelen (5 min)"
expect_in "$T/m1.out" "Fase 5 van 5: Uitproberen (10 min)"
expect_in "$T/m1.out" "Kaart WEE.W4: Herkennen, verkennen, erkennen, ombuigen"
expect_in "$T/m1.out" "Bron: "
expect_in "$T/m1.out" "(gebruikt)"
expect_in "$T/m1.out" "WEE.W4                 Herkennen, verkennen, erkennen, ombuigen"
expect_in "$T/m1.out" "typ g, een kaart en het nummer van een vraag"
grep -q 'Timer: [0-9][0-9]:[0-9][0-9] van 05:00 (gepauzeerd)$' "$T/m1.out" ||
	fail_with "$T/m1.out" "the paused timer is not shown"
grep -q 'Fase klaar: [0-9][0-9]:[0-9][0-9] van 15:00$' "$T/m1.out" ||
	fail_with "$T/m1.out" "the end of a phase does not show its time"
# ? at a step lists the steps of the casus's practices (veranderstrategie
# through WEE.W4, visie), not those of other practices
expect_in "$T/m1.out" "NS-ver-01    Analyseer voordat je verandert"
expect_in "$T/m1.out" "NS-visie-01"
contains "$T/m1.out" "NS-con-01" && fail "? lists the steps of a practice the casus is not about"
expect_in "$T/m1.out" "Opgeslagen. Het verslag: spiegel intervisie $GID verslag 1"
[ "$(stat -c %a "$G")" = 600 ] || fail "the group file is not 0600"
python3 - "$G" <<'PY' || fail_with "$G" "the first meeting is not in the group file as answered"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert g["format"] == "spiegel-intervisie/2", g["format"]
assert len(g["meetings"]) == 1
m = g["meetings"][0]
assert (m["date"], m["method"], m["inbrenger"]) == ("2026-12-01", "alact", "Bram"), m
assert m["situatie"] == "Een café-overleg met Zoë liep vast.", m["situatie"]
assert m["tags"] == ["WEE.W4", "visie"], m["tags"]
assert m["asked"] == [{"card": "WEE.W4", "question": 1}, {"card": "WEE.W4", "question": 3}], m["asked"]
assert m["phase"] == 5 and m["timer"]["running"] is False, (m["phase"], m["timer"])
assert m["vragen"] == "Wie was erbij betrokken?" and m["inzicht"] == "Ik ging te snel uitleggen."
steps = {s["alias"]: s for s in m["steps"]}
assert set(steps) == {"Anouk", "Bram"}, steps
assert steps["Anouk"]["step"] == "NS-ver-01" and steps["Anouk"]["date"] == "2027-01-10"
assert steps["Bram"]["text"] == "Elk gesprek begin ik met twee open vragen."
assert steps["Bram"]["signal"] == "Collega's zeggen: ja, dat bedoel ik."
assert m["next"] == "2027-01-12"
PY

# the second meeting: the follow-up of both steps, then stop
printf '2027-01-12\n1\ng\nHet team kwam met drie punten.\nd\nIn twee van de vier gesprekken.\nstop\n' >"$T/m2.in"
sp intervisie "$GID" bijeenkomst --plain <"$T/m2.in" >"$T/m2.out" 2>"$T/m2.err" ||
	fail_with "$T/m2.err" "the second meeting: status $?"
expect_in "$T/m2.out" "Terugblik op de stappen van de vorige keer"
expect_in "$T/m2.out" "Anouk, stap van bijeenkomst 1 (1 december 2026): Analyseer voordat je verandert"
expect_in "$T/m2.out" "Bram, stap van bijeenkomst 1 (1 december 2026): Elk gesprek begin ik met twee open vragen."
contains "$T/m2.out" "Jaël Özdemir, stap" && fail "Jaël had no step, yet is asked about one"
# nothing shared yet: the group's report says so; then the group agrees
sp intervisie "$GID" verslag 2 >"$T/v2.md" 2>"$T/err" || fail_with "$T/err" "verslag 2"
expect_in "$T/v2.md" "de groep heeft niet afgesproken de terugblik op eerdere stappen te delen"
contains "$T/v2.md" "Het team kwam met drie punten." && fail "the follow-up is shared without consent"
sp intervisie "$GID" delen terugblik,stappen >"$T/out" 2>"$T/err" || fail_with "$T/err" "delen"
sp intervisie "$GID" verslag 2 >"$T/v2.md" 2>"$T/err" || fail_with "$T/err" "verslag 2"
expect_in "$T/v2.md" "## Terugblik op de vorige stappen"
expect_in "$T/v2.md" "Stand: gedaan. Het team kwam met drie punten."
expect_in "$T/v2.md" "Stand: deels. In twee van de vier gesprekken."
sp intervisie "$GID" bijeenkomsten >"$T/list" 2>"$T/err" || fail_with "$T/err" "bijeenkomsten"
expect_in "$T/list" "  2  12 januari 2027  Incidentmethode; volgende stappen: 0 van 3; terugblik: 2 van 2; bij fase 1 van 5"

# going on with meeting 2: the follow-up is not asked again; the end of the
# input keeps what was answered
# a line longer than any answer is refused, its rest not taken as the next
python3 -c 'print("1"); print("x" * 5000); print("Situatie twee.")' >"$T/m3.in"
sp intervisie "$GID" bijeenkomst 2 --plain <"$T/m3.in" >"$T/m3.out" 2>"$T/m3.err" ||
	fail_with "$T/m3.err" "meeting 2 again: status $?"
contains "$T/m3.out" "Terugblik op de stappen" && fail "the follow-up is asked twice"
expect_in "$T/m3.out" "Te lang (hoogstens 4000 tekens); niet bewaard."
python3 - "$G" <<'PY' || fail "meeting 2's casus was not saved at the end of the input"
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))["meetings"][1]
assert m["inbrenger"] == "Anouk" and m["situatie"] == "Situatie twee.", m
PY
sp intervisie "$GID" bijeenkomst 3 --plain </dev/null >"$T/out" 2>"$T/err"
[ $? = 1 ] || fail "bijeenkomst 3 of 2: status is not 1"
echo "ok: a meeting in plain mode and its follow-up"
