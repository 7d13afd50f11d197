#!/bin/sh
# Voornemens from the results of a feedback round (issue 16, point 1):
# `spiegel plan new SESSIE --feedback PAD...` offers the feedback report's
# steps (blind spots first, then the session's own), about the leader's
# session; the voornemen holds the step, never a figure, role, answer or
# open answer of another (their canary) nor the leader's private open
# answer; with two observers no blind spot is shown and the steps are the
# session's own; usage errors; a round invited without --name.
. "$SRCDIR/test/plain/lib.sh"
plain_init plan_feedback
Q=leiderschapsscan
mkdir -p "$T/ans" "$T/two" "$T/o"
cd "$T" || exit 1
export SPIEGEL_TODAY=2026-12-01

# the leader: every likert item at 5, a private open answer
python3 - "$CONTENT/$Q.json" >"$T/o/self.in" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
for s in q["sections"]:
    for it in s["items"]:
        if it["type"] == "likert":
            print(5)
        elif it["type"] == "open":
            print("KANARIE-LEIDER wat ik niemand vertel")
            print("")
        else:
            print(2)
PY
sp start $Q --plain <"$T/o/self.in" >"$T/o/self.out" 2>&1 || fail_with "$T/o/self.out" "leader session"
SID=$(sed -n 's/^Sessie-id: //p' "$T/o/self.out" | head -n 1)
[ -n "$SID" ] || fail_with "$T/o/self.out" "no session id"
# a round without --name, and four observers who see much less
sp invite $Q -o "$T/form.html" >"$T/o/inv.out" 2>&1 || fail_with "$T/o/inv.out" "invite"
N=$(python3 -c 'import json,sys; q=json.load(open(sys.argv[1])); print(sum(1 for s in q["sections"] for i in s["items"] if i["type"]=="likert"))' "$CONTENT/$Q.json")
for k in 0 1 2 3; do
	python3 -c 'import sys
k, n = int(sys.argv[1]), int(sys.argv[2])
print(1)
for i in range(n):
    print(1 + (i + k) % 2)
print("KANARIE-ANDER blijven %d" % k)
print("KANARIE-ANDER meer %d" % k)' $k "$N" | sp observe "$T/form.html" -o "$T/ans/a$k.json" --plain \
		>"$T/o/obs$k.out" 2>&1 || fail_with "$T/o/obs$k.out" "observe $k"
done
cp "$T/ans/a0.json" "$T/ans/a1.json" "$T/two/"

# the report names the blind spots; plan new offers their steps first
sp report "$SID" --feedback "$T/ans" >"$T/o/report.txt" 2>&1 || fail_with "$T/o/report.txt" "report --feedback"
expect_in "$T/o/report.txt" "blinde vlek"
printf '1 e\nDe teamleiders vragen wat zij van mij merken\n15-12-2026\nde teamleiders\n\nMijn eigen voornemen na de feedback\nEén gesprek per week\n20-12-2026\n\n\n' |
	sp plan new "$SID" --feedback "$T/ans" >"$T/o/new.out" 2>&1
expect_status $? 0 "plan new --feedback"
expect_in "$T/o/new.out" "bij je blinde vlek"
expect_in "$T/o/new.out" "Opgeslagen: voornemen"
set -- "$DATA"/plans/2*.json
[ $# = 2 ] || fail_with "$T/o/new.out" "expected two voornemens, found $#"
python3 - "$T/o/report.txt" "$T/o/new.out" "$@" <<'PY' || fail_with "$T/o/new.out" "the voornemens do not hold what the report suggests"
import json, re, sys
report, out, files = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read(), sys.argv[3:]
plans = [json.load(open(f, encoding="utf-8")) for f in files]
first = re.search(r"^  1  (.*?) \(", out, re.M).group(1)
step = [p for p in plans if p.get("step")]
own = [p for p in plans if not p.get("step")]
assert len(step) == 1 and len(own) == 1, plans
assert step[0]["text"] == first, (step[0]["text"], first)
# the first offered step is one the report gives for a blind spot
assert first in report, first
for p in plans:
    assert p["source"]["questionnaire"] == "leiderschapsscan"
assert own[0]["text"] == "Mijn eigen voornemen na de feedback"
assert own[0]["action"] == "Eén gesprek per week"
PY
for f in "$@"; do
	[ "$(json_get "$f" 's["source"]["session"]')" = "$SID" ] || fail_with "$f" "not linked to the session"
	[ "$(stat -c %a "$f")" = 600 ] || fail "$f is not 0600"
	expect_not_in "$f" "KANARIE"
	expect_not_in "$f" "teamlid"
	expect_not_in "$f" "$(json_get "$T/ans/a0.json" 's["response"]')"
done
# the portfolio and the plan list have them, without the others' canary
sp portfolio >"$T/o/pf.md" 2>&1 || fail_with "$T/o/pf.md" "portfolio"
expect_in "$T/o/pf.md" "De teamleiders vragen wat zij van mij merken"
expect_not_in "$T/o/pf.md" "KANARIE"
sp plan >"$T/o/list.out" 2>&1 || fail_with "$T/o/list.out" "plan"
expect_in "$T/o/list.out" "Mijn eigen voornemen na de feedback"

# two observers: no blind spot shown, the session's own steps
printf '\n' | sp plan new "$SID" --feedback "$T/two" >"$T/o/two.out" 2>&1
expect_status $? 0 "plan new --feedback with two observers"
expect_in "$T/o/two.out" "geen blinde vlekken (te weinig antwoorden)"
expect_not_in "$T/o/two.out" "Opgeslagen"

# usage
sp plan --feedback "$T/ans" >"$T/o/u1" 2>&1
expect_status $? 2 "plan --feedback"
sp plan new "$SID" --feedback >"$T/o/u2" 2>&1
expect_status $? 2 "plan new --feedback without answers"
sp plan new "$SID" --feedback "$T/ans" -o x.md </dev/null >"$T/o/u3" 2>&1
expect_status $? 2 "plan new --feedback -o"
[ -e x.md ] && fail "plan new --feedback wrote x.md"
sp plan new "$SID" --feedback "$T/nergens" </dev/null >"$T/o/u4" 2>&1
expect_status $? 1 "plan new --feedback with a missing path"
exit 0
