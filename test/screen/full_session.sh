#!/bin/sh
# A whole visie session with keys only: choice items by number, likert items
# with 1-5 (0 = niet van toepassing where offered), open items typed.  Then
# the review screen, "a" to finish, the results screen, q.  The session
# file must hold exactly the answers given and be finished.
. "$SRCDIR/test/screen/lib.sh"
screen_init full_session

# The plan: one line "N ID TYPE KEY-OR-TEXT" per item, and the answers we
# expect in the session file, both derived from content/visie.json.
python3 - "$CONTENT/visie.json" "$T/plan" "$T/expected.json" <<'PY' || fail "cannot build the plan"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
plan, expected = [], {}
n = 0
nlikert = nna = 0
for sec in q["sections"]:
    for it in sec["items"]:
        n += 1
        if it["type"] == "choice":
            k = n % len(it["options"])           # 0-based option
            plan.append("%d %s choice %d" % (n, it["id"], k + 1))
            expected[it["id"]] = {"choice": it["options"][k]["value"]}
        elif it["type"] == "likert":
            nlikert += 1
            if it.get("na") and nna < 2 and nlikert % 2 == 1:
                nna += 1
                plan.append("%d %s likert 0" % (n, it["id"]))
                expected[it["id"]] = {"na": True}
            else:
                v = nlikert % 5 + 1
                plan.append("%d %s likert %d" % (n, it["id"], v))
                expected[it["id"]] = {"value": v}
        else:
            text = "Antwoord op vraag %d: zo doe ik het." % n
            plan.append("%d %s open %s" % (n, it["id"], text))
            expected[it["id"]] = {"text": text}
if n != 45 or nna != 2:
    sys.exit("unexpected content: %d items, %d n.v.t. answers" % (n, nna))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(plan) + "\n")
json.dump(expected, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
PY

run_spiegel start visie
while read -r n _id type key <&3; do
	wait_for_item "$n"
	if [ "$n" = 7 ]; then
		# the header counts the items
		assert_screen "vraag 7 van 45"
		assert_not_screen "vraag 6 van 45"
	fi
	case $type in
	open)
		# an open item starts in typing mode
		wait_for "opslaan, verder"
		type_text "$key"
		wait_for "$key"
		keys Enter
		;;
	*)
		keys "$key"
		;;
	esac
done 3<"$T/plan"

wait_for "Overzicht"
wait_for "Je beantwoordde 45 van 45 vragen"
assert_running
keys a
wait_for "Resultaten"
wait_for "Visiegestuurd werken"
assert_screen "Je beantwoordde 45 van de 45 vragen"
assert_screen "█"

# scroll down until "Focus" and "Volgende stappen" have been seen
seen_focus=no
seen_steps=no
i=0
while :; do
	LAST_SCREEN=$(screen)
	printf '%s\n' "$LAST_SCREEN" | grep -q '^ Focus *$' && seen_focus=yes
	printf '%s\n' "$LAST_SCREEN" | grep -q '^ Volgende stappen *$' && seen_steps=yes
	printf '%s\n' "$LAST_SCREEN" | grep -q '^ 1\. ' && seen_step1=yes
	if printf '%s\n' "$LAST_SCREEN" | grep -F -q "Het volledige rapport: spiegel report"; then
		break
	fi
	i=$((i + 1))
	[ "$i" -le 20 ] || fail "never reached the end of the results"
	before=$LAST_SCREEN
	keys NPage
	wait_changed "$before"
done
[ "$seen_focus" = yes ] || fail "the results never showed the heading Focus"
[ "$seen_steps" = yes ] || fail "the results never showed the heading Volgende stappen"
[ "${seen_step1:-no}" = yes ] || fail "the results showed no numbered next step"

keys q
wait_exit
assert_status 0
wait_for "Bekijk het rapport met:"

F=$(session_file) || exit 1
python3 - "$F" "$T/expected.json" <<'PY' || fail "session file does not match the answers given"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
exp = json.load(open(sys.argv[2], encoding="utf-8"))
ok = True
if s.get("finished") is not True:
    print("finished is", s.get("finished")); ok = False
if s.get("format") != "spiegel-session/1" or s.get("questionnaire", {}).get("id") != "visie":
    print("wrong format or questionnaire"); ok = False
got = s.get("answers", {})
if len(got) != 45:
    print("expected 45 answers, got", len(got)); ok = False
for k, v in exp.items():
    if got.get(k) != v:
        print("answer", k, "is", got.get(k), "expected", v); ok = False
sys.exit(0 if ok else 1)
PY
exit 0
