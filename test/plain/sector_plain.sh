#!/bin/sh
# Sector-aware wording (doc/content-format.md, "Sector variants"): after the
# sector question, questions, help, next steps and every report speak of
# that sector; a course day without a sector question follows the user's
# latest sector; "anders" gives the general wording; spiegel check rejects
# an unknown placeholder. The placeholders are put into a copy of the
# content here, so the test does not depend on which texts use them.
. "$SRCDIR/test/plain/lib.sh"
plain_init sector_plain

cp -r "$SRCDIR/content" "$T/content" || fail "cannot copy the content"
CONTENT="$T/content"
python3 - "$CONTENT" <<'PY' || fail "cannot prepare the content"
import json, sys
d = sys.argv[1]
def load(n): return json.load(open(f"{d}/{n}.json", encoding="utf-8"))
def save(n, o): json.dump(o, open(f"{d}/{n}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
v = load("visie")
it = [i for s in v["sections"] for i in s["items"] if i["id"] == "VIS.A1.01"][0]
it["text"] = "{Leerlingen} en {ouders}: " + it["text"]
it["help"] = "Denk aan {medezeggenschap}. " + it["help"]  # first line: never wrapped
save("visie", v)
p = load("practices")
for pr in p["practices"]:
    for st in pr["next_steps"]:
        st["text"] += " (met {leerlingen})"
save("practices", p)
day = load("verbindend-dag2")
# day 2 without its sector question, for the rule "a questionnaire without
# one follows the user's latest sector" (the course days ask it themselves)
for s in day["sections"]:
    s["items"] = [i for i in s["items"] if i.get("context") != "sector"]
day["sections"] = [s for s in day["sections"] if s["items"]]
its = [i for s in day["sections"] for i in s["items"] if i["type"] == "likert"]
its[0]["text"] = "Voor {leerlingen}: " + its[0]["text"]
save("verbindend-dag2", day)
day = load("verbindend-dag3")
its = [i for s in day["sections"] for i in s["items"] if i["type"] == "likert"]
its[0]["text"] = "Voor {leerlingen}: " + its[0]["text"]
save("verbindend-dag3", day)
PY
sp check >"$T/check" 2>&1 || fail_with "$T/check" "check fails on the prepared content"

# answers: the sector question gets $1 (po, vo, mbo or anders), "?" before
# VIS.A1.01 shows its help, every other choice 1, likert 3, open text "x",
# and at the end the focus (scoring model 2 lets the user choose one)
answers() { # SECTOR QUESTIONNAIRE
	python3 - "$CONTENT/$2.json" "$1" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
for s in q["sections"]:
    for it in s["items"]:
        if it.get("context") == "sector":
            print([o["value"] for o in it["options"]].index(sys.argv[2]) + 1)
        elif it["type"] == "choice":
            print(1)
        elif it["type"] == "likert":
            if it["id"] == "VIS.A1.01":
                print("?")
            print(3)
        elif it["type"] == "scenario":
            print("1 2")
        else:
            print("x")
            print("n")
# every answer alike: no clear low point, so choose the first practice as focus
print(1)
PY
}

answers mbo visie >"$T/in"
sp start visie --plain <"$T/in" >"$T/out" 2>"$T/err"
expect_status $? 0 "plain visie, mbo"
expect_in "$T/out" "Studenten en ouders en studenten:"
expect_in "$T/out" "Denk aan de OR en de studentenraad."
expect_in "$T/out" "(met studenten)"
expect_not_in "$T/out" "{"
expect_not_in "$T/out" "(met leerlingen"
id=$(session_id "$(session_file)")

for fmt in text markdown json; do
	sp report "$id" --format $fmt >"$T/r.$fmt" 2>"$T/err" || fail_with "$T/err" "report $fmt"
	expect_in "$T/r.$fmt" "(met studenten)"
	expect_not_in "$T/r.$fmt" "{leerlingen}"
	expect_not_in "$T/r.$fmt" "(met leerlingen"
done

# a course day has no sector question: the latest sector (mbo) holds
answers mbo verbindend-dag2 >"$T/in2"
sp start verbindend-dag2 --plain <"$T/in2" >"$T/out2" 2>"$T/err"
expect_status $? 0 "plain day 2"
expect_in "$T/out2" "Voor studenten:"
expect_not_in "$T/out2" "{"

# po and "anders" in sessions of their own
answers po visie >"$T/in3"
sp start visie --plain <"$T/in3" >"$T/out3" 2>"$T/err"
expect_status $? 0 "plain visie, po"
expect_in "$T/out3" "Leerlingen en ouders:"
expect_in "$T/out3" "Denk aan de MR."
answers anders visie >"$T/in4"
sp start visie --plain <"$T/in4" >"$T/out4" 2>"$T/err"
expect_status $? 0 "plain visie, anders"
expect_in "$T/out4" "Leerlingen of studenten en ouders:"
expect_in "$T/out4" "Denk aan de medezeggenschap."
# and the day module now follows the latest sector answer: anders (the
# sessions above were made within one second; make the order explicit)
python3 - "$DATA/sessions" <<'PY' || fail "cannot date the sessions"
import glob, json, sys
for f in glob.glob(sys.argv[1] + "/*.json"):
    s = json.load(open(f, encoding="utf-8"))
    if s["answers"].get("VIS.CTX.01", {}).get("choice") == "anders":
        s["updated"] = "2099-01-01T00:00:00Z"
        json.dump(s, open(f, "w", encoding="utf-8"), ensure_ascii=False)
PY
answers mbo verbindend-dag2 >"$T/in5"
sp start verbindend-dag2 --plain <"$T/in5" >"$T/out5" 2>"$T/err"
expect_in "$T/out5" "Voor leerlingen of studenten:"
# a course day with its own sector question follows its own answer
answers mbo verbindend-dag3 >"$T/in5b"
sp start verbindend-dag3 --plain <"$T/in5b" >"$T/out5b" 2>"$T/err"
expect_status $? 0 "plain day 3, mbo"
expect_in "$T/out5b" "Voor studenten:"
expect_not_in "$T/out5b" "{"

# the session list shows no placeholder either
sp list >"$T/list" 2>&1 || fail_with "$T/list" "list"
expect_not_in "$T/list" "{"

# a group report: the group's sector when every participant gave it and
# the group is large enough to be shown, else the general wording
DATA="$T/group"
answers mbo visie >"$T/in6"
for i in 1 2 3 4 5; do
	sp start visie --plain <"$T/in6" >/dev/null 2>"$T/err" || fail_with "$T/err" "group session $i"
done
for fmt in text markdown html; do
	sp group "$DATA/sessions" --format $fmt >"$T/g.$fmt" 2>"$T/err" || fail_with "$T/err" "group $fmt"
	expect_in "$T/g.$fmt" "Studenten en ouders en studenten:"
done
sp group "$DATA/sessions" --format json >"$T/g.json" 2>"$T/err" || fail_with "$T/err" "group json"
expect_not_in "$T/g.json" "{Leerlingen}"
sp group "$DATA/sessions" --min-group 6 >"$T/g6" 2>"$T/err" || fail_with "$T/err" "group min 6"
expect_not_in "$T/g6" "Studenten en ouders en studenten:"
expect_not_in "$T/g6" "{"
answers po visie >"$T/in7"
sp start visie --plain <"$T/in7" >/dev/null 2>"$T/err" || fail_with "$T/err" "po session"
sp group "$DATA/sessions" >"$T/g7" 2>"$T/err" || fail_with "$T/err" "mixed group"
expect_in "$T/g7" "Leerlingen of studenten en ouders:"
expect_not_in "$T/g7" "{"

# an unknown placeholder is a content error
sed -i 's/{medezeggenschap}/{medezeggenschp}/' "$CONTENT/visie.json"
sp check >"$T/check2" 2>&1 && fail_with "$T/check2" "check accepted an unknown placeholder"
expect_in "$T/check2" "VIS.A1.01: \"help\": onbekende plaatshouder \"{medezeggenschp}\""
exit 0
