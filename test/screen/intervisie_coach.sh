#!/bin/sh
# The coach's screens (issue 11, points 20-23), at 80x24, on a saved group
# "Intervisie Noord" (visie, five participants, answers to section A1):
#   - the grid marks where the group disagrees (≠: answers 1-2 and 4-5) and
#     the reverse-keyed items (↺), and says both in words for the selected
#     cell (23);
#   - a message goes with the next key (20);
#   - the export's file name says "intervisie" once, and "Verslag
#     geschreven" names the file (22);
#   - import checks the file before asking whether to replace answers: a
#     file of another questionnaire is refused at once, a fitting one says
#     what it holds before asking (22);
#   - a folder of hand-ins is read in one go, each file matched to the
#     participant with the same code (NFC), with every file's fate listed:
#     no such code, no code, another questionnaire, two different files for
#     one participant (neither taken), a copy (taken once) (23);
#   - the notes screen goes back to Notities for another participant and
#     names the active field in words (21);
#   - while saving fails, the long NIET OPGESLAGEN message takes lines of
#     its own: the selected cell's answer stays in view (20).
. "$SRCDIR/test/screen/lib.sh"
screen_init intervisie_coach

GID=20261122-093735-b1d21a
G="$DATA/intervisie/$GID.json"
mkdir -p "$DATA/intervisie" "$T/inbox" || fail "cannot make the directories"
chmod 700 "$DATA" "$DATA/intervisie"
python3 - "$CONTENT/visie.json" "$G" "$T/inbox" <<'PY' || fail "cannot write the input files"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
a1 = [it["id"] for s in q["sections"] if s["id"] == "A1" for it in s["items"]
      if it["type"] == "likert"]
def v(x):
    return {"value": x}
# VIS.A1.01: 1, 5, 3, 3 (split); A1.05: 3, 4, 4, 3; A1.03 (reverse): 2, 2, -, 2
ps = [("Anouk Kuiper", [1, 3, 2]), ("Jaël", [5, 4, 2]), ("Bram de Boer", [3, 4, None]),
      ("Dewi", [3, 3, 2]), ("Sanne Öztürk", [])]
group = {"format": "spiegel-intervisie/1", "id": "20261122-093735-b1d21a",
         "name": "Intervisie Noord", "questionnaire": {"id": q["id"], "version": q["version"]},
         "created": "2026-11-22T09:37:35Z", "updated": "2026-11-22T10:41:02Z",
         "position": "A1",
         "participants": [{"alias": a, "notes": "", "afspraken": "",
                           "answers": {i: v(x) for i, x in zip(a1, vals) if x}}
                          for a, vals in ps]}
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(group, f, ensure_ascii=False)
def handin(name, sid, alias, vals, qid=None):
    h = {"format": "spiegel-handin/1", "id": sid,
         "questionnaire": {"id": qid or q["id"], "version": q["version"]},
         "participant": alias, "created": "2026-11-01T08:00:00Z",
         "updated": "2026-11-01T08:30:00Z", "exported": "2026-11-01T08:31:00Z",
         "finished": False, "answers": {i: v(x) for i, x in zip(a1, vals)} if not qid else {},
         "withheld": 0}
    with open(f"{sys.argv[3]}/{name}", "w", encoding="utf-8") as f:
        json.dump(h, f, ensure_ascii=False)
handin("anouk.json", "20261101-080000-000001", "Anouk Kuiper", [4, 4, 4, 4])
handin("jael.json", "20261101-080000-000002", "Jae\u0308l", [2, 2])        # NFD: still Jaël
handin("k99.json", "20261101-080000-000003", "K99", [1])
handin("bram1.json", "20261101-080000-000004", "Bram de Boer", [1])
handin("bram2.json", "20261101-080000-000005", "Bram de Boer", [2])
handin("sanne-kopie.json", "20261101-080000-000006", "Sanne Öztürk", [5, 5, 5])
handin("sanne.json", "20261101-080000-000006", "Sanne Öztürk", [5, 5, 5])
handin("zonder.json", "20261101-080000-000007", "", [3])
handin("ander.json", "20261101-080000-000008", "Dewi", [], "connectief-leiderschap")
PY
chmod 600 "$G"
# wait_flat TEXT: TEXT is on the screen, maybe wrapped over lines (the
# screen read as one line, runs of blanks as one space)
_has_flat() {
	LAST_SCREEN=$(screen 2>/dev/null)
	printf '%s\n' "$LAST_SCREEN" | tr -s ' \n' '  ' | grep -F -q -- "$_want"
}
wait_flat() {
	_want=$1
	_poll _has_flat || fail "timed out waiting for '$1' on the screen"
}
answers() { # INDEX: participant INDEX's answers on disk
	json_get "$G" "s['participants'][$1]['answers']"
}

cd "$T" || fail "cannot cd to $T"
run_spiegel intervisie "$GID"
wait_for "deel 2 van 9"

# --- 23: where the group disagrees, and the reverse-keyed items ---------
grid_row() { # REGEX: a line of the screen matches
	LAST_SCREEN=$(screen)
	printf '%s\n' "$LAST_SCREEN" | grep -E -q -- "$1"
}
wait_flat "≠ De groep denkt hier verschillend: antwoorden van 1 tot 5 (4"
grid_row '^ 6 ≠ .* 1 +5 +3 +3 +· *$' || fail "row 6 is not marked ≠"
grid_row '^ 7 [^≠↺]* 3 +4 +4 +3 +· *$' || fail "row 7 (no split) is marked"
grid_row '^ 8 ↺ .* 2 +2 +· +2 +· *$' || fail "row 8 (reverse keyed) is not marked ↺"
keys Down Down
wait_for "↺ Omgekeerd gesteld: een hoog antwoord telt laag in de score"
assert_not_screen "De groep denkt hier verschillend"
keys '?'
wait_for "Toetsen op dit scherm"
keys End
wait_for "Tekens in de tabel"
assert_screen "omgekeerd gesteld: een hoog antwoord telt laag"
keys Escape
wait_for "deel 2 van 9"

# --- 20: a message goes with the next key -------------------------------
keys Up Up
wait_for "6. Ik kan in een paar zinnen"
keys n
wait_for "kan \"niet van toepassing\" niet"
keys Down
wait_for "7. Als ik een lastig besluit"
wait_gone "kan \"niet van toepassing\" niet"

# --- 22: the export's name and the path it was written to --------------
keys e
wait_for "Exporteren"
wait_for "intervisie-noord-"
assert_not_screen "intervisie-intervisie"
keys Enter
wait_flat "Verslag geschreven: $T/intervisie-noord-"
set -- "$T"/intervisie-noord-*.md
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one exported file, found: $*"
wait_flat "Verslag geschreven: $1"
keys Escape
wait_for "deel 2 van 9"

# --- 22: import checks the file before asking ---------------------------
keys i
wait_for "Antwoorden inlezen"
wait_for "▸ Anouk Kuiper"
type_text "$T/inbox/ander.json"
keys Enter
wait_flat "Alleen antwoorden op dezelfde"
assert_not_screen "Doorgaan? (j/n)"
keys C-u
type_text "$T/inbox/anouk.json"
keys Enter
wait_flat "Het bestand past: 4 antwoorden. Anouk Kuiper heeft al 3 antwoorden; die"
keys n
wait_for "Niet ingelezen."
[ "$(answers 0)" = '{"VIS.A1.01": {"value": 1}, "VIS.A1.05": {"value": 3}, "VIS.A1.03": {"value": 2}}' ] ||
	fail "Anouk's answers changed: $(answers 0)"
fail_with() {
	echo "FAIL ($TEST_NAME): $2" >&2
	cat "$1" >&2
	exit 1
}

# --- 23: a folder, each file to the participant with its code ----------
keys C-u
type_text "$T/inbox"
keys Enter
wait_flat "In te lezen uit de map: 3 bestanden. 2 van deze deelnemers hebben al"
# the whole list, page by page (PgDn), as one text
list_all() {
	: >"$T/list"
	_i=0
	while :; do
		LAST_SCREEN=$(screen)
		printf '%s\n' "$LAST_SCREEN" >>"$T/list"
		printf '%s\n' "$LAST_SCREEN" | grep -q "$1" && break
		_i=$((_i + 1))
		[ "$_i" -le 6 ] || fail "'$1' never came in view"
		keys NPage
		wait_changed "$LAST_SCREEN"
	done
}
list_all "zonder.json"
grep -q "geen bestand in de map" "$T/list" && fail_with "$T/list" "everyone has a file"
for line in "→ Anouk Kuiper ← anouk.json: 4 antwoorden" "→ Jaël ← jael.json: 2 antwoorden" \
	"→ Sanne Öztürk ← sanne-kopie.json: 3 antwoorden" \
	"✗ ander.json (Dewi): antwoorden op \"connectief-leiderschap\"" \
	"✗ bram1.json (Bram de Boer): nog een bestand voor deze deelnemer, naast bram2.json" \
	"✗ bram2.json (Bram de Boer): nog een bestand voor deze deelnemer, naast" \
	"✗ k99.json: geen deelnemer met de code \"K99\" in deze groep" \
	"✗ sanne.json (Sanne Öztürk): een kopie van sanne-kopie.json; telt één keer" \
	"✗ zonder.json: er staat geen code of naam in"; do
	tr -s ' \n' '  ' <"$T/list" | grep -F -q -- "$line" || fail_with "$T/list" "not in the list: $line"
done
keys j
wait_flat "Ingelezen uit de map: 3 bestanden, elk bij de deelnemer met die code; 6"
wait_for "✓ Anouk Kuiper ← anouk.json: 4 antwoorden"
python3 - "$G" <<'PY' || fail "the folder import did not go to the right participants"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
p = {x["alias"]: x for x in g["participants"]}
def vals(a):
    return [v.get("value") for k, v in sorted(p[a]["answers"].items())]
assert vals("Anouk Kuiper") == [4, 4, 4, 4], vals("Anouk Kuiper")
assert vals("Jaël") == [2, 2], vals("Jaël")
assert vals("Sanne Öztürk") == [5, 5, 5], vals("Sanne Öztürk")
assert vals("Bram de Boer") == [3, 4], vals("Bram de Boer")   # two files: untouched
assert vals("Dewi") == [3, 2, 3], vals("Dewi")   # by id: A1.01, A1.03, A1.05
assert p["Sanne Öztürk"].get("imported") == "20261101-080000-000006"
assert "imported" not in p["Bram de Boer"]
PY
keys Escape
wait_for "deel 2 van 9"

# --- 21: another participant: back to Notities, named in words ---------
keys a
wait_for "deelnemer 1 van 5 · Notities"
wait_for "▶ Notities  ← hier typ je (Esc: klaar)"
assert_screen "Afspraken  (Tab: hierheen)"
keys Tab
wait_for "deelnemer 1 van 5 · Afspraken"
wait_for "▶ Afspraken  ← hier typ je (Esc: klaar)"
keys NPage
wait_for "deelnemer 2 van 5 · Notities"
wait_for "▶ Notities  ← hier typ je (Esc: klaar)"
type_text "Jaël: notitie"
keys Escape
wait_for "▶ Notities  ← gekozen (Enter: typen)"
keys Tab Right
wait_for "deelnemer 3 van 5 · Notities"
[ "$(json_get "$G" 's["participants"][1]["notes"]')" = "Jaël: notitie" ] ||
	fail "the note went elsewhere: $(json_get "$G" 's["participants"][1]')"
keys w
wait_for "deel 2 van 9"

# --- 20: a long message takes lines of its own ---------------------------
# a directory where the group file was: saving fails, for root too
mv "$G" "$T/saved.json" || fail "cannot move the group file"
mkdir "$G" || fail "cannot make the obstacle"
keys Left Left Left Left Up Up Up Up
wait_for "6. Ik kan in een paar zinnen"
wait_for "Anouk Kuiper: 4 eens"
keys 4
wait_for "NIET OPGESLAGEN"
# the cursor went on to row 7: its answer is in view beside the message
wait_for "7. Als ik een lastig besluit"
assert_screen "Anouk Kuiper: 4 vaak"
assert_screen "1 nooit · 2 zelden · 3 soms · 4 vaak"
# and the saving problem stays in view on the next key
keys Down
wait_for "8. Als het druk is, laat ik"
assert_screen "NIET OPGESLAGEN"
assert_screen "Anouk Kuiper: 4 vaak"
rmdir "$G" && mv "$T/saved.json" "$G" || fail "cannot put the group file back"
keys q
wait_for "Je groepen:"
keys q
wait_exit
assert_status 0
exit 0
