#!/bin/sh
# Whole screens of the questionnaire front end at 80x24 (and one at 40x12),
# compared with test/screen/golden/q-*.screen: the start screen, the lists,
# every kind of item, the overview, the help, the results and the focus,
# and the voornemen screens (a voornemen made, the list, the look back).
# The fixture (test/screen/data) has fixed content, sessions and times, so
# every screen is the same on every run; SPIEGEL_UPDATE_GOLDEN=1 writes the
# golden files anew (look at the difference before committing it).
. "$SRCDIR/test/screen/lib.sh"
screen_init golden_questionnaire
golden_data
BUSY=20261122-081500-b05e11
DONE=20261120-140000-d0e5e5

# the start screen and its lists
run_spiegel
golden q-start "Een vragenlijst beginnen"
type_text "?"
golden q-help-start "Lukt opslaan niet"
keys Escape
wait_for "Een vragenlijst beginnen"
keys Enter
golden q-pick-questionnaire "Kies een vragenlijst"
keys Escape
wait_for "Een vragenlijst beginnen"
keys 2
golden q-pick-session "Verder met een sessie"
keys q
wait_exit

# the open session: every kind of item, the overview and the help
run_spiegel resume "$BUSY"
golden q-likert "vraag 3 van 9"
keys Left
golden q-likert-na "vraag 2 van 9"
type_text "?"
golden q-help-item "Waarom deze vraag"
keys Escape
wait_for "vraag 2 van 9"
keys Right Right Right Right
golden q-open-typing "vraag 6 van 9"
keys Escape
golden q-open "Enter typen"
keys Right
golden q-situation "vraag 7 van 9"
keys 3
golden q-situation-least "MINST waarschijnlijk"
keys 2
golden q-followup "vraag 8 van 9"
keys Right
golden q-choice "vraag 9 van 9"
keys o
golden q-overview "Overzicht"
keys Escape
wait_for "vraag 9 van 9"
keys Left Left Left
wait_for "vraag 6 van 9"
keys Escape
wait_for "Enter typen"
keys o
wait_for "Overzicht"
keys Escape
golden q-open-after-overview "vraag 6 van 9"
keys Escape
wait_for "Enter typen"

# a small terminal: the likert with a question of three lines
keys Left Left Left Left
wait_for "vraag 2 van 9"
tm resize-window -t spiegel -x 40 -y 12 || fail "tmux resize-window failed"
golden q-likert-40x12 "van 9"
keys Right Right Right
golden q-likert-40x12-new "vraag 5 van 9"
keys Left Left Left
wait_for "vraag 2 van 9"
tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
wait_for "vraag 2 van 9"
keys q
wait_exit

# a finished session opens on its results; f chooses the focus
run_spiegel resume "$DONE"
golden q-results "Resultaten"
keys f
golden q-focus "Focus kiezen"
keys Escape
wait_for "Resultaten"
keys q
wait_exit
assert_status 0

# voornemens, on days passed in: the steps of the results, one typed in;
# a later day the start screen, the list of voornemens and the look back
RUN_ENV="SPIEGEL_TODAY=2026-12-01"
run_spiegel resume "$DONE"
wait_for "Resultaten"
keys v
golden q-plan "Van inzicht naar actie"
keys Enter
wait_for "Je eerste concrete stap"
type_text "Eén gesprek met de MR-voorzitter over de ouderavond"
keys Tab
type_text "15-12-2026"
golden q-plan-form "15-12-2026"
keys Enter
wait_for "Opgeslagen: voornemen"
keys q
wait_exit
RUN_ENV="SPIEGEL_TODAY=2026-12-17"
run_spiegel
golden q-start-plans "om op terug te kijken"
keys 4
golden q-plans "Kies een voornemen"
type_text "?"
golden q-help-plans "Voornemens"
keys Escape
wait_for "Kies een voornemen"
keys Enter
wait_for "Hoe ging het?"
keys 2 Tab
type_text "Het gesprek was kort; de MR wil meedenken"
golden q-look-back "de MR wil meedenken"
keys Escape
wait_for "Kies een voornemen"
keys q
wait_exit
assert_status 0
golden_done
exit 0
