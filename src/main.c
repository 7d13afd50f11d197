/* spiegel: the command line entry point. Parses the options, then runs the
 * command from the table below (cmd_session.c, cmd_report.c, cmd_group.c);
 * without one, the start screen. Which options a command takes, and its
 * help, are in cli_help.c. */
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
#include "cli_help.h"
#include "config.h"
#include "hint.h"
#include "spiegel/group.h"
#include "spiegel/session.h"
#include "tui/term.h"

/* The options, each once, by their field in struct opts. The long name is
 * the field's name with '-' for '_' (data_dir: --data-dir); what the option
 * takes follows from the field's type (option_kind). getopt_long's tables
 * are made from this one (getopt_tables); which command takes which option,
 * and their help, are in cli_help.c. */
#define OPTIONS(X)                                                                                 \
	X(data_dir)                                                                                \
	X(content_dir)                                                                             \
	X(plain)                                                                                   \
	X(participant)                                                                             \
	X(sessions)                                                                                \
	X(format)                                                                                  \
	X(output)                                                                                  \
	X(alias)                                                                                   \
	X(names)                                                                                   \
	X(min_group)                                                                               \
	X(baseline)                                                                                \
	X(questionnaire)                                                                           \
	X(tui)                                                                                     \
	X(focus)                                                                                   \
	X(name)                                                                                    \
	X(round)                                                                                   \
	X(feedback)                                                                                \
	X(ja)                                                                                      \
	X(contrast)                                                                                \
	X(coach)                                                                                   \
	X(from)                                                                                    \
	X(to)                                                                                      \
	X(help)                                                                                    \
	X(version)

/* The options with a short form too. */
#define SHORT_OPTIONS(X)                                                                           \
	X(output, 'o') X(questionnaire, 'q') X(ja, 'y') X(help, 'h') X(version, 'V')

enum option_id {
#define OPT_ENUM(field) OPT_##field,
	OPTIONS(OPT_ENUM)
#undef OPT_ENUM
	    N_OPTIONS
};

/* TEXT: a value, into a const char * field; SWITCH: no value, the bool
 * field set; OWN: a value take_option reads itself (any other type). */
enum option_kind { TEXT, SWITCH, OWN };
#define OPTION_KIND(field)                                                                         \
	_Generic(((struct opts *)NULL)->field, bool : SWITCH, const char * : TEXT, default : OWN)

static const struct cli_option {
	const char *field; /* its name; the long name with '_' for '-' */
	enum option_kind kind;
	size_t off; /* of the field in struct opts */
} options[N_OPTIONS] = {
#define OPT_ROW(field_)                                                                            \
	[OPT_##field_] = {                                                                         \
	    .field = #field_, .kind = OPTION_KIND(field_), .off = offsetof(struct opts, field_)},
    OPTIONS(OPT_ROW)
#undef OPT_ROW
};

static const struct short_option {
	int id;
	char letter;
} short_options[] = {
#define OPT_SHORT(field, letter_) {OPT_##field, letter_},
    SHORT_OPTIONS(OPT_SHORT)
#undef OPT_SHORT
};
#define N_SHORT (sizeof(short_options) / sizeof(short_options[0]))

/* Room for the longest long name and its NUL. */
#define OPT_NAME_MAX 24
#define OPT_FITS(field) _Static_assert(sizeof(#field) <= OPT_NAME_MAX, #field);
OPTIONS(OPT_FITS)
#undef OPT_FITS

/* getopt_long returns an option's id plus OPT_VAL for its long form. */
#define OPT_VAL 256

/* Option id's long name into name: its field's name with '-' for '_'. */
static void option_long_name(int id, char name[OPT_NAME_MAX])
{
	snprintf(name, OPT_NAME_MAX, "%s", options[id].field);
	for (char *c = name; *c; c++)
		if (*c == '_')
			*c = '-';
}

/* getopt_long's tables from options[]: the long forms (ended by an empty
 * row; their names in names[]) and the short ones ("o:q:yhV"). */
static void getopt_tables(struct option longs[N_OPTIONS + 1], char names[][OPT_NAME_MAX],
			  char shorts[2 * N_SHORT + 1])
{
	for (int i = 0; i < N_OPTIONS; i++) {
		int arg = options[i].kind == SWITCH ? no_argument : required_argument;
		option_long_name(i, names[i]);
		longs[i] = (struct option){names[i], arg, NULL, OPT_VAL + i};
	}
	longs[N_OPTIONS] = (struct option){NULL, 0, NULL, 0};
	size_t n = 0;
	for (size_t i = 0; i < N_SHORT; i++) {
		shorts[n++] = short_options[i].letter;
		if (options[short_options[i].id].kind != SWITCH)
			shorts[n++] = ':';
	}
	shorts[n] = '\0';
}

/* The option getopt_long returned as ch: its id, or -1. */
static int option_id(int ch)
{
	if (ch >= OPT_VAL && ch < OPT_VAL + N_OPTIONS)
		return ch - OPT_VAL;
	for (size_t i = 0; ch > 0 && i < N_SHORT; i++)
		if (short_options[i].letter == ch)
			return short_options[i].id;
	return -1;
}

/* With no explicit charset chosen (LANG etc. unset, C or POSIX), use
 * C.UTF-8 for characters: terminals today speak UTF-8. */
static void setup_locale(void)
{
	/* only what spiegel uses from the locale: the characters, and the
	 * language of the system's messages (strerror). Everything else stays
	 * "C": numbers read the same in every locale (45.8, never 45,8), and
	 * dates and times are spiegel's own. (Loading all categories also read
	 * ten files more before the first frame.) */
	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
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

/* The option getopt_long could not take (unknown, or without its value),
 * as typed: "-Z", "--bogus", "--content-dir". */
static int option_error(char **argv)
{
	const char *what = "onbekende optie of optie zonder waarde: ";
	/* a short option (perhaps in a cluster such as -yZ): optopt is its letter */
	if (optopt > 0 && optopt < OPT_VAL)
		return usage_error(what, (const char[]){'-', (char)optopt, 0});
	char arg[256];
	snprintf(arg, sizeof(arg), "%s", argv[optind - 1]);
	arg[strcspn(arg, "=")] = '\0';
	return usage_error(what, arg);
}

#define OPT_OWN(field) +(OPTION_KIND(field) == OWN)
_Static_assert(0 OPTIONS(OPT_OWN) == 2, "an option of a new type needs its case in take_option");
#undef OPT_OWN

/* Option ch (what getopt_long returned) into o; -1 when parsing goes on,
 * else the exit status of a usage error. */
static int take_option(struct opts *o, int ch, char **argv)
{
	int id = option_id(ch);
	if (id < 0)
		return option_error(argv);
	char *field = (char *)o + options[id].off;
	if (options[id].kind == SWITCH) {
		*(bool *)field = true;
		return -1;
	}
	if (options[id].kind == TEXT) {
		*(const char **)field = optarg;
		return -1;
	}
	if (id == OPT_baseline) {
		o->baseline[o->n_baseline++] = optarg;
		return -1;
	}
	/* --min-group, the only other OWN option (checked below) */
	char *end;
	errno = 0;
	long v = strtol(optarg, &end, 10);
	if (errno || *end || end == optarg || v < 1 || v > 1000)
		return usage_error("--min-group verwacht een getal van 1 tot 1000: ", optarg);
	o->min_group = (size_t)v;
	return -1;
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

/* Text on stdout in one write, so that a full disk is reported with its
 * reason (a text longer than stdio's buffer would fail half way). */
static int put_stdout(char *text, size_t len)
{
	int status = EXIT_OK;
	if (!text || fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
		cli_stdout_failed(text ? errno : ENOMEM);
		status = EXIT_DATA;
	}
	free(text);
	return status;
}

/* --help: of the command named, or the general one. */
static int print_help(const char *cmd)
{
	const struct cmd_help *h = cli_help_find(cmd);
	if (cmd && !h)
		return usage_error("onbekende opdracht: ", cmd);
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return put_stdout(NULL, 0);
	if (h)
		cli_help_command(h, f);
	else
		cli_help_general(f);
	if (fclose(f) != 0) {
		free(text);
		text = NULL;
	}
	return put_stdout(text, len);
}

/* --version: spiegel's, and that of the content it would use. */
static int print_version(const struct opts *o)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	if (!f)
		return put_stdout(NULL, 0);
	fprintf(f, "spiegel %s\n", SPIEGEL_VERSION);
	const char *dir = cli_content_dir(o);
	char path[4096];
	snprintf(path, sizeof(path), "%s/practices.json", dir);
	struct diag d;
	diag_init(&d);
	struct catalogue *cat = content_load_catalogue(path, &d);
	char *safe = diag_neutral(dir, strlen(dir), DIAG_LINE, NULL);
	if (cat)
		fprintf(f, "inhoud %s in %s\n", cat->version, safe ? safe : "");
	else
		fprintf(f, "inhoud: niet gevonden in %s (zie --content-dir)\n", safe ? safe : "");
	free(safe);
	content_catalogue_destroy(cat);
	diag_finish(&d);
	if (fclose(f) != 0) {
		free(text);
		text = NULL;
	}
	return put_stdout(text, len);
}

/* Every option given (the ids seen[n]) belongs to the command (or is one that
 * every command takes); else a usage error. */
static int check_options(const char *cmd, const int *seen, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char name[OPT_NAME_MAX];
		option_long_name(seen[i], name);
		if (cli_help_accepts(cmd, name))
			continue;
		char what[400], owners[240];
		cli_help_owners(name, owners, sizeof(owners));
		if (cmd && owners[0])
			snprintf(what, sizeof(what),
				 "--%s hoort bij %s, niet bij '%s'; zie spiegel %s --help", name,
				 owners, cmd, cmd);
		else if (cmd)
			snprintf(what, sizeof(what),
				 "--%s hoort niet bij '%s'; zie spiegel %s --help", name, cmd, cmd);
		else
			snprintf(what, sizeof(what), "--%s hoort bij %s", name,
				 owners[0] ? owners : "een opdracht");
		return usage_error(what, "");
	}
	return EXIT_OK;
}

/* The command named by the first operand, with the operands after it. */
static int dispatch(const struct opts *o, int npos, const char *const *positional, const int *seen,
		    size_t n_seen)
{
	const char *cmd = npos ? positional[0] : NULL;
	if (o->help)
		return print_help(cmd);
	if (o->version)
		return print_version(o);
	const struct command *c = NULL;
	for (size_t i = 0; cmd && i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(cmd, commands[i].name) == 0)
			c = &commands[i];
	if (cmd && !c)
		return usage_error("onbekende opdracht: ", cmd);
	int status = check_options(cmd, seen, n_seen);
	if (status != EXIT_OK)
		return status;
	if (cmd && o->round && !o->feedback && strcmp(cmd, "feedback") != 0)
		return usage_error("--round hoort bij 'spiegel feedback' en 'spiegel report "
				   "SESSIE --feedback PAD...'",
				   "");
	if (!c)
		return cmd_tui(o);
	int n = npos - 1;
	if (n < c->min || (c->max >= 0 && n > c->max))
		return usage_error(c->wrong, "");
	return c->run(o, n, positional + 1);
}

/* The options and the command; baselines has room for every --baseline
 * and seen for every option (as many as there are arguments). */
static int run(int argc, char **argv, const char **baselines, int *seen)
{
	struct opts o;
	memset(&o, 0, sizeof(o));
	o.min_group = GROUP_DEFAULT_MIN;
	o.baseline = baselines;
	size_t n_seen = 0;
	struct option longs[N_OPTIONS + 1];
	char long_names[N_OPTIONS][OPT_NAME_MAX];
	char shorts[2 * N_SHORT + 1];
	getopt_tables(longs, long_names, shorts);
	/* the hints name the program as it was run, for a wrong option too */
	static const char *names[sizeof(commands) / sizeof(commands[0])];
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		names[i] = commands[i].name;
	hint_init(argv[0], NULL, NULL, names, sizeof(names) / sizeof(names[0]));
	int ch;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		int status = take_option(&o, ch, argv);
		if (status >= 0)
			return status;
		seen[n_seen++] = option_id(ch);
	}
	tui_set_contrast(o.contrast);
	hint_init(argv[0], o.data_dir, o.content_dir, names, sizeof(names) / sizeof(names[0]));
	if (o.participant && !session_name_ok(o.participant))
		return usage_error(
		    "de naam bij --participant is te lang, geen geldige UTF-8 of bevat een "
		    "stuurteken "
		    "(zoals een nieuwe regel) of een onzichtbaar teken (zoals een richtingsteken)",
		    "");
	/* getopt_long moved every operand behind the options: as many as the
	 * shell passes (hundreds of hand-in files named by a shell glob) */
	return dispatch(&o, argc - optind, (const char *const *)argv + optind, seen, n_seen);
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
	int *seen = calloc((size_t)argc + 1, sizeof(*seen));
	if (!baselines || !seen) {
		free(baselines);
		free(seen);
		fputs("spiegel: onvoldoende geheugen\n", stderr);
		return cli_finish_stdout(EXIT_DATA);
	}
	int status = run(argc, argv, baselines, seen);
	free(baselines);
	free(seen);
	return cli_finish_stdout(status);
}
