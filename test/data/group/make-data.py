#!/usr/bin/env python3
"""Writes the group test data (run from this directory; the output is
committed). A tiny questionnaire pair with hand-computed group figures; the
arithmetic is in test/unit/test_group.c and doc/report-format.md."""
import json, os

SRC = {"file": "001_6ff50239769f674f.txt", "chapter": "hoofdstuk 1, Visiegestuurd werken",
       "authors": "Van Wessum, De Jong & Andersen", "lines": "313-340"}
SCALES = {"instemming": ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]}

def likert(iid, text, weights, reverse=False, na=False):
    return {"id": iid, "type": "likert", "scale": "instemming", "text": text,
            "help": "Testvraag.", "na": na, "reverse": reverse, "weights": weights,
            "source": SRC}

G01 = likert("G.01", "Ik weet waar de school over vijf jaar wil staan.", {"visie": 1.0})
G02 = likert("G.02", "Onze koers is voor mij onduidelijk.", {"visie": 1.0}, reverse=True)
G03 = likert("G.03", "Ik kies een aanpak die bij de verandering past.",
             {"visie": 0.5, "veranderstrategie": 0.5})
G04 = likert("G.04", "Ik pas mijn aanpak aan als het team vastloopt.",
             {"veranderstrategie": 1.0}, na=True)
G05 = {"id": "G.05", "type": "choice", "text": "In welke sector werk je?", "help": "Testvraag.",
       "options": [{"value": "po", "label": "primair onderwijs"},
                   {"value": "vo", "label": "voortgezet onderwijs"},
                   {"value": "mbo", "label": "middelbaar beroepsonderwijs"}], "source": SRC}
G06 = {"id": "G.06", "type": "open", "text": "Wat neem je mee?", "help": "Testvraag.",
       "source": SRC}
G07 = likert("G.07", "Ik bespreek de koers elk jaar met het team.", {"visie": 1.0})

def questionnaire(qid, title, items):
    return {"format": "spiegel-questionnaire/1", "id": qid, "version": "1.0.0",
            "title": title, "intro": "Testvragenlijst voor de groepstests.",
            "scales": SCALES,
            "sections": [{"id": "A", "title": "Koers", "intro": "Testonderdeel.",
                          "prompts": ["Waar wil je heen?"], "items": items}]}

os.makedirs("content", exist_ok=True)
# a copy, not a link: content files are opened without following links
with open("../../../content/practices.json", encoding="utf-8") as f:
    catalogue = json.load(f)
# the hand-computed figures below rest on one or two items per practice:
# thresholds low enough to score them (the coverage rule has its own tests)
catalogue["coverage"] = {"min_weight": 0.5, "min_items": 1}
catalogue = json.dumps(catalogue, ensure_ascii=False, indent=2) + "\n"
if os.path.lexists("content/practices.json"):
    os.unlink("content/practices.json")
with open("content/practices.json", "w", encoding="utf-8") as f:
    f.write(catalogue)
def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")
dump("content/groepstest.json", questionnaire("groepstest", "Groepstest", [G01, G02, G03, G04, G05, G06]))
dump("content/groepstest-basis.json",
     questionnaire("groepstest-basis", "Groepstest nulmeting", [G01, G02, G07]))

def session(sid, qid, who, answers, finished=True, handin=False, withheld=0):
    s = {"format": "spiegel-handin/1" if handin else "spiegel-session/1", "id": sid,
         "questionnaire": {"id": qid, "version": "1.0.0"}, "participant": who,
         "created": "2026-03-10T09:00:00Z", "updated": "2026-03-10T09:30:00Z"}
    if handin:
        s["exported"] = "2026-03-10T10:00:00Z"
    s["finished"] = finished
    s["answers"] = answers
    if handin:
        s["withheld"] = withheld
    return s

def v(x):
    return {"value": x}

NA = {"na": True}
os.makedirs("now", exist_ok=True)
os.makedirs("base", exist_ok=True)
now = [
    ("p1", "Anouk Kuiper", [v(5), v(1), v(4), v(4), {"choice": "po"},
                            {"text": "Meer samen leren in het team", "shared": True}], True, 0),
    # a session file, not a hand-in: its open answer is private
    ("p2", "Bram de Vries", [v(4), v(2), v(3), NA, {"choice": "vo"},
                             {"text": "PRIVE-canarie: niet voor de groep"}], True, -1),
    ("p3", "Jaël Özdemir", [v(3), v(3), v(5), v(2), {"choice": "vo"},
                            {"text": "Aandacht voor rust, \"echt\" rust", "shared": True}], True, 0),
    ("p4", "Daan Smit", [v(2), v(4), v(2), v(3), {"choice": "mbo"}, None], True, 0),
    ("p5", "Eva Bakker", [v(1), v(5), v(1), v(1), {"choice": "po"}, None], False, 0),
]
ids = ["G.01", "G.02", "G.03", "G.04", "G.05", "G.06"]
for n, (who, name, ans, fin, wh) in enumerate(now):
    answers = {i: a for i, a in zip(ids, ans) if a is not None}
    sid = "20260310-090000-00000%d" % (n + 1)
    dump("now/%s.json" % who, session(sid, "groepstest", name, answers, fin, wh >= 0, max(wh, 0)))
# the same hand-in twice (another file name): skipped as a duplicate
dump("now/p1-kopie.json", session("20260310-090000-000001", "groepstest", "Anouk Kuiper",
     {i: a for i, a in zip(ids, now[0][2]) if a is not None}, True, True, 0))
# another questionnaire in the same folder: reported and skipped
dump("now/ander.json", session("20260310-090000-000009", "groepstest-basis", "Zoë", {"G.01": v(3)}))
# not a session at all
with open("now/kapot.json", "w") as f:
    f.write("{\"format\": \"iets anders\"}\n")

base = [("b1", [4, 2, 5]), ("b2", [3, 3, 1]), ("b3", [2, 4, 3]), ("b4", [3, 2, 4]), ("b5", [1, 5, 2])]
for n, (who, vals) in enumerate(base):
    answers = {"G.01": v(vals[0]), "G.02": v(vals[1]), "G.07": v(vals[2])}
    sid = "20260301-090000-00010%d" % (n + 1)
    dump("base/%s.json" % who, session(sid, "groepstest-basis", "Basis " + who, answers, True, True, 0))
