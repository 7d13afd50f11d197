#!/bin/sh
# spiegel export, group and compare from the command line, on the test data
# of test/data/group (figures computed by hand in test/unit/test_group.c):
# every format, suppression, mixed folders, duplicates, baselines, CSV read
# back by Python's csv module, HTML parsed as XML, and no names or private
# answers in any group output unless --names is given.
. "$SRCDIR/test/plain/lib.sh"
plain_init group_cli
G="$SRCDIR/test/data/group"
CONTENT="$G/content"
NEVER="Anouk Bram Jaël Daan Eva PRIVE-canarie 20260310-090000"

no_names() { # FILE
	for n in $NEVER; do
		expect_not_in "$1" "$n"
	done
}

mode_of() {
	stat -c %a "$1"
}

# --- export: a session file with a private open answer -> hand-in
sp export "$G/now/p2.json" -o "$T/handin.json" --alias "B7" >"$T/out" 2>"$T/err"
expect_status $? 0 "export"
expect_in "$T/out" "Inleverbestand geschreven: $T/handin.json"
expect_in "$T/out" "0 gedeeld en meegenomen, 1 privé en weggelaten"
expect_in "$T/out" "Je staat erin als \"B7\""
[ "$(mode_of "$T/handin.json")" = 600 ] || fail "hand-in file mode $(mode_of "$T/handin.json")"
for n in Anouk Bram PRIVE-canarie; do
	expect_not_in "$T/handin.json" "$n"
done
python3 - "$T/handin.json" <<'EOF' || fail "hand-in content"
import json, sys
h = json.load(open(sys.argv[1], encoding="utf-8"))
assert h["format"] == "spiegel-handin/1", h["format"]
assert h["participant"] == "B7"
assert h["withheld"] == 1
assert "G.06" not in h["answers"]
assert h["answers"]["G.02"] == {"value": 2}
assert "position" not in h and "draft" not in h
EOF
# exporting onto the session itself is refused
cp "$G/now/p2.json" "$T/self.json"
sp export "$T/self.json" -o "$T/self.json" >"$T/out" 2>"$T/err"
expect_status $? 1 "export onto itself"
expect_in "$T/err" "deze opdracht leest dit bestand zelf"
cmp -s "$T/self.json" "$G/now/p2.json" || fail "session changed by a refused export"
sp export "$G/now/p2.json" --alias "$(printf 'a\nb')" >"$T/out" 2>"$T/err"
expect_status $? 2 "export with a bad alias"

# --- group, text: hand-computed figures; three files reported and skipped
sp group "$G/now" >"$T/group.txt" 2>"$T/err"
expect_status $? 0 "group text"
expect_in "$T/group.txt" "Deelnemers: 5, van wie 4"
expect_in "$T/group.txt" "gem. 50,0  mediaan 60,0  sd 33,6"
expect_in "$T/group.txt" "gem. 43,3  mediaan 50,0  sd 24,4"
# why files did not count, in words for the readers of the report
expect_in "$T/group.txt" "1 bestand van een andere vragenlijst of versie, 1 dubbel"
expect_in "$T/group.txt" "1 onleesbaar bestand"
expect_in "$T/group.txt" "> Meer samen leren in het team"
expect_in "$T/err" "overgeslagen: $G/now/ander.json: andere vragenlijst (groepstest-basis"
expect_in "$T/err" "overgeslagen: $G/now/p1.json: dezelfde sessie"
expect_in "$T/err" "overgeslagen: $G/now/kapot.json"
expect_in "$T/err" "de bestanden horen bij 2 vragenlijsten; groepstest telt"
no_names "$T/group.txt"
# the same numbers in another locale (when the machine has one)
LC_ALL=nl_NL.UTF-8 sp group "$G/now" >"$T/group-nl.txt" 2>/dev/null
cmp -s "$T/group.txt" "$T/group-nl.txt" || fail "report differs under nl_NL"

# --- suppression below the minimum group size
sp group --min-group 6 "$G/now" >"$T/small.txt" 2>/dev/null
expect_status $? 0 "group min 6"
expect_in "$T/small.txt" "Te weinig deelnemers voor groepscijfers: 5, minimaal 6"
expect_not_in "$T/small.txt" "50,0"
expect_not_in "$T/small.txt" "Meer samen leren"
sp group --min-group 6 --format csv -o "$T/small.csv" "$G/now" >/dev/null 2>"$T/err"
expect_status $? 0 "csv min 6"
[ "$(wc -l <"$T/small.csv")" -eq 1 ] || fail_with "$T/small.csv" "suppressed CSV has rows"
expect_in "$T/err" "te weinig deelnemers"

# --- markdown, JSON
sp group --format markdown -o "$T/group.md" "$G/now" >"$T/out" 2>/dev/null
expect_status $? 0 "group markdown"
expect_in "$T/out" "Groepsrapport geschreven: $T/group.md (5 deelnemers"
expect_in "$T/group.md" "| Visiegestuurd werken | 3 | 5 | 50,0 | 60,0 | 33,6 | 0,0 | 95,0 |"
[ "$(mode_of "$T/group.md")" = 600 ] || fail "report file mode"
no_names "$T/group.md"
sp group --format json "$G/now" >"$T/group.json" 2>/dev/null
python3 - "$T/group.json" <<'EOF' || fail_with "$T/group.json" "group JSON"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert g["format"] == "spiegel-group/2"
assert g["participants"] == 5 and g["skipped"] == 3 and not g["suppressed"]
assert g["skipped_because"] == {"other": 1, "duplicate": 1, "invalid": 0, "unreadable": 1,
                                "unvisited": 0}, g["skipped_because"]
assert {p["id"]: p["items"] for p in g["practices"]} == {"visie": 3, "veranderstrategie": 2}
p = {x["id"]: x for x in g["practices"]}
assert (p["visie"]["mean"], p["visie"]["median"], p["visie"]["sd"]) == (50, 60, 33.6), p["visie"]
assert p["veranderstrategie"]["mean"] == 43.3
items = {i["id"]: i for i in g["items"]}
assert [d["count"] for d in items["G.05"]["distribution"]] == [2, 2, 1]
assert sorted(s["text"] for s in g["shared"]) == ['Aandacht voor rust, "echt" rust',
                                                  "Meer samen leren in het team"]
assert all("participant" not in s for s in g["shared"])
EOF
no_names "$T/group.json"

# --- CSV, read back by a real CSV parser
sp group --format csv -o "$T/group.csv" "$G/now" >/dev/null 2>&1
expect_status $? 0 "group csv"
[ "$(mode_of "$T/group.csv")" = 600 ] || fail "csv file mode"
no_names "$T/group.csv"
python3 - "$T/group.csv" <<'EOF' || fail_with "$T/group.csv" "CSV"
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.count(b"\r\n") == raw.count(b"\n"), "CRLF line ends"
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
# 5 participants x (5 closed items + 2 practice scores)
assert len(rows) == 35, len(rows)
assert sorted({r["deelnemer"] for r in rows}) == ["A", "B", "C", "D", "E"]
assert not [r for r in rows if r["item"] == "G.06"], "open answers in CSV"
# letters are shuffled every run; p2 is the participant with visie 70.0
who = [r["deelnemer"] for r in rows if r["item"] == "visie" and r["waarde"] == "70.0"]
assert len(who) == 1, who
# its G.02 = 2 counts as 4 (reverse keyed)
b = {r["item"]: r for r in rows if r["deelnemer"] == who[0]}
assert (b["G.02"]["antwoord"], b["G.02"]["waarde"]) == ("2", "4"), b["G.02"]
assert b["G.04"]["antwoord"] == "nvt"
assert b["visie"]["soort"] == "praktijk" and b["visie"]["waarde"] == "70.0"
# the answered items each practice score rests on (G.04 nvt)
assert (b["visie"]["vragen"], b["veranderstrategie"]["vragen"]) == ("3", "1"), b
assert {r["vragen"] for r in rows if r["soort"] != "praktijk"} == {""}
scores = sorted(float(r["waarde"]) for r in rows if r["item"] == "visie")
assert scores == [0.0, 25.0, 60.0, 70.0, 95.0], scores
EOF
# --names: aliases in CSV and with shared answers
sp group --names --format csv "$G/now" >"$T/names.csv" 2>/dev/null
grep -q '^Jaël Özdemir ([A-E]),nu,,groepstest' "$T/names.csv" ||
	fail_with "$T/names.csv" "--names CSV: expected 'Jaël Özdemir (letter)'"
# the letters are a new permutation each run, not the order of the file names
for i in 1 2 3 4 5 6 7 8; do
	sp group --format csv "$G/now" 2>/dev/null | awk -F, '$7 == "visie" && $10 ~ /^95[.]0/ {print $1}'
done | sort -u >"$T/letters"
[ "$(wc -l <"$T/letters")" -gt 1 ] || fail_with "$T/letters" "CSV letters never change between runs"
sp group --names "$G/now" >"$T/names.txt" 2>/dev/null
expect_in "$T/names.txt" "(Jaël Özdemir)"
expect_not_in "$T/names.txt" "PRIVE-canarie"

# --- HTML: well-formed (parsed as XML), self-contained, print stylesheet
sp group --format html -o "$T/group.html" "$G/now" >/dev/null 2>&1
expect_status $? 0 "group html"
no_names "$T/group.html"
python3 - "$T/group.html" <<'EOF' || fail "HTML not well-formed or not self-contained"
import sys, xml.etree.ElementTree as ET
text = open(sys.argv[1], encoding="utf-8").read()
root = ET.fromstring(text)
assert root.tag == "html"
for tag in ("script", "link", "img", "iframe"):
    assert not list(root.iter(tag)), tag
assert "http:" not in text and "https:" not in text
assert "@media print" in text
assert len(list(root.iter("{http://www.w3.org/2000/svg}svg")) + list(root.iter("svg"))) >= 2
EOF

# --- baseline: by path, and by questionnaire id in one mixed folder
sp group -q groepstest --baseline "$G/base" "$G/now" >"$T/base.txt" 2>/dev/null
expect_status $? 0 "group baseline path"
expect_in "$T/base.txt" "Visiegestuurd werken (2 vragen)               42,5 ->  50,0    +7,5"
expect_in "$T/base.txt" "Beide metingen delen 2 vragen"
mkdir "$T/mixed"
cp "$G/base/"*.json "$G/now/p"[1-5].json "$T/mixed/"
sp group --baseline groepstest-basis "$T/mixed" >"$T/mixed.txt" 2>"$T/err"
expect_status $? 0 "group baseline id"
expect_in "$T/mixed.txt" "42,5 ->  50,0    +7,5"
# the own scores of this measurement, not those over the shared items
expect_in "$T/mixed.txt" "min 0,0  max 95,0  (5 deelnemers, 3 vragen)"
sp group --baseline groepstest-basis --format csv "$T/mixed" >"$T/mixed.csv" 2>/dev/null
python3 - "$T/mixed.csv" <<'EOF' || fail_with "$T/mixed.csv" "baseline CSV"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
m = {r["meting"] for r in rows}
assert m == {"nu", "nulmeting"}, m
# every closed item of each measurement; the own practice scores over all
# items, and apart (praktijk-gedeeld) over the shared items G.01, G.02
base = {r["item"] for r in rows if r["meting"] == "nulmeting"}
now = {r["item"] for r in rows if r["meting"] == "nu"}
assert base == {"G.01", "G.02", "G.07", "visie"}, base
assert now == {"G.01", "G.02", "G.03", "G.04", "G.05", "visie", "veranderstrategie"}, now
shared = {(r["meting"], r["item"]) for r in rows if r["soort"] == "praktijk-gedeeld"}
assert shared == {("nu", "visie"), ("nulmeting", "visie")}, shared
own = sorted(float(r["waarde"]) for r in rows if r["soort"] == "praktijk" and r["meting"] == "nu"
             and r["item"] == "visie")
assert own == [0.0, 25.0, 60.0, 70.0, 95.0], own
# no alias in both measurements: nobody is paired
assert {r["paar"] for r in rows} == {"nee"}, {r["paar"] for r in rows}
assert len(rows) == 5 * 5 + 5 * 8, len(rows)
EOF
sp group --baseline geen-lijst "$G/now" >/dev/null 2>"$T/err"
expect_status $? 2 "unknown baseline"

# --- compare: one person's growth
sp compare "$G/now/p1.json" "$G/now/p4.json" >"$T/cmp.txt" 2>"$T/err"
expect_status $? 0 "compare"
expect_in "$T/cmp.txt" "Visiegestuurd werken                          95,0 ->  25,0   -70,0"
expect_in "$T/cmp.txt" "G.01  5 -> 2 (-3)"
sp compare --format json "$G/base/b1.json" "$G/now/p1.json" >"$T/cmp.json" 2>/dev/null
python3 -c "
import json,sys; c=json.load(open(sys.argv[1]))
assert c['restricted'] and c['common_items']==2
assert [(p['id'],p['old'],p['new']) for p in c['practices']]==[('visie',75,100)], c['practices']
" "$T/cmp.json" || fail_with "$T/cmp.json" "compare JSON"

# --- usage and data errors
sp group >/dev/null 2>&1
expect_status $? 2 "group without paths"
sp group --min-group 0 "$G/now" >/dev/null 2>&1
expect_status $? 2 "min-group 0"
sp group --format pdf "$G/now" >/dev/null 2>&1
expect_status $? 2 "unknown format"
sp group "$T/bestaat-niet" >/dev/null 2>"$T/err"
expect_status $? 1 "missing path"
expect_in "$T/err" "bestaat niet"
mkdir "$T/leeg"
sp group "$T/leeg" >/dev/null 2>"$T/err"
expect_status $? 1 "empty folder"
expect_in "$T/err" "geen bruikbare"
sp compare "$G/now/p1.json" >/dev/null 2>&1
expect_status $? 2 "compare with one session"
echo "ok"
