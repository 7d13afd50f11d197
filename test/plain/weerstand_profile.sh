#!/bin/sh
# Issue "done when": a weerstand session answered in plain mode with
# ertegenin as the most likely response in every situation yields a profile
# and next steps that say so, and the json report carries the figures.
# The answers are derived from content/weerstand.json (which option is
# ertegenin differs per situation); the expectations are computed from the
# keys in that file, independently of spiegel.
. "$SRCDIR/test/plain/lib.sh"
plain_init weerstand_profile

python3 - "$CONTENT/weerstand.json" >"$T/in" 2>"$T/expect" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
n = fit = houvast_missed = 0
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] == "scenario":
            ap = [o["approach"] for o in it["options"]]
            print(ap.index("wa_ertegenin") + 1, ap.index("wa_eropaf") + 1)
            n += 1
            fit += "wa_ertegenin" in it["fitting"]
            houvast_missed += "wa_houvast" in it["fitting"]
        elif it["type"] == "choice" and "follows" in it:
            keys = [o["key"] for o in it["options"]]
            pick = "ws_argumenteren" if keys[0].startswith("ws_") else "wb_verschil_inzicht"
            print(keys.index(pick) + 1)
        elif it["type"] == "choice":
            print(1)
        elif it["type"] == "likert":
            print(3)
        else:
            print("Ik wil eerst overtuigen, merk ik.")
            print("")  # not shared
sys.stderr.write("%d %.1f %d\n" % (n, round(100.0 * fit / n, 1), houvast_missed))
PY
read -r n fit houvast_missed <"$T/expect"
[ "$n" -ge 12 ] || fail "weerstand.json has $n scenarios, expected 12 (issue 10)"

sp start weerstand --plain <"$T/in" >"$T/out" 2>"$T/err"
expect_status $? 0 "plain weerstand session"
[ -s "$T/err" ] && fail_with "$T/err" "unexpected stderr"
expect_in "$T/out" "Weerstandsprofiel ($n situaties)"
expect_in "$T/out" "Je neigt naar ertegenin."
expect_in "$T/out" "Ertegenin                 ..........|##########  +1,0"
expect_in "$T/out" "Eropaf                    ##########|..........  -1,0"
expect_in "$T/out" "Je kiest vaak voor ertegenin"
expect_in "$T/out" "1. Eerst verkennen, dan overtuigen (weerstandsprofiel)"
f=$(session_file)
[ "$(json_get "$f" 's["finished"]')" = true ] || fail "session not finished"
[ "$(json_get "$f" 's["answers"]["WEE.S1"]["most"]')" != "" ] || fail "no most in WEE.S1"

sp report "$f" --format json >"$T/json" 2>"$T/err"
expect_status $? 0 "report json"
g() { json_get "$T/json" "$1"; }
[ "$(g 's["profile"]["scenarios"]')" = "$n" ] || fail "scenarios $(g 's["profile"]["scenarios"]')"
[ "$(g 's["profile"]["approaches"][0]["id"]')" = wa_ertegenin ] || fail "first approach"
[ "$(g 's["profile"]["approaches"][0]["score"] == 1.0')" = true ] || fail "ertegenin score"
[ "$(g 's["profile"]["approaches"][0]["most"]')" = "$n" ] || fail "ertegenin most"
[ "$(g 's["profile"]["approaches"][0]["preferred"]')" = true ] || fail "ertegenin preferred"
[ "$(g '[a["id"] for a in s["profile"]["approaches"] if a["preferred"]]')" = '["wa_ertegenin"]' ] ||
	fail "only ertegenin is preferred"
[ "$(g 's["profile"]["approaches"][2]["score"] == -1.0')" = true ] || fail "eropaf score"
[ "$(g 's["profile"]["breadth"]')" = 1 ] || fail "breadth"
[ "$(g "s['profile']['fit'] == $fit")" = true ] || fail "fit $(g 's["profile"]["fit"]'), expected $fit"
[ "$(g 's["profile"]["first_moves"]["ws_argumenteren"]')" = "$(g 's["profile"]["first_moves"]["answered"]')" ] ||
	fail "first moves"
[ "$(g 's["profile"]["rules"][0]["id"]')" = ertegenin-dominant ] || fail "first rule"
[ "$(g 's["next_steps"][0]["id"]')" = NS-wee-01 ] || fail "first next step"
[ "$(g 's["next_steps"][0]["rule"]')" = ertegenin-dominant ] || fail "step rule"
if [ "$houvast_missed" -ge 2 ]; then
	[ "$(g 's["next_steps"][1]["id"]')" = NS-wee-03 ] || fail "second next step"
fi
g 's["profile"]["summary"]' | grep -q "^Je neigt naar ertegenin\." || fail "summary"
echo "weerstand_profile: ok ($n situaties, fit $fit%)"
