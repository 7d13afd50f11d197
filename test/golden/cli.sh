# The commands write the report goldens byte for byte: spiegel report,
# group (every format but CSV, whose order is random on every run; the
# unit test golden pins it with fixed seeds) and compare, on the fixture
# content of test/data/golden, with an empty data directory. The goldens
# themselves are made by test/unit/test_golden.c (see README.md); this
# test never writes them.
. "$SRCDIR/test/plain/lib.sh"
plain_init golden-cli

G="$SRCDIR/test/data/golden"
GOLDEN="$SRCDIR/test/golden"
CONTENT="$G/content"
checked=0

# same NAME ARGS...: spiegel ARGS... writes test/golden/NAME to stdout.
same() {
	name=$1
	shift
	sp "$@" >"$T/out" 2>"$T/err" || fail_with "$T/err" "$name: spiegel $* failed"
	if ! cmp -s "$T/out" "$GOLDEN/$name"; then
		diff -u "$GOLDEN/$name" "$T/out" | head -40 >&2
		fail "$name: spiegel $* differs from test/golden/$name"
	fi
	checked=$((checked + 1))
}

ext() {
	case $1 in
	text) echo txt ;;
	markdown) echo md ;;
	*) echo "$1" ;;
	esac
}

for tag in mbo gelijk drie uniform kort gekozen; do
	for f in text markdown json; do
		same "session-$tag.$(ext $f)" report "$G/sessions/leiding-$tag.json" --format $f
	done
done
for f in text markdown json; do
	same "session-weerstand.$(ext $f)" report "$G/sessions/weerstand-ertegenin.json" --format $f
	same "compare-leiding.$(ext $f)" compare "$G/sessions/leiding-oud.json" \
		"$G/sessions/leiding-mbo.json" --format $f
	same "compare-dagen.$(ext $f)" compare "$G/sessions/dag1-anouk.json" \
		"$G/sessions/dag6-anouk.json" --format $f
done
for f in text markdown html json; do
	same "group-dag6.$(ext $f)" group "$G/groep/dag6" --format $f
	same "group-dag6-nulmeting.$(ext $f)" group "$G/groep/dag6" --baseline "$G/groep/dag1" \
		--format $f
	same "group-dag6-min10.$(ext $f)" group "$G/groep/dag6" --baseline "$G/groep/dag1" \
		--min-group 10 --format $f
	same "group-dag6-nulmeting-min6.$(ext $f)" group "$G/groep/dag6" \
		--baseline "$G/groep/dag1" --min-group 6 --format $f
	same "group-dag6-geen-gemeen.$(ext $f)" group "$G/groep/dag6" --baseline "$G/sessions" \
		--format $f
	same "group-weerstand.$(ext $f)" group "$G/groep/weerstand" --format $f
done
# the meeting report: the group's copy of meeting 2, the coach's of 1
IV="$G/intervisie/bijeenkomsten.json"
for f in markdown html; do
	e=$(ext $f)
	same "meeting-groep.$e" intervisie "$IV" verslag 2 --format $f
	same "meeting-coach.$e" intervisie "$IV" verslag 1 --coach --format $f
done
[ "$checked" = 55 ] || fail "checked $checked goldens, expected 55"
echo "ok: $checked goldens written alike by the commands"
