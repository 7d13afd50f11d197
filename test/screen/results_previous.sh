#!/bin/sh
# The results screen shows the previous session of the same questionnaire
# beside the current one: per practice a thin bar with the score of then and
# the change, and a line with the date of that session. The current session
# is test/data/visie-finished.json (10-03-2026, the scores of results_view).
# Beside it in the data directory (written here as JSON):
#   OLD   03-11-2025 visie, finished, every likert item 1 after reversal
#   PREV  12-01-2026 visie, finished (the one to show)
#   OTHER 01-02-2026 another questionnaire (never compared)
#   UNF   20-02-2026 visie, not finished (a finished one is preferred)
#   NEWER 01-04-2026 visie, finished, made after the current one (never)
# The expected scores are worked out by hand from the weights in
# test/data/content-v1/visie.json (see the comments at each phase); the sessions beside
# the current one are only read, never written.
. "$SRCDIR/test/screen/lib.sh"
screen_init results_previous
# The scores are worked out by hand from a frozen copy of the item bank
# (test/data/content-v1: visie 1.0.0 and its catalogue), so that revising
# content/visie.json does not change what this test checks.
CONTENT="$SRCDIR/test/data/content-v1"

CUR=20260310-091500-c0ffee
S="$DATA/sessions"
mkdir -p "$S" && chmod 700 "$DATA" "$S" || fail "cannot make $S"
cp "$SRCDIR/test/data/visie-finished.json" "$S/$CUR.json" || fail "no fixture"

# write_session ID QUESTIONNAIRE VERSION CREATED FINISHED PLAN: a session
# whose likert answers follow PLAN, "A1=3 A2=5 ...": the value per section
# after reversal (n = n.v.t., - = no answer), stored reverse keyed where the
# item is; open and choice items stay unanswered.
write_session() {
	python3 - "$CONTENT/visie.json" "$S/$1.json" "$@" <<'PY' || fail "cannot write session $1"
import json, sys
content, path, sid, qid, version, created, finished, plan = sys.argv[1:9]
plan = dict(p.split("=") for p in plan.split())
q = json.load(open(content, encoding="utf-8"))
answers = {}
for sec in q["sections"]:
    for it in sec["items"]:
        v = plan.get(it["id"].split(".")[1], "-")
        if it["type"] != "likert" or qid != "visie" or v == "-":
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
PREV=20260112-080000-000002
OTHER=20260201-080000-000003
UNF=20260220-080000-000004
NEWER=20260401-080000-000005
ALL1="A1=1 A2=1 A3=1 A4=1 A5=1 A6=1 A7=1 A8=1"
ALL5="A1=5 A2=5 A3=5 A4=5 A5=5 A6=5 A7=5 A8=5"
PLAN_PREV="A1=3 A2=5 A3=2 A4=3 A5=4 A6=n A7=2 A8=5"
write_session "$OLD" visie 1.0.0 2025-11-03T08:00:00Z true "$ALL1"
write_session "$PREV" visie 1.0.0 2026-01-12T08:00:00Z true "$PLAN_PREV"
write_session "$OTHER" connectief-leiderschap 1.0.0 2026-02-01T08:00:00Z true ""
write_session "$UNF" visie 1.0.0 2026-02-20T08:00:00Z false "A8=5"
write_session "$NEWER" visie 1.0.0 2026-04-01T08:00:00Z true "$ALL5"
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
	wait_for "Resultaten · Visie"
	wait_for "Je beantwoordde 45 van de 45 vragen"
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
# Values after reversal per section: A1 3, A2 5, A3 2, A4 3, A5 4, A6 n.v.t.,
# A7 2, A8 5. Practice mean = sum(w * v) / sum(w) over its items, score =
# (mean - 1) * 25; four items per section, so per section w * 4:
#  visie: A1 .6*3, A2 .7*5, A3 .8*2, A4 .4*3, A5 .5*4, A7 .4*2, A8 .4*5
#         = (7.2 + 14 + 6.4 + 4.8 + 8 + 3.2 + 8) / 15.2 = 3.3947 -> 59.9
#  partnerschap_bestuur: A1 only (A6 n.v.t.): 3 -> 50.0
#  connectief: (A1 .8*3 + A7 .4*2) / 1.2 = 2.6667 -> 41.7
#  gespreid_leiderschap: A2 5 -> 100.0
#  leerwerkplaats: (A2 .4*5 + A3 .8*2) / 1.2 = 3 -> 50.0
#  veranderstrategie: A4 3 -> 50.0
#  onderwijskwaliteit: (A4 .8*3 + A5 .4*4) / 1.2 = 3.3333 -> 58.3
#  partnerkeuze: (A4 .4*3 + A7 2*2) / 2.4 = 2.1667 -> 29.2
#  onderzoeksmatig: A5 4 -> 75.0
#  schoolorganisatie: A8 5 -> 100.0
# Now (results_view): 64.7, 70.0, 83.3, 100.0, 83.3, 0.0, 8.3, 41.7, 25.0,
# 75.0; the change is taken from the scores as shown.
show_results
has "Vergeleken met je vorige sessie van 12-01-2026: onder elke score" ||
	fail_all "no line naming the previous session of 12-01-2026"
has "(niet afgerond)" && fail_all "PREV is finished"
has "andere versie" && fail_all "same version, yet a version note"
has "versie 1.0.0" && fail_all "same version, yet a version note"
expect_prev "Visiegestuurd werken" 24 59.9 "+4.8"
expect_prev "Bestuurder en schoolleider als partners in leren" 20 50.0 "+20.0"
expect_prev "Connectief leiderschap: grenzen overbruggen en samenwerking organiseren" 17 41.7 "+41.6"
expect_prev "Gespreid leiderschap" 40 100.0 "gelijk"
expect_prev "De school als gezamenlijke leerwerkplaats" 20 50.0 "+33.3"
expect_prev "Een passende veranderstrategie kiezen" 20 50.0 "-50.0"
expect_prev "Werken aan de kwaliteit van onderwijs" 23 58.3 "-50.0"
expect_prev "Gefundeerd samenwerkingspartners kiezen" 12 29.2 "+12.5"
expect_prev "Onderzoeksmatig werken en onderzoekscultuur" 30 75.0 "-50.0"
expect_prev "Inrichting van de schoolorganisatie" 40 100.0 "-25.0"
[ "$(grep -c '  vorige  ' "$T/all")" = 10 ] || fail_all "expected 10 'vorige' rows (once each)"
# the current scores are still there, unchanged
grep -F -q "64.7  In ontwikkeling  (31 vragen)" "$T/all" || fail_all "the current visie score is gone"
quit
unchanged

# 2. PREV made with another version (0.9.0) without section A8, and with an
# item that version 1.0.0 no longer has. Only items in both count: visie
# then is (7.2 + 14 + 6.4 + 4.8 + 8 + 3.2) / 13.6 = 3.2059 -> 55.1, and now,
# on the same items (without A8: 61 - 6.4 over 17 - 1.6) 3.5455 -> 63.6:
# +8.5. Inrichting van de schoolorganisatie (A8 only) has no score then.
python3 - "$S/$PREV.json" <<'PY' || fail "cannot edit PREV"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
s["questionnaire"]["version"] = "0.9.0"
s["answers"] = {k: v for k, v in s["answers"].items() if not k.startswith("VIS.A8.")}
s["answers"]["VIS.OUD.01"] = {"value": 1}
json.dump(s, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
PY
cp "$S/$PREV.json" "$T/$PREV.json.orig"
show_results
has "Vergeleken met je vorige sessie van 12-01-2026" || fail_all "no line naming PREV"
has "Die sessie gebruikte versie 0.9.0 van de vragenlijst, nu is het 1.0.0." ||
	fail_all "no note on the other version"
expect_prev "Visiegestuurd werken" 22 55.1 "+8.5 (nu 63.6)"
expect_prev "Bestuurder en schoolleider als partners in leren" 20 50.0 "+20.0"
expect_prev "Werken aan de kwaliteit van onderwijs" 23 58.3 "-50.0"
grep -F -x -A2 " Inrichting van de schoolorganisatie" "$T/all" |
	grep -F -x -q "   vorige keer geen score" ||
	fail_all "schoolorganisatie: expected 'vorige keer geen score'"
quit
unchanged

# 3. without PREV: OLD (finished) goes before the more recent UNF (not
# finished). Every value 1: 0.0 for every practice.
rm "$S/$PREV.json"
show_results
has "Vergeleken met je vorige sessie van 03-11-2025: onder elke score" ||
	fail_all "the finished OLD session is not preferred to UNF"
expect_prev "Visiegestuurd werken" 0 0.0 "+64.7"
expect_prev "Een passende veranderstrategie kiezen" 0 0.0 "gelijk"
quit
unchanged

# 4. only UNF is left before the current session, and another spiegel has it
# open (a plain-mode resume waiting for input): it is read all the same, and
# neither the holder nor its file is disturbed. UNF answered A8 only, all 5:
# schoolorganisatie 100.0 and visie (A8 only) 100.0.
rm "$S/$OLD.json"
mkfifo "$T/fifo" || fail "mkfifo"
"$SPIEGEL" --data-dir "$DATA" --content-dir "$CONTENT" resume "$UNF" --plain \
	<"$T/fifo" >"$T/holder.out" 2>&1 &
holder=$!
exec 7>"$T/fifo"
_holder_waits() { grep -q '^> ' "$T/holder.out" 2>/dev/null; }
_poll _holder_waits || fail "the holder did not open UNF: $(cat "$T/holder.out")"
show_results
has "Vergeleken met je vorige sessie van 20-02-2026 (niet afgerond): onder elke" ||
	fail_all "UNF (not finished, open elsewhere) is not shown as the previous session"
expect_prev "Visiegestuurd werken" 40 100.0 "-35.3"
expect_prev "Inrichting van de schoolorganisatie" 40 100.0 "-25.0"
grep -F -x -A2 " Gespreid leiderschap" "$T/all" | grep -F -x -q "   vorige keer geen score" ||
	fail_all "gespreid leiderschap: expected 'vorige keer geen score'"
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
