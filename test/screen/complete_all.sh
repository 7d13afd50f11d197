#!/bin/sh
# Every bundled questionnaire (as `spiegel list` shows them) completed in the
# TUI with the keyboard: two keys on every situation (most, then least
# likely), a number on every follow-up, likert and context item, text on the
# open items; then the review screen, "a" to finish and the results.
. "$SRCDIR/test/screen/lib.sh"
screen_init complete_all

"$SPIEGEL" --content-dir "$CONTENT" list >"$T/list" || fail "spiegel list failed"
for want in visie connectief-leiderschap weerstand leiderschapsscan; do
	grep -q "^$want " "$T/list" || fail "spiegel list lacks $want"
done
for qid in $(cut -d' ' -f1 "$T/list"); do
rm -rf "$DATA"
python3 - "$CONTENT/$qid.json" >"$T/plan" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
items = [it for sec in q["sections"] for it in sec["items"]]
print(len(items), q["title"], sep="\t")
for k, it in enumerate(items):
    if it["type"] == "scenario":
        print("scenario", (k % 5) + 1, ((k + 2) % 5) + 1)
    elif it["type"] == "open":
        print("open", "Ik vraag eerst door.")
    else:
        print("key", (k % 3) + 1)
PY
ITEMS=$(sed -n 1p "$T/plan" | cut -f1)
title=$(sed -n 1p "$T/plan" | cut -f2)
run_spiegel start "$qid"
n=0
sed 1d "$T/plan" >"$T/steps"
while read -r kind a b; do
	n=$((n + 1))
	wait_for_item "$n"
	case $kind in
	scenario)
		keys "$a"
		wait_for "MINST waarschijnlijk"
		keys "$b"
		;;
	open)
		type_text "$a $b"
		keys Enter
		;;
	key) keys "$a" ;;
	esac
done <"$T/steps"
wait_for "Overzicht"
keys a
wait_for "Resultaten · ${title%%:*}" # long titles give way to the session id
wait_for "$ITEMS van de $ITEMS vragen"
keys q
wait_exit
assert_status 0
F=$(session_file) || exit 1
python3 - "$F" "$T/plan" <<'PY' || fail "session file does not hold every answer"
import json, sys
s = json.load(open(sys.argv[1], encoding="utf-8"))
plan = open(sys.argv[2], encoding="utf-8").read().split("\n")[1:]
a = s["answers"]
sc = [v for v in a.values() if "most" in v]
ok = s["finished"] and len(a) == int(open(sys.argv[2]).readline().split("\t")[0]) and \
    all("least" in v and v["least"] != v["most"] for v in sc) and \
    len(sc) == sum(1 for l in plan if l.startswith("scenario"))
if not ok:
    print(json.dumps(s, indent=1, ensure_ascii=False))
sys.exit(0 if ok else 1)
PY
echo "completed $qid ($ITEMS items) in the TUI"
done
exit 0
