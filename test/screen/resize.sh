#!/bin/sh
# Resizing the terminal during an item: larger (120x40), too small (30x8:
# "Maak het venster groter"), and back to 80x24: the item is drawn again at
# each size and spiegel keeps running and answering.
. "$SRCDIR/test/screen/lib.sh"
screen_init resize
# a copy of the content in which item 3 (a choice) has a question of a
# known length, whatever content/visie.json says there now
cp -r "$SRCDIR/content" "$T/content" || fail "cannot copy the content"
CONTENT="$T/content"
python3 - "$CONTENT/visie.json" <<'PY' || fail "cannot prepare the content"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
it = q["sections"][0]["items"][2]
assert it["type"] == "choice", it["id"]
it["text"] = "Hoeveel leerlingen of studenten telt de school of locatie waar je leiding aan geeft?"
json.dump(q, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY

# item 3 (a choice) fits on one line at 120 columns but is wrapped at 80
python3 - "$CONTENT/visie.json" >"$T/item3" <<'PY' || fail "cannot read the content"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
it = q["sections"][0]["items"][2]
assert it["type"] == "choice" and 78 < len(it["text"]) < 116, it["text"]
print(it["text"])
print(it["options"][-1]["label"])
print(it["options"][-1]["value"])
PY
question=$(sed -n 1p "$T/item3")
last_label=$(sed -n 2p "$T/item3")
last_value=$(sed -n 3p "$T/item3")
nopt=$(python3 -c 'import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
print(len(q["sections"][0]["items"][2]["options"]))' "$CONTENT/visie.json")
first_words=$(printf '%s' "$question" | cut -d' ' -f1-6)

size() {
	tm display-message -p -t spiegel '#{window_width}x#{window_height}'
}

run_spiegel start visie
wait_for_item 1
answer_items 1 1 2
wait_for "$first_words"
assert_not_screen "$question"      # wrapped at 80 columns

tm resize-window -t spiegel -x 120 -y 40 || fail "tmux resize-window failed"
[ "$(size)" = 120x40 ] || fail "window is $(size), expected 120x40"
wait_for " $question"                # on one line now
assert_screen "vraag 3 van 45"
assert_running
[ "$(screen | wc -l)" -eq 40 ] || fail "capture is not 40 lines high"

tm resize-window -t spiegel -x 30 -y 8 || fail "tmux resize-window failed"
wait_for "Maak het venster groter"
assert_screen "(minstens 40x12)"
assert_not_screen "vraag 3"
assert_running

tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
wait_gone "Maak het venster groter"
wait_for "vraag 3 van 45"
wait_for "$first_words"
assert_screen "○ $last_label"
assert_running

# still answering normally after all this
keys "$nopt"
wait_for_item 4
keys q
wait_exit
assert_status 0
F=$(session_file) || exit 1
[ "$(json_get "$F" 's["answers"]["VIS.CTX.03"]["choice"]')" = "$last_value" ] ||
	fail "answer after resizing was not saved"
exit 0
