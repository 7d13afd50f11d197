# Extra helpers for the robust_*.sh screen tests (POSIX sh), sourced after
# lib.sh.  Not a test itself.
#
# run_spiegel in lib.sh fixes TERM, LANG and LC_ALL; these tests need other
# environments, the process id of spiegel, and the terminal settings after
# it stopped.  write_run writes $T/run.sh, which
#   - sets up the environment from RUN_ENV (sh code), then runs RUN_PRE
#     (sh code, may be empty),
#   - writes spiegel's own pid to $T/pid (via exec, so it is the same process),
#   - runs "$SPIEGEL ARGS..." (SPIEGEL_DATA_DIR=DATA, SPIEGEL_CONTENT_DIR=CONTENT) with the
#     redirections in RUN_REDIR (sh code, may be empty),
#   - then, in the same shell and on the same terminal, writes `stty -a` to
#     $T/stty and the exit status to $T/status, runs RUN_POST (sh code, may
#     be empty) and keeps the pane open.

RUN_ENV_DEFAULT='TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8; export TERM LANG LC_ALL'
RUN_ENV=$RUN_ENV_DEFAULT
RUN_REDIR=
RUN_PRE=
RUN_POST=

write_run() {
	rm -f "$T/status" "$T/status.tmp" "$T/pid" "$T/pid.tmp" "$T/stty" "$T/stty.tmp"
	{
		echo "#!/bin/sh"
		printf '%s\n' "$RUN_ENV" "$RUN_PRE"
		# the directories from the environment, as in lib.sh's run_spiegel
		printf 'SPIEGEL_DATA_DIR=%s SPIEGEL_CONTENT_DIR=%s\n' "$(shq "$DATA")" "$(shq "$CONTENT")"
		echo "export SPIEGEL_DATA_DIR SPIEGEL_CONTENT_DIR"
		# shellcheck disable=SC2016
		printf 'sh -c '\''echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"'\'' %s ' \
			"$(shq "$T/pid")"
		printf '%s' "$(shq "$SPIEGEL")"
		for a in "$@"; do
			printf ' %s' "$(shq "$a")"
		done
		printf ' %s\n' "$RUN_REDIR"
		echo 'st=$?'
		printf 'stty -a >%s 2>&1; mv %s %s\n' "$(shq "$T/stty.tmp")" \
			"$(shq "$T/stty.tmp")" "$(shq "$T/stty")"
		printf 'echo $st > %s && mv %s %s\n' "$(shq "$T/status.tmp")" \
			"$(shq "$T/status.tmp")" "$(shq "$T/status")"
		printf '%s\n' "$RUN_POST"
		echo "exec sleep 600"
	} >"$T/run.sh"
	chmod +x "$T/run.sh"
}

# start_run [W H]: run $T/run.sh in the pane (a new session of W x H,
# default 80x24, or the existing pane, which keeps its size).
start_run() {
	if tm has-session -t spiegel 2>/dev/null; then
		tm respawn-pane -k -t spiegel "$T/run.sh" || fail "tmux respawn-pane failed"
	else
		tm new-session -d -s spiegel -x "${1:-80}" -y "${2:-24}" "$T/run.sh" ||
			fail "tmux new-session failed"
		tm set -s escape-time 0
		tm set -g status off
	fi
}

_file_there() {
	[ -s "$_wfile" ]
}

# wait_file FILE: wait until FILE exists and is not empty.
wait_file() {
	_wfile=$1
	_poll _file_there || fail "timed out after ${WAIT_TIMEOUT}s waiting for $1"
}

# spiegel_pid: the pid written by run.sh (waits for it).
spiegel_pid() {
	wait_file "$T/pid"
	cat "$T/pid"
}

# Gone: no such process, or a zombie nobody reaps (a container's pid 1 may
# not reap orphans).
_pid_gone() {
	[ -r "/proc/$_wpid/stat" ] || return 0
	_st=$(sed 's/.*) //' "/proc/$_wpid/stat" 2>/dev/null | cut -d' ' -f1)
	[ -z "$_st" ] || [ "$_st" = Z ] || [ "$_st" = X ]
}

# wait_pid_gone PID: wait until the process has ended.
wait_pid_gone() {
	_wpid=$1
	_poll _pid_gone
}

# cpu_ticks PID: user + system time of the process in clock ticks.
cpu_ticks() {
	sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | awk '{ print $12 + $13 }'
}

# screen_nfc: the pane as plain text in Unicode NFC (tmux keeps "e" +
# combining accent as two code points in a cell; ncurses may draw either).
screen_nfc() {
	screen 2>/dev/null | python3 -c 'import sys, unicodedata
sys.stdout.write(unicodedata.normalize("NFC", sys.stdin.buffer.read().decode("utf-8", "replace")))'
}

# assert_tty_restored: the `stty -a` that run.sh wrote after spiegel stopped
# shows a normal (cooked) terminal again.
assert_tty_restored() {
	wait_file "$T/stty"
	_modes=$(tr ' ' '\n' <"$T/stty")
	for _m in icanon echo icrnl opost isig; do
		printf '%s\n' "$_modes" | grep -x -q -- "$_m" ||
			fail "terminal not restored after spiegel stopped ($1): no '$_m' in stty -a: $(cat "$T/stty")"
	done
}

# has_esc FILE: FILE holds an ESC byte (a terminal escape sequence).
has_esc() {
	LC_ALL=C grep -q "$(printf '\033')" "$1"
}
