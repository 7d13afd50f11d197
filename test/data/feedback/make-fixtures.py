#!/usr/bin/env python3
"""Fixtures of the feedback tests (doc/scoring.md, "Feedback: worked
example"): the score fixture content (test/data/score/content) with an
observer form on every likert item, a round of it and four answer files.
Run from anywhere: python3 test/data/feedback/make-fixtures.py"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = os.path.join(HERE, "..", "score", "content")
OUT = os.path.join(HERE, "content")
ROUND = "0123456789abcdef"


def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


os.makedirs(OUT, exist_ok=True)
for name in ("practices.json", "proef-organisatie.json"):
    shutil.copy(os.path.join(SCORE, name), os.path.join(OUT, name))
with open(os.path.join(SCORE, "proef.json"), encoding="utf-8") as f:
    q = json.load(f)
for sec in q["sections"]:
    for i, it in enumerate(sec["items"]):
        if it["type"] != "likert":
            continue
        new = {}
        for k, v in it.items():
            new[k] = v
            if k == "text":
                new["observer"] = "Hoe vaak zie je de schoolleider doen wat proefvraag %s beschrijft?" % it["id"]
        sec["items"][i] = new
dump(os.path.join(OUT, "proef.json"), q)


def fnv(h, text):
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return ((h ^ 0xFF) * 16777619) & 0xFFFFFFFF


# the form version as feedback_form_version computes it
h = 2166136261
for sec in q["sections"]:
    for it in sec["items"]:
        if it["type"] == "likert":
            h = fnv(h, it["id"])
            h = fnv(h, it["observer"])
            for label in q["scales"][it["scale"]]:
                h = fnv(h, label)
FORM = "%s/%s/%08x" % (q["id"], q["version"], h)
dump(os.path.join(HERE, "round.json"), {
    "format": "spiegel-round/1", "id": ROUND,
    "questionnaire": {"id": q["id"], "version": q["version"]}, "form": FORM,
    "sector": "po", "name": "Proef Schoolleider", "created": "2026-12-01T10:00:00Z"})

# the observers of the worked example: answers as given (reverse keyed:
# A.04, B.03, C.02, D.03); "weet niet" is no score
W = "weet niet"
observers = {
    "o1": ("teamlid", [4, 4, 4, 2], [3, 3, 3, 3], [W, W, W, W], [3, 3, 3, 3]),
    "o2": ("teamlid", [3, 3, 3, 3], [2, 2, 4, 2], [W, W, W, W], [W, W, W, W]),
    "o3": ("teamlid", [5, 5, 5, 1], [3, 3, 3, 3], [W, W, W, W], [4, 4, 2, 4]),
    "o4": ("bestuurder", [2, 2, 2, 4], [W, W, 2, 2], [W, W, W, W], [5, 5, 1, 5]),
}
open_answers = {
    "o1": {"blijven": "Je luistert goed."},
    "o3": {"blijven": "De rust in de teamvergadering.", "meer": "Vaker in de klas komen."},
}
worked = os.path.join(HERE, "worked")
os.makedirs(worked, exist_ok=True)
for n, (name, (role, a, b, c, d)) in enumerate(sorted(observers.items())):
    answers = {}
    for sec, vals in zip("ABCD", (a, b, c, d)):
        for k, v in enumerate(vals):
            answers["P.%s.%02d" % (sec, k + 1)] = v
    obj = {"format": "spiegel-feedback/1", "round": ROUND, "form": FORM, "role": role,
           "response": "%016x" % (0xabc0 + n), "answers": answers}
    if name in open_answers:
        obj["open"] = open_answers[name]
    dump(os.path.join(worked, name + ".json"), obj)
