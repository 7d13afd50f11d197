#!/bin/sh
# A session with every item answered but not finished (stopped between the
# last answer and "afronden") resumes on the overview, not at question 1; "a"
# finishes it and shows the results.
. "$SRCDIR/test/screen/lib.sh"
screen_init resume_answered

mkdir -p "$DATA/sessions" || fail "mkdir"
# the header of test/data/visie-finished.json, with every item of the
# visie questionnaire as it is now answered (so the test follows revisions
# of content/visie.json)
python3 - "$SRCDIR/test/data/visie-finished.json" "$CONTENT/visie.json" \
	"$DATA/sessions/20260310-091500-c0ffee.json" <<'PY' || fail "cannot write the session"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
q = json.load(open(sys.argv[2], encoding="utf-8"))
s["finished"] = False
s["questionnaire"]["version"] = q["version"]
answers = {}
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] == "likert":
            answers[it["id"]] = {"value": 3}
        elif it["type"] == "choice":
            answers[it["id"]] = {"choice": it["options"][0]["value"]}
        elif it["type"] == "open":
            answers[it["id"]] = {"text": "x"}
s["answers"] = answers
s["position"] = it["id"]
json.dump(s, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
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
