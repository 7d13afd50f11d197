#!/usr/bin/env python3
"""Hostile answer files and feedback forms for test/plain/bad_corpus.sh
(issue 15), next to the content and session cases of make-corpus.py.

    feedback/fb-*.json   an observer's answer file: `spiegel feedback FILE`
    feedback/frm-*.html  a feedback form: `spiegel observe FILE --plain`

Each case is one mutation of a valid base, with an .expect file holding a
fixed part of the Dutch message (file, line:col or key, what is wrong).
Run from anywhere: python3 test/data/bad/make-feedback-corpus.py"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "feedback")

BASE = {
    "format": "spiegel-feedback/1",
    "round": "0123456789abcdef",
    "form": "proef/1.0.0/8ca9a42d",
    "role": "teamlid",
    "response": "00000000000abc01",
    "answers": {"P.A.01": 4, "P.A.02": "weet niet"},
    "open": {"blijven": "Goed luisteren."},
}
FORM = {
    "format": "spiegel-form/1", "round": "0123456789abcdef", "form": "proef/1.0.0/8ca9a42d",
    "title": "Proef", "name": "", "to": "je leidinggevende",
    "items": [{"id": "P.A.01", "text": "Hoe vaak zie je dat?",
               "scale": ["nooit", "zelden", "soms", "vaak", "(bijna) altijd"]}],
}
CASES = []


def case(name, data, expect):
    CASES.append((name, data if isinstance(data, bytes) else data.encode("utf-8"), expect))


def fb(name, fn, expect):
    o = json.loads(json.dumps(BASE))
    fn(o)
    case("fb-" + name + ".json", json.dumps(o, ensure_ascii=False, indent=2) + "\n",
         ("fb-%s.json: " % name) + expect)


def form_html(block):
    return ('<!DOCTYPE html><html lang="nl"><body>\n'
            '<script type="application/json" id="spiegel-formulier">' + block +
            "</script></body></html>\n")


def frm(name, fn, expect):
    o = json.loads(json.dumps(FORM))
    fn(o)
    case("frm-" + name + ".html", form_html(json.dumps(o, ensure_ascii=False)),
         ("frm-%s.html: " % name) + expect)


def setk(k, v):
    return lambda o: o.__setitem__(k, v)


def delk(k):
    return lambda o: o.pop(k)


fb("name-added", setk("name", "Bert de Vries"), 'onbekende sleutel "name"')
fb("time-added", setk("saved", "2026-12-01T10:00:00+01:00"), 'onbekende sleutel "saved"')
fb("future-format", setk("format", "spiegel-feedback/2"), 'antwoordformaat "spiegel-feedback/2" is nieuwer of onbekend')
fb("session-format", setk("format", "spiegel-session/1"), "geen antwoordbestand van een feedbackformulier")
fb("round-upper", setk("round", "0123456789ABCDEF"), "ongeldige ronde-id")
fb("round-short", setk("round", "0123"), "ongeldige ronde-id")
fb("round-traversal", setk("round", "../../etc/passwd"), "ongeldige ronde-id")
fb("response-missing", delk("response"), '"response"')
fb("response-number", setk("response", 12345), '"response"')
fb("role-unknown", setk("role", "directeur"), "onbekende rol")
fb("role-missing", delk("role"), '"role"')
fb("form-bad", setk("form", "proef"), "ongeldige formulierversie")
fb("form-long", setk("form", "p/1/" + "x" * 200), "ongeldige formulierversie")
fb("answers-array", setk("answers", [4, 3]), '"answers"')
fb("answers-missing", delk("answers"), '"answers"')
fb("answer-six", lambda o: o["answers"].update({"P.A.01": 6}), "answers: P.A.01: een antwoord is een getal van 1 tot en met 5")
fb("answer-zero", lambda o: o["answers"].update({"P.A.01": 0}), "answers: P.A.01: een antwoord is")
fb("answer-fraction", lambda o: o["answers"].update({"P.A.01": 3.5}), "answers: P.A.01: een antwoord is")
fb("answer-string-number", lambda o: o["answers"].update({"P.A.01": "4"}), "answers: P.A.01: een antwoord is")
fb("answer-null", lambda o: o["answers"].update({"P.A.01": None}), "answers: P.A.01: een antwoord is")
fb("answer-weet-ik-niet", lambda o: o["answers"].update({"P.A.01": "weet ik niet"}), "answers: P.A.01: een antwoord is")
fb("answer-key-traversal", lambda o: o["answers"].update({"../x": 3}), "answers: ongeldige vraag-id")
fb("answer-key-long", lambda o: o["answers"].update({"P" * 41: 3}), "answers: ongeldige vraag-id")
fb("answers-1001", lambda o: o.__setitem__("answers", {"Q%d" % i: 3 for i in range(1001)}), "answers: te veel antwoorden")
fb("open-unknown", lambda o: o["open"].update({"minder": "x"}), 'open: onbekende sleutel "minder"')
fb("open-empty", lambda o: o["open"].update({"meer": ""}), "open: meer: een leeg antwoord")
fb("open-long", lambda o: o["open"].update({"meer": "x" * 2001}), "open: meer: te lang")
fb("open-escape", lambda o: o["open"].update({"meer": "a\u001b[2Jb"}), "")
fb("open-number", lambda o: o["open"].update({"meer": 5}), 'open: "meer" moet een tekst zijn')
fb("top-array", lambda o: None, "")  # replaced below
CASES.pop()
case("fb-top-array.json", "[]\n", "fb-top-array.json: het bestand moet een JSON-object zijn")
raw = json.dumps(BASE, indent=2)
case("fb-dup-key.json", raw.replace('"role": "teamlid",', '"role": "teamlid",\n  "role": "anders",'),
     'fb-dup-key.json:6:3: sleutel "role" komt dubbel voor')
case("fb-dup-key-escaped.json", raw.replace('"role": "teamlid",', '"role": "teamlid",\n  "\\u0072ole": "anders",'),
     'fb-dup-key-escaped.json:6:3: sleutel "role" komt dubbel voor')
case("fb-truncated.json", raw[:60], "fb-truncated.json:")
case("fb-bom.json", b"\xef\xbb\xbf" + raw.encode(), "fb-bom.json:1:1:")
case("fb-latin1.json", raw.replace("Goed luisteren.", "Caf\u00e9").encode("latin-1"), "fb-latin1.json:")
case("fb-nul.json", raw.replace("Goed luisteren.", "a\\u0000b"), "fb-nul.json:")
case("fb-empty.json", b"", "fb-empty.json:")

frm("no-block", lambda o: None, "")
CASES.pop()
case("frm-no-block.html", "<!DOCTYPE html><html><body><p>Geen formulier.</p></body></html>\n",
     "frm-no-block.html: geen feedbackformulier van spiegel")
case("frm-unclosed.html", '<script type="application/json" id="spiegel-formulier">{"format": "spiegel-form/1"',
     "frm-unclosed.html: geen feedbackformulier van spiegel")
case("frm-broken-json.html", form_html('{"format": "spiegel-form/1",'), "frm-broken-json.html:2:")
frm("future-format", setk("format", "spiegel-form/2"), 'formulierformaat "spiegel-form/2" is nieuwer of onbekend')
frm("round-bad", setk("round", "xyz"), "ongeldige ronde-id")
frm("form-bad", setk("form", "a b"), "ongeldige formulierversie")
frm("items-empty", setk("items", []), "items: een formulier heeft 1 tot 1000 vragen")
frm("item-not-object", setk("items", ["P.A.01"]), "vraag 1: moet een object")
frm("item-dup-id", lambda o: o["items"].append(dict(o["items"][0])), 'vraag 2: vraag-id "P.A.01" komt twee keer voor')
frm("item-four-labels", lambda o: o["items"][0].update(scale=["a", "b", "c", "d"]), 'vraag 1: "scale" heeft precies vijf labels')
frm("item-escape", lambda o: o["items"][0].update(text="Hoe\u001b]52;c;x\u0007 vaak?"), '')
frm("item-extra-key", lambda o: o["items"][0].update(answer=5), 'vraag 1: onbekende sleutel "answer"')
frm("name-control", setk("name", "Anna\nBert"), '"name" moet een korte tekst zonder stuurtekens zijn')
frm("title-missing", delk("title"), '"title"')


def fix_positions():
    """the JSON scanner refuses an escaped control character where it
    stands: expect that line:col, computed from the file"""
    for i, (name, data, expect) in enumerate(CASES):
        if not expect.endswith(": "):
            continue
        pos = data.index(b"\\u001b")
        line = data[:pos].count(b"\n") + 1
        col = len(data[:pos].rsplit(b"\n", 1)[-1].decode("utf-8")) + 1
        CASES[i] = (name, data, "%s:%d:%d: stuurteken in tekst is niet toegestaan" % (name, line, col))


def main():
    fix_positions()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for name, data, expect in CASES:
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        base = name.rsplit(".", 1)[0]
        with open(os.path.join(OUT, base + ".expect"), "w", encoding="utf-8") as f:
            f.write(expect + "\n")
    print("feedback: %d" % len(CASES))


if __name__ == "__main__":
    main()
