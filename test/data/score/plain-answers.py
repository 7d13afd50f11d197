#!/usr/bin/env python3
"""The answers of a session file as plain-mode lines, item by item of the
questionnaire: plain-answers.py SESSION.json QUESTIONNAIRE.json. An item the
session did not answer is an empty line (passed over); an open answer is its
text and then an empty line (not shared with the group). Used by the tests
that answer the worked example (worked.json) in plain mode."""
import json
import sys

s = json.load(open(sys.argv[1], encoding="utf-8"))
q = json.load(open(sys.argv[2], encoding="utf-8"))
for sec in q["sections"]:
    for it in sec["items"]:
        a = s["answers"].get(it["id"], {})
        if not a:
            print("")
        elif "choice" in a:
            print(1 + [o["value"] for o in it["options"]].index(a["choice"]))
        elif "na" in a:
            print(0)
        elif "value" in a:
            print(a["value"])
        else:
            print(a["text"])
            print("")
