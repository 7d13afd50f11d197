#!/bin/sh
# Control characters from files never reach the terminal raw, and a failed
# save of an intervisie group never loses the changes silently.
#   (a) The projection view (spiegel group --tui --names) on the hand-ins of
#       test/data/group/now plus two more whose shared open answer G.06 has
#       tabs in it ("begin", 30 tabs, "EINDE"; "lang", 200 tabs, "SLOT"). A
#       tab is drawn as one space: "begin ... EINDE" stays on one line, the
#       other answers and the key hints at the bottom stay intact. (A CR in
#       a hand-in's text is refused by the file parser: that hand-in is
#       skipped, and the count shows it.)
#   (b) spiegel intervisie: the group file is replaced by a directory, so
#       that saving fails even for root (the rename over it fails). A value
#       typed then stays in memory; q on the walk says that saving failed
#       and stays (twice); once the obstacle is gone q saves the value and
#       goes back to the list. Saving failing again, Q and Ctrl-C stop with
#       status 1 and a message that the last changes are not saved, never
#       "is opgeslagen".
#   (c) The import screen: Tab completes file names with a CR in them; the
#       CR is drawn as U+FFFD in the field and in the list of candidates,
#       and the key hints stay intact.
. "$SRCDIR/test/screen/lib.sh"
. "$SRCDIR/test/screen/robust_lib.sh"
screen_init robust_controls

FFFD=$(printf '\357\277\275')
CR=$(printf '\r')

# the pane with wrapped lines joined (the messages after the exit are long)
screen_joined() {
	tm capture-pane -p -J -t spiegel
}

_has_joined() {
	LAST_SCREEN=$(screen_joined 2>/dev/null)
	printf '%s\n' "$LAST_SCREEN" | grep -F -q -- "$_want"
}

wait_for_joined() {
	_want=$1
	_poll _has_joined || fail "timed out waiting for '$1' on the screen"
}

# wait_flat TEXT: TEXT is on the screen, maybe wrapped over lines (the
# screen is read as one line, runs of blanks as one space)
_has_flat() {
	LAST_SCREEN=$(screen 2>/dev/null)
	printf '%s\n' "$LAST_SCREEN" | tr -s ' \n' '  ' | grep -F -q -- "$_want"
}

wait_flat() {
	_want=$1
	_poll _has_flat || fail "timed out waiting for '$1' on the screen"
}

# the last N lines of the pane, trailing blanks cut
bottom_lines() {
	screen | sed 's/ *$//' | tail -n "$1"
}

# ------------------------------------------------- (a) projection, tabs
GROUP="$SRCDIR/test/data/group"
mkdir "$T/hand-ins" || fail "cannot make $T/hand-ins"
cp "$GROUP"/now/*.json "$T/hand-ins/" || fail "cannot copy the hand-ins"
python3 - "$T/hand-ins" <<'PY' || fail "cannot write the extra hand-ins"
import json, sys
d = sys.argv[1]
base = json.load(open(d + "/p1.json", encoding="utf-8"))
def extra(n, name, text):
    h = json.loads(json.dumps(base))
    h["id"] = "20260310-090000-00000%d" % n
    h["participant"] = name
    h["answers"]["G.06"] = {"text": text, "shared": True}
    json.dump(h, open("%s/p%d.json" % (d, n), "w", encoding="utf-8"), ensure_ascii=False)
extra(6, "Extra Zes", "begin" + "\t" * 30 + "EINDE")
extra(7, "Extra Zeven", "lang" + "\t" * 200 + "SLOT")
extra(8, "Extra Acht", "cr\r" + "\t" * 30 + "\rEINDE-CR")
PY
CONTENT="$GROUP/content"
RUN_PRE='trap : INT'
write_run group --tui --names -q groepstest "$T/hand-ins"
start_run
wait_for "Gemiddelde score per praktijk (0-100)"
# five of now/, p6 and p7; p8 (with the CR) is skipped
assert_screen "7 deelnemers"
keys 5
wait_for "Gedeelde antwoorden (zonder naam)"
wait_for "EINDE"
HINTS="  1 overzicht   2 praktijk   3 vraag   5 gedeeld           ? toetsen  q stoppen"
[ "$(bottom_lines 1)" = "$HINTS" ] || fail "the key hints are not intact: '$(bottom_lines 1)'"
printf '%s\n' "$LAST_SCREEN" | grep -E -q '^  › begin {30}EINDE *$' ||
	fail "'begin', 30 spaces and 'EINDE' are not on one line"
printf '%s\n' "$LAST_SCREEN" | grep -E -q '^  › Meer samen leren in het team *$' ||
	fail "another answer was overwritten"
printf '%s\n' "$LAST_SCREEN" | grep -E -q '^  › Aandacht voor rust, "echt" rust *$' ||
	fail "another answer was overwritten"
printf '%s\n' "$LAST_SCREEN" | grep -E -q '^  › lang…$' || fail "no 'lang…' line"
printf '%s\n' "$LAST_SCREEN" | grep -E -q '^    SLOT *$' || fail "no 'SLOT' line under it"
assert_not_screen "EINDE-CR"
keys q
wait_exit
assert_status 0

# ------------------------------------- (b) intervisie, saving that fails
CONTENT="$SRCDIR/content"
RUN_PRE='trap : INT'
write_run intervisie
start_run
wait_for "Nieuwe groep"
keys n
wait_for "Nieuwe intervisiegroep"
type_text "Groep Zuid"
wait_for "Groep Zuid"
keys Tab
wait_for "vragenlijst kiezen"
i=0
until screen | grep -q "● Visie ("; do
	i=$((i + 1))
	[ "$i" -le 20 ] || fail "visie is not in the list of questionnaires"
	before=$(screen)
	keys Down
	wait_changed "$before"
done
keys Tab
wait_for "één naam per regel"
type_text "Anouk"
keys Enter
type_text "Bram"
wait_for "┃ Bram"
keys Tab
wait_for "groep aanmaken"
keys Enter
wait_for "Groep aangemaakt en opgeslagen."
keys ']'
wait_for "deel 2 van 9"
wait_for "Anouk: nog geen antwoord"
set -- "$DATA"/intervisie/*.json
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one group file, found: $*"
G=$1
GID=$(basename "$G" .json)

# value VALUE: the group file holds VALUE for Anouk on VIS.A1.01
value() {
	json_get "$G" 's["participants"][0]["answers"].get("VIS.A1.01")'
}
[ "$(value)" = null ] || fail "Anouk has an answer already: $(value)"

# a directory where the group file was: the rename of the new file over it
# fails, for root too
mv "$G" "$T/saved.json" || fail "cannot move the group file"
mkdir "$G" || fail "cannot make the obstacle"
keys 3
wait_for "NIET OPGESLAGEN"
printf '%s\n' "$LAST_SCREEN" | grep -E -q '^ 6 .* 3 +· *$' || fail "the 3 is not in the grid"
keys q
wait_flat "Opslaan is mislukt: $G: vervangen mislukt"
wait_flat "Je wijzigingen staan nog in het geheugen. Probeer opnieuw (q) of stop toch met Q/Ctrl-C."
assert_screen "deel 2 van 9"
# q again: still there (l afterwards, to read the section, shows that the
# q was handled; the message went with that key, but that saving fails,
# and why, stays in view)
keys q l
wait_for "Lezen · Persoonlijke visie"
wait_flat "NIET OPGESLAGEN: $G: vervangen mislukt"
wait_flat "q probeert opnieuw, Q of Ctrl-C stopt toch."
assert_running
keys Escape
wait_for "deel 2 van 9"
[ -d "$G" ] || fail "the obstacle is gone"
printf '%s\n' "$LAST_SCREEN" | grep -E -q '^ 6 .* 3 +· *$' || fail "the 3 is not in the grid"
# the obstacle removed: q saves the value and closes the group
rmdir "$G" || fail "cannot remove the obstacle"
keys q
wait_for "Je groepen:"
wait_for "Opgeslagen: het opslaan lukt weer."
[ -f "$G" ] || fail "no group file after the save worked again"
[ "$(value)" = '{"value": 3}' ] || fail "the value typed while saving failed is not saved: $(value)"

# failing again, then Q: status 1, and no "is opgeslagen"
keys Enter
wait_for "deel 2 van 9"
wait_for "Anouk: 3"
mv "$G" "$T/saved.json" || fail "cannot move the group file"
mkdir "$G" || fail "cannot make the obstacle"
keys 4
wait_for "NIET OPGESLAGEN"
keys q
wait_for "Opslaan is mislukt"
keys Q
wait_exit
assert_status 1
wait_for_joined "de laatste wijzigingen in intervisiegroep \"Groep Zuid\" zijn NIET opgeslagen."
wait_for_joined "spiegel: opslaan is mislukt:"
printf '%s\n' "$LAST_SCREEN" | grep -F -q "is opgeslagen" && fail "'is opgeslagen' after a failed save"
assert_tty_restored "Q"

# the same with Ctrl-C
rmdir "$G" && mv "$T/saved.json" "$G" || fail "cannot put the group file back"
write_run intervisie "$GID"
start_run
wait_for "deel 2 van 9"
mv "$G" "$T/saved.json" || fail "cannot move the group file"
mkdir "$G" || fail "cannot make the obstacle"
keys Down 5
wait_for "NIET OPGESLAGEN"
keys C-c
wait_exit
assert_status 1
wait_for_joined "de laatste wijzigingen in intervisiegroep \"Groep Zuid\" zijn NIET opgeslagen."
printf '%s\n' "$LAST_SCREEN" | grep -F -q "is opgeslagen" && fail "'is opgeslagen' after a failed save"
assert_tty_restored "Ctrl-C"
rmdir "$G" && mv "$T/saved.json" "$G" || fail "cannot put the group file back"
[ "$(value)" = '{"value": 3}' ] || fail "the group file changed: $(value)"

# ------------------------------- (c) import: file names with a CR in them
mkdir "$T/in" || fail "cannot make $T/in"
: >"$T/in/x${CR}AB1.json" && : >"$T/in/x${CR}AB2.json" || fail "cannot make the files"
write_run intervisie "$GID"
start_run
wait_for "deel 2 van 9"
keys i
wait_for "Antwoorden inlezen"
type_text "$T/in/x"
wait_for "$T/in/x"
HINTS=$(bottom_lines 2)
keys Tab
wait_for "Mogelijk: x${FFFD}AB1.json, x${FFFD}AB2.json"
wait_for "$T/in/x${FFFD}AB"
[ "$(bottom_lines 2)" = "$HINTS" ] || fail "the key hints are not intact: '$(bottom_lines 2)'"
assert_screen "Antwoorden inlezen"
keys Escape
wait_for "deel 2 van 9"
keys q
wait_for "Je groepen:"
keys q
wait_exit
assert_status 0
exit 0
