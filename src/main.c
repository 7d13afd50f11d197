/* spiegel: command line entry point. Parses the subcommands, finds the
 * content and data directories and hands over to the core, plain mode or the
 * curses shell. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "plain.h"
#include "spiegel/content.h"
#include "spiegel/group.h"
#include "spiegel/report.h"
#include "spiegel/score.h"
#include "spiegel/session.h"
#include "spiegel/store.h"
#include "tui/tui.h"

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
    {"from", required_argument, NULL, OPT_FROM},
    {"to", required_argument, NULL, OPT_TO},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, 'V'},
    {NULL, 0, NULL, 0},
};

void print_diag(const struct diag *d)
{
	for (size_t i = 0; i < diag_count(d); i++)
		fprintf(stderr, "spiegel: %s\n", diag_msg(d, i));
}

static const char *content_dir(const struct opts *o)
{
	if (o->content_dir)
		return o->content_dir;
	const char *env = getenv("SPIEGEL_CONTENT_DIR");
	return env && *env ? env : SPIEGEL_CONTENT_DIR;
}

struct content *load_content(const struct opts *o)
{
	struct diag d;
	diag_init(&d);
	struct content *c = content_load_dir(content_dir(o), &d);
	if (c && diag_count(&d))
		fprintf(stderr, "spiegel: sommige vragenlijsten zijn overgeslagen; zie spiegel "
				"check\n");
	print_diag(&d);
	diag_finish(&d);
	return c;
}

struct content *localize_content(const struct content *raw, enum sector s)
{
	struct content *v = raw ? content_localize(raw, s) : NULL;
	if (raw && !v)
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
	return v;
}

bool open_store(const struct opts *o, struct store *st)
{
	struct diag d;
	diag_init(&d);
	char *root = store_resolve_root(o->data_dir, getenv("SPIEGEL_DATA_DIR"),
					getenv("XDG_DATA_HOME"), getenv("HOME"), &d);
	bool ok = root && store_open(st, root, cli_io(), &d);
	free(root);
	if (ok)
		store_clean_temp(st);
	print_diag(&d);
	diag_finish(&d);
	return ok;
}

static int cmd_list(const struct opts *o)
{
	struct content *raw = load_content(o);
	struct content *c = localize_content(raw, SECTOR_ALGEMEEN);
	content_destroy(raw);
	if (!c)
		return EXIT_DATA;
	int status = EXIT_OK;
	if (!o->sessions) {
		for (size_t i = 0; i < c->n_qs; i++)
			cli_printf("%-26s %s (%zu vragen)\n", c->qs[i]->id, c->qs[i]->title,
				   c->qs[i]->n_items);
		if (c->n_qs == 0)
			cli_printf("Geen vragenlijsten gevonden in %s\n", c->dir);
		content_destroy(c);
		return status;
	}
	struct store st;
	if (!open_store(o, &st)) {
		content_destroy(c);
		return EXIT_DATA;
	}
	char **ids;
	size_t n;
	struct diag d;
	diag_init(&d);
	if (store_list_sessions(&st, &ids, &n, &d)) {
		if (n == 0)
			cli_printf("Nog geen sessies in %s\n", st.sessions);
		for (size_t i = 0; i < n; i++) {
			struct diag d2;
			diag_init(&d2);
			struct session *s = session_load_id(&st, ids[i], &d2);
			if (!s) {
				cli_printf("%-24s (onleesbaar: %s)\n", ids[i],
					   diag_count(&d2) ? diag_msg(&d2, 0) : "?");
				status = EXIT_DATA;
			} else {
				const struct questionnaire *q = content_find(c, s->questionnaire);
				cli_printf("%-24s %-22s %.10s  %zu/%zu  %s%s%s\n", s->id,
					   q ? q->title : s->questionnaire, s->created,
					   q ? session_count_answered(s, q) : s->n_answers,
					   q ? q->n_items : 0,
					   s->handin	 ? "inleverbestand"
					   : s->finished ? "afgerond"
							 : "bezig",
					   s->participant[0] ? "  " : "", s->participant);
			}
			session_destroy(s);
			diag_finish(&d2);
		}
		store_free_list(ids, n);
	} else {
		status = EXIT_DATA;
	}
	print_diag(&d);
	diag_finish(&d);
	store_finish(&st);
	content_destroy(c);
	return status;
}

static int cmd_check(const struct opts *o, int argc, char **argv)
{
	struct diag d;
	diag_init(&d);
	int files = 0, items = 0;
	if (argc == 0) {
		struct content *c = content_load_dir(content_dir(o), &d);
		if (c) {
			content_check_set(c->catalogue, (const struct questionnaire *const *)c->qs,
					  c->n_qs, &d);
			for (size_t i = 0; i < c->n_qs; i++)
				session_check_fits(c->qs[i], &d);
			files = (int)c->n_qs + 1;
			for (size_t i = 0; i < c->n_qs; i++)
				items += (int)c->qs[i]->n_items;
		}
		content_destroy(c);
	} else {
		/* explicit files: a *practices.json is a catalogue, the rest
		 * questionnaires checked against the catalogue given or found */
		const char *catpath = NULL;
		for (int i = 0; i < argc; i++) {
			size_t n = strlen(argv[i]);
			if (n >= 14 && strcmp(argv[i] + n - 14, "practices.json") == 0)
				catpath = argv[i];
		}
		char def[4096];
		if (!catpath) {
			snprintf(def, sizeof(def), "%s/practices.json", content_dir(o));
			catpath = def;
		}
		struct catalogue *cat = content_load_catalogue(catpath, &d);
		struct questionnaire **qs = calloc((size_t)argc, sizeof(*qs));
		size_t nq = 0;
		if (cat && qs) {
			files++;
			for (int i = 0; i < argc; i++) {
				if (argv[i] == catpath)
					continue;
				struct questionnaire *q =
				    content_load_questionnaire(argv[i], cat, &d);
				if (q) {
					qs[nq++] = q;
					items += (int)q->n_items;
				}
				files++;
			}
			/* reachability is a rule over the whole set, not a single file */
			content_check_set(NULL, (const struct questionnaire *const *)qs, nq, &d);
			for (size_t i = 0; i < nq; i++)
				session_check_fits(qs[i], &d);
		}
		for (size_t i = 0; i < nq; i++)
			content_questionnaire_destroy(qs[i]);
		free(qs);
		content_catalogue_destroy(cat);
	}
	int status = diag_count(&d) ? EXIT_DATA : EXIT_OK;
	for (size_t i = 0; i < diag_count(&d); i++)
		printf("%s\n", diag_msg(&d, i));
	if (status == EXIT_OK)
		printf("In orde: %d bestanden, %d vragen.\n", files, items);
	else
		fprintf(stderr, "spiegel: %zu %s gevonden\n", diag_count(&d),
			diag_count(&d) == 1 ? "probleem" : "problemen");
	diag_finish(&d);
	return status;
}

/* Load a session and its questionnaire; prints problems. */
struct session *load_session(const struct content *c, const char *path,
			     const struct questionnaire **q)
{
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(path, &d);
	*q = NULL;
	if (s) {
		*q = content_find(c, s->questionnaire);
		if (!*q)
			diag_add(&d, "%s: vragenlijst \"%s\" is niet beschikbaar", path,
				 s->questionnaire);
		else if (!session_validate(s, *q, &d))
			*q = NULL;
	}
	print_diag(&d);
	diag_finish(&d);
	if (!*q) {
		session_destroy(s);
		return NULL;
	}
	return s;
}

/* The report with "Verdiepen" appended (text and markdown); frees text. */
static char *append_deeper(char *text, size_t *len, const struct content *c,
			   const struct questionnaire *q, const struct score_result *r,
			   enum report_format f)
{
	char *more = report_deeper(c, q, r, f);
	size_t m = more ? strlen(more) : 0;
	char *all = more ? realloc(text, *len + m + 1) : NULL;
	if (!all) {
		free(text);
		free(more);
		return NULL;
	}
	memcpy(all + *len, more, m + 1);
	*len += m;
	free(more);
	return all;
}

/* --focus ID[,ID]: the focus of this report (the session file is not
 * changed). Unknown ids are a usage error. */
static int report_focus_option(const struct opts *o, const struct catalogue *cat, struct session *s)
{
	if (!o->focus)
		return EXIT_OK;
	char *copy = strdup(o->focus);
	const char *ids[SESSION_MAX_FOCUS + 1];
	size_t n = 0;
	int status = copy ? EXIT_OK : EXIT_DATA;
	for (char *save = NULL, *t = copy ? strtok_r(copy, ",", &save) : NULL; t;
	     t = strtok_r(NULL, ",", &save)) {
		if (n == SESSION_MAX_FOCUS) {
			status = usage_error("--focus: hoogstens twee praktijken", "");
			break;
		}
		if (content_practice_index(cat, t) < 0) {
			fprintf(stderr,
				"spiegel: --focus: onbekende praktijk \"%s\"; de ids staan in "
				"'spiegel report SESSIE --format json' (\"practices\")\n",
				t);
			status = EXIT_USAGE;
			break;
		}
		ids[n++] = t;
	}
	if (status == EXIT_OK && n == 0)
		status = usage_error("--focus verwacht een of twee praktijk-ids", "");
	if (status == EXIT_OK && !session_set_focus(s, ids, n))
		status = usage_error("--focus: noem een praktijk niet twee keer", "");
	free(copy);
	return status;
}

/* The --focus practices that cannot be a focus in this session. */
static void focus_not_candidate(const struct catalogue *cat, const struct score_result *r)
{
	for (size_t i = 0; i < r->n_ignored; i++)
		if (r->ignored[i] >= 0)
			fprintf(
			    stderr,
			    "spiegel: --focus: %s is in deze sessie niet genoeg gemeten of hoort "
			    "niet bij deze vragenlijst\n",
			    cat->practices[r->ignored[i]].id);
	fprintf(stderr, "spiegel: als focus kun je kiezen uit:%s",
		r->n_candidates ? "" : " (nog geen)");
	for (size_t i = 0; i < r->n_candidates; i++)
		fprintf(stderr, "%s %s", i ? "," : "", cat->practices[r->candidates[i]].id);
	fputs("\n", stderr);
}

static int cmd_report(const struct opts *o, const char *arg)
{
	enum report_format f = REPORT_TEXT;
	if (o->format && !report_format_parse(o->format, &f))
		return usage_error("onbekend formaat (kies text, markdown of json): ", o->format);
	struct content *c = load_content(o);
	struct store st;
	if (!c || !open_store(o, &st)) {
		content_destroy(c);
		return EXIT_DATA;
	}
	int status = EXIT_DATA;
	struct diag d;
	diag_init(&d);
	char *path = store_find_session(&st, arg, &d);
	const struct questionnaire *q;
	struct session *s = path ? load_session(c, path, &q) : NULL;
	/* the texts in the session's sector */
	struct content *v = s ? localize_content(c, session_sector(s, q, &st, c)) : NULL;
	q = v ? content_find(v, q->id) : NULL;
	struct score_result r;
	int fs = q ? report_focus_option(o, v->catalogue, s) : EXIT_OK;
	if (fs != EXIT_OK) {
		status = fs;
	} else if (q && score_compute(v->catalogue, q, s, &r)) {
		struct report_input in = {v->catalogue, q, s, &r, v};
		if (o->focus && r.n_ignored) {
			focus_not_candidate(v->catalogue, &r);
			score_finish(&r);
			goto out;
		}
		size_t len;
		char *text = report_render(f, &in, &len);
		if (text && f != REPORT_JSON)
			text = append_deeper(text, &len, v, q, &r, f);
		struct store_inputs read;
		store_inputs_init(&read);
		if (!text || !store_inputs_add(&read, path))
			diag_add(&d, "onvoldoende geheugen");
		else
			status = write_output(o, text, len, &read, false, &d);
		store_inputs_finish(&read);
		free(text);
		score_finish(&r);
	}
out:
	print_diag(&d);
	diag_finish(&d);
	session_destroy(s);
	free(path);
	store_finish(&st);
	content_destroy(v);
	content_destroy(c);
	return status;
}

/* Whether the file at path lies directly in the store's sessions directory
 * (compared as real paths: "kopie/x.json" or "sessions-kopie/x.json" do not). */
static bool in_sessions_dir(const struct store *st, const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? strndup(path, (size_t)(slash - path) + (slash == path)) : strdup(".");
	char *rd = dir ? realpath(dir, NULL) : NULL, *rs = realpath(st->sessions, NULL);
	bool same = rd && rs && strcmp(rd, rs) == 0;
	free(dir);
	free(rd);
	free(rs);
	return same;
}

static int cmd_delete(const struct opts *o, const char *arg)
{
	struct store st;
	if (!open_store(o, &st))
		return EXIT_DATA;
	struct diag d;
	diag_init(&d);
	/* an id, or the path of a file in the sessions directory */
	char id[SESSION_ID_MAX + 8];
	const char *base = strrchr(arg, '/');
	snprintf(id, sizeof(id), "%s", base ? base + 1 : arg);
	size_t n = strlen(id);
	if (n > 5 && strcmp(id + n - 5, ".json") == 0)
		id[n - 5] = '\0';
	char *path = store_find_session(&st, id, &d);
	int status = EXIT_DATA;
	if (path && base && !in_sessions_dir(&st, arg)) {
		diag_add(&d,
			 "%s: ligt niet in je sessiemap; spiegel verwijdert alleen eigen "
			 "sessies",
			 arg);
	} else if (path && store_delete_session(&st, id, &d)) {
		printf("Sessie %s is verwijderd.\n", id);
		status = EXIT_OK;
	}
	print_diag(&d);
	diag_finish(&d);
	free(path);
	store_finish(&st);
	return status;
}

/* The newest unfinished session, or NULL. */
static char *latest_unfinished(struct store *st)
{
	char **ids;
	size_t n;
	char *found = NULL;
	struct diag d;
	diag_init(&d);
	if (store_list_sessions(st, &ids, &n, &d)) {
		for (size_t i = n; i-- > 0 && !found;) {
			char *p = store_session_path(st, ids[i]);
			struct diag d2;
			diag_init(&d2);
			struct session *s = p ? session_load(p, &d2) : NULL;
			if (s && !s->finished && !s->handin) {
				found = p;
				p = NULL;
			}
			session_destroy(s);
			diag_finish(&d2);
			free(p);
		}
		store_free_list(ids, n);
	}
	diag_finish(&d);
	return found;
}

static bool utf8_locale(void)
{
	const char *cs = nl_langinfo(CODESET);
	return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

static int check_terminal(void)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "spiegel: dit is geen terminal. Gebruik --plain om spiegel regel "
				"voor regel te gebruiken.\n");
		return EXIT_DATA;
	}
	if (!utf8_locale()) {
		fprintf(stderr,
			/* ASCII only: this terminal would garble anything else */
			"spiegel: de taalinstelling is geen UTF-8 (%s), dus letters met "
			"accenten zouden verminkt worden. Start met bijvoorbeeld "
			"LANG=nl_NL.UTF-8 of C.UTF-8, of gebruik --plain.\n",
			nl_langinfo(CODESET));
		return EXIT_DATA;
	}
	return EXIT_OK;
}

static int cmd_session(const struct opts *o, const char *cmd, const char *arg)
{
	struct content *c = load_content(o);
	struct store st;
	if (!c || !open_store(o, &st)) {
		content_destroy(c);
		return EXIT_DATA;
	}
	int status = EXIT_DATA;
	const struct questionnaire *q = NULL;
	char *path = NULL;
	struct diag d;
	diag_init(&d);
	if (strcmp(cmd, "start") == 0) {
		q = content_find(c, arg);
		if (!q)
			diag_add(&d, "vragenlijst \"%s\" bestaat niet; zie spiegel list", arg);
	} else if (arg) {
		path = store_find_session(&st, arg, &d);
	} else if (!(path = latest_unfinished(&st))) {
		diag_add(&d, "er is geen sessie die nog niet af is; begin er een met spiegel "
			     "start ID");
	}
	if (diag_count(&d)) {
		print_diag(&d);
	} else if (o->plain) {
		status = plain_run(c, &st, q, o->participant, path, stdin, stdout);
	} else if ((status = check_terminal()) == EXIT_OK) {
		struct tui_args ta = {
		    .content = c,
		    .store = &st,
		    .start = q ? TUI_START_NEW : TUI_START_RESUME,
		    .questionnaire = q ? q->id : NULL,
		    .participant = o->participant,
		    .session_path = path,
		};
		status = tui_run(&ta);
	}
	diag_finish(&d);
	free(path);
	store_finish(&st);
	content_destroy(c);
	return status;
}

static int cmd_tui(const struct opts *o)
{
	int status = check_terminal();
	if (status != EXIT_OK)
		return status;
	struct content *c = load_content(o);
	struct store st;
	if (!c || !open_store(o, &st)) {
		content_destroy(c);
		return EXIT_DATA;
	}
	struct tui_args ta = {.content = c, .store = &st, .start = TUI_START_SCREEN};
	status = tui_run(&ta);
	store_finish(&st);
	content_destroy(c);
	return status;
}

static int cmd_intervisie(const struct opts *o, const char *group)
{
	int status = check_terminal();
	if (status != EXIT_OK)
		return status;
	/* a group's view: the texts for no sector in particular */
	struct content *raw = load_content(o);
	struct content *c = localize_content(raw, SECTOR_ALGEMEEN);
	content_destroy(raw);
	struct store st;
	if (!c || !open_store(o, &st)) {
		content_destroy(c);
		return EXIT_DATA;
	}
	status = tui_intervisie(c, &st, group);
	store_finish(&st);
	content_destroy(c);
	return status;
}

/* With no explicit charset chosen (LANG etc. unset, C or POSIX), use
 * C.UTF-8 for characters: terminals today speak UTF-8. */
static void setup_locale(void)
{
	setlocale(LC_ALL, "");
	/* numbers read the same in every locale: 45.8, never 45,8 */
	setlocale(LC_NUMERIC, "C");
	if (utf8_locale())
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
		switch (ch) {
		case OPT_DATA:
			o.data_dir = optarg;
			break;
		case OPT_CONTENT:
			o.content_dir = optarg;
			break;
		case OPT_PLAIN:
			o.plain = true;
			break;
		case OPT_PARTICIPANT:
			o.participant = optarg;
			break;
		case OPT_SESSIONS:
			o.sessions = true;
			break;
		case OPT_FORMAT:
			o.format = optarg;
			break;
		case 'o':
			o.output = optarg;
			break;
		case OPT_ALIAS:
			o.alias = optarg;
			break;
		case OPT_NAMES:
			o.names = true;
			break;
		case OPT_TUI:
			o.tui = true;
			break;
		case OPT_FOCUS:
			o.focus = optarg;
			break;
		case OPT_NAME:
			o.name = optarg;
			break;
		case OPT_ROUND:
			o.round = optarg;
			break;
		case OPT_FEEDBACK:
			o.feedback = true;
			break;
		case OPT_FROM:
			o.from = optarg;
			break;
		case OPT_TO:
			o.to = optarg;
			break;
		case 'q':
			o.questionnaire = optarg;
			break;
		case OPT_BASELINE:
			o.baseline[o.n_baseline++] = optarg;
			break;
		case OPT_MIN_GROUP: {
			char *end;
			errno = 0;
			long v = strtol(optarg, &end, 10);
			if (errno || *end || end == optarg || v < 1 || v > 1000)
				return usage_error(
				    "--min-group verwacht een getal van 1 tot 1000: ", optarg);
			o.min_group = (size_t)v;
			break;
		}
		case 'h':
			/* more than a stdio buffer: a full disk shows up here,
			 * with its reason */
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
			return usage_error("onbekende optie of optie zonder waarde: ",
					   argv[optind - 1]);
		}
	}
	/* getopt_long moved every operand behind the options: as many as the
	 * shell passes (hundreds of hand-in files named by a shell glob) */
	const char *const *positional = (const char *const *)argv + optind;
	int npos = argc - optind;
	if (o.participant && !session_name_ok(o.participant))
		return usage_error(
		    "de naam bij --participant is te lang, geen geldige UTF-8 of bevat "
		    "een stuurteken (zoals een nieuwe regel) of een onzichtbaar teken (zoals "
		    "een richtingsteken)",
		    "");

	const char *cmd = npos ? positional[0] : NULL;
	if (o.focus && (!cmd || strcmp(cmd, "report") != 0))
		return usage_error("--focus hoort bij 'spiegel report'", "");
	if (o.feedback && (!cmd || (strcmp(cmd, "report") != 0 && strcmp(cmd, "portfolio") != 0)))
		return usage_error(
		    "--feedback hoort bij 'spiegel report SESSIE --feedback PAD...' en "
		    "'spiegel portfolio --feedback PAD...'",
		    "");
	if (o.name && (!cmd || strcmp(cmd, "invite") != 0))
		return usage_error("--name hoort bij 'spiegel invite'", "");
	if (o.round && (!cmd || (strcmp(cmd, "feedback") != 0 && !o.feedback)))
		return usage_error("--round hoort bij 'spiegel feedback' en 'spiegel report "
				   "--feedback'",
				   "");
	if ((o.from || o.to) && (!cmd || strcmp(cmd, "portfolio") != 0))
		return usage_error("--from en --to horen bij 'spiegel portfolio'", "");
	if (!cmd)
		return cmd_tui(&o);
	if (strcmp(cmd, "list") == 0) {
		if (npos > 1)
			return usage_error("'list' heeft geen argumenten", "");
		return cmd_list(&o);
	}
	if (strcmp(cmd, "check") == 0)
		return cmd_check(&o, npos - 1, (char **)positional + 1);
	if (strcmp(cmd, "report") == 0 && o.feedback) {
		if (npos < 3)
			return usage_error(
			    "'report SESSIE --feedback' verwacht na SESSIE een of meer "
			    "antwoordbestanden of mappen",
			    "");
		return cmd_report_feedback(&o, positional[1], npos - 2, positional + 2);
	}
	if (strcmp(cmd, "report") == 0) {
		if (npos != 2)
			return usage_error("'report' verwacht precies één SESSIE", "");
		return cmd_report(&o, positional[1]);
	}
	if (strcmp(cmd, "start") == 0) {
		if (npos != 2)
			return usage_error("'start' verwacht het id van een vragenlijst", "");
		return cmd_session(&o, cmd, positional[1]);
	}
	if (strcmp(cmd, "resume") == 0) {
		if (npos > 2)
			return usage_error("'resume' verwacht hoogstens één SESSIE", "");
		return cmd_session(&o, cmd, npos == 2 ? positional[1] : NULL);
	}
	if (strcmp(cmd, "delete") == 0) {
		if (npos != 2)
			return usage_error("'delete' verwacht precies één SESSIE", "");
		return cmd_delete(&o, positional[1]);
	}
	if (strcmp(cmd, "export") == 0) {
		if (npos != 2)
			return usage_error("'export' verwacht precies één SESSIE", "");
		return cmd_export(&o, positional[1]);
	}
	if (strcmp(cmd, "group") == 0) {
		if (npos < 2)
			return usage_error("'group' verwacht een of meer bestanden of mappen", "");
		return cmd_group(&o, npos - 1, positional + 1);
	}
	if (strcmp(cmd, "compare") == 0) {
		if (npos != 3)
			return usage_error("'compare' verwacht twee sessies: OUD en NIEUW", "");
		return cmd_compare(&o, positional[1], positional[2]);
	}
	if (strcmp(cmd, "invite") == 0) {
		if (npos != 2)
			return usage_error("'invite' verwacht het id van een vragenlijst", "");
		return cmd_invite(&o, positional[1]);
	}
	if (strcmp(cmd, "observe") == 0) {
		if (npos != 2)
			return usage_error("'observe' verwacht precies één FORMULIER", "");
		return cmd_observe(&o, positional[1]);
	}
	if (strcmp(cmd, "feedback") == 0) {
		if (npos < 2)
			return usage_error(
			    "'feedback' verwacht een of meer antwoordbestanden of mappen", "");
		return cmd_feedback(&o, npos - 1, positional + 1);
	}
	if (strcmp(cmd, "intervisie") == 0) {
		if (npos > 2)
			return usage_error("'intervisie' verwacht hoogstens één GROEP", "");
		return cmd_intervisie(&o, npos == 2 ? positional[1] : NULL);
	}
	if (strcmp(cmd, "plan") == 0)
		return cmd_plan(&o, npos - 1, positional + 1);
	if (strcmp(cmd, "portfolio") == 0) {
		if (npos > 1 &&
		    (strcmp(positional[1], "mark") == 0 || strcmp(positional[1], "unmark") == 0))
			return cmd_portfolio_marks(&o, npos - 1, positional + 1);
		return cmd_portfolio(&o, npos - 1, positional + 1);
	}
	return usage_error("onbekende opdracht: ", cmd);
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
