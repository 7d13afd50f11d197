/* The help texts (cli_help.h): spiegel --help and, per command, spiegel
 * COMMAND --help. doc/spiegel.1 says the same per command. */
#define _GNU_SOURCE
#include "cli_help.h"

#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "hint.h"
#include "spiegel/report.h"

#define OUTPUT(what)                                                                               \
	{                                                                                          \
		"-o, --output BESTAND", what " naar BESTAND (rechten 0600) in plaats van naar de " \
					     "standaarduitvoer; - is de standaarduitvoer"          \
	}
#define PLAIN                                                                                      \
	{                                                                                          \
		"--plain", "regel voor regel, zonder schermopmaak (voor een schermlezer of een "   \
			   "script)"                                                               \
	}

static const struct cmd_help commands[] = {
    {"start",
     "Opdrachten",
     {"start ID [--participant NAAM] [--plain]"},
     "een vragenlijst beginnen (zie spiegel list)",
     "Begint een nieuwe sessie met de vragenlijst ID (de ids staan in spiegel list) en opent de "
     "eerste vraag. Elk antwoord wordt meteen opgeslagen; met q stop je, en met spiegel resume "
     "ga je later verder waar je was.\n\n"
     "Met --plain stelt spiegel de vragen regel voor regel: typ het nummer van je antwoord, of "
     "? (uitleg), overzicht, ga naar N, terug of stop.\n\n",
     {{"--participant NAAM", "een naam in de sessie en het rapport (hoogstens 200 bytes)"}, PLAIN},
     {"spiegel start visie", "spiegel start leiderschapsscan --plain"}},
    {"resume",
     "Opdrachten",
     {"resume [SESSIE] [--plain]"},
     "verder met een sessie (zonder SESSIE: de laatste die nog niet af is)",
     "Opent een sessie weer, bij de eerste vraag die nog niet beantwoord is; een afgeronde "
     "sessie opent bij de resultaten. Zonder SESSIE: de laatste sessie die nog niet af is. "
     "Een sessie kan maar in één spiegel tegelijk open zijn.\n\n",
     {PLAIN},
     {"spiegel resume", "spiegel resume 20261201-101500-a1b2c3 --plain"}},
    {"list",
     "Opdrachten",
     {"list [--sessions]"},
     "de vragenlijsten, of met --sessions je sessies",
     "Zonder optie: de vragenlijsten die je kunt beginnen, met hun id, titel en aantal vragen. "
     "Met --sessions: je sessies, met id, vragenlijst, datum, hoeveel vragen beantwoord zijn "
     "en of de sessie af is.\n\n",
     {{"--sessions", "je sessies in plaats van de vragenlijsten"}},
     {"spiegel list", "spiegel list --sessions"}},
    {"report",
     "Opdrachten",
     {"report SESSIE [--format text|markdown|json] [-o BESTAND]\n[--focus ID[,ID]]",
      "report SESSIE --feedback PAD... [--round RONDE]\n"
      "[--format text|markdown|html|json|csv] [-o BESTAND]"},
     "het rapport van een sessie; met --feedback naast wat anderen zien",
     "Het rapport van een sessie: per leiderschapspraktijk je score en niveau, de persoonlijke "
     "kwaliteiten, je focus, volgende stappen met hun bron en je antwoorden op de open "
     "vragen.\n\n"
     "Met --feedback volgen na SESSIE de antwoordbestanden van anderen (of mappen ermee): per "
     "praktijk jouw score, die van anderen en het verschil, blinde vlekken en verborgen "
     "krachten. Cijfers van anderen toont spiegel pas vanaf 3 antwoorden.\n\n",
     {{"--format FORMAAT", "text (standaard), markdown of json; met --feedback ook html en csv"},
      OUTPUT("het rapport"),
      {"--focus ID[,ID]", "voor dit rapport zelf een of twee praktijken als focus (de ids staan "
			  "in het JSON-rapport); de sessie zelf verandert niet"},
      {"--feedback", "na SESSIE volgen antwoordbestanden of mappen van anderen"},
      {"--round RONDE", "met --feedback: welke feedbackronde telt als de paden er meer "
			"bevatten"}},
     {"spiegel report 20261201-101500-a1b2c3 --format markdown -o rapport.md",
      "spiegel report 20261201-101500-a1b2c3 --feedback antwoorden/"}},
    {"check",
     "Opdrachten",
     {"check [BESTAND...]"},
     "inhoudsbestanden controleren (zonder BESTAND: alle)",
     "Controleert inhoudsbestanden op de regels van doc/content-format.md en noemt bij elk "
     "probleem het bestand en de plaats. Zonder BESTAND: de hele inhoudsmap. Een bestand dat "
     "eindigt op practices.json is de catalogus van leiderschapspraktijken, de andere zijn "
     "vragenlijsten.\n\n",
     {{NULL, NULL}},
     {"spiegel check", "spiegel check mijn-vragenlijst.json"}},
    {"delete",
     "Opdrachten",
     {"delete SESSIE [--ja]"},
     "een sessie verwijderen, met alles wat erbij hoort",
     "Verwijdert een sessie uit je sessiemap, met alles wat erbij hoort. Op een terminal "
     "vraagt spiegel eerst of het zeker is; zonder terminal (in een script) verwijdert "
     "spiegel alleen met --ja. Alleen sessies in je eigen sessiemap.\n\n",
     {{"-y, --ja", "niet vragen, meteen verwijderen"}},
     {"spiegel delete 20261201-101500-a1b2c3"}},
    {"export",
     "Opdrachten",
     {"export SESSIE [-o BESTAND] [--alias CODE]"},
     "een inleverbestand voor je trainer of coach",
     "Schrijft een inleverbestand voor je trainer of coach. Je staat erin met de code die je "
     "met --alias kiest, anders met de naam van je sessie. Open antwoorden gaan alleen mee als "
     "je ze hebt gedeeld met de groep; de andere blijven privé. spiegel meldt wat er in het "
     "bestand staat.\n\n",
     {OUTPUT("het inleverbestand"), {"--alias CODE", "de code waaronder je in het bestand staat"}},
     {"spiegel export 20261201-101500-a1b2c3 --alias A7 -o inleveren.json"}},
    {"compare",
     "Opdrachten",
     {"compare OUD NIEUW [--format text|markdown|json] [-o BESTAND]"},
     "je groei: per praktijk de verandering tussen twee sessies",
     "Je groei tussen twee sessies: per praktijk de oude en de nieuwe score en de verandering, "
     "en de vragen die het meest veranderden. Twee verschillende vragenlijsten vergelijkt "
     "spiegel over de vragen die ze delen.\n\n",
     {{"--format FORMAAT", "text (standaard), markdown of json"}, OUTPUT("de vergelijking")},
     {"spiegel compare 20260310-090000-0a1b2c 20261201-101500-a1b2c3"}},
    {"group",
     "Voor coaches en trainers",
     {"group PAD... [--format text|markdown|html|csv|json]\n[-o BESTAND] [--min-group N] "
      "[--names]\n[--baseline VRAGENLIJST|PAD] [-q ID] [--tui]"},
     "een groepsrapport van sessie- en inleverbestanden, anoniem",
     "Een groepsrapport van sessie- en inleverbestanden (of mappen ermee): per praktijk het "
     "aantal deelnemers, het gemiddelde, de mediaan, de spreiding en het laagste en hoogste "
     "cijfer; per vraag de verdeling van de antwoorden; de open antwoorden die deelnemers "
     "deelden, zonder naam. Deelnemers heten A, B, C. Onder de minimale groepsgrootte toont het "
     "rapport alleen het aantal deelnemers.\n\n",
     {{"--format FORMAAT", "text (standaard), markdown, html (één bestand dat als pdf print), "
			   "csv of json"},
      OUTPUT("het rapport"),
      {"--min-group N", "groepscijfers pas vanaf N deelnemers (standaard 5)"},
      {"--names", "toch met de codes van de deelnemers (alleen met toestemming van de groep)"},
      {"--baseline VRAGENLIJST|PAD",
       "vergelijken met een nulmeting: de bestanden van die vragenlijst (bijvoorbeeld "
       "verbindend-dag1) of uit dat pad; mag vaker"},
      {"-q, --questionnaire ID", "welke vragenlijst telt als de paden er meer bevatten"},
      {"--tui", "op het volle scherm, groot, voor de beamer"}},
     {"spiegel group inleveringen/ --format html -o groep.html",
      "spiegel group dag6/ --baseline verbindend-dag1 --tui"}},
    {"intervisie",
     "Voor coaches en trainers",
     {"intervisie [GROEP]", "intervisie GROEP bijeenkomsten",
      "intervisie GROEP bijeenkomst [N] [--plain]",
      "intervisie GROEP verslag [N] [--format markdown|html] [-o BESTAND]\n[--coach]"},
     "een intervisiegroep voorbereiden en begeleiden",
     "Voor een coach: een intervisiegroep aanmaken (naam, codes van de deelnemers), de "
     "onderdelen van een vragenlijst doorlopen met de gespreksvragen, antwoorden invoeren of "
     "inlezen uit inleverbestanden, de groep per praktijk naast elkaar zien, notities en "
     "afspraken vastleggen en alles als Markdown bewaren. Zonder GROEP: de lijst van je "
     "groepen. Alles wordt meteen opgeslagen.\n\n"
     "Bijeenkomsten: intervisie GROEP bijeenkomsten toont ze, met stappen en terugblik; "
     "intervisie GROEP bijeenkomst [N] begeleidt een nieuwe bijeenkomst (of N verder) op het "
     "volle scherm: terugblik, opzet, casus, methode en fasen met de timer, kaarten, "
     "aantekeningen en een stap per deelnemer; met --plain regel voor regel; intervisie GROEP "
     "delen [THEMA,...|geen] kiest wat de groep deelt (casus, vragen, "
     "inzicht, stappen, terugblik, groepsbeeld); intervisie GROEP verslag [N] schrijft het "
     "verslag van bijeenkomst N, alleen wat de groep deelt; intervisie GROEP groepsbeeld [N] "
     "bewaart het groepsbeeld per praktijk.\n\n",
     {{"--format FORMAAT", "bij verslag: markdown (standaard) of html"},
      OUTPUT("het verslag"),
      {"--coach", "bij verslag: alles, ook wat de groep niet deelt (het exemplaar van de coach)"},
      PLAIN},
     {"spiegel intervisie", "spiegel intervisie 20261123-100000-1f0a11 verslag --format html -o "
			    "verslag.html"}},
    {"invite",
     "Feedback van anderen",
     {"invite VRAGENLIJST [--name NAAM] [-o FORMULIER.html]"},
     "een feedbackronde: een formulier voor je team, collega's of bestuurder",
     "Begint een feedbackronde: spiegel bewaart de ronde en schrijft één HTML-formulier voor je "
     "teamleden, collega-leidinggevenden of bestuurder. Het formulier werkt in elke browser, "
     "zonder internet, en bevat niets van je eigen antwoorden. Kan met leiderschapsscan, visie "
     "en connectief-leiderschap.\n\n",
     {{"--name NAAM", "het formulier noemt je bij naam (anders: je leidinggevende)"},
      {"-o, --output FORMULIER.html",
       "waar het formulier heen gaat (standaard feedbackformulier-VRAGENLIJST-XXXXXX.html in de "
       "huidige map); - is de standaarduitvoer"}},
     {"spiegel invite leiderschapsscan --name 'Sanne de Vries'"}},
    {"observe",
     "Feedback van anderen",
     {"observe FORMULIER [-o ANTWOORD.json] [--plain]"},
     "een feedbackformulier invullen zonder browser",
     "Een feedbackformulier invullen zonder browser. Op het volle scherm: eerst wie wat ziet, "
     "dan je rol, dan per vraag een antwoord (0: weet ik niet / niet gezien), dan de open "
     "vragen; pas aan het eind sla je op of stop je zonder bestand, en q brengt je altijd "
     "naar dat einde. Het antwoordbestand is hetzelfde als dat van de browser.\n\n"
     "Met --plain regel voor regel: een nummer per vraag, een lege regel slaat over, terug "
     "gaat terug, stop stopt zonder op te slaan.\n\n",
     {{"-o, --output ANTWOORD.json",
       "waar de antwoorden heen gaan (standaard feedback-XXXXXX-XXXXXX.json in de huidige "
       "map); - is de standaarduitvoer, alleen met --plain"},
      PLAIN},
     {"spiegel observe feedbackformulier-leiderschapsscan-3f2a1b.html",
      "spiegel observe feedbackformulier-leiderschapsscan-3f2a1b.html --plain"}},
    {"feedback",
     "Feedback van anderen",
     {"feedback PAD... [--round RONDE]\n[--format text|markdown|html|json|csv] [-o BESTAND]"},
     "wat anderen zien, uit hun antwoordbestanden",
     "Wat anderen zien, uit hun antwoordbestanden (of mappen ermee): per praktijk het "
     "gemiddelde, de spreiding en het aantal, per rol waar minstens drie mensen van die rol "
     "antwoordden, per vraag het gemiddelde, en de open antwoorden. Onder de drie antwoorden "
     "toont spiegel geen enkel cijfer van anderen.\n\n",
     {{"--round RONDE", "welke ronde telt als de paden er meer bevatten (standaard: die met de "
			"meeste bestanden)"},
      {"--format FORMAAT", "text (standaard), markdown, html, json of csv"},
      OUTPUT("het rapport")},
     {"spiegel feedback antwoorden/ --format html -o feedback.html"}},
    {"plan",
     "Voornemens en portfolio",
     {"plan [show ID | update ID | delete ID | new SESSIE]",
      "plan new SESSIE --feedback PAD... [--round RONDE]"},
     "je voornemens: open (eerst wie aan de beurt is) en afgesloten",
     "Zonder meer: je voornemens, eerst die waarop het tijd is om terug te kijken (de datum "
     "is voorbij of vandaag), dan de geplande, dan de afgesloten. plan show ID toont een "
     "voornemen met je terugblikken; plan update ID: terugkijken (gedaan, deels of nog niet) "
     "en hoe verder; plan new SESSIE maakt voornemens uit de volgende stappen van een sessie, "
     "met --feedback uit je feedbackrapport (eerst je blinde vlekken); plan delete ID "
     "verwijdert een voornemen. Voornemens zijn alleen voor jou.\n\n",
     {{"--feedback", "bij plan new: na SESSIE volgen antwoordbestanden of mappen van anderen"},
      {"--round RONDE", "met --feedback: welke feedbackronde telt als de paden er meer "
			"bevatten"}},
     {"spiegel plan", "spiegel plan new 20261201-101500-a1b2c3"}},
    {"portfolio",
     "Voornemens en portfolio",
     {"portfolio [-o BESTAND.md|BESTAND.html] [--format markdown|html]\n[--from DATUM] [--to "
      "DATUM] [--feedback PAD...]",
      "portfolio mark SESSIE [VRAAG...]", "portfolio unmark SESSIE VRAAG..."},
     "je ontwikkeling door de tijd, per domein",
     "Je ontwikkeling door de tijd, per domein: je sessies en hun scores, je voornemens en "
     "terugblikken, en de open antwoorden die je zelf voor je portfolio koos (portfolio mark; "
     "portfolio unmark maakt er een weer privé). Met --feedback ook de scores die anderen je "
     "gaven, pas vanaf 3 anderen.\n\n",
     {OUTPUT("het portfolio"),
      {"--format FORMAAT", "markdown (standaard) of html (ook als BESTAND op .html eindigt)"},
      {"--from DATUM", "vanaf die dag (15-12-2026 of 2026-12-15)"},
      {"--to DATUM", "tot en met die dag"},
      {"--feedback", "na de opties volgen antwoordbestanden of mappen van anderen"}},
     {"spiegel portfolio -o portfolio.html", "spiegel portfolio mark 20261201-101500-a1b2c3"}},
};

#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

/* The options every command takes. */
static const struct help_opt general[] = {
    {"--data-dir MAP", "map voor je gegevens (ook: SPIEGEL_DATA_DIR; standaard "
		       "$XDG_DATA_HOME/spiegel of ~/.local/share/spiegel)"},
    {"--content-dir MAP", "map met vragenlijsten (ook: SPIEGEL_CONTENT_DIR; standaard "
			  "SPIEGEL_CONTENT_DIR_DEFAULT)"},
    PLAIN,
    {"--contrast", "hoog contrast op het scherm: geen kleur, vet en omgekeerd (ook: "
		   "SPIEGEL_CONTRAST=1); zonder kleur ook met NO_COLOR"},
    {"-h, --help", "deze hulp; spiegel OPDRACHT --help: de hulp bij een opdracht"},
    {"-V, --version", "de versie van spiegel en van de inhoud"},
};

const struct cmd_help *cli_help_find(const char *name)
{
	for (size_t i = 0; name && i < N_COMMANDS; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* Whether names ("-o, --output BESTAND") spells option ("output" or
 * "o"). */
static bool spells(const char *names, const char *option)
{
	size_t n = strlen(option);
	for (const char *p = names; p && *p;) {
		const char *end = p + strcspn(p, ", ");
		size_t dashes = p[0] == '-' ? (p[1] == '-' ? 2 : 1) : 0;
		if (dashes && (size_t)(end - p) == dashes + n &&
		    strncmp(p + dashes, option, n) == 0 && (dashes == 2) == (n > 1))
			return true;
		p = end + strspn(end, ", ");
	}
	return false;
}

bool cli_help_accepts(const char *name, const char *option)
{
	for (size_t i = 0; i < sizeof(general) / sizeof(general[0]); i++)
		if (spells(general[i].names, option))
			return true;
	const struct cmd_help *h = cli_help_find(name);
	for (size_t i = 0; h && i < HELP_MAX_OPTS && h->opts[i].names; i++)
		if (spells(h->opts[i].names, option))
			return true;
	return false;
}

void cli_help_owners(const char *option, char *buf, size_t size)
{
	size_t n = 0, k = 0, total = 0;
	for (size_t i = 0; i < N_COMMANDS; i++)
		for (size_t j = 0; j < HELP_MAX_OPTS && commands[i].opts[j].names; j++)
			if (spells(commands[i].opts[j].names, option)) {
				total++;
				break;
			}
	if (size)
		buf[0] = '\0';
	for (size_t i = 0; i < N_COMMANDS && n < size; i++)
		for (size_t j = 0; j < HELP_MAX_OPTS && commands[i].opts[j].names; j++)
			if (spells(commands[i].opts[j].names, option)) {
				k++;
				n += (size_t)snprintf(buf + n, size - n, "%s'%s'",
						      k == 1	   ? ""
						      : k == total ? " en "
								   : ", ",
						      commands[i].name);
				break;
			}
}

/* text wrapped at 78 columns, every line after indent. */
static void put_wrapped(FILE *f, const char *text, const char *indent)
{
	char *w = report_wrap(text, 78, indent);
	if (w)
		fputs(w, f);
	free(w);
}

/* "  names   text", the text wrapped from column 24 (under the names when
 * they are longer). */
static void put_option(FILE *f, const char *names, const char *text)
{
	static const char col[] = "                        "; /* 24 */
	const char *t = text;
	char *with_default = NULL;
	const char *mark = strstr(text, "SPIEGEL_CONTENT_DIR_DEFAULT");
	if (mark &&
	    asprintf(&with_default, "%.*s%s%s", (int)(mark - text), text, SPIEGEL_CONTENT_DIR,
		     mark + strlen("SPIEGEL_CONTENT_DIR_DEFAULT")) >= 0)
		t = with_default;
	char *w = report_wrap(t, 78, col);
	free(with_default);
	if (!w)
		return;
	size_t nw = strlen(names);
	if (nw + 4 <= sizeof(col) - 1)
		fprintf(f, "  %-*s%s", (int)(sizeof(col) - 3), names, w + sizeof(col) - 1);
	else
		fprintf(f, "  %s\n%s", names, w);
	free(w);
}

/* The usage, "Gebruik:" before the first form and "of:" before the
 * others; a form's own line breaks go on under its operands. */
static void put_usage(FILE *f, const struct cmd_help *h)
{
	int indent = (int)(strlen("Gebruik: spiegel ") + strlen(h->name) + 1);
	for (size_t i = 0; i < 4 && h->usage[i]; i++) {
		fputs(i ? "     of: spiegel " : "Gebruik: spiegel ", f);
		for (const char *p = h->usage[i]; *p; p++) {
			fputc(*p, f);
			if (*p == '\n')
				fprintf(f, "%*s", indent, "");
		}
		fputc('\n', f);
	}
}

void cli_help_command(const struct cmd_help *h, FILE *f)
{
	put_usage(f, h);
	fputc('\n', f);
	for (const char *p = h->text; *p;) {
		const char *end = strstr(p, "\n\n");
		char *para = strndup(p, end ? (size_t)(end - p) : strlen(p));
		if (para)
			put_wrapped(f, para, "");
		free(para);
		fputc('\n', f);
		p = end ? end + 2 : p + strlen(p);
	}
	if (h->opts[0].names) {
		fputs("Opties:\n", f);
		for (size_t i = 0; i < HELP_MAX_OPTS && h->opts[i].names; i++)
			put_option(f, h->opts[i].names, h->opts[i].text);
		fputc('\n', f);
	}
	fputs(h->example[1] ? "Voorbeelden:\n" : "Voorbeeld:\n", f);
	for (size_t i = 0; i < 3 && h->example[i]; i++) {
		char *e = hint_rewrite(h->example[i]);
		fprintf(f, "  %s\n", e ? e : h->example[i]);
		free(e);
	}
	fputc('\n', f);
	put_wrapped(f,
		    "Algemene opties (zie spiegel --help): --data-dir MAP, --content-dir MAP, "
		    "--plain, --contrast.",
		    "");
}

void cli_help_general(FILE *f)
{
	fputs("Gebruik: spiegel [OPTIES] [OPDRACHT] [ARGUMENTEN]\n\n", f);
	put_wrapped(f,
		    "Reflectie op je eigen leiderschap als schoolleider. Zonder opdracht opent "
		    "spiegel het startscherm (met --plain: regel voor regel).",
		    "");
	const char *group = NULL;
	for (size_t i = 0; i < N_COMMANDS; i++) {
		const struct cmd_help *h = &commands[i];
		if (!group || strcmp(group, h->group) != 0)
			fprintf(f, "\n%s:\n", h->group);
		group = h->group;
		char name[64];
		snprintf(name, sizeof(name), "%s %s", h->name,
			 strchr(h->usage[0], ' ') ? strchr(h->usage[0], ' ') + 1 : "");
		/* the operands only: up to the first option */
		char *opt = strstr(name, " [-");
		if (opt)
			*opt = '\0';
		put_option(f, name, h->summary);
	}
	fputs("\nOpties:\n", f);
	for (size_t i = 0; i < sizeof(general) / sizeof(general[0]); i++)
		put_option(f, general[i].names, general[i].text);
	fputc('\n', f);
	put_wrapped(f,
		    "Meer over een opdracht (opties, voorbeeld): spiegel OPDRACHT --help, of man "
		    "spiegel.",
		    "");
	fputc('\n', f);
	put_wrapped(f,
		    "SESSIE is een id uit spiegel list --sessions of het pad naar een "
		    "sessiebestand. Afsluitstatus: 0 goed, 1 fout in gegevens of bestanden, 2 "
		    "verkeerd gebruik.",
		    "");
}
