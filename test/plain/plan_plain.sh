#!/bin/sh
# Voornemens and their follow-up without the curses screen (doc/plan.md),
# on the fixture content test/data/score/content ("proef", the worked
# example of doc/scoring.md), with "today" passed in as SPIEGEL_TODAY:
#  - after the results of plain mode: one voornemen from the first
#    suggested step (score's choice: its title and step id) and one of the
#    user's own; a date that is no date and one in the past are asked
#    again; the open answer marked for the portfolio;
#  - spiegel plan on hand-computed days: 2026-12-10 both planned (in 5 and
#    10 days), 2026-12-15 the first due today, 2026-12-22 both overdue, the
#    longest overdue first;
#  - the look back: nog niet + a new date (due again on that day), deels +
#    a new voornemen that follows it (linked both ways), gedaan + closed with
#    the redo date (56 days after a session of 2026-11-02: 2026-12-28);
#  - redone: plan show gives the change in the voornemen's practice (50.0
#    -> 100.0, +50.0 over 4 items, as spiegel compare), spiegel plan says
#    it was redone;
#  - skipping: an empty line or the end of the input makes nothing and
#    changes nothing; a closed voornemen takes no look back;
#  - usage and bad ids; the portfolio holds the voornemens, their look
#    backs and the marked reflection, --from/--to narrow it;
#  - --feedback: a round of three observers (leiderschapsscan) is in the
#    portfolio with the figures of `spiegel feedback` and without their open
#    answers; the answer files are inputs no output replaces.
. "$SRCDIR/test/plain/lib.sh"
plain_init plan_plain
CONTENT="$SRCDIR/test/data/score/content"
WORKED="$SRCDIR/test/data/score/worked.json"

# spt DAY ARGS...: spiegel on day DAY
spt() {
	_day=$1
	shift
	SPIEGEL_TODAY=$_day sp "$@"
}
plan_ids() { # the voornemens' ids, sorted
	for _f in "$DATA"/plans/*.json; do
		_b=$(basename "$_f" .json)
		[ "$_b" = portfolio ] || printf '%s\n' "$_b"
	done
}
newest_plan() { # the id in the output of a dialogue: "Opgeslagen: voornemen ID"
	sed -n 's/.*Opgeslagen: voornemen \([0-9a-f-]*\) .*/\1/p' "$1" | tail -n 1
}

# the worked example's answers as plain-mode lines
python3 "$SRCDIR/test/data/score/plain-answers.py" "$WORKED" "$CONTENT/proef.json" >"$T/answers" ||
	fail "the worked example's answers"

# ---- making voornemens after the results
{
	cat "$T/answers"
	echo "1 e"                     # the first suggested step and an own one
	echo "Drie ouders bellen"      # its first action
	echo "31-11-2026"              # not a date
	echo "30-11-2026"              # past
	echo "15-12-2026"
	echo "de MR"
	echo "Ouders stellen vragen"
	echo "Mijn eigen voornemen"    # the own one
	echo "Een gesprek plannen"
	echo "2026-12-20"
	echo ""                        # with whom: skipped
	echo ""                        # how I notice: skipped
	echo "1"                       # the reflection, for the portfolio
} >"$T/in"
spt 2026-12-01 start proef --plain <"$T/in" >"$T/out" 2>"$T/err"
expect_status $? 0 "plain session with voornemens"
[ -s "$T/err" ] && fail_with "$T/err" "unexpected stderr"
F=$(session_file) || exit 1
SID=$(session_id "$F")
expect_in "$T/out" "Van inzicht naar actie"
expect_in "$T/out" "  1  Eerste stap om (Samenwerken met de omgeving)"
expect_in "$T/out" "  e  een eigen voornemen"
expect_in "$T/out" "Dat is geen datum. Typ een datum als 15-12-2026 (dag-maand-jaar)."
expect_in "$T/out" "Die datum is al voorbij; kies vandaag of een dag daarna."
expect_in "$T/out" "Opgeslagen: 1 van de 1 antwoorden van deze sessie staat in je portfolio."
[ "$(plan_ids | wc -l)" = 2 ] || fail "expected 2 voornemens, found: $(plan_ids)"
[ "$(find "$DATA/plans" -type f ! -perm 600 | wc -l)" = 0 ] || fail "a file in plans/ is not 0600"
[ "$(stat -c %a "$DATA/plans")" = 700 ] || fail "plans/ is not 0700"
A= B=
for id in $(plan_ids); do
	case $(json_get "$DATA/plans/$id.json" 's["text"]') in
	"Eerste stap om") A=$id ;;
	"Mijn eigen voornemen") B=$id ;;
	esac
done
[ -n "$A" ] && [ -n "$B" ] || fail "the two voornemens are not what was chosen"
PA="$DATA/plans/$A.json"
[ "$(json_get "$PA" 's["step"]')" = "$(sp report "$SID" --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["next_steps"][0]["id"])')" ] ||
	fail_with "$PA" "the voornemen is not the report's first next step"
[ "$(json_get "$PA" 's["source"]["session"]')" = "$SID" ] || fail_with "$PA" "not linked to the session"
[ "$(json_get "$PA" 's["practices"]')" = '["omgeving"]' ] || fail_with "$PA" "the step's practice"
[ "$(json_get "$PA" 's["date"]')" = 2026-12-15 ] || fail_with "$PA" "the date"
[ "$(json_get "$PA" 's["with"]')" = "de MR" ] || fail_with "$PA" "with whom"
[ "$(json_get "$DATA/plans/$B.json" 's["with"] + "|" + s["sign"]')" = "|" ] ||
	fail "the skipped answers of the own voornemen are not empty"
[ "$(json_get "$DATA/plans/portfolio.json" 's["marks"]')" = "[{\"session\": \"$SID\", \"item\": \"P.D.R\"}]" ] ||
	fail_with "$DATA/plans/portfolio.json" "the marked reflection"

# ---- the list on hand-computed days
spt 2026-12-10 plan >"$T/l1" 2>&1
expect_status $? 0 "plan on 2026-12-10"
expect_in "$T/l1" "Je voornemens op 10 december 2026"
expect_in "$T/l1" "$A  15 december 2026 (over 5 dagen)"
expect_in "$T/l1" "$B  20 december 2026 (over 10 dagen)"
expect_not_in "$T/l1" "Tijd om terug te kijken"
spt 2026-12-15 plan >"$T/l2" 2>&1
expect_in "$T/l2" "$A  15 december 2026 (vandaag)"
expect_in "$T/l2" "$B  20 december 2026 (over 5 dagen)"
sed -n '/^Tijd om terug te kijken/,/^Gepland/p' "$T/l2" | grep -q "$A" || fail_with "$T/l2" "due today is not under Tijd om terug te kijken"
expect_in "$T/l2" "Kijk terug op je voornemen met: spiegel --data-dir $DATA --content-dir $CONTENT plan update ID."
spt 2026-12-22 plan >"$T/l3" 2>&1
expect_in "$T/l3" "$A  15 december 2026 (7 dagen geleden)"
expect_in "$T/l3" "$B  20 december 2026 (2 dagen geleden)"
[ "$(grep -n "$A" "$T/l3" | cut -d: -f1)" -lt "$(grep -n "$B" "$T/l3" | cut -d: -f1)" ] ||
	fail_with "$T/l3" "the longest overdue is not first"
expect_not_in "$T/l3" "Gepland"

# ---- skipping a look back changes nothing
cp "$PA" "$T/pa.before"
printf '\n' | spt 2026-12-22 plan update "$A" >"$T/u0" 2>&1
expect_status $? 0 "plan update, Enter"
expect_in "$T/u0" "Er is niets veranderd."
spt 2026-12-22 plan update "$A" </dev/null >"$T/u0" 2>&1
expect_status $? 0 "plan update, no input"
printf '2\nHalf\n' | spt 2026-12-22 plan update "$A" >"$T/u0" 2>&1
expect_status $? 0 "plan update, input ends half way"
expect_in "$T/u0" "Invoer beëindigd; er is niets veranderd."
cmp -s "$PA" "$T/pa.before" || fail "a skipped look back changed the voornemen"

# ---- nog niet, with a new date
printf '3\n\n\n3\n04-01-2027\n' | spt 2026-12-22 plan update "$A" >"$T/u1" 2>&1
expect_status $? 0 "plan update: nog niet, new date"
expect_in "$T/u1" "Opgeslagen: je terugblik op voornemen $A."
expect_in "$T/u1" "Je kijkt weer terug op 4 januari 2027."
[ "$(json_get "$PA" 's["date"] + " " + s["reviews"][0]["result"] + " " + s["reviews"][0]["next"]')" = \
	"2027-01-04 nog-niet doorgaan" ] || fail_with "$PA" "the look back as saved"
spt 2026-12-22 plan >"$T/l4" 2>&1
expect_in "$T/l4" "$A  4 januari 2027 (over 13 dagen)"
spt 2027-01-04 plan >"$T/l5" 2>&1
expect_in "$T/l5" "$A  4 januari 2027 (vandaag)"

# ---- deels, and a new voornemen that follows it
printf '2\nIk sprak de MR\nEén gesprek is te weinig\n2\nVaker met de MR praten\nAgenda maken\n2027-01-20\nde MR\nMinder verrassingen\n' |
	spt 2026-12-22 plan update "$B" >"$T/u2" 2>&1
expect_status $? 0 "plan update: deels, new voornemen"
C=$(newest_plan "$T/u2")
[ -n "$C" ] && [ -f "$DATA/plans/$C.json" ] || fail_with "$T/u2" "no new voornemen"
expect_in "$T/u2" "Het voornemen is afgesloten."
PB="$DATA/plans/$B.json"
[ "$(json_get "$PB" 's["closed"] + " " + s["reviews"][0]["next"] + " " + s["reviews"][0]["followup"]')" = \
	"2026-12-22 nieuw $C" ] || fail_with "$PB" "the closed voornemen does not name its follow-up"
[ "$(json_get "$DATA/plans/$C.json" 's["previous"] + " " + s["source"]["session"]')" = "$B $SID" ] ||
	fail "the new voornemen does not follow $B from session $SID"
printf '1\n\n\n1\n' | spt 2026-12-23 plan update "$B" >"$T/u3" 2>&1
expect_status $? 1 "plan update of a closed voornemen"
expect_in "$T/u3" "is al afgesloten (op 22 december 2026)"

# ---- a voornemen from a session of 2026-11-02: closed, redo, redone
python3 - "$WORKED" "$DATA/sessions/20261102-090000-0ld001.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["id"] = "20261102-090000-0ld001"
s["created"] = "2026-11-02T09:00:00Z"
s["updated"] = "2026-11-02T09:20:00Z"
json.dump(s, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
printf '1\nOuders uitnodigen\n05-12-2026\n\n\n' | spt 2026-12-01 plan new 20261102-090000-0ld001 >"$T/n1" 2>&1
expect_status $? 0 "plan new"
D=$(newest_plan "$T/n1")
[ -n "$D" ] || fail_with "$T/n1" "plan new saved nothing"
[ "$(json_get "$DATA/plans/$D.json" 's["source"]["date"]')" = 2026-11-02 ] || fail "the session's day"
printf '1\nGedaan\nHet werkt\n1\n' | spt 2026-12-10 plan update "$D" >"$T/u4" 2>&1
expect_status $? 0 "plan update: gedaan, closed"
# 2026-11-02 + 56 days: 28 days left in November, then 28 in December
expect_in "$T/u4" "Doe \"Proef\" opnieuw vanaf 28 december 2026 (spiegel --data-dir $DATA --content-dir $CONTENT start proef)."
spt 2026-12-10 plan show "$D" >"$T/s1" 2>&1
expect_in "$T/s1" "\"Proef\" opnieuw doen kan vanaf 28 december 2026 (spiegel --data-dir $DATA --content-dir $CONTENT start proef)."
spt 2026-12-28 plan >"$T/l6" 2>&1
expect_in "$T/l6" "Tijd om \"Proef\" opnieuw te doen: spiegel --data-dir $DATA --content-dir $CONTENT start proef"
# redone later (created 2031): the omgeving items all at the top (P.D.03 is
# reverse keyed: 1 counts as 5), so omgeving goes from 50.0 to 100.0
python3 - "$WORKED" "$DATA/sessions/20310101-090000-new001.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["id"] = "20310101-090000-new001"
s["created"] = "2031-01-01T09:00:00Z"
s["updated"] = "2031-01-01T09:20:00Z"
for k, v in {"P.D.01": 5, "P.D.02": 5, "P.D.03": 1, "P.D.04": 5}.items():
    s["answers"][k] = {"value": v}
json.dump(s, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
spt 2031-01-02 plan show "$D" >"$T/s2" 2>&1
expect_status $? 0 "plan show after the redo"
expect_in "$T/s2" "Wat er veranderde (Proef: 2 november 2026 en 1 januari 2031)"
expect_in "$T/s2" " 50,0 -> 100,0   +50,0  (4 vragen)"
expect_in "$T/s2" "Alles: spiegel --data-dir $DATA --content-dir $CONTENT compare 20261102-090000-0ld001 20310101-090000-new001"
sp compare 20261102-090000-0ld001 20310101-090000-new001 >"$T/cmp" 2>&1
grep "Samenwerken met de omgeving" "$T/cmp" | grep -q " 50.0 -> 100.0   +50.0" ||
	fail_with "$T/cmp" "plan show and spiegel compare disagree"
spt 2031-01-02 plan >"$T/l7" 2>&1
expect_in "$T/l7" "Je deed \"Proef\" opnieuw op 1 januari 2031."

# ---- skipping the step after the results
cat "$T/answers" >"$T/in2"
spt 2026-12-01 start proef --plain <"$T/in2" >"$T/out2" 2>&1
expect_status $? 0 "plain session, input ends after the results"
expect_in "$T/out2" "Van inzicht naar actie"
{ cat "$T/answers"; echo ""; echo ""; } >"$T/in3"
spt 2026-12-01 start proef --plain <"$T/in3" >"$T/out3" 2>&1
expect_status $? 0 "plain session, Enter at the voornemens"
expect_in "$T/out3" "Je keuze voor het portfolio is niet veranderd."
[ "$(plan_ids | wc -l)" = 4 ] || fail "skipping made voornemens: $(plan_ids | wc -l)"
# a number not on the list of the one reflection: the hint names that one number
# (its own data dir, so that the counts below stay as they are)
{ cat "$T/answers"; echo ""; echo "7"; echo ""; } >"$T/in4"
SPIEGEL_TODAY=2026-12-01 "$SPIEGEL" --data-dir "$T/data4" --content-dir "$CONTENT" \
	start proef --plain <"$T/in4" >"$T/out4" 2>&1
expect_status $? 0 "plain session, a wrong number at the portfolio"
expect_in "$T/out4" "Typ 1 of Enter (niets veranderen)."
expect_not_in "$T/out4" "van 1 tot 1"

# ---- usage and bad ids
sp plan show >"$T/e" 2>&1
expect_status $? 2 "plan show without an id"
sp plan foo >"$T/e" 2>&1
expect_status $? 2 "plan foo"
sp plan show ../../etc/passwd >"$T/e" 2>&1
expect_status $? 1 "plan show with a path"
expect_in "$T/e" "is geen id van een voornemen"
sp plan show 20991231-000000-abcdef >"$T/e" 2>&1
expect_status $? 1 "plan show of a voornemen that does not exist"
expect_in "$T/e" "voornemen 20991231-000000-abcdef bestaat niet"
sp plan --from 2026-01-01 >"$T/e" 2>&1
expect_status $? 2 "--from outside portfolio"
SPIEGEL_TODAY=morgen sp plan >"$T/o" 2>"$T/e"
expect_status $? 0 "a bad SPIEGEL_TODAY"
expect_in "$T/e" "SPIEGEL_TODAY is geen datum als 2026-12-15"

# ---- the portfolio
spt 2031-01-02 portfolio >"$T/pf" 2>"$T/pfe"
expect_status $? 0 "portfolio"
expect_in "$T/pf" "# Portfolio: mijn ontwikkeling als schoolleider"
expect_in "$T/pf" "## Wat dit portfolio bevat"
expect_in "$T/pf" "## Wat dit portfolio niet bevat"
expect_in "$T/pf" "Gemaakt op 2 januari 2031 met spiegel."
expect_in "$T/pf" "4 voornemens met je terugblikken"
expect_in "$T/pf" "1 reflectie: antwoorden op open vragen"
expect_in "$T/pf" "### Proefdomein"
expect_in "$T/pf" "Eerste stap om"
expect_in "$T/pf" "**Wat er gebeurde:** Ik sprak de MR"
expect_in "$T/pf" "**Hoe verder:** een nieuw voornemen"
expect_in "$T/pf" "| 1 januari 2031 | Proef | 100,0 | Sterk | 4 | +50,0 |"
expect_in "$T/pf" "> Ik neem mee dat ik vaker vraag wat ouders nodig hebben."
sp portfolio --from 2030-01-01 --to 2031-12-31 >"$T/pf2" 2>&1
expect_status $? 0 "portfolio --from --to"
expect_in "$T/pf2" "Periode: 1 januari 2030 tot en met 31 december 2031"
expect_in "$T/pf2" "1 afgeronde sessie van 1 vragenlijst"
expect_in "$T/pf2" "Wat buiten de periode valt: 4 sessies en 4 voornemens."
expect_not_in "$T/pf2" "Eerste stap om"
sp portfolio --from 2031-01-01 --to 2030-01-01 >"$T/e" 2>&1
expect_status $? 2 "--from after --to"
sp portfolio --from gisteren >"$T/e" 2>&1
expect_status $? 2 "--from with no date"
sp portfolio --format pdf >"$T/e" 2>&1
expect_status $? 2 "--format pdf"
sp portfolio -o "$T/p.html" >"$T/o" 2>&1
expect_status $? 0 "portfolio -o p.html"
expect_in "$T/o" "Portfolio geschreven: $T/p.html"
head -c 15 "$T/p.html" | grep -q '<!DOCTYPE html>' || fail "-o p.html is not HTML"
no_escapes "$T/pf"

# ---- marks by command, and delete
sp portfolio unmark "$SID" P.D.R >"$T/o" 2>&1
expect_status $? 0 "portfolio unmark"
sp portfolio >"$T/pf3" 2>&1
expect_not_in "$T/pf3" "Ik neem mee dat ik vaker vraag"
sp portfolio mark "$SID" P.D.R >"$T/o" 2>&1
expect_status $? 0 "portfolio mark"
expect_in "$T/o" "$SID P.D.R: in je portfolio"
sp portfolio mark "$SID" P.A.01 >"$T/o" 2>&1
expect_status $? 1 "portfolio mark of a likert item"
expect_in "$T/o" "P.A.01: geen open vraag"
sp plan delete "$C" >"$T/o" 2>&1
expect_status $? 0 "plan delete"
[ -e "$DATA/plans/$C.json" ] && fail "plan delete left the file"

# ---- feedback rounds in the portfolio (the bundled content)
CONTENT="$SRCDIR/content"
FQ=leiderschapsscan
mkdir "$T/ans"
sp invite $FQ --name Anna -o "$T/form.html" >"$T/o" 2>&1
expect_status $? 0 "invite"
N=$(python3 -c 'import json,sys; q=json.load(open(sys.argv[1])); print(sum(1 for s in q["sections"] for i in s["items"] if i["type"]=="likert"))' "$CONTENT/$FQ.json")
for k in 1 2 3; do
	python3 -c 'import sys
k, n = int(sys.argv[1]), int(sys.argv[2])
print(1)
for i in range(n):
    print(1 + (i * (k + 2) + k) % 5)
print("ALLEEN-VOOR-ANNA %d" % k)
print("Meer %d" % k)' $k "$N" | sp observe "$T/form.html" -o "$T/ans/a$k.json" --plain >"$T/o" 2>&1 ||
		fail_with "$T/o" "observe $k"
done
sp portfolio --feedback "$T/ans" >"$T/pff" 2>"$T/pffe"
expect_status $? 0 "portfolio --feedback"
expect_in "$T/pff" "1 feedbackronde: hoe anderen je praktijken zien"
expect_in "$T/pff" "## Feedbackrondes"
expect_in "$T/pff" "Leiderschapsscan (3 antwoorden)"
expect_not_in "$T/pff" "ALLEEN-VOOR-ANNA"
sp feedback "$T/ans" >"$T/fb" 2>&1
# every figure of the portfolio's round is the report's
sed -n '/^### .*Leiderschapsscan (3 antwoorden)/,/^## /p' "$T/pff" | grep '^| Leidinggeven\|^| Persoonlijk' >"$T/rows"
[ -s "$T/rows" ] || fail_with "$T/pff" "no practice rows in the feedback round"
while IFS='|' read -r _ _ practice score n _; do
	practice=$(echo "$practice" | sed 's/^ *//; s/ *$//')
	score=$(echo "$score" | tr -d ' ')
	grep -A1 -F "  $practice" "$T/fb" | grep -q "anderen *$score " ||
		fail_with "$T/fb" "the portfolio's $score for $practice is not the report's"
done <"$T/rows"
cp "$T/ans/a1.json" "$T/a1.before"
sp portfolio --feedback "$T/ans" -o "$T/ans/a1.json" >"$T/o" 2>&1
expect_status $? 1 "portfolio -o over an answer file it reads"
cmp -s "$T/ans/a1.json" "$T/a1.before" || fail "portfolio -o changed an answer file"
sp portfolio "$T/ans" >"$T/o" 2>&1
expect_status $? 2 "a path without --feedback"
exit 0
