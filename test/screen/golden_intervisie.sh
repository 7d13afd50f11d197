#!/bin/sh
# Whole screens of intervisie mode at 80x24, compared with
# test/screen/golden/iv-*.screen: the list of groups, the walk through a
# section with its grid, reading a section, the group view, the notes and
# the help; then every other screen and mode: the new-group form field by
# field, each section's walk, the import screen (a file that asks, a
# folder's list), the participants (rename, add, remove), the export, the
# help of each screen, and the screens at 40x12. The fixture
# (test/screen/data) holds one group with fixed answers and times;
# SPIEGEL_UPDATE_GOLDEN=1 writes the golden files anew.
. "$SRCDIR/test/screen/lib.sh"
screen_init golden_intervisie
golden_data
GROUP=20261123-100000-1f0a11

run_spiegel intervisie
golden iv-start "Je groepen:"
keys Enter
golden iv-walk "Groep Zuid"
keys Down Right
golden iv-walk-cell "Groep Zuid"
keys l
golden iv-read "Gespreksvragen"
keys Escape
wait_for "Groep Zuid"
type_text "?"
golden iv-help-walk "Toetsen op dit scherm"
keys Escape
wait_for "Groep Zuid"
keys o
golden iv-group "Praktijk"
keys a
golden iv-notes "Notities"
keys Escape
golden iv-notes-read "Enter typen"
keys q
wait_for "deel 1 van 3"
keys q
wait_for "Je groepen:"
keys q
wait_exit
assert_status 0

# opened by its id, straight into the walk
run_spiegel intervisie "$GROUP"
golden iv-walk-opened "Groep Zuid"
keys q
wait_for "Je groepen:"
keys q
wait_exit
assert_status 0

# every other screen, on a fresh copy of the fixture (the list of groups
# shows when a group was saved). The pane works in $T: the import reads
# files there and the export writes there, by names that are the same on
# every run.
golden_data
cp "$SRCDIR/test/screen/data/sessions/20261120-140000-d0e5e5.json" "$T/anna.json"
mkdir "$T/map" && cp "$SRCDIR"/test/screen/data/sessions/*.json "$T/map/" ||
	fail "cannot make the folder to import"
cd "$T" || fail "cannot cd to $T"
tm kill-server # a new pane, started in $T
run_spiegel intervisie
wait_for "Je groepen:"
tm resize-window -t spiegel -x 40 -y 12 || fail "tmux resize-window failed"
golden iv-start-40x12 "Je groepen:"
tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
type_text "?"
golden iv-help-start "Toetsen op dit scherm"
keys Escape
wait_for "Je groepen:"

# the new-group form, field by field (Esc: nothing is made)
keys n
golden iv-new "Nieuwe intervisiegroep"
type_text "Groep Oost"
golden iv-new-name "Groep Oost"
keys Tab
golden iv-new-list "vragenlijst kiezen"
keys Tab
golden iv-new-aliases-empty "één naam per regel"
type_text "Eva"
keys Enter
type_text "Fré"
golden iv-new-aliases "┃ Fré"
keys Tab
golden iv-new-button "groep aanmaken"
keys Escape
wait_for "Je groepen:"

# each section of the walk
keys Enter
wait_for "deel 1 van 3"
keys ']'
golden iv-walk-2 "deel 2 van 3"
keys ']'
golden iv-walk-3 "deel 3 van 3"
keys NPage
golden iv-walk-last "Dit is het laatste deel."
keys '[' '['
wait_for "deel 1 van 3"

# import: one file that would replace answers, then a folder
keys i
golden iv-import "Antwoorden inlezen"
type_text "anna.json"
keys Enter
golden iv-import-confirm "Doorgaan? (j/n)"
keys n
golden iv-import-declined "Niet ingelezen."
keys C-u
type_text "map"
keys Enter
golden iv-import-folder "Niets ingelezen"
keys Escape
wait_for "deel 1 van 3"

# the participants: rename, add, remove (each left without a change)
keys d
golden iv-people "van hoogstens"
keys Enter
golden iv-people-rename "Enter bewaren"
keys Escape
wait_for "t toevoegen"
keys t
golden iv-people-add "Enter bewaren"
keys Escape
wait_for "t toevoegen"
keys x
golden iv-people-remove "(j/n)"
keys n
golden iv-people-kept "Niet verwijderd."
type_text "?"
golden iv-help-people "Toetsen op dit scherm"
keys Escape
wait_for "t toevoegen"
keys Escape
wait_for "deel 1 van 3"

# the export under a name of its own, then again: it asks
keys e
wait_for "Exporteren"
keys C-u
type_text "verslag.md"
golden iv-export "verslag.md"
keys Enter
wait_for "Geschreven naar:"
keys Enter
golden iv-export-confirm "Overschrijven? (j/n)"
type_text "?"
golden iv-help-export-confirm "Toetsen op dit scherm"
keys Escape
wait_for "Overschrijven? (j/n)"
keys n
wait_for "Niet overschreven."
keys Escape
wait_for "deel 1 van 3"

# the help of the group view and of the notes; a note with diacritics
keys o
wait_for "Praktijk"
type_text "?"
golden iv-help-group "Toetsen op dit scherm"
keys Escape
wait_for "Praktijk"
keys a
wait_for "klaar met typen"
keys End
type_text " Zoë, café."
golden iv-notes-typed "Zoë, café."
keys Tab
golden iv-notes-afspraken "deelnemer 1 van 4 · Afspraken"
keys Escape
wait_for "Enter typen"
type_text "?"
golden iv-help-notes "Toetsen op dit scherm"
keys Escape
wait_for "Enter typen"
keys q
wait_for "deel 1 van 3"
keys l
wait_for "Gespreksvragen"
type_text "?"
golden iv-help-read "Toetsen op dit scherm"
keys Escape
wait_for "Lezen"
keys Escape
wait_for "deel 1 van 3"

# 40x12: the walk, the notes, the group view, the import; smaller still
tm resize-window -t spiegel -x 40 -y 12 || fail "tmux resize-window failed"
golden iv-walk-40x12 "deel 1 van 3"
keys a
golden iv-notes-40x12 "van 4 · Notities"
keys Escape
wait_for "Enter"
keys o
golden iv-group-40x12 "Groepsoverzicht"
keys i
golden iv-import-40x12 "Antwoorden inlezen"
keys Escape
wait_for "deel 1 van 3"
keys d
golden iv-people-40x12 "van hoogstens"
keys Escape
wait_for "deel 1 van 3"
keys e
wait_for "Exporteren"
keys C-u
type_text "v.md"
golden iv-export-40x12 "v.md"
keys Escape
wait_for "deel 1 van 3"
keys l
golden iv-read-40x12 "Lezen"
type_text "?"
golden iv-help-40x12 "Uitleg"
keys Escape
wait_for "Lezen"
keys Escape
wait_for "deel 1 van 3"
tm resize-window -t spiegel -x 30 -y 10 || fail "tmux resize-window failed"
golden iv-too-small "Maak het venster groter"
tm resize-window -t spiegel -x 40 -y 12 || fail "tmux resize-window failed"
wait_for "deel 1 van 3"
keys q
wait_for "Je groepen:"
keys n
golden iv-new-40x12 "Nieuwe"
keys Tab
golden iv-new-list-40x12 "vragenlijst"
keys Tab Tab
golden iv-new-button-40x12 "aanmaken"
keys Escape
wait_for "Je groepen:"
tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
wait_for "Je groepen:"
keys q
wait_exit
assert_status 0
golden_done
exit 0
