#!/bin/sh
# The results screen shows the previous session of the same questionnaire
# beside the current one: per practice a thin bar with the score of then and
# the change, and a line with the date of that session. The current session
# is the worked example of doc/scoring.md (test/data/score/worked.json on the
# fixture content test/data/score/content, 01-12-2026): visie 73.6,
# kwaliteit 56.3, omgeving 50.0; leraren has too few answers for a score, so
# it has no row and no comparison. Beside it in the data directory (written
# here as JSON):
#   OLD   03-11-2025 proef, finished, every likert item 1 after reversal
#   PREV  12-10-2026 proef, finished (the one to show)
#   OTHER 01-11-2026 another questionnaire (never compared)
#   UNF   20-11-2026 proef, not finished (a finished one is preferred)
#   NEWER 20-12-2026 proef, finished, made after the current one (never)
# The expected scores are worked out by hand from the fixture's weights (see
# the comments at each phase); the sessions beside the current one are only
# read, never written.
. "$SRCDIR/test/screen/lib.sh"
screen_init results_previous
CONTENT="$SRCDIR/test/data/score/content"

CUR=20261201-090000-5c0e02
S="$DATA/sessions"
mkdir -p "$S" && chmod 700 "$DATA" "$S" || fail "cannot make $S"
cp "$SRCDIR/test/data/score/worked.json" "$S/$CUR.json" || fail "no fixture"

# write_session ID QUESTIONNAIRE VERSION CREATED FINISHED PLAN: a session
# whose likert answers follow PLAN, "A=3 B=5 ...": the value per section
# after reversal (n = n.v.t., - = no answer), stored reverse keyed where the
# item is; open and choice items stay unanswered.
write_session() {
	python3 - "$CONTENT/proef.json" "$S/$1.json" "$@" <<'PY' || fail "cannot write session $1"
import json, sys
content, path, sid, qid, version, created, finished, plan = sys.argv[1:9]
plan = dict(p.split("=") for p in plan.split())
q = json.load(open(content, encoding="utf-8"))
answers = {}
for sec in q["sections"]:
    for it in sec["items"]:
        v = plan.get(it["id"].split(".")[1], "-")
        if it["type"] != "likert" or qid != "proef" or v == "-":
            continue
        if v == "n":
            answers[it["id"]] = {"na": True}
        else:
            v = int(v)
            answers[it["id"]] = {"value": 6 - v if it.get("reverse") else v}
s = {"format": "spiegel-session/1", "id": sid,
     "questionnaire": {"id": qid, "version": version}, "participant": "",
     "created": created, "updated": created, "finished": finished == "true",
     "answers": answers}
with open(path, "w", encoding="utf-8") as f:
    json.dump(s, f, ensure_ascii=False, indent=1)
PY
	chmod 600 "$S/$1.json"
}
OLD=20251103-080000-000001
PREV=20261012-080000-000002
OTHER=20261101-080000-000003
UNF=20261120-080000-000004
NEWER=20261220-080000-000005
write_session "$OLD" proef 1.0.0 2025-11-03T08:00:00Z true "A=1 B=1 C=1 D=1"
write_session "$PREV" proef 1.0.0 2026-10-12T08:00:00Z true "A=3 B=5 C=2 D=4"
write_session "$OTHER" proef-organisatie 1.0.0 2026-11-01T08:00:00Z true ""
write_session "$UNF" proef 1.0.0 2026-11-20T08:00:00Z false "D=5"
write_session "$NEWER" proef 1.0.0 2026-12-20T08:00:00Z true "A=5 B=5 C=5 D=5"
for f in "$S"/*.json; do
	cp "$f" "$T/$(basename "$f").orig"
done

# settle: wait until the screen is the same in two captures one poll apart
# (a redraw is complete), into LAST_SCREEN
_settled() {
	_now=$(screen 2>/dev/null)
	if [ "$_now" = "$_prev_capture" ]; then
		LAST_SCREEN=$_now
		return 0
	fi
	_prev_capture=$_now
	return 1
}
settle() {
	_prev_capture=
	_poll _settled || fail "the screen never settled"
}

# show_results: resume the current session (finished: the results screen)
# and page through it with PgDn; the document area of each page (screen
# lines 3-22, 20 rows) is joined into $T/all, where a page overlaps the one
# before it (PgDn moves 19 rows; the last page stops at the end), so that
# the rows of a practice stay together even across a page boundary.
show_results() {
	run_spiegel resume "$CUR"
	wait_for "Resultaten · Proef"
	wait_for "Je beantwoordde 17 van de 18 vragen"
	: >"$T/pages"
	_i=0
	while :; do
		settle
		printf '%s\n' "$LAST_SCREEN" | sed -n '3,22p' >>"$T/pages"
		echo "@@page@@" >>"$T/pages"
		printf '%s\n' "$LAST_SCREEN" | grep -F -q "Het volledige rapport: spiegel report" &&
			break
		_i=$((_i + 1))
		[ "$_i" -le 20 ] || fail "the end of the results never showed"
		keys NPage
		wait_changed "$LAST_SCREEN"
	done
	python3 - "$T/pages" >"$T/all" <<'PY' || fail "cannot join the pages"
import sys
pages = open(sys.argv[1], encoding="utf-8").read().split("@@page@@\n")[:-1]
doc = []
for p in pages:
    rows = p.split("\n")[:-1]
    # the largest overlap with what is there (at least one row after page 1)
    o = next((k for k in range(min(len(rows), len(doc)), 0, -1) if doc[-k:] == rows[:k]), 0)
    doc += rows[o:]
print("\n".join(doc))
PY
}
quit() {
	keys q
	wait_exit
	assert_status 0
}
has() { grep -F -q -- "$1" "$T/all"; }
fail_all() {
	LAST_SCREEN=$(cat "$T/all")
	fail "$@"
}

# expect_prev NAME FILLED SCORE REST: the row under the score of practice
# NAME: a thin 40-cell bar (SCORE * 40 / 100 cells filled), the previous
# SCORE and REST (the change, and with another version the score now on the
# items both have); it follows NAME's score row.
expect_prev() {
	bar=$(awk -v f="$2" 'BEGIN { for (i = 0; i < 40; i++) printf (i < f ? "━" : "─") }')
	row=$(printf '   %s %5s  vorige  %s' "$bar" "$3" "$4")
	grep -F -x -q -- "$row" "$T/all" || fail_all "no row '$row' for $1"
	grep -F -x -A2 -- " $1" "$T/all" | grep -F -x -q -- "$row" ||
		grep -F -x -A2 -- " $1  ◀ focus" "$T/all" | grep -F -x -q -- "$row" ||
		fail_all "'$1' is not followed by the row '$row'"
}

# the files beside the current one are never written
unchanged() {
	for f in "$OLD" "$PREV" "$OTHER" "$UNF" "$NEWER"; do
		[ ! -e "$S/$f.json" ] || cmp -s "$S/$f.json" "$T/$f.json.orig" ||
			fail "session $f was changed by showing the results of $CUR"
	done
}

# 1. PREV: finished, the most recent one before the current session.
# Values after reversal per section: A 3, B 5, C 2, D 4. Score = 25 * (S - W)
# / W with the weights in thousandths (A: visie 800; C: visie 250):
#  visie: S = 4 * 800 * 3 + 4 * 250 * 2 = 11600, W = 4200:
#         25 * 7400 / 4200 = 44.05 -> 44.0 (bar 44 * 40 / 100 -> 18 cells)
#  kwaliteit: 5 -> 100.0; omgeving: 4 -> 75.0
# Now: 73.6, 56.3, 50.0; the change is taken from the scores as shown.
show_results
has "Vergeleken met je vorige sessie van 12 oktober 2026: onder elke score" ||
	fail_all "no line naming the previous session of 12-10-2026"
has "(niet afgerond)" && fail_all "PREV is finished"
has "versie 1.0.0" && fail_all "same version, yet a version note"
expect_prev "Visiegestuurd werken" 18 44,0 "+29,6"
expect_prev "Werken aan onderwijskwaliteit" 40 100,0 "-43,7"
expect_prev "Samenwerken met de omgeving" 30 75,0 "-25,0"
[ "$(grep -c '  vorige  ' "$T/all")" = 3 ] || fail_all "expected 3 'vorige' rows (once each)"
# the current scores are still there, unchanged
grep -F -q "73,6  Sterk  (6 vragen)" "$T/all" || fail_all "the current visie score is gone"
quit
unchanged

# 2. PREV made with another version (0.9.0) without section B and without
# P.C.01, and with an item that version 1.0.0 no longer has. Only items in
# both count: visie then is A (3) and C.02-04 (2): S = 9600 + 1500 = 11100,
# W = 3950: 25 * 7150 / 3950 = 45.25 -> 45.3; and now, on the same items
# (A: 17 * 800, C.02: 2 * 250): S = 14100, W = 3450: 25 * 10650 / 3450 =
# 77.17 -> 77.2: +31.9. kwaliteit (B only) has no score then.
python3 - "$S/$PREV.json" <<'PY' || fail "cannot edit PREV"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["questionnaire"]["version"] = "0.9.0"
s["answers"] = {k: v for k, v in s["answers"].items()
                if not k.startswith("P.B.") and k != "P.C.01"}
s["answers"]["P.OUD.01"] = {"value": 1}
json.dump(s, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
cp "$S/$PREV.json" "$T/$PREV.json.orig"
show_results
has "Vergeleken met je vorige sessie van 12 oktober 2026" || fail_all "no line naming PREV"
has "Die sessie gebruikte versie 0.9.0 van de vragenlijst, nu is het 1.0.0." ||
	fail_all "no note on the other version"
expect_prev "Visiegestuurd werken" 18 45,3 "+31,9 (nu 77,2)"
expect_prev "Samenwerken met de omgeving" 30 75,0 "-25,0"
grep -F -x -A2 " Werken aan onderwijskwaliteit  ◀ focus" "$T/all" |
	grep -F -x -q "   vorige keer geen score" ||
	fail_all "kwaliteit: expected 'vorige keer geen score'"
quit
unchanged

# 3. without PREV: OLD (finished) goes before the more recent UNF (not
# finished). Every value 1: 0.0 for every practice.
rm "$S/$PREV.json"
show_results
has "Vergeleken met je vorige sessie van 3 november 2025: onder elke score" ||
	fail_all "the finished OLD session is not preferred to UNF"
expect_prev "Visiegestuurd werken" 0 0,0 "+73,6"
expect_prev "Werken aan onderwijskwaliteit" 0 0,0 "+56,3"
quit
unchanged

# 4. only UNF is left before the current session, and another spiegel has it
# open (a plain-mode resume waiting for input): it is read all the same, and
# neither the holder nor its file is disturbed. UNF answered D only, all 5:
# omgeving 100.0; visie has no score then.
rm "$S/$OLD.json"
mkfifo "$T/fifo" || fail "mkfifo"
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$UNF" --plain \
	<"$T/fifo" >"$T/holder.out" 2>&1 &
holder=$!
exec 7>"$T/fifo"
_holder_waits() { grep -q '^> ' "$T/holder.out" 2>/dev/null; }
_poll _holder_waits || fail "the holder did not open UNF: $(cat "$T/holder.out")"
show_results
has "Vergeleken met je vorige sessie van 20 november 2026 (niet afgerond): onder" ||
	fail_all "UNF (not finished, open elsewhere) is not shown as the previous session"
expect_prev "Samenwerken met de omgeving" 40 100,0 "-50,0"
grep -F -x -A2 " Visiegestuurd werken" "$T/all" | grep -F -x -q "   vorige keer geen score" ||
	fail_all "visie: expected 'vorige keer geen score'"
quit
unchanged
kill -0 "$holder" 2>/dev/null || fail "the spiegel holding UNF has stopped"
echo stop >&7
exec 7>&-
wait "$holder" || fail "the holder ended with an error: $(cat "$T/holder.out")"

# 5. nothing before the current session (NEWER and OTHER do not count): no
# comparison at all
rm "$S/$UNF.json"
show_results
has "Vergeleken met" && fail_all "a previous session shown where there is none"
has "vorige" && fail_all "'vorige' rows without a previous session"
quit
exit 0
