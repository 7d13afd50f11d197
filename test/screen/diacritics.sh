#!/bin/sh
# Typing Dutch text with diacritics in an open item: BSpace deletes whole
# (multibyte) characters, Left/Right move by characters, and the session
# file keeps the exact UTF-8 text.
. "$SRCDIR/test/screen/lib.sh"
screen_init diacritics

run_spiegel start visie
wait_for_item 1
go_to_item 10   # the first open item (Right = next item)
wait_for "opslaan, verder"     # open items start in typing mode

type_text "Wij zoeken één visie, ook al is dat naïef"
wait_for "│ Wij zoeken één visie, ook al is dat naïef"
# cursor before "naïef", insert a word with é
keys Left Left Left Left Left
type_text "héél "
wait_for "ook al is dat héél naïef"
# right over "na" and "ï", then BSpace deletes the two-byte ï
keys Right Right Right BSpace
wait_for "ook al is dat héél naef"
assert_not_screen "naïef"
type_text "ï"
wait_for "ook al is dat héél naïef"
# to the end (Right past "ef"): add " ëé" and delete it again (3 characters)
keys Right Right
type_text " ëé"
wait_for "héél naïef ëé"
keys BSpace BSpace BSpace
wait_gone "naïef ë"
# one more BSpace in the middle of "één": from the end (46 characters) Left
# x34 puts the cursor after "Wij zoeken é" (12 characters)
i=0
while [ "$i" -lt 34 ]; do
	keys Left
	i=$((i + 1))
done
keys BSpace
wait_for "│ Wij zoeken én visie"
type_text "é"
wait_for "│ Wij zoeken één visie, ook al is dat héél naïef"

expected="Wij zoeken één visie, ook al is dat héél naïef"
keys Enter
wait_for_item 11
F=$(session_file) || exit 1
python3 - "$F" "$expected" <<'PY' || fail "the session file does not hold the exact text"
import json, sys
raw = open(sys.argv[1], "rb").read()
raw.decode("utf-8")                   # valid UTF-8, or this raises
s = json.loads(raw)
got = s["answers"].get("VIS.A1.R", {}).get("text")
want = sys.argv[2]
if got != want:
    print("got  %r\nwant %r" % (got, want))
    sys.exit(1)
PY

# back to the item: the text is shown as saved
keys Left
wait_for_item 10
wait_for "│ $expected"
keys Escape
wait_gone "opslaan, verder"
keys q
wait_exit
assert_status 0
F=$(session_file) || exit 1
got=$(json_get "$F" 's["answers"]["VIS.A1.R"]["text"]')
[ "$got" = "$expected" ] || fail "after quitting the text is '$got'"
exit 0
