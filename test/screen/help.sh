#!/bin/sh
# ? on a likert item opens the help screen: the question, "Waarom deze
# vraag" with the item's help text, "Bron" with the full reference from the
# bibliography (authors, title, chapter; never a file code or line numbers)
# and the conversation prompts.  Esc returns to the item.
. "$SRCDIR/test/screen/lib.sh"
screen_init help

# what item 7 (VIS.A1.05) says about itself, from the content
python3 - "$CONTENT/visie.json" "$CONTENT/practices.json" >"$T/expect" <<'PY' || fail "cannot read the content"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
bib = json.load(open(sys.argv[2], encoding="utf-8"))["bibliography"]
items = [it for sec in q["sections"] for it in sec["items"]]
it = items[6]
assert it["id"] == "VIS.A1.05" and it["type"] == "likert" and it.get("help"), it["id"]
src = it["source"]
print(" ".join(it["help"].split()[:4]))                    # start of the help text
first = int(src["lines"].split(",")[0].split("-")[0])
entry = [e for e in bib if e.get("file") == src["file"] and
         int(e["lines"].split("-")[0]) <= first <= int(e["lines"].split("-")[1])][0]
print(entry["authors"] + ", '")                            # "Wassink, ... & Kessels, '"
print(" ".join(it["text"].split()[:5]))                    # start of the question
sec = [s for s in q["sections"] if it in s["items"]][0]
print("- " + " ".join(sec["prompts"][0].split()[:4]))      # first prompt
PY
help_start=$(sed -n 1p "$T/expect")
source_start=$(sed -n 2p "$T/expect")
question_start=$(sed -n 3p "$T/expect")
prompt_start=$(sed -n 4p "$T/expect")

run_spiegel start visie
wait_for_item 1
keys 1
wait_for_item 2
keys 1
wait_for_item 3
keys 1
wait_for_item 4
keys 1
wait_for_item 5
keys 1
wait_for_item 6
keys 3
wait_for_item 7
wait_for "$question_start"

type_text "?"
wait_for "Waarom deze vraag"
assert_screen "Uitleg"
assert_screen "$question_start"
assert_screen "$help_start"
assert_screen "Bron"
assert_screen " $source_start"
assert_screen "Om over door te praten"
assert_screen "$prompt_start"
assert_not_screen "vraag 7 van 45"
assert_not_screen "001 "
# no line reference ("r. 4777-4791"); a help text may well have "zwaar. Als"
screen | grep -E -q 'r\. [0-9]' && { LAST_SCREEN=$(screen); fail "a line reference on the screen"; }
# the source line sits right below the Bron heading
printf '%s\n' "$LAST_SCREEN" | grep -A1 '^ Bron *$' | grep -q "^ $source_start" ||
	fail "the line after 'Bron' is not the source"

keys Escape
wait_for_item 7
wait_gone "Waarom deze vraag"
assert_screen "$question_start"
assert_screen "○ nooit"
# the item still works after the help: answer it
keys 4
wait_for_item 8
keys q
wait_exit
assert_status 0
F=$(session_file) || exit 1
[ "$(json_get "$F" 's["answers"]["VIS.A1.05"]')" = '{"value": 4}' ] ||
	fail "answer after the help screen was not saved"
exit 0
