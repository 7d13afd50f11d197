#!/bin/sh
# A scenario item: choose the most likely response, then the least likely
# (the same option is refused), move on to the follow-up, go back and change
# both choices; the session file follows every step.
. "$SRCDIR/test/screen/lib.sh"
screen_init scenario

# the options of WEE.S1 in file order, and which one is which approach
python3 - "$CONTENT/weerstand.json" >"$T/s1" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
items = [it for sec in q["sections"] for it in sec["items"]]
i = next(k for k, it in enumerate(items) if it["id"] == "WEE.S1")
print(i + 1, items[i]["title"], len(items), sep="\t")
for o in items[i]["options"]:
    print(o["value"], o["label"][:40], sep="\t")
PY
n=$(sed -n 1p "$T/s1" | cut -f1)
title=$(sed -n 1p "$T/s1" | cut -f2)
ITEMS=$(sed -n 1p "$T/s1" | cut -f3)
val() { sed -n "$(($1 + 1))p" "$T/s1" | cut -f1; }   # value of option N
lab() { sed -n "$(($1 + 1))p" "$T/s1" | cut -f2; }   # start of label N

run_spiegel start weerstand
wait_for_item 1
answer_items 1 1 1
wait_for_item "$n"
wait_for "Situatie: $title"
wait_for "Wat zou je het MEEST waarschijnlijk doen?"
assert_screen "$(lab 1)"
keys 3
wait_for "En wat zou je het MINST waarschijnlijk doen?"
wait_for "3 meest ▲ $(lab 3)"
assert_screen "vraag $n van"
F=$(session_file) || exit 1
[ "$(json_get "$F" 's["answers"]["WEE.S1"]')" = "{\"most\": \"$(val 3)\"}" ] ||
	fail "after most: $(json_get "$F" 's["answers"].get("WEE.S1")')"
# the most likely option cannot also be the least likely
keys 3
wait_for "Dit is je meest waarschijnlijke reactie"
assert_screen "vraag $n van"
keys 5
wait_for_item $((n + 1))
[ "$(json_get "$F" 's["answers"]["WEE.S1"]')" = "{\"most\": \"$(val 3)\", \"least\": \"$(val 5)\"}" ] ||
	fail "after least: $(json_get "$F" 's["answers"].get("WEE.S1")')"

# back to the scenario: both marks shown; change "most" to 1, keep "least"
keys Left
wait_for_item "$n"
wait_for "3 meest ▲ $(lab 3)"
keys Down
wait_changed
keys Down
wait_changed
keys Down
wait_changed
keys Down
wait_for "5 minst ▼ $(lab 5)"
keys 1
wait_for "1 meest ▲ $(lab 1)"
assert_screen "En wat zou je het MINST waarschijnlijk doen?"
assert_not_screen "3 meest ▲"
[ "$(json_get "$F" 's["answers"]["WEE.S1"]')" = "{\"most\": \"$(val 1)\", \"least\": \"$(val 5)\"}" ] ||
	fail "after changing most: $(json_get "$F" 's["answers"].get("WEE.S1")')"
# Tab goes back to "most"; choosing the least likely option as most drops it
keys Tab
wait_for "Wat zou je het MEEST waarschijnlijk doen?"
keys Tab
wait_for "En wat zou je het MINST waarschijnlijk doen?"
keys 2
wait_for_item $((n + 1))
[ "$(json_get "$F" 's["answers"]["WEE.S1"]')" = "{\"most\": \"$(val 1)\", \"least\": \"$(val 2)\"}" ] ||
	fail "after changing least: $(json_get "$F" 's["answers"].get("WEE.S1")')"
# the follow-up shows the situation above its question
wait_for "Situatie: $title"
wait_for "Wat zeg of doe je als eerste?"
keys q
wait_exit
assert_status 0
exit 0
