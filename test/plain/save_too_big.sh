#!/bin/sh
# Saving and loading share one set of limits: a save that would make a
# session larger than spiegel reads back (SESSION_MAX_FILE, 1 MiB) is
# refused before anything is written (NIET OPGESLAGEN, the old file intact
# and still readable), and spiegel check finds the questionnaires that can
# produce such sessions. The realistic case: many long open answers.
. "$SRCDIR/test/plain/lib.sh"
plain_init save_too_big

# --- check: a questionnaire with 200 open questions can reach 1.6 MB
cp -R "$SRCDIR/content" "$T/content"
python3 - "$T/content/dagboek.json" <<'EOF' || fail "cannot write the questionnaire"
import json, sys
items = [{"id": "DGB.A1.%03d" % i, "type": "open", "text": "Wat viel je op, dag %d?" % i,
          "source": {"ref": "algemeen"}} for i in range(1, 201)]
q = {"format": "spiegel-questionnaire/1", "id": "dagboek", "version": "1.0.0",
     "title": "Dagboek", "intro": "Elke dag een vraag.",
     "sections": [{"id": "A1", "title": "Dagen", "items": items}]}
json.dump(q, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EOF
"$SPIEGEL" --content-dir "$T/content" check >"$T/check.out" 2>"$T/check.err"
expect_status $? 1 "check of a questionnaire whose sessions can outgrow the limit"
expect_in "$T/check.out" "dagboek.json: een sessie van deze vragenlijst kan"
expect_in "$T/check.out" "meer dan spiegel leest (1048576)"
expect_not_in "$T/check.out" "In orde"
"$SPIEGEL" --content-dir "$SRCDIR/content" check >"$T/check2.out" 2>&1 ||
	fail_with "$T/check2.out" "the bundled content no longer passes check"

# --- save: a visie session with long answers kept from an earlier version
# (about 980 kB, readable); one more long open answer would pass 1 MiB
mkdir -p "$DATA/sessions" && chmod 700 "$DATA" "$DATA/sessions"
ID=20260101-000000-b16b16
F="$DATA/sessions/$ID.json"
python3 - "$CONTENT/visie.json" "$F" "$ID" <<'EOF' || fail "cannot write the session"
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
items = [it for s in q["sections"] for it in s["items"]]
opens = [it["id"] for it in items if it["type"] == "open"]
target, last = opens[0], items[-1]["id"]
answers = {}
for it in items:
    if it["id"] in (target, last):
        continue
    t = it["type"]
    if t == "likert":
        answers[it["id"]] = {"value": 3}
    elif t == "choice":
        answers[it["id"]] = {"choice": it["options"][0]["value"]}
    elif t == "scenario":
        answers[it["id"]] = {"most": it["options"][0]["value"], "least": it["options"][1]["value"]}
    else:
        answers[it["id"]] = {"text": "Kort."}
s = {"format": "spiegel-session/1", "id": sys.argv[3],
     "questionnaire": {"id": q["id"], "version": q["version"]}, "participant": "Anna",
     "created": "2026-01-01T00:00:00Z", "updated": "2026-01-01T00:00:00Z",
     "finished": False, "answers": answers}
size = lambda: len(json.dumps(s, ensure_ascii=False, indent=2).encode("utf-8"))
# long answers (4000 characters, 8000 bytes in JSON) up to 2-3 kB under 1 MiB
LIMIT, i = 1048576, 0
while size() < LIMIT - 11000:
    answers["OUD.%03d" % i] = {"text": '"' * 4000}
    i += 1
answers["OUD.%03d" % i] = {"text": '"' * ((LIMIT - 2500 - size() - 40) // 2)}
json.dump(s, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EOF
size=$(wc -c <"$F")
[ "$size" -gt 1040000 ] && [ "$size" -lt 1048576 ] || fail "the session is $size bytes"
sp report "$ID" >"$T/report0.out" 2>&1 || fail_with "$T/report0.out" "the big session is not readable"
cp "$F" "$T/before.json"

# a long answer to the open question, private, then the input ends
long=$(python3 -c 'print("Een lang antwoord met \"citaten\" " * 120)')
printf '%s\n\n' "$long" | sp resume "$ID" --plain >"$T/out" 2>"$T/err"
st=$?
expect_status "$st" 1 "the input ended after a save that was refused"
expect_in "$T/out" "NIET OPGESLAGEN"
expect_in "$T/out" "het bestand zou te groot worden om weer te lezen"
expect_in "$T/out" "Je laatste antwoorden zijn NIET opgeslagen."
expect_not_in "$T/out" "Je antwoorden zijn opgeslagen"
cmp -s "$F" "$T/before.json" || fail "the refused save changed the session file"
count=$(ls -A "$DATA/sessions" | grep -c 'tmp-') || :
[ "$count" = 0 ] || fail "temp files left"
sp report "$ID" >"$T/report1.out" 2>&1 || fail_with "$T/report1.out" "the session is no longer readable"
exit 0
