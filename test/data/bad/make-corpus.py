#!/usr/bin/env python3
"""Regenerate the hostile-file corpus under test/data/bad/.

Every case is one file and an .expect file next to it holding a fixed
substring of the Dutch message spiegel must print for it (file name, line:col
or item/key, and what is wrong).  The cases are built from the small valid
files in base/ by a single mutation each, so the message can only come from
that mutation.  Positions (line:col, column counted in characters as spiegel
does) are computed here from the mutation, not copied from spiegel's output.

    content/cat-*.json   practices catalogue; the test copies it to
                         DIR/practices.json next to a valid proef.json
    content/q-*.json     questionnaire; the test copies it to DIR/proef.json
                         next to a valid practices.json
    session/s-*.json     session file; the test copies it to TMP/<case>.json
                         and gives that path to report and resume
    intervisie/iv-*.json an intervisie group with meetings (base: the golden
                         fixture test/data/golden/intervisie/bijeenkomsten.json);
                         the test copies it to TMP/<case>.json and gives that
                         path to intervisie FILE verslag and bijeenkomsten
                         (with the golden fixture content and its kit)

Large and special files (100 MB, symlink, FIFO, directory, /dev/zero, an
object with 125 000 keys, 1001 items) are made at test time by
test/plain/bad_corpus.sh.

Cases whose expectation spiegel does not meet yet are kept as they are: the
expectation says what spiegel should print, not what it prints today.

Run from anywhere: python3 test/data/bad/make-corpus.py
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "base")


def read(path):
    with open(path, "rb") as f:
        return f.read()


CAT = read(os.path.join(BASE, "content", "practices.json"))
Q = read(os.path.join(BASE, "content", "proef.json"))
SES = read(os.path.join(BASE, "session.json"))


def linecol(data, pos):
    """line:col of byte offset pos as spiegel counts it (columns are
    characters: UTF-8 continuation bytes do not count)."""
    line, col = 1, 1
    for b in data[:pos]:
        if b == 0x0A:
            line, col = line + 1, 1
        elif b & 0xC0 != 0x80:
            col += 1
    return "%d:%d" % (line, col)


def b(s):
    return s.encode("utf-8") if isinstance(s, str) else s


def mut(base, old, new, at=None):
    """Replace the single occurrence of old by new.  With at (a substring of
    new), also return the byte offset where at starts in the result."""
    old, new = b(old), b(new)
    n = base.count(old)
    assert n == 1, "%r occurs %d times" % (old, n)
    i = base.index(old)
    data = base[:i] + new + base[i + len(old):]
    if at is None:
        return data, None
    at = b(at)
    assert new.count(at) >= 1, "%r not in %r" % (at, new)
    return data, i + new.index(at)


def edit(base, fn):
    """Semantic mutation: parse, let fn change the object, dump as spiegel's
    own files are laid out (2 spaces, UTF-8)."""
    obj = json.loads(base)
    fn(obj)
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


CASES = []  # (dir, name, data, expect)


def add(kind, name, data, expect):
    assert all(c[1] != name for c in CASES), name
    CASES.append((kind, name, data, expect))


def syn(kind, name, fname, base, old, new, at, msg):
    """A syntax case: expect 'FILE:L:C: msg' at the marked position."""
    data, pos = mut(base, old, new, at)
    add(kind, name, data, "%s:%s: %s" % (fname, linecol(data, pos), msg))


DEEP = "[" * 1001 + "]" * 1001

# ---------------------------------------------------------------- catalogue
C = "content"
PJ = "practices.json"


def cat_syn(name, old, new, at, msg):
    syn(C, name, PJ, CAT, old, new, at, msg)


def cat_sem(name, fn, msg, bare=False):
    """bare: the message may name more context before msg (no file prefix
    in the expectation)"""
    add(C, name, edit(CAT, fn), msg if bare else "%s: %s" % (PJ, msg))


add(C, "cat-empty-file", b"", PJ + ":1:1: onverwacht einde van het bestand")
cut = CAT.index(b"Visiegestuurd werken") + 8
add(C, "cat-truncated-in-string", CAT[:cut],
    "%s:%s: tekst zonder afsluitend aanhalingsteken"
    % (PJ, linecol(CAT, CAT.rindex(b'"', 0, cut))))
cut = CAT.index(b'"min_answers":') + len(b'"min_answers":')
add(C, "cat-truncated-after-colon", CAT[:cut],
    "%s:%s: onverwacht einde van het bestand" % (PJ, linecol(CAT, cut)))
cut = CAT.index(b'"id": "NS-proef-01"') + len(b'"id": "NS-proef-01"')
opn = CAT.rindex(b"{", 0, cut)
add(C, "cat-truncated-in-nested-object", CAT[:cut],
    "%s:%s: object zonder afsluitende '}'" % (PJ, linecol(CAT, opn)))
cut = CAT.index(b"Sterk") + 2
data = CAT[:cut] + b"\\u00"
add(C, "cat-truncated-in-u-escape", data,
    "%s:%s: onvolledige \\u-code" % (PJ, linecol(data, len(data) - 2)))
add(C, "cat-top-array", b"[]\n", PJ + ": het bestand moet een JSON-object zijn")
add(C, "cat-empty-object", b"{}\n", PJ + ': "format" ontbreekt')
cat_sem("cat-format-number", lambda o: o.update(format=1), '"format" moet een tekst zijn')
cat_sem("cat-format-questionnaire",
        lambda o: o.update(format="spiegel-questionnaire/1"),
        'onbekend formaat "spiegel-questionnaire/1" (verwacht spiegel-practices/1)')
cat_sem("cat-future-format", lambda o: o.update(format="spiegel-practices/2"),
        'formaat "spiegel-practices/2" is nieuwer dan deze versie van spiegel kent')
cat_sem("cat-unknown-key", lambda o: o.update(practises=[]), 'onbekende sleutel "practises"')
cat_sem("cat-key-case-variant", lambda o: o.update(Levels=[]), 'onbekende sleutel "Levels"')
cat_sem("cat-missing-levels", lambda o: o.pop("levels"), '"levels" ontbreekt')
cat_sem("cat-levels-object", lambda o: o.update(levels={}),
        '"levels" moet een lijst [...] zijn')
cat_sem("cat-level-not-object",
        lambda o: o.update(levels=["ontwikkelpunt", "in_ontwikkeling", "sterk"]),
        "niveau 1: moet een object {...} zijn", bare=True)
cat_sem("cat-levels-unordered",
        lambda o: o["levels"][2].update(min=40),
        'niveau 3: niveaus moeten oplopen in "min"')
cat_sem("cat-level-min-string", lambda o: o["levels"][1].update(min="43.75"),
        'niveau 2: "min" moet een getal zijn')
cat_sem("cat-level-min-over-100", lambda o: o["levels"][2].update(min=100.5),
        'niveau 3: "min" moet tussen 0 en 100 liggen')
cat_sem("cat-min-answers-fraction", lambda o: o.update(min_answers=2.5),
        '"min_answers" moet een geheel getal van 1 tot 50 zijn')
cat_sem("cat-min-answers-bool", lambda o: o.update(min_answers=True),
        '"min_answers" moet een getal zijn')
cat_syn("cat-1e400", '"min": 68.75', '"min": 1e400', "1e400", "getal buiten bereik")
cat_syn("cat-neg-1e400", '"min_answers": 2,', '"min_answers": -1e400,', "-1e400",
        "getal buiten bereik")
cat_syn("cat-nan", '"min": 43.75', '"min": NaN', "NaN", "onverwacht teken")
cat_syn("cat-neg-infinity", '"min": 68.75', '"min": -Infinity', "-Infinity", "ongeldig getal")
cat_syn("cat-huge-integer", '"min_answers": 2,',
        '"min_answers": 123456789012345678901234567890,', "1234", "getal buiten bereik")
cat_syn("cat-long-number", '"min": 43.75', '"min": 43.' + "7" * 70, "43.", "getal is te lang")
cat_syn("cat-hex-number", '"min_answers": 2,', '"min_answers": 0x2,', "x2",
        "',' of '}' verwacht")
cat_syn("cat-dup-key-top", '"version": "1.0.0",', '"version": "1.0.0",\n  "version": "2.0.0",',
        '"version": "2', 'sleutel "version" komt dubbel voor')
cat_syn("cat-dup-key-deep", '"lines": "535-550"\n          }\n        },\n        {\n          "id": "NS-proef-02"',
        '"lines": "535-550",\n            "lines": "1-2"\n          }\n        },\n        {\n          "id": "NS-proef-02"',
        '"lines": "1-2"', 'sleutel "lines" komt dubbel voor')
# a key spelled with an escape is the same key (issue 11)
cat_syn("cat-dup-key-escaped", '"version": "1.0.0",', '"\\u0076ersion": "2.0.0",\n  "version": "1.0.0",',
        '"version": "1', 'sleutel "version" komt dubbel voor')
cat_sem("cat-dup-practice-id", lambda o: o["practices"][1].update(id="visie"),
        "praktijk visie: id komt dubbel voor")
cat_sem("cat-dup-step-id", lambda o: o["practices"][1]["next_steps"][0].update(id="NS-proef-01"),
        'stap-id "NS-proef-01" komt dubbel voor')
cat_sem("cat-unknown-domain", lambda o: o["practices"][1].update(domain="dom_regio"),
        'praktijk partnerschap: onbekend domein "dom_regio"')
cat_sem("cat-unknown-level-in-step",
        lambda o: o["practices"][0]["next_steps"][1].update(levels=["expert"]),
        'stap NS-proef-02: onbekend niveau in "levels"')
cat_sem("cat-no-next-steps", lambda o: o["practices"][1].update(next_steps=[]),
        "praktijk partnerschap: geen volgende stappen")
cat_sem("cat-practices-empty", lambda o: o.update(practices=[]), "geen praktijken")
cat_sem("cat-practices-string", lambda o: o.update(practices="visie"),
        '"practices" moet een lijst [...] zijn')
cat_sem("cat-practice-id-traversal", lambda o: o["practices"][0].update(id="../visie"),
        "praktijk ../visie: ongeldige id")
cat_sem("cat-step-id-slash",
        lambda o: o["practices"][1]["next_steps"][0].update(id="NS/../03"),
        "stap NS/../03: ongeldige id")
cat_sem("cat-practice-id-too-long",
        lambda o: o["practices"][1].update(id="p" * 41),
        "praktijk %s: ongeldige id" % ("p" * 41))
cat_sem("cat-source-lines-letters",
        lambda o: o["practices"][0]["source"].update(lines="een paar regels"),
        'praktijk visie: bron: "lines" moet regelnummers bevatten')
cat_sem("cat-source-missing-file", lambda o: o["practices"][1]["source"].pop("file"),
        'praktijk partnerschap: bron: "file" ontbreekt')
add(C, "cat-bom", b"\xef\xbb\xbf" + CAT, PJ + ":1:1: bestand begint met een byte order mark")
data, pos = mut(CAT, '"name": "Sterk",', '"name": "Sterk",\n      "name": "Sterk",', None)
crlf = data.replace(b"\n", b"\r\n")
i = crlf.index(b'"name": "Sterk"', crlf.index(b'"name": "Sterk"') + 1)
add(C, "cat-crlf-dup-key", crlf,
    '%s:%s: sleutel "name" komt dubbel voor' % (PJ, linecol(crlf, i)))
add(C, "cat-trailing-garbage", CAT + b"x\n",
    "%s:%s: onverwachte tekst na het einde van de JSON-waarde" % (PJ, linecol(CAT + b"x", len(CAT))))
data = CAT.replace(b'"min": 68.75\n    }\n  ],', b'"min": 68.75\n    },\n  ],', 1)
i = data.index(b"  ],", data.index(b'"min": 68.75')) + 2
add(C, "cat-trailing-comma", data, "%s:%s: onverwacht teken" % (PJ, linecol(data, i)))
add(C, "cat-single-quotes", b"{'format': 'spiegel-practices/1'}\n",
    PJ + ":1:2: sleutel (tekst tussen aanhalingstekens) verwacht")
add(C, "cat-comment", b"// catalogus\n" + CAT, PJ + ":1:1: onverwacht teken")
cat_syn("cat-utf8-overlong", '"name": "Ontwikkelpunt"', b'"name": "Ontwikkel\xc0\xafpunt"', b"\xc0",
        "ongeldige UTF-8")
cat_syn("cat-utf8-surrogate-key", '"domain": "dom_visie",\n      "secondary_domains"',
        b'"domain": "dom_visie",\n      "secondary\xed\xa0\x80domains"', b"\xed", "ongeldige UTF-8")
cat_syn("cat-utf8-truncated-seq", '"name": "Visiegestuurd werken"',
        b'"name": "Visiegestuurd werken \xe2\x82"', b"\xe2", "ongeldige UTF-8")
cat_syn("cat-latin1", '"name": "Zingevende kwaliteiten"', b'"name": "Zingevende kwaliteiten caf\xe9"',
        b"\xe9", "ongeldige UTF-8")
cat_syn("cat-utf8-five-byte", '"title": "Deel je visie"', b'"title": "Deel je \xf8\x88\x80\x80\x80visie"',
        b"\xf8", "ongeldige UTF-8")
cat_syn("cat-nul-escape-key", '"description": "Samenwerken', '"descr\\u0000iption": "Samenwerken',
        "\\u0000", "\\u0000 in tekst is niet toegestaan")
cat_syn("cat-raw-nul", '"name": "Partnerschap"', b'"name": "Partner\x00schap"', b"\x00",
        "stuurteken in tekst")
cat_syn("cat-raw-esc", '"name": "In ontwikkeling"', b'"name": "In \x1b[31montwikkeling"', b"\x1b",
        "stuurteken in tekst")
cat_syn("cat-escaped-esc", '"title": "Ga op inspiratiebezoek"',
        '"title": "Ga op \\u001b[2Jinspiratiebezoek"', "\\u001b", "stuurteken in tekst is niet toegestaan")
cat_syn("cat-escaped-del", '"title": "Nodig een partner uit"',
        '"title": "Nodig een \\u007fpartner uit"', "\\u007f", "stuurteken in tekst is niet toegestaan")
cat_syn("cat-escape-backspace", '"name": "Visiegestuurd werken"', '"name": "Visie\\bgestuurd werken"',
        "\\b", "stuurteken \\b in tekst is niet toegestaan")
cat_syn("cat-lone-high-surrogate", '"name": "Zingevende kwaliteiten"',
        '"name": "Zingevende \\ud800kwaliteiten"', "\\ud800", "losse UTF-16-surrogaat")
cat_syn("cat-lone-low-surrogate", '"name": "Ontwikkelpunt"', '"name": "\\udc00Ontwikkelpunt"',
        "\\udc00", "losse UTF-16-surrogaat")
cat_syn("cat-surrogate-bad-pair", '"name": "In ontwikkeling"', '"name": "In \\ud83d\\u0041ontwikkeling"',
        "\\ud83d", "losse UTF-16-surrogaat")
cat_syn("cat-bad-escape", '"title": "Deel je visie"',
        '"title": "Deel \\x41je visie"', "\\x", "ongeldige escape \\x")
cat_syn("cat-bad-u-escape", '"title": "Nodig een partner uit"', '"title": "Nodig \\u12G4een partner uit"',
        "12G4", "ongeldige \\u-code")
data, pos = mut(CAT, '"secondary_domains": [],', '"secondary_domains": %s,' % DEEP, "[")
# at most 64 levels: the practice object is level 3, so bracket 62 of the
# run is level 65, the first one refused
add(C, "cat-deep-nesting-1001", data,
    "%s:%s: te diep genest" % (PJ, linecol(data, pos + 61)))

# ------------------------------------------------------------ questionnaire
QJ = "proef.json"


def q_syn(name, old, new, at, msg):
    syn(C, name, QJ, Q, old, new, at, msg)


def q_sem(name, fn, msg, bare=False):
    add(C, name, edit(Q, fn), msg if bare else "%s: %s" % (QJ, msg))


def items(o):
    return o["sections"][0]["items"]


def item(o, iid):
    return next(i for i in items(o) if i["id"] == iid)


cut = Q.index(b'"id": "PRF.A1.02"') + 3
add(C, "q-truncated-in-key", Q[:cut],
    "%s:%s: tekst zonder afsluitend aanhalingsteken" % (QJ, linecol(Q, cut - 3)))
add(C, "q-truncated-after-comma", Q[:Q.index(b'"scales"')],
    "%s:%s: sleutel (tekst tussen aanhalingstekens) verwacht" % (QJ, linecol(Q, Q.index(b'"scales"'))))
q_sem("q-sections-string", lambda o: o.update(sections="A1"), '"sections" moet een lijst [...] zijn')
q_sem("q-sections-empty", lambda o: o.update(sections=[]), "geen secties")
q_sem("q-items-null", lambda o: o["sections"][0].update(items=None),
      'sectie A1: "items" moet een lijst [...] zijn')
q_sem("q-section-no-items", lambda o: o["sections"][0].update(items=[]), "sectie A1: sectie zonder vragen")
q_sem("q-item-not-object", lambda o: items(o).__setitem__(1, "PRF.A1.01"),
      "item 2: moet een object {...} zijn", bare=True)
q_sem("q-item-type-number", lambda o: item(o, "PRF.A1.01").update(type=3),
      'item PRF.A1.01: "type" moet een tekst zijn')
q_sem("q-item-type-case", lambda o: item(o, "PRF.A1.02").update(type="Likert"),
      'item PRF.A1.02: onbekend type "Likert"')
q_sem("q-na-string", lambda o: item(o, "PRF.A1.02").update(na="ja"),
      'item PRF.A1.02: "na" moet true of false zijn')
q_sem("q-reverse-number", lambda o: item(o, "PRF.A1.03").update(reverse=1),
      'item PRF.A1.03: "reverse" moet true of false zijn')
q_sem("q-weights-array", lambda o: item(o, "PRF.A1.01").update(weights=[0.6, 0.4]),
      'item PRF.A1.01: "weights" moet een object {...} zijn')
q_sem("q-weight-string", lambda o: item(o, "PRF.A1.04").update(weights={"visie": "0.7", "partnerschap": 0.3}),
      'item PRF.A1.04: gewicht voor "visie" moet een getal groter dan 0 en hoogstens 1 zijn')
q_sem("q-weight-zero", lambda o: item(o, "PRF.A1.04").update(weights={"visie": 1, "partnerschap": 0}),
      'item PRF.A1.04: gewicht voor "partnerschap" moet een getal groter dan 0')
q_syn("q-weight-1e400", '"visie": 0.6', '"visie": 1e400', "1e400", "getal buiten bereik")
q_syn("q-weight-infinity", '"visie": 0.7', '"visie": Infinity', "Infinity", "onverwacht teken")
q_sem("q-scale-four-labels", lambda o: o["scales"]["frequentie"].pop(),
      "schaal frequentie: een schaal heeft precies 5 labels")
q_sem("q-scale-label-number", lambda o: o["scales"]["frequentie"].__setitem__(2, 3),
      "schaal frequentie: label 3 moet een niet-lege tekst zijn")
q_sem("q-scales-array", lambda o: o.update(scales=[]), '"scales" moet een object {...} zijn')
q_sem("q-choice-ten-options",
      lambda o: item(o, "PRF.CTX.01").update(
          options=[{"value": "o%d" % k, "label": "optie %d" % k} for k in range(10)]),
      "item PRF.CTX.01: een keuzevraag heeft 2 tot 9 opties, niet 10")
q_sem("q-option-dup-value", lambda o: item(o, "PRF.CTX.01")["options"][1].update(value="po"),
      'item PRF.CTX.01: optie 2: waarde "po" komt dubbel voor')
q_sem("q-option-value-traversal", lambda o: item(o, "PRF.CTX.01")["options"][0].update(value="../po"),
      'item PRF.CTX.01: optie 1: ongeldige waarde "../po"')
q_sem("q-id-traversal", lambda o: o.update(id="../proef"),
      'ongeldige vragenlijst-id "../proef"')
q_sem("q-id-uppercase", lambda o: o.update(id="Proef"), 'ongeldige vragenlijst-id "Proef"')
q_sem("q-item-id-slash", lambda o: item(o, "PRF.A1.R").update(id="PRF/../R"),
      "item PRF/../R: ongeldige id")
q_sem("q-item-id-too-long", lambda o: item(o, "PRF.A1.R").update(id="PRF." + "R" * 37),
      "item PRF.%s: ongeldige id" % ("R" * 37))
q_sem("q-item-id-dup", lambda o: item(o, "PRF.A1.04").update(id="PRF.A1.01"),
      'item-id "PRF.A1.01" komt dubbel voor')
q_sem("q-too-many-prompts", lambda o: o["sections"][0].update(prompts=["a?", "b?", "c?", "d?"]),
      'sectie A1: hoogstens 3 gespreksvragen ("prompts")')
q_sem("q-prompt-number", lambda o: o["sections"][0].update(prompts=[42]),
      "sectie A1: gespreksvraag 1 moet een tekst zijn")
q_sem("q-unknown-quality", lambda o: item(o, "PRF.A1.01").update(quality="pk_moed"),
      'item PRF.A1.01: onbekende persoonlijke kwaliteit "pk_moed"')
q_sem("q-title-empty", lambda o: o.update(title=""), '"title" is leeg')
q_sem("q-version-number", lambda o: o.update(version=1), '"version" moet een tekst zijn')
q_sem("q-format-major-10", lambda o: o.update(format="spiegel-questionnaire/10"),
      'formaat "spiegel-questionnaire/10" is nieuwer dan deze versie van spiegel kent')
q_sem("q-format-practices", lambda o: o.update(format="spiegel-practices/1"),
      'onbekend formaat "spiegel-practices/1" (verwacht spiegel-questionnaire/1)')
q_sem("q-source-missing-lines", lambda o: item(o, "PRF.A1.R")["source"].pop("lines"),
      'item PRF.A1.R: bron: "lines" ontbreekt')
q_sem("q-unknown-key-in-item", lambda o: item(o, "PRF.A1.04").update(wieghts={"visie": 1}),
      'item PRF.A1.04: onbekende sleutel "wieghts"')
q_syn("q-dup-key-in-option", '"value": "vo",', '"value": "vo",\n              "value": "mbo",',
      '"value": "mbo"', 'sleutel "value" komt dubbel voor')
q_syn("q-dup-key-escaped", '"value": "vo",', '"value": "vo",\n              "v\\u0061lue": "mbo",',
      '"v\\u0061lue"', 'sleutel "value" komt dubbel voor')
q_syn("q-raw-tab", '"text": "Ik bespreek de visie met het team."',
      '"text": "Ik bespreek de visie\tmet het team."', "\t", "stuurteken in tekst")
q_syn("q-raw-newline", '"title": "Visie",', '"title": "Vi\nsie",', "\n", "stuurteken in tekst")
q_syn("q-raw-del", '"title": "Proef",', b'"title": "Pr\x7foef",', b"\x7f", "stuurteken in tekst")
q_syn("q-escaped-c1-csi", '"intro": "Over je visie."', '"intro": "Over je \\u009b2Jvisie."',
      "\\u009b", "stuurteken in tekst is niet toegestaan")
q_syn("q-utf8-overlong-slash", '"id": "PRF.A1.R"', b'"id": "PRF\xc0\xaf..\xc0\xafR"', b"\xc0",
      "ongeldige UTF-8")
q_syn("q-nul-escape", '"title": "Proef",', '"title": "Proef\\u0000",', "\\u0000",
      "\\u0000 in tekst is niet toegestaan")
data, pos = mut(Q, '"help": "Een heldere visie begint bij jezelf.",', '"help": %s,' % DEEP, "[")
# the item object is level 5: bracket 60 is level 65
add(C, "q-deep-nesting-1001", data, "%s:%s: te diep genest" % (QJ, linecol(data, pos + 59)))
crlf = Q.replace(b"\n", b"\r\n")
i = crlf.index(b'"weights": {\r\n            "visie": 0.5')
crlf = crlf[:i] + b'"weights": {\r\n            "visie": .5' + crlf[i + len(b'"weights": {\r\n            "visie": 0.5'):]
j = crlf.index(b".5", i)
add(C, "q-crlf-bad-number", crlf, "%s:%s: onverwacht teken" % (QJ, linecol(crlf, j)))
add(C, "q-second-object", Q + Q, "%s:%s: onverwachte tekst na het einde van de JSON-waarde"
    % (QJ, linecol(Q + Q, len(Q))))
add(C, "q-utf16le", b"\xff\xfe" + Q.decode("utf-8").encode("utf-16-le"),
    QJ + ":1:1: ongeldige UTF-8")

# ------------------------------------------------------------------ session
S = "session"


def s_syn(name, old, new, at, msg):
    syn(S, name, name + ".json", SES, old, new, at, msg)


def s_sem(name, fn, msg):
    """msg starting with "sessie " is a rule checked against the
    questionnaire, reported with the session id instead of the file name"""
    add(S, name, edit(SES, fn), msg if msg.startswith("sessie ") else "%s.json: %s" % (name, msg))


def s_raw(name, data, msg, pos=None):
    add(S, name, data, "%s.json:%s%s" % (name, "%s: " % linecol(data, pos) if pos is not None else " ", msg))


def ans(o):
    return o["answers"]


s_raw("s-empty-file", b"", "onverwacht einde van het bestand", 0)
cut = SES.index(b'"PRF.A1.02"') + 8
s_raw("s-truncated-in-key", SES[:cut], "tekst zonder afsluitend aanhalingsteken", SES.index(b'"PRF.A1.02"'))
cut = SES.index(b'"value": 4') + len(b'"value": 4')
s_raw("s-truncated-in-answers", SES[:cut], "object zonder afsluitende '}'",
      SES.rindex(b"{", 0, cut))
s_raw("s-truncated-after-colon", SES[:SES.index(b'"finished":') + 11], "onverwacht einde van het bestand",
      SES.index(b'"finished":') + 11)
add(S, "s-top-array", b"[]\n", "s-top-array.json: het bestand moet een JSON-object zijn")
add(S, "s-empty-object", b"{}\n", 's-empty-object.json: "format" ontbreekt')
s_sem("s-format-future", lambda o: o.update(format="spiegel-session/2"),
      'sessieformaat "spiegel-session/2" is nieuwer of onbekend; werk spiegel bij')
s_sem("s-format-report", lambda o: o.update(format="spiegel-report/1"),
      'geen spiegel-sessie (formaat "spiegel-report/1")')
s_sem("s-format-number", lambda o: o.update(format=1), '"format" moet een tekst zijn')
s_sem("s-id-number", lambda o: o.update(id=20260310), '"id" moet een tekst zijn')
s_sem("s-id-traversal", lambda o: o.update(id="../../etc/passwd"), "ongeldige sessie-id")
s_sem("s-id-too-long", lambda o: o.update(id="20260310-091500-" + "c" * 25), "ongeldige sessie-id")
s_sem("s-id-empty", lambda o: o.update(id=""), '"id" is leeg')
s_sem("s-questionnaire-string", lambda o: o.update(questionnaire="proef"),
      '"questionnaire" moet een object {...} zijn')
s_sem("s-questionnaire-id-missing", lambda o: o["questionnaire"].pop("id"),
      'questionnaire: "id" ontbreekt')
s_sem("s-questionnaire-traversal", lambda o: o["questionnaire"].update(id="../../proef"),
      'vragenlijst "../../proef" is niet beschikbaar')
s_sem("s-questionnaire-unknown-key", lambda o: o["questionnaire"].update(path="/etc/passwd"),
      'questionnaire: onbekende sleutel "path"')
s_sem("s-unknown-key", lambda o: o.update(coach="Bert"), 'onbekende sleutel "coach"')
s_sem("s-participant-number", lambda o: o.update(participant=42), '"participant" moet een tekst zijn')
s_sem("s-participant-too-long", lambda o: o.update(participant="é" * 101), '"participant" is te lang')
s_sem("s-created-number", lambda o: o.update(created=1773134100), '"created" moet een tekst zijn')
s_sem("s-created-bad-stamp", lambda o: o.update(created="10-03-2026 09:15"),
      '"created" is geen tijdstip als 2026-01-31T12:00:00Z')
s_sem("s-updated-null", lambda o: o.update(updated=None), '"updated" moet een tekst zijn')
s_sem("s-finished-string", lambda o: o.update(finished="ja"), '"finished" moet true of false zijn')
s_sem("s-position-number", lambda o: o.update(position=3), '"position" moet een tekst zijn')
s_sem("s-answers-array", lambda o: o.update(answers=[]), '"answers" moet een object {...} zijn')
s_sem("s-answers-missing", lambda o: o.pop("answers"), '"answers" ontbreekt')
s_sem("s-value-zero", lambda o: ans(o).update({"PRF.A1.01": {"value": 0}}),
      'antwoord PRF.A1.01: "value" moet een geheel getal van 1 tot 5 zijn')
s_sem("s-value-six", lambda o: ans(o).update({"PRF.A1.01": {"value": 6}}),
      'antwoord PRF.A1.01: "value" moet een geheel getal van 1 tot 5 zijn')
s_sem("s-value-fraction", lambda o: ans(o).update({"PRF.A1.01": {"value": 3.5}}),
      'antwoord PRF.A1.01: "value" moet een geheel getal van 1 tot 5 zijn')
s_sem("s-value-string", lambda o: ans(o).update({"PRF.A1.01": {"value": "4"}}),
      'antwoord PRF.A1.01: "value" moet een geheel getal van 1 tot 5 zijn')
s_syn("s-value-1e400", '"value": 4', '"value": 1e400', "1e400", "getal buiten bereik")
s_syn("s-participant-neg-1e400", '"participant": "Test Schoolleider"', '"participant": -1e400',
      "-1e400", "getal buiten bereik")
s_syn("s-value-nan", '"value": 4', '"value": NaN', "NaN", "onverwacht teken")
s_syn("s-value-infinity", '"value": 4', '"value": Infinity', "Infinity", "onverwacht teken")
s_syn("s-value-huge-integer", '"value": 4', '"value": 18446744073709551620', "1844",
      "getal buiten bereik")
s_sem("s-answer-kind-unknown", lambda o: ans(o).update({"PRF.A1.01": {"score": 3}}),
      'antwoord PRF.A1.01: onbekende soort antwoord "score"')
s_sem("s-answer-two-keys", lambda o: ans(o).update({"PRF.A1.01": {"value": 3, "na": True}}),
      "antwoord PRF.A1.01: een antwoord is een object met precies een sleutel")
s_sem("s-answer-not-object", lambda o: ans(o).update({"PRF.A1.01": 4}),
      "antwoord PRF.A1.01: een antwoord is een object met precies een sleutel")
s_sem("s-answer-na-false", lambda o: ans(o).update({"PRF.A1.02": {"na": False}}),
      'antwoord PRF.A1.02: "na" moet true zijn')
s_sem("s-answer-choice-unknown", lambda o: ans(o).update({"PRF.CTX.01": {"choice": "hbo"}}),
      "sessie 20260310-091500-c0ffee: item PRF.CTX.01: antwoord past niet bij de vraag")
s_sem("s-answer-value-on-open", lambda o: ans(o).update({"PRF.A1.R": {"value": 3}}),
      "sessie 20260310-091500-c0ffee: item PRF.A1.R: antwoord past niet bij de vraag")
s_sem("s-answer-na-not-allowed", lambda o: ans(o).update({"PRF.A1.01": {"na": True}}),
      "sessie 20260310-091500-c0ffee: item PRF.A1.01: antwoord past niet bij de vraag")
s_sem("s-answer-text-4001", lambda o: ans(o).update({"PRF.A1.R": {"text": "a" * 4001}}),
      "antwoord PRF.A1.R: ongeldig antwoord (te lang")
s_sem("s-answer-key-traversal", lambda o: ans(o).update({"../../etc/passwd": {"value": 3}}),
      "antwoord ../../etc/passwd: ongeldige")
s_sem("s-answer-key-too-long", lambda o: ans(o).update({"PRF." + "X" * 61: {"value": 3}}),
      "antwoord PRF.%s: ongeldige item-id" % ("X" * 56))
s_syn("s-dup-key-top", '"participant": "Test Schoolleider",',
      '"participant": "Test Schoolleider",\n  "participant": "Iemand anders",', '"participant": "I',
      'sleutel "participant" komt dubbel voor')
s_syn("s-dup-key-answers", '"PRF.A1.02": {', '"PRF.A1.01": {\n      "value": 1\n    },\n    "PRF.A1.02": {',
      '"PRF.A1.01"', 'sleutel "PRF.A1.01" komt dubbel voor')
s_syn("s-dup-key-questionnaire", '"version": "1.0.0"', '"version": "1.0.0",\n    "id": "visie"', '"id"',
      'sleutel "id" komt dubbel voor')
s_syn("s-dup-key-escaped", '"answers": {', '"\\u0061nswers": {},\n  "answers": {', '"answers": {',
      'sleutel "answers" komt dubbel voor')
s_syn("s-utf8-overlong", '"participant": "Test Schoolleider"', b'"participant": "Test \xe0\x80\xafSchoolleider"',
      b"\xe0", "ongeldige UTF-8")
s_syn("s-utf8-surrogate-key", '"PRF.A1.R"', b'"PRF.A1\xed\xbf\xbf.R"', b"\xed", "ongeldige UTF-8")
s_syn("s-utf8-truncated-seq", '"text": "Bij de keuze voor een nieuwe methode."',
      b'"text": "Bij de keuze voor een nieuwe methode \xf0\x9f\x98"', b"\xf0", "ongeldige UTF-8")
s_syn("s-nul-escape", '"text": "Bij de keuze', '"text": "Bij\\u0000 de keuze', "\\u0000",
      "\\u0000 in tekst is niet toegestaan")
s_syn("s-raw-esc", '"text": "Bij de keuze', b'"text": "Bij \x1b]0;titel\x07de keuze', b"\x1b",
      "stuurteken in tekst")
s_syn("s-escaped-esc", '"participant": "Test Schoolleider"',
      '"participant": "\\u001b[2J\\u001b[HTest Schoolleider"', "\\u001b", "stuurteken in tekst is niet toegestaan")
s_syn("s-escaped-c1-csi", '"participant": "Test Schoolleider"',
      '"participant": "Test \\u009b31mSchoolleider"', "\\u009b", "stuurteken in tekst is niet toegestaan")
s_syn("s-raw-c1-csi", '"participant": "Test Schoolleider"',
      b'"participant": "Test \xc2\x9b31mSchoolleider"', b"\xc2", "stuurteken in tekst")
s_syn("s-escape-cr", '"text": "Bij de keuze', '"text": "Bij\\r de keuze', "\\r",
      "stuurteken \\r in tekst is niet toegestaan")
s_syn("s-lone-high-surrogate", '"text": "Bij de keuze', '"text": "Bij \\ud800de keuze', "\\ud800",
      "losse UTF-16-surrogaat")
s_syn("s-lone-low-surrogate", '"participant": "Test Schoolleider"',
      '"participant": "Test \\udfffSchoolleider"', "\\udfff", "losse UTF-16-surrogaat")
s_raw("s-bom", b"\xef\xbb\xbf" + SES, "bestand begint met een byte order mark", 0)
crlf = SES.replace(b"\n", b"\r\n").replace(b'"finished": false', b'"finished": False')
s_raw("s-crlf-bad-literal", crlf, "onverwacht teken", crlf.index(b"False"))
s_raw("s-trailing-garbage", SES + b"\x00", "onverwachte tekst na het einde van de JSON-waarde", len(SES))
data, pos = mut(SES, '"PRF.A1.01": {\n      "value": 4\n    }', '"PRF.A1.01": %s' % DEEP, "[")
# "answers" is level 2: bracket 63 is level 65
s_raw("s-deep-nesting-1001", data, "te diep genest", pos + 62)
s_raw("s-single-quoted-value", SES.replace(b'"finished": false', b"\"finished\": 'nee'"),
      "onverwacht teken", SES.index(b'"finished": false') + len(b'"finished": '))


# --------------------------------------------------------------- intervisie
IV = "intervisie"
IVB = read(os.path.join(HERE, "..", "golden", "intervisie", "bijeenkomsten.json"))


def iv_sem(name, fn, msg):
    """msg: what follows "<case>.json: " """
    add(IV, name, edit(IVB, fn), "%s.json: %s" % (name, msg))


def m1(o):
    return o["meetings"][0]


def m2(o):
    return o["meetings"][1]


add(IV, "iv-empty-file", b"", "iv-empty-file.json:1:1: onverwacht einde van het bestand")
cut = IVB.index("Elk gesprek over het rooster".encode()) + 8
add(IV, "iv-truncated-in-step", IVB[:cut],
    "iv-truncated-in-step.json:%s: tekst zonder afsluitend aanhalingsteken"
    % linecol(IVB, IVB.rindex(b'"', 0, cut)))
add(IV, "iv-top-array", b"[]\n", "iv-top-array.json: het bestand moet een JSON-object zijn")
iv_sem("iv-format-future", lambda o: o.update(format="spiegel-intervisie/3"),
       'intervisieformaat "spiegel-intervisie/3" is nieuwer of onbekend')
iv_sem("iv-v1-with-meetings", lambda o: o.update(format="spiegel-intervisie/1"),
       'onbekende sleutel "consent"')
iv_sem("iv-meetings-object", lambda o: o.update(meetings={}),
       '"meetings" moet een lijst [...] zijn')
iv_sem("iv-meeting-not-object", lambda o: o["meetings"].insert(0, "vandaag"),
       "bijeenkomst 1: moet een object {...} zijn")
iv_sem("iv-meetings-201",
       lambda o: o.update(meetings=[{"date": "2026-12-01", "method": "alact"}] * 201),
       '"meetings": hoogstens 200 bijeenkomsten')
iv_sem("iv-date-feb-29", lambda o: m2(o).update(date="2027-02-29"),
       'bijeenkomst 2: "date" is geen datum jjjj-mm-dd')
iv_sem("iv-date-missing", lambda o: m1(o).pop("date"), 'bijeenkomst 1: "date" ontbreekt')
iv_sem("iv-unknown-key", lambda o: m1(o).update(notities="x"),
       'bijeenkomst 1: onbekende sleutel "notities"')
iv_sem("iv-method-traversal", lambda o: m1(o).update(method="../../etc/passwd"),
       "bijeenkomst 1: ongeldige methode-id")
iv_sem("iv-method-unknown", lambda o: m1(o).update(method="intuitie"),
       'bijeenkomst 1 (1 december 2026): onbekende methode "intuitie"')
iv_sem("iv-phase-beyond-method", lambda o: m1(o).update(phase=7),
       "bijeenkomst 1 (1 december 2026): fase 8 bestaat niet in Incidentmethode")
iv_sem("iv-phase-negative", lambda o: m1(o).update(phase=-1),
       'bijeenkomst 1: "phase" moet een geheel getal van 0 tot 8 zijn')
iv_sem("iv-tags-four", lambda o: m1(o).update(tags=["VIS.A1", "VIS.A2", "VIS.A3", "VIS.A4"]),
       "bijeenkomst 1: \"tags\": hoogstens 3 thema's")
iv_sem("iv-tag-twice", lambda o: m1(o).update(tags=["VIS.A1", "VIS.A1"]),
       'bijeenkomst 1: "tags": VIS.A1 is al gekoppeld aan de casus')
iv_sem("iv-tag-unknown-card", lambda o: m1(o).update(tags=["VIS.A99"]),
       'bijeenkomst 1 (1 december 2026): geen gesprekskaart "VIS.A99"')
iv_sem("iv-asked-question-99", lambda o: m1(o)["asked"][0].update(question=99),
       'bijeenkomst 1: gebruikte vraag 1: "question" moet een geheel getal van 1 tot 4 zijn')
iv_sem("iv-asked-beyond-card", lambda o: m1(o)["asked"].append({"card": "VIS.A3", "question": 4}),
       'bijeenkomst 1 (1 december 2026): gesprekskaart "VIS.A3" heeft geen vraag 4')
iv_sem("iv-step-both", lambda o: m1(o)["steps"][0].update(text="Zelf iets."),
       "bijeenkomst 1: stap 1: volgende stap van Anouk: kies een stap uit de lijst of schrijf "
       "er zelf een, niet allebei")
iv_sem("iv-step-neither", lambda o: m1(o)["steps"][1].update(text=""),
       "bijeenkomst 1: stap 2: volgende stap van Bram: kies een stap of schrijf er zelf een")
iv_sem("iv-step-twice", lambda o: m1(o)["steps"].append(dict(m1(o)["steps"][1])),
       "bijeenkomst 1: stap 3: Bram heeft al een stap in deze bijeenkomst")
iv_sem("iv-step-date", lambda o: m1(o)["steps"][0].update(date="10-01-2027"),
       'bijeenkomst 1: stap 1: "date" is geen datum jjjj-mm-dd')
iv_sem("iv-step-unknown-ns", lambda o: m1(o)["steps"][0].update(step="NS-ver-99"),
       'bijeenkomst 1 (1 december 2026): stap van Anouk: "NS-ver-99" staat niet in de '
       "catalogus")
iv_sem("iv-step-alias-newline", lambda o: m1(o)["steps"][0].update(alias="Anouk\nBram"),
       'bijeenkomst 1: stap 1: "alias" is geen geldige naam')
iv_sem("iv-followup-no-step", lambda o: m2(o)["followups"].append(
    {"alias": "Jaël Özdemir", "from": 1, "status": "gedaan", "what": ""}),
       "bijeenkomst 2: terugblik 3: bijeenkomst 1 heeft geen eerdere stap van Jaël Özdemir")
iv_sem("iv-followup-of-itself", lambda o: m2(o)["followups"][0].update(**{"from": 2}),
       "bijeenkomst 2: terugblik 1: bijeenkomst 2 heeft geen eerdere stap van Anouk")
iv_sem("iv-followup-status", lambda o: m2(o)["followups"][0].update(status="klaar"),
       'bijeenkomst 2: terugblik 1: "status" is gedaan, deels of nog_niet')
iv_sem("iv-followup-twice", lambda o: m2(o)["followups"].append(dict(m2(o)["followups"][0])),
       "bijeenkomst 2: terugblik 3: Anouk heeft al een terugblik in deze bijeenkomst")
iv_sem("iv-timer-no-since", lambda o: m2(o)["timer"].update(since=0),
       "bijeenkomst 2: timer: een lopende timer heeft een \"since\", een gepauzeerde niet")
iv_sem("iv-timer-banked-year", lambda o: m2(o)["timer"].update(banked=31536000),
       'bijeenkomst 2: timer: "banked" moet een geheel getal van 0 tot 86400 zijn')
iv_sem("iv-consent-unknown", lambda o: o["consent"].update(namen=True),
       'consent: onbekend thema "namen"')
iv_sem("iv-consent-string", lambda o: o["consent"].update(casus="ja"),
       'consent: "casus" moet true of false zijn')
# control characters in a meeting's text never get past the scanner, escaped
# (ESC) or raw (a C1 control, NEL)
for name, text, at in (("iv-text-escape", "Rood \u001b[31m", b"\\u001b"),
                       ("iv-text-c1", "Regel\u0085volgende", "\u0085".encode())):
    data = edit(IVB, lambda o, t=text: m1(o).update(situatie=t))
    add(IV, name, data, "%s.json:%s: stuurteken in tekst is niet toegestaan"
        % (name, linecol(data, data.index(at))))
iv_sem("iv-text-too-long", lambda o: m1(o).update(inzicht="a" * 4001),
       "bijeenkomst 1: inzicht: de tekst is te lang (hoogstens 4000 tekens)")
iv_sem("iv-view-tenths", lambda o: m1(o)["view"][0].update(tenths=1001),
       'bijeenkomst 1: groepsbeeld 1: "tenths" moet een geheel getal van 0 tot 1000 zijn')
iv_sem("iv-inbrenger-empty", lambda o: m1(o).update(inbrenger="  "),
       'bijeenkomst 1: "inbrenger" is geen geldige naam')


def main():
    for kind in (C, S, IV):
        d = os.path.join(HERE, kind)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for kind, name, data, expect in CASES:
        with open(os.path.join(HERE, kind, name + ".json"), "wb") as f:
            f.write(data)
        with open(os.path.join(HERE, kind, name + ".expect"), "w", encoding="utf-8") as f:
            f.write(expect + "\n")
    n = {k: sum(1 for c in CASES if c[0] == k) for k in (C, S, IV)}
    print("content: %d, session: %d, intervisie: %d" % (n[C], n[S], n[IV]))


if __name__ == "__main__":
    main()
