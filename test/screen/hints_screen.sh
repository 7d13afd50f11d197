#!/bin/sh
# The commands a screen names work for whoever reads them (issue 13): with
# spiegel not on PATH the results screen names the program as it was
# started ("/.../build/spiegel report ID", "(/.../spiegel start ...)"),
# with it on PATH just "spiegel".
. "$SRCDIR/test/screen/lib.sh"
screen_init hints_screen
CONTENT="$SRCDIR/test/data/score/content"
ID=20261201-090000-5c0e02
mkdir -p "$T/in" && cp "$SRCDIR/test/data/score/worked.json" "$T/in/$ID.json" || fail "no fixture"

# all pages of the results screen, joined into one line of words
pages() { # OUT
	rm -f "$T/all"
	wait_for "Leiderschapspraktijken"
	collect_pages NPage "Het volledige rapport" 40
	collect_pages NPage "markdown" 5
	tr '\n' ' ' <"$T/all" | tr -s ' ' >"$1"
	keys q
	wait_exit
}

RUN_ENV="PATH=/usr/bin:/bin"
run_spiegel resume "$T/in/$ID.json"
pages "$T/off"
grep -F -q "Het volledige rapport: $SPIEGEL report $ID --format markdown" "$T/off" ||
	{ LAST_SCREEN=$(cat "$T/off"); fail "the report hint does not name $SPIEGEL"; }
grep -F -q "($SPIEGEL start proef-organisatie)" "$T/off" ||
	{ LAST_SCREEN=$(cat "$T/off"); fail "the core's hint (spiegel start) does not name $SPIEGEL"; }

RUN_ENV="PATH=$(dirname "$SPIEGEL"):/usr/bin:/bin"
run_spiegel resume "$T/in/$ID.json"
pages "$T/on"
grep -F -q "Het volledige rapport: spiegel report $ID --format markdown" "$T/on" ||
	{ LAST_SCREEN=$(cat "$T/on"); fail "on PATH: the hint is not 'spiegel report'"; }
grep -F -q "(spiegel start proef-organisatie)" "$T/on" ||
	{ LAST_SCREEN=$(cat "$T/on"); fail "on PATH: not 'spiegel start'"; }
echo "hints_screen: ok"
