#!/bin/sh
# Group data integrity for the trainer (issue 11, points 9, 13, 17, 19), on
# hand-in files made here for the small questionnaires of test/data/group:
#   - the CSV writes each participant's rows in a random order, never in the
#     order of the file names (which may hold the participant's code);
#   - with --baseline, a participant with the same code on day 1 and day 6
#     keeps one letter in both measurements (column paar = ja, and that
#     letter's rows are one person's); without a code to pair on, or with a
#     code two files carry, the letters come from a range of each
#     measurement's own, so that no join pairs two different people;
#   - hundreds of files named one by one on the command line (a shell
#     glob), and --baseline given 70 times;
#   - the success lines say how many participants' rows were written, per
#     measurement, and why files did not count, in the words the report
#     itself uses for its readers.
. "$SRCDIR/test/plain/lib.sh"
plain_init group_integrity
CONTENT="$SRCDIR/test/data/group/content"

# G.01 says who it is: K01 answers 1 on both days, K02 2, and so on.
python3 - "$T" <<'EOF' || fail "cannot write the hand-in files"
import json, os, sys
t = sys.argv[1]
def handin(path, sid, qid, alias, g01):
    answers = {"G.01": {"value": g01}, "G.02": {"value": 3}}
    if qid == "groepstest-basis":
        answers["G.07"] = {"value": 4}
    else:
        answers["G.03"] = {"value": 2}
    h = {"format": "spiegel-handin/1", "id": sid,
         "questionnaire": {"id": qid, "version": "1.0.0"}, "participant": alias,
         "created": "2026-03-01T09:00:00Z", "updated": "2026-03-01T09:30:00Z",
         "exported": "2026-03-01T10:00:00Z", "finished": True, "answers": answers,
         "withheld": 0}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(h, f, ensure_ascii=False)
for d in ("dag1", "dag6", "many", "manybase"):
    os.makedirs(f"{t}/{d}")
# day 1: K01..K05 and one without a code
for k, (alias, g01) in enumerate([("K01", 1), ("K02", 2), ("K03", 3), ("K04", 4),
                                  ("K05", 5), ("", 3)]):
    handin(f"{t}/dag1/dag1-{alias or 'anoniem'}.json", "20260301-090000-1000%02d" % k,
           "groepstest-basis", alias, g01)
# day 6: K01..K04 again, K06 new, one without a code, K07 on two files
for k, (alias, g01, name) in enumerate([("K01", 1, "K01"), ("K02", 2, "K02"),
                                        ("K03", 3, "K03"), ("K04", 4, "K04"),
                                        ("K06", 5, "K06"), ("", 2, "anoniem"),
                                        ("K07", 4, "K07"), ("K07", 5, "K07-tweede")]):
    handin(f"{t}/dag6/dag6-{name}.json", "20260306-090000-6000%02d" % k, "groepstest",
           alias, g01)
# and what does not count: K01's file again, a day-1 file, a broken file
handin(f"{t}/dag6/dag6-K01-kopie.json", "20260306-090000-600000", "groepstest", "K01", 1)
handin(f"{t}/dag6/dag6-zzz-basis.json", "20260301-090000-100099", "groepstest-basis", "K09", 2)
with open(f"{t}/dag6/dag6-kapot.json", "w") as f:
    f.write("{\"format\": \"spiegel-handin/1\", ")
# many: 300 hand-ins of day 6, 70 of day 1
for k in range(300):
    handin(f"{t}/many/h{k:03d}.json", "20260306-100000-%06x" % k, "groepstest",
           "P%03d" % k, 1 + k % 5)
for k in range(70):
    handin(f"{t}/manybase/b{k:03d}.json", "20260301-100000-%06x" % k, "groepstest-basis",
           "P%03d" % k, 1 + k % 5)
EOF

# --- point 9: the rows in a random order, not that of the file names ----
# (the blocks of one run, by G.01, which is 1..5 in file-name order)
for i in 1 2 3 4 5 6 7 8; do
	sp group --format csv "$T/many/h00"[0-9].json 2>/dev/null >"$T/order.csv" ||
		fail "csv run $i"
	python3 - "$T/order.csv" <<'EOF' || fail "reading the CSV order"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
blocks = []
for r in rows:
    if not blocks or blocks[-1][0] != r["deelnemer"]:
        blocks.append((r["deelnemer"], None))
    if r["item"] == "G.01":
        blocks[-1] = (r["deelnemer"], r["antwoord"])
# every participant's rows together, ten blocks, lettered in writing order
assert len(blocks) == 10 and len({b[0] for b in blocks}) == 10, blocks
assert [b[0] for b in blocks] == list("ABCDEFGHIJ"), blocks
print(" ".join(b[1] for b in blocks))
EOF
done >"$T/orders"
[ "$(sort -u "$T/orders" | wc -l)" -gt 1 ] || fail_with "$T/orders" "the CSV rows come in the same order every run"
grep -qvx "1 2 3 4 5 1 2 3 4 5" "$T/orders" ||
	fail_with "$T/orders" "the CSV rows follow the file names"

# --- point 13: the same code, the same letter in both measurements -----
sp group --baseline "$T/dag1" --format csv -o "$T/paired.csv" "$T/dag6" >"$T/out" 2>"$T/err"
expect_status $? 0 "csv with baseline"
python3 - "$T/paired.csv" <<'EOF' || fail_with "$T/paired.csv" "pairing by code"
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert list(rows[0])[:3] == ["deelnemer", "meting", "paar"], list(rows[0])
who = {}   # (meting, letter) -> (paar, G.01 answer)
for r in rows:
    key = (r["meting"], r["deelnemer"])
    if r["item"] == "G.01":
        who[key] = (r["paar"], r["antwoord"])
    else:
        assert who.get(key, (r["paar"],))[0] == r["paar"], r
now = {l: v for (m, l), v in who.items() if m == "nu"}
base = {l: v for (m, l), v in who.items() if m == "nulmeting"}
assert len(now) == 8 and len(base) == 6, (now, base)
paired = {l for l, v in now.items() if v[0] == "ja"}
# K01..K04 handed in on both days under their code: paired, one letter
assert len(paired) == 4, now
assert paired == {l for l, v in base.items() if v[0] == "ja"}, (now, base)
for l in paired:
    assert now[l][1] == base[l][1], (l, now[l], base[l])   # the same person
assert sorted(now[l][1] for l in paired) == ["1", "2", "3", "4"], now
assert sorted(paired) == ["A", "B", "C", "D"], paired
# everybody else: a letter of their own measurement, never found in the other
for l, v in now.items():
    assert v[0] == "ja" or (l.startswith("nu-") and l not in base), (l, v)
for l, v in base.items():
    assert v[0] == "ja" or (l.startswith("nulmeting-") and l not in now), (l, v)
# a join on the letter pairs only the same people
for l in set(now) & set(base):
    assert now[l][0] == base[l][0] == "ja" and now[l][1] == base[l][1], l
EOF
expect_in "$T/out" "CSV geschreven: $T/paired.csv (rijen van 8 deelnemers; nulmeting: rijen van 6 deelnemers)"
expect_in "$T/out" "4 deelnemers staan in beide metingen onder dezelfde letter (kolom paar: ja), gekoppeld op hun code."
expect_in "$T/out" "Niet gekoppeld (paar: nee, een eigen letter per meting): 4 van nu en 2 van de nulmeting, van wie 2 zonder code en 2 met een code die twee bestanden dragen"
for n in K01 K02 K06 K07; do
	expect_not_in "$T/paired.csv" "$n"
done
# with --names the code and the letter, the same letter on both days
sp group --baseline "$T/dag1" --names --format csv "$T/dag6" >"$T/names.csv" 2>/dev/null
for k in K01 K02 K03 K04; do
	l_now=$(grep "^$k (" "$T/names.csv" | grep ',nu,ja,' | head -1 | cut -d, -f1)
	l_base=$(grep "^$k (" "$T/names.csv" | grep ',nulmeting,ja,' | head -1 | cut -d, -f1)
	[ -n "$l_now" ] && [ "$l_now" = "$l_base" ] ||
		fail_with "$T/names.csv" "$k: '$l_now' now, '$l_base' in the baseline"
done
grep -q '^K07 (nu-[A-Z]*),nu,nee,' "$T/names.csv" ||
	fail_with "$T/names.csv" "K07 (two files) should be unpaired"
grep -q '^K05 (nulmeting-[A-Z]*),nulmeting,nee,' "$T/names.csv" ||
	fail_with "$T/names.csv" "K05 (day 1 only) should be unpaired"

# --- point 19: what was written, and why files did not count ------------
expect_in "$T/out" "Niet meegeteld: 1 bestand van een andere vragenlijst of versie, 1 dubbel ingeleverd bestand (het telt één keer mee) en 1 onleesbaar bestand (geen sessie- of inleverbestand van spiegel). Zie de meldingen hierboven."
expect_in "$T/err" "overgeslagen: $T/dag6/dag6-K01.json: dezelfde sessie"
# the report (the handout) says it too, without the stderr it never saw
sp group --baseline "$T/dag1" -o "$T/report.txt" "$T/dag6" >"$T/out" 2>/dev/null
expect_status $? 0 "report with baseline"
expect_in "$T/out" "Groepsrapport geschreven: $T/report.txt (8 deelnemers; nulmeting: 6 deelnemers)"
expect_in "$T/out" "Niet meegeteld: 1 bestand van een andere vragenlijst of versie"
tr '\n' ' ' <"$T/report.txt" >"$T/report.flat"
expect_in "$T/report.flat" "Niet meegeteld: 1 bestand van een andere vragenlijst of versie, 1 dubbel ingeleverd bestand (het telt één keer mee) en 1 onleesbaar bestand (geen sessie- of inleverbestand van spiegel)."
expect_not_in "$T/report.flat" "zie de meldingen"
# too few in the baseline: its rows stay out, and the line says so
sp group --baseline "$T/dag1" --min-group 7 --format csv -o "$T/few.csv" "$T/dag6" >"$T/out" 2>/dev/null
expect_status $? 0 "csv, baseline too small"
expect_in "$T/out" "CSV geschreven: $T/few.csv (rijen van 8 deelnemers; geen rijen van de nulmeting: 6 deelnemers, minimaal 7)"
expect_not_in "$T/few.csv" "nulmeting"
expect_not_in "$T/out" "gekoppeld"
sp group --min-group 9 --format csv -o "$T/none.csv" "$T/dag6" >"$T/out" 2>/dev/null
expect_in "$T/out" "CSV geschreven: $T/none.csv (geen rijen van deze meting: 8 deelnemers, minimaal 9)"
[ "$(wc -l <"$T/none.csv")" -eq 1 ] || fail_with "$T/none.csv" "rows below the minimum"

# --- point 17: hundreds of paths, and --baseline many times -------------
sp group --format json "$T"/many/*.json >"$T/many.json" 2>"$T/err"
expect_status $? 0 "300 paths"
[ "$(json_get "$T/many.json" 's["participants"]')" = 300 ] || fail_with "$T/many.json" "300 participants"
set --
for f in "$T"/manybase/*.json; do
	set -- "$@" --baseline "$f"
done
[ $# -eq 140 ] || fail "expected 70 --baseline options, got $(($# / 2))"
sp group "$@" --format json "$T"/many/h0*.json >"$T/manybase.json" 2>"$T/err"
expect_status $? 0 "70 --baseline paths"
[ "$(json_get "$T/manybase.json" 's["baseline"]["participants"]')" = 70 ] ||
	fail_with "$T/manybase.json" "70 baseline participants"
[ "$(json_get "$T/manybase.json" 's["participants"]')" = 100 ] ||
	fail_with "$T/manybase.json" "100 participants"
echo "ok"
