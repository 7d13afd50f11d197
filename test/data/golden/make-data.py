#!/usr/bin/env python3
"""Writes the fixture content and answers of the report goldens
(test/golden, see test/golden/README.md). Run from this directory:

    python3 make-data.py

The output is committed. content/practices.json is NOT written here: it is
a frozen copy of the bundled catalogue (content/practices.json at commit
ea476ca, with the course-day steps pointed at proef-dag1..6), so that the
goldens do not move when the content engineers revise the bundled content.
content/proef-weerstand.json is copied from test/data/profile (the
hand-computed profile of doc/scoring.md).

What the cases are for (the scores are computed by hand in the comments):
  sessions/leiding-mbo      sector mbo: the mbo wording; a clear lowest pair;
                            persoonlijke kwaliteiten; practices below the
                            coverage thresholds, one measured elsewhere
  sessions/leiding-gelijk   sector po: one lowest, then two tied ("daarna
                            liggen ... gelijk"); "Verdiepen"
  sessions/leiding-drie     sector vo: three share the lowest score (no focus)
  sessions/leiding-uniform  sector anders (algemeen wording): the same answer
                            everywhere (no clear low point)
  sessions/leiding-kort     unfinished: one measured practice, others short
  sessions/leiding-gekozen  a focus chosen by the user, one choice ignored
  sessions/leiding-oud      an earlier session of leiding-mbo's leader (compare)
  sessions/dag1-anouk, dag6-anouk  one leader on two course days (compare over
                            the shared items)
  sessions/weerstand-ertegenin     the weerstand profile
  groep/dag6, groep/dag1    a course group on day 6 with the nulmeting of day 1:
                            hand-ins and a session, shared and private open
                            answers, a copy handed in twice, a file of another
                            questionnaire and a broken file; aliases to pair
  groep/weerstand           five weerstand sessions: the summed profile
  intervisie/groep.json     an intervisie group on proef-leiding
  intervisie/bijeenkomsten.json  the same group with two meetings: casus,
                            steps, follow-up, consent, the group view
content/intervisie/kit.json is a frozen copy of the bundled meeting kit
(content/intervisie/kit.json when the meetings came), for the same reason.
"""
import json
import os
import shutil

FREQ = ["nooit", "zelden", "soms", "vaak", "(bijna) altijd"]
AGREE = ["helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"]


def likert(iid, text, weights, quality=None, reverse=False, na=False, ref="boek-h1",
           scale="frequentie"):
    it = {"id": iid, "type": "likert", "scale": scale, "text": text,
          "help": "Deze vraag gaat over wat je zelf doet; kies wat het vaakst klopt.",
          "weights": weights, "source": {"ref": ref}}
    if reverse:
        it["reverse"] = True
    if na:
        it["na"] = True
    if quality:
        it["quality"] = quality
    return it


def sector_item(iid):
    return {"id": iid, "type": "choice", "context": "sector", "text": "In welke sector werk je?",
            "help": "Met je antwoord passen de woorden in de vragen zich aan je sector aan, "
                    "zoals studenten en docenten in het mbo.",
            "options": [{"value": "po", "label": "primair onderwijs"},
                        {"value": "vo", "label": "voortgezet onderwijs"},
                        {"value": "mbo", "label": "middelbaar beroepsonderwijs"},
                        {"value": "anders", "label": "anders"}],
            "source": {"ref": "algemeen"}}


def open_item(iid, text, ref="boek-h1"):
    return {"id": iid, "type": "open", "text": text,
            "help": "Schrijf op wat in je opkomt; je bepaalt zelf of je het deelt.",
            "source": {"ref": ref}}


def section(sid, title, intro, items, prompts=None):
    s = {"id": sid, "title": title, "intro": intro, "items": items}
    if prompts:
        s["prompts"] = prompts
    return s


def questionnaire(qid, title, intro, practices, sections):
    return {"format": "spiegel-questionnaire/1", "id": qid, "version": "1.0.0",
            "title": title, "intro": intro, "practices": practices,
            "scales": {"frequentie": FREQ, "instemming": AGREE}, "sections": sections}


# ---- proef-leiding: 19 items, four primary practices ----
# visie 3.4 over 4 items, onderwijskwaliteit 3.8 over 4, ontwikkeling_leraren
# 4.0 over 4, leerwerkplaats 3.5 over 4; gespreid_leiderschap 0.7 over 2,
# partnerschap_bestuur 0.4 over 1, onderzoeksmatig 0.2 over 1 (all "low")
LEIDING = questionnaire(
    "proef-leiding", "Proef leiding",
    "Een proefvragenlijst voor de rapporten: wat doe jij voor de {leerlingen} en de {leraren}?",
    ["visie", "onderwijskwaliteit", "ontwikkeling_leraren", "leerwerkplaats"],
    [section("A", "Koers en visie",
             "Hoe je de koers van de school uitdraagt naar {leraren} en {ouders}.",
             [sector_item("L.CTX"),
              likert("L.A.01", "Ik vertel {leraren} waar de school over vijf jaar wil staan.",
                     {"visie": 1}, "pk_zingevend"),
              likert("L.A.02", "Ik betrek het team bij keuzes over de koers.",
                     {"visie": 0.8, "gespreid_leiderschap": 0.2}, "pk_cognitief"),
              likert("L.A.03", "Ik laat de koers los als het druk wordt.",
                     {"visie": 1}, "pk_zingevend", reverse=True),
              likert("L.A.04", "Ik bespreek de koers met het bestuur.",
                     {"visie": 0.6, "partnerschap_bestuur": 0.4}, "pk_sociaal", ref="boek-h10"),
              open_item("L.A.R", "Wat wil je de {leerlingen} van jouw school meegeven?")],
             ["Waar wil je met de school heen?", "Wie neem je daarin mee?"]),
     section("B", "Kwaliteit van onderwijs",
             "Hoe je zicht houdt op wat de {leerlingen} leren.",
             [likert("L.B.01", "Ik kijk met het team naar de resultaten van de {leerlingen}.",
                     {"onderwijskwaliteit": 1}, "pk_cognitief", ref="boek-h2"),
              likert("L.B.02", "Ik gebruik gegevens om het onderwijs te verbeteren.",
                     {"onderwijskwaliteit": 0.8, "onderzoeksmatig": 0.2}, "pk_cognitief",
                     ref="boek-h2"),
              likert("L.B.03", "Ik laat de kwaliteit over aan de {leraren} zelf.",
                     {"onderwijskwaliteit": 1}, "pk_psychologisch", reverse=True, ref="boek-h2"),
              likert("L.B.04", "Ik bezoek lessen in elke {klas}.",
                     {"onderwijskwaliteit": 1}, "pk_sociaal", na=True, ref="boek-h2")]),
     section("C", "{Leraren} in ontwikkeling",
             "Hoe je de groei van {leraren} ondersteunt.",
             [likert("L.C.01", "Ik voer met elke {leraar} een gesprek over diens ontwikkeling.",
                     {"ontwikkeling_leraren": 1}, "pk_sociaal", ref="boek-h3"),
              likert("L.C.02", "Ik maak tijd vrij voor scholing van het team.",
                     {"ontwikkeling_leraren": 1}, "pk_psychologisch", ref="boek-h3"),
              likert("L.C.03", "Ik vergeet te vragen wat {leraren} nodig hebben.",
                     {"ontwikkeling_leraren": 1}, "pk_sociaal", reverse=True, ref="boek-h3"),
              likert("L.C.04", "Ik koppel nieuwe {leraren} aan een ervaren collega.",
                     {"ontwikkeling_leraren": 1}, "pk_zingevend", na=True, ref="boek-h3"),
              open_item("L.C.R", "Waar ben je trots op in je team?", ref="boek-h3")],
             ["Wat heeft je team nu nodig?"]),
     section("D", "Samen leren",
             "Hoe de school een plek wordt waar iedereen leert.",
             [likert("L.D.01", "Ik zorg dat collega's bij elkaar in de les kijken.",
                     {"leerwerkplaats": 1}, "pk_sociaal", ref="boek-h4"),
              likert("L.D.02", "Ik deel wat ik zelf leer met het team.",
                     {"leerwerkplaats": 1}, "pk_psychologisch", ref="boek-h4"),
              likert("L.D.03", "Ik houd leren en werken gescheiden.",
                     {"leerwerkplaats": 1}, "pk_cognitief", reverse=True, ref="boek-h4"),
              likert("L.D.04", "Ik laat collega's zelf leertrajecten trekken.",
                     {"leerwerkplaats": 0.5, "gespreid_leiderschap": 0.5}, ref="boek-h4")])])

# ---- proef-breed: 20 items, goes deeper into visie (4.0 of 20) ----
def many(prefix, text, practice, ref, n):
    return [likert("%s.%02d" % (prefix, i), "%s (%d)." % (text, i), {practice: 1},
                   reverse=(i == 3), ref=ref) for i in range(1, n + 1)]


BREED = questionnaire(
    "proef-breed", "Proef breed",
    "Een tweede proefvragenlijst: gespreid leiderschap, de organisatie en de visie.",
    ["gespreid_leiderschap", "schoolorganisatie"],
    [section("G", "Gespreid leiderschap", "Wie er leidt.",
             many("B.G", "Ik geef collega's ruimte om te leiden", "gespreid_leiderschap",
                  "boek-h7", 8)),
     section("O", "Organisatie", "Hoe de school is ingericht.",
             many("B.O", "Ik richt de organisatie in naar het onderwijs", "schoolorganisatie",
                  "boek-h9", 8)),
     section("V", "Visie", "Waar de school heen gaat.",
             many("B.V", "Ik houd de visie levend", "visie", "boek-h1", 4))])

# ---- proef-dag1 and proef-dag6: course days sharing six core items ----
KERN = [
    sector_item("K.CTX"),
    {"id": "K.ROL", "type": "choice", "text": "Wat is je rol?",
     "help": "Deze vraag telt niet mee in de scores.",
     "options": [{"value": "directeur", "label": "directeur"},
                 {"value": "teamleider", "label": "teamleider"},
                 {"value": "anders", "label": "een andere rol"}],
     "source": {"ref": "algemeen"}},
    likert("K.01", "Ik kies een aanpak die past bij de verandering.", {"veranderstrategie": 1},
           ref="boek-h5"),
    likert("K.02", "Ik vraag eerst wat de verandering voor {leraren} betekent.",
           {"veranderstrategie": 1}, ref="boek-h5"),
    likert("K.03", "Ik zet een verandering door zonder overleg.", {"veranderstrategie": 1},
           reverse=True, ref="boek-h5"),
    likert("K.04", "Ik maak ruimte om samen te leren.", {"leerwerkplaats": 1}, ref="boek-h4"),
    likert("K.05", "Ik leer zelf zichtbaar mee.", {"leerwerkplaats": 1}, ref="boek-h4"),
    likert("K.06", "Ik laat het leren over aan de afzonderlijke {leraren}.",
           {"leerwerkplaats": 1}, reverse=True, ref="boek-h4"),
    open_item("K.R", "Wat neem je mee uit deze dag?", ref="verbindend-leiderschap"),
]
DAG1 = questionnaire(
    "proef-dag1", "Proefdag 1", "De eerste cursusdag, als proef.",
    ["veranderstrategie", "leerwerkplaats", "schoolorganisatie"],
    [section("K", "Kern", "De vragen van dag 1 en dag 6.", KERN, ["Wat valt je op?"]),
     section("E", "Dag 1", "Alleen op dag 1.",
             [likert("D1.01", "Ik richt overleg in rond het onderwijs.", {"schoolorganisatie": 1},
                     ref="boek-h9"),
              likert("D1.02", "Ik pas de roosters aan als het onderwijs dat vraagt.",
                     {"schoolorganisatie": 1}, ref="boek-h9"),
              likert("D1.03", "Ik laat de structuur zoals die is.", {"schoolorganisatie": 1},
                     reverse=True, ref="boek-h9")])])
DAG6 = questionnaire(
    "proef-dag6", "Proefdag 6", "De laatste cursusdag, als proef.",
    ["veranderstrategie", "leerwerkplaats", "gespreid_leiderschap"],
    [section("K", "Kern", "De vragen van dag 1 en dag 6.", KERN, ["Wat valt je op?"]),
     section("Z", "Dag 6", "Alleen op dag 6.",
             [likert("D6.01", "Ik verdeel het leiderschap over het team.",
                     {"gespreid_leiderschap": 1}, ref="boek-h7"),
              likert("D6.02", "Ik laat collega's besluiten nemen.", {"gespreid_leiderschap": 1},
                     ref="boek-h7"),
              likert("D6.03", "Ik houd de besluiten bij mezelf.", {"gespreid_leiderschap": 1},
                     reverse=True, ref="boek-h7")])])


def dump(path, obj):
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


for doc in (LEIDING, BREED, DAG1, DAG6):
    dump("content/%s.json" % doc["id"], doc)
shutil.copyfile("../profile/proef-weerstand.json", "content/proef-weerstand.json")


# ---- answers ----
def v(x):
    return {"value": x}


NA = {"na": True}


def session(sid, qid, who, answers, finished=True, focus=None, created="2026-12-01T09:00:00Z",
            updated="2026-12-01T09:40:00Z", handin=False, withheld=0):
    s = {"format": "spiegel-handin/1" if handin else "spiegel-session/1", "id": sid,
         "questionnaire": {"id": qid, "version": "1.0.0"}, "participant": who,
         "created": created, "updated": updated}
    if handin:
        s["exported"] = "2026-12-01T10:00:00Z"
    s["finished"] = finished
    if focus:
        s["focus"] = focus
    s["answers"] = answers
    if handin:
        s["withheld"] = withheld
    return s


def leiding(sector, a, b, c, d, extra=None):
    """a..d: the likert answers of sections A (4), B (4), C (4), D (4) as given."""
    ans = {"L.CTX": {"choice": sector}} if sector else {}
    for prefix, vals in (("L.A", a), ("L.B", b), ("L.C", c), ("L.D", d)):
        for i, x in enumerate(vals, 1):
            if x is not None:
                ans["%s.%02d" % (prefix, i)] = NA if x == "na" else v(x)
    ans.update(extra or {})
    return ans


# leiding-mbo: visie (4*1 + 3*.8 + 2*1 + 3*.6) / 3.4 = 3.0 -> 50.0;
# onderwijskwaliteit (2 + 1.6 + 2) / 2.8 = 2.0 -> 25.0 (L.B.04 n.v.t.);
# ontwikkeling_leraren (4 + 5 + 4 + 4) / 4 = 4.25 -> 81.3;
# leerwerkplaats (3 + 2 + 3 + 1) / 3.5 = 2.571 -> 39.3: focus
# onderwijskwaliteit and leerwerkplaats
MBO = leiding("mbo", [4, 3, 4, 3], [2, 2, 4, "na"], [4, 5, 2, 4], [3, 2, 3, 2],
              {"L.A.R": {"text": "Dat élke student zich gezien voelt, ook in de praktijk.",
                         "shared": True},
               "L.C.R": {"text": "Dat de docenten elkaar opzoeken.\nOok buiten de vergaderingen."}})
dump("sessions/leiding-mbo.json",
     session("20261201-090000-a1b2c3", "proef-leiding", "Marieke de Wit", MBO))
# leiding-oud: three months earlier, the same leader
OUD = leiding("mbo", [3, 3, 4, 2], [3, 3, 3, 3], [3, 4, 3, 3], [2, 2, 4, 2])
dump("sessions/leiding-oud.json",
     session("20260901-090000-0a1b2c", "proef-leiding", "Marieke de Wit", OUD,
             created="2026-09-01T09:00:00Z", updated="2026-09-01T09:30:00Z"))
# leiding-gelijk: visie all 2 (reverse L.A.03 given 4) -> 25.0; onderwijskwaliteit
# 3,3,3 + n.v.t. -> 50.0 and ontwikkeling_leraren 3,3,3,3 -> 50.0 (tied);
# leerwerkplaats 5,5,1 (rev),5 -> 100.0: focus visie, then a tie named
GELIJK = leiding("po", [2, 2, 4, 2], [3, 3, 3, "na"], [3, 3, 3, 3], [5, 5, 1, 5])
dump("sessions/leiding-gelijk.json",
     session("20261201-100000-b2c3d4", "proef-leiding", "Sanne Bakker", GELIJK))
# leiding-drie: visie, onderwijskwaliteit and ontwikkeling_leraren 25.0,
# leerwerkplaats 75.0: three share the lowest score
DRIE = leiding("vo", [2, 2, 4, 2], [2, 2, 4, 2], [2, 2, 4, 2], [4, 4, 2, 4])
dump("sessions/leiding-drie.json",
     session("20261201-110000-c3d4e5", "proef-leiding", "", DRIE))
# leiding-uniform: 3 everywhere
UNI = leiding("anders", [3] * 4, [3] * 4, [3] * 4, [3] * 4)
dump("sessions/leiding-uniform.json",
     session("20261201-120000-d4e5f6", "proef-leiding", "Ties", UNI))
# leiding-kort: unfinished, only section A and one item of B: visie
# (4 + 2.4 + 3 + 1.8) / 3.4 = 3.294 -> 57.4 is the only candidate
KORT = leiding("vo", [4, 3, 3, 3], [3, None, None, None], [], [])
dump("sessions/leiding-kort.json",
     session("20261201-130000-e5f6a7", "proef-leiding", "Noor", KORT, finished=False,
             updated="2026-12-01T13:05:00Z"))
# leiding-gekozen: the user chose leerwerkplaats and schoolorganisatie (not
# measured here: ignored)
dump("sessions/leiding-gekozen.json",
     session("20261201-140000-f6a7b8", "proef-leiding", "Lotte", MBO | {"L.CTX": {"choice": "po"}},
             focus=["leerwerkplaats", "schoolorganisatie"]))

shutil.copyfile("../profile/ertegenin.json", "sessions/weerstand-ertegenin.json")


def dag(kern, own, own_prefix, sector="mbo", rol="directeur", text=None, shared=False):
    ans = {"K.CTX": {"choice": sector}, "K.ROL": {"choice": rol}}
    for i, x in enumerate(kern, 1):
        ans["K.%02d" % i] = NA if x == "na" else v(x)
    for i, x in enumerate(own, 1):
        ans["%s.%02d" % (own_prefix, i)] = v(x)
    if text is not None:
        ans["K.R"] = {"text": text, "shared": True} if shared else {"text": text}
    return ans


dump("sessions/dag1-anouk.json",
     session("20261001-090000-111111", "proef-dag1", "Anouk",
             dag([2, 3, 4, 2, 3, 4], [3, 2, 4], "D1", text="Veel vragen."),
             created="2026-10-01T09:00:00Z", updated="2026-10-01T09:20:00Z"))
dump("sessions/dag6-anouk.json",
     session("20261201-090000-666666", "proef-dag6", "Anouk",
             dag([4, 5, 2, 4, 4, 1], [4, 4, 2], "D6", text="Meer rust."),
             created="2026-12-01T09:00:00Z", updated="2026-12-01T09:20:00Z"))

# ---- the course group ----
for sub in ("groep/dag6", "groep/dag1", "groep/weerstand"):
    if os.path.isdir(sub):
        shutil.rmtree(sub)
DAY6 = [  # alias, kern, own, rol, open text, shared
    ("K01", [4, 4, 2, 4, 5, 1], [4, 3, 2], "directeur", "Meer samen leren in het team", True),
    ("K02", [3, 4, 3, 4, 4, 2], [3, 3, 3], "teamleider",
     "*Vet* of niet: <b>niet</b> & ook geen [link](x)", True),
    ("K03", [5, 5, 1, 3, 4, 2], [5, 4, 1], "directeur", "Rust in de week", True),
    ("K04", [2, 3, 4, 3, 3, 3], [2, 2, 4], "anders", None, False),
    ("K05", [4, 3, 2, 3, 4, 2], [4, 4, 2], "directeur", "Geen tijd gehad", False),
]
for n, (alias, kern, own, rol, text, shared) in enumerate(DAY6, 1):
    withheld = 1 if text is not None and not shared else 0
    ans = dag(kern, own, "D6", rol=rol, text=text if shared else None, shared=shared)
    dump("groep/dag6/h-%s.json" % alias.lower(),
         session("20261201-09%02d00-6a6a%02d" % (n, n), "proef-dag6", alias, ans, handin=True,
                 withheld=withheld))
# a session file, not a hand-in: its open answer is private and never shown
dump("groep/dag6/s-jael.json",
     session("20261201-091000-6b6b6b", "proef-dag6", "Jaël Özdemir",
             dag([3, 3, 3, 4, 4, 2], [3, 4, 2], "D6", text="PRIVÉ-canarie: niet voor de groep")))
# handed in twice: counted once
shutil.copyfile("groep/dag6/h-k01.json", "groep/dag6/h-k01-kopie.json")
# answers that do not fit ("niet van toepassing" where it is not offered),
# another questionnaire and a broken file: skipped, and said so
dump("groep/dag6/x-ongeldig.json",
     session("20261201-160000-bbbbbb", "proef-dag6", "Y",
             dag([4, 3, 2, "na", 4, 2], [4, 4, 2], "D6")))
dump("groep/dag6/x-leiding.json",
     session("20261201-150000-aaaaaa", "proef-leiding", "X", MBO))
with open("groep/dag6/x-kapot.json", "w", encoding="utf-8") as f:
    f.write('{"format": "spiegel-handin/1", "id": \n')
DAY1 = [
    ("K01", [3, 3, 3, 3, 3, 3], [3, 3, 3]),
    ("K02", [2, 3, 4, 3, 3, 3], [2, 3, 4]),
    ("K03", [4, 4, 2, 2, 3, 4], [4, 3, 2]),
    ("K04", [2, 2, 4, 2, 2, 4], [2, 2, 4]),
    ("K09", [3, 4, 2, 3, 4, 2], [3, 4, 3]),
]
for n, (alias, kern, own) in enumerate(DAY1, 1):
    dump("groep/dag1/b-%s.json" % alias.lower(),
         session("20261001-09%02d00-1a1a%02d" % (n, n), "proef-dag1", alias,
                 dag(kern, own, "D1", rol="directeur"), handin=True,
                 created="2026-10-01T09:00:00Z", updated="2026-10-01T09:30:00Z"))

# ---- five weerstand sessions ----
WEER = [  # S1 most/least, S1.E, S2 most/least, S2.B, S3 most/least, L1-L3
    ("a", "c", "e", "b", "a", "c", "d", "b", 2, 3, 4),
    ("c", "a", "b", "a", "b", "a", "a", "d", 4, 4, 2),
    ("c", "b", "c", "d", "e", "a", "b", "c", 3, 5, 1),
    ("d", "e", "a", "c", "a", "e", "e", "a", 5, 4, 2),
    ("e", "a", "d", "a", "d", "b", "c", "d", 4, 2, 3),
]
for n, (m1, l1, e1, m2, l2, b2, m3, l3, x1, x2, x3) in enumerate(WEER, 1):
    ans = {"PW.S1": {"most": m1, "least": l1}, "PW.S1.E": {"choice": e1},
           "PW.S2": {"most": m2, "least": l2}, "PW.S2.B": {"choice": b2},
           "PW.S3": {"most": m3, "least": l3}, "PW.L1": v(x1), "PW.L2": v(x2), "PW.L3": v(x3)}
    dump("groep/weerstand/w%d.json" % n,
         session("20261201-10%02d00-3c3c%02d" % (n, n), "proef-weerstand", "W%d" % n, ans))

# ---- an intervisie group on proef-leiding ----
def participant(alias, answers, notes, afspraken):
    return {"alias": alias, "answers": answers, "notes": notes, "afspraken": afspraken}


GROEP = {
    "format": "spiegel-intervisie/1", "id": "20261201-080000-9f9f9f",
    "name": "Intervisie Noord & Oost",
    "questionnaire": {"id": "proef-leiding", "version": "1.0.0"},
    "created": "2026-12-01T08:00:00Z", "updated": "2026-12-01T11:30:00Z", "position": "C",
    "participants": [
        participant("Anouk", leiding("po", [4, 3, 4, 3], [2, 2, 4, "na"], [4, 5, 2, 4],
                                      [3, 2, 3, 2],
                                      {"L.A.R": {"text": "Dat ze leren samenwerken.",
                                                 "shared": True},
                                       "L.C.R": {"text": "Privé: mijn twijfel over B."}}),
                    "Wil meer tijd voor gesprekken.\nVraagt hulp bij de planning.",
                    "Plant voor de volgende keer twee lesbezoeken."),
        participant("Bram", leiding("vo", [2, 2, 4, 2], [3, 3, 3, 3], [3, 3, 3, 3],
                                     [5, 5, 1, 5],
                                     {"L.A.R": {"text": "Nieuwsgierigheid *en* lef",
                                                "shared": True}}),
                    "", "Bespreekt de koers met het bestuur."),
        participant("Jaël Özdemir", leiding("mbo", [3, 3, 3, 3], [], [], []), "Kwam later.",
                    ""),
    ]}
dump("intervisie/groep.json", GROEP)

# ---- the same group with two meetings (the meeting report goldens) ----
# Meeting 1: Bram brings in a casus (incidentmethode), tagged WEE.W4 and
# veranderstrategie, two questions of the W4 card asked; Anouk agrees a
# catalogue step, Bram his own, Jaël none. Meeting 2 (ALACT): the
# follow-up (Anouk gedaan, Bram deels), new steps, nothing asked (the
# report lists the tagged cards), the group view next to meeting 1's.
# Consent: casus, stappen, terugblik and groepsbeeld shared; the
# vragen and the inzicht are not (the group's report leaves them out,
# the coach's has them).
def timer(running=False, since=0, banked=0):
    return {"running": running, "since": since, "banked": banked}


def meeting(date, method, **kw):
    m = {"date": date, "method": method, "situatie": "", "vraag": "", "geprobeerd": "",
         "agenda": "", "vragen": "", "inzicht": "", "phase": 0, "timer": timer(),
         "tags": [], "asked": [], "steps": [], "followups": []}
    m.update(kw)
    return m


MEETINGS = dict(GROEP)
MEETINGS.update({
    "format": "spiegel-intervisie/2",
    "consent": {"casus": True, "vragen": False, "inzicht": False, "stappen": True,
                "terugblik": True, "groepsbeeld": True},
    "meetings": [
        meeting("2026-12-01", "incidentmethode", inbrenger="Bram",
                situatie="In het teamoverleg over de nieuwe roosters viel het stil; "
                         "twee collega's zeiden achteraf dat het besluit al vaststond.",
                vraag="Hoe open ik het gesprek opnieuw zonder alles terug te draaien?",
                geprobeerd="Een mail met de argumenten en een extra inloopuur.",
                agenda="Opening en ronde (10 min)\nCasus Bram (60 min)\nStappen (20 min)",
                vragen="Wie was er bij het besluit betrokken?\nWat verliezen de collega's?",
                inzicht="Ik ging uitleggen voordat ik had gevraagd wat hen zorgen baart.",
                tags=["WEE.W4", "veranderstrategie"], next="2027-01-12", phase=5,
                asked=[{"card": "WEE.W4", "question": 1}, {"card": "WEE.W4", "question": 3}],
                steps=[{"alias": "Anouk", "step": "NS-ver-01", "text": "", "date": "2027-01-10",
                        "signal": "Het team noemt zelf twee punten die beter kunnen."},
                       {"alias": "Bram", "text": "Elk gesprek over het rooster begin ik met "
                                                 "twee open vragen en een samenvatting.",
                        "date": "2026-12-20", "signal": "Collega's zeggen: ja, dat bedoel ik."}],
                view=[{"practice": "visie", "tenths": 583, "n": 3},
                      {"practice": "veranderstrategie", "tenths": 450, "n": 2}]),
        meeting("2027-01-12", "alact", inbrenger="Anouk",
                situatie="De bouw wil een eigen koers; de visie van de school staat onder druk.",
                vraag="Hoe houd ik één lijn zonder de bouw af te remmen?",
                tags=["VIS.A2"], phase=2, timer=timer(True, 1768214400, 95),
                steps=[{"alias": "Jaël Özdemir", "text": "Met de bouwcoördinator de visie "
                                                         "naast het bouwplan leggen.",
                        "date": "2027-02-01", "signal": ""}],
                followups=[{"alias": "Anouk", "from": 1, "status": "gedaan",
                            "what": "Het team kwam met drie punten, niet twee."},
                           {"alias": "Bram", "from": 1, "status": "deels",
                            "what": "Lukte in twee van de vier gesprekken."}],
                view=[{"practice": "visie", "tenths": 617, "n": 3},
                      {"practice": "veranderstrategie", "tenths": 425, "n": 2},
                      {"practice": "connectief", "tenths": 700, "n": 1}]),
    ]})
dump("intervisie/bijeenkomsten.json", MEETINGS)
