#!/bin/sh
# spiegel's own messages never land in its files: with stdin, stdout or
# stderr closed at start, descriptors 0-2 are opened on /dev/null before
# anything else, so that no lock file, CSV or session becomes one of them.
# (Today a warning is written into the CSV, plain mode writes its questions
# into the lock file, and reads its answers from whatever file got fd 0.)
. "$SRCDIR/test/plain/lib.sh"
plain_init closed_fds
G="$SRCDIR/test/data/group"
host=$(hostname)

# --- stderr closed: the warnings (a skipped file, too few participants for
# the rows) are not in the CSV
sp --content-dir "$G/content" group "$G/now" --min-group 50 --format csv -o "$T/groep.csv" \
	>"$T/csv.out" 2>&-
st=$?
[ "$st" = 0 ] || fail "group CSV with stderr closed: exit status $st"
expect_in "$T/groep.csv" "deelnemer,meting"
expect_not_in "$T/groep.csv" "spiegel:"
expect_not_in "$T/groep.csv" "overgeslagen"
python3 - "$T/groep.csv" <<'EOF' || fail_with "$T/groep.csv" "the CSV is not clean"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
assert rows[0][0] == "deelnemer", rows[0]
assert all(len(r) == len(rows[0]) for r in rows), "a row of another width"
EOF

# --- stdout closed: plain mode's questions never go into the lock file
printf '1\nstop\n' | sp start visie --plain >&- 2>"$T/start.err"
st=$?
[ "$st" = 0 ] || fail_with "$T/start.err" "plain mode with stdout closed: exit status $st"
F=$(session_file) || exit 1
ID=$(session_id "$F")
L="$DATA/sessions/$ID.lock"
[ -f "$L" ] || fail "no lock file"
grep -q "^proces [0-9][0-9]* op $host\$" "$L" || fail_with "$L" "the lock file holds more than its owner"
[ "$(wc -l <"$L")" = 1 ] || fail_with "$L" "the lock file holds more than one line"
expect_not_in "$L" "vraag"
[ "$(json_get "$F" 'len(s["answers"])')" = 1 ] || fail "the answer was not saved"

# --- stdin closed: no answers read from a file spiegel opened
sp resume "$ID" --plain <&- >"$T/resume.out" 2>"$T/resume.err"
st=$?
[ "$st" = 0 ] || fail_with "$T/resume.err" "plain mode with stdin closed: exit status $st"
expect_in "$T/resume.out" "Invoer beëindigd"
expect_not_in "$T/resume.out" "Kies een nummer"
[ "$(json_get "$F" 'len(s["answers"])')" = 1 ] || fail "answers appeared from nowhere"
grep -q "^proces [0-9][0-9]* op $host\$" "$L" || fail_with "$L" "the lock file was changed"

# --- all three closed: still no crash, the report goes nowhere
sp report "$ID" <&- >&- 2>&-
st=$?
[ "$st" = 0 ] || fail "report with 0-2 closed: exit status $st"
exit 0
