#!/usr/bin/env python3
"""Independent computation of the feedback figures (doc/scoring.md,
"Feedback"), compared with what spiegel prints in every format.

From the content files, the leader's session file and the answer files
alone (no spiegel code), in exact fractions: each observer's practice scores
under the coverage rules, the others' mean, spread and n per practice, the
groups per role (a role with fewer than 3 folded into "anderen", and further
while "anderen" would be 1 or 2), the difference with the self score, blind
spots and hidden strengths (12.5 points), the item means and the largest
item differences. Then `spiegel report SESSION --feedback ANSWERS` in json,
csv, text, markdown and html must hold exactly these figures, and never a
figure from fewer than 3 observers.

Usage: feedback_figures.py --spiegel BIN --content DIR --data DIR --session ID
       --answers DIR [--expect-n N]
Exit 0 when everything matches; otherwise the differences are printed."""
import argparse
import csv
import html
import io
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 50
K = 3
CLEAR = 125  # tenths
ROLES = ["teamlid", "collega-leidinggevende", "bestuurder", "anders"]
PLURAL = {"teamlid": "teamleden", "collega-leidinggevende": "collega-leidinggevenden",
          "bestuurder": "bestuurders", "anders": "anderen", "anderen": "anderen"}
errors = []


def err(msg):
    errors.append(msg)


def half_up(fr):
    """round a non-negative or negative Fraction to an integer, halves away from zero"""
    neg = fr < 0
    fr = abs(fr)
    n = (fr * 2 + 1) // 2
    return -int(n) if neg else int(n)


def show(t, sep="."):
    """tenths as spiegel shows them: a decimal point for machines (CSV,
    JSON), a decimal comma for people (sep=",")"""
    s = "-" if t < 0 else ""
    t = abs(t)
    return "%s%d%s%d" % (s, t // 10, sep, t % 10)


def signed(t, sep="."):
    return ("+" if t > 0 else "") + show(t, sep) if t != 0 else "0" + sep + "0"


def show_nl(t):
    return show(t, ",")


def signed_nl(t):
    return signed(t, ",")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def likert_items(q):
    return [it for s in q["sections"] for it in s["items"] if it["type"] == "likert"]


def milli(w):
    return int(round(Decimal(str(w)) * 1000))


def scores(items, values, cat):
    """practice id -> tenths for the practices whose coverage is enough"""
    cov = cat.get("coverage", {})
    min_w = milli(cov.get("min_weight", 2.0))
    min_i = cov.get("min_items", 3)
    S, W, N = {}, {}, {}
    for it in items:
        v = values.get(it["id"])
        if not isinstance(v, int) or not 1 <= v <= 5:
            continue
        c = 6 - v if it.get("reverse") else v
        for p, w in it["weights"].items():
            m = milli(w)
            S[p] = S.get(p, 0) + m * c
            W[p] = W.get(p, 0) + m
            N[p] = N.get(p, 0) + 1
    return {p: half_up(Fraction(250 * (S[p] - W[p]), W[p])) for p in W
            if W[p] >= min_w and N[p] >= min_i}


def full_coverage_ok(items, cat, p):
    cov = cat.get("coverage", {})
    w = sum(milli(it["weights"][p]) for it in items if p in it["weights"])
    n = sum(1 for it in items if p in it["weights"])
    return w >= milli(cov.get("min_weight", 2.0)) and n >= cov.get("min_items", 3)


def stat(ts):
    """(mean tenths, sd tenths, n) of a list of tenths, or None below K"""
    n = len(ts)
    if n < K:
        return None
    s1, s2 = sum(ts), sum(t * t for t in ts)
    mean = half_up(Fraction(s1, n))
    var = Fraction(n * s2 - s1 * s1, n * n)  # tenths^2
    sd = Decimal(var.numerator) / Decimal(var.denominator)
    sd = sd.sqrt()
    sdt = int((sd + Decimal("0.5")).to_integral_value(rounding="ROUND_FLOOR"))
    return (mean, sdt, n)


def groups_of(counts):
    own = [r for r in ROLES[:3] if counts.get(r, 0) >= K]
    rest = sum(c for r, c in counts.items() if r not in own)
    while 0 < rest < K and own:
        smallest = min(own, key=lambda r: (counts[r], -ROLES.index(r)))
        own.remove(smallest)
        rest += counts[smallest]
    gs = [(r, counts[r]) for r in own] + ([("anderen", rest)] if rest else [])
    return gs if len(gs) >= 2 else []


def subst(cat, sector, text):
    """the placeholders of doc/content-format.md for the round's sector"""
    def one(m):
        name = m.group(1)
        v = cat["variants"][name.lower()][sector]
        return v[0].upper() + v[1:] if name[0].isupper() else v
    return re.sub(r"\{([A-Za-z_]+)\}", one, text)


def compute(content, session, answers, sector):
    cat = load(os.path.join(content, "practices.json"))
    qid = session["questionnaire"]["id"]
    q = load(os.path.join(content, qid + ".json"))
    items = likert_items(q)
    practices = [p["id"] for p in cat["practices"] if full_coverage_ok(items, cat, p["id"])]
    names = {p["id"]: subst(cat, sector, p["name"]) for p in cat["practices"]}
    self_values = {k: v["value"] for k, v in session["answers"].items() if "value" in v}
    self_sc = scores(items, self_values, cat)
    obs = []
    for a in answers:
        vals = {k: v for k, v in a["answers"].items() if isinstance(v, int)}
        obs.append((a["role"], scores(items, vals, cat), a["answers"]))
    n = len(obs)
    counts = {}
    for r, _, _ in obs:
        counts[r] = counts.get(r, 0) + 1
    groups = groups_of(counts) if n >= K else []
    gid = {r: ("anderen" if r not in [g for g, _ in groups] else r) for r in ROLES}
    out = {"n": n, "shown": n >= K, "groups": groups, "practices": [], "items": []}
    for p in practices:
        ts = [sc[p] for _, sc, _ in obs if p in sc]
        st = stat(ts) if n >= K else None
        by = {}
        gts = {g: [sc[p] for r, sc, _ in obs if p in sc and gid[r] == g] for g, _ in groups}
        if groups and all(len(v) == 0 or len(v) >= K for v in gts.values()):
            by = {g: stat(v) for g, v in gts.items()}
        else:
            by = {g: None for g, _ in groups}
        s = self_sc.get(p)
        diff = s - st[0] if s is not None and st else None
        kind = None
        if diff is not None and diff >= CLEAR:
            kind = "blind_spot"
        elif diff is not None and diff <= -CLEAR:
            kind = "hidden_strength"
        out["practices"].append(dict(id=p, name=names[p], self=s, others=st, groups=by,
                                     diff=diff, kind=kind))
    for it in items:
        vals = [a[2].get(it["id"]) for a in obs]
        got = [10 * v for v in vals if isinstance(v, int)]
        unknown = sum(1 for v in vals if v == "weet niet")
        st = stat(got) if n >= K else None
        sv = session["answers"].get(it["id"], {}).get("value")
        diff = 10 * sv - st[0] if sv and st else None
        out["items"].append(dict(id=it["id"], text=it["observer"], self=sv, others=st,
                                 unknown=unknown, diff=diff, reverse=it.get("reverse", False)))
    order = [i for i, x in enumerate(out["items"]) if x["diff"]]
    order.sort(key=lambda i: (-abs(out["items"][i]["diff"]), i))
    out["top"] = [out["items"][i]["id"] for i in order[:5]]
    bl = [x for x in out["practices"] if x["kind"] == "blind_spot"]
    hi = [x for x in out["practices"] if x["kind"] == "hidden_strength"]
    pidx = {p: i for i, p in enumerate(c["id"] for c in cat["practices"])}
    out["blind"] = [x["id"] for x in sorted(bl, key=lambda x: (-abs(x["diff"]), pidx[x["id"]]))]
    out["hidden"] = [x["id"] for x in sorted(hi, key=lambda x: (-abs(x["diff"]), pidx[x["id"]]))]
    return out


def run(args, fmt):
    cmd = [args.spiegel, "--data-dir", args.data, "--content-dir", args.content, "report",
           args.session, "--feedback", args.answers, "--format", fmt]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        err("%s: status %d: %s" % (fmt, r.returncode, r.stderr))
    return r.stdout


def check_json(exp, text):
    j = json.loads(text)
    if j["responses"] != exp["n"] or j["shown"] != exp["shown"]:
        err("json: responses/shown %s/%s, expected %s/%s" % (j["responses"], j["shown"],
                                                           exp["n"], exp["shown"]))
    gs = [(g["id"], g["n"]) for g in j["groups"]]
    if gs != exp["groups"]:
        err("json: groups %s, expected %s" % (gs, exp["groups"]))
    if not exp["shown"]:
        if j["practices"] or j.get("items"):
            err("json: observer figures below %d observers" % K)
        return

    def st(x):
        return None if x is None else (round(x["mean"] * 10), round(x["sd"] * 10), x["n"])

    got = {p["id"]: p for p in j["practices"]}
    for p in exp["practices"]:
        g = got.get(p["id"])
        if g is None:
            err("json: practice %s missing" % p["id"])
            continue
        s = None if g["self"] is None else round(g["self"] * 10)
        d = None if g["difference"] is None else round(g["difference"] * 10)
        if (s, st(g["others"]), d, g["kind"]) != (p["self"], p["others"], p["diff"], p["kind"]):
            err("json: %s: self/others/diff/kind %s %s %s %s, expected %s %s %s %s" % (
                p["id"], s, st(g["others"]), d, g["kind"], p["self"], p["others"], p["diff"],
                p["kind"]))
        for gid, want in p["groups"].items():
            if st(g.get("groups", {}).get(gid)) != want:
                err("json: %s group %s: %s, expected %s" % (p["id"], gid,
                                                            g.get("groups", {}).get(gid), want))
    gi = {i["id"]: i for i in j["items"]}
    for it in exp["items"]:
        g = gi[it["id"]]
        o = g["others"]
        got_st = None if o is None else (round(o["mean"] * 10), round(o["sd"] * 10), o["n"])
        if got_st != it["others"]:
            err("json: item %s: %s, expected %s" % (it["id"], got_st, it["others"]))
        if o is not None and o["unknown"] != it["unknown"]:
            err("json: item %s: unknown %s, expected %s" % (it["id"], o["unknown"], it["unknown"]))
    if j["largest_differences"] != exp["top"]:
        err("json: largest differences %s, expected %s" % (j["largest_differences"], exp["top"]))
    if j["blind_spots"] != exp["blind"] or j["hidden_strengths"] != exp["hidden"]:
        err("json: blind/hidden %s %s, expected %s %s" % (j["blind_spots"], j["hidden_strengths"],
                                                          exp["blind"], exp["hidden"]))


def check_csv(exp, text):
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    if not exp["shown"]:
        if rows:
            err("csv: rows below %d observers" % K)
        return
    want = []
    for p in exp["practices"]:
        o = p["others"]
        want.append(("praktijk", p["id"], "iedereen",
                     "" if p["self"] is None else show(p["self"]),
                     show(o[0]) if o else "", show(o[1]) if o else "", str(o[2]) if o else "",
                     "" if p["diff"] is None else show(p["diff"]),
                     {"blind_spot": "blinde_vlek", "hidden_strength": "verborgen_kracht",
                      None: ""}[p["kind"]]))
        for gid, st in p["groups"].items():
            if st:
                want.append(("praktijk", p["id"], gid if gid == "anderen" else gid, "",
                             show(st[0]), show(st[1]), str(st[2]), "", ""))
    for it in exp["items"]:
        o = it["others"]
        want.append(("vraag", it["id"], "iedereen", str(it["self"] or ""),
                     show(o[0]) if o else "", show(o[1]) if o else "", str(o[2]) if o else "",
                     "" if it["diff"] is None else show(it["diff"]), ""))
    got = [(r["soort"], r["id"], r["groep"], r["jij"], r["anderen"], r["spreiding"], r["n"],
            r["verschil"], r["kenmerk"]) for r in rows]
    if got != want:
        for a, b in zip(got, want):
            if a != b:
                err("csv: row %s, expected %s" % (a, b))
                break
        if len(got) != len(want):
            err("csv: %d rows, expected %d" % (len(got), len(want)))


def check_human(exp, fmt, text):
    """text, markdown and html: each figure where the format puts it"""
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text)) if fmt == "html" else text
    if not exp["shown"]:
        if "pas vanaf 3 antwoorden" not in plain.replace("\n", " "):
            err("%s: does not say why nothing is shown" % fmt)
        for p in exp["practices"]:
            if p["name"] in plain:
                err("%s: names practice %s below %d observers" % (fmt, p["id"], K))
        return
    for p in exp["practices"]:
        o = p["others"]
        if fmt == "markdown":
            cells = [p["name"], show_nl(p["self"]) if p["self"] is not None else "–"]
            cells += [show_nl(o[0]), show_nl(o[1]), str(o[2])] if o else ["–", "–", "–"]
            cells += [signed_nl(p["diff"]) if p["diff"] is not None else "–",
                      {"blind_spot": "blinde vlek", "hidden_strength": "verborgen kracht",
                       None: ""}[p["kind"]]]
            row = "| " + " | ".join(cells) + " |"
            if row not in text:
                err("markdown: row %r missing" % row)
        elif fmt == "text":
            block = text.split("\n  %s\n" % p["name"], 1)
            if len(block) < 2:
                err("text: practice %s missing" % p["name"])
                continue
            block = block[1].split("\n\n", 1)[0]
            if p["self"] is not None and not re.search(r"jij\s+%s\b" % re.escape(show_nl(p["self"])), block):
                err("text: %s: self %s not shown" % (p["id"], show_nl(p["self"])))
            if o and not re.search(r"anderen\s+%s .*spreiding %s, %d personen" % (
                    re.escape(show_nl(o[0])), re.escape(show_nl(o[1])), o[2]), block):
                err("text: %s: others %s not shown: %r" % (p["id"], o, block))
            if not o and "te weinig antwoorden" not in block:
                err("text: %s: others should be hidden" % p["id"])
            for gid, st in p["groups"].items():
                if st and not re.search(r"%s\s+%s\s+spreiding %s, %d personen" % (
                        re.escape(PLURAL[gid]), re.escape(show_nl(st[0])), re.escape(show_nl(st[1])),
                        st[2]), block):
                    err("text: %s: group %s %s not shown" % (p["id"], gid, st))
            if p["diff"] is not None and not re.search(r"verschil\s+%s" % re.escape(signed_nl(p["diff"])), block):
                err("text: %s: difference %s not shown" % (p["id"], signed_nl(p["diff"])))
        else:
            cells = [p["name"], show_nl(p["self"]) if p["self"] is not None else "–"]
            cells += [show_nl(o[0]), show_nl(o[1]), str(o[2])] if o else ["–", "–", "–"]
            cells += [signed_nl(p["diff"]) if p["diff"] is not None else "–"]
            pat = r"\s+".join(re.escape(c) for c in cells)
            if not re.search(pat, plain):
                err("html: row %s missing" % cells)
    for gid, n in exp["groups"]:
        label = "%s (%d)" % (PLURAL[gid], n) if fmt != "text" else "%s %d" % (PLURAL[gid], n)
        if label not in plain:
            err("%s: group %r missing" % (fmt, label))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spiegel", required=True)
    ap.add_argument("--content", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--session", required=True)
    ap.add_argument("--answers", required=True)
    ap.add_argument("--expect-n", type=int)
    args = ap.parse_args()
    session = load(os.path.join(args.data, "sessions", args.session + ".json"))
    answers = [load(os.path.join(args.answers, f)) for f in sorted(os.listdir(args.answers))
               if f.endswith(".json")]
    rounds = sorted({a["round"] for a in answers})
    rf = os.path.join(args.data, "feedback", rounds[0] + ".json") if len(rounds) == 1 else ""
    sector = load(rf)["sector"] if os.path.exists(rf) else "algemeen"
    exp = compute(args.content, session, answers, sector)
    if args.expect_n is not None and exp["n"] != args.expect_n:
        err("expected %d answer files, found %d" % (args.expect_n, exp["n"]))
    check_json(exp, run(args, "json"))
    check_csv(exp, run(args, "csv"))
    for fmt in ("text", "markdown", "html"):
        check_human(exp, fmt, run(args, fmt))
    if errors:
        print("\n".join(errors))
        return 1
    shown = sum(1 for p in exp["practices"] if p["others"])
    print("feedback figures: %d observers, groups %s, %d practices with an observer figure, "
          "%d blind spots, %d hidden strengths: json, csv, text, markdown and html agree" % (
              exp["n"], exp["groups"], shown, len(exp["blind"]), len(exp["hidden"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
