#!/bin/sh
# Bash completion (completion/spiegel.bash): sourced in bash, asked as bash
# asks it (COMP_WORDS, COMP_CWORD), for commands, the options of every
# command (as its --help names them), --format values, questionnaire ids
# and session ids.
. "$SRCDIR/test/plain/lib.sh"
plain_init completion
command -v bash >/dev/null || fail "bash not found"

# a session to complete
printf '3\nstop\n' | sp start visie --plain >"$T/start.out" 2>&1 || fail_with "$T/start.out" "start"
SID=$(session_id "$(session_file)")

# complete WORDS...: the completions of the last word (may be ''), one a
# line, sorted, in $T/c.out
complete_words() {
	bash -c '. "$1/completion/spiegel.bash" || exit 1
shift
COMP_WORDS=("$@")
COMP_CWORD=$(($# - 1))
_spiegel
printf "%s\n" "${COMPREPLY[@]}" | sort -u' completion "$SRCDIR" \
		"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" "$@" >"$T/c.out" 2>"$T/c.err" ||
		fail_with "$T/c.err" "completion failed: $*"
	[ -s "$T/c.err" ] && fail_with "$T/c.err" "completion wrote to stderr: $*"
}
has() { # WORD...: every WORD is a completion
	for _w; do
		grep -qx -- "$_w" "$T/c.out" || fail_with "$T/c.out" "missing completion '$_w' for: $WHAT"
	done
}
hasnt() {
	for _w; do
		grep -qx -- "$_w" "$T/c.out" && fail_with "$T/c.out" "unexpected completion '$_w' for: $WHAT"
	done
	return 0
}

WHAT="spiegel <tab>"
complete_words ''
has start resume list report check delete export compare group intervisie invite observe feedback
hasnt --format
# every command of spiegel --help, no more
"$SPIEGEL" --help | awk '/^  [a-z]/ { print $1 }' | sort -u >"$T/cmds"
cmp -s "$T/cmds" "$T/c.out" || fail_with "$T/c.out" "commands differ from spiegel --help"

WHAT="spiegel re<tab>"
complete_words re
has report resume
hasnt start

WHAT="spiegel --<tab>"
complete_words --
has --data-dir --content-dir --plain --contrast --help --version
hasnt --format --ja

# every command: exactly the options its --help names
for c in $(cat "$T/cmds"); do
	WHAT="spiegel $c --<tab>"
	complete_words "$c" --
	"$SPIEGEL" "$c" --help | grep -o -- '--[a-z][a-z-]*' | sort -u >"$T/opts"
	[ -s "$T/opts" ] || fail "no options in spiegel $c --help"
	cmp -s "$T/opts" "$T/c.out" || fail_with "$T/c.out" "options of $c differ from its --help"
	has --help --data-dir
done
WHAT="spiegel report --f<tab>"
complete_words report --f
has --feedback --focus --format
WHAT="spiegel delete --<tab>"
complete_words delete --
has --ja

WHAT="spiegel report S --format <tab>"
complete_words report "$SID" --format ''
has text markdown json html csv
WHAT="spiegel compare --format <tab>"
complete_words compare --format ''
has text markdown json
hasnt html csv
WHAT="spiegel group --format h<tab>"
complete_words group x --format h
has html
hasnt text

WHAT="spiegel start <tab>"
complete_words start ''
has visie leiderschapsscan weerstand verbindend-dag1
WHAT="spiegel start visie <tab>"
complete_words start visie ''
hasnt visie
WHAT="spiegel group -q <tab>"
complete_words group -q v
has visie verbindend-dag6
WHAT="spiegel invite l<tab>"
complete_words invite l
has leiderschapsscan

for c in resume report delete export compare; do
	WHAT="spiegel $c <tab>"
	complete_words "$c" ''
	has "$SID"
done
WHAT="spiegel --plain resume 2026<tab> (an option before the command)"
complete_words --plain resume "$(printf %s "$SID" | cut -c1-4)"
has "$SID"
# the data dir given on the command line is the one listed
WHAT="sessions of another data dir"
bash -c '. "$1/completion/spiegel.bash"; COMP_WORDS=("$2" --data-dir "$3" resume ""); COMP_CWORD=3; _spiegel; printf "%s\n" "${COMPREPLY[@]}"' \
	x "$SRCDIR" "$SPIEGEL" "$T/empty" >"$T/c.out" 2>&1
hasnt "$SID"

echo "completion: ok"
