#!/bin/sh
# UTF-8 input on the open item 10 and the locales spiegel runs under.
#   - Precomposed "é" (U+00E9) and decomposed "e" + U+0301 / "e" + U+0308
#     are shown as the same letters and stored in NFC.
#   - Backspace right after a decomposed "é" removes one code point, the
#     combining accent, and leaves the "e" (the editor works on code points,
#     see src/tui/text.c); a second one removes the "e".
#   - LC_ALL=C, and no locale variables at all: spiegel uses C.UTF-8 and
#     diacritics work.
#   - LANG=LC_ALL=nl_NL.UTF-8 (generated with localedef into a private
#     LOCPATH when it is not installed): works the same.
#   - LC_ALL=nl_NL / LANG=nl_NL (ISO-8859-1): refused with a Dutch message
#     about UTF-8 that points to --plain, exit status 1, no session.
#   - LANG=nl_NL.UTF-8 when that locale is not installed: the name asks for
#     UTF-8, so spiegel must not refuse (telling the user to set the very
#     LANG=nl_NL.UTF-8 they already have); it runs like under C.
. "$SRCDIR/test/screen/lib.sh"
. "$SRCDIR/test/screen/robust_lib.sh"
screen_init robust_utf8

ACUTE=$(printf '\314\201')      # U+0301 COMBINING ACUTE ACCENT
DIAER=$(printf '\314\210')      # U+0308 COMBINING DIAERESIS

# The first row of the text box (after " │ "), in NFC, trailing blanks cut.
# (one python per poll: the machine may be slow, and _poll counts polls)
box_line() {
	screen 2>/dev/null | python3 -c 'import sys, unicodedata
s = unicodedata.normalize("NFC", sys.stdin.buffer.read().decode("utf-8", "replace"))
rows = [l[3:] for l in s.split("\n") if l[1:2] == "│"]
print(rows[0].rstrip() if rows else "")'
}

_box_is() {
	_got_box=$(box_line)
	[ "$_got_box" = "$_want_box" ]
}

# wait_box TEXT: wait until the text box reads exactly TEXT (NFC).
wait_box() {
	_want_box=$1
	_poll _box_is || {
		LAST_SCREEN=$(screen_nfc)
		fail "the text box shows '$_got_box', expected '$1'"
	}
}

# check_stored TEXT: VIS.A1.R holds exactly TEXT, in NFC, and there is no
# draft; the file has no combining accents left.
check_stored() {
	F=$(session_file) || exit 1
	python3 - "$F" "$1" <<'PY' || fail "the session file does not hold '$1' in NFC"
import json, sys, unicodedata
raw = open(sys.argv[1], "rb").read().decode("utf-8")
s = json.loads(raw)
got = s["answers"].get("VIS.A1.R", {}).get("text")
want = sys.argv[2]
bad = []
if want != unicodedata.normalize("NFC", want):
    bad.append("test error: the expected text is not NFC")
if got != want:
    bad.append("got  %r\nwant %r" % (got, want))
if "\u0301" in raw or "\u0308" in raw:
    bad.append("combining accents in the file")
if s.get("draft") is not None:
    bad.append("draft left: %r" % (s["draft"],))
if bad:
    print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
}

new_run() {
	if [ -d "$DATA" ]; then
		rm -rf "$DATA" || fail "cannot clear $DATA"
	fi
	write_run "$@"
	start_run
}

# -- precomposed, decomposed and backspace (C.UTF-8) --------------------
RUN_ENV=$RUN_ENV_DEFAULT
new_run start visie
wait_for_item 1
go_to_item 10
wait_for "opslaan, verder"          # typing mode

type_text "Café "                   # precomposed U+00E9
wait_box "Café"
type_text "cafe$ACUTE "             # decomposed
wait_box "Café café"
type_text "idee"
type_text "e$DIAER"                 # decomposed ë
type_text "n"
wait_box "Café café ideeën"
type_text " e$ACUTE"
wait_box "Café café ideeën é"
keys BSpace                         # removes the accent only
wait_box "Café café ideeën e"
keys BSpace                         # and now the e
wait_box "Café café ideeën"
type_text "zee"
type_text "e$DIAER"
type_text "n"
wait_box "Café café ideeën zeeën"
expected="Café café ideeën zeeën"
keys Enter
wait_for_item 11
check_stored "$expected"

# back on the item the stored (precomposed) text is shown
keys Left
wait_for_item 10
wait_for "│ $expected"
keys Escape
wait_gone "opslaan, verder"
keys q
wait_exit
assert_status 0
check_stored "$expected"

# -- a locale: type on item 10, Enter, check the file --------------------
# type_under NAME: start visie under RUN_ENV and type precomposed and
# decomposed letters.
type_under() {
	TEST_NAME="robust_utf8 ($1)"
	new_run start visie
	wait_for_item 1
	go_to_item 10
	wait_for "opslaan, verder"
	type_text "één "
	type_text "e${ACUTE}e${ACUTE}n ide"
	type_text "e$DIAER"
	wait_box "één één ideë"
	keys BSpace                 # the diaeresis goes, the e stays
	wait_box "één één idee"
	type_text "ën"
	wait_box "één één ideeën"
	keys Enter
	wait_for_item 11
	keys q
	wait_exit
	assert_status 0
	check_stored "één één ideeën"
	TEST_NAME=robust_utf8
}

RUN_ENV="TERM=xterm-256color LC_ALL=C; unset LANG LC_CTYPE; export TERM LC_ALL"
type_under "LC_ALL=C"

RUN_ENV="TERM=xterm-256color; unset LANG LC_ALL LC_CTYPE LC_MESSAGES; export TERM"
TEST_NAME="robust_utf8 (no locale variables)"
new_run
wait_for "Een vragenlijst beginnen"
keys q
wait_exit
assert_status 0
TEST_NAME=robust_utf8

# -- nl_NL locales, installed or generated in a private LOCPATH ----------
has_locale() {
	locale -a 2>/dev/null | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/' | grep -x -q "$1"
}

LOC="$T/locale"
mkdir -p "$LOC" || fail "cannot make $LOC"
LOCSET=                         # "LOCPATH=...; export LOCPATH" when generated

# make_locale NAME CHARMAP: NAME usable (installed or generated); sets LOCSET.
make_locale() {
	_canon=$(printf '%s' "$1" | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/')
	if has_locale "$_canon"; then
		return 0
	fi
	command -v localedef >/dev/null 2>&1 || return 1
	localedef -i nl_NL -f "$2" "$LOC/$1" >/dev/null 2>&1
	[ "$(LOCPATH=$LOC LC_ALL=$1 locale charmap 2>/dev/null)" = "$2" ] || return 1
	LOCSET="LOCPATH=$(shq "$LOC"); export LOCPATH"
}

if make_locale nl_NL.UTF-8 UTF-8; then
	RUN_ENV="TERM=xterm-256color LANG=nl_NL.UTF-8 LC_ALL=nl_NL.UTF-8; export TERM LANG LC_ALL; $LOCSET"
	type_under "nl_NL.UTF-8"
else
	echo "robust_utf8: SKIP nl_NL.UTF-8: not installed and localedef cannot make it" >&2
fi

LOCSET=
if make_locale nl_NL ISO-8859-1; then
	for v in LC_ALL LANG; do
		TEST_NAME="robust_utf8 ($v=nl_NL, ISO-8859-1)"
		RUN_ENV="TERM=xterm-256color; unset LANG LC_ALL LC_CTYPE; $v=nl_NL; export TERM $v; $LOCSET"
		RUN_REDIR="2>$(shq "$T/err")"
		rm -f "$T/err"
		new_run start visie
		wait_exit
		assert_status 1
		grep -q "UTF-8" "$T/err" || fail "the message does not say UTF-8 is needed: $(cat "$T/err")"
		grep -q -e "--plain" "$T/err" || fail "the message does not point to --plain: $(cat "$T/err")"
		if ls "$DATA"/sessions/*.json >/dev/null 2>&1; then
			fail "a session was created under a refused locale"
		fi
		assert_tty_restored "$TEST_NAME"
	done
	RUN_REDIR=
	TEST_NAME=robust_utf8
else
	echo "robust_utf8: SKIP nl_NL (ISO-8859-1): not installed and localedef cannot make it" >&2
fi

# -- a UTF-8 locale name that is not installed ---------------------------
missing=
for l in nl_NL.UTF-8 fy_NL.UTF-8 li_NL.UTF-8; do
	if ! has_locale "$(printf '%s' "$l" | tr 'A-Z' 'a-z' | sed 's/utf-8/utf8/')"; then
		missing=$l
		break
	fi
done
_started_or_exited() {
	_want="vraag 1 van 45"
	[ -s "$T/status" ] || _has_text
}
if [ -n "$missing" ]; then
	RUN_ENV="TERM=xterm-256color LANG=$missing LC_ALL=$missing; unset LOCPATH; export TERM LANG LC_ALL"
	RUN_REDIR="2>$(shq "$T/err")"
	rm -f "$T/err"
	TEST_NAME="robust_utf8 (LANG=LC_ALL=$missing, not installed)"
	new_run start visie
	_poll _started_or_exited || fail "spiegel neither started nor exited"
	if [ -s "$T/status" ]; then
		wait_exit
		fail "refused with status $STATUS: $(cat "$T/err")"
	fi
	RUN_REDIR=
	type_text "1"
	wait_for_item 2
	keys q
	wait_exit
	assert_status 0
else
	echo "robust_utf8: SKIP the locale-not-installed case: all candidates are installed" >&2
fi
exit 0
