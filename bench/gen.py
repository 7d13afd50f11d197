"""Test data for the benchmarks, generated from the real content/ with a fixed
seed, so every run (and every machine) measures the same files.

handins(content, out, n): n hand-ins of the visie questionnaire with
pseudo-random answers and a shared open answer in every tenth (seed 7; the
generator of the former bench/group-memory.sh, so earlier figures compare).

sessions(content, out, n): a data dir with n sessions, as a school leader's
data dir looks after some years: every questionnaire, about four in five
finished (every item answered, open answers private), the rest stopped half
way with a position; ids and dates in time order.

Both write a stamp file beside the folder (OUT.stamp); a folder whose stamp matches (same generator, same
content, same n) is kept, so a rerun does not rewrite thousands of files.

    python3 bench/gen.py handins  CONTENT OUT N
    python3 bench/gen.py sessions CONTENT OUT N
"""

import hashlib
import json
import os
import shutil
import sys

GENERATOR = "spiegel-bench-gen/1"


class Lcg:
    """A linear congruential generator: seed * 1103515245 + 12345 mod 2^31."""

    def __init__(self, seed):
        self.seed = seed

    def next(self):
        self.seed = (self.seed * 1103515245 + 12345) % 2**31
        return self.seed


def _items(q):
    return [i for s in q["sections"] for i in s["items"]]


def _content_hash(content, names):
    h = hashlib.sha256()
    for name in sorted(names):
        with open(os.path.join(content, name), "rb") as f:
            h.update(name.encode() + b"\0" + f.read())
    return h.hexdigest()[:16]


def _stamp_path(out):
    """Beside the folder, not in it: group and the store see only their files."""
    return os.path.normpath(out) + ".stamp"


def _done(out, stamp):
    with open(_stamp_path(out), "w", encoding="utf-8") as f:
        f.write(stamp)


def _fresh(out, stamp):
    """True when out already holds exactly this data; else empties it."""
    path = _stamp_path(out)
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == stamp:
                return True
    except OSError:
        pass
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out, mode=0o700)
    os.chmod(out, 0o700)
    return False


def _write(path, obj):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent="\t")
        f.write("\n")


def handins(content, out, n):
    """n visie hand-ins in out/NNNNNN.json; returns the folder."""
    stamp = "%s handins visie n=%d content=%s\n" % (
        GENERATOR, n, _content_hash(content, ["visie.json"]))
    if _fresh(out, stamp):
        return out
    with open(os.path.join(content, "visie.json"), encoding="utf-8") as f:
        q = json.load(f)
    items = _items(q)
    rng = Lcg(7)
    for p in range(n):
        ans = {}
        for it in items:
            seed = rng.next()
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
        with open(os.path.join(out, "%06d.json" % p), "w", encoding="utf-8") as f:
            json.dump(s, f)
    _done(out, stamp)
    return out


def _answer(it, rng, p):
    r = rng.next()
    t = it["type"]
    if t == "likert":
        if it.get("na") and r % 17 == 0:
            return {"na": True}
        return {"value": 1 + r % 5}
    if t == "choice":
        return {"choice": it["options"][r % len(it["options"])]["value"]}
    if t == "scenario":
        opts = [o["value"] for o in it["options"]]
        most = opts[r % len(opts)]
        least = opts[(r // 7 + 1 + opts.index(most)) % len(opts)]
        if least == most:
            least = opts[(opts.index(most) + 1) % len(opts)]
        return {"most": most, "least": least}
    return {"text": "Mijn eigen overweging bij deze vraag, sessie %d: wat ik zag "
                    "en wat ik anders wil doen." % p}


def sessions(content, out, n):
    """A data dir out/ with n sessions in out/sessions; returns (out,
    unfinished, finished)."""
    names = sorted(f for f in os.listdir(content)
                   if f.endswith(".json") and f != "practices.json")
    stamp = "%s sessions n=%d content=%s\n" % (GENERATOR, n, _content_hash(content, names))
    qs = []
    for name in names:
        with open(os.path.join(content, name), encoding="utf-8") as f:
            q = json.load(f)
        if "sections" in q:
            qs.append(q)
    rng = Lcg(11)
    plan = []  # (questionnaire, finished) per session, also for a kept folder
    for p in range(n):
        q = qs[rng.next() % len(qs)]
        plan.append((q, rng.next() % 5 != 0))
    unfinished = sum(1 for _, done in plan if not done)
    counts = (out, unfinished, n - unfinished)
    if _fresh(out, stamp):
        return counts
    sdir = os.path.join(out, "sessions")
    os.makedirs(sdir, mode=0o700)
    # from 2020-09-01, a session every 1.7 days on average, in time order
    t = 1598950800
    for p, (q, done) in enumerate(plan):
        t += 3600 * (1 + rng.next() % 80) + rng.next() % 3600
        day, sec = divmod(t, 86400)
        y, m, d = _civil(day)
        hh, mm, ss = sec // 3600, sec // 60 % 60, sec % 60
        sid = "%04d%02d%02d-%02d%02d%02d-%06x" % (y, m, d, hh, mm, ss, rng.next() % 2**24)
        stampt = "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, hh, mm, ss)
        items = _items(q)
        upto = len(items) if done else rng.next() % len(items)
        ans = {it["id"]: _answer(it, rng, p) for it in items[:upto]}
        s = {"format": "spiegel-session/1", "id": sid,
             "questionnaire": {"id": q["id"], "version": q["version"]},
             "participant": "", "created": stampt, "updated": stampt, "finished": done}
        if not done:
            s["position"] = items[upto]["id"]
        s["answers"] = ans
        _write(os.path.join(sdir, sid + ".json"), s)
    _done(out, stamp)
    return counts


def _civil(days):
    """(year, month, day) of a day count since 1970-01-01 (Howard Hinnant)."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m, d)


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] not in ("handins", "sessions"):
        sys.exit(__doc__)
    kind, content, out, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    print((handins if kind == "handins" else sessions)(content, out, count))
