#!/bin/sh
# spiegel delete on a terminal asks first: anything but "ja" (or "j")
# keeps the session; without a terminal it refuses unless --ja is given
# (test/plain/cli.sh), with --ja it does not ask.
. "$SRCDIR/test/screen/lib.sh"
screen_init delete_confirm

printf '3\nstop\n' | "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" start visie --plain \
	>"$T/start.out" 2>&1 || fail "start"
F=$(session_file)
ID=$(basename "$F" .json)

run_spiegel delete "$ID"
wait_for "Sessie $ID verwijderen"
wait_for "Typ ja om te verwijderen"
type_text "nee"
keys Enter
wait_exit
assert_status 1
wait_for "Niets verwijderd."
[ -f "$F" ] || fail "'nee' deleted the session"

run_spiegel delete "$ID"
wait_for "Typ ja om te verwijderen"
keys Enter
wait_exit
assert_status 1
[ -f "$F" ] || fail "an empty answer deleted the session"

run_spiegel delete "$ID"
wait_for "Typ ja om te verwijderen"
type_text "JA"
keys Enter
wait_exit
assert_status 0
wait_for "Sessie $ID is verwijderd."
[ -f "$F" ] && fail "'JA' kept the session"

printf '3\nstop\n' | "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" start visie --plain \
	>"$T/start.out" 2>&1 || fail "start"
F=$(session_file)
ID=$(basename "$F" .json)
run_spiegel delete -y "$ID"
wait_exit
assert_status 0
assert_not_screen "Typ ja"
[ -f "$F" ] && fail "-y kept the session"
echo "delete_confirm: ok"
