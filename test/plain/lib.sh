# Helpers for the plain-mode and CLI tests, sourced by test/plain/*.sh.
# Environment: SPIEGEL (binary), SRCDIR (repository root).

: "${SPIEGEL:?SPIEGEL must name the spiegel binary}"
: "${SRCDIR:?SRCDIR must name the repository root}"

LC_ALL=C.UTF-8
export LC_ALL
unset SPIEGEL_DATA_DIR SPIEGEL_CONTENT_DIR
CONTENT="$SRCDIR/content"
TEST_NAME=
T=
DATA=

plain_init() {
	TEST_NAME=$1
	T=$(mktemp -d) || exit 1
	DATA="$T/data"
	trap 'rm -rf "$T"' EXIT
	trap 'exit 130' INT
	trap 'exit 143' TERM
}

fail() {
	echo "FAIL ($TEST_NAME): $*" >&2
	exit 1
}

# fail with the contents of a file (output) shown
fail_with() { # FILE MESSAGE
	echo "FAIL ($TEST_NAME): $2" >&2
	echo "--- $1 ---" >&2
	cat "$1" >&2
	echo "---" >&2
	exit 1
}

# sp ARGS...: spiegel with the test's data and content directories.
sp() {
	"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" "$@"
}

# contains FILE TEXT: FILE holds the fixed string TEXT.
contains() {
	grep -F -q -- "$2" "$1"
}

expect_in() { # FILE TEXT
	contains "$1" "$2" || fail_with "$1" "expected '$2'"
}

expect_not_in() { # FILE TEXT
	if contains "$1" "$2"; then
		fail_with "$1" "did not expect '$2'"
	fi
}

expect_status() { # GOT WANT WHAT
	[ "$1" = "$2" ] || fail "$3: exit status $1, expected $2"
}

# The single session file in $DATA/sessions.
session_file() {
	set -- "$DATA"/sessions/*.json
	[ $# -eq 1 ] && [ -f "$1" ] || fail "expected exactly one session file, found: $*"
	printf '%s\n' "$1"
}

# session_id FILE: the id (file name without .json)
session_id() {
	basename "$1" .json
}

# json_get FILE PYEXPR: a Python expression over the parsed JSON `s`.
json_get() {
	python3 -c 'import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
v = eval(sys.argv[2])
print(json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v)' "$1" "$2"
}

# no_escapes FILE: FILE holds no ESC (0x1b) and no other C0 control
# characters than newline and tab.
no_escapes() {
	if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$1"; then
		fail_with "$1" "control characters / escape sequences in output"
	fi
}
