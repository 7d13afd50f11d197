#!/bin/sh
# Session data is private even under umask 000: the data directory and its
# sessions directory are mode 700, session (and lock) files 600; a report
# written with -o is 600.  A data directory that others may write to is
# refused.
. "$SRCDIR/test/plain/lib.sh"
plain_init files_private

umask 000
mode() {
	stat -c %a "$1"
}

# one finished session and one unfinished one; the data dir is created by spiegel
answers=$(python3 -c 'import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
for sec in q["sections"]:
    for it in sec["items"]:
        print("Mijn antwoord.\n" if it["type"] == "open" else "1")' "$CONTENT/visie.json")
printf '%s\n' "$answers" | sp start visie --plain >"$T/out1" 2>&1
expect_status $? 0 "finished plain session"
printf '2\n2\n' | sp start visie --plain >"$T/out2" 2>&1
expect_status $? 0 "unfinished plain session"

[ -d "$DATA" ] || fail "spiegel did not create the data directory"
[ "$(mode "$DATA")" = 700 ] || fail "data directory has mode $(mode "$DATA"), expected 700"
[ "$(mode "$DATA/sessions")" = 700 ] ||
	fail "sessions directory has mode $(mode "$DATA/sessions"), expected 700"
n=0
finished=0
for f in "$DATA"/sessions/*; do
	[ -e "$f" ] || continue
	n=$((n + 1))
	[ "$(mode "$f")" = 600 ] || fail "$(basename "$f") has mode $(mode "$f"), expected 600"
	case $f in
	*.json)
		[ "$(json_get "$f" 's["finished"]')" = true ] && finished=$((finished + 1))
		;;
	esac
done
[ "$(ls "$DATA"/sessions/*.json | wc -l)" = 2 ] || fail "expected two session files"
[ "$finished" = 1 ] || fail "expected one finished session, found $finished"
[ "$n" -ge 2 ] || fail "no files in the sessions directory"

# resuming and saving again keeps the mode (the file is rewritten)
id=$(sed -n 's/^Sessie-id: //p' "$T/out2" | head -n 1)
[ -n "$id" ] || fail_with "$T/out2" "no session id in the output"
printf '3\n' | sp resume "$id" --plain >"$T/out3" 2>&1
expect_status $? 0 "resume"
[ "$(mode "$DATA/sessions/$id.json")" = 600 ] || fail "resaved session file is not 600"
[ "$(json_get "$DATA/sessions/$id.json" 'len(s["answers"])')" = 3 ] || fail "resume did not save"

# report -o under umask 000
sp report "$id" -o "$T/rapport.txt" >"$T/out4" 2>&1
expect_status $? 0 "report -o"
[ "$(mode "$T/rapport.txt")" = 600 ] || fail "report file has mode $(mode "$T/rapport.txt"), expected 600"

# a data directory that others can write to is refused, nothing is written
mkdir "$T/open" && chmod 777 "$T/open"
printf '1\n' | "$SPIEGEL" --data-dir "$T/open" --content-dir "$CONTENT" start visie --plain \
	>"$T/out5" 2>"$T/err5"
expect_status $? 1 "start with a world-writable data directory"
expect_in "$T/err5" "chmod 700"
[ -e "$T/open/sessions" ] && ls "$T/open/sessions"/*.json >/dev/null 2>&1 &&
	fail "a session was written into the world-writable directory"
exit 0
