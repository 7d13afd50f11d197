# Helpers for the screen tests, sourced by test/screen/*.sh (POSIX sh).
#
# Each test drives the real binary inside its own private tmux server
# (tmux -L spiegel-test-$$-NAME) at 80x24 and reads the screen back with
# capture-pane.  There are no fixed sleeps: every step waits for text to
# appear on the screen (or a file to be written), with a bounded timeout.
#
# Usage in a test:
#   . "$SRCDIR/test/screen/lib.sh"
#   screen_init start_screen          # temp dir $T, data dir $DATA, tmux server
#   run_spiegel start visie           # runs in the pane; exit status -> $T/status
#   wait_for "vraag 1 van 45"
#   keys 3
#   ...
#   keys q; wait_exit; assert_status 0
#
# Environment: SPIEGEL (binary), SRCDIR (repository root).

: "${SPIEGEL:?SPIEGEL must name the spiegel binary}"
: "${SRCDIR:?SRCDIR must name the repository root}"

LC_ALL=C.UTF-8
LANG=C.UTF-8
export LC_ALL LANG
unset TMUX TMUX_PANE

WAIT_TIMEOUT=${WAIT_TIMEOUT:-10}   # seconds for every wait_*
WAIT_STEP=0.05                     # seconds between polls
CONTENT="$SRCDIR/content"
T=
DATA=
SOCK=
TEST_NAME=
LAST_SCREEN=

# tmux on our private server; -u: capture-pane output stays UTF-8
tm() {
	tmux -u -L "$SOCK" -f /dev/null "$@"
}

cleanup() {
	if [ -n "$SOCK" ]; then
		tm kill-server >/dev/null 2>&1 || :
	fi
	# killing the server hangs up spiegel, which still saves on its way out:
	# retry until the directory is really gone
	if [ -n "$T" ]; then
		_i=0
		until rm -rf "$T" 2>/dev/null || [ "$_i" -ge 200 ]; do
			sleep "$WAIT_STEP"
			_i=$((_i + 1))
		done
		rm -rf "$T"
	fi
}

screen_init() {
	TEST_NAME=$1
	SOCK="spiegel-test-$$-$TEST_NAME"
	T=$(mktemp -d) || exit 1
	DATA="$T/data"
	# the server's socket lives in the temp dir too (tmux leaves it behind)
	TMUX_TMPDIR=$T
	export TMUX_TMPDIR
	trap 'cleanup' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
	command -v tmux >/dev/null 2>&1 || {
		echo "SKIP: tmux is not installed" >&2
		exit 77
	}
}

# Quote one argument for sh.
shq() {
	printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"
}

# run_spiegel ARGS...: start "$SPIEGEL ARGS..." with SPIEGEL_DATA_DIR=DATA and
# SPIEGEL_CONTENT_DIR=CONTENT in a new 80x24 session.  After the program exits its status is
# written to $T/status and the pane stays open (sleep) so the final output
# can still be captured.
# RUN_ENV="NAME=VALUE ...": more variables for spiegel's environment.
# RUN_TRAP_INT=1: the pane's shell survives Ctrl-C (keys C-c), as an
# interactive shell does.
RUN_ENV=
RUN_TRAP_INT=
run_spiegel() {
	rm -f "$T/status" "$T/status.tmp"
	{
		echo "#!/bin/sh"
		echo "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8"
		echo "export TERM LANG LC_ALL"
		for _v in $RUN_ENV; do
			echo "export $(shq "$_v")"
		done
		[ -n "$RUN_TRAP_INT" ] && echo "trap : INT"
		# the directories as the environment gives them, so that the
		# commands spiegel prints ("spiegel resume ID") are what the user
		# types in this shell (with --data-dir they would repeat it)
		printf 'SPIEGEL_DATA_DIR=%s SPIEGEL_CONTENT_DIR=%s\n' "$(shq "$DATA")" "$(shq "$CONTENT")"
		echo "export SPIEGEL_DATA_DIR SPIEGEL_CONTENT_DIR"
		printf '%s' "$(shq "$SPIEGEL")"
		for a in "$@"; do
			printf ' %s' "$(shq "$a")"
		done
		echo
		printf 'echo $? > %s && mv %s %s\n' "$(shq "$T/status.tmp")" \
			"$(shq "$T/status.tmp")" "$(shq "$T/status")"
		echo "exec sleep 600"
	} >"$T/run.sh"
	chmod +x "$T/run.sh"
	if tm has-session -t spiegel 2>/dev/null; then
		tm respawn-pane -k -t spiegel "$T/run.sh" || fail "tmux respawn-pane failed"
	else
		tm new-session -d -s spiegel -x 80 -y 24 "$T/run.sh" ||
			fail "tmux new-session failed"
		tm set -s escape-time 0
		tm set -g status off
	fi
}

# The pane as plain text.
screen() {
	tm capture-pane -p -t spiegel
}

fail() {
	echo "FAIL ($TEST_NAME): $*" >&2
	if [ -n "$LAST_SCREEN" ]; then
		echo "--- last captured screen ---" >&2
		printf '%s\n' "$LAST_SCREEN" >&2
		echo "----------------------------" >&2
	fi
	exit 1
}

# Poll until COMMAND succeeds (called with no arguments) or time runs out.
_poll() {
	_n=$(awk "BEGIN { print int($WAIT_TIMEOUT / $WAIT_STEP) }")
	while [ "$_n" -gt 0 ]; do
		if "$@"; then
			return 0
		fi
		sleep "$WAIT_STEP"
		_n=$((_n - 1))
	done
	"$@"
}

_has_text() {
	LAST_SCREEN=$(screen 2>/dev/null)
	printf '%s\n' "$LAST_SCREEN" | grep -F -q -- "$_want"
}

_lacks_text() {
	! _has_text
}

# wait_for TEXT: wait until TEXT (fixed string) is on the screen.
wait_for() {
	_want=$1
	_poll _has_text || fail "timed out after ${WAIT_TIMEOUT}s waiting for '$1' on the screen"
}

# wait_gone TEXT: wait until TEXT is no longer on the screen.
wait_gone() {
	_want=$1
	_poll _lacks_text || fail "timed out after ${WAIT_TIMEOUT}s waiting for '$1' to disappear"
}

_changed() {
	LAST_SCREEN=$(screen 2>/dev/null)
	[ "$LAST_SCREEN" != "$_before" ]
}

_settled() {
	_prev=$LAST_SCREEN
	LAST_SCREEN=$(screen 2>/dev/null)
	[ "$LAST_SCREEN" = "$_prev" ]
}

# wait_changed SCREEN: wait until the screen differs from SCREEN (a capture)
# and then until two captures in a row agree, so that a redraw caught half
# way (the top already new, the bottom still old) is never taken as the
# new screen.
wait_changed() {
	_before=$1
	_poll _changed || fail "timed out after ${WAIT_TIMEOUT}s waiting for the screen to change"
	_poll _settled || fail "timed out after ${WAIT_TIMEOUT}s waiting for the screen to settle"
}

# collect_pages KEY TEXT MAX: append the screen to $T/all, press KEY (a
# scrolling key) and wait for the redraw, until TEXT is on the screen; at
# most MAX presses.
collect_pages() {
	_i=0
	while :; do
		LAST_SCREEN=$(screen)
		printf '%s\n' "$LAST_SCREEN" >>"$T/all"
		if printf '%s\n' "$LAST_SCREEN" | grep -F -q -- "$2"; then
			return 0
		fi
		_i=$((_i + 1))
		[ "$_i" -le "$3" ] || fail "'$2' never showed after $3 presses of $1"
		keys "$1"
		wait_changed "$LAST_SCREEN"
	done
}

# The screen once two captures in a row agree: a redraw caught half way
# (the title already new, the rest still drawing) never decides a check.
_settle() {
	LAST_SCREEN=$(screen 2>/dev/null)
	_poll _settled || fail "timed out after ${WAIT_TIMEOUT}s waiting for the screen to settle"
}

# assert_screen TEXT / assert_not_screen TEXT: check the screen once, after
# it has settled.
assert_screen() {
	_settle
	_want=$1
	_has_text || fail "expected '$1' on the screen"
}

assert_not_screen() {
	_settle
	_want=$1
	_has_text && fail "did not expect '$1' on the screen"
	return 0
}

# keys KEY...: tmux key names (Enter, Left, BSpace, Escape, ...) or characters.
keys() {
	tm send-keys -t spiegel "$@" || fail "tmux send-keys $* failed"
}

# type_text STRING: send STRING literally (UTF-8).
type_text() {
	tm send-keys -t spiegel -l -- "$1" || fail "tmux send-keys -l failed"
}

_exited() {
	LAST_SCREEN=$(screen 2>/dev/null)
	[ -s "$T/status" ]
}

# wait_exit: wait until the program has exited; its status is in $STATUS.
wait_exit() {
	_poll _exited || fail "spiegel did not exit within ${WAIT_TIMEOUT}s"
	STATUS=$(cat "$T/status")
}

assert_status() {
	[ "$STATUS" = "$1" ] || fail "exit status $STATUS, expected $1"
}

# Still running?  (the status file appears only after the program exited)
assert_running() {
	if [ -e "$T/status" ]; then
		LAST_SCREEN=$(screen 2>/dev/null)
		fail "spiegel exited unexpectedly with status $(cat "$T/status")"
	fi
}

# The single session file in $DATA/sessions (fails if there is not exactly one).
session_file() {
	set -- "$DATA"/sessions/*.json
	[ $# -eq 1 ] && [ -f "$1" ] || fail "expected exactly one session file, found: $*"
	printf '%s\n' "$1"
}

# wait_for_item N: wait until the item screen shows "vraag N van ITEMS"
# (ITEMS: 45, the length of visie; set it for another questionnaire).
ITEMS=45
wait_for_item() {
	wait_for "vraag $1 van $ITEMS"
}

# go_to_item N: from item 1, move forward with Right until item N shows.
go_to_item() {
	_i=1
	while [ "$_i" -lt "$1" ]; do
		keys Right
		_i=$((_i + 1))
		wait_for_item "$_i"
	done
}

# answer_items FIRST KEY...: on item FIRST, press each key in turn and wait
# for the next item after each.
answer_items() {
	_i=$1
	shift
	for _k in "$@"; do
		keys "$_k"
		_i=$((_i + 1))
		wait_for_item "$_i"
	done
}

# json_get FILE PYEXPR: print a Python expression over the parsed JSON `s`.
json_get() {
	python3 -c 'import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
v = eval(sys.argv[2])
print(json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)' "$1" "$2"
}

# ---- whole screens compared with golden files ----
#
# golden NAME TEXT: wait until TEXT is on the screen, then compare the whole
# screen (every line, and the cursor when it is visible) with
# test/screen/golden/NAME.screen; waits until they are equal, and on a
# timeout shows the difference and marks the test failed (it goes on, so
# that one run shows every screen that differs). With
# SPIEGEL_UPDATE_GOLDEN=1 the file is written instead, once the screen has
# stopped changing. Call golden_done at the end: it fails the test when a
# screen differed.
GOLDEN_DIR="$SRCDIR/test/screen/golden"
GOLDEN_FAILED=

# The screen as a golden file holds it: the lines, then the cursor.
_golden_capture() {
	tm capture-pane -p -t spiegel >"$T/golden.cap" 2>/dev/null || return 1
	_cur=$(tm display-message -p -t spiegel '#{cursor_flag} #{cursor_x},#{cursor_y}')
	case $_cur in
	1\ *) echo "--- cursor ${_cur#1 }" >>"$T/golden.cap" ;;
	esac
	LAST_SCREEN=$(cat "$T/golden.cap")
}

_golden_same() {
	_golden_capture && cmp -s "$T/golden.cap" "$_golden_file"
}

_golden_stable() {
	_golden_capture && cp "$T/golden.cap" "$T/golden.prev" &&
		sleep "$WAIT_STEP" && _golden_capture && cmp -s "$T/golden.cap" "$T/golden.prev"
}

golden() {
	_golden_file="$GOLDEN_DIR/$1.screen"
	wait_for "$2"
	if [ "${SPIEGEL_UPDATE_GOLDEN:-}" = 1 ]; then
		mkdir -p "$GOLDEN_DIR"
		_poll _golden_stable || fail "the screen for $1 never stopped changing"
		cp "$T/golden.cap" "$_golden_file"
		echo "wrote $_golden_file" >&2
		return 0
	fi
	[ -f "$_golden_file" ] ||
		fail "no golden file $_golden_file (write it with SPIEGEL_UPDATE_GOLDEN=1)"
	if ! _poll _golden_same; then
		echo "FAIL ($TEST_NAME): screen $1 differs from $_golden_file:" >&2
		diff -u "$_golden_file" "$T/golden.cap" >&2
		GOLDEN_FAILED="$GOLDEN_FAILED $1"
	fi
	return 0
}

golden_done() {
	[ -z "$GOLDEN_FAILED" ] || {
		LAST_SCREEN=
		fail "screens that differ from their golden file:$GOLDEN_FAILED"
	}
}

# golden_data: the fixture of the golden tests (test/screen/data): its
# content, and its sessions and intervisie groups copied into $DATA.
golden_data() {
	CONTENT="$SRCDIR/test/screen/data/content"
	mkdir -p "$DATA" || fail "cannot make $DATA"
	cp -R "$SRCDIR/test/screen/data/sessions" "$SRCDIR/test/screen/data/intervisie" "$DATA/" ||
		fail "cannot copy the fixture"
	chmod 700 "$DATA" "$DATA/sessions" "$DATA/intervisie"
	chmod 600 "$DATA"/sessions/*.json "$DATA"/intervisie/*.json
	RUN_ENV="TZ=UTC"
}
