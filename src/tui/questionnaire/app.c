/* The questionnaire front end: start-up, the loop, what every screen
 * shares (app.h). */
#include "app.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "actions.h"
#include "hint.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/widget/doc.h"
#include "tui/widget/frame.h"
#include "tui/widget/put.h"

void app_set_status(struct app *a, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	frame_status_vset(a->status, sizeof(a->status), &a->status_error, error, fmt, ap);
	va_end(ap);
}

/* The first message of d in the status line (fallback without one). */
static void status_diag(struct app *a, const struct diag *d, const char *fallback)
{
	app_set_status(a, true, "%s", diag_count(d) ? diag_msg(d, 0) : fallback);
}

bool app_save(struct app *a)
{
	bool failed_before = a->m.save_failed;
	bool ok = qmodel_save(&a->m, time(NULL));
	if (ok && failed_before)
		app_set_status(a, false, "Opgeslagen: het opslaan lukt weer.");
	else if (!ok)
		app_set_status(a, true,
			       "NIET OPGESLAGEN: %s. Je antwoorden staan alleen in het geheugen; "
			       "spiegel probeert het opnieuw bij elk antwoord en bij q.",
			       qmodel_save_reason(&a->m));
	return ok;
}

void app_drop_scores(struct app *a)
{
	if (a->have_result) {
		score_finish(&a->result);
		a->have_result = false;
	}
	qmodel_previous_free(&a->prev);
}

bool app_localize(struct app *a)
{
	bool changed;
	struct diag d;
	diag_init(&d);
	bool ok = qmodel_localize(&a->m, &changed, &d);
	if (!ok)
		status_diag(a, &d, "onvoldoende geheugen");
	diag_finish(&d);
	if (changed)
		app_drop_scores(a);
	return ok;
}

bool app_content(struct app *a)
{
	if (a->m.raw)
		return true;
	struct diag d;
	diag_init(&d);
	const struct content *c = a->load ? a->load(a->load_ctx, &d) : NULL;
	if (!c) {
		status_diag(a, &d, "De vragenlijsten konden niet worden geladen.");
		diag_finish(&d);
		return false;
	}
	a->m.raw = c;
	bool ok = app_localize(a);
	/* a questionnaire left out since the count was kept: say so */
	if (ok && diag_count(&d))
		status_diag(a, &d, "");
	diag_finish(&d);
	return ok;
}

size_t app_n_questionnaires(const struct app *a)
{
	return a->m.view ? a->m.view->n_qs : a->n_available;
}

/* Drop what belonged to the open session before another one opens. */
static void forget_session(struct app *a)
{
	field_finish(&a->ed);
	feedback_page_forget(a);
	a->editing = false;
	app_drop_scores(a);
	a->plans_made = 0; /* voornemens made from this session's results */
}

bool app_open_session(struct app *a, const char *path)
{
	struct diag d;
	diag_init(&d);
	forget_session(a);
	bool ok = qmodel_open(&a->m, path, &d);
	if (!ok)
		status_diag(a, &d, "onbekende fout");
	diag_finish(&d);
	if (!ok)
		return false;
	const struct questionnaire *q = a->m.q;
	a->cur = session_first_unanswered(a->m.s, q); /* n_items: all answered */
	int di = a->m.s->draft_item ? content_item_index(q, a->m.s->draft_item) : -1;
	if (di >= 0 && q->items[di].type == ITEM_OPEN)
		a->cur = (size_t)di;
	return true;
}

bool app_new_session(struct app *a, const struct questionnaire *q, const char *participant)
{
	struct diag d;
	diag_init(&d);
	forget_session(a);
	bool ok = q && qmodel_new(&a->m, q, participant, time(NULL), &d);
	if (!ok)
		status_diag(a, &d, "kan niet starten");
	diag_finish(&d);
	if (!ok)
		return false;
	a->cur = 0;
	app_save(a);
	return true;
}

void app_close_session(struct app *a)
{
	forget_session(a);
	qmodel_close(&a->m);
}

void app_go(struct app *a, const struct tui_screen *to)
{
	tui_switch(&a->shell, a, to);
}

/* After a failed save, until one works again: q tries again and Q stops
 * without saving, on every screen but while typing. */
bool app_in_form(const struct app *a)
{
	return (a->shell.screen == &q_plan_screen && a->plan_editing) ||
	       (a->shell.screen == &q_plans_screen && a->plans_mode != PLANS_LIST);
}

static const int *global_keys(const void *st)
{
	const struct app *a = st;
	bool typing = (a->shell.screen == &q_item_screen && a->editing) ||
		      (a->shell.screen == &q_feedback_screen && a->fb_typing) || app_in_form(a);
	return a->m.s && a->m.save_failed && !typing ? q_keys_unsaved : NULL;
}

/* The status line's message: the last one, or while saving fails, that
 * it does (until a save works again). */
static const char *status_text(const struct app *a, char *buf, size_t size, bool *error)
{
	*error = a->status_error;
	if (a->status[0] || !a->m.s || !a->m.save_failed)
		return a->status;
	snprintf(buf, size, "NIET OPGESLAGEN: %s. Je antwoorden staan alleen in het geheugen.",
		 qmodel_save_reason(&a->m));
	*error = true;
	return buf;
}

/* The status is wrapped, never cut: two lines, an error up to four (the
 * reason of a failed save is never lost). */
static int status_max(bool error)
{
	return error ? 4 : 2;
}

int app_bottom(const struct app *a, int bottom)
{
	char buf[400];
	bool error;
	const char *msg = status_text(a, buf, sizeof(buf), &error);
	int n = frame_status_rows(msg, status_max(error));
	return LINES - 1 - n < bottom ? LINES - 1 - n : bottom;
}

void app_frame(const struct app *a, const char *title, const char *right)
{
	frame_title(title, right, 4);
	char buf[400];
	bool error;
	const char *msg = status_text(a, buf, sizeof(buf), &error);
	frame_status(msg, error, status_max(error), LINES - 2);
	struct keymap km;
	tui_keymap(&a->shell, a, a->shell.screen, &km);
	actions_footer(q_actions, &km, LINES - 1, 1);
}

void app_frame_session(const struct app *a, const char *what)
{
	char title[256];
	snprintf(title, sizeof(title), "%s · %s", what, a->m.q->title);
	app_frame(a, title, a->m.s->id);
}

size_t app_count_open(const struct app *a, size_t *shared)
{
	size_t n = 0;
	*shared = 0;
	for (size_t i = 0; i < a->m.q->n_items; i++) {
		const struct item *it = &a->m.q->items[i];
		if (it->type != ITEM_OPEN)
			continue;
		n++;
		*shared += session_is_shared(a->m.s, it->id);
	}
	return n;
}

void app_toggle_share(struct app *a, size_t idx)
{
	const struct item *it = &a->m.q->items[idx];
	if (it->type != ITEM_OPEN) {
		app_set_status(a, false, "Alleen een antwoord op een open vraag kun je delen.");
		return;
	}
	if (a->shell.screen == &q_item_screen && idx == a->cur)
		item_commit(a);
	if (session_get(a->m.s, it->id).kind != ANSWER_TEXT) {
		app_set_status(a, false, "Er is nog niets om te delen: typ eerst je antwoord.");
		return;
	}
	bool shared = !session_is_shared(a->m.s, it->id);
	if (!session_set_shared(a->m.s, it->id, shared)) {
		app_set_status(a, true, "Je keuze om te delen kon niet worden bewaard.");
		return;
	}
	a->m.dirty = true;
	if (app_save(a))
		app_set_status(a, false,
			       shared
				   ? "Opgeslagen: dit antwoord is gedeeld met de groep, zonder je "
				     "naam."
				   : "Opgeslagen: dit antwoord is weer privé.");
}

/* q stops once the answers are saved: after a failed save it tries again
 * and stays when that fails too; Q (or Ctrl-C) stops all the same, and the
 * way out says the answers were NOT saved. */
static enum tui_result quit_saved(struct app *a)
{
	if (a->shell.screen == &q_item_screen)
		item_commit(a);
	if (a->m.s && (a->m.save_failed || a->m.dirty) && !app_save(a)) {
		app_set_status(a, true,
			       "Opslaan is mislukt: %s. Je antwoorden staan nog in het geheugen. "
			       "Probeer opnieuw met q, of stop zonder opslaan met Q of Ctrl-C.",
			       qmodel_save_reason(&a->m));
		return TUI_HANDLED;
	}
	return TUI_QUIT;
}

/* The actions every screen shares: stopping and the help. */
static enum tui_result common(void *st, int act, int key)
{
	struct app *a = st;
	switch (act) {
	case Q_HALT:
	case Q_ABANDON:
		return TUI_QUIT;
	case Q_QUIT:
	case Q_RETRY:
		return quit_saved(a);
	case Q_WHY:
	case Q_HELP:
		help_open(a);
		return TUI_HANDLED;
	default:
		break;
	}
	/* a message is about the key before it; on the item screen it stays
	 * (it says what the answer did) */
	if (a->shell.screen != &q_item_screen)
		a->status[0] = '\0';
	switch (act) {
	case Q_LIST:
		/* the one list of the screens that show one (a->list) */
		return list_key(&a->list, key);
	case Q_TO_RESULTS:
		/* back to the results as they were */
		tui_back(&a->shell, a, &q_results_screen);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

/* The first screen, before curses starts, so that errors print plainly. */
static bool first_screen(struct app *a, const struct tui_args *args)
{
	if (args->start == TUI_START_NEW) {
		const struct questionnaire *q = content_find(a->m.view, args->questionnaire);
		if (!app_new_session(a, q, args->participant)) {
			fprintf(stderr, "spiegel: %s\n",
				a->status[0] ? a->status : "kan niet starten");
			return false;
		}
		item_enter_current(a);
	} else if (args->start == TUI_START_RESUME) {
		if (!app_open_session(a, args->session_path)) {
			fprintf(stderr, "spiegel: %s\n", a->status);
			return false;
		}
		if (a->m.s->finished) {
			results_show(a);
		} else {
			app_set_status(a, false,
				       "Welkom terug: je gaat verder bij de eerste onbeantwoorde "
				       "vraag.");
			item_enter_current(a); /* may offer a draft back */
		}
	} else {
		app_go(a, &q_start_screen);
	}
	return true;
}

/* After the terminal is restored: the session saved once more, and how to
 * go on; never "opgeslagen" when it was not. */
static void say_goodbye(void *st)
{
	struct app *a = st;
	struct session *s = a->m.s;
	if (s && app_save(a)) {
		if (s->finished)
			printf(
			    "Je sessie is opgeslagen (%s). Bekijk het rapport met: %s report %s\n",
			    s->id, hint_spiegel(), s->id);
		else
			printf("Je antwoorden zijn opgeslagen. Ga later verder met: %s resume %s\n",
			       hint_spiegel(), s->id);
	} else if (s) {
		/* the answers since the last save that worked are lost */
		fprintf(stderr, "spiegel: opslaan is mislukt: %s\n", a->m.save_error);
		fprintf(stderr, "spiegel: je laatste antwoorden zijn NIET opgeslagen.\n");
		struct stat sb;
		if (stat(a->m.path, &sb) == 0 && S_ISREG(sb.st_mode))
			fprintf(stderr,
				"spiegel: wat eerder was opgeslagen staat in %s (verder met: "
				"%s resume %s)\n",
				a->m.path, hint_spiegel(), s->id);
		a->exit_status = 1;
	}
}

static void app_finish(struct app *a)
{
	app_close_session(a);
	field_finish(&a->fb_dir);
	list_clear(&a->list);
	start_plans_free(a);
	plan_form_free(a);
	plans_free(a);
	qmodel_finish(&a->m);
}

/* Stopping saves whatever is pending; text still being typed is kept as
 * a draft that resuming offers back. */
static void stop(void *st)
{
	struct app *a = st;
	if (a->shell.screen == &q_item_screen)
		item_park(a);
}

int tui_run(const struct tui_args *args)
{
	struct app a;
	memset(&a, 0, sizeof(a));
	qmodel_init(&a.m, args->content, args->store);
	a.load = args->load;
	a.load_ctx = args->load_ctx;
	a.n_available = args->n_available;
	a.args = args;
	a.shell.actions = q_actions;
	a.shell.common = common;
	a.shell.global = global_keys;
	a.shell.min_cols = 40;
	a.shell.min_lines = 12;
	/* a terminal that cannot be used is refused before anything is
	 * created or locked */
	if (!tui_terminal_usable()) {
		tui_unsupported();
		return 1;
	}
	/* the texts in the user's sector (that of the latest session with a
	 * sector answer); opening a session switches to its own */
	if (args->content && !app_localize(&a)) {
		fprintf(stderr, "spiegel: %s\n", a.status);
		return 1;
	}
	bool ran = first_screen(&a, args) && tui_main(&a.shell, &a, stop, say_goodbye);
	/* 1 after an error that was shown, or a signal */
	int status = !ran || a.exit_status || tui_signal_received() ? 1 : 0;
	app_finish(&a);
	return status;
}

int q_scroll_key(int scroll, int key)
{
	return doc_scroll_key(scroll, key, LINES - 5);
}
