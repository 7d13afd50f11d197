#!/bin/sh
# The results screen of a finished weerstand session shows the profile: five
# bars around a middle line, the preferred approach and "je neigt naar", and
# the next steps of the matching rules. The session is answered in plain mode
# with ertegenin as the most likely response in every situation.
. "$SRCDIR/test/screen/lib.sh"
screen_init profile_results

python3 - "$CONTENT/weerstand.json" >"$T/in" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] == "scenario":
            ap = [o["approach"] for o in it["options"]]
            print(ap.index("wa_ertegenin") + 1, ap.index("wa_eropaf") + 1)
        elif it["type"] in ("choice", "likert"):
            print(1 if it["type"] == "choice" else 3)
        else:
            print("")
PY
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" start weerstand --plain <"$T/in" \
	>"$T/plain.out" 2>&1 || fail "plain session failed: $(tail -5 "$T/plain.out")"
F=$(session_file) || exit 1
id=$(basename "$F" .json)

run_spiegel resume "$id"
wait_for "Resultaten · Weerstand-aanpak"
# every page of the results, down to the end
collect_pages NPage "Het volledige rapport" 20
contains_all() { grep -F -q -- "$1" "$T/all"; }
contains_all "Weerstandsprofiel" || fail "no Weerstandsprofiel heading"
contains_all "Je neigt naar ertegenin" || fail "no profile summary on the results screen"
# the chart: ertegenin full to the right, eropaf full to the left
contains_all "Ertegenin  ◀ voorkeur" || fail "no 'Ertegenin  ◀ voorkeur' line"
contains_all "│████████" || fail "no bar to the right of the middle line"
contains_all "████│" || fail "no bar to the left of the middle line"
contains_all "+1.0  (" || fail "no +1.0 for ertegenin"
contains_all "-1.0  (" || fail "no -1.0 for eropaf"
grep -F "◀ voorkeur" "$T/all" | grep -v -q "Ertegenin" && fail "another approach marked preferred"
# the next steps start with the rule for ertegenin
contains_all "1. Eerst verkennen, dan overtuigen" || fail "next step NS-wee-01 not shown"
keys q
wait_exit
assert_status 0
exit 0
