#!/bin/sh
# A leiderschapsscan with every answer the same (4 on every likert item, as
# given): the results screen makes no "laagste" claim and marks no focus; it
# says there is no clear low point and offers the choice (f). Choosing two
# practices saves them in the session; the marks and the next steps follow.
# The session is written from content/leiderschapsscan.json, so the test
# holds whatever the items are.
. "$SRCDIR/test/screen/lib.sh"
screen_init focus_choice
ID=20261201-120000-5ca115
mkdir -p "$DATA/sessions" && chmod 700 "$DATA" "$DATA/sessions" || fail "no data dir"
python3 - "$CONTENT/leiderschapsscan.json" "$DATA/sessions/$ID.json" "$ID" <<'PY' ||
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
answers = {}
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] == "likert":
            answers[it["id"]] = {"value": 4}
        elif it["type"] == "choice":
            answers[it["id"]] = {"choice": it["options"][0]["value"]}
s = {"format": "spiegel-session/1", "id": sys.argv[3],
     "questionnaire": {"id": q["id"], "version": q["version"]}, "participant": "",
     "created": "2026-12-01T12:00:00Z", "updated": "2026-12-01T12:30:00Z",
     "finished": True, "answers": answers}
json.dump(s, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
	fail "cannot write the session"
chmod 600 "$DATA/sessions/$ID.json"
F="$DATA/sessions/$ID.json"

run_spiegel resume "$ID"
wait_for "Resultaten · Leiderschapsscan"
: >"$T/all"
collect_pages NPage "Het volledige rapport: spiegel report" 40
if grep -q "laagste" "$T/all"; then
	LAST_SCREEN=$(grep "laagste" "$T/all")
	fail "a 'laagste' claim with every answer the same"
fi
grep -q "◀ focus" "$T/all" && fail "a focus mark without a clear low point"
grep -F -q "Geen duidelijk laag punt: je gaf op elke vraag hetzelfde antwoord" "$T/all" ||
	{ LAST_SCREEN=$(cat "$T/all"); fail "no 'geen duidelijk laag punt' with the reason"; }
grep -F -q "Kies zelf een focus: druk op f." "$T/all" ||
	{ LAST_SCREEN=$(cat "$T/all"); fail "the choice is not offered"; }
grep -q '^ Volgende stappen *$' "$T/all" && fail "next steps without a focus"

# choose the first two candidates
keys f
wait_for "Focus kiezen · Leiderschapsscan"
wait_for "▸[ ] "
first=$(screen | sed -n 's/^ ▸\[ \] \(.*[^ ]\)  [0-9,]*  .*$/\1/p')
[ -n "$first" ] || fail "no first candidate"
keys Space
wait_for "▸[x] $first"
keys Down Space
wait_for "Gekozen: 2 van de 2."
keys Enter
wait_for "Je focus is opgeslagen."
[ "$(json_get "$F" 'len(s["focus"])')" = 2 ] || fail "the session does not hold two focus practices"
keys q
wait_exit
assert_status 0
# opened again: the choice is read back from the session
run_spiegel resume "$ID"
wait_for "Resultaten · Leiderschapsscan"
: >"$T/all"
collect_pages NPage "Het volledige rapport: spiegel report" 40
[ "$(grep -c '◀ focus' "$T/all")" -eq 2 ] || fail "expected two focus marks"
grep -F -q " $first  ◀ focus" "$T/all" || fail "$first is not marked"
grep -F -q "Je koos zelf je focus: $first" "$T/all" || fail "the choice is not named"
grep -q '^ Volgende stappen *$' "$T/all" || fail "no next steps for the chosen focus"
keys q
wait_exit
assert_status 0
exit 0
