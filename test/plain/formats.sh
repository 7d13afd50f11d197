#!/bin/sh
# Dutch formats for people, machine formats for machines (issue 13): in
# text, Markdown and HTML every number has a decimal comma and every date
# reads "1 december 2026" (never 2026-12-01 or 01-12-2026); JSON and CSV
# keep decimal points and ISO dates; Markdown holds no HTML entity. Checked
# on every report spiegel writes from the golden fixture (sessions,
# growth, groups), on `list --sessions` and on plain mode's report.
. "$SRCDIR/test/plain/lib.sh"
plain_init formats
G="$SRCDIR/test/data/golden"
CONTENT="$G/content"

n=0
out() { # NAME ARGS...: spiegel ARGS... into $T/NAME
	_n=$1
	shift
	sp "$@" >"$T/$_n" 2>"$T/err" || fail_with "$T/err" "spiegel $* failed"
	n=$((n + 1))
}
for f in text markdown json; do
	out "report-mbo.$f" report "$G/sessions/leiding-mbo.json" --format $f
	out "report-weerstand.$f" report "$G/sessions/weerstand-ertegenin.json" --format $f
	out "compare.$f" compare "$G/sessions/dag1-anouk.json" "$G/sessions/dag6-anouk.json" --format $f
done
for f in text markdown html json csv; do
	out "group.$f" group "$G/groep/dag6" --baseline "$G/groep/dag1" --format $f
	out "group-weerstand.$f" group "$G/groep/weerstand" --format $f
done

python3 - "$T" <<'PY' || fail "formats"
import csv, glob, html, json, os, re, sys
t = sys.argv[1]
bad = []
# a number as a figure: digits, a point, one digit, not part of a version
# (1.0.0), an id (G.01) or a file name
POINT = re.compile(r"(?<![\w.])[-+]?\d+\.\d(?![\d.])")
COMMA = re.compile(r"(?<![\w,])[-+]?\d+,\d(?!\d)")
ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DMY = re.compile(r"\b\d{2}-\d{2}-\d{4}\b")
DUTCH = re.compile(r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|"
                   r"oktober|november|december) \d{4}\b")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
people = 0
for path in sorted(glob.glob(os.path.join(t, "*.text")) + glob.glob(os.path.join(t, "*.markdown"))
                   + glob.glob(os.path.join(t, "*.html"))):
    name = os.path.basename(path)
    text = open(path, encoding="utf-8").read()
    if name.endswith(".html"):
        # what a reader sees: no tags, no SVG (coordinates are for machines), no style
        text = re.sub(r"<(svg|style|script)\b.*?</\1>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    for m in POINT.finditer(text):
        bad.append(f"{name}: decimal point in '{text[max(0, m.start() - 30):m.end() + 10]}'")
    for rx in (ISO, DMY):
        for m in rx.finditer(text):
            bad.append(f"{name}: date not in Dutch: '{m.group(0)}'")
    if not COMMA.search(text):
        bad.append(f"{name}: no number with a decimal comma: the test cannot fail")
    if name.endswith(".markdown"):
        for m in ENTITY.finditer(open(path, encoding="utf-8").read()):
            bad.append(f"{name}: HTML entity '{m.group(0)}' in Markdown")
    people += 1
for name in ("report-mbo.text", "report-mbo.markdown", "compare.text", "compare.markdown"):
    if not DUTCH.search(open(os.path.join(t, name), encoding="utf-8").read()):
        bad.append(f"{name}: no Dutch date")

def numbers(o, path=""):
    if isinstance(o, dict):
        for k, v in o.items():
            yield from numbers(v, path + "/" + k)
    elif isinstance(o, list):
        for i, v in enumerate(o):
            yield from numbers(v, path + "/%d" % i)
    else:
        yield path, o
for path in sorted(glob.glob(os.path.join(t, "*.json"))):
    name = os.path.basename(path)
    doc = json.load(open(path, encoding="utf-8"))
    fractional = 0
    for where, v in numbers(doc):
        if isinstance(v, float) and v != int(v):
            fractional += 1
        if isinstance(v, str) and (where.endswith("/created") or where.endswith("/updated")):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", v):
                bad.append(f"{name}: {where} is not an ISO date: {v}")
        if isinstance(v, str) and re.fullmatch(r"-?\d+,\d", v):
            bad.append(f"{name}: {where} is a number with a comma as text: {v}")
    if not fractional:
        bad.append(f"{name}: no fractional number: the test cannot fail")
for path in sorted(glob.glob(os.path.join(t, "*.csv"))):
    name = os.path.basename(path)
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    cells = [c for r in rows[1:] for c in r]
    if any(re.fullmatch(r"-?\d+,\d+", c) for c in cells):
        bad.append(f"{name}: a number with a decimal comma in CSV")
    if not any(re.fullmatch(r"-?\d+\.\d", c) for c in cells):
        bad.append(f"{name}: no decimal number: the test cannot fail")
# the questionnaire's, observe's and intervisie's screens, as their
# goldens pin them (golden_questionnaire, observe and golden_intervisie
# compare every one with the screen); the projection view's (pv-*) wait for
# its port onto the kit and the core's figures
src = os.environ["SRCDIR"]
for path in sorted(glob.glob(os.path.join(src, "test/screen/golden/q-*.screen")) +
                   glob.glob(os.path.join(src, "test/screen/golden/o-*.screen")) +
                   glob.glob(os.path.join(src, "test/screen/golden/iv-*.screen"))):
    name = os.path.basename(path)
    text = open(path, encoding="utf-8").read()
    for m in POINT.finditer(text):
        bad.append(f"{name}: decimal point in '{text[max(0, m.start() - 30):m.end() + 10]}'")
    for rx in (ISO, DMY):
        for m in rx.finditer(text):
            # an example of what to type ("een datum, zoals 15-12-2026") is
            # in the form spiegel reads
            if re.search(r"(zoals|als) $", text[max(0, m.start() - 8):m.start()]):
                continue
            # a date typed into a field: the line holds nothing else
            line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end())]
            if line.strip(" │┃") == m.group(0):
                continue
            bad.append(f"{name}: date not in Dutch: '{m.group(0)}'")
    people += 1
if people < 10:
    bad.append(f"only {people} outputs for people checked")
for b in bad:
    print("FAIL (formats):", b, file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# list --sessions and plain mode: Dutch dates and decimal commas
CONTENT="$SRCDIR/content"
printf '1\n1\n1\n1\n1\nstop\n' | sp start visie --plain >"$T/plain.out" 2>&1 || fail_with "$T/plain.out" "start"
sp list --sessions >"$T/list.out" 2>&1 || fail "list --sessions"
grep -E -q ' [0-9]{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) [0-9]{4} ' "$T/list.out" ||
	fail_with "$T/list.out" "list --sessions: no Dutch date"
grep -E -q '[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}-[0-9]{2}-[0-9]{4}' "$T/list.out" &&
	fail_with "$T/list.out" "list --sessions: a date not in Dutch"
# the worked example to the end in plain mode: its report with commas
mkdir -p "$T/w" && cp "$SRCDIR/test/data/score/worked.json" "$T/w/20261201-090000-5c0e02.json"
printf '\n\n\n\n\n\n\n\n\n\n\n\n' | "$SPIEGEL" --data-dir "$DATA" --content-dir "$SRCDIR/test/data/score/content" \
	resume "$T/w/20261201-090000-5c0e02.json" --plain >"$T/worked.out" 2>&1
expect_in "$T/worked.out" "(50,0)"
expect_in "$T/worked.out" "begonnen 1 december 2026"
if grep -E -q '(^|[ (])[0-9]+\.[0-9]([^0-9.]|$)' "$T/worked.out"; then
	fail_with "$T/worked.out" "plain mode: a decimal point"
fi
echo "formats: ok ($n outputs)"
