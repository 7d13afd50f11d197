#!/bin/sh
# The six day modules of the course "Verbindend leiderschap"
# (content/verbindend-dag1..6.json): spiegel lists them; each has 8-12 items
# and ends with its open day question VLn.DAGVRAAG; day 1 and day 6 share
# core items that are identical in both files; every practice they
# weigh on exists; every practice the shared core weighs on is covered by the
# shared items alone (coverage thresholds of the catalogue, so that growth is
# compared on enough items); and day 1 and day 6 can be completed in plain
# mode, with a report that names the practices the module touches and scores
# only those it covers by the thresholds (doc/scoring.md).
. "$SRCDIR/test/plain/lib.sh"
plain_init course_days

sp check >"$T/out" 2>&1
expect_status $? 0 "spiegel check"

sp list >"$T/list" 2>"$T/err"
expect_status $? 0 "spiegel list"
for d in 1 2 3 4 5 6; do
	grep -q "^verbindend-dag$d .*Verbindend leiderschap – dag $d: " "$T/list" ||
		fail_with "$T/list" "spiegel list does not show verbindend-dag$d"
done

# Structure of the six files, checked on the JSON itself.
python3 - "$CONTENT" <<'PY' || fail "the course day files do not have the expected structure"
import json, os, sys
content = sys.argv[1]
cat = json.load(open(os.path.join(content, "practices.json"), encoding="utf-8"))
practices = {p["id"] for p in cat["practices"]}
bad = []
days = {}
for d in range(1, 7):
    q = json.load(open(os.path.join(content, "verbindend-dag%d.json" % d), encoding="utf-8"))
    days[d] = q
    if q.get("id") != "verbindend-dag%d" % d:
        bad.append("dag %d: id %r" % (d, q.get("id")))
    items = [it for sec in q["sections"] for it in sec["items"]]
    if not 8 <= len(items) <= 12:
        bad.append("dag %d: %d items, expected 8-12" % (d, len(items)))
    last = items[-1]
    if last["id"] != "VL%d.DAGVRAAG" % d or last["type"] != "open":
        bad.append("dag %d: last item is %s (%s), expected open VL%d.DAGVRAAG"
                   % (d, last["id"], last["type"], d))
    if "dagvraag" not in q.get("intro", "").lower():
        bad.append("dag %d: the intro does not mention the dagvraag" % d)
    likert = [it for it in items if it["type"] == "likert"]
    if len(likert) * 2 < len(items):
        bad.append("dag %d: only %d of %d items are likert" % (d, len(likert), len(items)))
    for sec in q["sections"]:
        if not 1 <= len(sec.get("prompts", [])) <= 3:
            bad.append("dag %d: section %s has %d prompts, expected 1-3"
                       % (d, sec["id"], len(sec.get("prompts", []))))
    for it in items:
        for p in it.get("weights", {}):
            if p not in practices:
                bad.append("dag %d: %s weighs on unknown practice %s" % (d, it["id"], p))
        src = it.get("source", {})
        if "lines" not in src and "ref" not in src:
            bad.append("dag %d: %s has neither source lines nor a bibliography ref" % (d, it["id"]))

def by_id(q):
    return {it["id"]: it for sec in q["sections"] for it in sec["items"]}

one, six = by_id(days[1]), by_id(days[6])
shared = sorted(set(one) & set(six))
for i in shared:
    a, b = one[i], six[i]
    # identical JSON, including the order of the weights
    if json.dumps(a, ensure_ascii=False) != json.dumps(b, ensure_ascii=False):
        bad.append("shared item %s differs between day 1 and day 6" % i)
    if a["type"] == "likert" and days[1]["scales"][a["scale"]] != days[6]["scales"][b["scale"]]:
        bad.append("shared item %s has different scale labels" % i)
# the growth core: every practice the shared items weigh on is covered by
# the shared items alone at the catalogue's thresholds (weight in thousandths,
# number of items), so that day 1 and day 6 can be compared on it; at least
# three practices, and each is a primary practice of both days
cov = cat.get("coverage", {})
min_milli = round(cov.get("min_weight", 2.0) * 1000)
min_items = cov.get("min_items", 3)
milli, count = {}, {}
for i in shared:
    for p, w in one[i].get("weights", {}).items():
        milli[p] = milli.get(p, 0) + round(w * 1000)
        count[p] = count.get(p, 0) + 1
if len(milli) < 3:
    bad.append("the shared items weigh on only %d practices: %s" % (len(milli), sorted(milli)))
for p in sorted(milli):
    if milli[p] < min_milli or count[p] < min_items:
        bad.append("the shared items cover %s with weight %.3f over %d items, below the thresholds"
                   % (p, milli[p] / 1000, count[p]))
    for d in (1, 6):
        if p not in days[d].get("practices", []):
            bad.append("the core practice %s is not a primary practice of day %d" % (p, d))
if not any(one[i].get("reverse") for i in shared):
    bad.append("no reverse keyed item among the shared items")
# no other item id occurs in two day files
seen = {}
for d, q in days.items():
    for i in by_id(q):
        if i in seen and not (i in shared and {seen[i], d} == {1, 6}):
            bad.append("item %s occurs on day %d and day %d" % (i, seen[i], d))
        seen.setdefault(i, d)
for b in bad:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# Complete day 1 and day 6 in plain mode. Answers from the file: likert items
# cycle through 1-5, choices take option 1, the open item gets a line.
for d in 1 6; do
	python3 - "$CONTENT/verbindend-dag$d.json" >"$T/in$d" 2>"$T/expect$d" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
cat = json.load(open(sys.argv[1].rsplit("/", 1)[0] + "/practices.json", encoding="utf-8"))
# names as a session without a known sector shows them (placeholders in
# their general form, doc/content-format.md)
import re
def general(t):
    def form(m):
        v = cat["variants"][m.group(1)[0].lower() + m.group(1)[1:]]["algemeen"]
        return v[0].upper() + v[1:] if m.group(1)[0].isupper() else v
    return re.sub(r"\{([A-Za-z_]+)\}", form, t)
names = {p["id"]: general(p["name"]) for p in cat["practices"]}
count = {}
k = 0
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] == "likert":
            print(k % 5 + 1)
            k += 1
            for p, w in it["weights"].items():
                n, m = count.get(p, (0, 0))
                count[p] = (n + 1, m + round(w * 1000))
        elif it["type"] == "choice":
            print(1)
        else:
            print("Minder tegelijk doen; maandag bespreek ik onze speerpunten met het MT.")
# expected: practice id, likert items on it, their weight (thousandths), name
for p in sorted(count):
    sys.stderr.write("%s\t%d\t%d\t%s\n" % (p, count[p][0], count[p][1], names[p]))
PY
	[ -s "$T/expect$d" ] || fail "no practices computed for day $d"
	sp start "verbindend-dag$d" --plain --participant "Deelnemer $d" <"$T/in$d" >"$T/out$d" 2>"$T/err"
	expect_status $? 0 "plain session verbindend-dag$d"
	[ -s "$T/err" ] && fail_with "$T/err" "unexpected stderr for day $d"
	n=$(wc -l <"$T/in$d")
	expect_in "$T/out$d" "[vraag $n van $n]"
	expect_in "$T/out$d" "Verbindend leiderschap – dag $d:"
	id=$(sed -n 's/^Sessie-id: \([0-9a-z-]*\)$/\1/p' "$T/out$d" | tail -n 1)
	[ -n "$id" ] || fail_with "$T/out$d" "no session id for day $d"

	sp report "$id" >"$T/report$d" 2>"$T/err"
	expect_status $? 0 "report day $d"
	expect_in "$T/report$d" "Leiderschapspraktijken"
	expect_in "$T/report$d" "maandag bespreek ik onze speerpunten"
	sp report "$id" --format json >"$T/json$d" 2>"$T/err"
	expect_status $? 0 "json report day $d"
	python3 - "$T/report$d" "$T/json$d" "$T/expect$d" "$d" <<'PY'
import json, sys
text = " ".join(open(sys.argv[1], encoding="utf-8").read().split())
rep = json.load(open(sys.argv[2], encoding="utf-8"))
want = {}
for line in open(sys.argv[3], encoding="utf-8"):
    p, n, milli, name = line.rstrip("\n").split("\t")
    want[p] = (int(n), int(milli), name)
cov = rep["coverage"]
bad = []
if rep["questionnaire"]["id"] != "verbindend-dag" + sys.argv[4]:
    bad.append("questionnaire %s" % rep["questionnaire"]["id"])
if not rep["session"]["finished"] or rep["session"]["answered"] != rep["session"]["items"]:
    bad.append("session not finished or not fully answered")
for p in rep["practices"]:
    if p["id"] in want:
        n, milli, name = want.pop(p["id"])
        if name not in text:
            bad.append("the text report does not name %s" % name)
        # scoring model 2: a score only from enough coverage
        enough = milli >= cov["min_weight_milli"] and n >= cov["min_items"]
        if (p["score"] is not None) != enough or p["answered"] != n or p["weight_milli"] != milli:
            bad.append("%s: score %s, answered %s, weight %s, expected %d items, weight %d"
                       % (p["id"], p["score"], p["answered"], p["weight_milli"], n, milli))
        if not enough and p["coverage"] != "low":
            bad.append("%s: coverage %s, expected low" % (p["id"], p["coverage"]))
    elif p["score"] is not None:
        bad.append("%s has a score but no item of this day weighs on it" % p["id"])
if want:
    bad.append("practices missing from the json report: %s" % sorted(want))
for b in bad:
    print(b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY
	[ $? -eq 0 ] ||
		fail_with "$T/report$d" "the report of day $d does not show the practices of the module"
done

echo "course_days: ok"
