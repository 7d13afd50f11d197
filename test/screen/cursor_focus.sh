#!/bin/sh
# The cursor on focus (issue 13): on every screen type of the questionnaire
# the terminal's cursor (#{cursor_x},#{cursor_y}) sits where a screen
# reader or braille display following it should read: on the selection
# marker of the option or list entry that has focus (start, pick, question,
# overview, focus choice), in the text field of an open question (where
# the next character goes), and on the first row in view of a document
# (results, help). Moving the selection moves the cursor with it.
. "$SRCDIR/test/screen/lib.sh"
screen_init cursor_focus

cursor() { tm display-message -p -t spiegel '#{cursor_x} #{cursor_y}'; }

# The text at the cursor: the rest of its line from the cursor's column
# (display columns, wide characters counted twice).
at_cursor() {
	_c=$(cursor)
	screen | python3 -c 'import sys, unicodedata
x, y = (int(v) for v in sys.argv[1].split())
lines = sys.stdin.read().split("\n")
line = lines[y] if y < len(lines) else ""
col = 0
for i, ch in enumerate(line):
    if col >= x:
        print(line[i:]); break
    col += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
else:
    print("")' "$_c"
}

_on_marker() {
	LAST_SCREEN=$(screen)
	_t=$(at_cursor)
	case $_t in "▸"*"$_want"*) return 0 ;; esac
	return 1
}
# on_marker TEXT: the cursor is on the ▸ of the entry that shows TEXT
on_marker() {
	_want=$1
	_poll _on_marker || fail "cursor ($(cursor)) not on '▸ ... $1' but on '$(at_cursor)'"
}

_at_text() {
	LAST_SCREEN=$(screen)
	_t=$(at_cursor)
	case $_t in "$_want"*) return 0 ;; esac
	return 1
}
# at_text TEXT: the text at the cursor starts with TEXT
at_text() {
	_want=$1
	_poll _at_text || fail "cursor ($(cursor)) not at '$1' but at '$(at_cursor)'"
}

# start screen: the first entry, then the next
run_spiegel
wait_for "Een vragenlijst beginnen"
on_marker "Een vragenlijst beginnen"
keys Down
on_marker "Verder met een sessie"
keys Up
on_marker "Een vragenlijst beginnen"
# the list of questionnaires
keys Enter
wait_for "Visie"
on_marker ""
keys q
wait_exit

# a question: the cursor on the highlighted option, never on the footer's
# "Druk op ?"
run_spiegel start visie
wait_for_item 1
on_marker "1  ○ primair onderwijs"
keys Down
on_marker "2  ○ voortgezet onderwijs"
keys Down
on_marker "3  ○ middelbaar"
keys Up
on_marker "2  ○ voortgezet onderwijs"
# choosing moves on; the next question's option
keys 3
wait_for_item 2
on_marker "1  ○ teamleider"
keys Down
on_marker "2  ○ locatieleider"
# the help: its first row in view
keys '?'
wait_for "Uitleg"
_c=$(cursor)
[ "${_c#* }" = 2 ] || fail "help: cursor on line ${_c#* }, expected the first row (2)"
keys Escape
wait_for_item 2
on_marker ""
# the overview: the entry that has focus
keys o
wait_for "Overzicht"
on_marker ""
keys Down
on_marker ""
keys q
wait_exit

# an open question: the cursor in the field, where the next character goes
run_spiegel start visie
wait_for_item 1
go_to_item 10
wait_for "Welke"
_c0=$(cursor)
type_text "é"
wait_for "é"
_poll sh -c '[ "$(tmux -u -L "$0" -f /dev/null display-message -p -t spiegel "#{cursor_x} #{cursor_y}")" != "$1" ]' "$SOCK" "$_c0" ||
	fail "typing did not move the cursor from $_c0"
_c=$(cursor)
case $(screen | sed -n "$((${_c#* } + 1))p") in
*"é"*) ;;
*) fail "open question: cursor ($_c) not on the line typed in" ;;
esac
keys Escape
keys q
wait_exit

# results: the first row in view; the focus choice: its list
CONTENT="$SRCDIR/test/data/score/content"
ID=20261201-090000-5c0e02
mkdir -p "$T/in" && cp "$SRCDIR/test/data/score/worked.json" "$T/in/$ID.json" || fail "no fixture"
run_spiegel resume "$T/in/$ID.json"
wait_for "Leiderschapspraktijken"
_c=$(cursor)
[ "${_c#* }" = 2 ] || fail "results: cursor on line ${_c#* }, expected the first row (2)"
at_text "Je beantwoordde"
_b=$(screen)
keys NPage
wait_changed "$_b"
_c=$(cursor)
[ "${_c#* }" = 2 ] || fail "results after PgDn: cursor on line ${_c#* }, expected 2"
keys f
wait_for "Focus kiezen"
on_marker ""
keys Down
on_marker ""
keys q
wait_exit
# observe (the fourth front end, on the kit): the welcome's first row, the
# role and the option that has focus, the open question's field
CONTENT="$SRCDIR/test/data/feedback/content"
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" invite proef -o "$T/form.html" \
	>"$T/invite.out" 2>&1 || fail "invite"
run_spiegel observe "$T/form.html" -o "$T/antwoord.json"
wait_for "Wie ziet wat?"
_c=$(cursor)
[ "${_c#* }" = 2 ] || fail "observe welcome: cursor on line ${_c#* }, expected 2"
keys Enter
wait_for "Wat is je rol"
on_marker "1 "
keys Down
on_marker "2 "
keys Enter
wait_for "vraag 1 van 16"
on_marker "1 ○"
keys Down Down
on_marker "3 ○"
keys q
wait_for "Klaar om op te slaan?"
_c=$(cursor)
[ "${_c#* }" = 2 ] || fail "observe end: cursor on line ${_c#* }, expected 2"
keys Q
wait_exit
# intervisie: the list of groups, a cell of the walk's grid, the group
# view's practice, the new-group form field by field (the cursor never
# stays behind in the name field)
tm kill-server
golden_data
line_at_cursor() { _c=$(cursor); screen | sed -n "$((${_c#* } + 1))p"; }
run_spiegel intervisie
wait_for "Je groepen:"
on_marker "Groep Zuid"
keys Enter
wait_for "deel 1 van 3"
keys Down Right
wait_for "Groep Zuid"
_poll sh -c '[ "$(tmux -u -L "$0" -f /dev/null display-message -p -t spiegel "#{cursor_x}")" -gt 40 ]' "$SOCK" ||
	fail "walk: cursor ($(cursor)) not in the grid"
case $(line_at_cursor) in " 2 "*) ;; *) fail "walk: cursor ($(cursor)) not on question 2's row: $(line_at_cursor)" ;; esac
keys o
wait_for "Praktijk"
at_text "Koers houden"
keys q
wait_for "deel 1 van 3"
keys q
wait_for "Je groepen:"
keys n
wait_for "Nieuwe intervisiegroep"
type_text "Groep Oost"
wait_for "Groep Oost"
case $(line_at_cursor) in *"Groep Oost"*) ;; *) fail "new group: cursor ($(cursor)) not in the name field" ;; esac
keys Tab
wait_for "vragenlijst kiezen"
at_text "● "
keys Tab Tab
at_text "[ Groep aanmaken ]"
keys Escape
wait_for "Je groepen:"
keys q
wait_exit
# the projection view: the tab of the view shown
CONTENT="$SRCDIR/test/data/group/content"
run_spiegel group --tui "$SRCDIR/test/data/group/now"
wait_for "1 overzicht"
at_text " 1 overzicht"
keys 2
wait_for "2 praktijk"
at_text " 2 praktijk"
keys q
wait_exit
echo "cursor_focus: ok"
