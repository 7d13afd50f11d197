#!/bin/sh
# Input that ends halfway: spiegel saves, exits 0 and says how to go on;
# `spiegel resume ID --plain` continues at the first unanswered item.
. "$SRCDIR/test/plain/lib.sh"
plain_init plain_eof

# items 1-6 answered, 7 skipped, 8-12 answered (10 is open: an empty line
# keeps it private), then the input ends (on 13)
sp start visie --plain >"$T/out1" 2>"$T/err1" <<'IN'
1
2
3
4
1
4

2
5
Een eerste antwoord.

3
3
IN
status=$?
expect_status "$status" 0 "plain session with input ending on item 13"
[ -s "$T/err1" ] && fail_with "$T/err1" "unexpected messages on stderr"
F=$(session_file) || exit 1
id=$(session_id "$F")
expect_in "$T/out1" "[vraag 13 van 45]"
expect_not_in "$T/out1" "[vraag 14 van 45]"
expect_in "$T/out1" "Invoer beëindigd"
expect_in "$T/out1" "spiegel --data-dir $DATA --content-dir $CONTENT resume $id"
expect_not_in "$T/out1" "Leiderschapspraktijken"
no_escapes "$T/out1"
[ "$(json_get "$F" 's["finished"]')" = false ] || fail "the session is finished"
[ "$(json_get "$F" 'len(s["answers"])')" = 11 ] || fail "expected 11 answers"
[ "$(json_get "$F" 's["position"]')" = VIS.A2.03 ] || fail "position is not item 13"
[ "$(json_get "$F" '"VIS.A1.05" in s["answers"]')" = false ] || fail "item 7 was answered"
[ "$(json_get "$F" 's["answers"]["VIS.A1.R"]["text"]')" = "Een eerste antwoord." ] ||
	fail "the open answer was not saved"

# resume by id: first unanswered is item 7 (not 13, where it stopped)
sp resume "$id" --plain >"$T/out2" 2>"$T/err2" <<'IN'
5
IN
status=$?
expect_status "$status" 0 "resume with input ending"
[ -s "$T/err2" ] && fail_with "$T/err2" "unexpected messages on stderr"
first=$(grep -m1 '^\[vraag ' "$T/out2")
[ "$first" = "[vraag 7 van 45]" ] || fail_with "$T/out2" "resume starts at '$first', expected item 7"
expect_in "$T/out2" "Sessie-id: $id"
expect_in "$T/out2" "spiegel --data-dir $DATA --content-dir $CONTENT resume $id"
[ "$(json_get "$F" 's["answers"]["VIS.A1.05"]')" = '{"value": 5}' ] ||
	fail "the answer given after resume was not saved"
[ "$(json_get "$F" 'len(s["answers"])')" = 12 ] || fail "expected 12 answers after resume"

# resume without an id picks the newest unfinished session: now item 13
sp resume --plain >"$T/out3" 2>"$T/err3" </dev/null
status=$?
expect_status "$status" 0 "resume without id"
first=$(grep -m1 '^\[vraag ' "$T/out3")
[ "$first" = "[vraag 13 van 45]" ] || fail_with "$T/out3" "resume starts at '$first', expected item 13"
[ "$(json_get "$F" 's["finished"]')" = false ] || fail "the session got finished"

# "stop" saves and ends like the end of input does
printf '4\nstop\n5\n' | sp resume "$id" --plain >"$T/out4" 2>"$T/err4"
expect_status $? 0 "resume ended with stop"
expect_in "$T/out4" "Opgeslagen. Ga later verder met: spiegel --data-dir $DATA --content-dir $CONTENT resume $id"
expect_not_in "$T/out4" "[vraag 15 van 45]"
[ "$(json_get "$F" 's["answers"]["VIS.A2.03"]')" = '{"value": 4}' ] || fail "answer before stop not saved"
[ "$(json_get "$F" '"VIS.A2.04" in s["answers"]')" = false ] || fail "the line after stop was used"
[ "$(json_get "$F" 's["position"]')" = VIS.A2.04 ] || fail "position after stop is not item 14"
exit 0
