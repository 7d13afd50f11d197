/* The commands about one's own sessions: list, check, delete, and
 * answering (start, resume, the start screen), and intervisie mode. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "plain.h"
#include "qmodel.h"
#include "spiegel/content.h"
#include "spiegel/content_cache.h"
#include "spiegel/meeting_kit.h"
#include "spiegel/report.h"
#include "spiegel/session.h"
#include "spiegel/store.h"
#include "tui/tui.h"

struct listing {
	const struct content *c;
	size_t n;
	int status;
};

/* One line of list --sessions. */
static bool list_one(struct qmodel_listed *e, void *ctx)
{
	struct listing *l = ctx;
	const struct session *s = e->s;
	l->n++;
	if (!s) {
		cli_printf("%-24s (onleesbaar: %s)\n", e->id,
			   diag_count(e->why) ? diag_msg(e->why, 0) : "?");
		l->status = EXIT_DATA;
		return true;
	}
	const struct questionnaire *q = content_find(l->c, s->questionnaire);
	char date[48];
	report_date(date, sizeof(date), s->created);
	cli_printf("%-24s %-22s %-17s  %zu/%zu  %s%s%s\n", s->id, q ? q->title : s->questionnaire,
		   date, q ? session_count_answered(s, q) : s->n_answers, q ? q->n_items : 0,
		   s->handin	 ? "inleverbestand"
		   : s->finished ? "afgerond"
				 : "bezig",
		   s->participant[0] ? "  " : "", s->participant);
	return true;
}

static int list_sessions(const struct opts *o, const struct content *c)
{
	struct store st;
	if (!open_store(o, &st))
		return EXIT_DATA;
	struct listing l = {c, 0, EXIT_OK};
	struct diag d;
	diag_init(&d);
	if (!qmodel_each_session(&st, false, list_one, &l, &d))
		l.status = EXIT_DATA;
	else if (l.n == 0)
		cli_printf("Nog geen sessies in %s\n", st.sessions);
	print_diag(&d);
	diag_finish(&d);
	store_finish(&st);
	return l.status;
}

int cmd_list(const struct opts *o, int n_args, const char *const *args)
{
	struct content *raw = load_content(o);
	struct content *c = localize_content(raw, SECTOR_ALGEMEEN);
	content_destroy(raw);
	if (!c)
		return EXIT_DATA;
	int status = EXIT_OK;
	if (o->sessions) {
		status = list_sessions(o, c);
	} else {
		for (size_t i = 0; i < c->n_qs; i++)
			cli_printf("%-26s %s (%zu vragen)\n", c->qs[i]->id, c->qs[i]->title,
				   c->qs[i]->n_items);
		if (c->n_qs == 0)
			cli_printf("Geen vragenlijsten gevonden in %s\n", c->dir);
	}
	content_destroy(c);
	return status;
}

/* The meeting kit (meeting_kit.h): loaded and checked; a file named
 * kit.json is a kit. */
static bool is_kit(const char *path)
{
	const char *base = strrchr(path, '/');
	return strcmp(base ? base + 1 : path, "kit.json") == 0;
}

static void check_kit(const char *path, const struct catalogue *cat, struct diag *d)
{
	struct meeting_kit *k = meeting_kit_load(path, cat, d);
	if (k)
		meeting_kit_check(k, cat, d);
	meeting_kit_destroy(k);
}

/* The kit of a content directory, when it has one (the bundled content
 * does; test/unit/test_meeting_kit.c holds it to that): 1 file or 0. */
static int check_kit_in(const char *dir, const struct catalogue *cat, struct diag *d)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, MEETING_KIT_FILE);
	if (access(path, F_OK) != 0)
		return 0;
	check_kit(path, cat, d);
	return 1;
}

int cmd_check(const struct opts *o, int argc, const char *const *argv)
{
	struct diag d;
	diag_init(&d);
	int files = 0, items = 0;
	if (argc == 0) {
		struct content *c = content_load_dir(cli_content_dir(o), &d);
		if (c) {
			content_check_set(c->catalogue, (const struct questionnaire *const *)c->qs,
					  c->n_qs, &d);
			for (size_t i = 0; i < c->n_qs; i++)
				session_check_fits(c->qs[i], &d);
			files = (int)c->n_qs + 1;
			for (size_t i = 0; i < c->n_qs; i++)
				items += (int)c->qs[i]->n_items;
			files += check_kit_in(cli_content_dir(o), c->catalogue, &d);
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
			snprintf(def, sizeof(def), "%s/practices.json", cli_content_dir(o));
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
				if (is_kit(argv[i])) {
					check_kit(argv[i], cat, &d);
					files++;
					continue;
				}
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

/* On a terminal: whether the user says yes to deleting session id ("ja"
 * or "j"; anything else, an empty line and end of input are no). */
static bool confirm_delete(const char *id)
{
	fprintf(stderr,
		"Sessie %s verwijderen, met alles wat erbij hoort? Dit kan niet ongedaan "
		"worden gemaakt.\nTyp ja om te verwijderen (Enter: niet verwijderen)\n> ",
		id);
	fflush(stderr);
	char line[64];
	if (!fgets(line, sizeof(line), stdin))
		return false;
	line[strcspn(line, "\r\n")] = '\0';
	return strcasecmp(line, "ja") == 0 || strcasecmp(line, "j") == 0;
}

int cmd_delete(const struct opts *o, int n_args, const char *const *args)
{
	const char *arg = args[0];
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
	} else if (path && !o->ja && !isatty(STDIN_FILENO)) {
		diag_add(&d, "zonder terminal verwijdert spiegel delete alleen met --ja (of -y)");
		status = EXIT_USAGE;
	} else if (path && !o->ja && !confirm_delete(id)) {
		printf("Niets verwijderd.\n");
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

static bool unfinished(struct qmodel_listed *e, void *ctx)
{
	char **found = ctx;
	if (!e->s || e->s->finished || e->s->handin)
		return true;
	*found = e->path;
	e->path = NULL;
	return false;
}

/* The newest unfinished session, or NULL. */
static char *latest_unfinished(struct store *st)
{
	char *found = NULL;
	struct diag d;
	diag_init(&d);
	qmodel_each_session(st, true, unfinished, &found, &d);
	diag_finish(&d);
	return found;
}

static int cmd_session(const struct opts *o, const char *cmd, const char *arg)
{
	struct content *c;
	struct store st;
	if (!cli_open(o, &c, &st))
		return EXIT_DATA;
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
	} else if ((status = cli_check_terminal()) == EXIT_OK) {
		struct cli_feedback_ctx fx = {.o = o, .st = &st};
		struct tui_args ta = {
		    .content = c,
		    .store = &st,
		    .start = q ? TUI_START_NEW : TUI_START_RESUME,
		    .questionnaire = q ? q->id : NULL,
		    .participant = o->participant,
		    .session_path = path,
		    .feedback = cli_feedback_page,
		    .feedback_ctx = &fx,
		};
		status = tui_run(&ta);
	}
	diag_finish(&d);
	free(path);
	store_finish(&st);
	content_destroy(c);
	return status;
}

int cmd_start(const struct opts *o, int n_args, const char *const *args)
{
	return cmd_session(o, "start", args[0]);
}

int cmd_resume(const struct opts *o, int n_args, const char *const *args)
{
	return cmd_session(o, "resume", n_args ? args[0] : NULL);
}

/* The content of the start screen, loaded when it is first needed. */
struct lazy {
	const struct opts *o;
	const struct store *st;
	uint64_t key;
	struct content *c;
};

static const struct content *lazy_load(void *ctx, struct diag *d)
{
	struct lazy *l = ctx;
	if (!l->c)
		l->c = content_load_dir(cli_content_dir(l->o), d);
	if (l->c && !diag_count(d))
		content_cache_note(l->st, l->key, l->c->n_qs);
	return l->c;
}

/* The start screen. It shows only how many questionnaires there are: when
 * the content folder is exactly as at the last load without any message
 * (content_cache.h), that number is taken from then and the content is
 * loaded, with every check, when a choice is made; else it is loaded now. */
int cmd_tui(const struct opts *o)
{
	int status = cli_check_terminal();
	if (status != EXIT_OK)
		return status;
	struct store st;
	if (!open_store(o, &st))
		return EXIT_DATA;
	struct lazy l = {o, &st, 0, NULL};
	size_t n = 0;
	bool known = false, clean = false;
	if (!content_cache_lookup(&st, cli_content_dir(o), &l.key, &n, &known))
		known = false;
	if (!known && !(l.c = load_content_clean(o, &clean))) {
		store_finish(&st);
		return EXIT_DATA;
	}
	if (!known && clean)
		content_cache_note(&st, l.key, l.c->n_qs);
	struct cli_feedback_ctx fx = {.o = o, .st = &st};
	struct tui_args ta = {.content = l.c,
			      .load = lazy_load,
			      .load_ctx = &l,
			      .n_available = n,
			      .store = &st,
			      .start = TUI_START_SCREEN,
			      .feedback = cli_feedback_page,
			      .feedback_ctx = &fx};
	status = tui_run(&ta);
	store_finish(&st);
	content_destroy(l.c);
	return status;
}

int cmd_intervisie(const struct opts *o, int n_args, const char *const *args)
{
	/* the meeting screens; with --plain line by line (cmd_intervisie.c) */
	if (n_args >= 2 && strcmp(args[1], "bijeenkomst") == 0 && !o->plain)
		return cmd_meeting(o, n_args, args);
	if (n_args >= 2)
		return cmd_intervisie_cli(o, n_args, args);
	if (o->coach)
		return usage_error("--coach hoort bij 'spiegel intervisie GROEP verslag'", "");
	int status = cli_check_terminal();
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
	status = tui_intervisie(c, &st, n_args ? args[0] : NULL);
	store_finish(&st);
	content_destroy(c);
	return status;
}
