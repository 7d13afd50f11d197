#!/bin/sh
# Whole screens of the trainer projection view (spiegel group --tui) at
# 80x24 on the group test data (test/data/group), compared with
# test/screen/golden/pv-*.screen: the overview, one practice, one item,
# the help, and the change since a baseline. SPIEGEL_UPDATE_GOLDEN=1 writes
# the golden files anew.
. "$SRCDIR/test/screen/lib.sh"
screen_init golden_projection
GROUP="$SRCDIR/test/data/group"
CONTENT="$GROUP/content"

run_spiegel group --tui "$GROUP/now"
golden pv-overview "1 overzicht"
keys 2
golden pv-practice "2 praktijk"
keys 3
golden pv-item "3 vraag"
type_text "?"
golden pv-help "andere weergave"
keys q
wait_exit
assert_status 0

run_spiegel group --tui --baseline "$GROUP/base" "$GROUP/now"
wait_for "1 overzicht"
keys 6
golden pv-change "6 verandering"
keys q
wait_exit
assert_status 0
golden_done
exit 0
