#!/bin/sh
# Invalid answers in plain mode: a message ("Kies een nummer ...") and the
# same item again; nothing is stored for them and nothing crashes.
. "$SRCDIR/test/plain/lib.sh"
plain_init plain_invalid

# item 1 (choice, 4 options): 0, 5 invalid, then 2
# item 2-5: valid; item 6 (likert, no n.v.t.): 9, abc, 0, 3x, -1 invalid, then 4
# item 7: " 2 " (spaces around: valid); item 8: 6 invalid then 1
# item 9 (likert with n.v.t.): 7 invalid, then 0 (n.v.t.)
sp start visie --plain >"$T/out" 2>"$T/err" <<'IN'
0
5
2
1
1
1
1
9
abc
0
3x
-1
4
 2 
6
1
7
0
IN
status=$?
expect_status "$status" 0 "plain session with invalid answers"
[ -s "$T/err" ] && fail_with "$T/err" "unexpected messages on stderr"
no_escapes "$T/out"

count() { # TEXT: how many lines of the output hold TEXT
	grep -c -F -- "$1" "$T/out"
}
[ "$(count "Kies een nummer van 1 tot 4.")" = 2 ] || fail_with "$T/out" "choice: expected 2 messages"
[ "$(count "[vraag 1 van 45]")" = 3 ] || fail_with "$T/out" "item 1 is not asked 3 times"
[ "$(count "Kies een nummer van 1 tot 5.")" = 6 ] ||
	fail_with "$T/out" "likert: expected 6 messages (5 on item 6, 1 on item 8)"
[ "$(count "[vraag 6 van 45]")" = 6 ] || fail_with "$T/out" "item 6 is not asked 6 times"
[ "$(count "[vraag 7 van 45]")" = 1 ] || fail_with "$T/out" "item 7 is asked again"
[ "$(count "[vraag 8 van 45]")" = 2 ] || fail_with "$T/out" "item 8 is not asked twice"
[ "$(count "Kies een nummer van 1 tot 5, of 0 als de vraag niet van toepassing is.")" = 1 ] ||
	fail_with "$T/out" "n.v.t. item: expected the message that mentions 0"
[ "$(count "[vraag 10 van 45]")" = 1 ] || fail_with "$T/out" "did not reach item 10"
# the message comes right after the prompt, before the item is shown again
grep -q '^> Kies een nummer van 1 tot 5\.$' "$T/out" || fail_with "$T/out" "message not after the prompt"

F=$(session_file) || exit 1
python3 - "$F" <<'PY' || fail "the session file holds wrong answers"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
a = s["answers"]
exp = {"VIS.CTX.01": {"choice": "vo"}, "VIS.A1.01": {"value": 4},
       "VIS.A1.05": {"value": 2}, "VIS.A1.03": {"value": 1}, "VIS.A1.04": {"na": True}}
bad = [k for k, v in exp.items() if a.get(k) != v]
if len(a) != 9:
    bad.append("%d answers, expected 9" % len(a))
if bad:
    print(*bad)
sys.exit(1 if bad else 0)
PY
exit 0
