#!/bin/sh
# Issue 12: at 80x24 the fifth option of a situation fell below the fold
# with only "90%" as a hint. Now a situation whose text and options fit in
# 80x24 shows all five (the fixture's does, see golden q-situation); one
# that does not fit says how many options are below ("▼ nog 1 keuze (↓)"),
# and Down brings them into view, with "▲ meer (↑)" for the text above.
. "$SRCDIR/test/screen/lib.sh"
screen_init situation_fold
golden_data
ITEMS=9
# a copy of the fixture whose situation is two lines longer
cp -R "$CONTENT" "$T/content" || fail "cannot copy the content"
CONTENT="$T/content"
python3 - "$CONTENT/schermproef.json" <<'PY' || fail "cannot make the longer situation"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
it = q["sections"][1]["items"][0]
assert it["type"] == "scenario"
it["text"] += (" Ze wil weten of je het rooster wilt verdedigen of ter discussie wilt"
               " stellen, en wie je daarbij wilt betrekken.")
json.dump(q, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY

run_spiegel resume 20261122-081500-b05e11
wait_for_item 3
keys Right Right Right
wait_for_item 6
keys NPage                          # on from the open question, which types
wait_for_item 7
wait_for "▼ nog 1 keuze (↓)"
assert_screen "Wat zou je het MEEST waarschijnlijk doen?"
assert_screen "▸1 "
assert_not_screen "Ik vraag twee teamleden"
assert_not_screen "%"
keys Down Down Down Down
wait_for "▸5         Ik vraag twee teamleden"
assert_not_screen "▼ nog"
assert_screen "▲ meer (↑)"
keys Enter
wait_for "En wat zou je het MINST waarschijnlijk doen?"
wait_for "▼ nog 1 keuze (↓)"         # the least likely starts at option 1 again
keys Down Down Down Down
wait_for "▸5 meest ▲ Ik vraag twee teamleden"
keys q
wait_exit
assert_status 0
F="$DATA/sessions/20261122-081500-b05e11.json"
[ "$(json_get "$F" 's["answers"]["SP.W.S1"]["most"]')" = e ] ||
	fail "option 5 chosen below the fold was not saved"
exit 0
