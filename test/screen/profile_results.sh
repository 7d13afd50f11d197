#!/bin/sh
# The results screen of a finished weerstand session opens with the profile:
# five bars around a middle line, the preferred approach and "je neigt naar",
# and the next steps of the matching rules; the practice lines follow, and a
# practice gets a score row only when the answers reach the coverage
# thresholds (computed here from content/weerstand.json and the catalogue).
# The session is answered in plain mode with ertegenin as the most likely
# response in every situation.
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

# the practices the answers cover by the thresholds (likert 3 and every
# scenario count), and those they do not
python3 - "$CONTENT" >"$T/coverage" <<'PY'
import json, sys
cat = json.load(open(sys.argv[1] + "/practices.json", encoding="utf-8"))
q = json.load(open(sys.argv[1] + "/weerstand.json", encoding="utf-8"))
cov = cat.get("coverage", {})
min_w, min_n = round(cov.get("min_weight", 2.0) * 1000), cov.get("min_items", 3)
w, n = {}, {}
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] in ("likert", "scenario"):
            for p, x in it.get("weights", {}).items():
                w[p] = w.get(p, 0) + round(x * 1000)
                n[p] = n.get(p, 0) + 1
for p in cat["practices"]:
    i = p["id"]
    ok = w.get(i, 0) >= min_w and n.get(i, 0) >= min_n
    print(("score" if ok else "none") + "\t" + p["name"])
PY
grep -q "^score" "$T/coverage" || fail "no practice reaches the thresholds: $(cat "$T/coverage")"

run_spiegel resume "$id"
wait_for "Resultaten · Weerstand-aanpak"
# the first screen opens with the profile, before any practice
wait_for "Weerstandsprofiel"
assert_not_screen "Leiderschapspraktijken"
assert_not_screen "Ontwikkelpunt"
# every page of the results, down to the end
collect_pages NPage "Het volledige rapport" 20
contains_all() { grep -F -q -- "$1" "$T/all"; }
contains_all "Weerstandsprofiel" || fail "no Weerstandsprofiel heading"
# the practices follow the profile; a score row only with enough coverage
p_line=$(grep -n -m1 "^ Weerstandsprofiel" "$T/all" | cut -d: -f1)
l_line=$(grep -n -m1 "^ Leiderschapspraktijken" "$T/all" | cut -d: -f1)
[ -n "$l_line" ] && [ "$p_line" -lt "$l_line" ] || fail "the practices do not follow the profile"
while IFS="$(printf '\t')" read -r kind name; do
	scored=no
	grep -F -x -A1 -- " $name" "$T/all" | grep -q "█" && scored=yes
	grep -F -x -A1 -- " $name  ◀ focus" "$T/all" | grep -q "█" && scored=yes
	if [ "$kind" = none ] && [ "$scored" = yes ]; then
		LAST_SCREEN=$(cat "$T/all")
		fail "$name has a score row below the coverage thresholds"
	fi
	if [ "$kind" = score ] && [ "$scored" = no ]; then
		LAST_SCREEN=$(cat "$T/all")
		fail "$name reaches the thresholds but has no score row"
	fi
done <"$T/coverage"
contains_all "Te weinig gemeten in deze vragenlijst" || fail "no list of practices measured too little"
contains_all "Persoonlijke kwaliteiten" || fail "no persoonlijke kwaliteiten"
contains_all "Je neigt naar ertegenin" || fail "no profile summary on the results screen"
# the chart: ertegenin full to the right, eropaf full to the left
contains_all "Ertegenin  ◀ voorkeur" || fail "no 'Ertegenin  ◀ voorkeur' line"
contains_all "│████████" || fail "no bar to the right of the middle line"
contains_all "████│" || fail "no bar to the left of the middle line"
contains_all "+1,0  (" || fail "no +1,0 for ertegenin"
contains_all "-1,0  (" || fail "no -1,0 for eropaf"
grep -F "◀ voorkeur" "$T/all" | grep -v -q "Ertegenin" && fail "another approach marked preferred"
# the next steps start with the rule for ertegenin
contains_all "1. Eerst verkennen, dan overtuigen" || fail "next step NS-wee-01 not shown"
keys q
wait_exit
assert_status 0
exit 0
