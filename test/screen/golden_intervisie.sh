#!/bin/sh
# Whole screens of intervisie mode at 80x24, compared with
# test/screen/golden/iv-*.screen: the list of groups, the walk through a
# section with its grid, reading a section, the group view, the notes and
# the help. The fixture (test/screen/data) holds one group with fixed
# answers and times; SPIEGEL_UPDATE_GOLDEN=1 writes the golden files anew.
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
golden_done
exit 0
