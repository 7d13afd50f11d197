#!/bin/sh
# A resize storm while typing: on the open item 10, 200 resizes to random
# sizes from 1x1 up to 200x60 (seeded; set ROBUST_SEED to repeat a run),
# each followed by one typed character (every 10th size is waited for on
# the screen, the others come as fast as tmux sends them).  Halfway, at 30x8, the "Maak het
# venster groter" message must show.  Back at 80x24 spiegel still runs, the
# item is drawn again with the whole typed text, Enter saves it and the
# session file holds exactly that text.
. "$SRCDIR/test/screen/lib.sh"
. "$SRCDIR/test/screen/robust_lib.sh"
screen_init robust_resize_storm

SEED=${ROBUST_SEED:-$(awk -v p=$$ 'BEGIN { srand(); print (int(rand() * 1000000) + p) % 1000000 }')}
echo "robust_resize_storm: seed $SEED (ROBUST_SEED=$SEED repeats this run)"

# one line per step: width, height, character to type (no spaces, so that the
# wrapped text box reads back by joining its rows)
python3 - "$SEED" >"$T/steps" <<'PY' || fail "cannot make the steps"
import random, sys
r = random.Random(int(sys.argv[1]))
chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-ëéïöü"
fixed = {0: (1, 1), 1: (2, 1), 40: (1, 60), 80: (200, 1), 120: (1, 1), 199: (39, 12)}
for i in range(200):
    if i in fixed:
        w, h = fixed[i]
    elif r.random() < 0.3:               # often below the minimum of 40x12
        w, h = r.randint(1, 45), r.randint(1, 14)
    else:
        w, h = r.randint(1, 200), r.randint(1, 60)
    print(w, h, r.choice(chars))
PY

# the text box rows of the item, joined (column 3 on, after " │ ")
# (one python per poll: the machine may be slow, and _poll counts polls)
box_text() {
	screen 2>/dev/null | python3 -c 'import sys, unicodedata
s = unicodedata.normalize("NFC", sys.stdin.buffer.read().decode("utf-8", "replace"))
rows = [l[3:] for l in s.split("\n") if l[1:2] == "│"]
print("".join(rows).rstrip())'
}

_box_is_expected() {
	_got_box=$(box_text)
	[ "$_got_box" = "$expected" ]
}

RUN_ENV=$RUN_ENV_DEFAULT
write_run start visie
start_run
wait_for_item 1
go_to_item 10
wait_for "opslaan, verder"          # typing mode
expected="begin:"
type_text "$expected"
wait_for "│ $expected"

n=0
while read -r w h c; do
	tm resize-window -t spiegel -x "$w" -y "$h" \; send-keys -t spiegel -l -- "$c" ||
		fail "tmux resize-window -x $w -y $h / send-keys failed at step $n"
	expected="$expected$c"
	n=$((n + 1))
	if [ "$n" -eq 100 ]; then
		# one size below the minimum, checked explicitly
		tm resize-window -t spiegel -x 30 -y 8 || fail "tmux resize-window failed"
		wait_for "Maak het venster groter"
		assert_running
		continue
	fi
	# mostly a real storm (signals coalesce); every 10th size is waited for
	if [ $((n % 10)) -eq 0 ]; then
		TEST_NAME="robust_resize_storm: step $n at ${w}x${h}, seed $SEED"
		if [ "$w" -ge 40 ] && [ "$h" -ge 12 ]; then
			wait_for "vraag 10 van 45"
		elif [ "$w" -ge 24 ]; then
			wait_for "Maak het venster groter"
		fi
		TEST_NAME=robust_resize_storm
		assert_running
	fi
done <"$T/steps"
[ "$n" -eq 200 ] || fail "only $n resize steps ran"

tm resize-window -t spiegel -x 80 -y 24 || fail "tmux resize-window failed"
wait_gone "Maak het venster groter"
wait_for_item 10
assert_running
_poll _box_is_expected || {
	LAST_SCREEN=$(screen_nfc)
	fail "after the storm the text box shows '$_got_box', expected '$expected'"
}

keys Enter
wait_for_item 11
F=$(session_file) || exit 1
python3 - "$F" "$expected" <<'PY' || fail "the session file does not hold exactly the typed text (seed $SEED)"
import json, sys, unicodedata
s = json.load(open(sys.argv[1], encoding="utf-8"))
got = s["answers"].get("VIS.A1.R", {}).get("text")
want = unicodedata.normalize("NFC", sys.argv[2])
if got != want or s.get("draft") is not None:
    print("got  %r\nwant %r\ndraft %r" % (got, want, s.get("draft")))
    sys.exit(1)
PY
keys q
wait_exit
assert_status 0
exit 0
