#!/bin/sh
# The intervisie export writes like -o of the commands (one writer,
# store_write_output): typed onto the group file itself, a session, or into
# spiegel's data folders it is refused with the reason on the screen and
# the file unchanged; a FIFO is written into, never replaced.
. "$SRCDIR/test/screen/lib.sh"
screen_init intervisie_export_paths

GID=20261101-080000-abcdef
mkdir -p "$DATA/intervisie" "$DATA/sessions" && chmod 700 "$DATA" "$DATA/intervisie" "$DATA/sessions"
GF="$DATA/intervisie/$GID.json"
cat >"$GF" <<EOF
{"format": "spiegel-intervisie/1", "id": "$GID", "name": "Groep Zuid",
 "questionnaire": {"id": "visie", "version": "1.0.0"},
 "created": "2026-11-01T08:00:00Z", "updated": "2026-11-01T08:00:00Z",
 "participants": [{"alias": "Anouk", "answers": {}, "notes": "", "afspraken": ""}]}
EOF
printf '1\nstop\n' | "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" start visie --plain \
	>"$T/start.out" 2>&1 || fail "cannot make a session"
S=$(session_file) || exit 1
cp "$GF" "$T/group.before"
cp "$S" "$T/session.before"

run_spiegel intervisie "$GID"
wait_for "deel 1 van 9"

# export_to PATH: open the export screen, type PATH over the proposed name
export_to() {
	keys e
	wait_for "Exporteren"
	keys C-u
	type_text "$1"
	wait_for "$(basename "$1")"
	keys Enter
}
# confirm: answer an overwrite question if one comes
confirm() {
	_poll _asked_or_done || fail "no answer to the export"
	if printf '%s\n' "$LAST_SCREEN" | grep -q "Overschrijven? (j/n)"; then
		keys j
	fi
}
_asked_or_done() {
	LAST_SCREEN=$(screen)
	printf '%s\n' "$LAST_SCREEN" | grep -q -e "Overschrijven? (j/n)" -e "van spiegel" \
		-e "bestand zelf" -e "eigen gegevens" -e "Geschreven naar"
}

export_to "$GF"
confirm
wait_for "leest dit bestand zelf"
cmp -s "$GF" "$T/group.before" || fail "the export replaced the group file"
keys Escape
wait_for "deel 1 van 9"

export_to "$S"
confirm
wait_for "eigen gegevens"
cmp -s "$S" "$T/session.before" || fail "the export replaced a session"
keys Escape
wait_for "deel 1 van 9"

mkfifo "$T/fifo"
timeout 20 cat "$T/fifo" >"$T/fifo.out" &
reader=$!
export_to "$T/fifo"
confirm
wait_for "Geschreven naar"
wait "$reader"
[ -p "$T/fifo" ] || fail "the export replaced the FIFO"
grep -q "Groep Zuid" "$T/fifo.out" || fail "the reader of the FIFO got no report"
keys Escape
wait_for "deel 1 van 9"
keys q
wait_for "Je groepen"
keys q
wait_exit
assert_status 0
exit 0
