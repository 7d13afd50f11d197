/* The start screen, and the lists it opens: a questionnaire to begin, or
 * a session to go on with or to look at. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "hint.h"
#include "app.h"
#include "plan_dialog.h"
#include "spiegel/date.h"
#include "spiegel/plan.h"
#include "spiegel/report.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

/* ---- the start screen ---- */

static const char intro[] =
    "Welkom. spiegel helpt je om als schoolleider stil te staan bij je eigen leiderschap. Je "
    "beantwoordt vragen over wat je in de praktijk doet; daarna zie je per "
    "leiderschapspraktijk waar je staat en welke volgende stappen passen. Je antwoorden "
    "blijven op deze computer en zijn alleen voor jou.";

/* ---- the open voornemens (doc/plan.md) ---- */

#define START_PLANS 3

void start_plans_free(struct app *a)
{
	for (size_t i = 0; i < a->n_plan_lines; i++)
		free(a->plan_lines[i]);
	a->n_plan_lines = a->plans_due = a->plans_open = a->plans_all = 0;
}

/* The open voornemens, due and overdue first, as the core orders them; a
 * voornemen that cannot be read is left to spiegel plan, which says so. */
static void start_plans(struct app *a)
{
	start_plans_free(a);
	struct diag d;
	diag_init(&d);
	char *dir = NULL;
	struct plan **v = NULL;
	size_t n = 0, bad = 0;
	long today = plan_today();
	if (plan_dir(a->m.store, &dir, &d) && plan_list(dir, &v, &n, &bad, &d)) {
		plan_sort(v, n, today);
		a->plans_all = n;
		for (size_t i = 0; i < n; i++) {
			enum plan_due due = plan_due(v[i], today);
			if (due == PLAN_DUE_CLOSED)
				continue;
			a->plans_open++;
			a->plans_due += due != PLAN_DUE_LATER;
			if (a->n_plan_lines == START_PLANS)
				continue;
			char day[DATE_BUF], rel[48];
			date_format(v[i]->date, day, sizeof(day));
			date_relative(v[i]->date, today, rel, sizeof(rel));
			a->plan_lines[a->n_plan_lines++] =
			    text_fmt("%s (%s)  %s", day, rel, v[i]->text);
		}
	}
	plan_list_free(v, n);
	free(dir);
	diag_finish(&d);
}

static void start_enter(void *st)
{
	struct app *a = st;
	list_clear(&a->list);
	start_plans(a);
	int open, done;
	qmodel_count_sessions(a->m.store, &open, &done);
	list_push(&a->list, strdup("1  Een vragenlijst beginnen"),
		  text_fmt("(%zu beschikbaar)", app_n_questionnaires(a)), NULL);
	list_push(&a->list, strdup("2  Verder met een sessie die nog niet af is"),
		  text_fmt("(%d)", open), NULL);
	list_push(&a->list, strdup("3  Eerdere resultaten bekijken"), text_fmt("(%d)", done), NULL);
	list_push(&a->list, strdup("4  Je voornemens"), text_fmt("(%zu)", a->plans_all), NULL);
	list_push(&a->list, strdup("5  Stoppen"), NULL, NULL);
}

/* The lines of the welcome text (at most LINES - 10). */
static int intro_rows(struct doc *d)
{
	d->width = COLS - 2;
	doc_text(d, intro, A_NORMAL, 0);
	return d->n < LINES - 10 ? d->n : LINES - 10;
}

static void start_resize(void *st)
{
	struct app *a = st;
	struct doc d = {0};
	int h = intro_rows(&d);
	doc_free(&d);
	int rows = app_bottom(a, LINES - 3) - (2 + h + 1);
	list_settle(&a->list, rows);
	/* below the menu, after a blank line: the heading and what fits of
	 * the voornemens */
	int left = rows - a->list.n - 1;
	int want = a->plans_open ? 1 + (int)a->n_plan_lines : 0;
	a->plan_rows = left >= 2 ? (want < left ? want : left) : 0;
}

static void start_draw(const void *st)
{
	const struct app *a = st;
	app_frame(a, "spiegel", "reflectie op je leiderschap");
	struct doc d = {0};
	int h = intro_rows(&d);
	doc_draw(&d, 2, 0, h);
	doc_free(&d);
	list_draw(&a->list, 2 + h + 1, 2);
	if (a->plan_rows > 0) {
		int y = 2 + h + 1 + a->list.n + 1;
		char *head = a->plans_due
				 ? text_fmt("Je voornemens: %zu om op terug te kijken (kies 4)",
					    a->plans_due)
				 : text_fmt("Je voornemens: %zu gepland", a->plans_open);
		tui_put(y, 2, COLS - 4, head, A_BOLD);
		free(head);
		for (int i = 0; i + 1 < a->plan_rows; i++)
			tui_put(y + 1 + i, 4, COLS - 6, a->plan_lines[i], A_NORMAL);
	}
}

static enum tui_result start_choose(struct app *a, int k)
{
	if (k >= 0 && k <= 3 && !app_content(a)) /* everything but stopping */
		return TUI_HANDLED;
	switch (k) {
	case 0:
		pick_questionnaires(a);
		return TUI_HANDLED;
	case 1:
	case 2:
		pick_sessions(a, k == 2);
		return TUI_HANDLED;
	case 3:
		app_go(a, &q_plans_screen);
		return TUI_HANDLED;
	default:
		return TUI_QUIT;
	}
}

static enum tui_result start_handle(void *st, int act, int key)
{
	struct app *a = st;
	switch (act) {
	case Q_MENU:
		return start_choose(a, key - '1');
	case Q_OPEN:
		return start_choose(a, a->list.sel);
	default:
		return TUI_IGNORED;
	}
}

static const int *start_keymap(const void *st)
{
	return q_keys_start;
}

const struct tui_screen q_start_screen = {
    TUI_SCREEN("start", start, enter, keymap, handle, resize, draw)};

/* ---- the lists of questionnaires and sessions ---- */

static void fill_questionnaires(struct app *a)
{
	for (size_t i = 0; i < a->m.view->n_qs; i++) {
		const struct questionnaire *q = a->m.view->qs[i];
		list_push(&a->list, strdup(q->title), text_fmt("%zu vragen", q->n_items),
			  strdup(q->id));
	}
}

struct fill {
	struct app *a;
	bool finished;
	int bad; /* files that cannot be read */
};

static bool fill_one(struct qmodel_listed *e, void *ctx)
{
	struct fill *f = ctx;
	struct app *a = f->a;
	const struct session *s = e->s;
	const struct questionnaire *q = s ? content_find(a->m.view, s->questionnaire) : NULL;
	if (!q)
		f->bad++;
	else if (!s->handin && s->finished == f->finished) {
		char date[48];
		report_date(date, sizeof(date), s->created);
		list_push(
		    &a->list,
		    text_fmt("%s  %s %.5s%s%s", q->title, date, s->created + 11,
			     s->participant[0] ? "  " : "", s->participant),
		    text_fmt("%zu van %zu beantwoord", session_count_answered(s, q), q->n_items),
		    e->path);
		e->path = NULL;
	}
	return true;
}

/* The sessions that are (not) finished, newest first, their path as key. */
static void fill_sessions(struct app *a, bool finished)
{
	struct fill f = {a, finished, 0};
	struct diag d;
	diag_init(&d);
	qmodel_each_session(a->m.store, true, fill_one, &f, &d);
	diag_finish(&d);
	if (f.bad)
		app_set_status(a, true,
			       "%d sessiebestand(en) konden niet worden gelezen; zie %s list "
			       "--sessions",
			       f.bad, hint_spiegel());
}

static void pick_enter(void *st)
{
	struct app *a = st;
	list_clear(&a->list);
	if (a->pick == PICK_QUESTIONNAIRES)
		fill_questionnaires(a);
	else
		fill_sessions(a, a->pick == PICK_FINISHED);
}

void pick_questionnaires(struct app *a)
{
	a->pick = PICK_QUESTIONNAIRES;
	app_go(a, &q_pick_screen);
}

void pick_sessions(struct app *a, bool finished)
{
	a->pick = finished ? PICK_FINISHED : PICK_UNFINISHED;
	app_go(a, &q_pick_screen);
}

/* The rows of the list of questionnaires (half the screen at most: the
 * intro of the chosen one goes below it). */
static int questionnaire_rows(const struct app *a)
{
	return a->list.n < (LINES - 6) / 2 ? a->list.n : (LINES - 6) / 2;
}

static void pick_resize(void *st)
{
	struct app *a = st;
	list_settle(&a->list, a->pick == PICK_QUESTIONNAIRES ? questionnaire_rows(a)
							     : app_bottom(a, LINES - 3) - 2);
}

static const char *pick_title(const struct app *a)
{
	return a->pick == PICK_QUESTIONNAIRES ? "Kies een vragenlijst"
	       : a->pick == PICK_FINISHED     ? "Eerdere resultaten"
					      : "Verder met een sessie";
}

static const char *pick_empty(const struct app *a)
{
	return a->pick == PICK_QUESTIONNAIRES ? "Er zijn geen vragenlijsten gevonden."
	       : a->pick == PICK_FINISHED     ? "Je hebt nog geen afgeronde sessies."
					      : "Er zijn geen sessies die nog niet af zijn.";
}

static void pick_draw(const void *st)
{
	const struct app *a = st;
	app_frame(a, pick_title(a), NULL);
	if (!a->list.n) {
		tui_put(2, 2, COLS - 4, pick_empty(a), A_NORMAL);
		return;
	}
	list_draw(&a->list, 2, 2);
	if (a->pick != PICK_QUESTIONNAIRES)
		return;
	/* the intro of the questionnaire chosen */
	int lh = questionnaire_rows(a);
	const struct questionnaire *q = content_find(a->m.view, a->list.v[a->list.sel].key);
	struct doc d = {.width = COLS - 2};
	doc_text(&d, q ? q->intro : "", A_NORMAL, 0);
	doc_draw(&d, 3 + lh, 0, app_bottom(a, LINES - 3) - (3 + lh));
	doc_free(&d);
}

static enum tui_result pick_open(struct app *a)
{
	if (!a->list.n)
		return TUI_IGNORED;
	const char *key = a->list.v[a->list.sel].key;
	bool ok = a->pick == PICK_QUESTIONNAIRES
		      ? app_new_session(a, content_find(a->m.view, key), "")
		      : app_open_session(a, key);
	if (ok && a->m.s->finished)
		results_show(a);
	else if (ok)
		item_enter_current(a);
	return TUI_HANDLED;
}

static enum tui_result pick_handle(void *st, int act, int key)
{
	struct app *a = st;
	switch (act) {
	case Q_BACK:
		app_go(a, &q_start_screen);
		return TUI_HANDLED;
	case Q_OPEN:
		return pick_open(a);
	default:
		return TUI_IGNORED;
	}
}

static const int *pick_keymap(const void *st)
{
	return q_keys_pick;
}

const struct tui_screen q_pick_screen = {
    TUI_SCREEN("pick", pick, enter, keymap, handle, resize, draw)};
