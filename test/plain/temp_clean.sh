#!/bin/sh
# Every command that opens the data directory removes the temp files that
# interrupted saves left behind, for every kind of file saved under a lock:
# sessions, voornemens (plans/) and intervisie groups (intervisie/). A temp
# file whose lock another process holds (a save in progress) stays, and so
# does a file that only looks like a temp file (no valid id). Folders that
# do not exist are not made for it.
. "$SRCDIR/test/plain/lib.sh"
plain_init temp_clean
command -v flock >/dev/null 2>&1 || { echo "flock is not installed"; exit 77; }

SID=20261201-090000-abc123
PID=20261201-090000-abc123
GID=noord
mkdir -p "$DATA/sessions" "$DATA/plans" "$DATA/intervisie"
chmod 700 "$DATA" "$DATA/sessions" "$DATA/plans" "$DATA/intervisie"
for d in sessions plans; do
	echo '{' >"$DATA/$d/$SID.json.tmp-0123456789ab"
done
echo '{' >"$DATA/intervisie/$GID.json.tmp-0123456789ab"
# a save of group "zuid" in progress: its lock is held
echo '{' >"$DATA/intervisie/zuid.json.tmp-0123456789ab"
echo '{' >"$DATA/plans/not-an-id.json.tmp-0123456789ab"
flock "$DATA/intervisie/zuid.lock" sh -c \
	"touch '$T/held'; while [ ! -e '$T/done' ]; do sleep 0.05; done" &
HOLDER=$!
n=0
until [ -e "$T/held" ]; do
	n=$((n + 1))
	[ "$n" -le 400 ] || { touch "$T/done"; fail "the lock was never taken"; }
	sleep 0.02
done

sp list --sessions >"$T/out" 2>&1
st=$?
touch "$T/done"
wait "$HOLDER"
[ "$st" = 0 ] || fail_with "$T/out" "spiegel list --sessions: status $st"
for f in "sessions/$SID" "plans/$PID" "intervisie/$GID"; do
	[ -e "$DATA/$f.json.tmp-0123456789ab" ] && fail "left behind: $f.json.tmp-0123456789ab"
done
[ -e "$DATA/intervisie/zuid.json.tmp-0123456789ab" ] ||
	fail "the temp file of a save in progress (its lock held) was removed"
[ -e "$DATA/plans/not-an-id.json.tmp-0123456789ab" ] ||
	fail "a file of no valid id was removed"

# a data directory without plans/ or intervisie/: none is made
"$SPIEGEL" --data-dir "$T/fresh" --content-dir "$CONTENT" list --sessions >"$T/out2" 2>&1 ||
	fail_with "$T/out2" "list on a fresh data dir"
[ -e "$T/fresh/plans" ] && fail "cleaning made plans/"
[ -e "$T/fresh/intervisie" ] && fail "cleaning made intervisie/"
exit 0
