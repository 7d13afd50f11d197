#!/usr/bin/env python3
"""Regenerate the hostile voornemen and portfolio-choice files under
test/data/bad/plan/ (issue 16), in the manner of make-corpus.py, whose
helpers (mut, edit, linecol) it uses.

    plan/p-*.json   a voornemen; test/plain/bad_corpus.sh puts it at
                    DATA/plans/20261201-090000-aaaaaa.json and runs
                    `plan show` and `plan update` on it
    plan/m-*.json   the portfolio choices; put at DATA/plans/portfolio.json,
                    `spiegel portfolio` must refuse it

Each .expect holds a fixed substring of the message, naming the file as it
lies there (20261201-090000-aaaaaa.json or portfolio.json) and the place.

Run from anywhere: python3 test/data/bad/make-plans.py
"""
import importlib.util
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("corpus", os.path.join(HERE, "make-corpus.py"))
corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus)
mut, edit, linecol, read = corpus.mut, corpus.edit, corpus.linecol, corpus.read

PLAN = read(os.path.join(HERE, "base", "plan.json"))
MARKS = read(os.path.join(HERE, "base", "portfolio.json"))
PF = "20261201-090000-aaaaaa.json"
MF = "portfolio.json"
DEEP = "[" * 1001 + "]" * 1001
CASES = []


def add(name, data, expect):
    assert all(c[0] != name for c in CASES), name
    CASES.append((name, data, expect))


def p_sem(name, fn, msg):
    add(name, edit(PLAN, fn), "%s: %s" % (PF, msg))


def p_syn(name, old, new, at, msg, base=PLAN, fname=PF):
    data, pos = mut(base, old, new, at)
    add(name, data, "%s:%s: %s" % (fname, linecol(data, pos), msg))


def p_raw(name, data, msg, pos, fname=PF):
    add(name, data, "%s:%s: %s" % (fname, linecol(data, pos), msg))


def m_sem(name, fn, msg):
    add(name, edit(MARKS, fn), "%s: %s" % (MF, msg))


def rev(o):
    return o["reviews"][0]


# ---- the scanner: what cJSON would let through
p_raw("p-empty-file", b"", "onverwacht einde van het bestand", 0)
p_raw("p-bom", b"\xef\xbb\xbf" + PLAN, "bestand begint met een byte order mark", 0)
cut = PLAN.index(b'"action"') + 4
p_raw("p-truncated-in-key", PLAN[:cut], "tekst zonder afsluitend aanhalingsteken", cut - 4)
p_raw("p-trailing-garbage", PLAN + b"\x00", "onverwachte tekst na het einde van de JSON-waarde",
      len(PLAN))
p_syn("p-dup-key-text", '"action": "Drie ouders bellen",',
      '"action": "Drie ouders bellen",\n  "text": "Iets anders",', '"text": "I',
      'sleutel "text" komt dubbel voor')
p_syn("p-dup-key-escaped", '"with": "de MR",', '"with": "de MR",\n  "\\u0077ith": "x",',
      '"\\u0077ith"', 'sleutel "with" komt dubbel voor')
p_syn("p-nul-escape", '"Drie ouders bellen"', '"Drie\\u0000 ouders bellen"', "\\u0000",
      "\\u0000 in tekst is niet toegestaan")
p_syn("p-escaped-esc", '"de MR"', '"de \\u001b[2JMR"', "\\u001b", "stuurteken in tekst is niet toegestaan")
p_syn("p-lone-surrogate", '"de MR"', '"de \\ud800MR"', "\\ud800", "losse UTF-16-surrogaat")
p_syn("p-utf8-invalid", '"de MR"', b'"de \xc0\xafMR"', b"\xc0", "ongeldige UTF-8")
data, pos = mut(PLAN, '"visie"', '"visie", %s' % DEEP, "[")
# "practices" is level 2: bracket 63 is level 65
p_raw("p-deep-nesting-1001", data, "te diep genest", pos + 62)
p_syn("p-number-1e400", '"de MR"', '1e400', "1e400", "getal buiten bereik")

# ---- the format, key by key
add("p-top-array", b"[]\n", "%s: het bestand moet een JSON-object zijn" % PF)
add("p-empty-object", b"{}\n", '%s: "format" ontbreekt' % PF)
p_sem("p-format-future", lambda o: o.update(format="spiegel-plan/2"),
      'formaat "spiegel-plan/2" is nieuwer of onbekend; werk spiegel bij')
p_sem("p-format-session", lambda o: o.update(format="spiegel-session/1"),
      'geen voornemen van spiegel (formaat "spiegel-session/1")')
p_sem("p-unknown-key", lambda o: o.update(coach="Bert"), 'onbekende sleutel "coach"')
p_sem("p-id-traversal", lambda o: o.update(id="../../etc/passwd"),
      '"id" is geen id van een voornemen')
p_sem("p-created-bad-stamp", lambda o: o.update(created="01-12-2026"),
      '"created" is geen tijdstip als 2026-01-31T12:00:00Z')
p_sem("p-date-impossible", lambda o: o.update(date="2027-02-29"), '"date" is geen datum als 2026-12-31')
p_sem("p-date-dutch", lambda o: o.update(date="04-01-2027"), '"date" is geen datum als 2026-12-31')
p_sem("p-date-missing", lambda o: o.pop("date"), '"date" ontbreekt')
p_sem("p-text-empty", lambda o: o.update(text="   "), "text: vul dit in")
p_sem("p-text-4001", lambda o: o.update(text="a" * 4001), "text: de tekst is te lang")
p_sem("p-with-401", lambda o: o.update(**{"with": "é" * 201}), "with: de tekst is te lang")
p_sem("p-text-number", lambda o: o.update(text=3), '"text" moet een tekst zijn')
p_sem("p-source-traversal", lambda o: o["source"].update(session="../../x"),
      "source: ongeldige sessie-id")
p_sem("p-source-unknown-key", lambda o: o["source"].update(path="/etc/passwd"),
      'source: onbekende sleutel "path"')
p_sem("p-step-without-source", lambda o: o.pop("source"),
      '"step" hoort bij een voornemen uit een sessie')
p_sem("p-practices-three", lambda o: o.update(practices=["visie", "kwaliteit", "omgeving"]),
      "practices: hoogstens 2 praktijken")
p_sem("p-practices-twice", lambda o: o.update(practices=["visie", "visie"]),
      'practices: praktijk "visie" staat er twee keer')
p_sem("p-practice-traversal", lambda o: o.update(practices=["../x"]),
      'practices: een praktijk is een id als "visie"')
p_sem("p-reviews-object", lambda o: o.update(reviews={}), '"reviews" moet een lijst [...] zijn')
p_sem("p-reviews-21", lambda o: o.update(reviews=[dict(rev(o)) for _ in range(21)]),
      "reviews: te veel terugblikken (21, hoogstens 20)")
p_sem("p-review-result", lambda o: rev(o).update(result="half"),
      'reviews[0]: "result" is "gedaan", "deels" of "nog-niet"')
p_sem("p-review-next", lambda o: rev(o).update(next="later"),
      'reviews[0]: "next" is "doorgaan", "nieuw" of "afgesloten"')
p_sem("p-review-next-date-on-close", lambda o: rev(o).update(next="afgesloten"),
      'reviews[0]: "next_date" hoort bij "doorgaan", en alleen daarbij')
p_sem("p-review-followup-traversal",
      lambda o: rev(o).update(next="nieuw", followup="../x", next_date=None) or rev(o).pop("next_date"),
      'reviews[0]: "followup" is geen id van een voornemen')
p_sem("p-closed-without-review", lambda o: o.update(closed="2026-12-22"),
      '"closed" zonder terugblik die het voornemen afsluit')
p_sem("p-closed-missing",
      lambda o: rev(o).update(next="afgesloten") or rev(o).pop("next_date"),
      'de laatste terugblik sluit het voornemen af, maar "closed" ontbreekt')
p_sem("p-closed-other-day",
      lambda o: (rev(o).update(next="afgesloten"), rev(o).pop("next_date"),
                 o.update(closed="2026-12-23")),
      '"closed" is niet de datum van de laatste terugblik')
p_sem("p-closing-not-last",
      lambda o: o.update(reviews=[dict(rev(o), next="afgesloten"), dict(rev(o))]) or
      o["reviews"][0].pop("next_date"),
      "reviews: alleen de laatste terugblik kan een voornemen afsluiten")

# ---- the portfolio choices
add("m-top-array", b"[]\n", "%s: het bestand moet een JSON-object zijn" % MF)
m_sem("m-format-future", lambda o: o.update(format="spiegel-portfolio-marks/2"),
      'formaat "spiegel-portfolio-marks/2" is nieuwer of onbekend')
m_sem("m-format-plan", lambda o: o.update(format="spiegel-plan/1"),
      'geen portfoliokeuze van spiegel (formaat "spiegel-plan/1")')
m_sem("m-unknown-key", lambda o: o["marks"][0].update(text="het antwoord zelf"),
      'marks[0]: onbekende sleutel "text"')
m_sem("m-duplicate", lambda o: o["marks"].append(dict(o["marks"][0])), "marks[1]: deze keuze staat er al")
m_sem("m-session-traversal", lambda o: o["marks"][0].update(session="../../x"),
      "marks[0]: ongeldige sessie of vraag")
m_sem("m-marks-2001",
      lambda o: o.update(marks=[{"session": "20261201-085000-c0ffee", "item": "I%d" % i}
                                for i in range(2001)]),
      "marks: te veel keuzes (2001, hoogstens 2000)")
p_syn("m-dup-key", '"updated": "2026-12-01T09:00:00Z",',
      '"updated": "2026-12-01T09:00:00Z",\n  "updated": "x",', '"updated": "x"',
      'sleutel "updated" komt dubbel voor', base=MARKS, fname=MF)


def main():
    d = os.path.join(HERE, "plan")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for name, data, expect in CASES:
        with open(os.path.join(d, name + ".json"), "wb") as f:
            f.write(data)
        with open(os.path.join(d, name + ".expect"), "w", encoding="utf-8") as f:
            f.write(expect + "\n")
    print("plan: %d" % len(CASES))


if __name__ == "__main__":
    main()
