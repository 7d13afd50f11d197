#!/bin/sh
# Benchmark: peak memory and time of `spiegel group` as the number of files
# grows. The files are hand-ins of the visie questionnaire with pseudo-random
# answers (and a shared open answer in every tenth). Prints one line per size;
# the peak memory (the largest of the runs so far) should stay about flat (sessions are read one at a time),
# growing only by the session ids and shared answers it keeps.
#
#   sh bench/group-memory.sh [SPIEGEL] [SIZES...]
#   sh bench/group-memory.sh build/spiegel 100 1000 5000
set -eu
SPIEGEL=${1:-build/spiegel}
shift || true
SIZES=${*:-100 1000 5000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for n in $SIZES; do
	mkdir -p "$T/$n"
	python3 - "$ROOT/content/visie.json" "$T/$n" "$n" <<'PY'
import json, sys
q = json.load(open(sys.argv[1], encoding="utf-8"))
out, n = sys.argv[2], int(sys.argv[3])
items = [i for s in q["sections"] for i in s["items"]]
seed = 7
for p in range(n):
    ans = {}
    for it in items:
        seed = (seed * 1103515245 + 12345) % 2**31
        if it["type"] == "likert":
            ans[it["id"]] = {"value": 1 + seed % 5}
        elif it["type"] == "choice":
            ans[it["id"]] = {"choice": it["options"][seed % len(it["options"])]["value"]}
        elif it["type"] == "open" and p % 10 == 0:
            ans[it["id"]] = {"text": "gedeeld antwoord %d" % p, "shared": True}
    s = {"format": "spiegel-handin/1", "id": "20260101-000000-%06x" % p,
         "questionnaire": {"id": q["id"], "version": q["version"]},
         "participant": "P%d" % p, "created": "2026-01-01T00:00:00Z",
         "updated": "2026-01-01T00:00:00Z", "exported": "2026-01-01T00:00:00Z",
         "finished": True, "answers": ans, "withheld": 0}
    json.dump(s, open("%s/%06d.json" % (out, p), "w"))
PY
	python3 - "$SPIEGEL" "$ROOT/content" "$T/$n" "$n" <<'PY'
import resource, subprocess, sys, time
spiegel, content, folder, n = sys.argv[1:5]
for fmt in ("text", "csv"):
    t0 = time.monotonic()
    r = subprocess.run([spiegel, "--content-dir", content, "group", "--format", fmt, folder],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    dt = time.monotonic() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = r.stdout.decode()
    seen = out.count("\n") - 1 if fmt == "csv" else out.split("Deelnemers: ")[1].split(",")[0]
    print("%6s files  %-4s  %6.2f s  peak %6d KiB  (%s %s)" %
          (n, fmt, dt, rss, seen, "rows" if fmt == "csv" else "participants"))
PY
done
