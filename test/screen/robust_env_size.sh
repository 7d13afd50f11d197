#!/bin/sh
# The screens use the terminal's real size, never LINES and COLUMNS from the
# environment: with LINES=500 COLUMNS=500 (or a wide 200x2000) in an 80x24
# pane, the questionnaire, the start screen and the projection view are
# drawn at 80x24 (the footer on the last line, the right-hand label at the
# right edge) and follow a resize. Today they draw off the screen, and huge
# values make ncurses allocate gigabytes.
. "$SRCDIR/test/screen/lib.sh"
screen_init robust_env_size

# the last line (the footer) holds TEXT
footer_has() {
	LAST_SCREEN=$(screen)
	printf '%s\n' "$LAST_SCREEN" | sed -n '24p' | grep -F -q -- "$1"
}
wait_footer() {
	_ft=$1
	_poll _footer_ok || fail "the footer (line 24) never showed '$1'"
}
_footer_ok() { footer_has "$_ft"; }
# after a resize to 100x30: the footer on line 30
_wide() {
	LAST_SCREEN=$(screen)
	[ "$(printf '%s\n' "$LAST_SCREEN" | sed -n '30p' | grep -c '? waarom')" = 1 ]
}

for env in "LINES=500 COLUMNS=500" "LINES=2000 COLUMNS=200"; do
	RUN_ENV=$env
	run_spiegel start visie
	wait_for_item 1
	wait_footer "? waarom"
	# the right-hand label ends at the right edge of 80 columns
	printf '%s\n' "$LAST_SCREEN" | sed -n '1p' | sed 's/ *$//' | grep -q 'vraag 1 van 45$' ||
		fail "($env) the top line is not 80 columns wide"
	[ "$(printf '%s\n' "$LAST_SCREEN" | sed -n '1p' | sed 's/ *$//' | wc -m)" -le 81 ] ||
		fail "($env) the top line is wider than the pane"
	tm resize-window -t spiegel -x 100 -y 30 || fail "tmux resize-window failed"
	_poll _wide || fail "($env) the screen did not follow the resize to 100x30"
	tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
	wait_footer "? waarom"
	keys q
	wait_exit
	assert_status 0
done

# the start screen and the trainer's projection view
RUN_ENV="LINES=500 COLUMNS=500"
run_spiegel
wait_for "Een vragenlijst beginnen"
wait_footer "q stoppen"
keys q
wait_exit
GROUP="$SRCDIR/test/data/group"
CONTENT="$GROUP/content"
run_spiegel group --tui "$GROUP/now"
wait_for "deelnemers"
LAST_SCREEN=$(screen)
[ "$(printf '%s\n' "$LAST_SCREEN" | sed -n '24p' | sed 's/ *$//')" != "" ] ||
	fail "the projection view has nothing on its last line (drawn for another size?)"
keys q
wait_exit
assert_status 0
exit 0
