#!/bin/sh
# spiegel check: every broken variant under test/data/check/ fails with exit 1
# and the exact message kept next to it; symlinks and FIFOs are refused; the
# bundled content passes.
set -u
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dir in "$SRCDIR"/test/data/check/*/; do
	case=$(basename "$dir")
	expect=$(cat "$dir/expect")
	file=$(ls "$dir"/*.json)
	name=$(basename "$file")
	out=$(timeout 20 "$SPIEGEL" --content-dir "$SRCDIR/content" check "$file" 2>"$tmp/err")
	rc=$?
	if [ "$rc" -ne 1 ]; then
		echo "FAIL $case: exit $rc, expected 1"; cat "$tmp/err"; fail=1; continue
	fi
	if ! printf '%s\n' "$out" | grep -qF -- "$expect"; then
		echo "FAIL $case: output lacks: $expect"; printf '%s\n' "$out"; fail=1; continue
	fi
	# every problem line names the file
	if printf '%s\n' "$out" | grep -v "^In orde" | grep -qvF "$name"; then
		echo "FAIL $case: a problem line does not name the file"; printf '%s\n' "$out"; fail=1
	fi
done
mkdir "$tmp/l"
ln -s "$SRCDIR/content/visie.json" "$tmp/l/visie.json"
"$SPIEGEL" --content-dir "$SRCDIR/content" check "$tmp/l/visie.json" >"$tmp/out" 2>&1
rc=$?
if [ $rc -ne 1 ] || ! grep -q "symbolische koppeling" "$tmp/out"; then
	echo "FAIL symlink: exit $rc"; cat "$tmp/out"; fail=1
fi
mkdir "$tmp/f"
mkfifo "$tmp/f/visie.json"
timeout 20 "$SPIEGEL" --content-dir "$SRCDIR/content" check "$tmp/f/visie.json" >"$tmp/out" 2>&1
rc=$?
if [ $rc -ne 1 ] || ! grep -q "geen gewoon bestand" "$tmp/out"; then
	echo "FAIL fifo: exit $rc"; cat "$tmp/out"; fail=1
fi
"$SPIEGEL" --content-dir "$SRCDIR/content" check >"$tmp/out" 2>&1 || { echo "FAIL bundled content"; cat "$tmp/out"; fail=1; }
[ $fail -eq 0 ] && echo "check_broken: all cases passed"
exit $fail
