#!/bin/sh
# Choosing the focus without the curses screen (doc/scoring.md, "Focus"), on
# the fixture content test/data/score/content (questionnaire "proef"):
#  - every likert answer the same (4): the report says there is no clear low
#    point and claims no "laagste"; plain mode asks for a focus; a wrong
#    answer is asked again; "2 4" is saved in the session and shown;
#  - spiegel report reads the choice from the session; --focus overrides it
#    for one report without touching the file, and refuses unknown ids (2)
#    and practices that cannot be focus (1);
#  - resume --plain on the finished session asks again; 0 gives the choice
#    back to spiegel; the end of the input changes nothing;
#  - the worked example (a clear low point) is not asked about.
. "$SRCDIR/test/plain/lib.sh"
plain_init plain_focus
CONTENT="$SRCDIR/test/data/score/content"

# 18 items: the context choice, 16 likert items, the open item, then the
# sharing question (Enter: private); then the focus question
{
	echo 1
	i=0
	while [ $i -lt 16 ]; do
		echo 4
		i=$((i + 1))
	done
	echo "Ik kijk eerst naar mezelf."
	echo ""
	echo "9"
	echo "2 4"
} >"$T/in"
sp start proef --plain <"$T/in" >"$T/out" 2>"$T/err"
expect_status $? 0 "plain session"
[ -s "$T/err" ] && fail_with "$T/err" "unexpected stderr"
F=$(session_file) || exit 1
ID=$(session_id "$F")
# the report before the question: no clear low point, no "laagste" claim
sed -n '/^Focus$/,/^Kies zelf een focus: typ/p' "$T/out" >"$T/before"
expect_in "$T/before" "Geen duidelijk laag punt: je gaf op elke vraag hetzelfde antwoord"
expect_not_in "$T/before" "laagste"
expect_not_in "$T/out" "* Visiegestuurd werken"
expect_in "$T/out" "Kies zelf een focus: typ een of twee nummers (bijvoorbeeld: 1 3)."
expect_in "$T/out" "  1  Visiegestuurd werken (62,5, In ontwikkeling)"
expect_in "$T/out" "  4  Samenwerken met de omgeving (62,5, In ontwikkeling)"
expect_in "$T/out" "Typ een of twee verschillende nummers van 1 tot 4, 0 of Enter."
expect_in "$T/out" "Je koos zelf je focus: Werken aan onderwijskwaliteit (62,5) en"
expect_in "$T/out" "1. Eerste stap kw (Werken aan onderwijskwaliteit)"
expect_in "$T/out" "Je focus is opgeslagen."
[ "$(json_get "$F" 's["focus"]')" = '["kwaliteit", "omgeving"]' ] ||
	fail_with "$F" "the session does not hold the chosen focus"

# the report agrees with the session; --focus is for one report only
sp report "$ID" >"$T/report" 2>&1
expect_status $? 0 "report"
expect_in "$T/report" "Je koos zelf je focus: Werken aan onderwijskwaliteit (62,5) en"
expect_in "$T/report" "* Werken aan onderwijskwaliteit"
cp "$F" "$T/before.json"
sp report "$ID" --focus leraren --format json >"$T/json" 2>&1
expect_status $? 0 "report --focus leraren"
[ "$(json_get "$T/json" 's["focus"]')" = '["leraren"]' ] || fail_with "$T/json" "--focus ignored"
[ "$(json_get "$T/json" 's["focus_status"]["state"]')" = chosen ] ||
	fail_with "$T/json" "state is not chosen"
cmp -s "$F" "$T/before.json" || fail "report --focus changed the session file"
sp report "$ID" --focus geen-praktijk >"$T/o" 2>"$T/e"
expect_status $? 2 "report --focus with an unknown id"
expect_in "$T/e" "onbekende praktijk \"geen-praktijk\""
sp report "$ID" --focus organisatie >"$T/o" 2>"$T/e"
expect_status $? 1 "report --focus on a practice proef does not measure enough"
expect_in "$T/e" "organisatie is in deze sessie niet genoeg gemeten"
expect_in "$T/e" "als focus kun je kiezen uit: visie, kwaliteit, leraren, omgeving"
[ -s "$T/o" ] && fail_with "$T/o" "a report despite the refused --focus"
sp report "$ID" --focus visie,kwaliteit,omgeving >"$T/o" 2>"$T/e"
expect_status $? 2 "report --focus with three ids"
sp list --focus visie >"$T/o" 2>"$T/e"
expect_status $? 2 "--focus outside report"

# resume --plain on the finished session: asked again; 0 clears the choice
printf '0\n' | sp resume "$ID" --plain >"$T/out2" 2>"$T/err"
expect_status $? 0 "resume --plain"
expect_in "$T/out2" "Je koos eerder zelf je focus."
expect_in "$T/out2" "  2  Werken aan onderwijskwaliteit (62,5, In ontwikkeling) - nu je focus"
expect_in "$T/out2" "Geen eigen focus meer: spiegel kiest weer zelf."
[ "$(json_get "$F" '"focus" in s')" = false ] || fail_with "$F" "the focus was not cleared"
# the end of the input: no choice, nothing changes
sp resume "$ID" --plain </dev/null >"$T/out3" 2>"$T/err"
expect_status $? 0 "resume --plain at the end of the input"
expect_in "$T/out3" "(Enter: nu geen keuze)"
[ "$(json_get "$F" '"focus" in s')" = false ] || fail_with "$F" "a focus without a choice"

# a clear low point: the worked example with P.C.04 answered 4 as well, so
# that it is complete: leraren 25 * 3750 / 2250 = 41.7 and omgeving 50.0 are
# the lowest; plain mode names them and does not ask
python3 - "$SRCDIR/test/data/score/worked.json" "$DATA/sessions/20261201-090000-5c0e02.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["answers"]["P.C.04"] = {"value": 4}
json.dump(s, open(sys.argv[2], "w", encoding="utf-8"))
PY
chmod 600 "$DATA/sessions/20261201-090000-5c0e02.json"
sp resume 20261201-090000-5c0e02 --plain </dev/null >"$T/out4" 2>"$T/err"
expect_status $? 0 "resume --plain of the worked example"
expect_in "$T/out4" "De laagste scores: Ontwikkeling van leraren (41,7) en Samenwerken met de"
expect_not_in "$T/out4" "Kies zelf een focus: typ"
echo "plain_focus: ok"
