#!/bin/sh
# Whole screens of the trainer projection view (spiegel group --tui),
# compared with test/screen/golden/pv-*.screen; SPIEGEL_UPDATE_GOLDEN=1
# writes the golden files anew. Every view and every layout the view
# chooses by size is pinned:
#   - on the group test data (test/data/group) at 80x24: the overview, one
#     practice, each kind of item (likert, choice, open), the shared
#     answers, the help over a view with and without scrolling; at 120x40
#     (big figures) and 40x12 (inline bars, pages, cut texts);
#   - with a baseline: the change, one practice with its comparison line,
#     an item with the baseline's counts; a baseline of too few; a group
#     of too few (--min-group 6), with its help;
#   - on the screen fixture (test/screen/data, a questionnaire with a
#     situation and a weerstand profile): the profile and a situation at
#     80x24 and 120x40.
. "$SRCDIR/test/screen/lib.sh"
screen_init golden_projection
GROUP="$SRCDIR/test/data/group"
CONTENT="$GROUP/content"

resize() {
	tm resize-window -t spiegel -x "$1" -y "$2" || fail "tmux resize-window failed"
}

run_spiegel group --tui "$GROUP/now"
golden pv-overview "1 overzicht"
keys 2
golden pv-practice "2 praktijk"
keys 3
golden pv-item "3 vraag"
type_text "?"
golden pv-help "De toetsen tonen"
keys q
wait_exit
assert_status 0

run_spiegel group --tui "$GROUP/now"
wait_for "1 overzicht"
keys 3 End
golden pv-item-open "vraag 6 van 6"
keys p
golden pv-item-choice "vraag 5 van 6"
keys 5
golden pv-shared "Gedeelde antwoorden"
type_text "?"
golden pv-help-shared "De toetsen tonen"
type_text "?"
# larger: big figures
resize 120 40
keys 1
golden pv-overview-120x40 "Gemiddelde score per praktijk"
keys 2
golden pv-practice-120x40 "praktijk 1 van 2"
keys 3 Home
golden pv-item-120x40 "vraag 1 van 6"
keys 5
golden pv-shared-120x40 "Gedeelde antwoorden"
# the smallest size: inline bars, cut texts
resize 40 12
keys 1
golden pv-overview-40x12 "Gemiddelde score per"
keys 2
golden pv-practice-40x12 "praktijk 1 van 2"
keys 3
golden pv-item-40x12 "vraag 1 van 6"
keys End p
golden pv-item-choice-40x12 "vraag 5 van 6"
type_text "?"
golden pv-help-40x12 "De vorige of"
# the help scrolls when its rows do not fit; a key of the view closes it
keys Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down Down
golden pv-help-40x12-end "De toetsen schuiven"
keys Right
golden pv-item-choice-40x12-after-help "vraag 6 van 6"
resize 80 24
keys q
wait_exit
assert_status 0

run_spiegel group --tui --baseline "$GROUP/base" "$GROUP/now"
wait_for "1 overzicht"
keys 6
golden pv-change "6 verandering"
keys 2
golden pv-practice-base "praktijk 1 van 2"
keys 3
golden pv-item-base "vraag 1 van 6"
resize 120 40
keys 6
golden pv-change-120x40 "Verandering sinds de nulmeting"
keys 2
golden pv-practice-base-120x40 "praktijk 1 van 2"
keys 3
golden pv-item-base-120x40 "vraag 1 van 6"
resize 40 12
keys 6
golden pv-change-40x12 "Verandering sinds"
resize 80 24
keys q
wait_exit
assert_status 0

run_spiegel group --tui --baseline "$GROUP/base/b1.json" --baseline "$GROUP/base/b2.json" \
	"$GROUP/now"
golden pv-base-too-few "nulmeting: te weinig"
keys q
wait_exit
assert_status 0

run_spiegel group --tui --min-group 6 --baseline "$GROUP/base" "$GROUP/now"
golden pv-too-few "Te weinig deelnemers"
type_text "?"
golden pv-too-few-help "De toetsen tonen"
keys q
wait_exit
assert_status 0

# the screen fixture: a weerstand profile and a situation
golden_data
run_spiegel group --tui --min-group 2 "$DATA/sessions"
wait_for "1 overzicht"
keys 4
golden pv-profile "Weerstandsprofiel"
keys 3 Right Right Right Right Right Right
golden pv-item-scenario "vraag 7 van 9"
resize 120 40
keys 4
golden pv-profile-120x40 "Weerstandsprofiel"
keys 3
golden pv-item-scenario-120x40 "vraag 7 van 9"
resize 40 12
keys 4
golden pv-profile-40x12 "Weerstandsprofiel"
keys 3
golden pv-item-scenario-40x12 "vraag 7 van 9"
resize 80 24
keys q
wait_exit
assert_status 0
golden_done
exit 0
