/* spiegel: the command line entry point. Parses the options, then runs the
 * command from the table below (cmd_session.c, cmd_report.c, cmd_group.c);
 * without one, the start screen. */
#define _GNU_SOURCE
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include "cli.h"
#include "config.h"
#include "spiegel/group.h"
#include "spiegel/session.h"
#include "tui/term.h"

static const char usage_text[] =
    "Gebruik: spiegel [OPTIES] [OPDRACHT] [ARGUMENTEN]\n"
    "\n"
    "Reflectie op je eigen leiderschap als schoolleider. Zonder opdracht opent\n"
    "spiegel het startscherm.\n"
    "\n"
    "Opdrachten:\n"
    "  start ID [--participant NAAM] [--plain]\n"
    "                        een vragenlijst beginnen (zie spiegel list)\n"
    "  resume [SESSIE] [--plain]\n"
    "                        verder met een sessie (zonder SESSIE: de laatste\n"
    "                        die nog niet af is)\n"
    "  list [--sessions]     de vragenlijsten, of met --sessions je sessies\n"
    "  report SESSIE [--format text|markdown|json] [-o BESTAND] [--focus ID[,ID]]\n"
    "                        het rapport van een sessie; met --focus kies je voor\n"
    "                        dit rapport zelf een of twee praktijken als focus\n"
    "  check [BESTAND...]    inhoudsbestanden controleren (zonder BESTAND: alle)\n"
    "  delete SESSIE         een sessie verwijderen, met alles wat erbij hoort\n"
    "  export SESSIE [-o BESTAND] [--alias CODE]\n"
    "                        een inleverbestand voor je trainer of coach: je staat\n"
    "                        erin met je code, privé open antwoorden blijven weg\n"
    "  compare OUD NIEUW [--format text|markdown|json] [-o BESTAND]\n"
    "                        je groei: per praktijk de verandering tussen twee\n"
    "                        sessies en de vragen die het meest veranderden\n"
    "\n"
    "Voor coaches en trainers:\n"
    "  group PAD... [--format text|markdown|html|csv|json] [-o BESTAND]\n"
    "                        groepsrapport van sessie- en inleverbestanden (of\n"
    "                        mappen ermee), anoniem: deelnemers heten A, B, C\n"
    "      --min-group N     groepscijfers pas vanaf N deelnemers (standaard 5)\n"
    "      --names           toch met namen (alleen met toestemming van de groep)\n"
    "      --baseline VRAGENLIJST|PAD\n"
    "                        vergelijk met een nulmeting: de bestanden van die\n"
    "                        vragenlijst (bijvoorbeeld verbindend-dag1) of uit dat\n"
    "                        pad; mag vaker\n"
    "      -q, --questionnaire ID\n"
    "                        welke vragenlijst telt als er meer in de mappen staan\n"
    "      --tui             op het volle scherm, voor de beamer\n"
    "  intervisie [GROEP]    een intervisiegroep voorbereiden en begeleiden\n"
    "  intervisie GROEP bijeenkomst [N]\n"
    "                        een bijeenkomst begeleiden op het volle scherm: terugblik,\n"
    "                        casus, methode en fasen, kaarten, stappen\n"
    "  intervisie GROEP bijeenkomsten\n"
    "                        de bijeenkomsten van een groep, met stappen en terugblik\n"
    "  intervisie GROEP bijeenkomst [N] --plain\n"
    "                        een nieuwe bijeenkomst (of N verder) regel voor regel:\n"
    "                        terugblik, casus, fasen, notities, stap per deelnemer\n"
    "  intervisie GROEP delen [THEMA,...|geen]\n"
    "                        wat de groep deelt in het verslag: casus, vragen,\n"
    "                        inzicht, stappen, terugblik, groepsbeeld\n"
    "  intervisie GROEP verslag [N] [--format markdown|html] [-o BESTAND] [--coach]\n"
    "                        het verslag van bijeenkomst N (standaard de laatste):\n"
    "                        casus, methode, vragen, inzichten en volgende stappen,\n"
    "                        alleen wat de groep deelt; met --coach alles\n"
    "  intervisie GROEP groepsbeeld [N]\n"
    "                        het groepsbeeld per praktijk bewaren bij bijeenkomst N,\n"
    "                        naast dat van de bijeenkomst ervoor\n"
    "\n"
    "Feedback van anderen:\n"
    "  invite VRAGENLIJST [--name NAAM] [-o FORMULIER.html]\n"
    "                        een feedbackronde: een formulier voor je team,\n"
    "                        collega's of bestuurder (zonder je eigen antwoorden)\n"
    "  observe FORMULIER [-o ANTWOORD.json] [--plain]\n"
    "                        een feedbackformulier invullen zonder browser\n"
    "  feedback PAD... [--round RONDE] [--format text|markdown|html|json|csv]\n"
    "           [-o BESTAND] wat anderen zien, uit hun antwoordbestanden (of\n"
    "                        mappen ermee); cijfers pas vanaf 3 antwoorden\n"
    "  report SESSIE --feedback PAD...\n"
    "                        je eigen antwoorden naast die van anderen: blinde\n"
    "                        vlekken en verborgen krachten\n"
    "\n"
    "Voornemens en portfolio:\n"
    "  plan                  je voornemens: open (eerst wie aan de beurt is) en\n"
    "                        afgesloten\n"
    "  plan show ID          een voornemen met je terugblikken\n"
    "  plan update ID        terugkijken: gedaan, deels of nog niet, en hoe verder\n"
    "  plan new SESSIE       voornemens maken uit de stappen van een sessie\n"
    "  plan new SESSIE --feedback PAD...\n"
    "                        voornemens uit de stappen van je feedbackrapport\n"
    "                        (eerst je blinde vlekken)\n"
    "  plan delete ID        een voornemen verwijderen\n"
    "  portfolio [-o BESTAND.md|BESTAND.html] [--format markdown|html]\n"
    "            [--from DATUM] [--to DATUM] [--feedback PAD...]\n"
    "                        je ontwikkeling door de tijd, per domein\n"
    "  portfolio mark SESSIE [VRAAG...]\n"
    "                        open antwoorden kiezen voor je portfolio\n"
    "  portfolio unmark SESSIE VRAAG...\n"
    "                        een open antwoord weer privé maken\n"
    "\n"
    "Opties:\n"
    "  --data-dir MAP        map voor je sessies (ook: SPIEGEL_DATA_DIR;\n"
    "                        standaard $XDG_DATA_HOME/spiegel of\n"
    "                        ~/.local/share/spiegel)\n"
    "  --content-dir MAP     map met vragenlijsten (ook: SPIEGEL_CONTENT_DIR)\n"
    "  --plain               zonder schermopmaak, regel voor regel\n"
    "  -h, --help            deze hulp\n"
    "  -V, --version         versie\n"
    "\n"
    "SESSIE is een id uit 'spiegel list --sessions' of het pad naar een\n"
    "sessiebestand. Afsluitstatus: 0 goed, 1 fout in gegevens of bestanden,\n"
    "2 verkeerd gebruik.\n";

enum {
	OPT_DATA = 256,
	OPT_CONTENT,
	OPT_PLAIN,
	OPT_PARTICIPANT,
	OPT_SESSIONS,
	OPT_FORMAT,
	OPT_ALIAS,
	OPT_NAMES,
	OPT_MIN_GROUP,
	OPT_BASELINE,
	OPT_TUI,
	OPT_FOCUS,
	OPT_NAME,
	OPT_ROUND,
	OPT_FEEDBACK,
	OPT_COACH,
	OPT_FROM,
	OPT_TO,
};

static const struct option long_opts[] = {
    {"data-dir", required_argument, NULL, OPT_DATA},
    {"content-dir", required_argument, NULL, OPT_CONTENT},
    {"plain", no_argument, NULL, OPT_PLAIN},
    {"participant", required_argument, NULL, OPT_PARTICIPANT},
    {"sessions", no_argument, NULL, OPT_SESSIONS},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"output", required_argument, NULL, 'o'},
    {"alias", required_argument, NULL, OPT_ALIAS},
    {"names", no_argument, NULL, OPT_NAMES},
    {"min-group", required_argument, NULL, OPT_MIN_GROUP},
    {"baseline", required_argument, NULL, OPT_BASELINE},
    {"questionnaire", required_argument, NULL, 'q'},
    {"tui", no_argument, NULL, OPT_TUI},
    {"focus", required_argument, NULL, OPT_FOCUS},
    {"name", required_argument, NULL, OPT_NAME},
    {"round", required_argument, NULL, OPT_ROUND},
    {"feedback", no_argument, NULL, OPT_FEEDBACK},
    {"coach", no_argument, NULL, OPT_COACH},
    {"from", required_argument, NULL, OPT_FROM},
    {"to", required_argument, NULL, OPT_TO},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

/* With no explicit charset chosen (LANG etc. unset, C or POSIX), use
 * C.UTF-8 for characters: terminals today speak UTF-8. */
static void setup_locale(void)
{
	setlocale(LC_ALL, "");
	/* numbers read the same in every locale: 45.8, never 45,8 */
	setlocale(LC_NUMERIC, "C");
	if (tui_utf8_locale())
		return;
	const char *vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
	for (size_t i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);
		if (!v || !*v)
			continue;
		/* C or POSIX, or a UTF-8 locale that is not installed here
		 * (nl_NL.UTF-8 on a system without it): characters as C.UTF-8 */
		bool wants_utf8 = strcasestr(v, "utf-8") || strcasestr(v, "utf8");
		if (strcmp(v, "C") != 0 && strcmp(v, "POSIX") != 0 && !wants_utf8)
			return; /* the user chose a non-UTF-8 locale: respect and refuse later */
		break;
	}
	setlocale(LC_CTYPE, "C.UTF-8");
}

/* The options that take a text: where each goes in struct opts. */
static const struct {
	int opt;
	size_t off;
} text_opts[] = {
    {OPT_DATA, offsetof(struct opts, data_dir)},
    {OPT_CONTENT, offsetof(struct opts, content_dir)},
    {OPT_PARTICIPANT, offsetof(struct opts, participant)},
    {OPT_FORMAT, offsetof(struct opts, format)},
    {'o', offsetof(struct opts, output)},
    {OPT_ALIAS, offsetof(struct opts, alias)},
    {OPT_FOCUS, offsetof(struct opts, focus)},
    {OPT_NAME, offsetof(struct opts, name)},
    {OPT_ROUND, offsetof(struct opts, round)},
    {OPT_FROM, offsetof(struct opts, from)},
    {OPT_TO, offsetof(struct opts, to)},
    {'q', offsetof(struct opts, questionnaire)},
};

/* The options that are a switch. */
static const struct {
	int opt;
	size_t off;
} flag_opts[] = {
    {OPT_PLAIN, offsetof(struct opts, plain)},
    {OPT_SESSIONS, offsetof(struct opts, sessions)},
    {OPT_NAMES, offsetof(struct opts, names)},
    {OPT_TUI, offsetof(struct opts, tui)},
    {OPT_FEEDBACK, offsetof(struct opts, feedback)},
    {OPT_COACH, offsetof(struct opts, coach)},
};

/* One option into o; -1 when parsing goes on, else the exit status
 * (--help, --version, a usage error). */
static int take_option(struct opts *o, int ch, char **argv)
{
	for (size_t i = 0; i < sizeof(text_opts) / sizeof(text_opts[0]); i++)
		if (text_opts[i].opt == ch) {
			*(const char **)((char *)o + text_opts[i].off) = optarg;
			return -1;
		}
	for (size_t i = 0; i < sizeof(flag_opts) / sizeof(flag_opts[0]); i++)
		if (flag_opts[i].opt == ch) {
			*(bool *)((char *)o + flag_opts[i].off) = true;
			return -1;
		}
	switch (ch) {
	case OPT_BASELINE:
		o->baseline[o->n_baseline++] = optarg;
		return -1;
	case OPT_MIN_GROUP: {
		char *end;
		errno = 0;
		long v = strtol(optarg, &end, 10);
		if (errno || *end || end == optarg || v < 1 || v > 1000)
			return usage_error("--min-group verwacht een getal van 1 tot 1000: ",
					   optarg);
		o->min_group = (size_t)v;
		return -1;
	}
	case 'h':
		/* more than a stdio buffer: a full disk shows up here, with its
		 * reason */
		if (fputs(usage_text, stdout) == EOF)
			cli_stdout_failed(errno);
		return EXIT_OK;
	case 'V':
		printf("spiegel %s\n", SPIEGEL_VERSION);
		return EXIT_OK;
	default:
		if (optopt)
			return usage_error("onbekende optie of optie zonder waarde: -",
					   (const char[]){(char)optopt, 0});
		return usage_error("onbekende optie of optie zonder waarde: ", argv[optind - 1]);
	}
}

/* report SESSIE, or with --feedback: SESSIE and the answer files of
 * others. */
static int report(const struct opts *o, int n, const char *const *args)
{
	if (o->feedback && n < 2)
		return usage_error("'report SESSIE --feedback' verwacht na SESSIE een of meer "
				   "antwoordbestanden of mappen",
				   "");
	if (o->feedback)
		return cmd_report_feedback(o, args[0], n - 1, args + 1);
	if (n != 1)
		return usage_error("'report' verwacht precies één SESSIE", "");
	return cmd_report(o, n, args);
}

/* portfolio [--feedback PAD...], or portfolio mark|unmark SESSIE ... */
static int portfolio(const struct opts *o, int n, const char *const *args)
{
	if (n && (strcmp(args[0], "mark") == 0 || strcmp(args[0], "unmark") == 0))
		return cmd_portfolio_marks(o, n, args);
	return cmd_portfolio(o, n, args);
}

/* The commands: name, how many operands follow it (max -1: any number),
 * what to say when that number is wrong (NULL: the function checks), and
 * the function. */
static const struct command {
	const char *name;
	int min, max;
	const char *wrong;
	int (*run)(const struct opts *o, int n, const char *const *args);
} commands[] = {
    {"list", 0, 0, "'list' heeft geen argumenten", cmd_list},
    {"check", 0, -1, NULL, cmd_check},
    {"report", 0, -1, NULL, report},
    {"start", 1, 1, "'start' verwacht het id van een vragenlijst", cmd_start},
    {"resume", 0, 1, "'resume' verwacht hoogstens één SESSIE", cmd_resume},
    {"delete", 1, 1, "'delete' verwacht precies één SESSIE", cmd_delete},
    {"export", 1, 1, "'export' verwacht precies één SESSIE", cmd_export},
    {"group", 1, -1, "'group' verwacht een of meer bestanden of mappen", cmd_group},
    {"compare", 2, 2, "'compare' verwacht twee sessies: OUD en NIEUW", cmd_compare},
    {"intervisie", 0, 3, "'intervisie' verwacht hoogstens GROEP, wat en een nummer",
     cmd_intervisie},
    {"invite", 1, 1, "'invite' verwacht het id van een vragenlijst", cmd_invite},
    {"observe", 1, 1, "'observe' verwacht precies één FORMULIER", cmd_observe},
    {"feedback", 1, -1, "'feedback' verwacht een of meer antwoordbestanden of mappen",
     cmd_feedback},
    {"plan", 0, -1, NULL, cmd_plan},
    {"portfolio", 0, -1, NULL, portfolio},
};

/* The command named by the first operand, with the operands after it. */
static int dispatch(const struct opts *o, int npos, const char *const *positional)
{
	const char *cmd = npos ? positional[0] : NULL;
	if (o->focus && (!cmd || strcmp(cmd, "report") != 0))
		return usage_error("--focus hoort bij 'spiegel report'", "");
	if (o->feedback && (!cmd || (strcmp(cmd, "report") != 0 && strcmp(cmd, "portfolio") != 0 &&
				     strcmp(cmd, "plan") != 0)))
		return usage_error(
		    "--feedback hoort bij 'spiegel report SESSIE --feedback PAD...', "
		    "'spiegel plan new SESSIE --feedback PAD...' en 'spiegel "
		    "portfolio --feedback PAD...'",
		    "");
	if ((o->from || o->to) && (!cmd || strcmp(cmd, "portfolio") != 0))
		return usage_error("--from en --to horen bij 'spiegel portfolio'", "");
	if (o->name && (!cmd || strcmp(cmd, "invite") != 0))
		return usage_error("--name hoort bij 'spiegel invite'", "");
	if (o->round && (!cmd || (strcmp(cmd, "feedback") != 0 && !o->feedback)))
		return usage_error("--round hoort bij 'spiegel feedback' en 'spiegel report "
				   "--feedback'",
				   "");
	if (o->coach && (!cmd || strcmp(cmd, "intervisie") != 0))
		return usage_error("--coach hoort bij 'spiegel intervisie GROEP verslag'", "");
	if (!cmd)
		return cmd_tui(o);
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		const struct command *c = &commands[i];
		if (strcmp(cmd, c->name) != 0)
			continue;
		int n = npos - 1;
		if (n < c->min || (c->max >= 0 && n > c->max))
			return usage_error(c->wrong, "");
		return c->run(o, n, positional + 1);
	}
	return usage_error("onbekende opdracht: ", cmd);
}

/* The options and the command; baselines has room for every --baseline
 * (as many as there are arguments). */
static int run(int argc, char **argv, const char **baselines)
{
	struct opts o;
	memset(&o, 0, sizeof(o));
	o.min_group = GROUP_DEFAULT_MIN;
	o.baseline = baselines;
	int ch;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "ho:q:V", long_opts, NULL)) != -1) {
		int status = take_option(&o, ch, argv);
		if (status >= 0)
			return status;
	}
	if (o.participant && !session_name_ok(o.participant))
		return usage_error(
		    "de naam bij --participant is te lang, geen geldige UTF-8 of bevat een "
		    "stuurteken "
		    "(zoals een nieuwe regel) of een onzichtbaar teken (zoals een richtingsteken)",
		    "");
	/* getopt_long moved every operand behind the options: as many as the
	 * shell passes (hundreds of hand-in files named by a shell glob) */
	return dispatch(&o, argc - optind, (const char *const *)argv + optind);
}

int main(int argc, char **argv)
{
	if (!cli_standard_fds())
		return EXIT_DATA; /* not even /dev/null: nowhere to say so */
	/* a closed pipe on stdout is an error to report (finish_stdout), not a
	 * silent death */
	signal(SIGPIPE, SIG_IGN);
	umask(077);
	struct rlimit nocore = {0, 0};
	setrlimit(RLIMIT_CORE, &nocore);
	setup_locale();
	const char **baselines = calloc((size_t)argc + 1, sizeof(*baselines));
	if (!baselines) {
		fputs("spiegel: onvoldoende geheugen\n", stderr);
		return cli_finish_stdout(EXIT_DATA);
	}
	int status = run(argc, argv, baselines);
	free(baselines);
	return cli_finish_stdout(status);
}
