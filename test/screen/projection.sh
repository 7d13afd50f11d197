#!/bin/sh
# The trainer projection view (spiegel group --tui) on the group test data
# (test/data/group, hand-computed figures in test/unit/test_group.c):
#   - now/ (5 participants; a duplicate, another questionnaire and a broken
#     file are skipped): the overview, each practice large (mean, median,
#     spread, min and max), the answers per item, stepping with the keys;
#     the help line; a resize to 120x40 (bars grow), too small, and back;
#   - with --baseline base/: the own scores unchanged (view 1, 2), the
#     change +7.5 from 42.5 over the 2 shared items in view 6 and in view 2
#     as a labelled line of its own, the baseline's answers beside the
#     shared items (view 3); with a baseline of 2 participants: no
#     baseline figures;
#   - every practice says how many items it rests on;
#   - with --min-group 6: only "Te weinig deelnemers", no figures at all;
#   - the shared answers in view 5, with and without --names, never with
#     a name;
#   - five weerstand sessions (answered in plain mode): the summed profile;
#   - q, Esc and Ctrl-C end it and leave a normal terminal.
# No participant's name and no private answer is ever on any screen.
. "$SRCDIR/test/screen/lib.sh"
. "$SRCDIR/test/screen/robust_lib.sh"
screen_init projection

GROUP="$SRCDIR/test/data/group"
CONTENT="$GROUP/content"
: >"$T/all"

# every screen the test looked at, for the privacy check at the end
see() {
	wait_for "$1"
	printf '%s\n' "$LAST_SCREEN" >>"$T/all"
}

gone() {
	wait_gone "$1"
	printf '%s\n' "$LAST_SCREEN" >>"$T/all"
}

# row LABEL COUNT: a bar row that starts with LABEL and ends with COUNT
row() {
	printf '%s\n' "$LAST_SCREEN" | sed 's/ *$//' | awk -v a=" $1 " -v b="│ $2" '
		substr($0, 1, length(a)) == a && substr($0, length($0) - length(b) + 1) == b { ok = 1 }
		END { exit !ok }' || fail "no row '$1 ... $2'"
}

# below NAME TEXT: the line after the one with NAME has TEXT
below() {
	printf '%s\n' "$LAST_SCREEN" | awk -v a="$1" -v b="$2" '
		found { if (index($0, b)) ok = 1; found = 0 }
		index($0, a) { found = 1 }
		END { exit !ok }' || fail "no '$2' under '$1'"
}

# bar rows of the overview
bar_rows() {
	printf '%s\n' "$LAST_SCREEN" | grep -c '^ │█'
}

# help KEYS...: press the keys, then ?, and wait for the help: the keys have
# been handled when it shows (keys are read in order); ? again hides it.
help_after() {
	keys "$@" '?'
	see "toetsen tonen of verbergen"
	keys '?'
	gone "toetsen tonen of verbergen"
}

# the shell around spiegel survives Ctrl-C (SIGINT goes to the whole
# foreground process group) and still writes the status and `stty -a`
RUN_PRE='trap : INT'
start() {
	RUN_ENV=$RUN_ENV_DEFAULT
	write_run group --tui "$@"
	start_run
}

size() {
	tm display-message -p -t spiegel '#{window_width}x#{window_height}'
}

quit_with() {
	keys "$1"
	wait_exit
	assert_status 0
	assert_tty_restored "$1"
	[ "$(tm display-message -p -t spiegel '#{alternate_on}')" = 0 ] ||
		fail "still on the alternate screen after $1"
}

# ---------------------------------------------------------------- now/
start -q groepstest "$GROUP/now"
see "Gemiddelde score per praktijk (0-100)"
assert_screen "Groepstest"
assert_screen "5 deelnemers"
assert_not_screen "nulmeting"
below "Visiegestuurd werken" "│ 50,0"
below "Een passende veranderstrategie kiezen" "│ 43,3"
# the items each practice rests on (issue 11, point 15)
assert_screen "Visiegestuurd werken (3 vragen)"
assert_screen "Een passende veranderstrategie kiezen (2 vragen)"
assert_screen " 1 overzicht "
assert_not_screen "4 weerstand"
# the shared answers without --names too (issue 11, point 16)
assert_screen " 5 gedeeld "
assert_not_screen "6 verandering"
rows_small=$(bar_rows)

# 2: one practice large
keys 2
see "praktijk 1 van 2"
assert_screen "Visiegestuurd werken"
assert_screen "gemiddelde 50,0"
assert_screen "mediaan 60,0"
assert_screen "spreiding (sd) 33,6"
assert_screen "5 deelnemers · 3 vragen"
assert_screen "min 0,0"
assert_screen "max 95,0"
assert_screen "▼ gemiddelde"
keys Right
see "praktijk 2 van 2"
assert_screen "Een passende veranderstrategie kiezen"
assert_screen "gemiddelde 43,3"
assert_screen "mediaan 50,0"
assert_screen "spreiding (sd) 24,4"
assert_screen "min 0,0"
assert_screen "max 75,0"
# no wrapping at the ends: Right stays on 2, p goes back to 1, Left stays
help_after Right
assert_screen "praktijk 2 van 2"
keys p
see "praktijk 1 van 2"
help_after Left
assert_screen "praktijk 1 van 2"
keys End
see "praktijk 2 van 2"
keys Home
see "praktijk 1 van 2"
keys n
see "praktijk 2 van 2"

# 3: the items
keys 3
see "G.01 · vraag 1 van 6"
assert_screen "Ik weet waar de school over vijf jaar wil staan."
for k in "1 helemaal oneens" "2 oneens" "3 neutraal" "4 eens" "5 helemaal eens"; do
	row "$k" 1
done
row "geen antwoord" 0
assert_not_screen "niet van toepassing" # G.01 has no nvt
keys Right Right Right
see "G.04 · vraag 4 van 6"
assert_screen "Ik pas mijn aanpak aan als het team vastloopt."
row "1 helemaal oneens" 1
row "2 oneens" 1
row "3 neutraal" 1
row "4 eens" 1
row "5 helemaal eens" 0
row "niet van toepassing" 1
row "geen antwoord" 0
keys n
see "G.05 · vraag 5 van 6"
assert_screen "In welke sector werk je?"
row "primair onderwijs" 2
row "voortgezet onderwijs" 2
row "middelbaar" 1 # "middelbaar beroepsonderwijs", wrapped at 80 columns
assert_screen "beroepsonderwijs"
row "geen antwoord" 0
keys End
see "G.06 · vraag 6 van 6"
help_after Right
assert_screen "G.06 · vraag 6 van 6"
assert_screen "Wat neem je mee?"
assert_screen "3 beantwoord"
assert_screen "2 gedeeld met de groep"
keys p
see "G.05 · vraag 5 van 6"
keys Home
see "G.01 · vraag 1 van 6"

# without a baseline there is no view 6, nor 4 (no weerstand profile)
help_after 6 4
assert_screen "G.01 · vraag 1 van 6"
# view 5 without --names: the shared answers, never who wrote them
keys 5
see "Gedeelde antwoorden (zonder naam)"
assert_screen "Wat neem je mee?"
assert_screen "Meer samen leren in het team"
assert_screen "Aandacht voor rust, \"echt\" rust"
keys 3
see "G.01 · vraag 1 van 6"
# Tab: 3 -> 5 (4 is left out) -> 1 -> 2; Shift-Tab back
keys Tab
see "Gedeelde antwoorden (zonder naam)"
keys Tab
see "Gemiddelde score per praktijk (0-100)"
keys Tab
see "praktijk 2 van 2"
keys BTab
see "Gemiddelde score per praktijk (0-100)"

# resizing: larger, the bars grow; too small; and back
tm resize-window -t spiegel -x 120 -y 40 || fail "tmux resize-window failed"
[ "$(size)" = 120x40 ] || fail "window is $(size), expected 120x40"
_bigger() {
	LAST_SCREEN=$(screen 2>/dev/null)
	[ "$(printf '%s\n' "$LAST_SCREEN" | wc -l)" -eq 40 ] &&
		[ "$(bar_rows)" -gt "$rows_small" ]
}
_poll _bigger || fail "the bars did not grow at 120x40 ($(bar_rows) rows, $rows_small at 80x24)"
printf '%s\n' "$LAST_SCREEN" >>"$T/all"
assert_screen "Visiegestuurd werken"
assert_screen "Een passende veranderstrategie kiezen"
keys 2
see "praktijk 2 van 2"
assert_screen "gemiddelde 43,3"
assert_screen "spreiding (sd) 24,4"
tm resize-window -t spiegel -x 30 -y 8 || fail "tmux resize-window failed"
see "Maak het venster groter"
assert_screen "(minstens 40x12)"
assert_not_screen "43,3"
assert_running
tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
gone "Maak het venster groter"
see "praktijk 2 van 2"
assert_screen "gemiddelde 43,3"
keys 1
see "Gemiddelde score per praktijk (0-100)"
[ "$(bar_rows)" -eq "$rows_small" ] || fail "the bars did not shrink back at 80x24"
quit_with q

# ------------------------------------------------------------ baseline
start -q groepstest --baseline "$GROUP/base" "$GROUP/now"
see "nulmeting: 5"
assert_screen "5 deelnemers"
# view 1: the own scores, exactly as without a baseline (point 14)
see "Gemiddelde score per praktijk (0-100)"
below "Visiegestuurd werken (3 vragen)" "│ 50,0"
below "Een passende veranderstrategie kiezen (2 vragen)" "│ 43,3"
assert_not_screen "nulmeting 42,5"
assert_not_screen "+7,5"
assert_screen " 6 "
# view 6: the change, over the 2 shared items only, labelled so
keys 6
see "Verandering sinds de nulmeting (gemiddelde score 0-100)"
assert_screen "alleen over de 2 vragen die beide metingen delen"
assert_screen "Visiegestuurd werken (2 vragen)"
assert_screen "│ +7,5"
assert_screen "│ nulmeting 42,5"
# only practices measured by the shared items
assert_not_screen "Een passende veranderstrategie kiezen"
# view 2: the own figures, the comparison as a line of its own
keys 2
see "praktijk 1 van 2"
assert_screen "gemiddelde 50,0"
assert_screen "max 95,0"
assert_screen "5 deelnemers · 3 vragen"
assert_screen "sinds de nulmeting, over 2 gedeelde vragen: 42,5 → 50,0, verandering +7,5"
keys Right
see "praktijk 2 van 2"
assert_screen "gemiddelde 43,3"
assert_not_screen "sinds de nulmeting"
# view 3: every item; the shared ones with the baseline's counts beside
# (G.01 in the baseline: 1, 1, 2, 1, 0; point 15)
keys 3
see "▄ nulmeting · G.01 · vraag 1 van 6"
row "1 helemaal oneens" 1
below "3 neutraal" "│ 2"
below "5 helemaal eens" "│ 0"
keys Right Right
see "G.03 · vraag 3 van 6"
assert_not_screen "▄ nulmeting"
keys End
see "G.06 · vraag 6 van 6"
quit_with Escape

# a baseline of 2: too few, so no baseline figures
start -q groepstest --baseline "$GROUP/base/b1.json" --baseline "$GROUP/base/b2.json" \
	"$GROUP/now"
see "nulmeting: te weinig (2 van minimaal 5)"
below "Visiegestuurd werken" "│ 50,0"
help_after 2
assert_screen "gemiddelde 50,0"
assert_not_screen "verandering"
printf '%s\n' "$LAST_SCREEN" | grep -q -E "nulmeting [0-9]" && fail "baseline figures shown"
quit_with q

# ----------------------------------------------------------- too few
start -q groepstest --min-group 6 --baseline "$GROUP/base" "$GROUP/now"
see "Te weinig deelnemers"
assert_screen "5 van minimaal 6"
assert_screen "nulmeting: te weinig (5 van minimaal 6)"
check_nothing() {
	for x in Visiegestuurd veranderstrategie gemiddelde mediaan "50.0" "43.3" "42.5" \
		"+7.5" "50,0" "43,3" "42,5" "+7,5" "helemaal oneens" "primair onderwijs" \
		"beantwoord" "█"; do
		assert_not_screen "$x"
	done
}
check_nothing
for k in 1 2 3 4 5 Right End Tab; do
	help_after "$k"
	assert_screen "Te weinig deelnemers"
	check_nothing
done
quit_with q

# ------------------------------------------------------------ --names
start -q groepstest --names "$GROUP/now"
see "Gemiddelde score per praktijk (0-100)"
assert_screen "5 gedeeld"
keys 5
see "Gedeelde antwoorden (zonder naam)"
assert_screen "Wat neem je mee?"
assert_screen "Meer samen leren in het team"
assert_screen "Aandacht voor rust, \"echt\" rust"
keys 3 End
see "G.06 · vraag 6 van 6"
# Ctrl-C ends it too (status 1, as after a signal elsewhere)
keys C-c
wait_exit
assert_status 1
assert_tty_restored "Ctrl-C"

# ----------------------------------------------------------- weerstand
# five sessions, each with ertegenin most and eropaf least likely in every
# situation: ertegenin +1.0, eropaf -1.0, the others 0.0
CONTENT="$SRCDIR/content"
python3 - "$CONTENT/weerstand.json" >"$T/in" <<'PY' || fail "cannot read weerstand.json"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] == "scenario":
            ap = [o["approach"] for o in it["options"]]
            print(ap.index("wa_ertegenin") + 1, ap.index("wa_eropaf") + 1)
        elif it["type"] in ("choice", "likert"):
            print(1 if it["type"] == "choice" else 3)
        else:
            print("")
PY
for i in 1 2 3 4 5; do
	"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" start weerstand --plain \
		--participant "Anouk Kuiper $i" <"$T/in" >"$T/plain.out" 2>&1 ||
		fail "plain session $i failed: $(tail -5 "$T/plain.out")"
done
start "$DATA/sessions"
see "Weerstand-aanpak"
assert_screen "4 weerstand"
keys 4
see "Weerstandsprofiel: 5 deelnemers"
row "Ertegenin" "+1,0"
row "Eromheen" "0,0"
row "Eropaf" "-1,0"
row "Houvast bieden" "0,0"
row "Anderen in beeld brengen" "0,0"
assert_screen "Keuze past bij de situatie:"
below "Ertegenin" "meest"
keys 3
see "vraag 1 van"
keys 4
see "Weerstandsprofiel: 5 deelnemers"
quit_with q

# ------------------------------------------------------------ privacy
for x in "Anouk" "Kuiper" "Bram de Vries" "zdemir" "Daan Smit" "Eva Bakker" "Basis b" \
	"PRIVE-canarie"; do
	grep -q -F -- "$x" "$T/all" && fail "'$x' was on a screen"
done
[ "$(grep -c -F "Gemiddelde score per praktijk" "$T/all")" -ge 5 ] ||
	fail "the screens were not collected"
exit 0
