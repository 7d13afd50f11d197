#!/bin/sh
# Privacy of the data on disk and in every output:
#  (a) under umask 000 every directory spiegel makes is 0700 and every file
#      0600, with --data-dir, with XDG_DATA_HOME and with a relative
#      XDG_DATA_HOME (ignored: ~/.local/share is used); nothing is made in
#      TMPDIR;
#  (b) hostile session names and participant names (../../x, a/b, 300
#      characters, newline and escape) create nothing outside the data
#      directory, session files keep generated names, a session stays
#      readable, delete never removes a session other than the one named;
#  (c) a canary word typed in an open answer shows up only in the session
#      file and in the user's own report (which, as documented in the README
#      and the man page, holds "je antwoorden op de open vragen"): never on
#      stderr, in list/check output, in a hand-in file (export), a group
#      report in any format (also with --names) or a comparison, in error
#      messages about a broken copy, in lock or temp files, or anywhere else
#      on disk;
#  (d) feedback (issue 15): with that session in the data directory, the
#      form and the round file of `spiegel invite` (what observers get) hold
#      none of it, answer files hold no name and no time, and the feedback
#      reports (also `report --feedback`) leave the canary out; every file
#      made is 0600.
#  (e) voornemens and the portfolio: a canary typed into a voornemen and its
#      look back shows up only in the voornemen's file, the user's own
#      `spiegel plan` outputs and the portfolio; never in a hand-in, a group
#      report (also of the whole data directory, plans/ included), a
#      comparison, the session's report, on stderr or anywhere else on disk.
#      The portfolio holds the open answer the user marked for it and never
#      an unmarked private one; its files are 0600 and it never replaces a
#      voornemen or writes into spiegel's own directories.
#  (f) meeting notes (issue 17): canary words in every theme of a meeting's
#      notes (casus, vragen, inzicht, stappen, terugblik) reach the group's
#      meeting report (markdown, HTML, stdout and -o) only for a theme the
#      group consented to, are all in the coach's copy (--coach), never in
#      the list of meetings, on stderr or in a message about a copy broken
#      at the canary, and on disk only in the group file and the coach's
#      own -o copy.
# All checks run; every failing one is listed.
. "$SRCDIR/test/plain/lib.sh"
plain_init privacy

umask 000
failed=0
bad() {
	echo "FAIL ($TEST_NAME): $*" >&2
	failed=$((failed + 1))
}
show() { # a name as it can be printed: control characters become '?'
	printf '%s' "$1" | tr '\001-\037\177' '?'
}
bad_with() { # FILE MESSAGE
	bad "$2"
	sed -n '1,6p' "$1" | sed 's/^/    | /' >&2
}

CANARY=KANARIE7731
ROOT="$T/root"      # everything spiegel may touch lives under here
WORK="$ROOT/work/a/b" # the working directory: ../../x is $ROOT/work/x
O="$T/o"            # captured output, outside ROOT
HOME="$ROOT/home"
TMPDIR="$ROOT/tmp"
export HOME TMPDIR
unset XDG_DATA_HOME
mkdir -p "$WORK" "$O" "$HOME" "$TMPDIR" || exit 1
chmod 700 "$HOME"

# run DATADIR NAME ARGS...: spiegel in $WORK, stdin from $O/NAME.in if that
# exists (else /dev/null), output in $O/NAME.out and $O/NAME.err, status in $st
run() {
	_d=$1 _n=$2
	shift 2
	_in=/dev/null
	[ -f "$O/$_n.in" ] && _in="$O/$_n.in"
	(cd "$WORK" && exec timeout 20 "$SPIEGEL" --data-dir "$_d" --content-dir "$CONTENT" "$@" \
		<"$_in" >"$O/$_n.out" 2>"$O/$_n.err")
	st=$?
}

# Lines answering every visie item: "1" for choices and likert items, TEXT
# and an empty line (not shared) for open items.
answers() { # TEXT
	python3 -c 'import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
for sec in q["sections"]:
    for it in sec["items"]:
        print(sys.argv[2] + "\n" if it["type"] == "open" else "1")' "$CONTENT/visie.json" "$1"
}

# modes_private DIR: every directory below and including DIR is 0700, every
# other file 0600
modes_private() {
	find "$1" -type d ! -perm 700 -exec stat -c '%a %n' {} + >"$O/modes" 2>&1
	find "$1" ! -type d ! -perm 600 -exec stat -c '%a %n' {} + >>"$O/modes" 2>&1
	[ -s "$O/modes" ] && bad_with "$O/modes" "not private under umask 000 (want dirs 700, files 600)"
	return 0
}

# odd_names DIR: the files in DIR/sessions that are neither <id>.json nor
# <id>.lock with a generated id (YYYYMMDD-HHMMSS-xxxxxx)
odd_names() {
	for _f in "$1"/sessions/* "$1"/sessions/.[!.]*; do
		[ -e "$_f" ] || continue
		_b=$(basename "$_f")
		case $_b in
		[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].json) ;;
		[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]-[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f].lock) ;;
		*) printf '%s\n' "$_b" ;;
		esac
	done
}

# the ids of the sessions in a data directory, in order
ids() {
	for _f in "$1"/sessions/*.json; do
		[ -f "$_f" ] && basename "$_f" .json
	done
}

tree() { # everything under ROOT (HOME, TMPDIR, WORK) but the data directories
	find "$ROOT" \( -path "$ROOT/data*" -o -path "$ROOT/xdg" -o -path "$HOME/.local" \) -prune -o -print |
		sort
}
tree >"$O/tree.before"

# ---------------------------------------------------------------- (a) modes

# --data-dir with two parents that do not exist yet
D="$ROOT/data-a/deeper"
answers "Mijn antwoord." >"$O/full.in"
run "$D" full start visie --plain
[ "$st" = 0 ] || bad_with "$O/full.err" "(a) full plain session: status $st"
printf '2\n2\nstop\n' >"$O/half.in"
run "$D" half start visie --plain
[ "$st" = 0 ] || bad_with "$O/half.err" "(a) half plain session: status $st"
id=$(sed -n 's/^Sessie-id: //p' "$O/half.out" | head -n 1)
printf '3\n' >"$O/resume.in"
run "$D" resume resume "$id" --plain
[ "$st" = 0 ] || bad_with "$O/resume.err" "(a) resume: status $st"
[ "$(ids "$D" | wc -l)" = 2 ] || bad "(a) expected 2 sessions in $D, found: $(ids "$D")"
modes_private "$ROOT/data-a"
odd_names "$D" >"$O/names"
[ -s "$O/names" ] && bad_with "$O/names" "(a) unexpected files (temp files left?) in the sessions directory"

# XDG_DATA_HOME (absolute, not there yet): $XDG_DATA_HOME/spiegel
XDG_DATA_HOME="$ROOT/xdg"
export XDG_DATA_HOME
(cd "$WORK" && timeout 20 "$SPIEGEL" --content-dir "$CONTENT" start visie --plain \
	<"$O/full.in" >"$O/xdg.out" 2>"$O/xdg.err")
st=$?
[ "$st" = 0 ] || bad_with "$O/xdg.err" "(a) session with XDG_DATA_HOME: status $st"
[ "$(ids "$ROOT/xdg/spiegel" | wc -l)" = 1 ] || bad "(a) no session in \$XDG_DATA_HOME/spiegel/sessions"
modes_private "$ROOT/xdg"

# a relative XDG_DATA_HOME is ignored: ~/.local/share/spiegel
XDG_DATA_HOME=rel/xdg
(cd "$WORK" && timeout 20 "$SPIEGEL" --content-dir "$CONTENT" start visie --plain \
	<"$O/half.in" >"$O/rel.out" 2>"$O/rel.err")
st=$?
unset XDG_DATA_HOME
[ "$st" = 0 ] || bad_with "$O/rel.err" "(a) session with a relative XDG_DATA_HOME: status $st"
[ -e "$WORK/rel" ] && bad "(a) a relative XDG_DATA_HOME was used: $WORK/rel exists"
[ "$(ids "$HOME/.local/share/spiegel" | wc -l)" = 1 ] ||
	bad "(a) with a relative XDG_DATA_HOME the session is not in ~/.local/share/spiegel"
modes_private "$HOME/.local"

# -------------------------------------------------------- (b) hostile names
D="$ROOT/data-b"
printf '1\nstop\n' >"$O/b0.in"
run "$D" b0 start visie --plain --participant "Anna"
[ "$st" = 0 ] || bad_with "$O/b0.err" "(b) start: status $st"
ls -A "$D/sessions" >"$O/b.before"
long=$(printf '%0300d' 0 | tr 0 x)
nlesc=$(printf 'x\ny\033[31mz')
# An embedded NUL cannot be passed: argv strings end at the first NUL, so
# 'a<NUL>b' arrives as 'a'. The nearest are other control characters (\001
# here, newline and ESC above) and the cut-off name itself.
soh=$(printf 'a\001b')
for cmd in resume report delete; do
	for name in ../../x a/b ../../x.json "$long" "$nlesc" "$soh" a .. .; do
		run "$D" bn "$cmd" "$name" --plain
		case $st in
		1) ;;
		*) bad_with "$O/bn.err" "(b) spiegel $cmd '$(show "$name")': status $st, expected 1" ;;
		esac
		[ -s "$O/bn.err" ] || bad "(b) spiegel $cmd '$(show "$name")': no message"
	done
done
ls -A "$D/sessions" >"$O/b.after"
cmp -s "$O/b.before" "$O/b.after" ||
	bad "(b) hostile SESSION names changed the sessions directory: $(diff "$O/b.before" "$O/b.after" | tr '\n' ' ')"

# --participant: the name is data, never part of a path
for name in ../../x a/b "/etc/passwd" "$(printf 'Anna\nBert')" "$(printf 'Anna\033[2J')" "$soh"; do
	run "$D" bp start visie --plain --participant "$name"
	# refusing the name is fine; accepting it must give a readable session
	[ "$st" = 0 ] || continue
	id=$(sed -n 's/^Sessie-id: //p' "$O/bp.out" | head -n 1)
	if [ -z "$id" ] || [ ! -f "$D/sessions/$id.json" ]; then
		bad_with "$O/bp.out" "(b) start --participant '$(show "$name")': no session file named by the id"
		continue
	fi
	run "$D" bpr report "$id"
	[ "$st" = 0 ] ||
		bad_with "$O/bpr.err" "(b) start --participant '$(show "$name")' (status 0) made a session that cannot be read back: report status $st"
done
run "$D" bl start visie --plain --participant "$long"
[ "$st" = 2 ] || bad_with "$O/bl.err" "(b) a 300-character participant: status $st, expected 2"
odd_names "$D" >"$O/names"
[ -s "$O/names" ] && bad_with "$O/names" "(b) session files without a generated name"
# one line per session in the listing: a name cannot start a line of its own
# or carry control characters to the terminal
run "$D" bls list --sessions
n_ids=$(ids "$D" | wc -l)
n_lines=$(wc -l <"$O/bls.out")
[ "$n_lines" = "$n_ids" ] ||
	bad_with "$O/bls.out" "(b) list --sessions prints $n_lines lines for $n_ids sessions (a name with a newline?)"
if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$O/bls.out"; then
	bad_with "$O/bls.out" "(b) list --sessions prints control characters from a participant name"
fi

# delete with a path names that file: a copy outside the data directory is
# never a reason to delete the session inside it
run "$D" bc0 start visie --plain
id=$(sed -n 's/^Sessie-id: //p' "$O/bc0.out" | head -n 1)
mkdir -p "$WORK/kopie" "$D/sessions-kopie"
cp "$D/sessions/$id.json" "$WORK/kopie/$id.json"
cp "$D/sessions/$id.json" "$D/sessions-kopie/$id.json"
for copy in "kopie/$id.json" "$D/sessions-kopie/$id.json" "$WORK/kopie/$id.json"; do
	run "$D" bc delete "$copy"
	if [ ! -f "$D/sessions/$id.json" ]; then
		bad "(b) 'spiegel delete $copy' (status $st) deleted the session $id in the data directory instead"
		cp "$WORK/kopie/$id.json" "$D/sessions/$id.json"
	elif [ "$st" != 1 ] || ! contains "$O/bc.err" "ligt niet in je sessiemap"; then
		bad_with "$O/bc.err" "(b) 'spiegel delete $copy': status $st, expected 1 and 'ligt niet in je sessiemap'"
	fi
done
rm -rf "$WORK/kopie" "$D/sessions-kopie"

# control characters typed in plain mode (an arrow key sends ESC [ D) must
# not make the session unreadable
answers "$(printf 'Mijn antwoord\033[D met een pijltje')" | sed '/pijltje/q' >"$O/esc.in"
run "$D" esc start visie --plain
id=$(sed -n 's/^Sessie-id: //p' "$O/esc.out" | head -n 1)
if [ "$st" = 0 ] && [ -n "$id" ]; then
	run "$D" escr report "$id"
	[ "$st" = 0 ] || bad_with "$O/escr.err" "(b) an answer typed with ESC in plain mode made the session unreadable (report status $st)"
	printf '\n' >"$O/escm.in"
	run "$D" escm resume "$id" --plain
	[ "$st" = 0 ] || bad_with "$O/escm.err" "(b) an answer typed with ESC in plain mode: resume status $st"
else
	bad_with "$O/esc.err" "(b) plain session with ESC in an answer: status $st"
fi

tree >"$O/tree.after"
cmp -s "$O/tree.before" "$O/tree.after" ||
	bad "(b) files appeared outside the data directories: $(diff "$O/tree.before" "$O/tree.after" | grep '^[<>]' | tr '\n' ' ')"

# ------------------------------------------------------------- (c) canary
D="$ROOT/data-c"
answers "$CANARY is wat ik niemand vertel." >"$O/c.in"
run "$D" c start visie --plain
[ "$st" = 0 ] || bad_with "$O/c.err" "(c) plain session with the canary: status $st"
id=$(sed -n 's/^Sessie-id: //p' "$O/c.out" | head -n 1)
[ -n "$id" ] || fail_with "$O/c.out" "(c) no session id"
SF="$D/sessions/$id.json"
contains "$SF" "$CANARY" || fail "(c) the canary is not in the session file"
errs="c.err"

# the user's own report holds the open answers (documented)
for f in text markdown json; do
	run "$D" "crep-$f" report "$id" --format "$f"
	[ "$st" = 0 ] || bad_with "$O/crep-$f.err" "(c) report --format $f: status $st"
	contains "$O/crep-$f.out" "$CANARY" ||
		bad "(c) report --format $f lacks the open answers (README: je antwoorden op de open vragen)"
	errs="$errs crep-$f.err"
done
mkdir "$O/export"
run "$D" cexp report "$id" --format markdown -o "$O/export/rapport.md"
[ "$st" = 0 ] || bad_with "$O/cexp.err" "(c) report -o: status $st"
[ "$(ls -A "$O/export")" = rapport.md ] || bad "(c) report -o left other files: $(ls -A "$O/export")"
[ "$(stat -c %a "$O/export/rapport.md")" = 600 ] ||
	bad "(c) the report written with -o has mode $(stat -c %a "$O/export/rapport.md"), expected 600"
errs="$errs cexp.err"
# -o onto a directory fails; no temporary copy of the report may stay behind
mkdir "$O/export2" "$O/export2/rapport.md"
run "$D" cexp2 report "$id" -o "$O/export2/rapport.md"
[ "$st" = 1 ] || bad_with "$O/cexp2.err" "(c) report -o onto a directory: status $st, expected 1"
[ "$(ls -A "$O/export2")" = rapport.md ] || bad "(c) a failed report -o left files: $(ls -A "$O/export2")"
grep -rl "$CANARY" "$O/export2" >"$O/found" && bad_with "$O/found" "(c) a failed report -o left the canary on disk"
errs="$errs cexp2.err"

# outputs that never hold an answer
for cmd in "list" "list --sessions" "check"; do
	n=$(echo "$cmd" | tr ' -' '__')
	# shellcheck disable=SC2086
	run "$D" "cl$n" $cmd
	# (check is about the content, which is not this test's business)
	[ "$st" = 0 ] || [ "$cmd" = check ] || bad_with "$O/cl$n.err" "(c) spiegel $cmd: status $st"
	contains "$O/cl$n.out" "$CANARY" && bad "(c) the canary appears in the output of spiegel $cmd"
	errs="$errs cl$n.err"
done

# the outputs for a trainer or coach: the canary is a private open answer
# (not marked shared), so it may appear in none of them, nor on their stderr,
# nor in any file they leave, even with --names and a group of one
mkdir "$O/handin" "$O/groupin" "$O/groupout"
run "$D" cx export "$id" --alias K1 -o "$O/handin/k1.json"
[ "$st" = 0 ] || bad_with "$O/cx.err" "(c) export: status $st"
contains "$O/cx.out" "1 privé en weggelaten" || contains "$O/cx.out" "privé en weggelaten" ||
	bad_with "$O/cx.out" "(c) export does not say that private answers were left out"
run "$D" cx2 export "$id"
[ "$st" = 0 ] || bad_with "$O/cx2.err" "(c) export to stdout: status $st"
errs="$errs cx.err cx2.err"
for f in cx.out cx2.out; do
	contains "$O/$f" "$CANARY" && bad "(c) the canary appears in the output of spiegel export ($f)"
done
cp "$SF" "$O/groupin/sessie.json"
cp "$O/handin/k1.json" "$O/groupin/k1.json"
for f in text markdown html csv json; do
	for names in "" --names; do
		n="cg-$f$names"
		# shellcheck disable=SC2086
		run "$D" "$n" group --min-group 1 $names --format "$f" -o "$O/groupout/g-$f$names" \
			"$O/groupin"
		[ "$st" = 0 ] || bad_with "$O/$n.err" "(c) group --format $f $names: status $st"
		errs="$errs $n.err"
		contains "$O/$n.out" "$CANARY" && bad "(c) the canary appears in the output of spiegel group --format $f $names"
	done
done
run "$D" cg-tty group --min-group 1 "$O/groupin"
errs="$errs cg-tty.err"
contains "$O/cg-tty.out" "Deelnemers: 1" || bad_with "$O/cg-tty.out" "(c) group to stdout did not report one participant (the hand-in is the same session)"
contains "$O/cg-tty.out" "$CANARY" && bad "(c) the canary appears in the group report on stdout"
run "$D" ccmp compare "$id" "$O/handin/k1.json"
[ "$st" = 0 ] || bad_with "$O/ccmp.err" "(c) compare: status $st"
errs="$errs ccmp.err"
contains "$O/ccmp.out" "$CANARY" && bad "(c) the canary appears in the output of spiegel compare"
grep -rl "$CANARY" "$O/handin" "$O/groupout" >"$O/found" &&
	bad_with "$O/found" "(c) the canary is in a file written by export or group"
[ "$(find "$O/handin" "$O/groupout" -type f ! -perm 600 | wc -l)" = 0 ] ||
	bad "(c) export or group wrote a file that is not mode 0600: $(find "$O/handin" "$O/groupout" -type f ! -perm 600)"
[ "$(ls -A "$O/groupout" | wc -l)" = 10 ] ||
	bad "(c) group left other files than its 10 reports: $(ls -A "$O/groupout")"

# error paths while the session is open elsewhere (the lock is held by a
# plain-mode resume that waits for input on a FIFO). Resuming a session with
# every item answered finishes it at once, so one likert answer is taken out
# first to make the holder wait at that question.
python3 - "$SF" <<'PY' || fail "(c) cannot reopen the session"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["finished"] = False
k = next(k for k, v in s["answers"].items() if "value" in v)
del s["answers"][k]
json.dump(s, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False)
PY
mkfifo "$O/fifo"
(cd "$WORK" && exec timeout 60 "$SPIEGEL" --data-dir "$D" --content-dir "$CONTENT" resume "$id" --plain \
	<"$O/fifo" >"$O/holder.out" 2>"$O/holder.err") &
holder=$!
exec 7>"$O/fifo"
i=0
while ! grep -q '^> ' "$O/holder.out" 2>/dev/null && [ $i -lt 200 ]; do
	sleep 0.1
	i=$((i + 1))
done
grep -q '^> ' "$O/holder.out" || bad_with "$O/holder.err" "(c) the session could not be opened to hold the lock"
run "$D" clock resume "$id" --plain
if [ "$st" != 1 ] || ! contains "$O/clock.err" "al geopend"; then
	bad_with "$O/clock.err" "(c) resume of an open session: status $st, expected 1 and 'al geopend'"
fi
run "$D" cdel delete "$id" --ja
if [ "$st" != 1 ] || ! contains "$O/cdel.err" "al geopend"; then
	bad_with "$O/cdel.err" "(c) delete of an open session: status $st, expected 1 and 'al geopend'"
fi
[ -f "$SF" ] || fail "(c) delete removed an open session"
run "$D" crepl report "$id"
errs="$errs clock.err cdel.err crepl.err"
# the lock file holds who has the session open, never what is in it
grep -l "$CANARY" "$D"/sessions/*.lock >"$O/found" 2>/dev/null && bad_with "$O/found" "(c) the canary is in a lock file"
echo stop >&7
exec 7>&-
wait "$holder" || bad_with "$O/holder.err" "(c) the lock holder ended with an error"
errs="$errs holder.err"

# broken copies of the session, each broken right at the canary: no message
# may quote the answer
python3 - "$SF" "$O/broken" "$CANARY" <<'PY' || fail "(c) cannot make the broken copies"
import json, os, sys
src, out, canary = sys.argv[1], sys.argv[2], sys.argv[3]
raw = open(src, "rb").read()
s = json.loads(raw)
os.makedirs(out)
open_item = next(k for k, v in s["answers"].items() if canary in v.get("text", ""))
i = raw.index(canary.encode()) + 4
cases = {
    "truncated": raw[:i],                                   # ends inside the answer
    "bad-utf8": raw[:i] + b"\xc0\xaf" + raw[i:],            # invalid UTF-8 in it
    "control": raw[:i] + b"\x1b" + raw[i:],                 # a raw control character
    "nul": raw[:i] + b"\\u0000" + raw[i:],                  # \u0000 in it
}
def variant(name, fn):
    t = json.loads(raw)
    fn(t)
    cases[name] = json.dumps(t, ensure_ascii=False).encode()
likert = next(k for k, v in s["answers"].items() if "value" in v)
choice = next(k for k, v in s["answers"].items() if "choice" in v)
variant("too-long", lambda t: t["answers"][open_item].update(text=t["answers"][open_item]["text"] + "x" * 4000))
variant("on-likert", lambda t: t["answers"].update({likert: {"text": canary}}))
variant("as-choice", lambda t: t["answers"].update({choice: {"choice": canary}}))
variant("as-value", lambda t: t["answers"].update({likert: {"value": canary}}))
variant("future", lambda t: t.update(format="spiegel-session/2"))
variant("bad-stamp", lambda t: t.update(updated=canary))
for name, data in cases.items():
    with open(os.path.join(out, s["id"][:16] + name + ".json"), "wb") as f:
        f.write(data)
PY
for f in "$O"/broken/*.json; do
	b=$(basename "$f" .json)
	run "$D" "cb-$b" report "$f"
	[ "$st" = 1 ] || bad_with "$O/cb-$b.err" "(c) report of the broken copy $b: status $st, expected 1"
	errs="$errs cb-$b.err"
	run "$D" "cbr-$b" resume "$f" --plain
	[ "$st" = 1 ] || bad_with "$O/cbr-$b.err" "(c) resume of the broken copy $b: status $st, expected 1"
	errs="$errs cbr-$b.err"
	# in a data directory of its own: list --sessions says it is unreadable
	mkdir -p "$ROOT/data-cb-$b/sessions" && chmod 700 "$ROOT/data-cb-$b" "$ROOT/data-cb-$b/sessions"
	cp "$f" "$ROOT/data-cb-$b/sessions/$b.json"
	run "$ROOT/data-cb-$b" "cbl-$b" list --sessions
	contains "$O/cbl-$b.out" "$CANARY" && bad_with "$O/cbl-$b.out" "(c) list --sessions quotes the canary from the broken copy $b"
	errs="$errs cbl-$b.err"
	rm -rf "$ROOT/data-cb-$b"
done

# ------------------------------------------------------------ (d) feedback
mkdir "$O/fb" "$O/fb/antw"
run "$D" fi invite visie --name "Anna" -o "$O/fb/formulier.html"
[ "$st" = 0 ] || bad_with "$O/fi.err" "(d) invite: status $st"
errs="$errs fi.err"
for i in 1 2 3; do
	{
		echo "$i"
		python3 -c 'import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
print("\n".join(str((k + int(sys.argv[2])) % 6) for k, it in enumerate(
    [it for s in q["sections"] for it in s["items"] if it["type"] == "likert"])))' \
			"$CONTENT/visie.json" "$i"
		echo "Open antwoord $i"
		echo ""
	} >"$O/fo$i.in"
	run "$D" "fo$i" observe "$O/fb/formulier.html" -o "$O/fb/antw/a$i.json" --plain
	[ "$st" = 0 ] || bad_with "$O/fo$i.err" "(d) observe $i: status $st"
	errs="$errs fo$i.err"
	contains "$O/fo$i.out" "$CANARY" && bad "(d) the canary appears in what observe shows"
	for w in Anna 2026 "$id"; do
		contains "$O/fb/antw/a$i.json" "$w" && bad "(d) answer file $i holds '$w'"
	done
done
for f in text markdown html json csv; do
	run "$D" "fr-$f" report "$id" --feedback "$O/fb/antw" --format "$f" -o "$O/fb/rapport.$f"
	[ "$st" = 0 ] || bad_with "$O/fr-$f.err" "(d) report --feedback --format $f: status $st"
	run "$D" "ff-$f" feedback "$O/fb/antw" --format "$f"
	[ "$st" = 0 ] || bad_with "$O/ff-$f.err" "(d) feedback --format $f: status $st"
	contains "$O/ff-$f.out" "$CANARY" && bad "(d) the canary appears in spiegel feedback --format $f"
	errs="$errs fr-$f.err ff-$f.err"
done
grep -rl "$CANARY" "$O/fb" "$D/feedback" >"$O/found" && bad_with "$O/found" "(d) the canary is in a feedback file (form, round, answer or report)"
[ "$(find "$O/fb" "$D/feedback" -type f ! -perm 600 | wc -l)" = 0 ] ||
	bad "(d) feedback files not 0600: $(find "$O/fb" "$D/feedback" -type f ! -perm 600)"
[ "$(stat -c %a "$D/feedback")" = 700 ] || bad "(d) $D/feedback is not 0700"

# ---------------------------------------------------- (f) meeting notes
NC=NOTITIE4471 # the meeting canary: NC-casus, NC-vragen, ...
DE="$ROOT/data-e"
GID=20261201-090000-c0ffee
mkdir -p "$DE/intervisie" && chmod 700 "$DE" "$DE/intervisie"
meeting_group() { # CONSENTED-THEMES... : the group file, these themes shared
	python3 - "$DE/intervisie/$GID.json" "$NC" "$@" <<'PY'
import json, sys
path, nc, shared = sys.argv[1], sys.argv[2], sys.argv[3:]
themes = ["casus", "vragen", "inzicht", "stappen", "terugblik", "groepsbeeld"]
def m(date, **kw):
    base = {"date": date, "method": "alact", "situatie": "", "vraag": "", "geprobeerd": "",
            "agenda": "", "vragen": "", "inzicht": "", "tags": ["VIS.A1"], "steps": [],
            "followups": []}
    base.update(kw)
    return base
g = {"format": "spiegel-intervisie/2", "id": "20261201-090000-c0ffee", "name": "Groep E",
     "questionnaire": {"id": "visie", "version": "1.0.0"},
     "created": "2026-12-01T09:00:00Z", "updated": "2026-12-01T09:00:00Z",
     "participants": [{"alias": a, "answers": {}} for a in ("Anouk", "Bram", "Zoë")],
     "consent": {t: t in shared for t in themes},
     "meetings": [
         m("2026-12-01", inbrenger="Bram", situatie="Situatie %s-casus." % nc,
           vraag="Vraag %s-casus?" % nc, geprobeerd="Al %s-casus." % nc,
           vragen="Hypothese %s-vragen." % nc, inzicht="Inzicht %s-inzicht." % nc,
           steps=[{"alias": "Anouk", "text": "Stap %s-stappen." % nc, "date": "2027-01-01",
                   "signal": "Signaal %s-stappen." % nc}]),
         m("2027-01-12", followups=[{"alias": "Anouk", "from": 1, "status": "deels",
                                     "what": "Gebeurd %s-terugblik." % nc}])]}
open(path, "w", encoding="utf-8").write(json.dumps(g, ensure_ascii=False, indent=2) + "\n")
PY
	chmod 600 "$DE/intervisie/$GID.json"
}
# meeting_reports TAG: every group report of both meetings into $O/mr-TAG-*
meeting_reports() {
	for n in 1 2; do
		for f in markdown html; do
			run "$DE" "mr-$1-$n-$f" intervisie "$GID" verslag "$n" --format "$f"
			[ "$st" = 0 ] || bad_with "$O/mr-$1-$n-$f.err" "(f) intervisie verslag $n --format $f: status $st"
			errs="$errs mr-$1-$n-$f.err"
		done
	done
	cat "$O"/mr-"$1"-*.out >"$O/mr-$1.all"
}
meeting_group
meeting_reports none
for t in casus vragen inzicht stappen terugblik; do
	contains "$O/mr-none.all" "$NC-$t" && bad "(f) without consent, the group's meeting report holds the $t"
done
# consent for the casus and the follow-up only
meeting_group casus terugblik
meeting_reports some
for t in casus terugblik; do
	contains "$O/mr-some.all" "$NC-$t" || bad "(f) with consent, the group's meeting report lacks the $t"
done
for t in vragen inzicht stappen; do
	contains "$O/mr-some.all" "$NC-$t" && bad "(f) the group's meeting report holds the $t without consent"
done
# the group's copy written with -o, and the coach's copy
run "$DE" mr-o intervisie "$GID" verslag 1 --format html -o "$WORK/verslag-groep.html"
[ "$st" = 0 ] || bad_with "$O/mr-o.err" "(f) intervisie verslag -o: status $st"
for t in vragen inzicht stappen; do
	contains "$WORK/verslag-groep.html" "$NC-$t" && bad "(f) the group's report written with -o holds the $t"
done
rm -f "$WORK/verslag-groep.html"
run "$DE" mr-coach intervisie "$GID" verslag 1 --coach -o "$WORK/verslag-coach.md"
[ "$st" = 0 ] || bad_with "$O/mr-coach.err" "(f) intervisie verslag --coach: status $st"
for t in casus vragen inzicht stappen; do
	contains "$WORK/verslag-coach.md" "$NC-$t" || bad "(f) the coach's copy lacks the $t"
done
run "$DE" mr-list intervisie "$GID" bijeenkomsten
[ "$st" = 0 ] || bad_with "$O/mr-list.err" "(f) intervisie bijeenkomsten: status $st"
contains "$O/mr-list.out" "$NC" && bad "(f) the list of meetings holds a note"
errs="$errs mr-o.err mr-coach.err mr-list.err"
# a copy broken right at the canary: the message does not repeat it
sed "s/$NC-casus\./$NC-casus\x01./" "$DE/intervisie/$GID.json" >"$O/broken-group.json"
run "$DE" mr-broken intervisie "$O/broken-group.json" verslag
[ "$st" = 1 ] || bad_with "$O/mr-broken.err" "(f) a broken group file: status $st, expected 1"
contains "$O/mr-broken.err" "$NC" && bad_with "$O/mr-broken.err" "(f) the message about a broken group file repeats the note"
contains "$O/mr-broken.out" "$NC" && bad "(f) a broken group file: the note on stdout"
for e in mr-broken.err $errs; do
	contains "$O/$e" "$NC" && bad_with "$O/$e" "(f) a meeting note on stderr ($e)"
done
grep -rl "$NC" "$ROOT" "$HOME" "$TMPDIR" 2>/dev/null | sort -u >"$O/found-e"
printf '%s\n%s\n' "$DE/intervisie/$GID.json" "$WORK/verslag-coach.md" | sort >"$O/want-e"
cmp -s "$O/found-e" "$O/want-e" || bad_with "$O/found-e" "(f) a meeting note on disk outside the group file and the coach's copy"
rm -f "$WORK/verslag-coach.md"
modes_private "$DE"

# stderr never holds the canary
for e in $errs; do
	contains "$O/$e" "$CANARY" && bad_with "$O/$e" "(c) the canary appears on stderr ($e)"
done
# on disk only in the session file itself (and the report written with -o)
grep -rl "$CANARY" "$ROOT" "$HOME" "$TMPDIR" 2>/dev/null | sort -u >"$O/found"
printf '%s\n' "$SF" >"$O/want"
cmp -s "$O/found" "$O/want" || bad_with "$O/found" "(c) the canary is on disk outside the session file $SF"

# ------------------------------------------------- (e) plans, portfolio
D="$ROOT/data-d"
PCANARY=VOORNEMEN4417 MCANARY=GEKOZEN5521
# visie: the first open answer is chosen for the portfolio, the others stay
# private (the canary of (c)); then an own voornemen with the plan canary,
# and the first reflection marked
python3 -c 'import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
first = True
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] == "open":
            print((sys.argv[2] if first else sys.argv[3]) + "\n")
            first = False
        else:
            print("1")' "$CONTENT/visie.json" "$MCANARY wil ik laten zien." "$CANARY blijft van mij." >"$O/d.in"
# (every likert answer the same: first the focus question, Enter: no choice)
printf '\ne\n%s voornemen\n%s eerste stap\n2026-12-20\n%s collega\n%s teken\n1\n' \
	"$PCANARY" "$PCANARY" "$PCANARY" "$PCANARY" >>"$O/d.in"
(cd "$WORK" && exec env SPIEGEL_TODAY=2026-12-01 timeout 20 "$SPIEGEL" --data-dir "$D" --content-dir "$CONTENT" \
	start visie --plain <"$O/d.in" >"$O/d.out" 2>"$O/d.err")
st=$?
[ "$st" = 0 ] || bad_with "$O/d.err" "(e) plain session with a voornemen: status $st"
did=$(sed -n 's/^Sessie-id: //p' "$O/d.out" | head -n 1)
pid=$(sed -n 's/.*Opgeslagen: voornemen \([0-9a-f-]*\) .*/\1/p' "$O/d.out" | head -n 1)
[ -n "$pid" ] || bad_with "$O/d.out" "(e) no voornemen was saved"
contains "$O/d.out" "1 van de 8 antwoorden van deze sessie staat in je portfolio" ||
	bad_with "$O/d.out" "(e) the reflection was not marked for the portfolio"
printf '1\n%s gebeurd\n%s geleerd\n1\n' "$PCANARY" "$PCANARY" >"$O/dup.in"
(cd "$WORK" && exec env SPIEGEL_TODAY=2026-12-20 timeout 20 "$SPIEGEL" --data-dir "$D" --content-dir "$CONTENT" \
	plan update "$pid" <"$O/dup.in" >"$O/dup.out" 2>"$O/dup.err")
st=$?
[ "$st" = 0 ] || bad_with "$O/dup.err" "(e) plan update: status $st"
derrs="d.err dup.err"
grep -l "$PCANARY" "$D"/plans/*.json >"$O/found" 2>/dev/null || bad "(e) the plan canary is not in the voornemen's file"
# the user's own outputs hold it
for cmd in "plan" "plan show $pid"; do
	n=$(echo "$cmd" | tr ' -' '__' | cut -c1-20)
	# shellcheck disable=SC2086
	run "$D" "dp$n" $cmd
	[ "$st" = 0 ] || bad_with "$O/dp$n.err" "(e) spiegel $cmd: status $st"
	contains "$O/dp$n.out" "$PCANARY" || bad_with "$O/dp$n.out" "(e) spiegel $cmd lacks the voornemen"
	derrs="$derrs dp$n.err"
done
mkdir "$O/pf"
for f in md html; do
	run "$D" "dpf-$f" portfolio -o "$O/pf/portfolio.$f"
	[ "$st" = 0 ] || bad_with "$O/dpf-$f.err" "(e) portfolio -o portfolio.$f: status $st"
	derrs="$derrs dpf-$f.err"
	contains "$O/pf/portfolio.$f" "$PCANARY" || bad "(e) the portfolio ($f) lacks the voornemen and its look back"
	contains "$O/pf/portfolio.$f" "$MCANARY" || bad "(e) the portfolio ($f) lacks the reflection marked for it"
	contains "$O/pf/portfolio.$f" "$CANARY" && bad "(e) the portfolio ($f) holds a private open answer that was not marked"
done
run "$D" dpf-out portfolio
contains "$O/dpf-out.out" "$CANARY" && bad "(e) the portfolio on stdout holds a private open answer"
[ "$(find "$O/pf" -type f ! -perm 600 | wc -l)" = 0 ] || bad "(e) a portfolio file is not mode 0600"
# never over a voornemen, never into spiegel's own directories
pf_file=$(ls "$D"/plans/*.json | grep -v portfolio.json | head -n 1)
cp "$pf_file" "$O/plan.before"
run "$D" dpo1 portfolio -o "$pf_file"
[ "$st" = 1 ] || bad_with "$O/dpo1.err" "(e) portfolio -o over a voornemen: status $st, expected 1"
cmp -s "$pf_file" "$O/plan.before" || bad "(e) portfolio -o changed a voornemen"
run "$D" dpo2 portfolio -o "$D/plans/p.md"
[ "$st" = 1 ] || bad_with "$O/dpo2.err" "(e) portfolio -o into the plans directory: status $st, expected 1"
run "$D" dpo3 portfolio -o "$D/plans/portfolio.json"
[ "$st" = 1 ] || bad_with "$O/dpo3.err" "(e) portfolio -o over the portfolio choices: status $st, expected 1"
derrs="$derrs dpo1.err dpo2.err dpo3.err"
# what others see never holds a voornemen or the portfolio
mkdir "$O/dh" "$O/dg"
run "$D" dx export "$did" --alias K9 -o "$O/dh/k9.json"
[ "$st" = 0 ] || bad_with "$O/dx.err" "(e) export: status $st"
run "$D" drep report "$did" --format markdown
run "$D" dcmp compare "$did" "$did"
derrs="$derrs dx.err drep.err dcmp.err"
for f in text markdown html csv json; do
	for src in "$D" "$D/plans" "$O/dh"; do
		n="dg-$f-$(basename "$src")"
		run "$D" "$n" group --min-group 1 --names --format "$f" -o "$O/dg/$n" "$src"
		derrs="$derrs $n.err"
	done
done
for f in dx.out drep.out dcmp.out; do
	contains "$O/$f" "$PCANARY" && bad "(e) the plan canary appears in $f"
done
grep -rl "$PCANARY\|$MCANARY" "$O/dh" "$O/dg" >"$O/found" &&
	bad_with "$O/found" "(e) a hand-in or group report holds a voornemen or a portfolio choice"
for e in $derrs; do
	grep -l "$PCANARY\|$CANARY\|$MCANARY" "$O/$e" >/dev/null 2>&1 && bad_with "$O/$e" "(e) a canary appears on stderr ($e)"
done
# on disk: the plan canary only in the voornemen and the portfolio written
grep -rl "$PCANARY" "$ROOT" "$HOME" "$TMPDIR" "$O/dh" "$O/dg" 2>/dev/null | sort -u >"$O/found"
ls "$D"/plans/*.json | grep -v portfolio.json | sort >"$O/want"
cmp -s "$O/found" "$O/want" || bad_with "$O/found" "(e) the plan canary is on disk outside its voornemen"
modes_private "$D"

# ------------------------------------------------- all data directories
modes_private "$ROOT/data-b"
modes_private "$ROOT/data-c"
[ -z "$(ls -A "$TMPDIR")" ] || bad "spiegel made files in TMPDIR: $(ls -A "$TMPDIR")"

if [ "$failed" -gt 0 ]; then
	echo "FAIL ($TEST_NAME): $failed privacy checks failed (see above)" >&2
	exit 1
fi
echo "privacy: all checks passed"
exit 0
