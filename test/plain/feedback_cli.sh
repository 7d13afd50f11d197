#!/bin/sh
# Feedback from others on the command line (issue 15):
#  - invite: a private round file, a form (default name, -o, stdout), usage
#    errors; the form holds nothing of the leader's sessions;
#  - observe --plain: role, answers, "weet niet", terug, invalid input,
#    stop and the end of the input, the answer file's keys, -o never over
#    the form or a session;
#  - feedback / report --feedback: two observers give no observer figure in
#    any format; seven (3 teamleden, 2 collega's, 1 bestuurder, 1 anders)
#    match the independent computation (feedback_figures.py) in every
#    format, the two collega's folded into "anderen"; duplicates, another
#    round, another form, broken files: reported and skipped, and said in
#    the report; two rounds: --round; a session of another questionnaire
#    and a round whose questions changed are refused.
. "$SRCDIR/test/plain/lib.sh"
plain_init feedback_cli

Q=leiderschapsscan
W="$T/work"
mkdir -p "$W" "$T/ans" "$T/o"
cd "$W" || exit 1

# ------------------------------------------------------------- invite
sp invite weerstand >"$T/o/e1" 2>&1
expect_status $? 1 "invite weerstand"
expect_in "$T/o/e1" "heeft geen vragen voor anderen"
sp invite bestaatniet >"$T/o/e2" 2>&1
expect_status $? 1 "invite of an unknown questionnaire"
sp invite $Q --name "$(printf 'Anna\nBert')" >"$T/o/e3" 2>&1
expect_status $? 2 "invite --name with a newline"
sp feedback --name Anna x >"$T/o/e4" 2>&1
expect_status $? 2 "--name with feedback"

# a leader's session first, with a private open answer (the canary)
python3 - "$CONTENT/$Q.json" >"$T/o/self.in" <<'EOF'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
k = 0
for s in q["sections"]:
    for it in s["items"]:
        if it["type"] == "likert":
            print(1 + (k * 3) % 5)
            k += 1
        elif it["type"] == "open":
            print("KANARIE-LEIDER wat ik niemand vertel")
            print("")
        else:
            print(2)  # vo: the form takes the sector's words
EOF
sp start $Q --plain <"$T/o/self.in" >"$T/o/self.out" 2>&1 || fail_with "$T/o/self.out" "leader session"
SID=$(sed -n 's/^Sessie-id: //p' "$T/o/self.out" | head -n 1)

sp invite $Q --name "Anna" >"$T/o/inv.out" 2>"$T/o/inv.err"
expect_status $? 0 "invite without -o"
set -- "$W"/feedbackformulier-$Q-*.html
[ -f "$1" ] || fail_with "$T/o/inv.out" "no form in the working directory"
FORM=$1
expect_in "$T/o/inv.out" "Formulier: feedbackformulier-$Q-"
expect_in "$T/o/inv.out" "geen antwoorden van jou"
# whom to invite: who can see what happens with the bestuur and partners
expect_in "$T/o/inv.out" "Wie nodig je uit? Mensen die je werk echt zien."
expect_in "$T/o/inv.out" 'vult die in als "kan ik niet beoordelen"'
[ "$(stat -c %a "$FORM")" = 600 ] || fail "the form has mode $(stat -c %a "$FORM")"
set -- "$DATA"/feedback/*.json
[ $# = 1 ] && [ -f "$1" ] || fail "expected one round file in $DATA/feedback"
RF=$1
ROUND=$(basename "$RF" .json)
[ "$(stat -c %a "$RF")" = 600 ] && [ "$(stat -c %a "$DATA/feedback")" = 700 ] ||
	fail "round file or folder not private"
[ "$(json_get "$RF" 's["sector"]')" = vo ] || fail "the round does not take the leader's sector"
expect_not_in "$FORM" "docenten"
# role-neutral: the observer may be the bestuurder or a colleague leader
expect_not_in "$FORM" "je leidinggevende"
expect_in "$FORM" "In de vragen heet Anna kortweg &quot;de schoolleider&quot;."
expect_in "$FORM" "Wat moet de schoolleider vooral blijven doen?"
expect_in "$FORM" "leraren"
for f in "$FORM" "$RF"; do
	expect_not_in "$f" "KANARIE-LEIDER"
	expect_not_in "$f" "$SID"
done
# to stdout with -o -
sp invite visie -o - >"$T/o/std.html" 2>"$T/o/std.err"
expect_status $? 0 "invite -o -"
expect_in "$T/o/std.html" '<html lang="nl">'
expect_in "$T/o/std.err" "Feedbackronde"

# ------------------------------------------------------------- observe
N=$(python3 -c 'import json,sys; q=json.load(open(sys.argv[1])); print(sum(1 for s in q["sections"] for i in s["items"] if i["type"]=="likert"))' "$CONTENT/$Q.json")
# observer K with role R (1-4): answers 0-5 by a pattern, two open answers
answers() { # K R
	python3 -c 'import sys
k, r, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
print(r)
for i in range(n):
    print((i * (k + 2) + k) % 6)
print("Blijven %d" % k)
print("Meer %d" % k)' "$1" "$2" "$N"
}
# stop: nothing written
printf '1\n3\nstop\n' | sp observe "$FORM" --plain -o "$T/o/stopped.json" >"$T/o/s.out" 2>&1
expect_status $? 1 "observe, stop"
[ -e "$T/o/stopped.json" ] && fail "observe wrote a file after stop"
expect_in "$T/o/s.out" "er is niets opgeslagen"
# end of input before the role: nothing
printf '' | sp observe "$FORM" --plain -o "$T/o/norole.json" >"$T/o/n.out" 2>&1
expect_status $? 1 "observe without input"
[ -e "$T/o/norole.json" ] && fail "observe wrote a file without a role"
# invalid input asks again, terug goes back, the end of the input saves
printf '9\n1\n7\n4\nterug\n2\n0\n' | sp observe "$FORM" --plain -o "$T/o/partial.json" >"$T/o/p.out" 2>&1
expect_status $? 0 "observe, partial"
expect_in "$T/o/p.out" "Typ een getal van 1 tot en met 4"
expect_in "$T/o/p.out" "Typ een getal van 0 tot en met 5"
# the same "not seen" wording as the form, apart from "nooit", and the name
expect_in "$T/o/p.out" "  0. kan ik niet beoordelen (telt niet mee)"
expect_in "$T/o/p.out" 'Kies "nooit" alleen als je in de situaties komt'
expect_in "$T/o/p.out" 'In de vragen heet Anna kortweg "de schoolleider".'
expect_not_in "$T/o/p.out" "weet ik niet"
expect_not_in "$T/o/p.out" "leidinggevende van"
[ "$(json_get "$T/o/partial.json" 's["answers"]')" = '{"SCAN.01.01": 2, "SCAN.01.02": "weet niet"}' ] ||
	fail_with "$T/o/partial.json" "partial answers wrong"
[ "$(json_get "$T/o/partial.json" 'sorted(s)')" = '["answers", "form", "format", "response", "role", "round"]' ] ||
	fail_with "$T/o/partial.json" "unexpected keys in the answer file"
expect_not_in "$T/o/partial.json" "Anna"
# -o never over the form or a session
answers 0 1 | sp observe "$FORM" --plain -o "$FORM" >"$T/o/x.out" 2>&1
expect_status $? 1 "observe -o onto the form"
answers 0 1 | sp observe "$FORM" --plain -o "$DATA/sessions/$SID.json" >"$T/o/x2.out" 2>&1
expect_status $? 1 "observe -o onto a session"
grep -q "KANARIE-LEIDER" "$DATA/sessions/$SID.json" || fail "the session was overwritten"

# seven observers: 3 teamleden, 2 collega's, 1 bestuurder, 1 anders
k=0
for r in 1 1 1 2 2 3 4; do
	answers $k $r | sp observe "$FORM" -o "$T/ans/a$k.json" --plain >"$T/o/obs$k.out" 2>&1 ||
		fail_with "$T/o/obs$k.out" "observe $k"
	k=$((k + 1))
done

# ------------------------------------------------------ two observers
mkdir "$T/two"
cp "$T/ans/a3.json" "$T/ans/a4.json" "$T/two/"
for f in text markdown html json csv; do
	sp report "$SID" --feedback "$T/two" --format $f >"$T/o/two.$f" 2>"$T/o/two.$f.err"
	expect_status $? 0 "two observers, $f"
	for w in "Blijven 3" "Meer 4" "Visiegestuurd" "blinde vlek" "collega-leidinggevende"; do
		expect_not_in "$T/o/two.$f" "$w"
	done
	# (the CSV header names the column)
	[ $f = csv ] || expect_not_in "$T/o/two.$f" spreiding
done
expect_in "$T/o/two.text" "pas vanaf 3"
[ "$(json_get "$T/o/two.json" '[s["shown"], s["practices"], s["open"]]')" = '[false, [], {"blijven": [], "meer": []}]' ] ||
	fail_with "$T/o/two.json" "json with two observers holds figures"
[ "$(wc -l <"$T/o/two.csv")" = 1 ] || fail_with "$T/o/two.csv" "csv with two observers has rows"

# ------------------------------------------------------ seven observers
python3 "$SRCDIR/test/plain/feedback_figures.py" --spiegel "$SPIEGEL" --content "$CONTENT" \
	--data "$DATA" --session "$SID" --answers "$T/ans" --expect-n 7 >"$T/o/fig.out" 2>&1 ||
	fail_with "$T/o/fig.out" "the figures differ from the independent computation"
cat "$T/o/fig.out"
for f in text markdown html json csv; do
	sp report "$SID" --feedback "$T/ans" --format $f >"$T/o/seven.$f" 2>"$T/o/seven.$f.err" ||
		fail_with "$T/o/seven.$f.err" "seven, $f"
	# the two collega's and the one bestuurder are in "anderen"
	for w in collega-leidinggevende bestuurders KANARIE-LEIDER; do
		expect_not_in "$T/o/seven.$f" "$w"
	done
done
expect_in "$T/o/seven.text" "Ontvangen: 7 antwoorden (teamleden 3, anderen 4)"
expect_in "$T/o/seven.text" "Blijven 6"
# without the session: the observers' figures, no self, no blind spots
sp feedback "$T/ans" >"$T/o/fb.text" 2>"$T/o/fb.err" || fail_with "$T/o/fb.err" "feedback"
expect_not_in "$T/o/fb.text" "jij "
expect_not_in "$T/o/fb.text" "Blinde vlekken"
expect_in "$T/o/fb.text" "spreiding"

# ------------------------------------------------- files that do not count
mkdir "$T/mixed"
cp "$T/ans"/*.json "$T/mixed/"
cp "$T/ans/a0.json" "$T/mixed/kopie-a0.json"             # the same response id
printf '{"format": "spiegel-feedback/1", "round": ' >"$T/mixed/kapot.json" # broken
python3 - "$T/ans/a1.json" "$T/mixed" <<'EOF'
import json, sys
a = json.load(open(sys.argv[1], encoding="utf-8"))
b = dict(a, form=a["form"].rsplit("/", 1)[0] + "/00000000", response="f" * 16)
json.dump(b, open(sys.argv[2] + "/ander-formulier.json", "w"))
c = dict(a, answers=dict(a["answers"], **{"SCAN.CTX.01": 3}), response="e" * 16)
json.dump(c, open(sys.argv[2] + "/vreemde-vraag.json", "w"))
EOF
sp invite $Q -o "$T/o/form2.html" >/dev/null 2>&1 || fail "second invite"
answers 1 2 | sp observe "$T/o/form2.html" --plain -o "$T/mixed/andere-ronde.json" >/dev/null 2>&1 || fail "observe round 2"
sp report "$SID" --feedback "$T/mixed" -o "$T/o/mixed.md" --format markdown >"$T/o/mixed.out" 2>"$T/o/mixed.err"
expect_status $? 0 "report with mixed files"
for w in "kopie-a0.json: hetzelfde antwoord-id" "kapot.json" "ander-formulier.json: ingevuld op een ander formulier" \
	"vreemde-vraag.json: answers: SCAN.CTX.01: geen vraag van dit formulier" "andere-ronde.json: hoort bij een andere feedbackronde"; do
	expect_in "$T/o/mixed.err" "$w"
done
expect_in "$T/o/mixed.md" "Ontvangen: 7 antwoorden"
expect_in "$T/o/mixed.md" "Niet meegeteld: 1 bestand van een andere ronde, 1 bestand van een ander formulier, 1 dubbel antwoord (zelfde antwoord-id), 1 bestand met antwoorden die niet bij het formulier passen en 1 onleesbaar bestand."
expect_in "$T/o/mixed.out" "Feedbackrapport geschreven: $T/o/mixed.md (7 antwoorden)"
# the figures are those of the seven
sp report "$SID" --feedback "$T/ans" --format markdown -o "$T/o/seven2.md" >/dev/null 2>&1
grep -v 'Niet meegeteld\|^- Blijven\|^- Meer' "$T/o/mixed.md" >"$T/o/m1"
grep -v 'Niet meegeteld\|^- Blijven\|^- Meer' "$T/o/seven2.md" >"$T/o/m2"
cmp -s "$T/o/m1" "$T/o/m2" || fail "the skipped files changed the figures: $(diff "$T/o/m1" "$T/o/m2" | head -5)"
# -o never over an answer file it reads
sp feedback "$T/ans" -o "$T/ans/a0.json" >"$T/o/ow.out" 2>&1
expect_status $? 1 "feedback -o onto an answer file"
[ "$(json_get "$T/ans/a0.json" 's["format"]')" = spiegel-feedback/1 ] || fail "an answer file was overwritten"

# no output replaces a round, an answer file or a form, read or not
sp feedback "$T/ans" -o "$RF" >"$T/o/ow2.out" 2>&1
expect_status $? 1 "feedback -o onto the round file"
expect_in "$T/o/ow2.out" "spiegels eigen gegevens"
cp "$T/ans/a1.json" "$T/o/los.json"
answers 1 1 | sp observe "$FORM" --plain -o "$T/o/los.json" >"$T/o/ow3.out" 2>&1
expect_status $? 1 "observe -o onto another answer file"
expect_in "$T/o/ow3.out" "een antwoordbestand van een feedbackformulier"
cmp -s "$T/ans/a1.json" "$T/o/los.json" || fail "an answer file was replaced"
cp "$FORM" "$T/o/form-kopie.html"
sp feedback "$T/ans" --format html -o "$T/o/form-kopie.html" >"$T/o/ow4.out" 2>&1
expect_status $? 1 "feedback -o onto a form"
expect_in "$T/o/ow4.out" "een feedbackformulier"
cmp -s "$FORM" "$T/o/form-kopie.html" || fail "a form was replaced"

# ----------------------------------------------------------- rounds
mkdir "$T/tworounds"
cp "$T/ans/a0.json" "$T/mixed/andere-ronde.json" "$T/tworounds/"
sp feedback "$T/tworounds" >"$T/o/tr.out" 2>"$T/o/tr.err"
expect_status $? 1 "two rounds, one file each"
expect_in "$T/o/tr.err" "--round RONDE"
sp feedback "$T/tworounds" --round "$ROUND" --format json >"$T/o/tr2.out" 2>"$T/o/tr2.err"
expect_status $? 0 "--round"
[ "$(json_get "$T/o/tr2.out" 's["round"]["id"]')" = "$ROUND" ] || fail "--round did not pick the round"
sp feedback "$T/tworounds" --round nietgoed >"$T/o/tr3.out" 2>&1
expect_status $? 2 "--round with a bad id"

# a session of another questionnaire
printf '1\n1\nstop\n' | sp start visie --plain >"$T/o/v.out" 2>&1
VID=$(sed -n 's/^Sessie-id: //p' "$T/o/v.out" | head -n 1)
sp report "$VID" --feedback "$T/ans" >"$T/o/vq.out" 2>"$T/o/vq.err"
expect_status $? 1 "report --feedback with a session of another questionnaire"
expect_in "$T/o/vq.err" "kies een sessie van dezelfde vragenlijst"

# a round whose questions changed since the invitation
python3 - "$RF" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))
r["form"] = r["form"].rsplit("/", 1)[0] + "/12345678"
json.dump(r, open(sys.argv[1], "w"))
EOF
sp feedback "$T/ans" >"$T/o/ch.out" 2>"$T/o/ch.err"
expect_status $? 1 "a round whose questions changed"
expect_in "$T/o/ch.err" "zijn veranderd sinds de uitnodiging"
echo "feedback_cli: all checks passed"
