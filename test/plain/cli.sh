#!/bin/sh
# The command line: help, usage errors, list, report (text, json, markdown
# to a file), check, and refusing the full-screen mode without a terminal.
# All output goes to files (pipes), so it must hold no escape sequences.
. "$SRCDIR/test/plain/lib.sh"
plain_init cli

run() { # NAME ARGS...: spiegel ARGS >$T/NAME.out 2>$T/NAME.err, status in $st
	_name=$1
	shift
	sp "$@" >"$T/$_name.out" 2>"$T/$_name.err" </dev/null
	st=$?
}

# --help: Dutch, on stdout, status 0
"$SPIEGEL" --help >"$T/help.out" 2>"$T/help.err"
expect_status $? 0 "--help"
expect_in "$T/help.out" "Gebruik: spiegel"
expect_in "$T/help.out" "Opdrachten:"
expect_in "$T/help.out" "een vragenlijst beginnen"
[ -s "$T/help.err" ] && fail_with "$T/help.err" "--help wrote to stderr"
"$SPIEGEL" -h >"$T/h.out" 2>&1
expect_status $? 0 "-h"
cmp -s "$T/h.out" "$T/help.out" || fail "-h and --help differ"

"$SPIEGEL" --version >"$T/version.out" 2>&1
expect_status $? 0 "--version"
grep -q '^spiegel [0-9][0-9.]*$' "$T/version.out" || fail_with "$T/version.out" "bad --version"

# usage errors: status 2 and a Dutch message on stderr
run unknown frobnicate
expect_status "$st" 2 "unknown command"
expect_in "$T/unknown.err" "onbekende opdracht: frobnicate"
expect_in "$T/unknown.err" "spiegel --help"
[ -s "$T/unknown.out" ] && fail_with "$T/unknown.out" "usage error wrote to stdout"
run badopt --no-such-option
expect_status "$st" 2 "unknown option"
expect_in "$T/badopt.err" "onbekende optie"
# an option without its value is named as typed (the long form too)
for o in --content-dir --output -o --min-group; do
	run noval list "$o"
	expect_status "$st" 2 "$o without a value"
	grep -qx -- "spiegel: onbekende optie of optie zonder waarde: $o" "$T/noval.err" ||
		fail_with "$T/noval.err" "$o without a value: not named"
done
# the hint names the program as it was run, for a wrong option as for the rest
for a in --no-such-option --content-dir "list --names" frobnicate; do
	# shellcheck disable=SC2086
	(cd "$(dirname "$SPIEGEL")" && PATH=/usr/bin:/bin ./spiegel $a) >"$T/h.out" 2>"$T/h.err"
	expect_status $? 2 "$a, run as ./spiegel"
	grep -qx "Zie './spiegel --help'." "$T/h.err" || fail_with "$T/h.err" "$a: hint not as run"
done
run noarg report
expect_status "$st" 2 "report without a session"
expect_in "$T/noarg.err" "verwacht precies één SESSIE"

# report on a session that does not exist: status 1, Dutch message
run nosession report 20990101-000000-dead
expect_status "$st" 1 "report of a nonexistent session"
expect_in "$T/nosession.err" "sessie 20990101-000000-dead bestaat niet"
run nopath report "$T/nergens/x.json"
expect_status "$st" 1 "report of a nonexistent path"
expect_in "$T/nopath.err" "bestaat niet"
run start_unknown start bestaat-niet --plain
expect_status "$st" 1 "start of an unknown questionnaire"
expect_in "$T/start_unknown.err" "vragenlijst \"bestaat-niet\" bestaat niet"

# list: the questionnaires
run list list
expect_status "$st" 0 "list"
grep -q '^visie  *Visie (45 vragen)$' "$T/list.out" || fail_with "$T/list.out" "list does not show visie"

# list --sessions: none yet, then the one we make
run sessions0 list --sessions
expect_status "$st" 0 "list --sessions (empty)"
expect_in "$T/sessions0.out" "Nog geen sessies"

printf '1\n2\n3\n' | sp start visie --plain --participant "Anna de Vries" >"$T/start.out" 2>"$T/start.err"
expect_status $? 0 "plain start"
F=$(session_file) || exit 1
id=$(session_id "$F")
run sessions1 list --sessions
expect_status "$st" 0 "list --sessions"
grep -q "^$id  *Visie  *[0-9]* [a-z]* [0-9]*  *3/45  bezig  Anna de Vries\$" "$T/sessions1.out" ||
	fail_with "$T/sessions1.out" "list --sessions does not show session $id as 3/45 bezig"

# report of an unfinished session, as text (the default)
run report_text report "$id"
expect_status "$st" 0 "report (text)"
expect_in "$T/report_text.out" "Leiderschapspraktijken"
expect_in "$T/report_text.out" "3 van 45 vragen beantwoord"

# report --format json: valid JSON, format spiegel-report/1
run report_json report "$id" --format json
expect_status "$st" 0 "report --format json"
python3 -m json.tool "$T/report_json.out" >/dev/null 2>"$T/json.err" ||
	fail_with "$T/report_json.out" "report --format json is not valid JSON"
[ "$(json_get "$T/report_json.out" 's["format"]')" = "spiegel-report/1" ] ||
	fail_with "$T/report_json.out" "format is not spiegel-report/1"
[ "$(json_get "$T/report_json.out" 's["session"]["id"]')" = "$id" ] ||
	fail_with "$T/report_json.out" "the report is not about session $id"
[ "$(json_get "$T/report_json.out" 's["session"]["answered"]')" = 3 ] ||
	fail_with "$T/report_json.out" "answered is not 3"

# report --format markdown -o FILE: the file, mode 600, nothing on stdout
run report_md report "$id" --format markdown -o "$T/rapport.md"
expect_status "$st" 0 "report --format markdown -o"
[ -f "$T/rapport.md" ] || fail "report -o wrote no file"
[ "$(stat -c %a "$T/rapport.md")" = 600 ] || fail "report file has mode $(stat -c %a "$T/rapport.md"), expected 600"
[ -s "$T/report_md.out" ] && fail_with "$T/report_md.out" "report -o also wrote to stdout"
grep -q '^# ' "$T/rapport.md" || fail_with "$T/rapport.md" "no markdown heading in the report"
expect_in "$T/rapport.md" "Anna de Vries"
run report_badfmt report "$id" --format pdf
expect_status "$st" 2 "report --format pdf"
expect_in "$T/report_badfmt.err" "onbekend formaat"

# check on the content directory
run check check
expect_status "$st" 0 "check"
expect_in "$T/check.out" "In orde:"

# the full-screen mode needs a terminal: status 1, mentions --plain
run tui
expect_status "$st" 1 "spiegel without a terminal"
expect_in "$T/tui.err" "--plain"
run tui_start start visie
expect_status "$st" 1 "spiegel start without a terminal"
expect_in "$T/tui_start.err" "--plain"
run tui_resume resume "$id"
expect_status "$st" 1 "spiegel resume without a terminal"
expect_in "$T/tui_resume.err" "--plain"
[ "$(json_get "$F" 'len(s["answers"])')" = 3 ] || fail "refused resume changed the session"

# no escape sequences anywhere when the output is not a terminal
for f in "$T"/*.out "$T"/*.err "$T/rapport.md"; do
	no_escapes "$f"
done
exit 0
