#!/bin/sh
# Colour (issue 13): with NO_COLOR set (https://no-color.org), with
# --contrast and on a terminal without colours the screen sends no colour
# (no SGR 30-37, 38, 40-47, 48, 90-97, 100-107); --contrast also dims
# nothing (no SGR 2). What a colour says is also in words: the level name
# beside every score bar. Without NO_COLOR the same screen does have
# colours, so that the test can fail.
. "$SRCDIR/test/screen/lib.sh"
screen_init no_color
CONTENT="$SRCDIR/test/data/score/content"
ID=20261201-090000-5c0e02
mkdir -p "$T/in" && cp "$SRCDIR/test/data/score/worked.json" "$T/in/$ID.json" || fail "no fixture"

# sgr_check FILE: the SGR parameters of FILE (capture-pane -e), one a line
sgr_params() {
	python3 -c 'import re, sys
for m in re.finditer(r"\x1b\[([0-9;:]*)m", open(sys.argv[1], encoding="utf-8", errors="replace").read()):
    for p in re.split("[;:]", m.group(1) or "0"):
        print(p or "0")' "$1"
}
has_colour() { sgr_params "$1" | grep -E -q '^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$'; }
has_dim() { sgr_params "$1" | grep -q '^2$'; }

# the results screen, and one page down (more bars)
capture() { # NAME
	tm capture-pane -e -p -t spiegel >"$T/$1.1" || fail "capture-pane"
	_b=$(screen)
	keys NPage
	wait_changed "$_b"
	tm capture-pane -e -p -t spiegel >"$T/$1.2" || fail "capture-pane"
	cat "$T/$1.1" "$T/$1.2" >"$T/$1"
}

RUN_ENV=
run_spiegel resume "$T/in/$ID.json"
wait_for "Resultaten"
wait_for "Leiderschapspraktijken"
capture colour
has_colour "$T/colour" || { LAST_SCREEN=$(cat "$T/colour"); fail "no colour without NO_COLOR: the test cannot fail"; }
keys q
wait_exit

for how in NO_COLOR=1 contrast TERM=vt220 SPIEGEL_CONTRAST=1; do
	case $how in
	contrast)
		RUN_ENV=
		run_spiegel --contrast resume "$T/in/$ID.json"
		;;
	*)
		RUN_ENV=$how
		run_spiegel resume "$T/in/$ID.json"
		;;
	esac
	wait_for "Resultaten"
	wait_for "Leiderschapspraktijken"
	capture "$how"
	if has_colour "$T/$how"; then
		LAST_SCREEN=$(cat "$T/$how")
		fail "$how: SGR colour codes on the screen: $(sgr_params "$T/$how" | sort -u | tr '\n' ' ')"
	fi
	case $how in
	contrast | SPIEGEL_CONTRAST=1)
		has_dim "$T/$how" && fail "$how: dimmed text (SGR 2) in high contrast"
		;;
	esac
	# the meaning of the bar colours is in words
	grep -q "Ontwikkelpunt\|In ontwikkeling\|Sterk" "$T/$how" ||
		{ LAST_SCREEN=$(cat "$T/$how"); fail "$how: no level names beside the bars"; }
	keys q
	wait_exit
	assert_status 0
done
echo "no_color: ok"
