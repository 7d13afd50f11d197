#!/bin/bash
# The lock belongs to the session file, not to the data directory in use:
# while plain mode has a session open, opening that same file again is
# refused whatever the way there (another --data-dir with the file's path,
# a relative path, a linked folder), the second spiegel says who has it
# open, exits 1 and leaves the file alone, and the first one goes on
# saving. Lock files that are not a regular file with one name are refused
# and never written (a hard link would be truncated, a FIFO would block).
. "$SRCDIR/test/reliability/lib.sh"
rel_init lock_file

# a session with one answer
printf '1\nstop\n' | sp start visie --plain >"$T/start.out" 2>&1 ||
	fail_with "$T/start.out" "spiegel start visie --plain"
F=$(session_file) || exit 1
ID=$(session_id "$F")
host=$(hostname)

# the first spiegel: resume by id, waiting at question 2
OUTLOG="$T/first.out"
spawn "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain
wait_for '^\[vraag 2 van ' || { finish_proc; fail_with "$OUTLOG" "no question 2"; }
cp "$F" "$T/before.json"
mkdir -p "$T/other" && chmod 700 "$T/other"
ln -s "$T" "$T/via-link"

# second CASE ARGS...: a second spiegel (stdin at its end) must be refused
second() {
	local what=$1
	shift
	"$@" </dev/null >"$T/second.out" 2>"$T/second.err"
	local st=$?
	[ "$st" = 1 ] || fail_with "$T/second.err" "$what: exit status $st, expected 1"
	grep -q "is al geopend door proces $PID op $host" "$T/second.err" ||
		fail_with "$T/second.err" "$what: no message naming the first spiegel"
	grep -qi "opgeslagen" "$T/second.out" "$T/second.err" &&
		fail_with "$T/second.out" "$what: the refused spiegel speaks of saving"
	cmp -s "$F" "$T/before.json" || fail "$what: the session file changed"
	return 0
}
second "another --data-dir, the file's path" \
	"$SPIEGEL" --data-dir "$T/other" --content-dir "$CONTENT" resume "$F" --plain
second "a relative path from the sessions folder" \
	sh -c 'cd "$1" && exec "$2" --data-dir "$3" --content-dir "$4" resume "./$5.json" --plain' \
	sh "$DATA/sessions" "$SPIEGEL" "$T/other" "$CONTENT" "$ID"
second "the data directory through a linked folder" \
	"$SPIEGEL" --data-dir "$T/via-link/data" --content-dir "$CONTENT" resume "$ID" --plain
second "the same data directory by id" \
	"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain
[ -z "$(ls -A "$T/other/sessions" 2>/dev/null)" ] ||
	fail "a refused spiegel left files in its own data directory: $(ls "$T/other/sessions")"

# the first one still saves, and after it quits the session opens again
send 3
wait_for '^\[vraag 3 van ' || { finish_proc; fail_with "$OUTLOG" "no question 3"; }
send stop
finish_proc
[ "$STATUS" = 0 ] || fail_with "$OUTLOG" "the first spiegel: exit status $STATUS"
[ "$(json_get "$F" 'len(s["answers"])')" = 2 ] ||
	fail "the first spiegel's answer is not in the file"
printf 'stop\n' | "$SPIEGEL" --data-dir "$T/other" --content-dir "$CONTENT" resume "$F" --plain \
	>"$T/again.out" 2>&1 || fail_with "$T/again.out" "the session does not open after the first quit"

# lock files that are not a regular file with one name: refused, never
# written, nothing hangs
L="$DATA/sessions/$ID.lock"
echo "kostbaar" >"$T/precious"
rm -f "$L" && ln "$T/precious" "$L"
timeout 20 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain \
	</dev/null >"$T/hard.out" 2>"$T/hard.err"
st=$?
[ "$st" = 1 ] || fail_with "$T/hard.err" "hard-linked lock: exit status $st, expected 1"
expect_in "$T/hard.err" "meer dan één naam"
[ "$(cat "$T/precious")" = kostbaar ] || fail "the file hard-linked as the lock was changed"
rm -f "$L" && ln -s "$T/precious" "$L"
timeout 20 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain \
	</dev/null >"$T/sym.out" 2>"$T/sym.err"
st=$?
[ "$st" = 1 ] || fail_with "$T/sym.err" "symlinked lock: exit status $st, expected 1"
[ "$(cat "$T/precious")" = kostbaar ] || fail "the file linked as the lock was changed"
rm -f "$L" && mkfifo "$L"
timeout 20 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain \
	</dev/null >"$T/fifo.out" 2>"$T/fifo.err"
st=$?
[ "$st" = 1 ] || fail_with "$T/fifo.err" "FIFO as lock: exit status $st, expected 1 (124: hangs)"
expect_in "$T/fifo.err" "geen gewoon bestand"
rm -f "$L"
cmp -s "$F" "$T/before.json" && fail "the session lost the first spiegel's answer"
exit 0
