/* Making a voornemen from the results (doc/plan.md): one of the steps the
 * score suggests, or an own voornemen, with its first action, a date, with
 * whom and how the user will notice it works; saved at once like
 * `spiegel plan new` does (plan_create, plan_save under the voornemen's
 * lock). While the rows are typed in, q and ? are letters. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "actions.h"
#include "app.h"
#include "plan_dialog.h"
#include "spiegel/date.h"
#include "spiegel/plan.h"
#include "spiegel/report.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

/* ---- the rows of a voornemen (also for the one that follows a look back) ---- */

enum { W_TEXT, W_ACTION, W_DATE, W_WITH, W_SIGN };

bool plan_rows(struct qform *q, bool own)
{
	char ex[DATE_BUF], when[120];
	date_format_typed(plan_today() + 14, ex, sizeof(ex));
	snprintf(when, sizeof(when),
		 "Wanneer zet je die stap? Een datum, zoals %s; dan kijk je terug", ex);
	struct form *fm = &q->f;
	form_begin(fm, true);
	return (!own || form_text(fm, "Wat neem je je voor?", PLAN_MAX_TEXT)) &&
	       form_text(fm, "Je eerste concrete stap", PLAN_MAX_TEXT) && form_text(fm, when, 40) &&
	       form_text(fm, "Met wie (mag leeg)", PLAN_MAX_WITH) &&
	       form_text(fm, "Hoe merk je dat het werkt? (mag leeg)", PLAN_MAX_TEXT);
}

enum tui_result plan_form_key(struct qform *q, int act, int key, bool *full)
{
	const struct form_row *r = form_focused(&q->f, &q->v);
	*full = false;
	switch (act) {
	case Q_PLAN_FIELD:
		form_move(&q->f, &q->v, key);
		return TUI_HANDLED;
	case Q_PLAN_CHOOSE:
		if (!r || r->kind != FORM_OPTIONS)
			return TUI_IGNORED;
		form_choose_key(&q->f, &q->v, key);
		return TUI_HANDLED;
	case Q_TYPE:
	case Q_EDIT:
		if (!r || !r->kept.on)
			return TUI_IGNORED;
		*full = field_key(&q->f.r[q->v.focus].kept, key, 0) == FIELD_FULL;
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

const int *plan_form_keymap(const struct qform *q)
{
	const struct form_row *r = form_focused(&q->f, &q->v);
	return r && r->kind == FORM_OPTIONS ? q_keys_plan_choice : q_keys_plan_form;
}

/* The date typed in row i: today or later; else the status says what to
 * type and the row becomes current. */
static bool row_date(struct app *a, struct qform *fm, int i, const char *s, long *day)
{
	long today = plan_today();
	*day = DATE_NONE;
	if (date_parse(s, day) && *day >= today)
		return true;
	char ex[DATE_BUF];
	date_format_typed(today + 14, ex, sizeof(ex));
	fm->v.focus = i;
	app_set_status(a, true, "%s Typ een datum als %s (dag-maand-jaar).",
		       !s[0]		   ? "Vul een datum in."
		       : *day == DATE_NONE ? "Dat is geen datum."
					   : "Die datum is al voorbij.",
		       ex);
	return false;
}

bool plan_rows_read(struct app *a, struct qform *fm, bool own, struct plan_what *w, char *t[4])
{
	static const int slot[] = {0, 1, -1, 2, 3}; /* W_x: its text in t[slot[W_x]] */
	int o = own ? 0 : -1;			    /* the row of W_x is W_x + o */
	memset(t, 0, 4 * sizeof(*t));
	char *date = form_value(&fm->f, W_DATE + o);
	bool ok = date != NULL;
	for (int k = own ? W_TEXT : W_ACTION; ok && k <= W_SIGN; k++)
		if (k != W_DATE)
			ok = (t[slot[k]] = form_value(&fm->f, k + o)) != NULL;
	if (!ok) {
		app_set_status(a, true, "Onvoldoende geheugen.");
	} else if (own && !t[0][0]) {
		fm->v.focus = W_TEXT + o;
		app_set_status(a, true, "Schrijf op wat je je voorneemt.");
		ok = false;
	} else if (!t[1][0]) {
		fm->v.focus = W_ACTION + o;
		app_set_status(a, true, "Schrijf je eerste concrete stap op.");
		ok = false;
	} else {
		ok = row_date(a, fm, W_DATE + o, date, &w->date);
	}
	free(date);
	w->text = own ? t[0] : NULL;
	w->action = t[1];
	w->with = t[2];
	w->sign = t[3];
	return ok;
}

bool plan_save_new(struct app *a, struct plan *p, struct diag *d)
{
	char *dir = NULL, *path = NULL;
	char host[256] = "?";
	gethostname(host, sizeof(host) - 1);
	int lock = -1;
	bool ok = plan_dir(a->m.store, &dir, d) && (path = plan_path(dir, p->id)) &&
		  (lock = plan_lock(dir, p->id, host, (long)getpid(), d)) >= 0 &&
		  plan_save(p, path, a->m.store->io, time(NULL), d);
	if (!ok && !diag_count(d))
		diag_add(d, "onvoldoende geheugen");
	store_unlock(lock);
	free(path);
	free(dir);
	return ok;
}

/* ---- the screen ---- */

void plan_form_free(struct app *a)
{
	form_free(&a->plan_form.f);
	a->plan_editing = false;
}

static bool own(const struct app *a)
{
	return a->plan_step < 0;
}

/* The list: the suggested steps, then an own voornemen. */
static void plan_fill(struct app *a)
{
	list_clear(&a->list);
	const struct catalogue *c = a->m.view->catalogue;
	for (size_t i = 0; i < a->result.n_steps; i++) {
		const struct step_ref *sr = &a->result.steps[i];
		list_push(&a->list, text_fmt("%zu  %s", i + 1, sr->step->title),
			  text_fmt("(%s)", report_step_origin(c, sr)), NULL);
	}
	list_push(&a->list, strdup("e  Een eigen voornemen"), NULL, NULL);
}

static void plan_enter(void *st)
{
	struct app *a = st;
	plan_form_free(a);
	a->list.sel = a->list.top = 0;
	plan_fill(a);
}

static bool form_open(struct app *a, int step)
{
	plan_form_free(a);
	a->plan_step = step;
	if (!plan_rows(&a->plan_form, own(a))) {
		plan_form_free(a);
		app_set_status(a, true, "Onvoldoende geheugen.");
		return false;
	}
	form_first(&a->plan_form.f, &a->plan_form.v);
	a->plan_editing = true;
	return true;
}

/* Above the list or the rows: what this is, or the step being made a
 * voornemen with what it says. */
static void intro(const struct app *a, struct doc *d)
{
	d->width = COLS - 2;
	if (a->plan_editing && own(a)) {
		doc_text(d, "Een eigen voornemen", A_BOLD, 0);
		doc_text(d, "Schrijf op wat je je voorneemt en hoe je begint.", A_DIM, 0);
	} else if (a->plan_editing) {
		const struct next_step *st = a->result.steps[a->plan_step].step;
		doc_text(d, st->title, A_BOLD, 0);
		doc_text(d, st->text, A_DIM, 0);
	} else {
		doc_text(d,
			 "Van inzicht naar actie: kies een stap om mee aan de slag te gaan, of een "
			 "eigen voornemen. Je voornemens blijven privé in je eigen map; je ziet ze "
			 "terug op het startscherm en met spiegel plan.",
			 A_NORMAL, 0);
		if (a->plans_made) {
			char line[120];
			snprintf(line, sizeof(line),
				 "Uit deze resultaten: %zu van hoogstens %d gemaakt.",
				 a->plans_made, PLAN_MAX_NEW);
			doc_text(d, line, A_DIM, 0);
		}
	}
}

/* The rows of the intro: what the form leaves, at most half the screen. */
static int intro_rows(const struct app *a, const struct doc *d)
{
	int room = app_bottom(a, LINES - 3) - 3 -
		   (a->plan_editing ? form_lines(&a->plan_form.f) : a->list.n);
	int h = d->n < room ? d->n : room;
	return h > LINES / 2 - 2 ? LINES / 2 - 2 : h < 1 ? 1 : h;
}

static void plan_resize(void *st)
{
	struct app *a = st;
	if (a->plan_editing)
		form_layout(&a->plan_form.f, 4, COLS - 6);
	struct doc d = {0};
	intro(a, &d);
	int h = intro_rows(a, &d);
	doc_free(&d);
	if (a->plan_editing)
		form_settle(&a->plan_form.f, &a->plan_form.v, app_bottom(a, LINES - 3) - (3 + h));
	else
		list_settle(&a->list, app_bottom(a, LINES - 3) - (3 + h));
}

static void plan_draw(const void *st)
{
	const struct app *a = st;
	app_frame_session(a, "Voornemen");
	struct doc d = {0};
	intro(a, &d);
	int h = intro_rows(a, &d);
	doc_draw(&d, 2, 0, h);
	doc_free(&d);
	int bottom = app_bottom(a, LINES - 3);
	if (a->plan_editing) {
		form_draw(&a->plan_form.f, &a->plan_form.v, 3 + h, NULL);
		return;
	}
	list_draw(&a->list, 3 + h, 2);
	/* below the list: what the chosen step says */
	int y = 3 + h + (a->list.n < a->list.page ? a->list.n : a->list.page) + 1;
	if (a->list.sel >= (int)a->result.n_steps || y + 1 >= bottom)
		return;
	struct doc v = {0};
	v.width = COLS - 4;
	doc_text(&v, a->result.steps[a->list.sel].step->text, A_DIM, 2);
	doc_draw(&v, y, 0, bottom - y);
	doc_free(&v);
}

static void form_save(struct app *a)
{
	char *t[4];
	struct plan_what w = {0};
	struct diag d;
	diag_init(&d);
	struct plan *p = NULL;
	char id[SESSION_ID_MAX + 1], when[DATE_BUF];
	if (!plan_rows_read(a, &a->plan_form, own(a), &w, t)) {
		/* the status says what is missing */
	} else if (!store_new_id(a->m.store->io, id, sizeof(id), time(NULL))) {
		app_set_status(a, true, "NIET OPGESLAGEN: geen id voor het voornemen.");
	} else {
		const struct step_ref *sr = own(a) ? NULL : &a->result.steps[a->plan_step];
		p = plan_create(id, time(NULL), a->m.view->catalogue, a->m.s, a->m.q, &a->result,
				sr, &w, &d);
		if (p && plan_save_new(a, p, &d)) {
			a->plans_made++;
			date_format(p->date, when, sizeof(when));
			plan_enter(a);
			app_set_status(a, false,
				       "Opgeslagen: voornemen %s (terugkijken op %s). Je ziet het "
				       "terug op het startscherm en met spiegel plan.",
				       p->id, when);
		} else {
			app_set_status(a, true, "NIET OPGESLAGEN: %s",
				       diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
		}
	}
	plan_destroy(p);
	diag_finish(&d);
	for (int i = 0; i < 4; i++)
		free(t[i]);
}

static enum tui_result list_choose(struct app *a)
{
	if (a->plans_made >= PLAN_MAX_NEW) {
		app_set_status(a, false,
			       "Je maakte al %d voornemens uit deze resultaten; kijk ze na met "
			       "spiegel plan.",
			       PLAN_MAX_NEW);
		return TUI_HANDLED;
	}
	int k = a->list.sel;
	form_open(a, k < (int)a->result.n_steps ? k : -1);
	return TUI_HANDLED;
}

static enum tui_result plan_handle(void *st, int act, int key)
{
	struct app *a = st;
	bool full;
	switch (act) {
	case Q_OPEN:
		return list_choose(a);
	case Q_PLAN_SAVE:
		form_save(a);
		return TUI_HANDLED;
	case Q_PLAN_CANCEL:
		plan_enter(a);
		return TUI_HANDLED;
	default:
		if (plan_form_key(&a->plan_form, act, key, &full) == TUI_IGNORED)
			return TUI_IGNORED;
		if (full)
			app_set_status(a, false, "Dit veld is vol.");
		return TUI_HANDLED;
	}
}

static const int *plan_keymap(const void *st)
{
	const struct app *a = st;
	return a->plan_editing ? plan_form_keymap(&a->plan_form) : q_keys_plan;
}

const struct tui_screen q_plan_screen = {
    TUI_SCREEN("plan", plan, enter, keymap, handle, resize, draw)};
