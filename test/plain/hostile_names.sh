#!/bin/sh
# Every string from a file or a file name that reaches a terminal or a
# report is neutralised the same way (diag_neutral): file names with OSC 52
# (a clipboard write), ESC[2J or a bidi override reach stderr as U+FFFD,
# never raw; bidi and zero-width characters from a questionnaire or a shared
# answer never reach stdout, a plain-mode terminal or a report raw (JSON
# keeps them as \u escapes); names and aliases with them are refused.
. "$SRCDIR/test/plain/lib.sh"
plain_init hostile_names
G="$SRCDIR/test/data/group"
ESC=$(printf '\033')
BEL=$(printf '\007')
RLO=$(printf '\342\200\256') # U+202E
ZWSP=$(printf '\342\200\213') # U+200B
LRI=$(printf '\342\201\246') # U+2066

# clean FILE WHAT: no ESC, BEL, other C0 controls (a CSV line may end in CR),
# bidi or zero-width characters in FILE
clean() {
	if LC_ALL=C grep -q "$(printf '[\001-\010\013\014\016-\037\177]')" "$1"; then
		fail_with "$1" "$2: control characters"
	fi
	if grep -q -e "$RLO" -e "$ZWSP" -e "$LRI" "$1"; then
		fail_with "$1" "$2: a bidi override or zero-width character"
	fi
	return 0
}

# --- file names in group messages
mkdir "$T/dag6"
cp "$G/now/p1.json" "$G/now/p3.json" "$G/now/p4.json" "$T/dag6/"
for name in "${ESC}]52;c;aGVsbG8=${BEL}K7.json" "${ESC}[2J${ESC}[H.json" "K${RLO}nosj.exe.json" \
	"a${ZWSP}b.json" "${LRI}x.json"; do
	echo '{' >"$T/dag6/$name"
done
# and names that reach other messages: a link to a folder (not followed), a
# file of a questionnaire that is not there
ln -s "$T" "$T/dag6/${ESC}]52;c;bWFw${BEL}map"
sed 's/"groepstest"/"elders"/' "$G/now/p5.json" >"$T/dag6/${ESC}[31m${RLO}ander.json"
sp --content-dir "$G/content" group "$T/dag6" >"$T/group.out" 2>"$T/group.err"
expect_in "$T/group.err" "overgeslagen"
[ "$(grep -c overgeslagen "$T/group.err")" -ge 7 ] || fail_with "$T/group.err" "not every file was named"
clean "$T/group.err" "group messages"
expect_in "$T/group.err" "]52;c;aGVsbG8="
sp --content-dir "$G/content" group "$T/dag6" --format csv -o "$T/g.csv" >"$T/csv.out" 2>"$T/csv.err"
clean "$T/csv.err" "CSV messages"
sp --content-dir "$G/content" group "$T/nergens${ESC}[2J" >"$T/none.out" 2>"$T/none.err"
expect_status $? 1 "group of a path that does not exist"
clean "$T/none.err" "a missing path"
sp report "$T/${ESC}]52;c;eA==${BEL}.json" >"$T/rep.out" 2>"$T/rep.err"
expect_status $? 1 "report of a missing file with an escape in its name"
clean "$T/rep.err" "report message"
sp report "${ESC}[2J" >"$T/rep2.out" 2>"$T/rep2.err"
clean "$T/rep2.err" "a bad session id"
sp "--${ESC}[2J" >"$T/opt.out" 2>"$T/opt.err"
expect_status $? 2 "an unknown option"
clean "$T/opt.err" "usage message"

# --- names and aliases refuse bidi and zero-width characters
sp start visie --participant "Anna${RLO}" --plain </dev/null >"$T/p.out" 2>"$T/p.err"
expect_status $? 2 "--participant with a bidi override"
expect_in "$T/p.err" "onzichtbaar teken"
printf '1\nstop\n' | sp start visie --plain >"$T/start.out" 2>&1 || fail_with "$T/start.out" "start"
F=$(session_file) || exit 1
ID=$(session_id "$F")
sp export "$ID" --alias "K${ZWSP}7" >"$T/a.out" 2>"$T/a.err"
expect_status $? 2 "--alias with a zero-width space"
python3 - "$F" "$T/bidi-name.json" <<'EOF' || fail "could not put the name in the session"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["participant"] = "An\u202ena"
json.dump(s, open(sys.argv[2], "w", encoding="utf-8"))
EOF
sp report "$T/bidi-name.json" >"$T/bn.out" 2>"$T/bn.err"
expect_status $? 1 "a session whose participant holds a bidi override"
expect_in "$T/bn.err" "participant"

# --- texts from files: a questionnaire and a shared answer
cp -R "$SRCDIR/content" "$T/content"
python3 - "$T/content/visie.json" <<'EOF' || fail "cannot edit the questionnaire"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
q["title"] = "Vi\u202esie"
it = q["sections"][0]["items"][0]
it["text"] = "Wat\u200b is \u2066je\u2069 school?"
for o in it.get("options", []):
    o["label"] = o["label"] + "\u202e"
json.dump(q, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EOF
"$SPIEGEL" --content-dir "$T/content" list >"$T/list.out" 2>&1
expect_in "$T/list.out" "Vi"
clean "$T/list.out" "list"
printf '1\nstop\n' | "$SPIEGEL" --data-dir "$T/d2" --content-dir "$T/content" start visie --plain \
	>"$T/plain.out" 2>&1
clean "$T/plain.out" "plain mode"
expect_in "$T/plain.out" "[vraag 1 van"

mkdir "$T/groep"
cp "$G/now/p1.json" "$G/now/p4.json" "$G/now/p5.json" "$G/now/p2.json" "$T/groep/"
sed 's/Aandacht voor rust/Aandacht\\u202e voor\\u200b rust/' "$G/now/p3.json" >"$T/groep/p3.json"
contains "$T/groep/p3.json" 'u202e' || fail "could not put the override in the answer"
for f in text markdown html csv; do
	sp --content-dir "$G/content" group "$T/groep" --min-group 1 --format "$f" >"$T/r.$f" 2>"$T/r.$f.err" ||
		fail_with "$T/r.$f.err" "group --format $f"
	clean "$T/r.$f" "group report ($f)"
done
expect_in "$T/r.text" "voor"
sp --content-dir "$G/content" group "$T/groep" --min-group 1 --format json >"$T/r.json" 2>/dev/null ||
	fail "group --format json"
clean "$T/r.json" "group report (json)"
expect_in "$T/r.json" 'Aandacht\u202e voor\u200b rust'
exit 0
