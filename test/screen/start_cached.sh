#!/bin/sh
# The start screen without loading the content: the number of
# questionnaires is that of the last load without any message of exactly
# the same files (DATA/cache/content.index); the content is loaded, with
# every check, when a choice is made. A changed content folder is loaded
# in full before the start screen.
. "$SRCDIR/test/screen/lib.sh"
screen_init start_cached

cp -r "$SRCDIR/content" "$T/content" || fail "cannot copy the content"
CONTENT="$T/content"
nq=$("$SPIEGEL" --content-dir "$CONTENT" list | wc -l)
[ "$nq" -ge 2 ] || fail "spiegel list shows fewer than 2 questionnaires"

start_and_quit() {
	run_spiegel
	wait_for "($1 beschikbaar)"
	assert_screen "Stoppen"
	keys q
	wait_exit
	assert_status 0
}

# the first start loads everything and notes the count
start_and_quit "$nq"
[ -f "$DATA/cache/content.index" ] || fail "no content cache after a clean load"
[ "$(stat -c %a "$DATA/cache/content.index")" = 600 ] || fail "the content cache is not private"

# the next start takes the count; choosing loads the content
run_spiegel
wait_for "($nq beschikbaar)"
keys 1
wait_for "Connectief leiderschap"
assert_screen "Visie"
keys q
wait_exit
assert_status 0

# the voornemens from a cached start: the content is loaded for them too
run_spiegel
wait_for "($nq beschikbaar)"
keys 4
wait_gone "5  Stoppen"
assert_running
keys q
wait_exit
assert_status 0

# a questionnaire broken since: the key differs, everything is loaded and
# checked before the start screen, which counts one fewer
cp "$CONTENT/leiderschapsscan.json" "$T/leiderschapsscan.json"
printf '{"format": ' >"$CONTENT/leiderschapsscan.json"
start_and_quit $((nq - 1))
# a load with messages is never noted: the start after it loads again
start_and_quit $((nq - 1))

# repaired: a clean load, noted again
cp "$T/leiderschapsscan.json" "$CONTENT/leiderschapsscan.json"
start_and_quit "$nq"

# broken while the start screen is open (its count from the cache): the
# choice loads the content with every check, leaves the file out and says so
run_spiegel
wait_for "($nq beschikbaar)"
printf '{"format": ' >"$CONTENT/leiderschapsscan.json"
keys 1
wait_for "leiderschapsscan.json"
assert_screen "Visie"
assert_not_screen "Leiderschapsscan"
keys q
wait_exit
assert_status 0
exit 0
