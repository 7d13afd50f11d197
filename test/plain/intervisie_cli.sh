#!/bin/sh
# spiegel intervisie GROEP bijeenkomsten | verslag [N] | groepsbeeld [N]
# (issue 17): the meetings of a group without the screens. GROEP by id (in
# the data directory) and by path; the report of the last meeting by
# default, in markdown and HTML, to stdout and -o (never over the group
# file); groepsbeeld saves the group view at once (format /2, 0600) and
# compares it with the meeting before; a group of format /1 has no
# meetings; usage errors exit 2, data errors 1 with a Dutch message.
. "$SRCDIR/test/plain/lib.sh"
plain_init intervisie_cli

CONTENT="$SRCDIR/test/data/golden/content"
FIX="$SRCDIR/test/data/golden/intervisie/bijeenkomsten.json"
GID=20261201-080000-9f9f9f
mkdir -p "$DATA/intervisie" && chmod 700 "$DATA" "$DATA/intervisie"
cp "$FIX" "$DATA/intervisie/$GID.json" && chmod 600 "$DATA/intervisie/$GID.json"

# by id: the list of meetings
sp intervisie "$GID" bijeenkomsten >"$T/list" 2>"$T/err" || fail_with "$T/err" "bijeenkomsten by id"
expect_in "$T/list" "Intervisie Noord & Oost: 2 bijeenkomsten"
expect_in "$T/list" "  1  1 december 2026  Incidentmethode; volgende stappen: 2 van 3"
expect_in "$T/list" "  2  12 januari 2027  Reflectiecyclus (ALACT); volgende stappen: 1 van 3; terugblik: 2 van 2; bij fase 3 van 5"

# the report: the last meeting by default, the same as N = 2
sp intervisie "$GID" verslag >"$T/last.md" 2>"$T/err" || fail_with "$T/err" "verslag"
cmp -s "$T/last.md" "$SRCDIR/test/golden/meeting-groep.md" || fail "verslag without N is not meeting 2"
sp intervisie "$GID" verslag 1 --format html -o "$T/een.html" 2>"$T/err" || fail_with "$T/err" "verslag -o"
expect_in "$T/een.html" "<title>Intervisie: Intervisie Noord &amp; Oost, bijeenkomst 1</title>"
[ "$(stat -c %a "$T/een.html")" = 600 ] || fail "the report written with -o is not 0600"

# -o never replaces the group file it reads
before=$(cksum <"$DATA/intervisie/$GID.json")
sp intervisie "$GID" verslag -o "$DATA/intervisie/$GID.json" >"$T/out" 2>"$T/err" &&
	fail "verslag -o over the group file succeeded"
[ "$(cksum <"$DATA/intervisie/$GID.json")" = "$before" ] || fail "verslag -o changed the group file"

# data errors: status 1, a message naming what is wrong
sp intervisie "$GID" verslag 3 >"$T/out" 2>"$T/err"
[ $? = 1 ] || fail "verslag 3: status is not 1"
expect_in "$T/err" 'bijeenkomst "3" bestaat niet; de groep heeft er 2'
[ -s "$T/out" ] && fail "verslag 3 wrote to stdout"
sp intervisie 20990101-000000-000000 verslag >"$T/out" 2>"$T/err"
[ $? = 1 ] || fail "an unknown group: status is not 1"
expect_in "$T/err" "20990101-000000-000000.json"
# a group of format /1: no meetings yet
sp intervisie "$SRCDIR/test/data/golden/intervisie/groep.json" bijeenkomsten >"$T/v1" 2>"$T/err" ||
	fail_with "$T/err" "bijeenkomsten of a /1 group"
expect_in "$T/v1" "0 bijeenkomsten"
sp intervisie "$SRCDIR/test/data/golden/intervisie/groep.json" verslag >"$T/out" 2>"$T/err"
[ $? = 1 ] || fail "verslag of a group without meetings: status is not 1"
expect_in "$T/err" "heeft nog geen bijeenkomsten"

# usage errors: status 2
for args in "$GID notulen" "$GID bijeenkomsten 1" "$GID verslag 1 2" \
	"$GID bijeenkomsten --coach" "$GID verslag --format pdf"; do
	# shellcheck disable=SC2086
	sp intervisie $args >"$T/out" 2>"$T/err"
	[ $? = 2 ] || fail_with "$T/err" "spiegel intervisie $args: status is not 2"
done
sp list --coach >"$T/out" 2>"$T/err"
[ $? = 2 ] || fail "--coach outside intervisie: status is not 2"
expect_in "$T/err" "--coach hoort bij"

# groepsbeeld: saved at once, compared with the meeting before
sp intervisie "$GID" groepsbeeld 1 >"$T/view1" 2>"$T/err" || fail_with "$T/err" "groepsbeeld 1"
expect_in "$T/view1" "Groepsbeeld bewaard bij bijeenkomst 1."
python3 - "$DATA/intervisie/$GID.json" <<'PY' || fail "groepsbeeld 1 did not save the view"
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
assert g["format"] == "spiegel-intervisie/2", g["format"]
v = {x["practice"]: x for x in g["meetings"][0]["view"]}
# the fixture's answers: visie for the three participants
assert v["visie"]["n"] == 3, v
PY
[ "$(stat -c %a "$DATA/intervisie/$GID.json")" = 600 ] || fail "the group file is not 0600 after groepsbeeld"
sp intervisie "$GID" groepsbeeld >"$T/view2" 2>"$T/err" || fail_with "$T/err" "groepsbeeld"
expect_in "$T/view2" "Groepsbeeld bewaard bij bijeenkomst 2."
# the answers did not change between the two: no change anywhere
expect_in "$T/view2" "(bijeenkomst 1: "
grep -q '; [+−]' "$T/view2" && fail_with "$T/view2" "a change between two views of the same answers"
grep -q '; 0,0)' "$T/view2" || fail_with "$T/view2" "no comparison with meeting 1"
# delen: shown without a change (the file stays as it is), then set
before=$(cksum <"$DATA/intervisie/$GID.json")
sp intervisie "$GID" delen >"$T/consent" 2>"$T/err" || fail_with "$T/err" "delen"
expect_in "$T/consent" "  vragen       alleen de coach"
expect_in "$T/consent" "  casus        gedeeld"
[ "$(cksum <"$DATA/intervisie/$GID.json")" = "$before" ] || fail "delen without a list changed the file"
sp intervisie "$GID" delen vragen,inzicht >"$T/consent" 2>"$T/err" || fail_with "$T/err" "delen vragen,inzicht"
expect_in "$T/consent" "  vragen       gedeeld"
expect_in "$T/consent" "  casus        alleen de coach"
sp intervisie "$GID" verslag 1 >"$T/v1.md" 2>"$T/err" || fail_with "$T/err" "verslag after delen"
expect_in "$T/v1.md" "Ik ging uitleggen voordat ik had gevraagd"
contains "$T/v1.md" "In het teamoverleg" && fail "the casus is in the report after delen without it"
sp intervisie "$GID" delen vragen,namen >"$T/out" 2>"$T/err"
[ $? = 1 ] || fail "delen with an unknown theme: status is not 1"
expect_in "$T/err" 'onbekend thema "namen"'
sp intervisie "$GID" delen geen >"$T/consent" 2>"$T/err" || fail_with "$T/err" "delen geen"
grep -q gedeeld "$T/consent" && grep -q '  [a-z]* *gedeeld' "$T/consent" && fail_with "$T/consent" "delen geen left a theme shared"
# spiegel check: the bundled kit, alone and with all content; a kit
# without one of the methods of issue 17 is a finding
B="$SRCDIR/content"
"$SPIEGEL" --content-dir "$B" check "$B/intervisie/kit.json" >"$T/check" 2>"$T/err" ||
	fail_with "$T/check" "check of the bundled kit"
expect_in "$T/check" "In orde: 2 bestanden"
python3 - "$B/intervisie/kit.json" "$T/kit.json" <<'PY'
import json, sys
k = json.load(open(sys.argv[1], encoding="utf-8"))
k["methods"] = [m for m in k["methods"] if m["id"] != "balint"]
open(sys.argv[2], "w", encoding="utf-8").write(json.dumps(k, ensure_ascii=False))
PY
"$SPIEGEL" --content-dir "$B" check "$T/kit.json" >"$T/check" 2>"$T/err"
[ $? = 1 ] || fail "check of a kit without balint: status is not 1"
expect_in "$T/check" "kit.json: methode balint ontbreekt"
echo "ok: intervisie bijeenkomsten, verslag, groepsbeeld and delen; check of the kit"
