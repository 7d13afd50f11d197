#!/bin/sh
# Stop halfway with q, then `spiegel resume` (no id) continues at the first
# unanswered item; going back with Left shows the earlier answers marked.
. "$SRCDIR/test/screen/lib.sh"
screen_init quit_resume

run_spiegel start visie
wait_for_item 1
answer_items 1 1 2 3 4 1   # the five context items
answer_items 6 4           # VIS.A1.01 instemming: eens
answer_items 7 2           # VIS.A1.05 frequentie: zelden
keys q
wait_exit
assert_status 0
wait_for "spiegel resume"

F=$(session_file) || exit 1
python3 - "$F" <<'PY' || fail "session file after q is wrong"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
exp = {"VIS.CTX.01": {"choice": "po"}, "VIS.A1.01": {"value": 4}, "VIS.A1.05": {"value": 2}}
a = s["answers"]
ok = s["finished"] is False and len(a) == 7 and all(a.get(k) == v for k, v in exp.items())
ok = ok and all("choice" in a.get("VIS.CTX.0%d" % i, {}) for i in range(1, 6))
if not ok:
    print(json.dumps(s, indent=1, ensure_ascii=False))
sys.exit(0 if ok else 1)
PY

# resume without an id: the newest unfinished session
run_spiegel resume
wait_for_item 8
assert_screen "7 beantwoord"
assert_screen "Welkom terug"
keys 5          # VIS.A1.03 frequentie: (bijna) altijd
wait_for_item 9
keys Left
wait_for_item 8
wait_for "● (bijna) altijd"
keys Left
wait_for_item 7
wait_for "● zelden"
assert_screen "○ nooit"
assert_screen "○ (bijna) altijd"
keys Left
wait_for_item 6
wait_for "● eens"
assert_screen "○ helemaal eens"
keys Left
wait_for_item 5
# the choice answered with 1 on item 5
label=$(python3 -c 'import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
print(q["sections"][0]["items"][4]["options"][0]["label"])' "$CONTENT/visie.json")
wait_for "● $label"
keys q
wait_exit
assert_status 0

F=$(session_file) || exit 1
python3 - "$F" <<'PY' || fail "session file after resume is wrong"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
a = s["answers"]
exp = {"VIS.A1.01": {"value": 4}, "VIS.A1.05": {"value": 2}, "VIS.A1.03": {"value": 5},
       "VIS.CTX.01": {"choice": "po"}}
ok = s["finished"] is False and len(a) == 8 and all(a.get(k) == v for k, v in exp.items())
if not ok:
    print(json.dumps(s, indent=1, ensure_ascii=False))
sys.exit(0 if ok else 1)
PY
exit 0
