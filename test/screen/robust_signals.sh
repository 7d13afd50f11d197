#!/bin/sh
# Stopping spiegel by a signal while text is being typed in an open item
# (SIGINT, SIGTERM, SIGHUP sent with kill, and a lost terminal: the tmux
# window is killed).  Each time:
#   - spiegel ends (exit status 1 after a signal) and does not linger,
#   - the terminal is usable again: `stty -a` in the same pane afterwards
#     shows icanon, echo, ... (not -icanon / -echo),
#   - the typed text is in the session file as the draft of VIS.A1.R, not as
#     its answer,
#   - `spiegel resume` offers it back ("Je tekst van de vorige keer staat
#     weer klaar"), Enter stores it as the answer and the draft disappears.
. "$SRCDIR/test/screen/lib.sh"
. "$SRCDIR/test/screen/robust_lib.sh"
screen_init robust_signals

TEXT="concept ëén"

# A new session typed up to TEXT on item 10 (the first open item); sets PID.
start_typing() {
	if [ -d "$DATA" ]; then
		rm -rf "$DATA" || fail "cannot clear $DATA"
	fi
	RUN_ENV=$RUN_ENV_DEFAULT
	RUN_REDIR=
	write_run start visie
	start_run
	wait_for_item 1
	go_to_item 10
	wait_for "opslaan, verder"      # open items start in typing mode
	type_text "$TEXT"
	wait_for "│ $TEXT"
	PID=$(spiegel_pid)
	[ -n "$PID" ] && [ -d "/proc/$PID" ] || fail "no spiegel process (pid '$PID')"
}

# The session file holds TEXT as the draft of VIS.A1.R and no answer for it.
check_draft() {
	F=$(session_file) || exit 1
	python3 - "$F" "$TEXT" <<'PY' || fail "after $1 the typed text is not kept as the draft"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
d = s.get("draft")
bad = []
if not isinstance(d, dict) or d.get("item") != "VIS.A1.R" or d.get("text") != sys.argv[2]:
    bad.append("draft is %r, want item VIS.A1.R text %r" % (d, sys.argv[2]))
if "VIS.A1.R" in s.get("answers", {}):
    bad.append("VIS.A1.R has an answer: %r" % (s["answers"]["VIS.A1.R"],))
if bad:
    print("\n".join(bad))
    print(json.dumps(s, indent=1, ensure_ascii=False))
sys.exit(1 if bad else 0)
PY
}

# Resume: the draft is offered back; Enter makes it the answer.
resume_draft() {
	run_spiegel resume
	wait_for_item 10
	wait_for "Je tekst van de vorige keer staat weer klaar"
	wait_for "│ $TEXT"
	keys Enter
	wait_for_item 11
	F=$(session_file) || exit 1
	python3 - "$F" "$TEXT" <<'PY' || fail "after $1 and resume, Enter did not store the draft as the answer"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
a = s.get("answers", {}).get("VIS.A1.R")
bad = []
if a != {"text": sys.argv[2]}:
    bad.append("answer is %r" % (a,))
if s.get("draft") is not None:
    bad.append("draft is still there: %r" % (s.get("draft"),))
if bad:
    print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
	keys q
	wait_exit
	assert_status 0
}

for sig in INT TERM HUP; do
	start_typing
	kill -s "$sig" "$PID" || fail "kill -s $sig $PID failed"
	wait_exit
	assert_status 1
	wait_for "spiegel resume"
	assert_tty_restored "SIG$sig"
	wait_pid_gone "$PID" || fail "spiegel (pid $PID) still there after SIG$sig"
	check_draft "SIG$sig"
	resume_draft "SIG$sig"
done

# A lost terminal: the window goes away (the pty is hung up and the shell of
# run.sh dies with it, so there is no status file; watch the process).
start_typing
tm kill-window -t spiegel || fail "tmux kill-window failed"
saved_timeout=$WAIT_TIMEOUT
WAIT_TIMEOUT=$(awk "BEGIN { print $WAIT_TIMEOUT * 2 }")
if ! wait_pid_gone "$PID"; then
	t0=$(cpu_ticks "$PID")
	sleep 1
	t1=$(cpu_ticks "$PID")
	kill -s KILL "$PID" 2>/dev/null
	fail "spiegel (pid $PID) still runs ${WAIT_TIMEOUT}s after its terminal was lost; CPU ticks $t0 -> $t1 in 1 s"
fi
WAIT_TIMEOUT=$saved_timeout
LAST_SCREEN=
check_draft "a lost terminal"
resume_draft "a lost terminal"
exit 0
