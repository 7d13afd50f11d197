#!/usr/bin/env python3
"""Writes the fixture of the whole-screen tests (test/screen/golden_*.sh).

    python3 test/screen/data/make-data.py

content/   a catalogue of two practices and one questionnaire, "schermproef",
           with every kind of item the screens draw: likert (one with
           "niet van toepassing", one long enough to wrap three times at
           40 columns), open, a situation with five long options and its
           follow-up, and a choice
sessions/  three sessions with fixed ids and times: an older finished one
           (the "vorige sessie" of the results screen), a finished one and
           one still open
intervisie/ one group of four participants on the questionnaire

The texts are written for these tests; they are not the bundled content,
which changes on its own schedule. Timestamps are fixed so that every
screen is the same on every run."""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = {"authors": "Van Dam & Smit", "chapter": "hoofdstuk 2",
       "file": "001_6ff50239769f674f.txt", "lines": "535-550"}
SRC_W = {"authors": "Van Dam & Smit", "chapter": "hoofdstuk 5",
         "file": "004_6d2d961fc04ef5df.txt", "lines": "389-425"}


def write(rel, obj):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def step(pid, n, levels, title, text):
    return {"id": f"NS-{pid}-{n:02d}", "levels": levels, "title": title, "text": text,
            "source": SRC}


catalogue = {
    "format": "spiegel-practices/1",
    "version": "1.0.0",
    "coverage": {"min_weight": 2.0, "min_items": 3},
    "levels": [
        {"id": "ontwikkelpunt", "name": "Ontwikkelpunt", "min": 0},
        {"id": "in_ontwikkeling", "name": "In ontwikkeling", "min": 43.75},
        {"id": "sterk", "name": "Sterk", "min": 68.75},
    ],
    "domains": [{"id": "dom_koers", "name": "Koers en team"}],
    "qualities": [
        {"id": "pk_cognitief", "name": "Cognitieve kwaliteiten",
         "description": "Overzien hoe de dingen in de school samenhangen."},
        {"id": "pk_sociaal", "name": "Sociale kwaliteiten",
         "description": "Merken wat er in het team leeft en daarop ingaan."},
        {"id": "pk_psychologisch", "name": "Psychologische kwaliteiten",
         "description": "Rustig blijven als het spannend wordt."},
        {"id": "pk_zingevend", "name": "Zingevende kwaliteiten",
         "description": "Weten waarvoor je het werk doet."},
    ],
    "practices": [
        {"id": "visie", "name": "Koers houden", "domain": "dom_koers",
         "description": "De bedoeling van de school levend houden.", "source": SRC,
         "next_steps": [
             step("vi", 1, ["ontwikkelpunt", "in_ontwikkeling"], "Vertel het waarom",
                  "Begin de volgende teamvergadering met de reden achter een besluit."),
             step("vi", 2, ["ontwikkelpunt", "in_ontwikkeling"], "Vraag terug",
                  "Vraag drie collega's wat zij als de koers van de school zien."),
             step("vi", 3, ["sterk"], "Laat anderen vertellen",
                  "Laat een collega de koers uitleggen aan nieuwe teamleden."),
         ]},
        {"id": "teamleren", "name": "Samen leren", "domain": "dom_koers",
         "description": "Het team laten leren van wat het doet.", "source": SRC,
         "next_steps": [
             step("tl", 1, ["ontwikkelpunt", "in_ontwikkeling"], "Kijk bij elkaar",
                  "Plan twee lesbezoeken waarin collega's elkaar feedback geven."),
             step("tl", 2, ["ontwikkelpunt", "in_ontwikkeling"], "Deel een vraag",
                  "Breng een eigen twijfel in het team in en zoek samen een antwoord."),
             step("tl", 3, ["sterk"], "Maak het gewoon",
                  "Zet een vast moment in de maand voor leren van elkaar."),
         ]},
    ],
}


def likert(iid, text, weights, quality, **extra):
    it = {"id": iid, "type": "likert", "scale": "frequentie", "text": text,
          "help": "Deze vraag gaat over wat je doet, niet over wat je vindt.",
          "weights": weights, "source": SRC, "quality": quality}
    it.update(extra)
    return it


APPROACHES = ["wa_ertegenin", "wa_eromheen", "wa_eropaf", "wa_houvast", "wa_anderen_in_beeld"]
OPTIONS = [
    "Ik zeg in de vergadering meteen dat het nieuwe rooster blijft en dat ik "
    "verwacht dat iedereen zich eraan houdt, ook wie het er niet mee eens is.",
    "Ik laat het even rusten en hoop dat de onrust vanzelf minder wordt als de "
    "eerste weken voorbij zijn en iedereen gewend is.",
    "Ik zoek de collega's op die het hardst klagen en vraag wat hen precies "
    "dwarszit, voordat ik iets besluit over het rooster.",
    "Ik maak een overzicht van wat er per week verandert, zodat iedereen weet "
    "waar hij aan toe is en wanneer er weer ruimte komt.",
    "Ik vraag twee teamleden die al goed met het rooster werken om in de "
    "volgende vergadering te vertellen hoe zij het aanpakken.",
]

questionnaire = {
    "format": "spiegel-questionnaire/1",
    "id": "schermproef",
    "version": "1.0.0",
    "title": "Schermproef",
    "intro": "Een korte vragenlijst voor de schermtests: koers, een situatie en een "
             "keuzevraag.",
    "practices": ["visie", "teamleren"],
    "scales": {"frequentie": ["nooit", "zelden", "soms", "vaak", "(bijna) altijd"]},
    "profile": {
        "approaches": [
            {"id": "wa_ertegenin", "name": "Ertegenin",
             "description": "Het verzet recht aanspreken."},
            {"id": "wa_eromheen", "name": "Eromheen",
             "description": "Het verzet laten liggen."},
            {"id": "wa_eropaf", "name": "Eropaf",
             "description": "Naar de mensen toe gaan en vragen."},
            {"id": "wa_houvast", "name": "Houvast bieden",
             "description": "Duidelijkheid geven over wat er komt."},
            {"id": "wa_anderen_in_beeld", "name": "Anderen in beeld brengen",
             "description": "Collega's laten zien hoe het kan."},
        ],
        "steps": [
            {"id": "ws_herkennen", "name": "Herkennen"},
            {"id": "ws_verkennen", "name": "Verkennen"},
            {"id": "ws_erkennen", "name": "Erkennen"},
            {"id": "ws_ombuigen", "name": "Ombuigen"},
            {"id": "ws_argumenteren", "name": "Direct overtuigen"},
        ],
        "sources": [
            {"id": "wb_verlies_invloed", "name": "verlies van invloed"},
            {"id": "wb_beloning_doorgroei", "name": "beloning en doorgroei"},
            {"id": "wb_verschil_inzicht", "name": "verschil van inzicht"},
            {"id": "wb_wijze_van_omgaan", "name": "de manier van omgaan"},
            {"id": "wb_veranderoverload", "name": "te veel veranderingen"},
        ],
        "next_steps": [
            {"id": "SP-01", "title": "Eerst vragen", "text": "Stel twee open vragen voor "
             "je een besluit neemt.", "source": SRC_W},
        ],
        "rules": [
            {"id": "ertegenin", "when": [{"measure": "share.wa_ertegenin", "op": ">=",
                                          "value": 40}],
             "text": "Je kiest vaak voor de confrontatie.", "step": "SP-01",
             "source": SRC_W},
        ],
    },
    "sections": [
        {"id": "V", "title": "Koers houden",
         "intro": "Over hoe je de bedoeling van de school levend houdt.",
         "prompts": ["Waar merkt je team iets van je koers?",
                     "Wat zou je morgen anders willen doen?"],
         "items": [
             likert("SP.V.01", "Ik vertel mijn team waarom we doen wat we doen.",
                    {"visie": 1.0}, "pk_zingevend"),
             likert("SP.V.02", "Als het team twijfelt over een nieuwe aanpak, neem ik de "
                    "tijd om samen terug te gaan naar de bedoeling ervan.",
                    {"visie": 1.0}, "pk_sociaal", na=True),
             likert("SP.V.03", "Ik neem besluiten over de koers liever alleen dan met het "
                    "team.", {"visie": 1.0}, "pk_cognitief", reverse=True),
             likert("SP.V.04", "Ik vraag collega's wat zij van elkaar kunnen leren.",
                    {"teamleren": 1.0}, "pk_sociaal"),
             likert("SP.V.05", "Ik bespreek met het team wat een nieuwe aanpak in de klas "
                    "heeft opgeleverd.", {"teamleren": 1.0}, "pk_cognitief"),
             {"id": "SP.V.R", "type": "open",
              "text": "Welke keuze van het afgelopen jaar laat het best zien waar je voor "
                      "staat?",
              "source": SRC},
         ]},
        {"id": "W", "title": "Weerstand",
         "prompts": ["Wat doe je als eerste als het team tegenstribbelt?"],
         "items": [
             {"id": "SP.W.S1", "type": "scenario", "title": "Nieuw rooster",
              "text": "Na de zomer werkt de school met een nieuw rooster. In de eerste "
                      "weken hoor je in de koffiekamer steeds vaker dat het rooster niet "
                      "werkt: lessen vallen op onhandige momenten, overleg schiet erbij in "
                      "en een paar ervaren collega's zeggen hardop dat niemand hen iets "
                      "heeft gevraagd. In de volgende teamvergadering staat het rooster "
                      "op de agenda en je merkt dat de stemming gespannen is. Een collega "
                      "vraagt je vooraf wat je van plan bent.",
              "help": "Er is geen goed of fout antwoord: het gaat om wat je echt zou doen.",
              "options": [{"value": v, "approach": a, "label": l}
                          for v, a, l in zip("abcde", APPROACHES, OPTIONS)],
              "fitting": ["wa_eropaf", "wa_houvast", "wa_anderen_in_beeld"],
              "sources": ["wb_verlies_invloed"],
              "weights": {"teamleren": 1.0}, "source": SRC_W},
             {"id": "SP.W.S1.E", "type": "choice", "follows": "SP.W.S1",
              "text": "Wat zeg je als eerste tegen die collega?",
              "options": [
                  {"value": "a", "key": "ws_herkennen", "label": "Dat je merkt dat het schuurt"},
                  {"value": "b", "key": "ws_verkennen", "label": "Dat je eerst wilt horen wat er speelt"},
                  {"value": "c", "key": "ws_erkennen", "label": "Dat de kritiek terecht kan zijn"},
                  {"value": "d", "key": "ws_ombuigen", "label": "Dat je samen naar een oplossing wilt"},
                  {"value": "e", "key": "ws_argumenteren", "label": "Dat het rooster goed is doordacht"},
              ],
              "source": SRC_W},
         ]},
        {"id": "K", "title": "Jij als schoolleider",
         "items": [
             {"id": "SP.K.01", "type": "choice", "text": "Hoe lang ben je schoolleider?",
              "options": [{"value": "0-2", "label": "korter dan drie jaar"},
                          {"value": "3-9", "label": "drie tot tien jaar"},
                          {"value": "10-plus", "label": "tien jaar of langer"}],
              "source": SRC},
         ]},
    ],
}

ITEMS = [it for s in questionnaire["sections"] for it in s["items"]]


def session(sid, created, updated, finished, answers, position, participant=""):
    return {"format": "spiegel-session/1", "id": sid,
            "questionnaire": {"id": "schermproef", "version": "1.0.0"},
            "participant": participant, "created": created, "updated": updated,
            "finished": finished, "position": position, "answers": answers}


older = {"SP.V.01": {"value": 2}, "SP.V.02": {"value": 3}, "SP.V.03": {"value": 4},
         "SP.V.04": {"value": 2}, "SP.V.05": {"value": 3},
         "SP.V.R": {"text": "Het nieuwe rooster, ook al was niet iedereen blij."},
         "SP.W.S1": {"most": "a", "least": "e"}, "SP.W.S1.E": {"choice": "e"},
         "SP.K.01": {"choice": "3-9"}}
done = {"SP.V.01": {"value": 4}, "SP.V.02": {"value": 4}, "SP.V.03": {"value": 2},
        "SP.V.04": {"value": 3}, "SP.V.05": {"value": 2},
        "SP.V.R": {"text": "Dat we de ouderavond samen met leerlingen hebben gehouden.",
                   "shared": True},
        "SP.W.S1": {"most": "c", "least": "b"}, "SP.W.S1.E": {"choice": "b"},
        "SP.K.01": {"choice": "3-9"}}
busy = {"SP.V.01": {"value": 5}, "SP.V.02": {"na": True}}

write("content/practices.json", catalogue)
write("content/schermproef.json", questionnaire)
write("sessions/20261001-090000-0a1d00.json",
      session("20261001-090000-0a1d00", "2026-10-01T09:00:00Z", "2026-10-01T09:20:00Z",
              True, older, "SP.K.01", "Anna de Vries"))
write("sessions/20261120-140000-d0e5e5.json",
      session("20261120-140000-d0e5e5", "2026-11-20T14:00:00Z", "2026-11-20T14:25:00Z",
              True, done, "SP.K.01", "Anna de Vries"))
write("sessions/20261122-081500-b05e11.json",
      session("20261122-081500-b05e11", "2026-11-22T08:15:00Z", "2026-11-22T08:17:00Z",
              False, busy, "SP.V.03", "Anna de Vries"))


def member(alias, answers, notes="", afspraken=""):
    return {"alias": alias, "answers": answers, "notes": notes, "afspraken": afspraken}


write("intervisie/20261123-100000-1f0a11.json", {
    "format": "spiegel-intervisie/1",
    "id": "20261123-100000-1f0a11",
    "name": "Groep Zuid",
    "questionnaire": {"id": "schermproef", "version": "1.0.0"},
    "created": "2026-11-23T10:00:00Z",
    "updated": "2026-11-23T10:40:00Z",
    "position": "V",
    "participants": [
        member("Anouk", {"SP.V.01": {"value": 4}, "SP.V.02": {"value": 5},
                         "SP.V.03": {"value": 2}, "SP.V.04": {"value": 4}},
               "Wil meer ruimte voor het team.", "Voor de kerst: gesprek met de MR."),
        member("Bram", {"SP.V.01": {"value": 2}, "SP.V.02": {"na": True},
                        "SP.V.03": {"value": 4}, "SP.V.04": {"value": 3}}),
        member("Céline", {"SP.V.01": {"value": 5}, "SP.V.02": {"value": 4},
                          "SP.V.03": {"value": 1}, "SP.V.04": {"value": 5},
                          "SP.V.R": {"text": "De keuze voor minder toetsen.", "shared": True}}),
        member("Daan", {"SP.V.01": {"value": 3}, "SP.V.02": {"value": 1}}),
    ],
})
