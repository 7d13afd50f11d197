#!/bin/sh
# Plain mode asks after every open answer whether it may be shared with the
# group: "j" or "ja" (any case) shares it, "n", "nee" and an empty line keep
# it private (the default), "?" explains and something else asks again,
# "stop" keeps it private and stops, and the end of the input keeps it
# private. The choice is
# in the session file at once; shown again, an answer says whether it is
# shared, and skipping it leaves the mark alone.
. "$SRCDIR/test/plain/lib.sh"
plain_init share_plain

Q="Mag dit antwoord gedeeld worden met de groep (zonder je naam)? j: delen, n of Enter: privé houden"
# the mark of an open answer on disk: true, false (no mark) or absent
mark() { # ITEM
	json_get "$F" "(lambda a: 'absent' if a is None else a.get('shared', False))(s['answers'].get('$1'))"
}
expect_mark() { # ITEM WANT WHAT
	_m=$(mark "$1")
	[ "$_m" = "$2" ] || fail "$3: $1 shared is '$_m', expected '$2'"
}

# items 1-5 choices, 6-9 likert (9 n.v.t.), 10 open: j; 11-14, 15 open:
# Enter; 16-19, 20 open: x (asked again), then JA; 21-24, 25 open: stop (the
# line after it is never read)
sp start visie --plain >"$T/out1" 2>"$T/err1" <<'IN'
1
2
3
4
1
4
3
3
0
Mijn reflectie om te delen.
j
3
3
3
3
Deze houd ik voor mezelf.

4
4
4
4
Derde reflectie, met één ë.
JA
2
2
2
2
Vierde reflectie.
stop
5
IN
expect_status $? 0 "plain session stopped at a sharing question"
[ -s "$T/err1" ] && fail_with "$T/err1" "unexpected messages on stderr"
no_escapes "$T/out1"
F=$(session_file) || exit 1
id=$(session_id "$F")
[ "$(grep -c -F -- "$Q" "$T/out1")" = 4 ] ||
	fail_with "$T/out1" "expected the sharing question 4 times (4 answers)"
[ "$(grep -c -F "Alleen gedeelde antwoorden gaan mee" "$T/out1")" = 1 ] ||
	fail_with "$T/out1" "what sharing means should be said once"
[ "$(grep -c -F "Gedeeld met de groep, zonder je naam." "$T/out1")" = 2 ] ||
	fail_with "$T/out1" "expected 2 answers shared"
[ "$(grep -c -F "Privé: alleen voor jou." "$T/out1")" = 2 ] ||
	fail_with "$T/out1" "expected 2 answers kept private"
expect_not_in "$T/out1" "Geen j of n"
expect_in "$T/out1" "Opgeslagen. Ga later verder met: spiegel --data-dir $DATA --content-dir $CONTENT resume $id"
expect_not_in "$T/out1" "[vraag 26 van 45]"
expect_mark VIS.A1.R true "j"
expect_mark VIS.A2.R false "an empty line"
expect_mark VIS.A3.R true "JA"
expect_mark VIS.A4.R false "stop"
[ "$(json_get "$F" 's["answers"]["VIS.A3.R"]["text"]')" = "Derde reflectie, met één ë." ] ||
	fail "VIS.A3.R text: $(json_get "$F" 's["answers"]["VIS.A3.R"]')"
[ "$(json_get "$F" 's["answers"]["VIS.A4.R"]["text"]')" = "Vierde reflectie." ] ||
	fail "the answer before stop was not kept"
[ "$(json_get "$F" 's["position"]')" = VIS.A5.01 ] || fail "position after stop is not item 26"
[ "$(json_get "$F" '"VIS.A5.01" in s["answers"]')" = false ] || fail "the line after stop was used"
# on disk exactly the two shared answers carry the mark
[ "$(json_get "$F" 'sorted(k for k, v in s["answers"].items() if "shared" in v)')" = \
	'["VIS.A1.R", "VIS.A3.R"]' ] || fail "marks on disk: $(json_get "$F" 's["answers"]')"

# resume at 26: items 26-29, then 30 (open) and the input ends at the
# question: private, saved, and how to go on
printf '1\n2\n3\n4\nTot hier.\n' | sp resume "$id" --plain >"$T/out2" 2>"$T/err2"
expect_status $? 0 "input ending at the sharing question"
[ -s "$T/err2" ] && fail_with "$T/err2" "unexpected messages on stderr"
expect_in "$T/out2" "$Q"
expect_in "$T/out2" "Privé: alleen voor jou."
expect_in "$T/out2" "Invoer beëindigd"
expect_mark VIS.A5.R false "end of input"
[ "$(json_get "$F" 's["answers"]["VIS.A5.R"]["text"]')" = "Tot hier." ] ||
	fail "the open answer before the end of input was not saved"

# back to 30 with terug: it says it is private; a new text, ? (what sharing
# means, and the question again), then shared with ja
printf 'terug\nTot hier, herzien.\n?\nja\n' | sp resume "$id" --plain >"$T/out3" 2>"$T/err3"
expect_status $? 0 "changing an open answer"
[ "$(grep -c -F -- "$Q" "$T/out3")" = 2 ] || fail_with "$T/out3" "? should ask the question again"
[ "$(grep -c -F "Alleen gedeelde antwoorden gaan mee" "$T/out3")" = 2 ] ||
	fail_with "$T/out3" "? should say again what sharing means"
expect_not_in "$T/out3" "Typ j om te delen"
expect_in "$T/out3" "  Huidig antwoord: Tot hier."
expect_in "$T/out3" "  Dit antwoord is privé."
expect_mark VIS.A5.R true "ja"
[ "$(json_get "$F" 's["answers"]["VIS.A5.R"]["text"]')" = "Tot hier, herzien." ] ||
	fail "the changed text was not saved"

# shown again it says it is shared; skipping it (Enter) asks nothing and
# keeps the mark
printf 'terug\n\n' | sp resume "$id" --plain >"$T/out4" 2>"$T/err4"
expect_status $? 0 "skipping a shared answer"
expect_in "$T/out4" "  Dit antwoord is gedeeld met de groep."
expect_not_in "$T/out4" "$Q"
expect_mark VIS.A5.R true "skipped"

# a new text with the default (Enter) makes it private again
printf 'terug\nNog eens anders.\n\n' | sp resume "$id" --plain >"$T/out5" 2>"$T/err5"
expect_status $? 0 "changing a shared answer"
expect_mark VIS.A5.R false "new text, Enter"
expect_mark VIS.A1.R true "an answer not touched"
echo "share_plain: ok"
exit 0
