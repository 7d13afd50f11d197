#!/bin/sh
# spiegel observe full screen: an observer answers a feedback form.
#  - whole screens (golden o-*.screen): the welcome with who sees what, the
#    role, a question, an open question being typed (diacritics), the end;
#  - the answer file holds the role, the answers as given (0 is "weet
#    niet", ⌫ takes an answer away), the open answer in NFC, and no name;
#  - q leads to the end and Q stops without a file (status 1); a save that
#    fails (onto the form itself) says NIET OPGESLAGEN and keeps the answers
#    for another try;
#  - without a terminal, observe asks for --plain.
. "$SRCDIR/test/screen/lib.sh"
screen_init observe
CONTENT="$SRCDIR/test/data/feedback/content"
FORM="$T/formulier.html"
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" invite proef --name "Anna de Vries" \
	-o "$FORM" >"$T/invite.out" 2>&1 || fail "invite: $(cat "$T/invite.out")"

# not a terminal: the way to plain mode
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" observe "$FORM" -o "$T/x.json" \
	</dev/null >"$T/notty.out" 2>&1
[ $? = 1 ] || fail "observe without a terminal did not exit with 1"
grep -q -- "--plain" "$T/notty.out" || fail "observe without a terminal: $(cat "$T/notty.out")"
[ -e "$T/x.json" ] && fail "observe without a terminal wrote a file"

# ---------------------------------------------------------- a whole form
run_spiegel observe "$FORM" -o "$T/antwoord.json"
golden o-welcome "Wie ziet wat?"
keys Enter
golden o-role "Wat is je rol"
keys Down Down Up
keys Enter
golden o-item "vraag 1 van 16"
# 16 questions: 1-5 in turn, the 4th "kan ik niet beoordelen" (0), the 6th answered and
# then taken away again
for k in 1 2 3; do
	keys "$k"
	wait_for "vraag $((k + 1)) van 16"
done
keys 0
wait_for "vraag 5 van 16"
keys 5 3
wait_for "vraag 7 van 16"
keys Left
wait_for "vraag 6 van 16"
keys BSpace
wait_for "Antwoord weggehaald"
keys Right
wait_for "vraag 7 van 16"
for k in 7 8 9 10 11 12 13 14 15 16; do
	keys $((k % 5 + 1))
done
wait_for "open vraag 1 van 2"
type_text "Blijf één-op-één praten, ook met de ouders van leerlingen."
golden o-open-typing "ouders van leerlingen."
keys Enter
wait_for "open vraag 2 van 2"
keys Enter
golden o-finish "Klaar om op te slaan?"
keys Enter
wait_exit
assert_status 0
assert_screen "(15 vragen, 1 open antw"
python3 - "$T/antwoord.json" <<'PY' || fail "the answer file: $(cat "$T/antwoord.json")"
import json, sys, unicodedata
r = json.load(open(sys.argv[1], encoding="utf-8"))
assert r["format"] == "spiegel-feedback/1", r
assert r["role"] == "collega-leidinggevende", r["role"]
a = r["answers"]
want = {"P.A.01": 1, "P.A.02": 2, "P.A.03": 3, "P.A.04": "weet niet", "P.B.01": 5}
for k, v in want.items():
    assert a[k] == v, (k, a.get(k))
assert "P.B.02" not in a, "an answer taken away is in the file"
assert len(a) == 15, len(a)
assert a["P.D.04"] == 16 % 5 + 1, a["P.D.04"]
t = r["open"]["blijven"]
assert t == unicodedata.normalize("NFC", t) and "één-op-één" in t, t
assert "meer" not in r["open"], r["open"]
text = open(sys.argv[1], encoding="utf-8").read()
assert "Anna" not in text and "Vries" not in text, "a name in the answer file"
assert set(r) == {"format", "round", "form", "role", "response", "answers", "open"}, set(r)
PY

# ---------------------------------------- q leads to the end, Q stops
run_spiegel observe "$FORM" -o "$T/gestopt.json"
wait_for "Wie ziet wat?"
keys q
wait_exit
assert_status 1
run_spiegel observe "$FORM" -o "$T/gestopt.json"
wait_for "Wie ziet wat?"
keys Enter
wait_for "Wat is je rol"
keys 1
wait_for "vraag 1 van 16"
keys 4
wait_for "vraag 2 van 16"
keys q
wait_for "Klaar om op te slaan?"
assert_screen "Beantwoord: 1 van de 16 vragen."
keys Q
wait_exit
assert_status 1
[ -e "$T/gestopt.json" ] && fail "Q wrote an answer file"

# ------------------------------------- a failed save keeps the answers
run_spiegel observe "$FORM" -o "$FORM"
wait_for "Wie ziet wat?"
keys Enter
wait_for "Wat is je rol"
keys 3
wait_for "vraag 1 van 16"
keys 2 q
wait_for "Klaar om op te slaan?"
keys Enter
wait_for "NIET OPGESLAGEN"
assert_running
keys Enter
wait_for "NIET OPGESLAGEN"
assert_running
keys Q
wait_exit
assert_status 1
grep -q "spiegel-form/1" "$FORM" || fail "the form was replaced"
golden_done
