#define _XOPEN_SOURCE_EXTENDED 1
#include "app.h"
#include "term.h"

#include <curses.h>
#include <term.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got_signal;

static void on_signal(int sig)
{
	got_signal = sig;
}

/* A crash restores the terminal, then dies of the same signal (no core:
 * main turns core dumps off). Nothing of the answers is printed. */
static void on_crash(int sig)
{
	endwin();
	signal(sig, SIG_DFL);
	raise(sig);
}

void tui_install_signals(void)
{
	static const int crash[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
	for (size_t i = 0; i < sizeof(crash) / sizeof(crash[0]); i++)
		signal(crash[i], on_crash);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0; /* no SA_RESTART: a blocking read returns */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGQUIT, &sa, NULL);
}

void app_set_status(struct app *a, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->status, sizeof(a->status), fmt, ap);
	va_end(ap);
	a->status_error = error;
}

void list_clear(struct list *l)
{
	for (int i = 0; i < l->n; i++) {
		free(l->v[i].label);
		free(l->v[i].detail);
		free(l->v[i].key);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* A save's message without the path of the session in front: the reason
 * is what the screen has room for. */
static const char *reason_of(const char *msg, const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t lens[2] = {strlen(path), slash ? (size_t)(slash - path) : 0};
	for (int i = 0; i < 2; i++)
		if (lens[i] && strncmp(msg, path, lens[i]) == 0 && msg[lens[i]] == ':' &&
		    msg[lens[i] + 1] == ' ')
			return msg + lens[i] + 2;
	return msg;
}

const char *app_save_reason(const struct app *a)
{
	return a->path ? reason_of(a->save_error, a->path) : a->save_error;
}

bool app_save(struct app *a)
{
	if (!a->s)
		return true;
	struct diag d;
	diag_init(&d);
	bool ok = session_save(a->s, a->path, a->store->io, time(NULL), &d);
	if (ok) {
		a->dirty = false;
		if (a->save_failed)
			app_set_status(a, false, "Opgeslagen: het opslaan lukt weer.");
		a->save_failed = false;
		a->save_error[0] = '\0';
	} else {
		a->save_failed = true;
		snprintf(a->save_error, sizeof(a->save_error), "%s",
			 diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
		app_set_status(a, true,
			       "NIET OPGESLAGEN: %s. Je antwoorden staan alleen in het geheugen; "
			       "spiegel probeert het opnieuw bij elk antwoord en bij q.",
			       app_save_reason(a));
	}
	diag_finish(&d);
	return ok;
}

/* The lock of the session file at path (next to the file, whatever data
 * directory is in use); -1 with the reason in the status line. */
static int lock_session(struct app *a, const char *path)
{
	char host[256] = "?";
	gethostname(host, sizeof(host) - 1);
	struct diag d;
	diag_init(&d);
	int fd = store_lock_session_file(path, host, (long)getpid(), &d);
	if (fd < 0)
		app_set_status(a, true, "%s", diag_count(&d) ? diag_msg(&d, 0) : "slot mislukt");
	diag_finish(&d);
	return fd;
}

/* The view for sector s, replacing the current one. */
static bool use_sector(struct app *a, enum sector s)
{
	if (a->view && s == a->sector)
		return true;
	struct content *v = content_localize(a->raw, s);
	if (!v) {
		app_set_status(a, true,
			       "Onvoldoende geheugen om de teksten voor je sector te tonen.");
		return false;
	}
	if (a->have_result) {
		score_finish(&a->result);
		a->have_result = false;
	}
	app_free_previous(a);
	if (a->q)
		a->q = content_find(v, a->q->id);
	content_destroy(a->view);
	a->view = v;
	a->content = v;
	a->sector = s;
	return true;
}

bool app_localize(struct app *a)
{
	enum sector s = a->s ? session_sector(a->s, a->q, a->store, a->raw)
			     : session_latest_sector(a->store, a->raw, NULL);
	return use_sector(a, s);
}

/* The session at path with its questionnaire, valid and one that can be
 * continued (not a hand-in); NULL with the reason in the status line. */
static struct session *load_checked(struct app *a, const char *path, const struct questionnaire **q)
{
	struct diag d;
	diag_init(&d);
	struct session *s = session_load(path, &d);
	*q = NULL;
	if (s) {
		*q = content_find(a->content, s->questionnaire);
		if (!*q)
			diag_add(&d, "%s: vragenlijst \"%s\" is niet (meer) beschikbaar", path,
				 s->questionnaire);
		else if (!session_validate(s, *q, &d) || !session_editable(s, path, &d))
			*q = NULL;
	}
	if (!*q) {
		app_set_status(a, true, "%s", diag_count(&d) ? diag_msg(&d, 0) : "onbekende fout");
		session_destroy(s);
		s = NULL;
	}
	diag_finish(&d);
	return s;
}

/* Make s (locked by lock, at path) the open session. */
static bool take_session(struct app *a, struct session *s, const struct questionnaire *q,
			 char *path, int lock)
{
	app_close_session(a);
	a->lock_fd = lock;
	a->s = s;
	a->q = q;
	a->path = path;
	return path != NULL;
}

bool app_open_session(struct app *a, const char *path)
{
	const struct questionnaire *q;
	/* a first read says what it is: a broken file or a hand-in is refused
	 * before a lock is made next to it */
	struct session *s = load_checked(a, path, &q);
	if (!s)
		return false;
	session_destroy(s);
	int lock = lock_session(a, path);
	if (lock < 0)
		return false;
	/* read again under the lock: what another spiegel saved before it let
	 * go is what goes on */
	s = load_checked(a, path, &q);
	if (!s) {
		store_unlock(lock);
		return false;
	}
	if (!take_session(a, s, q, strdup(path), lock))
		return false;
	a->cur = session_first_unanswered(s, q); /* n_items: all answered */
	int di = s->draft_item ? content_item_index(q, s->draft_item) : -1;
	if (di >= 0 && q->items[di].type == ITEM_OPEN)
		a->cur = (size_t)di;
	app_localize(a);
	return true;
}

bool app_new_session(struct app *a, const struct questionnaire *q, const char *participant)
{
	char id[SESSION_ID_MAX + 1];
	if (!store_new_id(a->store->io, id, sizeof(id), time(NULL))) {
		app_set_status(a, true, "Er kon geen sessie-id worden gemaakt.");
		return false;
	}
	struct session *s = session_create(id, q, participant, time(NULL));
	char *path = s ? store_session_path(a->store, id) : NULL;
	int lock = path ? lock_session(a, path) : -1;
	if (!s || !path || lock < 0) {
		session_destroy(s);
		free(path);
		return false;
	}
	take_session(a, s, q, path, lock);
	a->cur = 0;
	app_localize(a);
	app_save(a);
	return true;
}

void app_free_previous(struct app *a)
{
	if (a->prev.present) {
		score_finish(&a->prev.score);
		if (a->prev.other_version)
			score_finish(&a->prev.common);
	}
	memset(&a->prev, 0, sizeof(a->prev));
}

/* Whether cand was made before cur (same second: the smaller id first). */
static bool made_before(const struct session *cand, const struct session *cur)
{
	int c = strcmp(cand->created, cur->created);
	return c < 0 || (c == 0 && strcmp(cand->id, cur->id) < 0);
}

/* A better choice for the previous session than best: finished before
 * unfinished, then the most recent. */
static bool better_previous(const struct session *cand, const struct session *best)
{
	if (!best)
		return true;
	if (cand->finished != best->finished)
		return cand->finished;
	int c = strcmp(cand->created, best->created);
	return c > 0 || (c == 0 && strcmp(cand->id, best->id) > 0);
}

/* A copy of from with the answers that fit an item of q; with only, just
 * those to items that only has an answer to as well. */
static struct session *comparable_copy(const struct session *from, const struct questionnaire *q,
				       const struct session *only)
{
	struct session *c = session_create(from->id, q, "", 0);
	struct session *one = session_create(from->id, q, "", 0); /* to check one answer */
	bool ok = c && one;
	for (size_t i = 0; ok && i < from->n_answers; i++) {
		const char *item = from->answers[i].item;
		if (!content_find_item(q, item))
			continue;
		if (only && session_get(only, item).kind == ANSWER_NONE)
			continue;
		struct answer ans = session_get(from, item);
		struct diag d;
		diag_init(&d);
		bool fits = session_set(one, item, ans) && session_validate(one, q, &d);
		diag_finish(&d);
		session_set(one, item, (struct answer){ANSWER_NONE, 0, NULL, NULL});
		if (fits)
			ok = session_set(c, item, ans);
	}
	session_destroy(one);
	if (!ok) {
		session_destroy(c);
		return NULL;
	}
	return c;
}

void app_load_previous(struct app *a)
{
	app_free_previous(a);
	if (!a->s || !a->q)
		return;
	char **ids;
	size_t n;
	struct diag d;
	diag_init(&d);
	bool listed = store_list_sessions(a->store, &ids, &n, &d);
	diag_finish(&d);
	if (!listed)
		return;
	/* read only: a session open in another spiegel is read like any other,
	 * never locked or written */
	struct session *best = NULL;
	for (size_t i = 0; i < n; i++) {
		if (strcmp(ids[i], a->s->id) == 0)
			continue;
		diag_init(&d);
		struct session *s = session_load_id(a->store, ids[i], &d);
		diag_finish(&d);
		if (s && !s->handin && strcmp(s->questionnaire, a->s->questionnaire) == 0 &&
		    made_before(s, a->s) && session_count_answered(s, a->q) > 0 &&
		    better_previous(s, best)) {
			session_destroy(best);
			best = s;
		} else {
			session_destroy(s);
		}
	}
	store_free_list(ids, n);
	if (!best)
		return;
	struct previous *p = &a->prev;
	const struct catalogue *cat = a->content->catalogue;
	p->finished = best->finished;
	const char *version = best->version ? best->version : "?";
	p->other_version = strcmp(version, a->q->version) != 0;
	snprintf(p->date, sizeof(p->date), "%.2s-%.2s-%.4s", best->created + 8, best->created + 5,
		 best->created);
	snprintf(p->version, sizeof(p->version), "%s", version);
	snprintf(p->now, sizeof(p->now), "%s", a->q->version);
	struct session *pc = comparable_copy(best, a->q, NULL);
	struct session *cc = pc && p->other_version ? comparable_copy(a->s, a->q, pc) : NULL;
	if (pc && (!p->other_version || cc) && score_compute(cat, a->q, pc, &p->score)) {
		if (!p->other_version || score_compute(cat, a->q, cc, &p->common))
			p->present = true;
		else
			score_finish(&p->score);
	}
	if (!p->present)
		memset(p, 0, sizeof(*p));
	session_destroy(cc);
	session_destroy(pc);
	session_destroy(best);
}

void app_close_session(struct app *a)
{
	if (a->ed_active) {
		textedit_finish(&a->ed);
		a->ed_active = false;
	}
	if (a->have_result) {
		score_finish(&a->result);
		a->have_result = false;
	}
	app_free_previous(a);
	session_destroy(a->s);
	a->s = NULL;
	a->q = NULL;
	free(a->path);
	a->path = NULL;
	store_unlock(a->lock_fd);
	a->lock_fd = -1;
	a->editing = false;
}

/* The terminal must be known and able to position the cursor. */
bool tui_terminal_usable(void)
{
	/* the size is the terminal's own (ioctl), never LINES and COLUMNS from
	 * the environment: LINES=500 would draw off the screen, and huge values
	 * make ncurses allocate gigabytes. (use_env(FALSE) with use_tioctl(TRUE)
	 * would say the same, but ncurses 6.4 then misses every resize.) */
	unsetenv("LINES");
	unsetenv("COLUMNS");
	int err = 0;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	const char *cup = tigetstr("cup");
	bool ok = cup != NULL && cup != (char *)-1;
	del_curterm(cur_term);
	return ok;
}

bool tui_setup_terminal(void)
{
	if (!tui_terminal_usable())
		return false;
	if (!getenv("ESCDELAY"))
		set_escdelay(25);
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr)
		return false;
	set_term(scr);
	/* cbreak, not raw: Ctrl-C and Ctrl-\ arrive as signals (save, restore
	 * the terminal, stop) and Ctrl-Z suspends through ncurses' own SIGTSTP
	 * handler, which repaints after fg */
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	mousemask(0, NULL); /* no mouse reporting */
	timeout(250);
	if (has_colors()) {
		start_color();
		use_default_colors();
		init_pair(1, COLOR_RED, -1);
		init_pair(2, COLOR_YELLOW, -1);
		init_pair(3, COLOR_GREEN, -1);
		init_pair(4, COLOR_CYAN, -1);
	}
	return true;
}

int tui_signal_received(void)
{
	return got_signal;
}

void tui_end_terminal(void)
{
	endwin();
	delscreen(set_term(NULL));
}

void tui_unsupported(void)
{
	fprintf(stderr,
		"spiegel: deze terminal wordt niet ondersteund (TERM=%s); gebruik --plain\n",
		getenv("TERM") ? getenv("TERM") : "");
}

int tui_run(const struct tui_args *args)
{
	struct app a;
	memset(&a, 0, sizeof(a));
	a.raw = args->content;
	a.store = args->store;
	a.lock_fd = -1;
	a.screen = SCR_START;

	/* a terminal that cannot be used is refused before anything is
	 * created or locked */
	if (!tui_terminal_usable()) {
		tui_unsupported();
		return 1;
	}
	/* the texts in the user's sector (that of the latest session with a
	 * sector answer); opening a session switches to its own */
	if (!app_localize(&a)) {
		fprintf(stderr, "spiegel: %s\n", a.status);
		return 1;
	}
	/* open the session before curses starts, so errors print plainly */
	if (args->start == TUI_START_NEW) {
		const struct questionnaire *q = content_find(a.content, args->questionnaire);
		if (!q || !app_new_session(&a, q, args->participant)) {
			fprintf(stderr, "spiegel: %s\n",
				a.status[0] ? a.status : "kan niet starten");
			content_destroy(a.view);
			return 1;
		}
		screen_enter_item(&a);
	} else if (args->start == TUI_START_RESUME) {
		if (!app_open_session(&a, args->session_path)) {
			fprintf(stderr, "spiegel: %s\n", a.status);
			content_destroy(a.view);
			return 1;
		}
		if (a.s->finished) {
			screen_enter_results(&a);
		} else {
			app_set_status(&a, false,
				       "Welkom terug: je gaat verder bij de eerste "
				       "onbeantwoorde vraag.");
			screen_enter_item(&a); /* may offer a draft back */
		}
	}

	tui_install_signals();
	if (!tui_setup_terminal()) {
		tui_unsupported();
		app_close_session(&a);
		content_destroy(a.view);
		return 1;
	}
	while (!a.quit) {
		if (got_signal) {
			a.quit = true;
			break;
		}
		screen_draw(&a);
		wint_t ch;
		int r = get_wch(&ch);
		if (r == ERR) {
			if (!isatty(STDIN_FILENO))
				a.quit = true;
			continue;
		}
		screen_key(&a, (int)ch, r == KEY_CODE_YES);
	}
	/* stopping saves whatever is pending; text still being typed is kept as
	 * a draft that resuming offers back */
	screen_park(&a);
	tui_end_terminal();
	if (a.s && app_save(&a)) {
		if (a.s->finished)
			printf(
			    "Je sessie is opgeslagen (%s). Bekijk het rapport met: spiegel report "
			    "%s\n",
			    a.s->id, a.s->id);
		else
			printf("Je antwoorden zijn opgeslagen. Ga later verder met: spiegel resume "
			       "%s\n",
			       a.s->id);
	} else if (a.s) {
		/* the answers since the last save that worked are lost: say so,
		 * and never that they were saved */
		fprintf(stderr, "spiegel: opslaan is mislukt: %s\n", a.save_error);
		fprintf(stderr, "spiegel: je laatste antwoorden zijn NIET opgeslagen.\n");
		struct stat sb;
		if (stat(a.path, &sb) == 0 && S_ISREG(sb.st_mode))
			fprintf(stderr,
				"spiegel: wat eerder was opgeslagen staat in %s (verder met: "
				"spiegel resume %s)\n",
				a.path, a.s->id);
		a.exit_status = 1;
	}
	app_close_session(&a);
	list_clear(&a.list);
	content_destroy(a.view);
	if (got_signal)
		a.exit_status = a.exit_status ? a.exit_status : 1;
	return a.exit_status;
}
