#!/bin/bash
# Temp-file cleanup never removes the temp file of a save in progress: while
# plain mode saves an answer (strace holds every fsync back for a moment, so
# the save is caught with its temp file written but not yet renamed), other
# commands run, each of which cleans up temp files on start (spiegel list
# --sessions, report, list). The save must still succeed: no NIET
# OPGESLAGEN, the answer on disk, no temp file left. A temp file of a
# session nobody has open is still removed. Skipped (77) when strace cannot
# delay system calls here.
. "$SRCDIR/test/reliability/lib.sh"
rel_init temp_live

command -v strace >/dev/null 2>&1 || skip "strace is not installed"
strace -f -qq -o /dev/null -e trace=getpid -e inject=getpid:delay_enter=1000 true \
	>/dev/null 2>&1 || skip "strace cannot delay system calls here"

printf '1\nstop\n' | sp start visie --plain >"$T/start.out" 2>&1 ||
	fail_with "$T/start.out" "spiegel start visie --plain"
F=$(session_file) || exit 1
ID=$(session_id "$F")
SESS="$DATA/sessions"

OTHER=20200101-000000-abcdef
cp "$F" "$SESS/$OTHER.json"

# the saving spiegel: every fsync held back 2 s (a window, not a timing
# assertion: the test waits for the temp file, then cleans)
OUTLOG="$T/saver.out"
spawn strace -f -qq -o /dev/null -e trace=fsync -e inject=fsync:delay_enter=2000000 \
	"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain
wait_for '^\[vraag 2 van ' || { finish_proc; fail_with "$OUTLOG" "no question 2"; }
# a leftover of a killed save of another session: that one goes
echo '{' >"$SESS/$OTHER.json.tmp-0123456789ab"
send 2

# wait until the save has written its temp file (polled, bounded)
n=0
until temp_files "$SESS" | grep -q "^$ID"; do
	n=$((n + 1))
	[ "$n" -le $((READ_GUARD * 50)) ] || { finish_proc; fail "the save never made a temp file"; }
	sleep 0.02
done

# while it is in the middle of the save: every command cleans up
sp list --sessions >"$T/list.out" 2>&1 || { finish_proc; fail_with "$T/list.out" "list --sessions"; }
sp report "$OTHER" >"$T/report.out" 2>&1
sp list >"$T/list2.out" 2>&1
[ -e "$SESS/$OTHER.json.tmp-0123456789ab" ] &&
	{ finish_proc; fail "the temp file of a session nobody has open was not removed"; }

wait_for '^\[vraag 3 van ' || { finish_proc; fail_with "$OUTLOG" "no question 3"; }
send stop
finish_proc
grep -q "NIET OPGESLAGEN" "$T/saver.out" && fail_with "$T/saver.out" "the live save failed after a cleanup"
[ "$STATUS" = 0 ] || fail_with "$T/saver.out" "the saving spiegel: exit status $STATUS"
[ "$(json_get "$F" 'len(s["answers"])')" = 2 ] || fail "the answer saved during the cleanup is not on disk"
count_temp "$SESS"
[ "$TEMP_N" = 0 ] || fail "temp files left: $(temp_files "$SESS")"
exit 0
