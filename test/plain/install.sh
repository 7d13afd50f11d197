#!/bin/sh
# Installed like a real tool (issue 13): `meson install` into a temporary
# prefix, the tree then moved elsewhere, the source tree's content hidden
# (a private mount namespace lays an empty directory over it, where that
# is allowed; the binary never names it either way), and the installed
# binary run from another directory without SPIEGEL_CONTENT_DIR: list, a
# plain-mode session, the hints it prints run exactly as printed, and the
# man page and bash completion where they belong.
. "$SRCDIR/test/plain/lib.sh"
plain_init install
command -v meson >/dev/null || {
	echo "SKIP: meson not on PATH" >&2
	exit 77
}
BUILD=$(dirname "$SPIEGEL")
meson install -C "$BUILD" --destdir "$T/stage" --no-rebuild --quiet >"$T/install.out" 2>&1 ||
	fail_with "$T/install.out" "meson install failed"
bin=$(find "$T/stage" -path '*/bin/spiegel' -type f | head -n 1)
[ -x "$bin" ] || fail "no bin/spiegel in the staged install"
prefix=$(dirname "$(dirname "$bin")")
mkdir -p "$T/elders" "$T/work" || fail "mkdir"
mv "$prefix" "$T/elders/spiegel" || fail "cannot move the installed tree"
P="$T/elders/spiegel"
[ -f "$P/share/spiegel/practices.json" ] || fail "content not installed in share/spiegel"
[ -f "$P/share/spiegel/visie.json" ] || fail "questionnaires not installed in share/spiegel"
[ -f "$P/share/man/man1/spiegel.1" ] || fail "man page not installed"
[ -f "$P/share/bash-completion/completions/spiegel" ] || fail "bash completion not installed"
# the binary does not know the source tree
if grep -a -q -F "$SRCDIR/content" "$P/bin/spiegel"; then
	fail "the installed binary names the source tree's content ($SRCDIR/content)"
fi

# inside: the commands, run in $T/work, with nothing pointing at the source
cat >"$T/inside.sh" <<'INSIDE'
set -u
P=$1 T=$2 SRC=$3
unset SPIEGEL_CONTENT_DIR SPIEGEL_DATA_DIR
if [ "${HIDE:-}" = 1 ]; then
	mount -t tmpfs none "$SRC/content" || exit 3
	[ -e "$SRC/content/practices.json" ] && exit 4
fi
cd "$T/work" || exit 5
PATH=/usr/bin:/bin
export PATH HOME="$T/home" XDG_DATA_HOME="$T/home/.local/share"
"$P/bin/spiegel" list >"$T/list.out" 2>"$T/list.err" || exit 10
"$P/bin/spiegel" --version >"$T/version.out" 2>&1 || exit 11
printf '3\n1\nstop\n' | "$P/bin/spiegel" start visie --plain >"$T/plain.out" 2>&1 || exit 12
# the hint, run as printed (spiegel is not on PATH)
hint=$(sed -n 's/.*Ga later verder met: //p' "$T/plain.out" | tail -n 1)
echo "$hint" >"$T/hint"
printf 'stop\n' | eval "$hint --plain" >"$T/resume.out" 2>&1 || exit 13
# on PATH: the hint is "spiegel ..."
PATH="$P/bin:$PATH"
printf 'stop\n' | spiegel resume --plain >"$T/resume2.out" 2>&1 || exit 14
"$P/bin/spiegel" report --help >"$T/help.out" 2>&1 || exit 15
exit 0
INSIDE
HIDE=
if unshare -rm true 2>/dev/null; then
	HIDE=1 unshare -rm sh "$T/inside.sh" "$P" "$T" "$SRCDIR"
else
	echo "install: no mount namespace here; the source content is not hidden, only unnamed" >&2
	sh "$T/inside.sh" "$P" "$T" "$SRCDIR"
fi
st=$?
case $st in
0) ;;
3 | 4) fail "could not hide the source content (status $st)" ;;
10) fail_with "$T/list.err" "installed spiegel list failed" ;;
12) fail_with "$T/plain.out" "installed plain-mode session failed" ;;
13) fail_with "$T/resume.out" "the printed hint '$(cat "$T/hint")' did not work" ;;
14) fail_with "$T/resume2.out" "spiegel resume from PATH failed" ;;
*) fail "inside the install: status $st" ;;
esac
expect_in "$T/list.out" "visie"
expect_in "$T/list.out" "leiderschapsscan"
expect_in "$T/version.out" "inhoud 1."
expect_in "$T/version.out" "$P/bin/../share/spiegel"
expect_in "$T/plain.out" "Opgeslagen."
case $(cat "$T/hint") in
"$P/bin/spiegel resume "*) ;;
*) fail "hint '$(cat "$T/hint")' should start with $P/bin/spiegel (spiegel is not on PATH)" ;;
esac
expect_in "$T/resume.out" "Opgeslagen."
expect_in "$T/resume2.out" "Ga later verder met: spiegel resume "
[ -d "$T/home/.local/share/spiegel/sessions" ] || fail "sessions not in XDG_DATA_HOME"
expect_in "$T/help.out" "  spiegel report "
[ -n "$HIDE" ] && echo "install: ok (source content hidden)" || echo "install: ok"
