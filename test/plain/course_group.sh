#!/bin/sh
# A trainer's course: 25 participants answer day 1 and day 6 of "Verbindend
# leiderschap", each exports a hand-in file with `spiegel export`, all 50
# files go into one folder, and one command gives the group report with the
# per-practice change in text, markdown, HTML and CSV. The expected figures
# are computed here in Python from the content files' weights, independently
# of spiegel; names and private answers must not appear anywhere.
. "$SRCDIR/test/plain/lib.sh"
plain_init course_group
mkdir -p "$DATA/sessions" "$T/inbox"
chmod 700 "$DATA" "$DATA/sessions"

# sessions written as the TUI would leave them; answers from a fixed
# pseudo-random sequence, day 6 somewhat higher on the core items
python3 - "$CONTENT" "$DATA/sessions" "$T/expected.json" <<'EOF' || fail "generating sessions"
import json, sys
content, out, expected = sys.argv[1:4]
def load(day):
    return json.load(open(f"{content}/verbindend-dag{day}.json", encoding="utf-8"))
qs = {d: load(d) for d in (1, 6)}
items = {d: [i for s in qs[d]["sections"] for i in s["items"]] for d in (1, 6)}
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
sessions = {}
for p in range(25):
    name = f"Deelnemer Geheim {p:02d}"
    for d in (1, 6):
        ans = {}
        for it in items[d]:
            if it["type"] == "likert":
                v = 1 + rnd(5)
                if d == 6 and it["id"].startswith("VL.KERN") and rnd(2):
                    v = min(5, v + 1) if not it.get("reverse") else max(1, v - 1)
                ans[it["id"]] = {"value": v}
            elif it["type"] == "choice":
                ans[it["id"]] = {"choice": it["options"][rnd(len(it["options"]))]["value"]}
            elif it["type"] == "open":
                if p % 2:
                    ans[it["id"]] = {"text": f"gedeeld inzicht {p:02d} dag {d}", "shared": True}
                else:
                    ans[it["id"]] = {"text": f"PRIVE-tekst {p:02d} dag {d}"}
        sid = f"2026010{d}-0900{p:02d}-{p:06x}"
        s = {"format": "spiegel-session/1", "id": sid,
             "questionnaire": {"id": qs[d]["id"], "version": qs[d]["version"]},
             "participant": name, "created": f"2026-01-0{d}T09:00:00Z",
             "updated": f"2026-01-0{d}T09:20:00Z", "finished": True, "answers": ans}
        with open(f"{out}/{sid}.json", "w", encoding="utf-8") as f:
            json.dump(s, f, ensure_ascii=False)
        sessions[(p, d)] = ans
# expected: the change over the items day 1 and day 6 share, and each
# day's own scores over all its items (which a baseline never changes).
# Scoring model 2 (doc/scoring.md): weights in thousandths, a score only when
# the items reach the coverage thresholds, rounded exactly (halves up); a
# group mean is the mean of the shown scores, rounded the same way.
cat = json.load(open(f"{content}/practices.json", encoding="utf-8"))
cov = cat.get("coverage", {})
min_w, min_n = round(cov.get("min_weight", 2.0) * 1000), cov.get("min_items", 3)
def half_up(num, den):
    return (2 * num + den) // (2 * den)
common = {i["id"] for i in items[1]} & {i["id"] for i in items[6]}
exp = {"common": len(common), "practices": {}, "own": {}, "person": {},
       "likert": {d: len([i for i in items[d] if i["type"] == "likert"]) for d in (1, 6)}}
def scores(p, d, only):
    sw, sv, sn = {}, {}, {}
    for it in items[d]:
        if (only and it["id"] not in only) or it["type"] != "likert":
            continue
        v = sessions[(p, d)][it["id"]]["value"]
        v = 6 - v if it.get("reverse") else v
        for pr, w in it["weights"].items():
            m = round(w * 1000)
            sw[pr] = sw.get(pr, 0) + m
            sv[pr] = sv.get(pr, 0) + m * v
            sn[pr] = sn.get(pr, 0) + 1
    # in tenths
    return {pr: half_up(250 * (sv[pr] - sw[pr]), sw[pr]) for pr in sw
            if sw[pr] >= min_w and sn[pr] >= min_n}
def mean(tenths):
    return half_up(sum(tenths), len(tenths)) / 10
for d in (1, 6):
    per, own = {}, {}
    for p in range(25):
        for pr, v in scores(p, d, common).items():
            per.setdefault(pr, []).append(v)
        mine = scores(p, d, None)
        for pr, v in mine.items():
            own.setdefault(pr, []).append(v)
        # one person's own scores, as the CSV writes them
        exp["person"].setdefault(str(p), {})[str(d)] = {pr: "%d.%d" % (v // 10, v % 10)
                                                        for pr, v in mine.items()}
    for pr, sc in per.items():
        exp["practices"].setdefault(pr, {})[str(d)] = mean(sc)
    for pr, sc in own.items():
        exp["own"].setdefault(pr, {})[str(d)] = mean(sc)
json.dump(exp, open(expected, "w"))
EOF

# every participant hands in both days under a code
for f in "$DATA"/sessions/*.json; do
	id=$(basename "$f" .json)
	code="P${id#*-0900}"
	code=${code%%-*}
	day=${id%%-*}
	sp export "$id" --alias "$code" -o "$T/inbox/$code-$day.json" >"$T/out" 2>&1 ||
		fail_with "$T/out" "export $id"
done
[ "$(ls "$T/inbox" | wc -l)" -eq 50 ] || fail "expected 50 hand-in files"
grep -l "PRIVE-tekst" "$T/inbox"/*.json >/dev/null && fail "a private answer went into a hand-in"
grep -l "Geheim" "$T/inbox"/*.json >/dev/null && fail "a name went into a hand-in"

# one command per format
for fmt in text markdown html csv json; do
	sp group --baseline verbindend-dag1 --format $fmt -o "$T/report.$fmt" "$T/inbox" \
		>"$T/out" 2>"$T/err"
	expect_status $? 0 "group --format $fmt"
	if [ $fmt = csv ]; then
		expect_in "$T/out" "CSV geschreven: $T/report.csv (rijen van 25 deelnemers; nulmeting: rijen van 25 deelnemers)"
		# every participant handed in both days under the same code
		expect_in "$T/out" "25 deelnemers staan in beide metingen onder dezelfde letter"
	else
		expect_in "$T/out" "(25 deelnemers; nulmeting: 25 deelnemers)"
	fi
	for bad in Geheim PRIVE-tekst; do
		expect_not_in "$T/report.$fmt" "$bad"
	done
done
expect_in "$T/report.text" "Nulmeting: Verbindend leiderschap"
expect_in "$T/report.text" "Verandering sinds de nulmeting"
# the comparison table only when the shared items cover a practice by the
# thresholds (scoring model 2); otherwise the report says so
if [ "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["practices"]))' \
	"$T/expected.json")" -gt 0 ]; then
	expect_in "$T/report.markdown" "| gedeelde vragen | nulmeting | nu | verandering |"
else
	expect_in "$T/report.markdown" "Geen praktijk is over de gedeelde vragen in beide metingen gemeten."
fi
python3 - "$T" <<'EOF' || fail "group figures differ from the independent computation"
import csv, json, sys, xml.etree.ElementTree as ET
t = sys.argv[1]
exp = json.load(open(f"{t}/expected.json"))
g = json.load(open(f"{t}/report.json", encoding="utf-8"))
assert g["participants"] == 25 and g["baseline"]["participants"] == 25, g["baseline"]
assert g["baseline"]["common_items"] == exp["common"] == 9
# day 6's own practice scores: over all its items, as without a baseline
own = {p["id"]: p for p in g["practices"]}
assert set(own) == set(exp["own"]), (set(own), set(exp["own"]))
for pr, e in exp["own"].items():
    assert abs(own[pr]["mean"] - e["6"]) < 0.051, (pr, own[pr]["mean"], e)
# the change: over the shared items only, a figure of its own
got = {p["id"]: p for p in g["comparison"]}
assert set(got) == set(exp["practices"]), (set(got), set(exp["practices"]))
text = open(f"{t}/report.text", encoding="utf-8").read()
for pr, e in exp["practices"].items():
    p = got[pr]
    assert abs(p["now"]["mean"] - e["6"]) < 0.051, (pr, p["now"], e)
    assert abs(p["baseline"]["mean"] - e["1"]) < 0.051, (pr, p["baseline"], e)
    change = round(e["6"] - e["1"], 1)
    assert abs(p["change"] - change) < 0.051, (pr, p["change"], change)
    line = f"{e['1']:5.1f} -> {e['6']:5.1f}  {change:+6.1f}".replace("+0.0", " 0.0").replace(".", ",")
    assert line in text, (pr, line)
# CSV: 25 participants per measurement, every likert item of that day
rows = list(csv.DictReader(open(f"{t}/report.csv", encoding="utf-8", newline="")))
for m, n_likert, d in (("nu", exp["likert"]["6"], "6"), ("nulmeting", exp["likert"]["1"], "1")):
    mine = [r for r in rows if r["meting"] == m]
    assert len({r["deelnemer"] for r in mine}) == 25, m
    assert len([r for r in mine if r["soort"] == "likert"]) == 25 * n_likert, m
    assert {r["item"] for r in mine if r["soort"] == "praktijk"} == \
        {pr for pr in exp["own"] if d in exp["own"][pr]}, m
    assert {r["item"] for r in mine if r["soort"] == "praktijk-gedeeld"} == set(exp["practices"])
# everybody handed in both days under one code: the same letter in both
# measurements, and that letter's rows are one person's on both days
assert {r["paar"] for r in rows} == {"ja"}, {r["paar"] for r in rows}
letters = {m: {r["deelnemer"] for r in rows if r["meting"] == m} for m in ("nu", "nulmeting")}
assert letters["nu"] == letters["nulmeting"], letters
people = {(json.dumps(v["1"], sort_keys=True), json.dumps(v["6"], sort_keys=True))
          for v in exp["person"].values()}
for letter in letters["nu"]:
    day = {d: {r["item"]: r["waarde"] for r in rows if r["deelnemer"] == letter and
               r["meting"] == m and r["soort"] == "praktijk"}
           for d, m in (("1", "nulmeting"), ("6", "nu"))}
    key = (json.dumps(day["1"], sort_keys=True), json.dumps(day["6"], sort_keys=True))
    assert key in people, (letter, key)
# HTML: well-formed, no scripts or external files
root = ET.fromstring(open(f"{t}/report.html", encoding="utf-8").read())
assert not list(root.iter("script")) and not list(root.iter("link"))
# shared answers are in, without names; private ones are not
md = open(f"{t}/report.markdown", encoding="utf-8").read()
assert "gedeeld inzicht 01 dag 6" in md and "dag 1" not in md.split("Gedeelde antwoorden")[1]
EOF
echo "ok"
