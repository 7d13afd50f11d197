#!/bin/bash
# Syscall fault matrix: strace makes one system call of a save fail, for
# openat, write, fsync, close and rename(at) of that save and the errors EIO,
# ENOSPC, EACCES and EINTR (strace -e inject=SC:error=E:when=N).
#
# The save under test is the one after an answer to an existing session in
# plain mode (spiegel resume ID --plain, answer "2" to question 2); its calls
# are the ones after the prompt is written to stdout, told apart by their
# descriptors: openat of the directory, openat/write/fsync/close of the temp
# file, rename, fsync and close of the directory. N (strace counts every
# call of a kind from the start, the dynamic loader included) comes from the
# same run traced once without faults, and every injected run checks in its
# own trace that exactly the intended call was failed, or is repeated.
#
# Expected:
#  - EINTR: invisible; no warning, the new answer is on disk;
#  - any other error before the rename is committed (the open of the
#    directory, the temp file's openat/write/fsync/close, the rename):
#    "NIET OPGESLAGEN" naming the error, the session file byte-identical to
#    before, no temp file left, and the next answer saves both answers;
#  - the fsync of the directory (after the rename): "NIET OPGESLAGEN" (the
#    rename may not be durable); the file is then the complete new version
#    (the old one cannot be brought back), no temp file, the next answer
#    saves both;
#  - the close of the directory descriptor after its successful fsync: the
#    save is complete and durable, so no warning.
# Every run must end with exit status 0 (the answers are saved at the end of
# the input). Prints "faults injected: N"; exit 77 when strace cannot run.
. "$SRCDIR/test/reliability/lib.sh"
rel_init fault_matrix

command -v strace >/dev/null 2>&1 || skip "strace is not installed"
strace -f -qq -o /dev/null -e trace=getpid -e inject=getpid:retval=1 true >/dev/null 2>&1 ||
	skip "strace cannot trace or inject here (ptrace not permitted?)"

TRACE=openat,write,fsync,close,rename,renameat,renameat2
ERRNOS="EIO ENOSPC EACCES EINTR"
declare -A STRERROR=([EIO]="Input/output error" [ENOSPC]="No space left on device"
	[EACCES]="Permission denied")

# A session with an answer to question 1: the "old file".
printf '1\n' | sp start visie --plain >"$T/start.out" 2>&1 ||
	fail_with "$T/start.out" "spiegel start visie --plain"
F=$(session_file) || exit 1
ID=$(session_id "$F")
cp -a "$DATA" "$T/base" || fail "cp"
cp "$F" "$T/before"

# run_case TAG [STRACE OPTIONS...]: resume the session under strace on a
# fresh copy of the data; answer 2 to question 2 (the save under test) and
# 3 to question 3 (the retry), then end the input. Leaves per step:
# TAG.seg0..3 (output), TAG.after1/2 (the session file), TAG.tmp1/2 (temp
# files), TAG.trace, and STATUS.
run_case() {
	local tag=$1
	shift
	rm -rf "$DATA" && cp -a "$T/base" "$DATA" || fail "cp"
	rm -f "$T/$tag".*
	OUTLOG="$T/$tag.seg0"
	spawn strace -f -qq -o "$T/$tag.trace" -e trace="$TRACE" "$@" \
		"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$ID" --plain
	wait_for '^\[vraag 2 van ' || { finish_proc; fail_with "$OUTLOG" "$tag: no question 2"; }
	OUTLOG="$T/$tag.seg1"
	send 2
	wait_for '^\[vraag 3 van ' || { finish_proc; fail_with "$OUTLOG" "$tag: no question 3"; }
	# question 3 is shown after the save of answer 2 has returned
	cp "$F" "$T/$tag.after1" 2>/dev/null
	temp_files "$DATA/sessions" >"$T/$tag.tmp1"
	OUTLOG="$T/$tag.seg2"
	send 3
	wait_for '^\[vraag 4 van ' || { finish_proc; fail_with "$OUTLOG" "$tag: no question 4"; }
	cp "$F" "$T/$tag.after2" 2>/dev/null
	temp_files "$DATA/sessions" >"$T/$tag.tmp2"
	OUTLOG="$T/$tag.seg3"
	finish_proc
	OUTLOG=/dev/null
}

# roles TRACE K: the calls of the save after the K-th write to stdout (the
# prompt before the answer) by role, one a line: ROLE SYSCALL N INJECTED,
# where N counts the calls of SYSCALL from the start of the trace (as
# strace's when=N does) and INJECTED is 1 if strace failed that call; then
# "total - M -" with M the number of injected calls in the whole trace.
roles() {
	awk -v K="$2" '
	{
		line = $0
		sub(/^[0-9]+ +/, "", line)
		if (!match(line, /^[a-z_0-9]+\(/))
			next
		name = substr(line, 1, RLENGTH - 1)
		n[name]++
		inj = line ~ /\(INJECTED\)$/
		total += inj
		if (name == "write" && line ~ /^write\(1,/) {
			w1++
			next
		}
		if (w1 != K)
			next
		ret = ""
		if (match(line, /\) += -?[0-9]+/)) {
			ret = substr(line, RSTART, RLENGTH)
			sub(/.*= */, "", ret)
		}
		role = ""
		if (name == "openat" && line ~ /^openat\(AT_FDCWD, "[^"]*\/sessions",/ && line ~ /O_DIRECTORY/) {
			role = "openat-dir"
			if (ret != "" && ret + 0 >= 0 && dfd == "")
				dfd = ret
		} else if (name == "openat" && line ~ /\.json\.tmp-/) {
			role = "openat-tmp"
			if (ret != "" && ret + 0 >= 0 && tfd == "")
				tfd = ret
		} else if (name == "write" && tfd != "" && index(line, "write(" tfd ",") == 1) {
			role = "write-tmp"
		} else if (name == "fsync" && tfd != "" && index(line, "fsync(" tfd ")") == 1) {
			role = "fsync-tmp"
		} else if (name == "close" && tfd != "" && index(line, "close(" tfd ")") == 1) {
			role = "close-tmp"
		} else if (name ~ /^rename/ && line ~ /\.tmp-/) {
			role = "rename"
		} else if (name == "fsync" && dfd != "" && index(line, "fsync(" dfd ")") == 1) {
			role = "fsync-dir"
		} else if (name == "close" && dfd != "" && index(line, "close(" dfd ")") == 1) {
			role = "close-dir"
		}
		if (role != "" && !(role in seen)) {
			seen[role] = 1
			print role, name, n[name], inj
		}
	}
	END { print "total -", total + 0, "-" }' "$1"
}

# 1. Count: the same run without faults; find the calls of the save.
run_case count
[ "$STATUS" = 0 ] || fail_with "$T/count.seg3" "run without faults: exit status $STATUS"
contains "$T/count.seg1" "NIET OPGESLAGEN" && fail_with "$T/count.seg1" "warning without a fault"
# the save follows the K-th write to stdout
K=$(awk '/\.json\.tmp-/ { print n + 0; exit } /^[0-9]+ +write\(1,/ { n++ }' "$T/count.trace")
[ -n "$K" ] || fail_with "$T/count.trace" "no temp file in the trace"
roles "$T/count.trace" "$K" | grep -v '^total' >"$T/roles"
# TAG PHASE: pre (before the rename is committed), dirsync, done
PHASES="openat-dir:pre openat-tmp:pre write-tmp:pre fsync-tmp:pre close-tmp:pre rename:pre
fsync-dir:dirsync close-dir:done"
: >"$T/targets"
for tp in $PHASES; do
	tag=${tp%%:*}
	row=$(grep "^$tag " "$T/roles") || fail_with "$T/count.trace" "the save has no $tag call"
	set -- $row
	echo "$tag ${tp#*:} $2 $3" >>"$T/targets"
done

FAILS=()
bad() { # CASE MESSAGE
	FAILS+=("$1: $2")
}
: >"$T/manifest"
INJECTED=0
CASES=0

# 2. Inject. Under sanitizers the number of calls before main() varies
# from run to run, so a run in which strace failed another call than the
# intended one is repeated with N as observed (at most MAX_TRIES times).
MAX_TRIES=25
RETRIES=0
while read -r tag phase sc n0; do
	for err in $ERRNOS; do
		c="$tag/$err"
		k="$tag-$err"
		CASES=$((CASES + 1))
		seen_n="$n0"
		n=$n0
		for ((try = 1; ; try++)); do
			run_case "$k" -e inject="$sc:error=$err:when=$n"
			roles "$T/$k.trace" "$K" >"$T/$k.roles"
			set -- $(grep "^$tag " "$T/$k.roles")
			got_n=$3 hit=$4
			set -- $(grep '^total ' "$T/$k.roles")
			[ "$hit" = 1 ] && [ "$3" = 1 ] && break
			[ "$try" -lt "$MAX_TRIES" ] ||
				fail_with "$T/$k.trace" "$c: strace did not fail the intended call in $MAX_TRIES runs (when=$n)"
			RETRIES=$((RETRIES + 1))
			[ -n "$got_n" ] && seen_n="$seen_n $got_n"
			# the most frequent N so far
			n=$(printf '%s\n' $seen_n | sort | uniq -c | sort -rn | awk 'NR == 1 { print $2 }')
		done
		INJECTED=$((INJECTED + 1))
		nf=${#FAILS[@]}
		warned=no
		contains "$T/$k.seg1" "NIET OPGESLAGEN" && warned=yes
		expect=saved
		if [ "$err" != EINTR ]; then
			case $phase in
			pre) expect=unchanged ;;
			dirsync) expect=warned ;;
			done) expect=saved ;;
			esac
		fi
		[ -s "$T/$k.tmp1" ] && bad "$c" "temp file left after the failed save: $(cat "$T/$k.tmp1")"
		[ -f "$T/$k.after1" ] || { bad "$c" "session file gone after the save"; continue; }
		case $expect in
		saved)
			[ $warned = no ] || bad "$c" "unexpected warning: $(grep -F 'NIET OPGESLAGEN' "$T/$k.seg1")"
			if cmp -s "$T/before" "$T/$k.after1"; then
				bad "$c" "answer 2 was not saved (file unchanged)"
			fi
			[ ${#FAILS[@]} -gt "$nf" ] || echo "$c $T/$k.after1 1 2" >>"$T/manifest"
			;;
		unchanged | warned)
			if [ $warned = no ]; then
				bad "$c" "no NIET OPGESLAGEN warning"
			elif ! grep -F 'NIET OPGESLAGEN' "$T/$k.seg1" | grep -F -q "${STRERROR[$err]}"; then
				bad "$c" "the warning does not name the error: $(grep -F 'NIET OPGESLAGEN' "$T/$k.seg1")"
			fi
			if [ $expect = unchanged ]; then
				cmp -s "$T/before" "$T/$k.after1" ||
					bad "$c" "the old session file changed"
			else
				# the rename is done: the complete new version
				[ ${#FAILS[@]} -gt "$nf" ] || echo "$c $T/$k.after1 1 2" >>"$T/manifest"
			fi
			;;
		esac
		# the next answer saves both answers
		contains "$T/$k.seg2" "NIET OPGESLAGEN" && bad "$c" "the next save failed too"
		[ -s "$T/$k.tmp2" ] && bad "$c" "temp file after the next save: $(cat "$T/$k.tmp2")"
		if [ -f "$T/$k.after2" ]; then
			[ ${#FAILS[@]} -gt "$nf" ] || echo "$c $T/$k.after2 1 2 3" >>"$T/manifest"
		else
			bad "$c" "session file gone after the next save"
		fi
		[ "$STATUS" = 0 ] || bad "$c" "exit status $STATUS at the end of the input"
		[ -n "$(temp_files "$DATA/sessions")" ] && bad "$c" "temp file at exit"
	done
done <"$T/targets"

# 3. The files hold exactly the answers expected (item numbers; the input
# for item k is "k").
echo "- $T/before 1" >>"$T/manifest"
python3 - "$CONTENT/visie.json" "$T/manifest" <<'PY' >"$T/pycheck" 2>&1
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
items = [it for s in q["sections"] for it in s["items"]]
def expect(k):
    it = items[k - 1]
    assert it["type"] == "choice", it["id"]
    return {"choice": it["options"][k - 1]["value"]}
bad = 0
for line in open(sys.argv[2], encoding="utf-8"):
    case, path, *ks = line.split()
    try:
        s = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        print("%s: %s does not parse: %s" % (case, path, e))
        bad += 1
        continue
    want = {items[int(k) - 1]["id"]: expect(int(k)) for k in ks}
    if s.get("answers") != want:
        print("%s: %s holds %s, expected %s" % (case, path, s.get("answers"), want))
        bad += 1
sys.exit(1 if bad else 0)
PY
[ $? = 0 ] || while IFS= read -r line; do bad "content" "$line"; done <"$T/pycheck"

echo "faults injected: $INJECTED (of $CASES cases: $(cut -d' ' -f1 "$T/targets" | tr '\n' ' ')x $ERRNOS; repeated runs: $RETRIES)"
if [ ${#FAILS[@]} -gt 0 ]; then
	echo "FAIL ($TEST_NAME): ${#FAILS[@]} problem(s):" >&2
	printf '  %s\n' "${FAILS[@]}" >&2
	exit 1
fi
exit 0
