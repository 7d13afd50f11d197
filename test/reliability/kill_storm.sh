#!/bin/bash
# kill -9 storm: plain mode is killed at random moments while it saves, at
# least 200 times (SPIEGEL_STORM_KILLS), and every time
#  - the session file parses (spiegel report FILE --format json, and json
#    in Python at the end),
#  - it holds every acknowledged answer with the value given: an answer is
#    acknowledged once plain mode has shown the next question (after the
#    last question: the report); more precisely the file must be the state
#    after the last acknowledged answer or after one of the later answers,
#  - the next start (spiegel resume / start) has removed the temp files that
#    the kill left behind, before it shows its first question.
# Sessions are resumed after every kill and progress; a finished session is
# followed by a new one. Kill moments: during start-up (loading, cleaning
# up, and for a new session its first save), right after an answer (at once,
# or after a random delay of up to 2.5 ms, so that kills land inside
# session_save), and while waiting for input. A last start after the storm
# lists every session and must leave no temp file.
#
# Prints the seed; SPIEGEL_STORM_SEED=N repeats the same answers and kill
# plan (the exact kill moments depend on the machine).
. "$SRCDIR/test/reliability/lib.sh"
rel_init kill_storm

KILLS=${SPIEGEL_STORM_KILLS:-200}
SEED=${SPIEGEL_STORM_SEED:-$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}
RANDOM=$SEED
echo "seed: $SEED (repeat with SPIEGEL_STORM_SEED=$SEED)"
SESS="$DATA/sessions"
EV="$T/events"
: >"$EV"
mkdir -p "$T/snap" "$T/rdata" "$SESS" || exit 1
chmod 700 "$T/rdata"

# The items of visie: type, number of options, n.v.t. allowed.
TYP=() NOPT=() NA=()
while read -r typ nopt na; do
	TYP+=("$typ") NOPT+=("$nopt") NA+=("$na")
done < <(python3 - "$CONTENT/visie.json" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
for s in q["sections"]:
    for it in s["items"]:
        print(it["type"], len(it.get("options", [])), 1 if it.get("na") else 0)
PY
)
NITEMS=${#TYP[@]}
[ "$NITEMS" -gt 1 ] || fail "no items in visie"

# a pause of N microseconds without a child process
mkfifo "$T/nap" && exec 9<>"$T/nap" || fail "mkfifo"
nap() {
	local s
	[ "$1" -gt 0 ] || return 0
	printf -v s '%d.%06d' $(($1 / 1000000)) $(($1 % 1000000))
	read -r -t "$s" -u 9 _
	return 0
}

# Output state of the current cycle, updated for every line read.
CUR=       # the question shown last
SHOWN=     # CUR has been shown completely; spiegel waits for input
HAS=       # CUR already has an answer ("Huidig antwoord")
PENDING=   # item of the answer given and not yet acknowledged
SEEN_ID=   # from "Sessie-id: "
UNSAVED=   # a NIET OPGESLAGEN warning
DRAINING=  # drain() runs: spiegel's input is closed
DONE=      # the report was shown: the session is finished
ACKED=0
on_line() {
	case $1 in
	*"NIET OPGESLAGEN"*) UNSAVED=$1 ;;
	"  Huidig antwoord: "*) HAS=1 ;;
	"  (Enter: overslaan"*) SHOWN=1 ;;
	"Leiderschapspraktijken (score 0-100)") REPORT=1 ;;
	# after the report, when the answers show no clear low point, plain mode
	# asks for a focus before it ends: Enter makes no choice (not while
	# draining, when spiegel's input is already closed)
	"  (Enter: nu geen keuze)" | "  (Enter: zo laten)")
		[ -n "$PID" ] && [ -z "$DRAINING" ] && send ""
		;;
	"Sessie-id: "*)
		SEEN_ID=${1#Sessie-id: }
		# after a question or in the report: the line that ends the report
		if { [ -n "$CUR" ] || [ -n "$REPORT" ]; } && [ -z "$DONE" ]; then
			DONE=1
			echo "D $CYCLE" >>"$EV"
		fi
		;;
	esac
	if [[ $1 =~ ^\[vraag\ ([0-9]+)\ van\ [0-9]+\] ]]; then
		CUR=${BASH_REMATCH[1]} SHOWN= HAS=
	fi
	[ -n "$PENDING" ] || return 0
	if { [ "$PENDING" -lt "$NITEMS" ] && [[ $1 == "[vraag $((PENDING + 1)) van "* ]]; } ||
		{ [ "$PENDING" -eq "$NITEMS" ] && [ -n "$DONE" ]; }; then
		echo "K $CYCLE $PENDING" >>"$EV"
		ACKED=$((ACKED + 1))
		PENDING=
	fi
}

# wait_shown: read output until a question has been shown completely (or
# the report). Questions that already have an answer are skipped with an
# empty line. (A session with every answer saved but not yet finished, after
# a kill between the last save and the one that finishes it, is finished
# straight away by resume: then the report comes first.)
wait_shown() {
	while [ -z "$DONE" ]; do
		if [ -n "$SHOWN" ] && [ -z "$HAS" ]; then
			return 0
		elif [ -n "$SHOWN" ]; then
			SHOWN=
			send ""
		fi
		read_line || return 1
		on_line "$LINE"
	done
}

# answer: a random valid answer to the question shown
answer() {
	local k=$CUR i=$((CUR - 1)) a
	case ${TYP[$i]} in
	likert)
		if [ "${NA[$i]}" = 1 ]; then a=$((RANDOM % 6)); else a=$((1 + RANDOM % 5)); fi ;;
	choice) a=$((1 + RANDOM % NOPT[i])) ;;
	open) a="Reflectie $CYCLE.$k: één stap verder" ;;
	*) fail "item $k: unknown type ${TYP[$i]}" ;;
	esac
	PENDING=$k SHOWN=
	echo "A $CYCLE $k $a" >>"$EV"
	send "$a"
	# an open answer is followed by "may it be shared?": Enter keeps it private
	if [ "${TYP[$i]}" = open ]; then
		send ""
	fi
}

# wait_ack: read output until the pending answer is acknowledged
wait_ack() {
	while [ -n "$PENDING" ]; do
		read_line || return 1
		on_line "$LINE"
	done
}

declare -A KNOWN
ID=
CYCLE=0 KILLED=0 EXITED=0 TEMP_AFTER_KILL=0 KILLS_WITH_TEMP=0 CLEANED=0 PLANTED=0 FINISHED=0
START_TIME=$SECONDS
OUTLOG="$T/out"
while [ "$KILLED" -lt "$KILLS" ]; do
	CYCLE=$((CYCLE + 1))
	[ "$CYCLE" -le $((KILLS * 3)) ] || fail "too many cycles without a kill (seed $SEED)"
	# now and then an extra temp file, so that the clean-up is always tested
	if [ -n "$ID" ] && [ $((CYCLE % 50)) = 1 ]; then
		printf '{"half' >"$SESS/$ID.json.tmp-0123456789ab"
		PLANTED=$((PLANTED + 1))
	fi
	count_temp "$SESS"
	left=$TEMP_N
	if [ -z "$ID" ]; then
		set -- start visie
	else
		set -- resume "$ID"
	fi
	echo "S $CYCLE $1 ${ID:--}" >>"$EV"
	CUR= SHOWN= HAS= PENDING= SEEN_ID= UNSAVED= DONE= REPORT=
	: >"$OUTLOG"
	spawn "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" "$@" --plain
	r=$((RANDOM % 100))
	# a start is killed during start-up more often: its first save
	[ "$1" = start ] && [ $((RANDOM % 2)) = 0 ] && r=0
	if [ $r -lt 10 ]; then
		# during start-up (loading, cleaning up, the first save of start)
		nap $((RANDOM % 25000))
	else
		wait_for '^(\[vraag [0-9]+ van |Leiderschapspraktijken \(score 0-100\))' ||
			fail_with "$OUTLOG" "cycle $CYCLE: no question after $* (seed $SEED)"
		count_temp "$SESS"
		[ "$TEMP_N" = 0 ] ||
			fail "cycle $CYCLE: temp files left after the start of spiegel $*: $(temp_files "$SESS") (seed $SEED)"
		CLEANED=$((CLEANED + left))
		if [ $r -lt 25 ]; then
			n=$((RANDOM % 3)) last=idle
		else
			n=$((RANDOM % 4)) last=answer
		fi
		for ((j = 0; j <= n; j++)); do
			wait_shown || fail_with "$OUTLOG" "cycle $CYCLE: spiegel ended unexpectedly (seed $SEED)"
			[ -z "$DONE" ] || break
			if [ $j -lt $n ]; then
				answer
				wait_ack || fail_with "$OUTLOG" "cycle $CYCLE: spiegel ended before it showed the next question (seed $SEED)"
			elif [ $last = answer ]; then
				answer
				# kill inside the save: at once, or after up to 2.5 ms
				[ $((RANDOM % 4)) = 0 ] || nap $((RANDOM % 2500))
			fi
		done
	fi
	kill -9 "$PID" 2>/dev/null
	exec 3>&-
	DRAINING=1
	drain
	DRAINING=
	exec 4<&-
	{ wait "$PID"; } 2>/dev/null
	st=$?
	PID=
	if [ $st = 137 ]; then
		KILLED=$((KILLED + 1))
	elif [ $st = 0 ] && [ -n "$DONE" ]; then
		EXITED=$((EXITED + 1)) # finished before the kill
	else
		fail_with "$OUTLOG" "cycle $CYCLE: spiegel $* exit status $st (seed $SEED)"
	fi
	[ -z "$UNSAVED" ] || fail_with "$OUTLOG" "cycle $CYCLE: a save failed: $UNSAVED (seed $SEED)"
	# which session: a start names its id, or was killed before it could
	if [ -z "$ID" ]; then
		ID=$SEEN_ID
		if [ -z "$ID" ]; then
			for f in "$SESS"/*.json; do
				[ -e "$f" ] || continue
				f=${f##*/}
				[ -n "${KNOWN[${f%.json}]}" ] || ID=${f%.json}
			done
		fi
	fi
	if [ -n "$ID" ]; then
		KNOWN[$ID]=1
		f="$SESS/$ID.json"
		[ -f "$f" ] || fail "cycle $CYCLE: session file $f is missing (seed $SEED)"
		snap="$T/snap/$CYCLE.json"
		cp "$f" "$snap" || fail "cp"
		echo "F $CYCLE $ID $snap" >>"$EV"
		"$SPIEGEL" --data-dir "$T/rdata" --content-dir "$CONTENT" report "$snap" \
			--format json >/dev/null 2>"$T/rerr" ||
			fail_with "$T/rerr" "cycle $CYCLE: the session file does not parse after kill $KILLED (seed $SEED); copy: $snap"
		IFS= read -r -d '' text <"$snap"
		if [[ $text =~ \"finished\":[[:space:]]*true ]]; then
			ID=
			FINISHED=$((FINISHED + 1))
		fi
	fi
	count_temp "$SESS"
	if [ "$TEMP_N" -gt 0 ]; then
		TEMP_AFTER_KILL=$((TEMP_AFTER_KILL + TEMP_N))
		KILLS_WITH_TEMP=$((KILLS_WITH_TEMP + 1))
	fi
done
ELAPSED=$((SECONDS - START_TIME))

# One more start after the last kill: it removes what that kill left, and
# lists (so: loads) every session.
sp list --sessions >"$T/list" 2>&1 || fail_with "$T/list" "spiegel list --sessions after the storm"
count_temp "$SESS"
[ "$TEMP_N" = 0 ] || fail "temp files left after the last start: $(temp_files "$SESS")"

# The contents, all cycles at once.
python3 - "$CONTENT/visie.json" "$EV" "$SEED" <<'PY' || fail "acknowledged answers lost or changed (seed $SEED); see above"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
items = [it for s in q["sections"] for it in s["items"]]
seed = sys.argv[3]

def expect(k, text):
    it = items[k - 1]
    if it["type"] == "likert":
        return {"na": True} if text == "0" else {"value": int(text)}
    if it["type"] == "choice":
        return {"choice": it["options"][int(text) - 1]["value"]}
    return {"text": text}

cycles, order = {}, []
for line in open(sys.argv[2], encoding="utf-8"):
    f = line.rstrip("\n").split(" ", 3)
    c = int(f[1])
    if f[0] == "S":
        cycles[c] = {"kind": f[2], "id": None if f[3] == "-" else f[3], "answers": [],
                     "acked": 0, "file": None}
        order.append(c)
    elif f[0] == "A":
        cycles[c]["answers"].append((int(f[2]), f[3]))
    elif f[0] == "K":
        assert int(f[2]) == cycles[c]["answers"][cycles[c]["acked"]][0]
        cycles[c]["acked"] += 1
    elif f[0] == "D":
        cycles[c]["done"] = True
    elif f[0] == "F":
        cycles[c]["id"], cycles[c]["file"] = f[2], f[3]

last = {}  # id -> answers in its last verified file
bad = acked = saved_unacked = 0
for c in order:
    cy = cycles[c]
    n = cy["acked"]
    acked += n
    if cy["file"] is None:
        if cy["answers"]:
            print("cycle %d: answers given but no session file" % c)
            bad += 1
        continue
    base = {} if cy["kind"] == "start" else last[cy["id"]]
    states = [dict(base)]
    for k, text in cy["answers"]:
        s = dict(states[-1])
        s[items[k - 1]["id"]] = expect(k, text)
        states.append(s)
    try:
        s = json.load(open(cy["file"], encoding="utf-8"))
        got = s["answers"]
    except Exception as e:
        print("cycle %d: %s: %s" % (c, cy["file"], e))
        bad += 1
        continue
    ok = [i for i in range(n, len(states)) if states[i] == got]
    if not ok:
        want = states[n]
        diff = {k: (want.get(k), got.get(k)) for k in set(want) | set(got)
                if want.get(k) != got.get(k)}
        print("cycle %d (%s %s): the file does not hold the acknowledged answers; "
              "differences (acknowledged, in file): %s" % (c, cy["kind"], cy["id"], diff))
        bad += 1
    elif ok[-1] > n:
        saved_unacked += 1
    if cy.get("done") and s.get("finished") is not True:
        print("cycle %d: the report was shown but the session is not finished" % c)
        bad += 1
    if s.get("finished") is True and len(got) < len(items):
        print("cycle %d: finished with %d answers" % (c, len(got)))
        bad += 1
    last[cy["id"]] = got
print("acknowledged answers: %d; kills after a save but before its acknowledgement: %d"
      % (acked, saved_unacked))
if bad:
    print("FAIL: %d cycle(s) wrong (seed %s)" % (bad, seed))
sys.exit(1 if bad else 0)
PY

echo "sessions finished: $FINISHED; cycles: $CYCLE (of which $EXITED ended by finishing); $ELAPSED s"
echo "temp files left by kills: $TEMP_AFTER_KILL (after $KILLS_WITH_TEMP kills), planted: $PLANTED; removed by the next start: $CLEANED"
[ "$ACKED" -ge $((KILLS / 4)) ] || fail "only $ACKED answers acknowledged: the sessions did not progress"
if [ "$KILLS" -ge 100 ]; then
	[ "$FINISHED" -ge 1 ] || fail "no session was finished during the storm (seed $SEED)"
	[ "$CLEANED" -ge 1 ] || fail "no temp file was there to be cleaned up"
fi
echo "kills survived: $KILLED"
exit 0
