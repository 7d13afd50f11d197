#!/bin/sh
# Sector-aware wording on the curses screens: the sector question switches
# the texts of the following questions and their help; going back and
# choosing another sector switches them again. Placeholders are put into a
# copy of the content, so the test does not depend on which texts use them.
. "$SRCDIR/test/screen/lib.sh"
screen_init sector

cp -r "$SRCDIR/content" "$T/content" || fail "cannot copy the content"
CONTENT="$T/content"
python3 - "$CONTENT/visie.json" <<'PY' || fail "cannot prepare the content"
import json, sys
v = json.load(open(sys.argv[1], encoding="utf-8"))
it = [i for s in v["sections"] for i in s["items"] if i["id"] == "VIS.A1.01"][0]
it["text"] = "{Leerlingen} en {medezeggenschap} eerst. " + it["text"]
it["help"] = "Over {leerlingen}. " + it["help"]
json.dump(v, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY

run_spiegel start visie
wait_for_item 1
keys 3 # mbo
wait_for_item 2
keys 1
wait_for_item 3
keys 1
wait_for_item 4
keys 1
wait_for_item 5
keys 1
wait_for_item 6
wait_for "Studenten en de OR en de studentenraad eerst."
assert_not_screen "{"
type_text "?"
wait_for "Waarom deze vraag"
assert_screen "Over studenten."
keys Escape
wait_gone "Waarom deze vraag"

# back to the sector question: po
keys Left Left Left Left Left
wait_for_item 1
keys 1
wait_for_item 2
keys Right Right Right Right
wait_for_item 6
wait_for "Leerlingen en de MR eerst."
assert_not_screen "Studenten"
keys q
wait_exit
assert_status 0
