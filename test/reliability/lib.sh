# Helpers for the reliability tests (bash), sourced by test/reliability/*.sh
# on top of test/plain/lib.sh. Environment: SPIEGEL (binary), SRCDIR
# (repository root).
#
# A spiegel under test runs with stdin and stdout on two FIFOs: fd 3 writes
# its input, fd 4 reads its output. Reading blocks until spiegel has written
# (or exited), so the tests wait for output instead of sleeping.

. "$SRCDIR/test/plain/lib.sh"

PID=
MATCH=
OUTLOG=/dev/null
# a hang guard for reads, not a timing assertion
READ_GUARD=${SPIEGEL_READ_GUARD:-120}

rel_init() { # NAME
	plain_init "$1"
	trap 'rel_cleanup' EXIT
	# a write to a dead spiegel must not kill the test
	trap '' PIPE
	# the content is copied once so that edits elsewhere cannot change it
	# halfway through a run
	cp -R "$SRCDIR/content" "$T/content" || exit 1
	CONTENT="$T/content"
	mkdir -p "$DATA" && chmod 700 "$DATA"
	# LeakSanitizer cannot run under ptrace and reports leaks of a killed
	# process; neither is what these tests look at
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
	export ASAN_OPTIONS
}

rel_cleanup() {
	if [ -n "$PID" ]; then
		kill -9 "$PID" 2>/dev/null
		{ wait "$PID"; } 2>/dev/null
	fi
	exec 3>&- 4<&-
	if [ -n "$SPIEGEL_KEEP_TMP" ]; then
		echo "kept: $T" >&2
	else
		rm -rf "$T"
	fi
}

# skip REASON: meson's "skipped" exit status
skip() {
	echo "SKIP ($TEST_NAME): $*"
	exit 77
}

# spawn CMD...: start CMD (a program, not a shell function, so that PID is
# its process) on fresh FIFOs; sets PID, opens fds 3 and 4.
spawn() {
	rm -f "$T/fifo-in" "$T/fifo-out"
	mkfifo "$T/fifo-in" "$T/fifo-out" || fail "mkfifo"
	"$@" <"$T/fifo-in" >"$T/fifo-out" 2>>"$T/stderr" &
	PID=$!
	exec 3>"$T/fifo-in" 4<"$T/fifo-out"
}

# send LINE: one line of input
send() {
	printf '%s\n' "$1" >&3
}

# read_line: the next output line into LINE (appended to $OUTLOG); false at
# end of output. A partial last line (the "> " prompt) counts as a line.
read_line() {
	LINE=
	IFS= read -r -t "$READ_GUARD" -u 4 LINE
	local st=$?
	if [ "$st" -eq 0 ]; then
		printf '%s\n' "$LINE" >>"$OUTLOG"
		return 0
	fi
	[ "$st" -gt 128 ] && fail "no output from spiegel for $READ_GUARD s (hang?)"
	if [ -n "$LINE" ]; then
		printf '%s\n' "$LINE" >>"$OUTLOG"
		return 0
	fi
	return 1
}

# wait_for ERE: read output until a line matches; the line is in MATCH.
# False at end of output. Every line read goes through on_line if defined.
wait_for() {
	while read_line; do
		declare -F on_line >/dev/null && on_line "$LINE"
		if [[ $LINE =~ $1 ]]; then
			MATCH=$LINE
			return 0
		fi
	done
	return 1
}

# drain: read the rest of the output (spiegel has exited or was killed).
drain() {
	while read_line; do
		declare -F on_line >/dev/null && on_line "$LINE"
	done
	return 0
}

# finish_proc: close spiegel's input and output and reap it; its exit
# status in STATUS.
finish_proc() {
	exec 3>&-
	drain
	exec 4<&-
	# (braces: no "Killed" job message from bash)
	{ wait "$PID"; } 2>/dev/null
	STATUS=$?
	PID=
}

# count_temp DIR: the number of temp files in DIR into TEMP_N (no subshell)
count_temp() {
	local f
	TEMP_N=0
	for f in "$1"/*.tmp-*; do
		[ -e "$f" ] && TEMP_N=$((TEMP_N + 1))
	done
	return 0
}

# temp_files DIR: the names of temp files (as store.c names them:
# "<name>.tmp-<hex>") in DIR, one a line
temp_files() {
	local f
	for f in "$1"/*.tmp-*; do
		[ -e "$f" ] && printf '%s\n' "${f##*/}"
	done
	return 0
}
