#!/bin/sh
# Starting in a window that is far too small: at 10x3 `spiegel` shows (the
# start of) "Maak het venster groter" and keeps running; at 80x24 the start
# screen appears and q exits with status 0.  The same for `spiegel start
# visie` started at 1x1: after growing to 80x24 item 1 is there.
. "$SRCDIR/test/screen/lib.sh"
. "$SRCDIR/test/screen/robust_lib.sh"
screen_init robust_small_start

size() {
	tm display-message -p -t spiegel '#{window_width}x#{window_height}'
}

write_run
start_run 10 3
tm resize-window -t spiegel -x 10 -y 3 || fail "tmux resize-window failed"
[ "$(size)" = 10x3 ] || fail "window is $(size), expected 10x3"
wait_for "Maak het"
wait_for "venster"
assert_not_screen "Een vragenlijst"
assert_running
PID=$(spiegel_pid)
[ -d "/proc/$PID" ] || fail "spiegel is not running at 10x3"

tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
wait_for "Een vragenlijst beginnen"
wait_gone "Maak het venster groter"
assert_screen "Stoppen"
assert_running
keys q
wait_exit
assert_status 0
assert_tty_restored "q at the start screen"

# `start visie` in a 1x1 window
tm resize-window -t spiegel -x 1 -y 1 || fail "tmux resize-window failed"
[ "$(size)" = 1x1 ] || fail "window is $(size), expected 1x1"
write_run start visie
start_run
wait_file "$T/pid"
# at 1x1 only the "M" of "Maak" fits
wait_for "M"
assert_running
tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
wait_for_item 1
assert_running
keys 1
wait_for_item 2
keys q
wait_exit
assert_status 0
F=$(session_file) || exit 1
[ "$(json_get "$F" 's["answers"]["VIS.CTX.01"]["choice"]')" = po ] ||
	fail "the answer given after starting at 1x1 was not saved"
exit 0
