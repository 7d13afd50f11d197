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
# scroll until the profile is on screen
i=0
until screen | grep -q "Je neigt naar ertegenin"; do
	[ $i -lt 40 ] || fail "no profile summary on the results screen"
	keys Down
	i=$((i + 1))
done
LAST_SCREEN=$(screen)
assert_screen "Weerstandsprofiel"
# every bar of the chart: ertegenin full to the right, eropaf full to the left
printf '%s\n' "$LAST_SCREEN" >"$T/shot"
i=0
until grep -q "Ertegenin  ◀ voorkeur" "$T/all" 2>/dev/null; do
	screen >>"$T/all"
	keys Up
	i=$((i + 1))
	[ $i -lt 40 ] || fail "no 'Ertegenin  ◀ voorkeur' line"
done
grep -F -q -- "│████████" "$T/all" || fail "no bar to the right of the middle line"
grep -F -q -- "████│" "$T/all" || fail "no bar to the left of the middle line"
grep -F -q -- "+1.0  (" "$T/all" || fail "no +1.0 for ertegenin"
grep -F -q -- "-1.0  (" "$T/all" || fail "no -1.0 for eropaf"
[ "$(grep -c "◀ voorkeur" "$T/all" | head -1)" -ge 1 ] || fail "no preference mark"
grep -F "◀ voorkeur" "$T/all" | grep -v -q "Ertegenin" && fail "another approach marked preferred"
# the next steps start with the rule for ertegenin
i=0
until screen | grep -q "Het volledige rapport"; do
	[ $i -lt 20 ] || fail "the end of the results never shows"
	keys NPage
	i=$((i + 1))
done
i=0
until screen | grep -q "1. Eerst verkennen, dan overtuigen"; do
	[ $i -lt 60 ] || fail "next step NS-wee-01 not shown"
	keys Up
	i=$((i + 1))
done
keys q
wait_exit
assert_status 0
exit 0
