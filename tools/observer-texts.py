#!/usr/bin/env python3
"""Add the observer form ("observer", doc/content-format.md) to every likert
item of the questionnaires that take feedback: the question as a team member,
colleague or bestuurder answers it about the leader. Adds only that key, right
after "text"; run tools/content-fmt.py afterwards. Re-running replaces the
texts with the ones below. Usage: python3 tools/observer-texts.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.join(HERE, "..", "content")

O = {
    # ---- leiderschapsscan
    "SCAN.01.01": "Hoe vaak laat de schoolleider {leraren} meedenken over de inhoud van de onderwijsvisie als die wordt opgesteld of bijgesteld, en niet alleen over de uitvoering?",
    "SCAN.01.02": "Hoe vaak maakt de schoolleider in het teamoverleg tijd voor een gesprek over wat het team onder goed onderwijs verstaat?",
    "SCAN.01.03": "Hoe vaak laat de schoolleider bij het kiezen van doelen voor een nieuw schooljaar zien hoe die doelen uit de onderwijsvisie voortkomen?",
    "SCAN.01.05": "Hoe vaak zie je dat de schoolleider onder tijdsdruk een besluit neemt zonder de vraag te stellen of het bij de visie van de school past?",
    "SCAN.02.01": "Hoe vaak gebruikt de schoolleider bij een lesbezoek en het gesprek erna de afspraken over goed lesgeven die het team samen heeft gemaakt?",
    "SCAN.02.02": "Hoe vaak laat de schoolleider {leraren} zien wat hun aanpak bij {leerlingen} oplevert?",
    "SCAN.02.05": "Hoe vaak zie je dat de schoolleider de agenda van een vast overleg met {leraren} vooral met praktische zaken vult?",
    "SCAN.02.04": "Hoe vaak zorgt de schoolleider ervoor dat na een verbetering wordt nagegaan wat die voor het leren van {leerlingen} heeft opgeleverd?",
    "SCAN.03.01": "Hoe vaak legt de schoolleider in een ontwikkelgesprek een duidelijk verband tussen wat de {leraar} wil en de koers van de school?",
    "SCAN.03.02": "Hoe vaak vraagt de schoolleider {leraren} in een loopbaangesprek welk werk ze over een paar jaar zouden willen doen?",
    "SCAN.03.03": "Hoe vaak bespreekt de schoolleider na een lesbezoek wat hij of zij in de les zag, aan de hand van de ontwikkeldoelen van de {leraar}?",
    "SCAN.03.04": "Hoe vaak zie je dat de schoolleider zich beperkt tot het regelen van tijd en middelen als {leraren} samen aan de ontwikkeling van het onderwijs werken?",
    "SCAN.04.01": "Hoe vaak vraagt de schoolleider {leraren} om feedback op zijn of haar manier van leidinggeven?",
    "SCAN.04.05": "Hoe vaak zie je dat de schoolleider zelf bepaalt welke scholing een {leraar} gaat volgen, vanuit een eigen beeld van wat er ontbreekt?",
    "SCAN.04.03": "Als een {leraar} een cursus of studiedag buiten school volgt, hoe vaak spreekt de schoolleider dan vooraf af hoe het geleerde bij collega's terechtkomt?",
    "SCAN.04.04": "Hoe vaak maakt de schoolleider van een fout die iemand in het team deelt een moment waarop het hele team iets leert?",
    "SCAN.05.01": "Hoe vaak bespreekt de schoolleider, voordat een verandering begint, welke kennis en vaardigheden die verandering van {leraren} vraagt?",
    "SCAN.05.05": "Hoe vaak zie je dat de schoolleider de volgende vernieuwing in gang zet terwijl het team nog volop met de vorige bezig is?",
    "SCAN.05.03": "Hoe vaak laat de schoolleider het hele team meedenken over wat gegevens, zoals toetsuitslagen of lesobservaties, zeggen over de kwaliteit van het onderwijs?",
    "SCAN.05.04": "Hoe vaak bespreekt de schoolleider, voordat de aanpak van een verandering vastligt, hoe ingrijpend die verandering is voor het werk van {leraren}?",
    "SCAN.06.01": "Hoe vaak bespreekt de schoolleider een artikel of onderzoek met het team, met de vraag wat het voor de school betekent?",
    "SCAN.06.02": "Hoe vaak steunt de schoolleider {leraren} die samen een vraag uit hun praktijk willen onderzoeken, bijvoorbeeld met tijd of hulp van buiten?",
    "SCAN.06.05": "Hoe vaak zie je dat de schoolleider toets- of examenresultaten pas ter sprake brengt als er verantwoording aan bestuur of inspectie moet worden afgelegd?",
    "SCAN.06.06": "Hoe vaak zorgt de schoolleider ervoor dat {leraren} een nieuwe aanpak die ze willen uitproberen eerst in een klein, veilig groepje collega's kunnen bespreken?",
    "SCAN.07.01": "Hoe vaak vraagt de schoolleider bij een probleem eerst wie in het team de kennis heeft om het op te pakken?",
    "SCAN.07.02": "Hoe vaak zie je dat de schoolleider een lastig vraagstuk zelf oplost als het snel moet, in plaats van het aan het team voor te leggen?",
    "SCAN.07.03": "Hoe vaak laat de schoolleider een {leraar} of werkgroep die de leiding over een vraagstuk krijgt, er ook zelf over beslissen?",
    "SCAN.07.05": "Hoe vaak gaat de schoolleider na wat collega's in huis hebben aan kennis en kunde, ook bij wie minder op de voorgrond treedt?",
    "SCAN.08.01": "Hoe vaak bespreekt de schoolleider, voordat de school een nieuwe samenwerking aangaat, wat die oplevert en hoeveel tijd en energie die kost?",
    "SCAN.08.02": "Hoe vaak maakt de schoolleider met vaste partners duidelijke afspraken, bijvoorbeeld over wat ieder inbrengt en hoe lang de samenwerking duurt?",
    "SCAN.08.03": "Hoe vaak deelt de schoolleider met de {leraren} voor wie het van belang is wat hij of zij met externe partners bespreekt?",
    "SCAN.08.04": "Hoe vaak zie je dat de schoolleider een samenwerking die goed loopt laat doorlopen zonder na te gaan of ze nog bijdraagt aan de doelen van de school?",
    "SCAN.09.01": "Hoe vaak zie je dat de schoolleider tijd maakt voor informeel contact met externe partners, om te horen wat voor hen belangrijk is?",
    "SCAN.09.02": "Hoe vaak zorgt de schoolleider ervoor dat school, zorg en andere partners hun aanpak op elkaar afstemmen als de ondersteuning van een {leerling} over meerdere organisaties loopt?",
    "SCAN.09.03": "Hoe vaak zie je dat de schoolleider in overleg met partners, zoals de gemeente of de jeugdzorg, nagaat welke belangen achter hun standpunten zitten?",
    "SCAN.09.04": "Hoe vaak zie je dat de schoolleider afwacht tot de gemeente of een andere instantie een besluit heeft genomen dat {leerlingen} van de school raakt?",
    "SCAN.10.05": "Hoe vaak spreekt de schoolleider bij het geven van een taak aan een team ook af waarover het team zelf mag beslissen?",
    "SCAN.10.02": "Hoe vaak schuift de schoolleider aan bij overleggen van teams om te weten wat daar speelt?",
    "SCAN.10.06": "Hoe vaak gaat de schoolleider na of de lijnen voor overleg en afstemming in de school in de praktijk werken?",
    "SCAN.10.04": "Hoe vaak zie je dat de schoolleider alsnog ingrijpt in een besluit dat een team zelf mocht nemen, omdat de uitkomst hem of haar niet bevalt?",
    "SCAN.11.01": "Hoe vaak brengt de schoolleider in gesprekken met de bestuurder een eigen leervraag over zijn of haar leiderschap in?",
    "SCAN.11.02": "Hoe vaak nodigt de schoolleider de bestuurder uit om in de school met mensen als {leraren} en {leerlingen} te komen praten?",
    "SCAN.11.03": "Hoe vaak zie je dat de schoolleider samen met andere schoolleiders leert, bijvoorbeeld in intervisie of door bij elkaar op bezoek te gaan?",
    "SCAN.11.05": "Hoe vaak zie je dat de schoolleider zich in het overleg met de bestuurder beperkt tot verantwoording over resultaten?",
    # ---- visie
    "VIS.A1.01": "De schoolleider kan in een paar zinnen duidelijk maken wat hij of zij onder goed onderwijs verstaat.",
    "VIS.A1.05": "Hoe vaak vertelt de schoolleider bij een lastig besluit welke waarden voor hem of haar de doorslag geven?",
    "VIS.A1.03": "Hoe vaak zie je dat de schoolleider in drukke tijden zijn of haar keuzes vooral laat bepalen door wat procedures en systemen voorschrijven?",
    "VIS.A1.04": "Hoe vaak maakt de schoolleider het bespreekbaar als eisen van buiten, bijvoorbeeld van bestuur, inspectie of overheid, botsen met zijn of haar opvattingen over onderwijs?",
    "VIS.A2.01": "Hoe vaak laat de schoolleider {leraren} zelf mee formuleren als er aan de onderwijsvisie wordt gewerkt?",
    "VIS.A2.02": "Hoe vaak vraagt de schoolleider {leerlingen} hoe voor hen de ideale school eruitziet?",
    "VIS.A2.03": "Hoe vaak vraagt de schoolleider in een gesprek aan {leraren} waarom ze ooit voor het onderwijs kozen?",
    "VIS.A2.04": "Hoe vaak zie je dat de schoolleider tegengestelde opvattingen over goed onderwijs in het team laat rusten in plaats van ze te bespreken?",
    "VIS.A3.01": "Hoe vaak zet de schoolleider het gesprek over goed onderwijs op de agenda van het teamoverleg?",
    "VIS.A3.02": "Hoe vaak bespreekt de schoolleider na een lesbezoek met de {leraar} wat er van de visie van de school in de les te zien was?",
    "VIS.A3.03": "Hoe vaak noemt de schoolleider in het team concrete voorbeelden van collega's bij wie de visie in hun werk zichtbaar is?",
    "VIS.A3.04": "Hoe vaak zie je dat de schoolleider het gesprek over de visie in drukke tijden uitstelt tot het rustiger is?",
    "VIS.A4.05": "Hoe vaak laat de schoolleider, als het team doelen voor het lesgeven kiest, zien hoe die doelen uit de onderwijsvisie voortkomen?",
    "VIS.A4.06": "Hoe vaak zie je dat de schoolleider van iets nieuws een extra speerpunt maakt, ook als er al een paar lopen?",
    "VIS.A4.03": "Hoe vaak hoor je de schoolleider zeggen dat een nieuw plan of verzoek niet op de agenda van het team komt, omdat het niet bij de visie past?",
    "VIS.A4.07": "Hoe vaak legt de schoolleider het team bij een nieuw plan uit hoe het aansluit op wat er al loopt?",
    "VIS.A5.01": "Hoe vaak zie je dat de schoolleider bij gegevens zoals toetsresultaten en tevredenheidspeilingen de vraag stelt of de school haar visie waarmaakt?",
    "VIS.A5.02": "Hoe vaak analyseert de schoolleider gegevens over resultaten en tevredenheid samen met {leraren}?",
    "VIS.A5.03": "Hoe vaak spreekt de schoolleider met het team af wanneer een uitkomst goed genoeg is, voordat de resultaten worden geduid?",
    "VIS.A5.04": "Hoe vaak zie je dat de schoolleider na een evaluatie doorgaat naar het volgende onderwerp zonder de uitkomsten naast de doelen te leggen?",
    "VIS.A6.01": "Hoe vaak bespreekt de schoolleider de visie met de andere leidinggevenden in de school, zodat iedereen er hetzelfde onder verstaat?",
    "VIS.A6.02": "Hoe vaak spreekt de schoolleider met de bestuurder over de doelen voor het leren van {leerlingen}?",
    "VIS.A6.03": "Hoe vaak zie je dat de schoolleider, als beleid van het bestuur schuurt met de visie van de school, afwacht tot het bestuur om zijn of haar mening vraagt?",
    "VIS.A6.05": "Hoe vaak bespreekt de schoolleider met de bestuurder welke vernieuwingen bij de kernwaarden van de school passen?",
    "VIS.A7.01": "Hoe vaak vraagt de schoolleider bij een verzoek van buiten, bijvoorbeeld van de gemeente, een bedrijf of een vereniging, hardop wat het de {leerlingen} van de school echt oplevert?",
    "VIS.A7.05": "Hoe vaak vraagt de schoolleider partners in de omgeving hoe zij naar de school kijken?",
    "VIS.A7.03": "Hoe vaak bespreekt de schoolleider met partners buiten de school hoe hun doelen en de visie van de school op elkaar aansluiten?",
    "VIS.A7.04": "Hoe vaak zie je dat de schoolleider een verzoek van buiten dat niet bij de koers past toch aanneemt, om de relatie goed te houden?",
    "VIS.A8.01": "Hoe vaak gaat de schoolleider na of de regels en controles in de school passen bij het eigenaarschap dat de visie vraagt?",
    "VIS.A8.05": "Hoe vaak bespreekt de schoolleider de gezamenlijke doelen als het werk van {leraren} bijsturing vraagt, in plaats van een nieuwe regel in te voeren?",
    "VIS.A8.03": "Hoe vaak neemt de schoolleider de onderwijsvisie als vertrekpunt bij keuzes over teams, overleg of taakverdeling?",
    "VIS.A8.04": "Hoe vaak zie je dat de schoolleider bij vragen over de organisatie teruggrijpt op de vertrouwde structuur, ook als die niet goed past bij hoe de school wil lesgeven?",
    # ---- connectief-leiderschap
    "CON.C1.01": "De schoolleider kan een partner in eigen woorden uitleggen waarom samenwerking rond {leerlingen} belangrijk is.",
    "CON.C1.05": "Hoe vaak bespreekt de schoolleider bij een moeizame samenwerking met de betrokkenen wat die samenwerking oorspronkelijk moest opleveren?",
    "CON.C1.03": "Hoe vaak zie je dat de schoolleider het initiatief bij anderen laat als samenwerking rond {leerlingen} al door hen wordt geregeld?",
    "CON.C1.04": "Hoe vaak werkt de schoolleider eigen ideeën over een samenwerking met de partners uit tot een koers die ieder deelt?",
    "CON.C2.01": "Hoe vaak zie je dat de schoolleider bewust tijd maakt voor korte, informele contacten met partners, om te horen wat voor hen belangrijk is?",
    "CON.C2.02": "Hoe vaak zie je dat de schoolleider in contact met partners ook nagaat wat de school hen kan bieden, niet alleen wat de school van hen nodig heeft?",
    "CON.C2.03": "Hoe vaak zorgt de schoolleider ervoor dat een samenwerking na afloop van een project of subsidie een vaste plek in het gewone werk houdt?",
    "CON.C2.04": "Hoe vaak zie je dat de schoolleider ergernissen in de samenwerking met een partner laat rusten in plaats van ze ter sprake te brengen?",
    "CON.C3.05": "Hoe vaak zie je dat de schoolleider uitzoekt wie er uiteindelijk beslist, voordat hij of zij een kwestie buiten de school aankaart?",
    "CON.C3.02": "Hoe vaak zie je dat de schoolleider bij een wethouder of beleidsmaker inspeelt op wat een voorstel die persoon zelf oplevert?",
    "CON.C3.03": "Hoe vaak zie je dat de schoolleider in overleg met partners zijn of haar aanpak aan de situatie aanpast: aandringen, meebewegen of de confrontatie aangaan?",
    "CON.C3.04": "Hoe vaak zie je dat de schoolleider een onderwerp dat belangrijk is voor de school laat rusten als het na één overleg niet wordt opgepakt?",
    "CON.C4.01": "Hoe vaak neemt de schoolleider het initiatief om de betrokken organisaties bij elkaar te brengen als een {leerling} hulp van meerdere organisaties nodig heeft?",
    "CON.C4.02": "Hoe vaak zie je dat de schoolleider zich verdiept in hoe partnerorganisaties werken, zoals hun regels en financiering?",
    "CON.C4.03": "Hoe vaak maakt de schoolleider samen met partners duidelijk wie waarvoor verantwoordelijk is, waar hun taken en die van de school elkaar raken?",
    "CON.C4.04": "Hoe vaak zie je dat de schoolleider de afstemming overlaat aan een andere organisatie als de hulp voor een {leerling} daar ligt?",
    "CON.C5.01": "Hoe vaak zie je dat de schoolleider ontwikkelingen in de regio volgt die de school raken, zoals het aantal {leerlingen}, nieuwe wetten of gemeentelijk beleid?",
    "CON.C5.02": "Hoe vaak werkt de schoolleider samen met partners zoals de bibliotheek, sportclubs, culturele instellingen of bedrijven om het aanbod voor {leerlingen} te verbreden?",
    "CON.C5.05": "Hoe vaak bespreekt de schoolleider bij keuzes over de positie van de school in de regio wat samenwerken met andere scholen oplevert tegenover concurreren?",
    "CON.C5.04": "Hoe vaak zie je dat de schoolleider pas in actie komt op veranderingen in de omgeving van de school als ze zich echt aandienen?",
    "CON.C6.05": "Hoe vaak kan de schoolleider, als het erover gaat, vertellen welke samenwerkingen de school heeft en hoe die ervoor staan?",
    "CON.C6.06": "Hoe vaak bepaalt de schoolleider aan welk doel van de school een samenwerking moet bijdragen, voordat de school die aangaat?",
    "CON.C6.03": "Hoe vaak zie je dat de schoolleider gesprekken met veel mogelijke partners openhoudt, om later nog alle kanten op te kunnen?",
    "CON.C6.04": "Hoe vaak bekijkt de schoolleider op vaste momenten per samenwerking of die doorgaat, wordt bijgestuurd of stopt?",
    "CON.C7.01": "Hoe vaak zoekt de schoolleider aan het begin van een samenwerking met partners naar een ambitie die voor alle betrokkenen betekenis heeft?",
    "CON.C7.02": "Hoe vaak vraagt de schoolleider door naar de belangen achter het standpunt van een partner?",
    "CON.C7.03": "Hoe vaak zorgt de schoolleider ervoor dat aan het begin van een samenwerking wordt afgesproken wie het proces leidt?",
    "CON.C7.04": "Hoe vaak zie je dat de schoolleider bij een trage samenwerking zelf knopen doorhakt, ook als nog niet alle partners mee zijn?",
    "CON.C8.01": "Hoe vaak zie je dat de schoolleider afspraken met externe partners pas met het team deelt als ze helemaal rond zijn?",
    "CON.C8.02": "Hoe vaak begeleidt de schoolleider {leraren} die zelf contact hebben met externe partners, bijvoorbeeld als de werkculturen verschillen?",
    "CON.C8.05": "Hoe vaak spreekt de schoolleider vooraf af waarover een collega zelf mag beslissen als die de school in een samenwerking vertegenwoordigt?",
    "CON.C8.04": "Hoe vaak zie je dat de schoolleider bij het aannemen van nieuwe collega's ook let op hoe goed ze met andere organisaties kunnen samenwerken?",
    "CON.C9.01": "Hoe vaak begeleidt de schoolleider, als die partijen bij elkaar brengt, het gesprek zonder aan te sturen op een eigen oplossing?",
    "CON.C9.02": "De schoolleider gaat er rustig mee om als de uitkomst van een samenwerking nog lang onzeker is.",
    "CON.C9.03": "Hoe vaak zie je dat de schoolleider bewust een ander de zichtbare rol laat nemen als dat de samenwerking helpt?",
    "CON.C9.04": "Hoe vaak zie je dat de schoolleider in overleg met partners een vraag meteen zelf beantwoordt, in plaats van eerst anderen aan het woord te laten?",
    "CON.C10.01": "Hoe vaak komt de schoolleider afspraken met partners na, ook als dat extra moeite kost?",
    "CON.C10.05": "Hoe vaak bespreekt de schoolleider met het bestuur hoeveel ruimte hij of zij heeft om in samenwerkingen zelf te beslissen?",
    "CON.C10.03": "Hoe vaak zie je dat de schoolleider bewust de ruimte neemt om te handelen als regels of kaders niet passen bij wat een {leerling} dringend nodig heeft?",
    "CON.C10.04": "Hoe vaak zie je dat de schoolleider over de samenwerking met partners wel aan het bestuur verantwoording aflegt, maar niet aan het team, {ouders} of de partners zelf?",
}

FILES = ["leiderschapsscan.json", "visie.json", "connectief-leiderschap.json"]


def with_observer(item, text):
    out = {}
    for k, v in item.items():
        if k == "observer":
            continue
        out[k] = v
        if k == "text":
            out["observer"] = text
    return out


def main():
    used = set()
    for name in FILES:
        path = os.path.join(CONTENT, name)
        with open(path, encoding="utf-8") as f:
            q = json.load(f)
        for sec in q["sections"]:
            for i, it in enumerate(sec["items"]):
                if it["type"] != "likert":
                    continue
                if it["id"] not in O:
                    sys.exit(f"{name}: {it['id']} has no observer text")
                sec["items"][i] = with_observer(it, O[it["id"]])
                used.add(it["id"])
        with open(path, "w", encoding="utf-8") as f:
            json.dump(q, f, ensure_ascii=False, indent=2)
            f.write("\n")
    unused = set(O) - used
    if unused:
        sys.exit(f"observer texts for unknown items: {sorted(unused)}")


if __name__ == "__main__":
    main()
