#!/bin/sh
# Hostile files: every broken or hostile content and session file under
# test/data/bad/ (made by test/data/bad/make-corpus.py and, for voornemens
# and portfolio choices, make-plans.py), plus the large and
# special ones made here (100 MB, symlink, FIFO, directory, /dev/zero, an
# object with 125 000 keys, 1001 items), makes spiegel exit with status 1 and
# a precise Dutch message: the fixed text in <case>.expect, which names the
# file and the line:col or the item/key. None may crash (status >= 128, a
# sanitizer report, a core file) or hang (every run is bounded by timeout).
#
# Each case is run two ways:
#   content/cat-*  copied to DIR/practices.json (next to a valid proef.json):
#                  check DIR/practices.json; --content-dir DIR list
#   content/q-*    copied to DIR/proef.json (next to a valid practices.json):
#                  check DIR/proef.json; --content-dir DIR start proef --plain
#                  (no session may be created)
#   session/s-*    copied to TMP/<case>.json: report FILE; resume FILE --plain
#                  (the file must stay unchanged, no lock or session is left)
#   feedback/fb-*  an observer's answer file (make-feedback-corpus.py): feedback
#                  FILE; report SESSION --feedback FILE
#   feedback/frm-* a feedback form: observe FILE --plain (nothing is written)
#   intervisie/iv-* an intervisie group with meetings, copied to TMP/<case>.json:
#                  intervisie FILE verslag; intervisie FILE bijeenkomsten (with
#                  the golden fixture content and its meeting kit; the file
#                  must stay unchanged)
# `check` prints its findings on stdout (its report, as in check_broken.sh)
# and a summary on stderr; every other command must print the message on
# stderr and nothing on stdout.
#
# All failing cases are listed (not only the first). The last line says how
# many bad files were tried.
. "$SRCDIR/test/plain/lib.sh"
plain_init bad_corpus

BAD="$SRCDIR/test/data/bad"
BASE="$BAD/base/content"
LIMIT=10 # seconds per run; a run that needs longer counts as a hang
JOBS=4   # cases run side by side
tried=0
mkdir "$T/c" "$T/q" "$T/s" "$T/w" "$T/res" || exit 1

# Each case runs as a background job in its own work directory $W (output,
# an empty working directory, a data directory) and writes its failures to
# $T/res/CASE; an empty result file means the case passed.
bad() { # CASE WHAT [FILE]: report a failure of this case
	echo "FAIL ($TEST_NAME) $1: $2"
	if [ $# -ge 3 ] && [ -s "$3" ]; then
		sed -n '1,8p' "$3" | sed 's/^/    | /'
	fi
}

# attempt CASE STREAM EXPECT ARGS...: run spiegel ARGS with stdin from
# /dev/null in an empty directory, bounded by $LIMIT seconds. STREAM is out
# (check: the message is on stdout) or err (the message is on stderr and
# stdout stays empty). Returns 1 if the run failed in any way.
attempt() {
	_case=$1 _stream=$2 _expect=$3
	shift 3
	rm -f "$W/out" "$W/err"
	(cd "$W/cwd" && exec timeout -k 2 "$LIMIT" "$SPIEGEL" "$@" </dev/null >"$W/out" 2>"$W/err")
	_st=$?
	_cmd="spiegel $*"
	for _left in "$W"/cwd/* "$W"/cwd/.[!.]*; do
		if [ -e "$_left" ]; then
			bad "$_case" "files left in the working directory (core?) by: $_cmd"
			return 1
		fi
	done
	if [ "$_st" = 124 ] || [ "$_st" = 137 ]; then
		bad "$_case" "hangs: no end within $LIMIT s: $_cmd"
		return 1
	fi
	if [ "$_st" -ge 128 ] || grep -q 'Sanitizer\|runtime error:' "$W/err"; then
		bad "$_case" "crashes (status $_st): $_cmd" "$W/err"
		return 1
	fi
	if [ "$_st" != 1 ]; then
		bad "$_case" "exit status $_st, expected 1: $_cmd" "$W/err"
		return 1
	fi
	if [ "$_stream" = out ]; then
		if ! contains "$W/out" "$_expect"; then
			bad "$_case" "output lacks '$_expect': $_cmd" "$W/out"
			return 1
		fi
		if contains "$W/out" "In orde"; then
			bad "$_case" "check says 'In orde' for a broken file: $_cmd" "$W/out"
			return 1
		fi
		if ! grep -q 'gevonden' "$W/err"; then
			bad "$_case" "check gives no summary on stderr: $_cmd" "$W/err"
			return 1
		fi
	else
		if ! contains "$W/err" "$_expect"; then
			bad "$_case" "stderr lacks '$_expect': $_cmd" "$W/err"
			return 1
		fi
		if [ -s "$W/out" ]; then
			bad "$_case" "wrote to stdout: $_cmd" "$W/out"
			return 1
		fi
	fi
	return 0
}

# catalogue CASE DIR EXPECT: DIR/practices.json is the bad catalogue
catalogue() {
	cp "$BASE/proef.json" "$2/proef.json"
	attempt "$1" out "$3" --content-dir "$2" check "$2/practices.json" &&
		attempt "$1" err "$3" --content-dir "$2" --data-dir "$W/data" list
}

# questionnaire CASE DIR EXPECT: DIR/proef.json is the bad questionnaire
questionnaire() {
	cp "$BASE/practices.json" "$2/practices.json"
	attempt "$1" out "$3" --content-dir "$2" check "$2/proef.json" &&
		attempt "$1" err "$3" --content-dir "$2" --data-dir "$W/data" start proef --plain || return
	if [ -n "$(ls -A "$W/data/sessions" 2>/dev/null)" ]; then
		bad "$1" "start with a broken questionnaire left files: $(ls "$W/data/sessions")"
	fi
}

# session CASE FILE EXPECT: FILE is the bad session
session() {
	_f=$2
	_sum=
	[ -f "$_f" ] && [ ! -L "$_f" ] && _sum=$(cksum <"$_f")
	attempt "$1" err "$3" --content-dir "$BASE" --data-dir "$W/data" report "$_f" &&
		attempt "$1" err "$3" --content-dir "$BASE" --data-dir "$W/data" resume "$_f" --plain || return
	if [ -n "$_sum" ] && [ "$(cksum <"$_f")" != "$_sum" ]; then
		bad "$1" "resume changed the broken session file"
	fi
	if [ -n "$(ls -A "$W/data/sessions" 2>/dev/null)" ]; then
		bad "$1" "resume of a broken session left files: $(ls "$W/data/sessions")"
	fi
}

# plan CASE FILE EXPECT: FILE (moved into place) is a hostile voornemen
# (p-*: plans/<id>.json, read by plan show and plan update, which must
# leave it unchanged and make no lock next to it) or portfolio choice
# (m-*: plans/portfolio.json, read by portfolio)
PLAN_ID=20261201-090000-aaaaaa
plan() {
	mkdir -p "$W/data" && mkdir -m 700 "$W/data/plans" || return
	case $1 in
	m-*)
		mv "$2" "$W/data/plans/portfolio.json"
		attempt "$1" err "$3" --content-dir "$BASE" --data-dir "$W/data" portfolio
		return
		;;
	esac
	_f="$W/data/plans/$PLAN_ID.json"
	mv "$2" "$_f"
	_sum=
	[ -f "$_f" ] && [ ! -L "$_f" ] && _sum=$(cksum <"$_f")
	attempt "$1" err "$3" --content-dir "$BASE" --data-dir "$W/data" plan show "$PLAN_ID" &&
		attempt "$1" err "$3" --content-dir "$BASE" --data-dir "$W/data" plan update "$PLAN_ID" || return
	if [ -n "$_sum" ] && [ "$(cksum <"$_f")" != "$_sum" ]; then
		bad "$1" "plan update changed the broken voornemen"
	fi
	if [ -e "$W/data/plans/$PLAN_ID.lock" ]; then
		bad "$1" "plan update made a lock next to the broken voornemen"
	fi
}

# answers CASE FILE EXPECT: FILE is a bad answer file
answers() {
	attempt "$1" err "$3" --content-dir "$BASE" --data-dir "$W/data" feedback "$2" &&
		attempt "$1" err "$3" --content-dir "$BASE" --data-dir "$W/data" report \
			"$BAD/base/session.json" --feedback "$2"
}

# group CASE FILE EXPECT: FILE is a bad intervisie group file
GCONTENT="$SRCDIR/test/data/golden/content"
group() {
	_sum=$(cksum <"$2")
	attempt "$1" err "$3" --content-dir "$GCONTENT" --data-dir "$W/data" intervisie "$2" verslag &&
		attempt "$1" err "$3" --content-dir "$GCONTENT" --data-dir "$W/data" intervisie "$2" \
			bijeenkomsten || return
	if [ "$(cksum <"$2")" != "$_sum" ]; then
		bad "$1" "the broken group file was changed"
	fi
}

# form CASE FILE EXPECT: FILE is a bad feedback form
form() {
	attempt "$1" err "$3" observe "$2" --plain
}

# spawn KIND CASE PATH EXPECT: run case CASE (KIND catalogue, questionnaire
# or session) as a background job; at most $JOBS at a time
spawn() {
	tried=$((tried + 1))
	(
		W="$T/w/$2"
		mkdir "$W" "$W/cwd" || exit 1
		"$1" "$2" "$3" "$4"
	) >"$T/res/$2" 2>&1 &
	[ $((tried % JOBS)) = 0 ] && wait
	return 0
}

# The valid bases must pass, so that each case fails only by its mutation.
attempt_ok() { # WHAT ARGS...
	_what=$1
	shift
	"$SPIEGEL" "$@" </dev/null >"$T/base.out" 2>"$T/base.err" ||
		fail_with "$T/base.err" "base files: $_what fails"
}
attempt_ok "check" --content-dir "$BASE" check
attempt_ok "report" --content-dir "$BASE" --data-dir "$T/base-data" report "$BAD/base/session.json"
mkdir -m 700 "$T/base-data/plans" && cp "$BAD/base/plan.json" "$T/base-data/plans/$PLAN_ID.json" &&
	cp "$BAD/base/portfolio.json" "$T/base-data/plans/portfolio.json" || fail "cannot place the base voornemen"
attempt_ok "plan show" --content-dir "$BASE" --data-dir "$T/base-data" plan show "$PLAN_ID"
attempt_ok "portfolio" --content-dir "$BASE" --data-dir "$T/base-data" portfolio

# ---- the committed cases
n_static=0
for f in "$BAD"/content/*.json "$BAD"/session/*.json; do
	[ -f "$f" ] || continue
	name=$(basename "$f" .json)
	[ -f "${f%.json}.expect" ] || fail "$name has no .expect file"
	expect=$(cat "${f%.json}.expect")
	[ -n "$expect" ] || fail "$name.expect is empty"
	n_static=$((n_static + 1))
	case $name in
	cat-*)
		mkdir "$T/c/$name" && cp "$f" "$T/c/$name/practices.json"
		spawn catalogue "$name" "$T/c/$name" "$expect"
		;;
	q-*)
		mkdir "$T/q/$name" && cp "$f" "$T/q/$name/proef.json"
		spawn questionnaire "$name" "$T/q/$name" "$expect"
		;;
	s-*)
		cp "$f" "$T/s/$name.json"
		spawn session "$name" "$T/s/$name.json" "$expect"
		;;
	*)
		fail "$name: case names start with cat-, q- or s-"
		;;
	esac
done
[ "$n_static" -ge 55 ] || fail "only $n_static committed cases found under $BAD"

# ---- answer files and forms of feedback rounds
mkdir "$T/f"
n_fb=0
for f in "$BAD"/feedback/fb-*.json "$BAD"/feedback/frm-*.html; do
	[ -f "$f" ] || continue
	name=$(basename "$f")
	name=${name%.*}
	[ -f "$BAD/feedback/$name.expect" ] || fail "$name has no .expect file"
	expect=$(cat "$BAD/feedback/$name.expect")
	cp "$f" "$T/f/$(basename "$f")"
	n_fb=$((n_fb + 1))
	case $name in
	fb-*) spawn answers "$name" "$T/f/$(basename "$f")" "$expect" ;;
	frm-*) spawn form "$name" "$T/f/$(basename "$f")" "$expect" ;;
	esac
done
[ "$n_fb" -ge 40 ] || fail "only $n_fb feedback cases found under $BAD/feedback"

# ---- intervisie groups with meetings
mkdir "$T/iv"
n_iv=0
for f in "$BAD"/intervisie/iv-*.json; do
	[ -f "$f" ] || continue
	name=$(basename "$f" .json)
	[ -f "${f%.json}.expect" ] || fail "$name has no .expect file"
	cp "$f" "$T/iv/$name.json"
	n_iv=$((n_iv + 1))
	spawn group "$name" "$T/iv/$name.json" "$(cat "${f%.json}.expect")"
done
[ "$n_iv" -ge 35 ] || fail "only $n_iv intervisie cases found under $BAD/intervisie"
# the valid base loads and reports
attempt_ok "intervisie verslag" --content-dir "$GCONTENT" --data-dir "$T/base-data" intervisie \
	"$SRCDIR/test/data/golden/intervisie/bijeenkomsten.json" verslag

# ---- voornemens and portfolio choices (make-plans.py)
mkdir "$T/p" || exit 1
n_plan=0
for f in "$BAD"/plan/*.json; do
	[ -f "$f" ] || continue
	name=$(basename "$f" .json)
	[ -f "${f%.json}.expect" ] || fail "$name has no .expect file"
	expect=$(cat "${f%.json}.expect")
	[ -n "$expect" ] || fail "$name.expect is empty"
	n_plan=$((n_plan + 1))
	cp "$f" "$T/p/$name.json"
	spawn plan "$name" "$T/p/$name.json" "$expect"
done
[ "$n_plan" -ge 40 ] || fail "only $n_plan voornemen cases found under $BAD/plan"
wait
# the special ones: a symbolic link to a valid voornemen, a FIFO, a
# directory, 100 MB
ln -s "$BAD/base/plan.json" "$T/p/p-symlink"
spawn plan p-symlink "$T/p/p-symlink" "$PLAN_ID.json: is een symbolische koppeling"
mkfifo "$T/p/p-fifo" && spawn plan p-fifo "$T/p/p-fifo" "$PLAN_ID.json: is geen gewoon bestand"
mkdir "$T/p/p-directory" && spawn plan p-directory "$T/p/p-directory" "$PLAN_ID.json: is geen gewoon bestand"
ln -s "$BAD/base/portfolio.json" "$T/p/m-symlink"
spawn plan m-symlink "$T/p/m-symlink" "portfolio.json: is een symbolische koppeling"
printf '{"format": "spiegel-plan/1", "text": "' >"$T/p/p-100mb" &&
	dd if=/dev/zero of="$T/p/p-100mb" bs=1048576 count=0 seek=100 2>/dev/null ||
	fail "cannot make the 100 MB voornemen"
spawn plan p-100mb "$T/p/p-100mb" "$PLAN_ID.json: bestand is te groot"
wait

# ---- made here: large and special files

# 100 MB: refused by its size before it is read (content 4 MiB, session 1 MiB)
# (a JSON start, then zero bytes up to 100 MiB; dd makes the rest sparse)
printf '{"format": "spiegel-practices/1", "version": "' >"$T/big" &&
	dd if=/dev/zero of="$T/big" bs=1048576 count=0 seek=100 2>/dev/null &&
	[ "$(wc -c <"$T/big")" = 104857600 ] || fail "cannot make the 100 MB file"
for k in cat q s; do
	case $k in
	cat)
		mkdir "$T/c/cat-100mb" && ln "$T/big" "$T/c/cat-100mb/practices.json"
		spawn catalogue cat-100mb "$T/c/cat-100mb" "practices.json: bestand is te groot"
		;;
	q)
		mkdir "$T/q/q-100mb" && ln "$T/big" "$T/q/q-100mb/proef.json"
		spawn questionnaire q-100mb "$T/q/q-100mb" "proef.json: bestand is te groot"
		;;
	s)
		ln "$T/big" "$T/s/s-100mb.json"
		spawn session s-100mb "$T/s/s-100mb.json" "s-100mb.json: bestand is te groot"
		;;
	esac
done
wait
rm -f "$T/big" "$T/c/cat-100mb/practices.json" "$T/q/q-100mb/proef.json" "$T/s/s-100mb.json"

# a symbolic link to a valid file is not followed
mkdir "$T/c/cat-symlink" "$T/q/q-symlink"
ln -s "$BASE/practices.json" "$T/c/cat-symlink/practices.json"
spawn catalogue cat-symlink "$T/c/cat-symlink" "practices.json: is een symbolische koppeling"
ln -s "$BASE/proef.json" "$T/q/q-symlink/proef.json"
spawn questionnaire q-symlink "$T/q/q-symlink" "proef.json: is een symbolische koppeling"
ln -s "$BAD/base/session.json" "$T/s/s-symlink.json"
spawn session s-symlink "$T/s/s-symlink.json" "s-symlink.json: is een symbolische koppeling"

# a FIFO nobody writes to: opening or reading it must not block
mkdir "$T/c/cat-fifo" "$T/q/q-fifo"
mkfifo "$T/c/cat-fifo/practices.json" "$T/q/q-fifo/proef.json" "$T/s/s-fifo.json" ||
	fail "mkfifo failed"
spawn catalogue cat-fifo "$T/c/cat-fifo" "practices.json: is geen gewoon bestand"
spawn questionnaire q-fifo "$T/q/q-fifo" "proef.json: is geen gewoon bestand"
spawn session s-fifo "$T/s/s-fifo.json" "s-fifo.json: is geen gewoon bestand"

# a directory with the file's name
mkdir -p "$T/c/cat-directory/practices.json" "$T/q/q-directory/proef.json" "$T/s/s-directory.json"
spawn catalogue cat-directory "$T/c/cat-directory" "practices.json: is geen gewoon bestand"
spawn questionnaire q-directory "$T/q/q-directory" "proef.json: is geen gewoon bestand"
spawn session s-directory "$T/s/s-directory.json" "s-directory.json: is geen gewoon bestand"

# a device that never ends
spawn session s-dev-zero /dev/zero "/dev/zero: is geen gewoon bestand"

# one object with 125 000 short keys (1 MB, under both size limits): the
# duplicate-key check must not be quadratic (a linear check needs well under
# a second; comparing every key with every other one takes half a minute)
wide() { # PREFIX COUNT SUFFIX: PREFIX{"0":0,"1":0,...}SUFFIX, keys in base 62
	awk -v p="$1" -v n="$2" -v s="$3" 'BEGIN {
		c = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
		printf "%s{", p
		for (i = 0; i < n; i++) {
			k = ""
			x = i
			do {
				k = substr(c, x % 62 + 1, 1) k
				x = int(x / 62)
			} while (x > 0)
			printf "%s\"%s\":0", (i > 0 ? "," : ""), k
		}
		printf "}%s\n", s
	}'
}
wait
# (a shorter limit: even a sanitizer build needs well under a second)
LIMIT=4
mkdir "$T/c/cat-wide-object" "$T/q/q-wide-object"
wide '{"format": "spiegel-practices/1", "version": ' 125000 '}' >"$T/c/cat-wide-object/practices.json"
spawn catalogue cat-wide-object "$T/c/cat-wide-object" 'practices.json: "version" moet een tekst zijn'
wide '{"format": "spiegel-questionnaire/1", "id": "proef", "version": "1.0.0", "title": "Proef", "intro": ' \
	125000 ', "sections": []}' >"$T/q/q-wide-object/proef.json"
spawn questionnaire q-wide-object "$T/q/q-wide-object" 'proef.json: "intro" moet een tekst zijn'
wide '{"format": "spiegel-session/1", "participant": ' 125000 '}' >"$T/s/s-wide-object.json"
spawn session s-wide-object "$T/s/s-wide-object.json" 's-wide-object.json: "participant" moet een tekst zijn'
[ "$(wc -c <"$T/s/s-wide-object.json")" -le 1048576 ] ||
	fail "the wide objects are larger than the file size limits"
wait
LIMIT=10

# 1001 items: one more than a questionnaire may have
mkdir "$T/q/q-1001-items"
awk 'BEGIN {
	printf "{\"format\": \"spiegel-questionnaire/1\", \"id\": \"proef\", \"version\": \"1.0.0\",\n"
	printf " \"title\": \"Proef\", \"intro\": \"Te lang.\", \"sections\": [{\"id\": \"A1\", \"title\": \"A\", \"items\": [\n"
	for (i = 1; i <= 1001; i++)
		printf "%s  {\"id\": \"PRF.X.%04d\", \"type\": \"open\", \"text\": \"Vraag %d?\", \"source\": {\"file\": \"001\", \"lines\": \"1\"}}\n", (i > 1 ? "," : ""), i, i
	printf "]}]}\n"
}' >"$T/q/q-1001-items/proef.json"
spawn questionnaire q-1001-items "$T/q/q-1001-items" "proef.json: te veel vragen (1001, maximaal 1000)"

wait

failed=0
for r in "$T"/res/*; do
	if [ -s "$r" ]; then
		cat "$r" >&2
		failed=$((failed + 1))
	fi
done
[ "$(ls "$T/res" | wc -l)" = "$tried" ] || fail "only $(ls "$T/res" | wc -l) of $tried cases gave a result"
echo "bad files tried: $tried"
if [ "$failed" -gt 0 ]; then
	echo "FAIL ($TEST_NAME): $failed of $tried cases failed (see above)" >&2
	exit 1
fi
exit 0
