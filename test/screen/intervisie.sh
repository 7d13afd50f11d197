#!/bin/sh
# A coach's whole intervisie sitting in one run of `spiegel intervisie`, at
# 80x24, without leaving the program:
#   - a new group "Groep Noord" on visie with 5 aliases (two with
#     diacritics),
#   - section 1 and sections 2 and 3 (A1, A2) walked with values typed into
#     the grid (likert, n = niet van toepassing, a choice),
#   - a file of another questionnaire refused, then Sanne's hand-in file
#     read in (her private open answer is not in it, her shared one is),
#   - the group view: every practice row checked against scores computed
#     here from content/visie.json (scoring model 2 of doc/scoring.md:
#     practices without enough coverage are not shown),
#   - notes and afspraken for two participants (saved while typing),
#   - markdown export to the default file name, then a second export that
#     asks before overwriting (answered no),
#   - q back to the list, q to quit (status 0).
# Then the group file on disk (mode 0600, directory 0700, every answer,
# alias, note) and the markdown (aliases, the numbers, notes, prompts).
# Last, Ctrl-C while typing a note: the text is saved and the exit is clean.
. "$SRCDIR/test/screen/lib.sh"
screen_init intervisie

VISIE="$CONTENT/visie.json"

# Sanne's hand-in file (spiegel-handin/1) and a session of another
# questionnaire, both made from the content so that item ids are right.
python3 - "$VISIE" "$T/sanne.json" "$T/other.json" <<'PY' || fail "cannot write the input files"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
sec = {s["id"]: s for s in q["sections"]}
a1 = [it["id"] for it in sec["A1"]["items"] if it["type"] == "likert"]
a2 = [it["id"] for it in sec["A2"]["items"] if it["type"] == "likert"]
answers = {"VIS.CTX.01": {"choice": "po"}}
for i, v in zip(a1, [5, 4, 2, 5]):
    answers[i] = {"value": v}
for i, v in zip(a2, [4, 4, 4, 2]):
    answers[i] = {"value": v}
answers["VIS.A1.R"] = {"text": "GEDEELD: de leerlingen voorop.", "shared": True}
handin = {"format": "spiegel-handin/1", "id": "20261101-080000-5a77e0",
          "questionnaire": {"id": q["id"], "version": q["version"]},
          "participant": "S.", "created": "2026-11-01T08:00:00Z",
          "updated": "2026-11-01T08:30:00Z", "exported": "2026-11-01T08:31:00Z",
          "finished": False, "answers": answers, "withheld": 1}
json.dump(handin, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
other = {"format": "spiegel-session/1", "id": "20261101-090000-0fe4e1",
         "questionnaire": {"id": "connectief-leiderschap", "version": "1.0.0"},
         "participant": "", "created": "2026-11-01T09:00:00Z",
         "updated": "2026-11-01T09:00:00Z", "finished": False, "answers": {}}
json.dump(other, open(sys.argv[3], "w", encoding="utf-8"))
PY

# the pane starts in $T: the export's default file goes there
cd "$T" || fail "cannot cd to $T"
run_spiegel intervisie
wait_for "Nieuwe groep"
assert_screen "n nieuwe groep"
keys n
wait_for "Nieuwe intervisiegroep"
type_text "Groep Noord"
wait_for "Groep Noord"
keys Tab
wait_for "vragenlijst kiezen"
# choose visie in the list
i=0
until screen | grep -q "● Visie ("; do
	i=$((i + 1))
	[ "$i" -le 20 ] || fail "visie is not in the list of questionnaires"
	before=$(screen)
	keys Down
	wait_changed "$before"
done
keys Tab
wait_for "één naam per regel"
for name in "Anouk Kuiper" "Jaël" "Bram de Boer" "Dewi"; do
	type_text "$name"
	keys Enter
done
type_text "Sanne Öztürk"
wait_for "┃ Sanne Öztürk"
assert_screen "┃ Jaël"
keys Tab
wait_for "groep aanmaken"
keys Enter
wait_for "deel 1 van 9"
wait_for "Groep aangemaakt en opgeslagen."
assert_screen "Over jou en je school"
assert_screen "Anouk Kui"
assert_screen "Sanne Özt"
assert_screen "1 primair onderwijs"

# section 1 (choice items): Anouk works in vo (option 2)
keys 2
wait_for "2. Wat is je huidige rol?"
grep_screen() {
	LAST_SCREEN=$(screen)
	printf '%s\n' "$LAST_SCREEN" | grep -E -q -- "$1"
}
grep_screen '^ 1 In welke sector .* 2 +· +· +· +· *$' || fail "Anouk's choice is not in the grid"

# section 2 (A1): four participants by auto-advance; Jaël's last is n.v.t.
keys ']'
wait_for "deel 2 van 9"
wait_for "Gespreksvragen"
assert_screen "Persoonlijke visie en drijfveren"
assert_screen "• Welke ervaring in je loopbaan"
type_text "4523244n11113333"
wait_for "Sanne Öztürk: nog geen antwoord"
grep_screen '^ 6 .* 4 +2 +1 +3 +· *$' || fail "row 6 of A1 is wrong"
grep_screen '^ 9 .* 3 +nvt +1 +3 +· *$' || fail "row 9 of A1 is wrong"
grep_screen '^ 10 ✎ .* · +· +· +· +· *$' || fail "the open row of A1 is wrong"
keys Down Down Down Down Down
wait_for "10. Denk aan een besluit"
# a digit on the open item is refused with a pointer to importing
keys 3
wait_for "Open antwoorden lees je in uit het bestand van de deelnemer"
# n where "niet van toepassing" is not offered: refused
keys Up Up Up Up
wait_for "6. Ik kan in een paar zinnen"
keys n
wait_for "kan \"niet van toepassing\" niet"

# section 3 (A2): Anouk, Jaël; Bram skipped; Dewi
keys ']'
wait_for "deel 3 van 9"
keys Left Left Left Left
wait_for "Anouk Kuiper: nog geen antwoord"
type_text "44325541"
wait_for "Bram de Boer: nog geen antwoord"
keys Right
wait_for "Dewi: nog geen antwoord"
type_text "2333"
wait_for "Sanne Öztürk: nog geen antwoord"
grep_screen '^ 11 .* 4 +5 +· +2 +· *$' || fail "row 11 of A2 is wrong"
# a wrong value cleared again with Backspace
keys Left Down Down Down
wait_for "14. Als er in het team"
wait_for "Dewi: 3"
keys 5
wait_for "Sanne Öztürk: nog geen antwoord"
grep_screen '^ 14 .* 2 +1 +· +5 +· *$' || fail "row 14 of A2 did not take the 5"
keys Left Down Down Down
wait_for "Dewi: 5"
keys BSpace
wait_for "Dewi: nog geen antwoord"
keys 3
wait_for "Sanne Öztürk: nog geen antwoord"
grep_screen '^ 14 .* 2 +1 +· +3 +· *$' || fail "row 14 of A2 is wrong"

# import: another questionnaire is refused, Sanne's hand-in is read
keys i
wait_for "Antwoorden inlezen"
i=0
until screen | grep -q "▸ Sanne Öztürk"; do
	i=$((i + 1))
	[ "$i" -le 8 ] || fail "cannot select Sanne on the import screen"
	keys Down
done
type_text "$T/other.json"
keys Enter
wait_for "Alleen antwoorden op dezelfde"
keys C-u
wait_gone "other.json"
type_text "$T/sanne.json"
keys Enter
wait_for "Ingelezen voor Sanne Öztürk: 10 antwoorden, waarvan 1 open"
wait_for "open antwoord niet ingelezen."
wait_for "Sanne Öztürk  (10 van 45 beantwoord, ingelezen)"
keys Escape
wait_for "deel 3 van 9"
grep_screen '^ 11 .* 4 +5 +· +2 +4 *$' || fail "Sanne's imported answers are not in the grid"
grep_screen '^ 15 ✎ .* · +· +· +· +· *$' || fail "A2's open row should be empty"

# the group view against scores computed here
keys o
wait_for "Groepsoverzicht"
python3 - "$VISIE" "$T/expected.txt" <<'PY' || fail "cannot compute the expected scores"
import json, math, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
items = [it for s in q["sections"] for it in s["items"]]
sec = {s["id"]: s for s in q["sections"]}
a1 = [it["id"] for it in sec["A1"]["items"] if it["type"] == "likert"]
a2 = [it["id"] for it in sec["A2"]["items"] if it["type"] == "likert"]
given = [
    dict(zip(a1, [4, 5, 2, 3])) | dict(zip(a2, [4, 4, 3, 2])),       # Anouk Kuiper
    dict(zip(a1, [2, 4, 4, None])) | dict(zip(a2, [5, 5, 4, 1])),    # Jaël (None: n.v.t.)
    dict(zip(a1, [1, 1, 1, 1])),                                     # Bram de Boer
    dict(zip(a1, [3, 3, 3, 3])) | dict(zip(a2, [2, 3, 3, 3])),       # Dewi
    dict(zip(a1, [5, 4, 2, 5])) | dict(zip(a2, [4, 4, 4, 2])),       # Sanne Öztürk
]
cat = json.load(open(sys.argv[1].rsplit("/", 1)[0] + "/practices.json", encoding="utf-8"))
names = {p["id"]: p["name"] for p in cat["practices"]}
order = [p["id"] for p in cat["practices"]]
cov = cat.get("coverage", {})
min_w, min_n = round(cov.get("min_weight", 2.0) * 1000), cov.get("min_items", 3)
def half_up(num, den):           # num / den (>= 0) rounded, halves up
    return (2 * num + den) // (2 * den)
def scores(ans):
    # scoring model 2 (doc/scoring.md): weights in thousandths, a score only
    # with enough coverage, rounded exactly to tenths
    s, w, n = {}, {}, {}
    for it in items:
        v = ans.get(it["id"])
        if it["type"] != "likert" or v is None:
            continue
        if it.get("reverse"):
            v = 6 - v
        for p, wt in it["weights"].items():
            m = round(wt * 1000)
            s[p] = s.get(p, 0) + m * v
            w[p] = w.get(p, 0) + m
            n[p] = n.get(p, 0) + 1
    return {p: half_up(250 * (s[p] - w[p]), w[p]) for p in s
            if w[p] >= min_w and n[p] >= min_n}
def tenths(t):
    return "%d,%d" % (t // 10, t % 10)  # a decimal comma, for people
per = [scores(g) for g in given]
out = []
for p in order:
    have = [sc[p] for sc in per if p in sc]
    if not have:
        continue
    # the group mean: the mean of the shown scores, rounded exactly
    cells = [tenths(sc[p]) if p in sc else "–" for sc in per]
    out.append(names[p] + "\t" + " ".join(cells + [tenths(half_up(sum(have), len(have)))]))
# practices the answers touch without a score for anyone: not listed
touched = {p for it in items if it["type"] == "likert" and any(it["id"] in g for g in given)
           for p in it["weights"]}
hidden = sorted(names[p] for p in touched if not any(p in sc for sc in per))
open(sys.argv[2] + ".hidden", "w", encoding="utf-8").write("\n".join(hidden) + "\n")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
[ -s "$T/expected.txt" ] || fail "no expected scores"
screen >"$T/group.txt"
python3 - "$T/expected.txt" "$T/group.txt" <<'PY' || fail "the group view does not show the expected scores"
import sys
exp = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
scr = open(sys.argv[2], encoding="utf-8").read().splitlines()
ok = True
for name, nums in exp:
    want = nums.split()
    # the name is cut to the column: match a row that starts with its first
    # 20 characters and ends in exactly these numbers
    rows = [l for l in scr if l[1:21] == name[:20]]
    if not rows:
        print("no row for", name); ok = False; continue
    got = rows[0].split()[-len(want):]
    if got != want:
        print(name, "shows", got, "expected", want); ok = False
if len(exp) < 1:
    print("too few practices:", exp); ok = False
for name in open(sys.argv[1] + ".hidden", encoding="utf-8").read().split("\n"):
    if name and any(l[1:21] == name[:20] for l in scr):
        print("a row for", name, "which nobody has enough answers for"); ok = False
sys.exit(0 if ok else 1)
PY
assert_screen "– = geen"

# notes and afspraken: Anouk (both), Jaël (afspraken)
keys a
wait_for "Aantekeningen"
wait_for "klaar met typen"
type_text "Anouk twijfelt over de koers; café-gesprek met Zoë."
keys Enter
type_text "Tweede regel."
wait_for "┃ Tweede regel."
keys Tab
type_text "Voor 1 april: gesprek met het MT."
wait_for "Voor 1 april: gesprek met het MT."
keys NPage
# another participant: back to Notities
wait_for "deelnemer 2 van 5 · Notities"
keys Tab
wait_for "deelnemer 2 van 5 · Afspraken"
type_text "Jaël belt de bestuurder vóór vrijdag."
wait_for "Jaël belt de bestuurder vóór vrijdag."
keys Escape
wait_for "Enter typen"
keys Left
wait_for "deelnemer 1 van 5 · Notities"
assert_screen "┃ Anouk twijfelt over de koers; café-gesprek met Zoë."
assert_screen "│ Voor 1 april: gesprek met het MT."

# export with the default name, then again: refuse to overwrite
keys e
wait_for "Exporteren"
wait_for "intervisie-groep-noord-"
keys Enter
wait_for "Geschreven naar:"
set -- "$T"/intervisie-groep-noord-*.md
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one exported file, found: $*"
MD=$1
case $(basename "$MD") in
intervisie-groep-noord-[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9].md) ;;
*) fail "unexpected file name $(basename "$MD")" ;;
esac
wait_for "$(basename "$MD")"
cp "$MD" "$T/first.md"
keys Enter
wait_for "Dit bestand bestaat al. Overschrijven? (j/n)"
keys n
wait_for "Niet overschreven."
cmp -s "$MD" "$T/first.md" || fail "the file changed although overwriting was refused"

# q back to the list, q out
keys Escape
wait_for "deel 3 van 9"
keys q
wait_for "Je groepen:"
wait_for "Groep Noord  Visie · 5 deelnemers"
keys q
wait_exit
assert_status 0

# the group on disk
set -- "$DATA"/intervisie/*.json
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one group file, found: $*"
G=$1
[ "$(stat -c %a "$G")" = 600 ] || fail "group file mode is $(stat -c %a "$G"), expected 600"
[ "$(stat -c %a "$DATA/intervisie")" = 700 ] || fail "intervisie directory is not 0700"
[ "$(stat -c %a "$MD")" = 600 ] || fail "markdown mode is $(stat -c %a "$MD"), expected 600"
python3 - "$G" "$VISIE" <<'PY' || fail "the group file does not hold what was entered"
import json, sys, unicodedata
g = json.load(open(sys.argv[1], encoding="utf-8"))
q = json.load(open(sys.argv[2], encoding="utf-8"))
sec = {s["id"]: s for s in q["sections"]}
a1 = [it["id"] for it in sec["A1"]["items"] if it["type"] == "likert"]
a2 = [it["id"] for it in sec["A2"]["items"] if it["type"] == "likert"]
def v(x):
    return {"na": True} if x is None else {"value": x}
want = [
    {"VIS.CTX.01": {"choice": "vo"}} | {i: v(x) for i, x in zip(a1, [4, 5, 2, 3])}
    | {i: v(x) for i, x in zip(a2, [4, 4, 3, 2])},
    {i: v(x) for i, x in zip(a1, [2, 4, 4, None])} | {i: v(x) for i, x in zip(a2, [5, 5, 4, 1])},
    {i: v(x) for i, x in zip(a1, [1, 1, 1, 1])},
    {i: v(x) for i, x in zip(a1, [3, 3, 3, 3])} | {i: v(x) for i, x in zip(a2, [2, 3, 3, 3])},
    {"VIS.CTX.01": {"choice": "po"}} | {i: v(x) for i, x in zip(a1, [5, 4, 2, 5])}
    | {i: v(x) for i, x in zip(a2, [4, 4, 4, 2])}
    | {"VIS.A1.R": {"text": "GEDEELD: de leerlingen voorop.", "shared": True}},
]
aliases = ["Anouk Kuiper", "Jaël", "Bram de Boer", "Dewi", "Sanne Öztürk"]
ok = True
def check(cond, msg):
    global ok
    if not cond:
        print(msg); ok = False
check(g["format"] == "spiegel-intervisie/1", "format %r" % g["format"])
check(g["name"] == "Groep Noord", "name %r" % g["name"])
check(g["questionnaire"] == {"id": "visie", "version": q["version"]}, "questionnaire")
check(g.get("position") == "A2", "position %r" % g.get("position"))
ps = g["participants"]
check([p["alias"] for p in ps] == aliases, "aliases %r" % [p["alias"] for p in ps])
for p, a in zip(ps, aliases):
    check(p["alias"] == unicodedata.normalize("NFC", a), "alias not NFC")
for p, w in zip(ps, want):
    check(p["answers"] == w, "%s: answers %r, expected %r" % (p["alias"], p["answers"], w))
check(ps[0]["notes"] == "Anouk twijfelt over de koers; café-gesprek met Zoë.\nTweede regel.",
      "notes %r" % ps[0]["notes"])
check(ps[0]["afspraken"] == "Voor 1 april: gesprek met het MT.", "afspraken %r" % ps[0]["afspraken"])
check(ps[1]["afspraken"] == "Jaël belt de bestuurder vóór vrijdag.", "Jaël %r" % ps[1]["afspraken"])
check(ps[1]["notes"] == "", "Jaël has notes")
check(ps[4].get("imported") == "20261101-080000-5a77e0", "imported %r" % ps[4].get("imported"))
check("imported" not in ps[0], "Anouk imported")
sys.exit(0 if ok else 1)
PY

# the markdown record
python3 - "$MD" "$T/expected.txt" <<'PY' || fail "the markdown record is not right"
import sys
md = open(sys.argv[1], encoding="utf-8").read()
ok = True
def has(s):
    global ok
    if s not in md:
        print("missing:", repr(s)); ok = False
has("# Intervisie: Groep Noord\n")
has("- Vragenlijst: Visie (`visie`, versie ")
has("- Deelnemers (5): Anouk Kuiper, Jaël, Bram de Boer, Dewi, Sanne Öztürk\n")
has("| Praktijk | Anouk Kuiper | Jaël | Bram de Boer | Dewi | Sanne Öztürk | Groep |\n")
for line in open(sys.argv[2], encoding="utf-8"):
    name, nums = line.rstrip("\n").split("\t")
    has("| %s | %s |\n" % (name, " | ".join(nums.split())))
has("### Persoonlijke visie en drijfveren\n\n- Welke ervaring in je loopbaan")
has("**Sanne Öztürk** deelde bij")
has("> GEDEELD: de leerlingen voorop.")
has("### Anouk Kuiper\n\n9 van 45 vragen beantwoord.")
has("**Notities**\n\nAnouk twijfelt over de koers; café-gesprek met Zoë.  \nTweede regel.\n")
has("**Afspraken**\n\nVoor 1 april: gesprek met het MT.\n")
has("Jaël belt de bestuurder vóór vrijdag.")
has("### Sanne Öztürk\n\n10 van 45 vragen beantwoord (ingelezen uit sessie `20261101-080000-5a77e0`).")
sys.exit(0 if ok else 1)
PY

# Ctrl-C while typing a note: saved, terminal back, exit status 1
# (the pane's shell must survive the Ctrl-C, as an interactive shell does:
# run.sh gets a trap for SIGINT)
GID=$(basename "$G" .json)
run_spiegel intervisie "$GID"
# quit this one first, so that its lock is gone before the next starts
wait_for "deel 3 van 9"
keys q
wait_for "Je groepen"
keys q
wait_exit
sed -e 's/^export TERM LANG LC_ALL$/export TERM LANG LC_ALL; trap : INT/' \
	-e "s|^exec sleep 600\$|stty -a >'$T/stty.tmp' 2>\&1; mv '$T/stty.tmp' '$T/stty'; exec sleep 600|" \
	"$T/run.sh" >"$T/run-int.sh"
grep -q 'trap : INT' "$T/run-int.sh" && grep -q 'stty -a' "$T/run-int.sh" ||
	fail "cannot add the trap and stty to run.sh"
chmod +x "$T/run-int.sh"
rm -f "$T/status" "$T/status.tmp"
tm respawn-pane -k -t spiegel "$T/run-int.sh" || fail "tmux respawn-pane failed"
wait_for "deel 3 van 9"
keys a
wait_for "klaar met typen"
keys NPage NPage
wait_for "deelnemer 3 van 5"
type_text "Bram: onderbroken ëé"
wait_for "┃ Bram: onderbroken ëé"
keys C-c
wait_exit
assert_status 1
wait_for "De intervisiegroep \"Groep Noord\" is opgeslagen."
wait_for "Verder met: spiegel intervisie $GID"
# the terminal was restored: run-int.sh ran stty -a after spiegel
_stty_written() { [ -s "$T/stty" ]; }
_poll _stty_written || fail "no stty output after spiegel stopped"
tr ' ;' '\n\n' <"$T/stty" | grep -x -q icanon || fail "terminal left in non-canonical mode"
tr ' ;' '\n\n' <"$T/stty" | grep -x -q echo || fail "terminal left without echo"
json_get "$G" 's["participants"][2]["notes"]' >"$T/bram.txt"
[ "$(cat "$T/bram.txt")" = "Bram: onderbroken ëé" ] || fail "the note typed before Ctrl-C was not saved: $(cat "$T/bram.txt")"
exit 0
