#!/bin/sh
# Control characters never reach a session file: in plain mode escape
# sequences (arrow keys) and other control characters are dropped from a
# typed answer, and a --participant name with a control character is refused
# (exit 2, nothing created). The session stays readable afterwards.
. "$SRCDIR/test/plain/lib.sh"
plain_init plain_controls

printf '1\n2\n3\n4\n1\n4\n3\n3\n3\nIk \033[Adruk\033[D op\tde\001 pijltjes\302\233.\nstop\n' |
	sp start visie --plain >"$T/out" 2>"$T/err"
expect_status $? 0 "plain with control characters"
f=$(session_file)
[ "$(json_get "$f" 's["answers"]["VIS.A1.R"]["text"]')" = "Ik druk op de pijltjes." ] ||
	fail "stored: $(json_get "$f" 's["answers"]["VIS.A1.R"]')"
sp report "$f" >"$T/rep" 2>"$T/err"
expect_status $? 0 "report after control characters"
expect_in "$T/rep" "Ik druk op de pijltjes."

for name in "$(printf 'Anna\033[2J')" "$(printf 'Anna\nBert')" "$(printf 'An\001na')"; do
	rm -rf "$DATA"
	printf '1\n' | sp start visie --plain --participant "$name" >"$T/out" 2>"$T/err"
	expect_status $? 2 "--participant with a control character"
	expect_in "$T/err" "--participant"
	no_escapes "$T/err"
	[ -e "$DATA/sessions" ] && [ -n "$(ls "$DATA/sessions")" ] && fail "a session was created"
done
echo "plain_controls: ok"
