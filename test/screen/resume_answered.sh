#!/bin/sh
# A session with every item answered but not finished (stopped between the
# last answer and "afronden") resumes on the overview, not at question 1; "a"
# finishes it and shows the results.
. "$SRCDIR/test/screen/lib.sh"
screen_init resume_answered
# The scores are worked out by hand from a frozen copy of the item bank
# (test/data/content-v1: visie 1.0.0 and its catalogue), so that revising
# content/visie.json does not change what this test checks.
CONTENT="$SRCDIR/test/data/content-v1"

mkdir -p "$DATA/sessions" || fail "mkdir"
python3 - "$SRCDIR/test/data/visie-finished.json" "$DATA/sessions/20260310-091500-c0ffee.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["finished"] = False
json.dump(s, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
chmod 600 "$DATA/sessions/20260310-091500-c0ffee.json"
run_spiegel resume 20260310-091500-c0ffee
wait_for "Overzicht · Visie"
assert_not_screen "vraag 1 van 45"
keys a
wait_for "Resultaten · Visie"
keys q
wait_exit
assert_status 0
F=$(session_file) || exit 1
[ "$(json_get "$F" 's["finished"]')" = true ] || fail "not finished after a"
exit 0
