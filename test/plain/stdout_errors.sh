#!/bin/sh
# Writing to a full or broken stdout is an error for every command, --help,
# --version, list and check included: exit status 1 and a message on
# stderr, never exit 0 and never a silent death by SIGPIPE. Tried with
# stdout on /dev/full and on a pipe whose reader has gone.
. "$SRCDIR/test/plain/lib.sh"
plain_init stdout_errors
G="$SRCDIR/test/data/group"
GOLD="$SRCDIR/test/data/golden"

printf '1\nstop\n' | sp start visie --plain >"$T/start.out" 2>&1 ||
	fail_with "$T/start.out" "spiegel start visie --plain"
ID=$(session_id "$(session_file)")
printf '2\nstop\n' | sp start visie --plain >"$T/start2.out" 2>&1 ||
	fail_with "$T/start2.out" "second session"
ID2=$(sp list --sessions | awk -v a="$ID" '$1 != a { print $1; exit }')
[ -n "$ID2" ] || fail "no second session"

# closed_pipe ARGS...: run ARGS with stdout on a pipe whose read end is
# closed (SIGPIPE as the shell leaves it: default); prints the exit status
# (negative: killed by that signal) and leaves stderr in $T/err
closed_pipe() {
	python3 - "$T/err" "$@" <<'EOF'
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
with open(sys.argv[1], "wb") as err:
    p = subprocess.run(sys.argv[2:], stdin=subprocess.DEVNULL, stdout=w, stderr=err)
print(p.returncode)
EOF
}

# the commands, one a line (in the store of this test)
cat >"$T/commands" <<EOF
--help
--version
list
list --sessions
check
report $ID
report $ID --format json
report $ID --format markdown
compare $ID $ID2
export $ID
--content-dir $G/content group $G/now
--content-dir $G/content group $G/now --format csv
--content-dir $G/content group $G/now --format html
start visie --plain
resume $ID --plain
--content-dir $GOLD/content intervisie $GOLD/intervisie/bijeenkomsten.json bijeenkomsten
--content-dir $GOLD/content intervisie $GOLD/intervisie/bijeenkomsten.json verslag
--content-dir $GOLD/content intervisie $GOLD/intervisie/bijeenkomsten.json verslag 1 --coach --format html
--content-dir $GOLD/content intervisie $GOLD/intervisie/bijeenkomsten.json delen
plan
portfolio
portfolio --format html
EOF

tried=0
while IFS= read -r args; do
	tried=$((tried + 1))
	# shellcheck disable=SC2086
	if [ -w /dev/full ]; then
		sp $args </dev/null >/dev/full 2>"$T/err"
		st=$?
		[ "$st" = 1 ] || fail_with "$T/err" "spiegel $args >/dev/full: exit status $st, expected 1"
		expect_in "$T/err" "kan niet naar de uitvoer schrijven (No space left on device)"
	fi
	# shellcheck disable=SC2086
	st=$(closed_pipe "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" $args)
	[ "$st" = 1 ] || fail_with "$T/err" "spiegel $args into a closed pipe: exit status $st, expected 1"
	expect_in "$T/err" "kan niet naar de uitvoer schrijven (Broken pipe)"
done <"$T/commands"

# delete says what it did on stdout: a failure to say so is an error too
printf '3\nstop\n' | sp start visie --plain >"$T/start3.out" 2>&1 || fail "third session"
ID3=$(sp list --sessions | awk -v a="$ID" -v b="$ID2" '$1 != a && $1 != b { print $1; exit }')
st=$(closed_pipe "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" delete --ja "$ID3")
[ "$st" = 1 ] || fail_with "$T/err" "delete into a closed pipe: exit status $st, expected 1"
echo "commands tried: $((tried + 1))"
exit 0
