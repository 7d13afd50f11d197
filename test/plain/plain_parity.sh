#!/bin/sh
# Plain mode at parity with the screen (issue 13), for a screen-reader or
# script user: overzicht, ga naar N, the share question after an open
# answer (j shares; n, Enter and anything else keep it private, and
# anything else is the next question's answer, so a script need not add a
# line), one prompt style ("> "), and the help's bullets one per paragraph.
. "$SRCDIR/test/plain/lib.sh"
plain_init plain_parity

sessions() { ls "$DATA"/sessions/*.json 2>/dev/null; }
newest() { ls -t "$DATA"/sessions/*.json | head -n 1; }

# 1: a script without an extra line after the open answer (item 10): the
# 4 after it answers item 11
printf '1\n1\n1\n1\n1\n4\n4\n4\n4\nMijn waarde: eerlijkheid\n4\nstop\n' |
	sp start visie --plain >"$T/out1" 2>&1 || fail_with "$T/out1" "script run"
F=$(newest)
[ "$(json_get "$F" 's["answers"]["VIS.A1.R"]["text"]')" = "Mijn waarde: eerlijkheid" ] ||
	fail_with "$F" "open answer not saved"
[ "$(json_get "$F" 's["answers"]["VIS.A2.01"]["value"]')" = 4 ] ||
	fail_with "$T/out1" "the line after the open answer did not answer the next question"
[ "$(json_get "$F" 's["answers"]["VIS.A1.R"].get("shared", False)')" = false ] ||
	fail_with "$F" "unexpected input shared the answer"
expect_in "$T/out1" "Geen j of n: het antwoord blijft privé"
expect_not_in "$T/out1" "Typ j om te delen"
# the share question's prompt is the "> " of every other question
grep -A1 -F "Mag dit antwoord gedeeld worden" "$T/out1" | sed -n 2p | grep -q '^> ' ||
	fail_with "$T/out1" "the share question has no '> ' prompt of its own"
# ... and every prompt of the walk
n_q=$(grep -c '^\[vraag ' "$T/out1")
n_p=$(grep -c '^> ' "$T/out1")
[ "$n_p" -ge "$n_q" ] || fail_with "$T/out1" "$n_q questions but only $n_p '> ' prompts"

# 2: j shares; n and Enter keep it private
for reply in j ja J n nee ''; do
	printf '1\n1\n1\n1\n1\n4\n4\n4\n4\nTekst\n%s\nstop\n' "$reply" |
		sp start visie --plain >"$T/out2" 2>&1 || fail_with "$T/out2" "reply '$reply'"
	F=$(newest)
	got=$(json_get "$F" 's["answers"]["VIS.A1.R"].get("shared", False)')
	case $reply in j | ja | J) want=true ;; *) want=false ;; esac
	[ "$got" = "$want" ] || fail_with "$T/out2" "reply '$reply': shared=$got, expected $want"
	expect_not_in "$T/out2" "Geen j of n"
	rm -f "$F"
done

# 3: overzicht and ga naar N
printf '1\n1\noverzicht\nga naar 40\n3\nga naar 99\nga naar\nterug\nstop\n' |
	sp start visie --plain >"$T/out3" 2>&1 || fail_with "$T/out3" "overzicht run"
expect_in "$T/out3" "Overzicht (ga naar N: naar vraag N):"
expect_in "$T/out3" "  1. "
expect_in "$T/out3" "  45. "
expect_in "$T/out3" "[nog niet beantwoord]"
expect_in "$T/out3" "In welke sector werk je? [primair onderwijs]"
expect_in "$T/out3" "[vraag 40 van 45]"
expect_in "$T/out3" "[vraag 41 van 45]"
expect_in "$T/out3" "Typ ga naar en een nummer van 1 tot 45."
expect_in "$T/out3" "overzicht, ga naar N"
F=$(newest)
id40=$(python3 -c 'import json,sys
q=json.load(open(sys.argv[1]))
print([i["id"] for s in q["sections"] for i in s["items"]][39])' "$CONTENT/visie.json")
[ "$(json_get "$F" "s['answers']['$id40'].get('value', s['answers']['$id40'].get('text'))")" = 3 ] || fail_with "$F" "ga naar 40 did not answer item 40"

# 4: the help's bullets: one per prompt, the wrapped lines under its text
printf '1\n1\n1\n1\n1\n?\nstop\n' | sp start visie --plain >"$T/out4" 2>&1 || fail "help run"
sed -n '/^Om over door te praten:/,/^\[vraag/p' "$T/out4" | sed '1d;$d' | sed '/^$/,$d' >"$T/bullets"
n_prompts=$(python3 -c 'import json,sys
q=json.load(open(sys.argv[1]))
print(len([s for s in q["sections"] if s["id"] == "A1"][0]["prompts"]))' "$CONTENT/visie.json")
[ "$(grep -c '^  - ' "$T/bullets")" = "$n_prompts" ] ||
	fail_with "$T/bullets" "expected $n_prompts bullets, one per prompt"
grep -v -q '^  - \|^    [^ ]' "$T/bullets" && fail_with "$T/bullets" "a help line that is neither a bullet nor under one"
[ "$(wc -l <"$T/bullets")" -gt "$n_prompts" ] || fail_with "$T/bullets" "no wrapped prompt: the test cannot fail"
echo "plain_parity: ok"
