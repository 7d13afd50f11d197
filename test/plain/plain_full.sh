#!/bin/sh
# A whole visie session in plain mode from a here-document: numbers for
# choice and likert items, 0 for n.v.t., a line of text for open items, one
# empty line to skip an item and one "terug" to go back and change an answer.
. "$SRCDIR/test/plain/lib.sh"
plain_init plain_full

# Lines, in order (item numbers as in content/visie.json):
#  1-5 context choices; 6 A1.01 = 4, then "terug" on 7 goes back to 6,
#  which becomes 5; 7 = 3; 8 skipped (empty line); 9 n.v.t. (0);
#  10 open; 11-14; 15 open; 16-19; 20 open; 21-24; 25 open; 26-29; 30 open;
#  31 n.v.t., 32-34; 35 open; 36-39; 40 open; 41-44; 45 open.
#  After every open answer spiegel asks whether it may be shared with the
#  group: an empty line, n, nee and N all keep it private, and after the last
#  one the input ends (also private).
sp start visie --plain >"$T/out" 2>"$T/err" <<'IN'
1
2
3
4
1
4
terug
5
3

0
Eerlijkheid gaf de doorslag, en dat zagen ze aan mijn keuze.

1
2
3
4
Iedereen deed mee; één verschil bleef liggen.
n
5
4
3
2
Bij de weekopening.
nee
1
1
2
2
Het rapportfolio.

3
3
4
4
De tevredenheidspeiling: wat doen we ermee?
N
0
5
1
2
Over toetsing.

3
4
5
1
Het verzoek van de sportvereniging.

2
3
4
5
Het maandagoverleg.
IN
status=$?
expect_status "$status" 0 "spiegel start visie --plain"
[ -s "$T/err" ] && fail_with "$T/err" "unexpected messages on stderr"

expect_in "$T/out" "[vraag 1 van 45]"
expect_in "$T/out" "[vraag 45 van 45]"
expect_in "$T/out" "== Over jou en je school =="
grep -q '^> ' "$T/out" || fail_with "$T/out" "no prompt line starting with '> '"
# after "terug" item 6 is shown again with the answer given before
expect_in "$T/out" "Huidig antwoord: 4 eens"
# the final text report
expect_in "$T/out" "Leiderschapspraktijken"
expect_in "$T/out" "Focus"
expect_in "$T/out" "Volgende stappen"
expect_in "$T/out" "Jouw reflecties"
expect_in "$T/out" "Iedereen deed mee; één verschil bleef liggen."
expect_in "$T/out" "44 van 45 vragen beantwoord"
[ "$(grep -c -F "Mag dit antwoord gedeeld worden met de groep (zonder je naam)? j: delen" "$T/out")" = 8 ] ||
	fail_with "$T/out" "expected the sharing question after each of the 8 open answers"
[ "$(grep -c -F "Privé: alleen voor jou." "$T/out")" = 8 ] ||
	fail_with "$T/out" "expected 8 open answers kept private"
grep -q '^Sessie-id: [0-9a-z-]*$' "$T/out" || fail_with "$T/out" "no 'Sessie-id: ' line"
# the results end with the session id; only the optional voornemens step
# (doc/plan.md) follows, ended here by the end of the input
sed '/^Voornemens$/,$d' "$T/out" | sed '/^$/d' >"$T/results"
[ "$(tail -n 1 "$T/results" | cut -c1-11)" = "Sessie-id: " ] ||
	fail_with "$T/out" "the results do not end with the session id"
expect_in "$T/out" "Van inzicht naar actie"
no_escapes "$T/out"

F=$(session_file) || exit 1
id=$(session_id "$F")
[ "$(tail -n 1 "$T/results")" = "Sessie-id: $id" ] || fail "the last line of the results does not name session $id"
python3 - "$F" <<'PY' || fail "the session file does not hold the answers given"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
a = s["answers"]
exp = {
    "VIS.CTX.01": {"choice": "po"},
    "VIS.A1.01": {"value": 5},          # changed after "terug"
    "VIS.A1.05": {"value": 3},
    "VIS.A1.04": {"na": True},
    "VIS.A1.R": {"text": "Eerlijkheid gaf de doorslag, en dat zagen ze aan mijn keuze."},
    "VIS.A2.R": {"text": "Iedereen deed mee; één verschil bleef liggen."},
    "VIS.A5.R": {"text": "De tevredenheidspeiling: wat doen we ermee?"},
    "VIS.A6.01": {"na": True},
    "VIS.A6.02": {"value": 5},
    "VIS.A8.04": {"value": 5},
    "VIS.A8.R": {"text": "Het maandagoverleg."},
}
bad = [k for k, v in exp.items() if a.get(k) != v]
if "VIS.A1.03" in a:
    bad.append("VIS.A1.03 was skipped but has an answer")
shared = [k for k, v in a.items() if "shared" in v]
if shared:
    bad.append("shared without a yes: %s" % shared)
if len(a) != 44:
    bad.append("%d answers, expected 44" % len(a))
if s.get("finished") is not True:
    bad.append("not finished")
for k in bad:
    print(k, a.get(k))
sys.exit(1 if bad else 0)
PY
exit 0
