#!/bin/sh
# Sharing an open answer with the group (Ctrl-D), default private: on the
# open item while typing and while not, and on the overview. After every
# toggle the session file on disk says so at once ("shared": true, or no
# mark); an empty answer has nothing to share; the mark survives quitting and
# resuming, and the help names the key.
. "$SRCDIR/test/screen/lib.sh"
screen_init share_open

TEXT="Eerlijkheid gaf de doorslag; één keer koos ik tégen de meerderheid."
# shared_is WANT: the "shared" mark of VIS.A1.R on disk (false when absent)
shared_is() {
	_got=$(json_get "$F" 's["answers"]["VIS.A1.R"].get("shared", False)') ||
		fail "cannot read VIS.A1.R from $F"
	[ "$_got" = "$1" ] || fail "VIS.A1.R on disk: shared is $_got, expected $1 ($2)"
}
text_is() {
	[ "$(json_get "$F" 's["answers"]["VIS.A1.R"]["text"]')" = "$1" ] ||
		fail "VIS.A1.R on disk: text is '$(json_get "$F" 's["answers"]["VIS.A1.R"]')', expected '$1'"
}

run_spiegel start visie
wait_for_item 1
F=$(session_file) || exit 1
go_to_item 10
wait_for "opslaan, verder"          # item 10 is open and starts in typing mode
wait_for "Dit antwoord is privé. Ctrl-D: delen met de groep."
assert_screen "Alleen gedeelde antwoorden gaan mee in een inleverbestand voor je trainer"
assert_screen "Ctrl-D delen"

# nothing typed yet: nothing to share, nothing stored
keys C-d
wait_for "Er is nog niets om te delen: typ eerst je antwoord."
assert_screen "Dit antwoord is privé."
[ "$(json_get "$F" '"VIS.A1.R" in s["answers"]')" = false ] ||
	fail "Ctrl-D on an empty answer stored something"

# while typing: Ctrl-D saves the typed text and shares it
type_text "$TEXT"
wait_for "tégen de meerderheid."
keys C-d
wait_for "Dit antwoord is gedeeld met de groep. Ctrl-D: weer privé maken."
wait_for "Opgeslagen: dit antwoord is gedeeld met de groep, zonder je naam."
assert_screen "opslaan, verder"     # still typing
text_is "$TEXT"
shared_is true "Ctrl-D while typing"

keys C-d                            # and back: private
wait_for "Dit antwoord is privé. Ctrl-D: delen met de groep."
wait_for "Opgeslagen: dit antwoord is weer privé."
shared_is false "second Ctrl-D while typing"
text_is "$TEXT"

# not typing (Esc): the same key
keys Escape
wait_gone "opslaan, verder"
keys C-d
wait_for "Dit antwoord is gedeeld met de groep."
shared_is true "Ctrl-D after Esc"
keys C-d
wait_for "Dit antwoord is privé."
shared_is false "second Ctrl-D after Esc"
keys C-d
wait_for "Dit antwoord is gedeeld met de groep."
shared_is true "third Ctrl-D after Esc"

# typing more keeps the mark (a shared answer stays shared when it changes)
keys Enter
wait_for "opslaan, verder"
type_text " Achteraf goed."
keys Enter                          # saves and goes on to item 11
wait_for_item 11
text_is "$TEXT Achteraf goed."
shared_is true "after changing the text"

# the overview marks the shared answer and counts; Ctrl-D works there too
keys o
wait_for "Overzicht · Visie"
wait_for "Open antwoorden gedeeld met de groep: 1 van de 8."
assert_screen "10 ✓ [gedeeld] Denk aan een besluit"
assert_screen "Ctrl-D delen"
keys Up
wait_for "Antwoord (gedeeld met de groep): Eerlijkheid gaf de doorslag"
keys C-d
wait_for "Antwoord (privé): Eerlijkheid gaf de doorslag"
wait_for "Open antwoorden gedeeld met de groep: 0 van de 8."
assert_not_screen "[gedeeld]"
shared_is false "Ctrl-D on the overview"
keys C-d
wait_for "Antwoord (gedeeld met de groep): Eerlijkheid gaf de doorslag"
assert_screen "10 ✓ [gedeeld] Denk aan een besluit"
shared_is true "second Ctrl-D on the overview"
# a likert item has nothing to share
keys Up
wait_for "  9 · Als eisen van buiten"
keys C-d
wait_for "Alleen een antwoord op een open vraag kun je delen."
# an open item without an answer (15) neither
keys Escape                         # back to the item before the overview
wait_for_item 11
go_to_item_from() { # FROM TO
	_i=$1
	while [ "$_i" -lt "$2" ]; do
		keys Right
		_i=$((_i + 1))
		wait_for_item "$_i"
	done
}
go_to_item_from 11 15
wait_for "opslaan, verder"
keys C-d
wait_for "Er is nog niets om te delen: typ eerst je antwoord."
[ "$(json_get "$F" '"VIS.A2.R" in s["answers"]')" = false ] || fail "item 15 got an answer"

# the help on an open item explains sharing and names the key
keys Escape
wait_gone "opslaan, verder"
type_text "?"
wait_for "Waarom deze vraag"
: >"$T/all"
collect_pages NPage "Ctrl-D       Het antwoord op een open vraag delen" 5
for want in "Delen met de groep" "Met Ctrl-D deel je een antwoord" \
	"Dit antwoord is privé. Gedeeld: 1 van de 8."; do
	grep -F -q -- "$want" "$T/all" || { LAST_SCREEN=$(cat "$T/all"); fail "help: no '$want'"; }
done
keys Escape
wait_for_item 15

# quit and resume: still shared, on screen and on disk
keys q
wait_exit
assert_status 0
shared_is true "after quitting"
run_spiegel resume
wait_for "vraag 1 van 45"
go_to_item 10
wait_for "Dit antwoord is gedeeld met de groep. Ctrl-D: weer privé maken."
assert_screen "Achteraf goed."
keys C-d
wait_for "Dit antwoord is privé."
shared_is false "Ctrl-D after resuming"
keys Escape
wait_gone "opslaan, verder"
keys q
wait_exit
assert_status 0
shared_is false "after the second quit"
text_is "$TEXT Achteraf goed."
exit 0
