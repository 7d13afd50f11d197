#!/bin/sh
# Output paths (-o) of every command that writes a file: report, compare,
# group (text and CSV) and export. An output never replaces what the same
# run reads (by device and inode: also through a symbolic or hard link), a
# file in spiegel's own data directories, or another spiegel data file (a
# session, a hand-in unless export writes one, an intervisie group); it
# refuses a directory and a dangling link; it writes into a character device
# or FIFO without replacing it; a link to an ordinary file stays a link.
# Every refusal: exit status 1, a message naming the path, the file unchanged.
. "$SRCDIR/test/plain/lib.sh"
plain_init output_paths
G="$SRCDIR/test/data/group"
CONTENT="$G/content"

# two sessions in the store (the group test data's session, twice) and a
# folder of hand-ins and other files for group
mkdir -p "$DATA/sessions" "$DATA/intervisie" && chmod 700 "$DATA" "$DATA/sessions" "$DATA/intervisie"
ID=20260310-090000-000002
ID2=20260310-090000-000012
S="$DATA/sessions/$ID.json"
cp "$G/now/p2.json" "$S"
sed "s/$ID/$ID2/" "$G/now/p2.json" >"$DATA/sessions/$ID2.json"
mkdir "$T/dir"
cp "$G/now/p1.json" "$T/dir/handin-01.json"
cp "$G/now/p3.json" "$T/dir/handin-02.json"
echo '{"niet": "van spiegel"}' >"$T/dir/notities.json"
printf '{"format": "spiegel-intervisie/1"}\n' >"$DATA/intervisie/groep.json"
sum() { cksum <"$1"; }

# refused WHAT TARGET ARGS...: spiegel ARGS -o TARGET fails with status 1, a
# message naming TARGET, and TARGET (a file) is left as it was
refused() {
	_what=$1 _target=$2
	shift 2
	_before=
	[ -f "$_target" ] && _before=$(sum "$_target")
	sp "$@" -o "$_target" >"$T/out" 2>"$T/err" </dev/null
	_st=$?
	[ "$_st" = 1 ] || fail_with "$T/err" "$_what: -o $_target: exit status $_st, expected 1"
	expect_in "$T/err" "$_target: "
	if [ -n "$_before" ] && [ "$(sum "$_target")" != "$_before" ]; then
		fail "$_what: -o $_target changed the file"
	fi
	if [ -s "$T/out" ]; then
		fail_with "$T/out" "$_what: a refused output still printed a success line"
	fi
	return 0
}

# every command, onto the session it reads (the case of the issue)
before=$(sum "$S")
refused "report onto its session" "$S" report "$ID"
refused "report onto its session" "$S" report "$ID" --format json
expect_in "$T/err" "deze opdracht leest dit bestand zelf"
refused "compare onto a session" "$S" compare "$ID2" "$ID"
refused "export onto its session" "$S" export "$ID"
refused "group onto a hand-in it reads" "$T/dir/handin-01.json" group "$T/dir"
expect_in "$T/err" "deze opdracht leest dit bestand zelf"
refused "group CSV onto a hand-in it reads" "$T/dir/handin-02.json" group "$T/dir" --format csv
# a file the run read that is no spiegel file at all (skipped, but read)
refused "group onto a skipped input" "$T/dir/notities.json" group "$T/dir"
[ "$(sum "$S")" = "$before" ] || fail "the session changed"

# through links: a symbolic link, a hard link, a path with ../
ln -s "$S" "$T/link.json"
refused "report through a symbolic link" "$T/link.json" report "$ID"
[ -L "$T/link.json" ] || fail "the symbolic link was replaced"
ln "$S" "$T/hard.json"
refused "report onto a hard link of its session" "$T/hard.json" report "$ID"
refused "compare onto a hard link" "$T/hard.json" compare "$ID" "$ID2"
refused "report through ../" "$DATA/sessions/../sessions/$ID.json" report "$ID"

# spiegel's own data: sessions, hand-ins and groups that this run did not
# read, and new files in its data directories
cp "$DATA/sessions/$ID2.json" "$T/copy-of-session.json"
refused "report onto another session" "$T/copy-of-session.json" report "$ID"
expect_in "$T/err" "is een sessie van spiegel"
cp "$G/now/p4.json" "$T/other-handin.json"
refused "group onto a hand-in it did not read" "$T/other-handin.json" group "$T/dir"
expect_in "$T/err" "is een inleverbestand van spiegel"
refused "report onto an intervisie group" "$DATA/intervisie/groep.json" report "$ID"
refused "report into the sessions folder" "$DATA/sessions/rapport.txt" report "$ID"
expect_in "$T/err" "ligt in de map met spiegels eigen gegevens"
[ -e "$DATA/sessions/rapport.txt" ] && fail "a report was written into the sessions folder"
refused "CSV into the sessions folder" "$DATA/sessions/groep.csv" group "$T/dir" --format csv
[ -e "$DATA/sessions/groep.csv" ] && fail "a CSV was written into the sessions folder"
refused "export into the intervisie folder" "$DATA/intervisie/inlever.json" export "$ID"
# every data folder, for the writer of whole texts and the streaming one
# (group) alike: one list of folders (cli_out.c)
mkdir -p "$DATA/feedback" "$DATA/plans" && chmod 700 "$DATA/feedback" "$DATA/plans"
for sub in sessions intervisie feedback plans; do
	refused "report into $sub" "$DATA/$sub/r.txt" report "$ID"
	refused "group (streamed) into $sub" "$DATA/$sub/g.md" group "$T/dir" --format markdown
	refused "group CSV (streamed) into $sub" "$DATA/$sub/g.csv" group "$T/dir" --format csv
	for f in r.txt g.md g.csv; do
		[ -e "$DATA/$sub/$f" ] && fail "an output was written into $sub: $f"
	done
done
refused "content file" "$CONTENT/groepstest.json" report "$ID"
expect_in "$T/err" "is een vragenlijst van spiegel"

# a directory, a dangling link
refused "report onto a directory" "$T/dir" report "$ID"
expect_in "$T/err" "is een map"
refused "CSV onto a directory" "$T/dir" group "$T/dir" --format csv
ln -s "$T/nergens/x.txt" "$T/dangling"
refused "report through a dangling link" "$T/dangling" report "$ID"
[ -L "$T/dangling" ] || fail "the dangling link was replaced"

# what may be written: a new file, an old report, an old hand-in by export,
# and a link to an ordinary file (the file is replaced, the link stays)
sp report "$ID" -o "$T/rapport.txt" >"$T/out" 2>"$T/err" || fail_with "$T/err" "report to a new file"
sp report "$ID" -o "$T/rapport.txt" >"$T/out" 2>"$T/err" || fail_with "$T/err" "report over an old report"
sp report "$ID" --format json -o "$T/rapport.json" >"$T/out" 2>"$T/err" || fail_with "$T/err" "json report"
sp report "$ID" --format json -o "$T/rapport.json" >"$T/out" 2>"$T/err" ||
	fail_with "$T/err" "json report over an old json report"
sp export "$ID" -o "$T/inlever.json" >"$T/out" 2>"$T/err" || fail_with "$T/err" "export"
sp export "$ID" -o "$T/inlever.json" >"$T/out" 2>"$T/err" || fail_with "$T/err" "export over its old hand-in"
ln -s "$T/rapport.txt" "$T/rapport-link"
: >"$T/rapport.txt"
sp report "$ID" -o "$T/rapport-link" >"$T/out" 2>"$T/err" || fail_with "$T/err" "report through a link"
[ -L "$T/rapport-link" ] || fail "the link to the report was replaced by a file"
[ -s "$T/rapport.txt" ] || fail "the report behind the link was not written"
sp group "$T/dir" --format csv -o "$T/groep.csv" >"$T/out" 2>"$T/err" || fail_with "$T/err" "CSV to a new file"
expect_in "$T/groep.csv" "deelnemer,meting"
sp compare "$ID" "$ID2" -o "$T/groei.txt" >"$T/out" 2>"$T/err" || fail_with "$T/err" "compare to a new file"

# a character device is written into, never replaced (as root a private
# node like /dev/null, so that a failure cannot harm the real one)
if [ "$(id -u)" = 0 ] && mknod "$T/null" c 1 3 2>/dev/null; then
	NULLDEV="$T/null"
else
	NULLDEV=/dev/null
fi
for args in "report $ID" "compare $ID $ID2" "export $ID" "group $T/dir" "group $T/dir --format csv"; do
	# shellcheck disable=SC2086
	sp $args -o "$NULLDEV" >"$T/out" 2>"$T/err" </dev/null
	st=$?
	[ -c "$NULLDEV" ] || fail "spiegel $args -o $NULLDEV replaced the device node"
	[ "$st" = 0 ] || fail_with "$T/err" "spiegel $args -o $NULLDEV: exit status $st"
done

# a FIFO: written into (a reader gets the report), still a FIFO after
mkfifo "$T/fifo"
for args in "report $ID" "group $T/dir --format csv"; do
	timeout 20 cat "$T/fifo" >"$T/fifo.out" &
	reader=$!
	# shellcheck disable=SC2086
	timeout 20 "$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" $args -o "$T/fifo" \
		>"$T/out" 2>"$T/err" </dev/null
	st=$?
	if [ ! -p "$T/fifo" ]; then
		kill "$reader" 2>/dev/null
		fail "spiegel $args -o FIFO replaced the FIFO"
	fi
	wait "$reader"
	[ "$st" = 0 ] || fail_with "$T/err" "spiegel $args -o FIFO: exit status $st"
	[ -s "$T/fifo.out" ] || fail "spiegel $args -o FIFO: the reader got nothing"
done
expect_in "$T/fifo.out" "deelnemer,meting"
exit 0
