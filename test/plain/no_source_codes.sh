#!/bin/sh
# Sources a reader can find: no user-facing output shows a seed file code
# ("001 ", "004_...") or a line reference ("r. 535", "regels 12-20"). Every
# questionnaire is answered in plain mode with the help ("?") of every item
# shown; then its text and markdown reports, a group report in text,
# markdown and html, and comparisons. The JSON report may name files and
# lines, but only under "source_ref".
. "$SRCDIR/test/plain/lib.sh"
plain_init no_source_codes

# codes and line references as a reader would see them
bad_pattern='(^|[^0-9])00[0-4]([ _.]|$)|r\. ?[0-9]|regels? [0-9]|\.txt'
no_codes() { # FILE
	if grep -E -n -- "$bad_pattern" "$1" >"$T/hits"; then
		fail_with "$T/hits" "file code or line reference in $(basename "$1")"
	fi
}

ids=$(sp list | awk '{print $1}')
[ -n "$ids" ] || fail "no questionnaires"
for q in $ids; do
	python3 - "$CONTENT/$q.json" >"$T/in.$q" <<'PY' || fail "cannot read $q"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
for s in q["sections"]:
    for it in s["items"]:
        print("?")
        if it["type"] == "scenario":
            print("1 2")
        elif it["type"] == "likert":
            print(2)
        elif it["type"] == "choice":
            print(1)
        else:
            print("x")
            print("n")
PY
	sp start "$q" --plain <"$T/in.$q" >"$T/out.$q" 2>"$T/err" || fail_with "$T/err" "plain $q"
	no_codes "$T/out.$q"
	expect_in "$T/out.$q" "Bron: "
done
# a second session to compare with (one with and one without a profile)
for q in visie weerstand; do
	sp start "$q" --plain <"$T/in.$q" >/dev/null 2>"$T/err" || fail_with "$T/err" "plain $q"
done

for f in "$DATA"/sessions/*.json; do
	id=$(session_id "$f")
	for fmt in text markdown; do
		sp report "$id" --format $fmt >"$T/report" 2>"$T/err" || fail_with "$T/err" "report"
		no_codes "$T/report"
	done
	sp report "$id" --format json >"$T/report.json" 2>"$T/err" || fail_with "$T/err" "json"
	python3 - "$T/report.json" <<'PY' || fail_with "$T/report.json" "json source without source_ref"
import json, re, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
for st in r["next_steps"]:
    assert not re.search(r"00[0-4][ _]|r\. ?[0-9]", st["source"]), st["source"]
    assert "lines" in st["source_ref"] or "id" in st["source_ref"], st
PY
done

# one folder per questionnaire
python3 - "$DATA/sessions" "$T" <<'PY' || fail "cannot sort the sessions"
import json, os, shutil, sys
for f in sorted(n for n in os.listdir(sys.argv[1]) if n.endswith(".json")):
    q = json.load(open(os.path.join(sys.argv[1], f), encoding="utf-8"))["questionnaire"]["id"]
    os.makedirs(os.path.join(sys.argv[2], "g." + q), exist_ok=True)
    shutil.copy(os.path.join(sys.argv[1], f), os.path.join(sys.argv[2], "g." + q))
PY
for q in $ids; do
	for fmt in text markdown html; do
		sp group "$T/g.$q" --min-group 1 --format $fmt >"$T/group" 2>"$T/err" ||
			fail_with "$T/err" "group $q $fmt"
		no_codes "$T/group"
	done
done
for q in visie weerstand; do
	set -- "$T/g.$q"/*.json
	for fmt in text markdown; do
		sp compare "$(session_id "$1")" "$(session_id "$2")" --format $fmt >"$T/cmp" \
			2>"$T/err" || fail_with "$T/err" "compare $q"
		no_codes "$T/cmp"
	done
done
exit 0
