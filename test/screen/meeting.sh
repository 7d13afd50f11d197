#!/bin/sh
# A whole intervisie meeting at 80x24 (issue 17), in the meeting screens
# (spiegel intervisie GROEP bijeenkomst), on the fixture group of
# test/screen/data (Groep Zuid: Anouk, Bram, Céline, Daan) and the bundled
# content (its meeting kit):
#  - meeting 1: a new meeting on the day of the clock passed in
#    (SPIEGEL_NOW names a file with unix seconds: the test moves the time
#    on, nothing sleeps), the method ALACT, an agenda; the casus with an
#    inbrenger, situatie, vraag and what was tried, one tagged dimension;
#    two phases with the timer started, paused and running on; the prompt
#    cards of the tag with asked questions; the notes; a next step per
#    participant (catalogue and own words, a date, how they will notice);
#  - every change is in the group's file at once;
#  - meeting 2, weeks later: opening it shows last time's steps and records
#    gedaan / deels / nog niet with what happened;
#  - the meeting reports hold the casus, the method, the steps and the
#    follow-up;
#  - the group is locked while the screens run; a save that fails says
#    NIET OPGESLAGEN and the exit status is 1.
# Whole screens: golden m-*.screen.
. "$SRCDIR/test/screen/lib.sh"
screen_init meeting
golden_data
CONTENT="$SRCDIR/content"
GROUP=20261123-100000-1f0a11
FILE="$DATA/intervisie/$GROUP.json"
T0=1796115600 # 2026-12-01 09:00 UTC
echo "$T0" >"$T/now"
RUN_ENV="TZ=UTC SPIEGEL_NOW=$T/now"

at() {
	echo "$(($T0 + $1))" >"$T/now"
}

jq_file() {
	json_get "$FILE" "$1"
}

# ---------------------------------------------------------- meeting 1
run_spiegel intervisie "$GROUP" bijeenkomst
golden m-start "Nieuwe bijeenkomst"
keys Enter
wait_for "Methode: kies er een om te beginnen"
# the sixth method of the kit: Reflectiecyclus (ALACT)
keys Down Down Down Down Down
wait_for "handelen, terugblikken, de kern"
keys Enter
wait_for "Bijeenkomst 1 gemaakt en opgeslagen."
[ "$(jq_file 's["meetings"][0]["method"]')" = alact ] || fail "the method is not saved"
[ "$(jq_file 's["meetings"][0]["date"]')" = 2026-12-01 ] || fail "not the clock's date"
keys Down Down Down Enter
type_text "Terugblik, de casus van Céline, stappen"
keys Enter
wait_for "Opgeslagen."
golden m-setup "de casus van Céline"
# the group shares the casus and the steps, not the notes
keys Down Space
wait_for "[x] de casus"
keys Down Down Down Space
wait_for "[x] de volgende stappen"
[ "$(jq_file '[s["consent"][k] for k in ("casus", "vragen", "stappen")]')" = \
	'[true, false, true]' ] || fail "the consent: $(jq_file 's["consent"]')"

# the casus: the inbrenger, three texts (Tab goes on to the next), a tag
keys Tab
wait_for "Wie brengt de casus in?"
keys Down Down Enter
wait_for "● Céline"
keys Down Down Enter
type_text "Een teamlid doet niet mee met de lesbezoeken en zegt dat het niets oplevert."
keys Tab
type_text "Hoe krijg ik haar erbij zonder te dwingen?"
keys Tab
type_text "Één gesprek, en het rooster aangepast."
# kept in the pause after typing (the cursor at the end of the text)
wait_for "Opgeslagen."
golden m-casus-typing "het rooster aangepast."
keys Enter
wait_for "Enter typen"
golden m-casus "Enter typen"
keys Down Space
wait_for "(1 gekozen)"
golden m-casus-tags "(1 gekozen)"
[ "$(jq_file 's["meetings"][0]["tags"]')" = '["VIS.A1"]' ] || fail "the tag is not saved"
[ "$(jq_file 's["meetings"][0]["inbrenger"]')" = "Céline" ] || fail "the inbrenger"
case $(jq_file 's["meetings"][0]["geprobeerd"]') in
"Één gesprek, en het rooster aangepast.") ;;
*) fail "what was tried: $(jq_file 's["meetings"][0]["geprobeerd"]')" ;;
esac

# two phases and the timer: started, 3 min 5 s on, paused, later still
keys 4
wait_for "Fase 1 van 5: Handelen"
assert_screen "Timer: nog niet gestart, 5 min voorgesteld; Spatie start hem."
keys Space
wait_for "De timer loopt."
at 185
wait_for "Tijd: 03:05 van 05:00"
golden m-phase "03:05 van 05:00"
keys Space
wait_for "Tijd: 03:05 van 05:00 (gepauzeerd)"
at 400
keys Space
wait_for "De timer loopt."
at 460
wait_for "Tijd: 04:05 van 05:00"
at 520
wait_for "Tijd: 05:05 van 05:00"
at 700
wait_for "Tijd: 08:05 van 05:00 · 3 min over de tijd"
keys Right
wait_for "Fase 2 van 5: Terugblikken"
at 775
wait_for "Tijd: 01:15 van 15:00"
keys Right
wait_for "Fase 3 van 5: De kern"
# the help: where the methods come from, and the keys of the phases
keys '?'
wait_for "Waar de methoden vandaan komen"
assert_screen "algemene vakkennis"
collect_pages Down "Spatie" 30
keys Escape
wait_for "Fase 3 van 5: De kern"
[ "$(jq_file 's["meetings"][0]["phase"]')" = 2 ] || fail "the phase is not saved"

# the prompt cards of the tagged dimension: two questions asked
keys 5
wait_for "Persoonlijke visie en drijfveren"
keys Space
wait_for "[x] Welke ervaring"
keys Down Down Down Space
wait_for "[x] Verdieping:"
golden m-cards "[x] Verdieping:"
[ "$(jq_file '[a["question"] for a in s["meetings"][0]["asked"]]')" = "[1, 4]" ] ||
	fail "the asked questions: $(jq_file 's["meetings"][0]["asked"]')"

# the notes, and the date of the next meeting as a coach types it
keys 6
wait_for "Vragen en hypothesen uit de groep"
keys Enter
type_text "Wat levert een lesbezoek haar wel op? Misschien voelt het als controle."
keys Tab
type_text "Ik vraag eerst wat zij zelf wil leren."
keys Tab
type_text "12-1-2027"
keys Enter
wait_for "12 januari 2027"
golden m-notes "12 januari 2027"

# a next step per participant: catalogue (1st, 2nd option) or own words
keys 7
wait_for "nog geen stap"
step() { # OWN|N TEXT DATE SIGNAL
	keys Enter
	wait_for "Stap van"
	if [ "$1" = own ]; then
		keys End Up Up Enter
		type_text "$2"
		keys Tab
	else
		_k=1
		while [ "$_k" -lt "$1" ]; do
			keys Down
			_k=$((_k + 1))
		done
		keys Enter
		wait_for "●"
		keys End Up Enter
	fi
	type_text "$3"
	keys Tab
	type_text "$4"
	keys Enter
	wait_for "Opgeslagen."
}
step 1 "" "15-1-2027" "Twee collega's vragen om een bezoek."
golden m-step "Twee collega's vragen"
keys Escape
wait_for "Anouk  Ga met leraren op inspiratiebezoek · 15 januari 2027"
keys Down
step own "Elke week één gesprek met een ouder" "1 februari 2027" "Ouders spreken me aan."
keys Escape Down
wait_for "Bram  Elke week"
step 2 "" "2027-01-20" "Het team noemt de visie zelf."
keys Escape Down
wait_for "Céline  Voer een visiegesprek"
step own "Vragen wat zij wil leren" "12-1-2027" "Ze plant zelf een bezoek."
keys Escape
wait_for "4 van de 4 deelnemers hebben een complete stap"
golden m-steps "4 van de 4 deelnemers"
# a narrow window: the parts by number, the current one by name
tm resize-window -t spiegel -x 60 -y 20
wait_for " 1 2 3 4 5 6 7 Stappen"
tm resize-window -t spiegel -x 80 -y 24
wait_for "6 Aantekeningen  7 Stappen"
keys q
wait_exit
assert_status 0
[ "$(jq_file 'len(s["meetings"][0]["steps"])')" = 4 ] || fail "four steps are not saved"

# ---------------------------------------------------------- meeting 2
T0=1799744400 # 2027-01-12 09:00 UTC
at 0
run_spiegel intervisie "$GROUP" bijeenkomst
wait_for "Bijeenkomst 1, 1 december 2026"
keys Enter
wait_for "Methode: kies er een om te beginnen"
keys Enter
wait_for "Eerst de terugblik."
golden m-followup "Eerst de terugblik."
# Anouk gedaan and what happened, Bram deels, Céline nog niet and what
# happened, Daan gedaan (each participant: three choices, then the text)
keys Enter
wait_for "1 van 4 stappen van de vorige keer besproken"
keys Down Down Down Enter
type_text "Bezoek gedaan; het team wil in maart verder."
keys Enter
wait_for "Opgeslagen."
keys Down Down Enter
wait_for "2 van 4 stappen van de vorige keer besproken"
keys Down Down Down Down Down Enter
wait_for "3 van 4 stappen van de vorige keer besproken"
keys Down Enter
type_text "Twee gesprekken, de rest schoof door."
keys Enter Down Enter
wait_for "4 van 4 stappen van de vorige keer besproken"
golden m-followup-done "4 van 4 stappen"
keys q
wait_exit
assert_status 0

# ---------------------------------------------------------- the reports
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" intervisie "$GROUP" verslag 1 --coach \
	>"$T/v1.md" 2>"$T/v1.err" || fail "verslag 1: $(cat "$T/v1.err")"
for want in "**Methode:** Reflectiecyclus (ALACT)" "**Inbrenger:** Céline" \
	"doet niet mee met de lesbezoeken" "Hoe krijg ik haar erbij" "Één gesprek" \
	"Welke ervaring uit je eigen loopbaan" "Misschien voelt het als controle" \
	"Ik vraag eerst wat zij zelf wil leren" "**Anouk:** Ga met leraren op inspiratiebezoek" \
	"**Bram:** Elke week één gesprek met een ouder." "1 februari 2027" \
	"Ouders spreken me aan." "**Daan:** Vragen wat zij wil leren"; do
	grep -F -q -- "$want" "$T/v1.md" || fail "verslag 1 lacks '$want': $(cat "$T/v1.md")"
done
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" intervisie "$GROUP" verslag 2 --coach \
	>"$T/v2.md" 2>"$T/v2.err" || fail "verslag 2: $(cat "$T/v2.err")"
for want in "## Terugblik op de vorige stappen" "**Methode:** Incidentmethode" \
	"Stand: gedaan. Bezoek gedaan; het team wil in maart verder." \
	"Stand: deels." "Stand: nog niet. Twee gesprekken, de rest schoof door." \
	"**Daan:** Stap van 1 december 2026: Vragen wat zij wil leren. Stand: gedaan."; do
	grep -F -q -- "$want" "$T/v2.md" || fail "verslag 2 lacks '$want': $(cat "$T/v2.md")"
done
# the group's copy: what the group shares, not the notes
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" intervisie "$GROUP" verslag 1 \
	>"$T/g1.md" 2>"$T/g1.err" || fail "verslag 1 for the group: $(cat "$T/g1.err")"
grep -F -q "doet niet mee met de lesbezoeken" "$T/g1.md" || fail "the group's copy lacks the casus"
grep -F -q "Elke week één gesprek met een ouder" "$T/g1.md" || fail "the group's copy lacks a step"
grep -F -q "Misschien voelt het als controle" "$T/g1.md" &&
	fail "the group's copy holds the notes the group does not share"
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" intervisie "$GROUP" bijeenkomsten \
	>"$T/list" 2>&1 || fail "bijeenkomsten: $(cat "$T/list")"
grep -F -q "terugblik: 4 van 4" "$T/list" || fail "bijeenkomsten: $(cat "$T/list")"

# ---------------------------------------------------------- a failed save
# a directory where the group file was (after it was read): saving fails,
# for root too; NIET OPGESLAGEN, and the exit status says so
run_spiegel intervisie "$GROUP" bijeenkomst 2
wait_for "Casus · Groep Zuid"
# the group is locked while the screens run: nobody else writes it
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" intervisie "$GROUP" bijeenkomst --plain \
	</dev/null >"$T/second.out" 2>&1 && fail "a second meeting walk ran beside the screens"
grep -F -q "is al geopend door" "$T/second.out" || fail "the second walk: $(cat "$T/second.out")"
mv "$FILE" "$T/saved.json" || fail "cannot move the group file"
mkdir "$FILE" || fail "cannot make the obstacle"
keys 6
wait_for "Vragen en hypothesen uit de groep"
keys Enter
type_text "Dit mag niet verloren gaan."
keys Enter
wait_for "NIET OPGESLAGEN"
keys q
wait_exit
assert_status 1
assert_screen "spiegel: NIET OPGESLAGEN"
rmdir "$FILE" && mv "$T/saved.json" "$FILE" || fail "cannot put the group file back"
golden_done
