#!/usr/bin/env python3
"""Writes the fixture content of the scoring tests (test/data/score/content).

A small catalogue and two questionnaires whose weights are chosen so that
every figure of doc/scoring.md (worked example) can be computed by hand.
They do not follow the bundled content, so they survive its revisions.
Run from this directory: python3 make-content.py
"""
import json

SRC = {"file": "001_6ff50239769f674f.txt", "chapter": "hoofdstuk 1", "lines": "535-550"}
LEVELS_ALL = ["ontwikkelpunt", "in_ontwikkeling", "sterk"]


def step(sid, levels, title):
    return {"id": sid, "levels": levels, "title": title,
            "text": "Een proefstap voor de tests: " + title.lower() + ".", "source": SRC}


def practice(pid, name, prefix):
    return {"id": pid, "name": name, "domain": "dom_proef", "description": "Proefpraktijk.",
            "source": SRC,
            "next_steps": [step("NS-%s-01" % prefix, ["ontwikkelpunt", "in_ontwikkeling"],
                                "Eerste stap %s" % prefix),
                           step("NS-%s-02" % prefix, ["ontwikkelpunt", "in_ontwikkeling"],
                                "Tweede stap %s" % prefix),
                           step("NS-%s-03" % prefix, ["sterk"], "Verdiepende stap %s" % prefix)]}


catalogue = {
    "format": "spiegel-practices/1", "version": "1.0.0",
    "coverage": {"min_weight": 2.0, "min_items": 3},
    "levels": [{"id": "ontwikkelpunt", "name": "Ontwikkelpunt", "min": 0},
               {"id": "in_ontwikkeling", "name": "In ontwikkeling", "min": 43.75},
               {"id": "sterk", "name": "Sterk", "min": 68.75}],
    "domains": [{"id": "dom_proef", "name": "Proefdomein"}],
    "qualities": [
        {"id": "pk_cognitief", "name": "Cognitieve kwaliteiten",
         "description": "Problemen doordacht aanpakken en overzien hoe dingen samenhangen."},
        {"id": "pk_sociaal", "name": "Sociale kwaliteiten",
         "description": "Aanvoelen wat er bij anderen speelt en daar helder op reageren."},
        {"id": "pk_psychologisch", "name": "Psychologische kwaliteiten",
         "description": "Vertrouwen in je eigen kunnen houden en terugveren na tegenslag."},
        {"id": "pk_zingevend", "name": "Zingevende kwaliteiten",
         "description": "Weten welke waarden je handelen sturen."}],
    "practices": [practice("visie", "Visiegestuurd werken", "vi"),
                  practice("kwaliteit", "Werken aan onderwijskwaliteit", "kw"),
                  practice("leraren", "Ontwikkeling van leraren", "le"),
                  practice("omgeving", "Samenwerken met de omgeving", "om"),
                  practice("organisatie", "Inrichting van de schoolorganisatie", "or"),
                  practice("bestuur", "Samenwerken met het bestuur", "be")],
}

SCALES = {"frequentie": ["nooit", "zelden", "soms", "vaak", "(bijna) altijd"]}


def likert(iid, weights, quality=None, reverse=False, na=False):
    it = {"id": iid, "type": "likert", "scale": "frequentie",
          "text": "Proefvraag %s over wat ik doe." % iid,
          "help": "Uitleg bij %s." % iid, "weights": weights, "source": SRC}
    if reverse:
        it["reverse"] = True
    if na:
        it["na"] = True
    if quality:
        it["quality"] = quality
    return it


def section(sid, title, items):
    return {"id": sid, "title": title, "intro": "Proefonderdeel %s." % sid, "items": items}


A = {"visie": 0.8, "organisatie": 0.2}
C = {"leraren": 0.75, "visie": 0.25}
proef = {
    "format": "spiegel-questionnaire/1", "id": "proef", "version": "1.0.0",
    "title": "Proef", "intro": "Een kleine vragenlijst voor de tests van de scores.",
    "practices": ["visie", "kwaliteit", "leraren", "omgeving"],
    "scales": SCALES,
    "sections": [
        section("A", "Visie", [
            {"id": "P.CTX", "type": "choice", "text": "In welke sector werk je?",
             "options": [{"value": "po", "label": "primair onderwijs"},
                         {"value": "vo", "label": "voortgezet onderwijs"}], "source": SRC},
            likert("P.A.01", A, "pk_cognitief"), likert("P.A.02", A, "pk_cognitief"),
            likert("P.A.03", A, "pk_zingevend"), likert("P.A.04", A, "pk_sociaal", reverse=True)]),
        section("B", "Kwaliteit", [
            likert("P.B.01", {"kwaliteit": 1}, "pk_cognitief"),
            likert("P.B.02", {"kwaliteit": 1}, "pk_cognitief"),
            likert("P.B.03", {"kwaliteit": 1}, "pk_sociaal", reverse=True),
            likert("P.B.04", {"kwaliteit": 1}, "pk_psychologisch")]),
        section("C", "Leraren", [
            likert("P.C.01", C, "pk_sociaal"), likert("P.C.02", C, "pk_psychologisch", reverse=True),
            likert("P.C.03", C, "pk_zingevend", na=True), likert("P.C.04", C, "pk_cognitief")]),
        section("D", "Omgeving", [
            likert("P.D.01", {"omgeving": 1}), likert("P.D.02", {"omgeving": 1}),
            likert("P.D.03", {"omgeving": 1}, reverse=True), likert("P.D.04", {"omgeving": 1}),
            {"id": "P.D.R", "type": "open", "text": "Wat neem je mee?", "source": SRC}]),
    ],
}

org = [likert("PO.O.%02d" % i, {"organisatie": 1}, reverse=(i == 3)) for i in range(1, 11)]
bes = [likert("PO.B.%02d" % i, {"bestuur": 1}, reverse=(i == 3)) for i in range(1, 11)]
omgeving = {
    "format": "spiegel-questionnaire/1", "id": "proef-organisatie", "version": "1.0.0",
    "title": "Proef organisatie", "intro": "Een tweede proefvragenlijst: organisatie en bestuur.",
    "practices": ["organisatie", "bestuur"],
    "scales": SCALES,
    "sections": [section("O", "Organisatie", org), section("B", "Bestuur", bes)],
}

for name, doc in (("practices", catalogue), ("proef", proef), ("proef-organisatie", omgeving)):
    with open("content/%s.json" % name, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
