#!/bin/sh
# Terminal types and no terminal at all.
#   - TERM=xterm-256color, screen, linux, vt100: the start screen appears, q
#     exits with status 0 and the terminal is restored.
#   - TERM=dumb (no cursor addressing), an unknown name, empty and unset:
#     exit status 1, a Dutch message on stderr that points to --plain, and
#     not one escape sequence written to the terminal (the pane output is
#     recorded with tmux pipe-pane), both for `spiegel` and `spiegel start`;
#     and no (empty) session is left behind.
#   - No terminal: `spiegel start visie </dev/null >file 2>err` (and the same
#     with only stdout a file, inside a terminal): exit status 1, a message
#     that points to --plain, no escape bytes in the file, no session.
. "$SRCDIR/test/screen/lib.sh"
. "$SRCDIR/test/screen/robust_lib.sh"
screen_init robust_term

# -- terminals that work ------------------------------------------------
for term in xterm-256color screen linux vt100; do
	if ! TERM=$term tput cup 0 0 >/dev/null 2>&1; then
		echo "robust_term: no terminfo entry for $term here; skipping it" >&2
		continue
	fi
	RUN_ENV="TERM=$term LANG=C.UTF-8 LC_ALL=C.UTF-8; export TERM LANG LC_ALL"
	write_run
	start_run
	TEST_NAME="robust_term TERM=$term"
	wait_for "Een vragenlijst beginnen"
	assert_screen "Stoppen"
	assert_running
	keys q
	wait_exit
	assert_status 0
	assert_tty_restored "q with TERM=$term"
done

# -- terminals spiegel cannot drive -------------------------------------
# run.sh waits for $T/go, so that pipe-pane records everything spiegel
# writes to the terminal; after spiegel it prints a marker (a check that the
# recording works).
RUN_PRE="i=0; while [ ! -e $(shq "$T/go") ] && [ \$i -lt 400 ]; do sleep 0.05; i=\$((i + 1)); done"
RUN_REDIR="2>$(shq "$T/err")"
RUN_POST="echo robust-term-done"

_out_done() {
	grep -q robust-term-done "$T/out" 2>/dev/null
}

# refused NAME ENV ARGS...: spiegel ARGS under ENV must refuse cleanly.
refused() {
	TEST_NAME="robust_term $1${3:+ $3 $4}"
	RUN_ENV=$2
	shift 2
	rm -f "$T/go" "$T/out" "$T/err"
	if [ -d "$DATA" ]; then
		rm -rf "$DATA" || fail "cannot clear $DATA"
	fi
	write_run "$@"
	start_run
	tm pipe-pane -t spiegel -o "cat >>$(shq "$T/out")" || fail "tmux pipe-pane failed"
	: >"$T/go"
	wait_exit
	assert_status 1
	_poll _out_done || fail "the pane output was not recorded"
	tm pipe-pane -t spiegel
	if has_esc "$T/out"; then
		od -c "$T/out" | head -20 >&2
		fail "escape sequences written to a terminal spiegel does not support"
	fi
	grep -q -e "--plain" "$T/err" || fail "no hint to --plain on stderr: $(cat "$T/err")"
	grep -q -i "terminal" "$T/err" || fail "stderr does not say what is wrong: $(cat "$T/err")"
	assert_tty_restored "$TEST_NAME"
	# refusing to start must not leave an empty session behind (resume would
	# pick it up as the newest unfinished one)
	# (checked at the end, so that the other cases still run)
	if ls "$DATA"/sessions/*.json >/dev/null 2>&1; then
		STRAY="$STRAY
  $TEST_NAME: $(cd "$DATA"/sessions && echo *.json)"
	fi
}
STRAY=

for t in dumb nosuchterm; do
	refused "TERM=$t" "TERM=$t LANG=C.UTF-8 LC_ALL=C.UTF-8; export TERM LANG LC_ALL"
	refused "TERM=$t" "TERM=$t LANG=C.UTF-8 LC_ALL=C.UTF-8; export TERM LANG LC_ALL" \
		start visie
done
refused "TERM empty" "TERM= LANG=C.UTF-8 LC_ALL=C.UTF-8; export TERM LANG LC_ALL"
refused "TERM empty" "TERM= LANG=C.UTF-8 LC_ALL=C.UTF-8; export TERM LANG LC_ALL" start visie
refused "TERM unset" "unset TERM; LANG=C.UTF-8 LC_ALL=C.UTF-8; export LANG LC_ALL"
refused "TERM unset" "unset TERM; LANG=C.UTF-8 LC_ALL=C.UTF-8; export LANG LC_ALL" start visie
TEST_NAME=robust_term
RUN_PRE=
RUN_REDIR=
RUN_POST=

# -- no terminal --------------------------------------------------------
no_tty() {
	if [ -d "$DATA" ]; then
		rm -rf "$DATA" || fail "cannot clear $DATA"
	fi
	st=0
	TERM=xterm-256color "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" "$@" \
		</dev/null >"$T/notty.out" 2>"$T/notty.err" || st=$?
	[ "$st" -eq 1 ] || fail "spiegel $* without a terminal: exit status $st, expected 1"
	grep -q -e "--plain" "$T/notty.err" ||
		fail "spiegel $* without a terminal: no hint to --plain: $(cat "$T/notty.err")"
	if has_esc "$T/notty.out"; then
		fail "spiegel $* without a terminal wrote escape sequences to stdout"
	fi
	if ls "$DATA"/sessions/*.json >/dev/null 2>&1; then
		fail "spiegel $* without a terminal created a session"
	fi
}
no_tty start visie
no_tty

# a terminal on stdin and stderr, but stdout is a file
rm -rf "$DATA"
RUN_ENV=$RUN_ENV_DEFAULT
RUN_REDIR=">$(shq "$T/file.out") 2>$(shq "$T/file.err")"
write_run start visie
start_run
wait_exit
assert_status 1
grep -q -e "--plain" "$T/file.err" ||
	fail "stdout to a file: no hint to --plain: $(cat "$T/file.err")"
if has_esc "$T/file.out"; then
	fail "stdout to a file: escape sequences written into the file"
fi
assert_tty_restored "stdout to a file"

LAST_SCREEN=
TEST_NAME=robust_term
[ -z "$STRAY" ] || fail "refused to start, yet an empty session was created:$STRAY"
exit 0
