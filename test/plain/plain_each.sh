#!/bin/sh
# Every bundled questionnaire can be completed in plain mode: input derived
# from the content file (two numbers for a situation, a number for choice and
# likert items, a line for open items); the session ends finished with every
# item answered and the report is printed.
. "$SRCDIR/test/plain/lib.sh"
plain_init plain_each

"$SPIEGEL" --content-dir "$CONTENT" list >"$T/list" || fail "spiegel list failed"
for qid in $(cut -d' ' -f1 "$T/list"); do
	rm -rf "$DATA"
	python3 - "$CONTENT/$qid.json" >"$T/in" 2>"$T/n" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
items = [it for sec in q["sections"] for it in sec["items"]]
for k, it in enumerate(items):
    if it["type"] == "scenario":
        print((k % 5) + 1, ((k + 1) % 5) + 1)
    elif it["type"] == "open":
        print("Een reflectie met ë en é.")
        print("j" if k % 2 else "")  # may it be shared? (Enter: no)
    elif it["type"] == "likert":
        print((k % 5) + 1)
    else:
        print((k % len(it["options"])) + 1)
sys.stderr.write("%d\n" % len(items))
PY
	n=$(cat "$T/n")
	sp start "$qid" --plain <"$T/in" >"$T/out" 2>"$T/err"
	expect_status $? 0 "plain $qid"
	[ -s "$T/err" ] && fail_with "$T/err" "stderr for $qid"
	expect_in "$T/out" "Leiderschapspraktijken (score 0-100)"
	expect_in "$T/out" "Sessie-id:"
	f=$(session_file)
	[ "$(json_get "$f" 's["finished"]')" = true ] || fail "$qid: not finished"
	[ "$(json_get "$f" 'len(s["answers"])')" = "$n" ] ||
		fail "$qid: $(json_get "$f" 'len(s["answers"])') of $n answers stored"
	echo "completed $qid ($n items) in plain mode"
done

# stopped after the last answer but before finishing (a kill at that moment):
# resume finishes straight away instead of starting at question 1
python3 - "$f" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["finished"] = False
json.dump(s, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
sp resume "$(session_id "$f")" --plain </dev/null >"$T/out" 2>"$T/err"
expect_status $? 0 "resume of an all-answered session"
expect_in "$T/out" "Leiderschapspraktijken (score 0-100)"
expect_not_in "$T/out" "[vraag 1 van"
[ "$(json_get "$f" 's["finished"]')" = true ] || fail "resume did not finish the session"
