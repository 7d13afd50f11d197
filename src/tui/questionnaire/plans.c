/* The voornemens screen (doc/plan.md): every voornemen, those whose date
 * has come first (plan_sort), the chosen one in full below the list; Enter
 * looks back on an open one: gedaan / deels / nog niet, what happened, what
 * was learned, and what next (closed, a new voornemen that follows it, or
 * going on with a new date). Saved as `spiegel plan update` saves: under
 * the voornemen's lock, read again first, the new voornemen before the look
 * back that names it. */
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
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

/* the rows of the look back */
enum { R_RESULT, R_HAPPENED, R_LEARNED, R_NEXT, R_DATE };
/* the options of R_NEXT */
enum { N_CLOSE, N_NEW, N_CONTINUE };

static const char *const results[] = {"gedaan", "deels", "nog niet"};
static const char *const nexts[] = {"afsluiten", "een nieuw voornemen", "doorgaan, nieuwe datum"};

void plans_free(struct app *a)
{
	plan_list_free(a->plans, a->n_plans);
	a->plans = NULL;
	a->n_plans = 0;
	form_free(&a->review.f);
	form_free(&a->follow.f);
	a->plans_mode = PLANS_LIST;
}

static const struct plan *chosen(const struct app *a)
{
	return a->n_plans ? a->plans[a->list.sel] : NULL;
}

/* Every voornemen, as the core orders them on today, into the list. */
static void plans_load(struct app *a)
{
	plans_free(a);
	list_clear(&a->list);
	struct diag d;
	diag_init(&d);
	char *dir = NULL;
	size_t bad = 0;
	long today = plan_today();
	if (!plan_dir(a->m.store, &dir, &d) || !plan_list(dir, &a->plans, &a->n_plans, &bad, &d))
		app_set_status(a, true, "Je voornemens kunnen niet worden gelezen: %s",
			       diag_count(&d) ? diag_msg(&d, 0) : "onvoldoende geheugen");
	else if (bad)
		app_set_status(a, true, "%zu %s niet worden gelezen; spiegel plan zegt waarom.",
			       bad, bad == 1 ? "voornemen kon" : "voornemens konden");
	plan_sort(a->plans, a->n_plans, today);
	for (size_t i = 0; i < a->n_plans; i++) {
		const struct plan *p = a->plans[i];
		char day[DATE_BUF], rel[48];
		date_format(p->closed ? p->closed_date : p->date, day, sizeof(day));
		date_relative(p->date, today, rel, sizeof(rel));
		list_push(&a->list, text_fmt("%s  %s", day, p->text),
			  p->closed ? strdup("(afgesloten)") : text_fmt("(%s)", rel), NULL);
	}
	free(dir);
	diag_finish(&d);
}

static void plans_enter(void *st)
{
	struct app *a = st;
	a->list.sel = a->list.top = 0;
	plans_load(a);
}

/* ---- what the screen shows ---- */

static void field_row(struct doc *d, const char *name, const char *value)
{
	char *prefix = text_fmt("%s: ", name);
	doc_hanging(d, prefix ? prefix : "", value[0] ? value : "(niet ingevuld)", A_NORMAL, 0);
	free(prefix);
}

/* The chosen voornemen in full. */
static void details(const struct app *a, const struct plan *p, struct doc *d)
{
	long today = plan_today();
	char day[DATE_BUF], rel[48];
	if (p->questionnaire) {
		const struct questionnaire *q = content_find(a->m.view, p->questionnaire);
		char *from = NULL;
		date_format(p->session_date, day, sizeof(day));
		from = text_fmt("%s%s%s", q ? q->title : p->questionnaire,
				p->session_date != DATE_NONE ? ", sessie van " : "",
				p->session_date != DATE_NONE ? day : "");
		if (from)
			field_row(d, "Uit", from);
		free(from);
	}
	if (p->n_practices) {
		const struct catalogue *c = a->m.view->catalogue;
		char names[600] = "";
		size_t len = 0;
		for (size_t i = 0; i < p->n_practices && len < sizeof(names); i++) {
			int k = content_practice_index(c, p->practices[i]);
			len += (size_t)snprintf(names + len, sizeof(names) - len, "%s%s",
						i ? " en " : "",
						k >= 0 ? c->practices[k].name : p->practices[i]);
		}
		field_row(d, "Over", names);
	}
	for (size_t i = 0; p->previous[0] && i < a->n_plans; i++)
		if (strcmp(a->plans[i]->id, p->previous) == 0)
			field_row(d, "Volgt op", a->plans[i]->text);
	field_row(d, "Eerste stap", p->action);
	date_format(p->date, day, sizeof(day));
	date_relative(p->date, today, rel, sizeof(rel));
	char *when = text_fmt("%s (%s)", day, rel);
	if (when)
		field_row(d, p->closed ? "Datum" : "Wanneer", when);
	free(when);
	field_row(d, "Met wie", p->with);
	field_row(d, "Hoe je merkt dat het werkt", p->sign);
	for (size_t i = 0; i < p->n_reviews; i++) {
		const struct plan_review *r = &p->reviews[i];
		date_format(r->date, day, sizeof(day));
		char *line = text_fmt("%s: %s", day, plan_result_name(r->result));
		if (line)
			field_row(d, "Terugblik", line);
		free(line);
		if (r->happened[0])
			field_row(d, "  Wat er gebeurde", r->happened);
		if (r->learned[0])
			field_row(d, "  Wat je leerde", r->learned);
	}
	long from;
	if (p->closed) {
		date_format(p->closed_date, day, sizeof(day));
		char *line = text_fmt("Afgesloten op %s.", day);
		if (line)
			doc_text(d, line, A_DIM, 0);
		free(line);
	}
	if (p->closed && plan_redo_from(p, &from)) {
		const struct questionnaire *q = content_find(a->m.view, p->questionnaire);
		date_format(from, day, sizeof(day));
		char *line =
		    text_fmt("\"%s\" opnieuw doen kan %s%s; daarna laat spiegel plan show "
			     "%s zien wat er veranderde.",
			     q ? q->title : p->questionnaire, from <= today ? "nu" : "vanaf ",
			     from <= today ? "" : day, p->id);
		if (line)
			doc_text(d, line, A_DIM, 0);
		free(line);
	}
}

/* Above the list or the rows. */
static void intro(const struct app *a, struct doc *d)
{
	d->width = COLS - 2;
	const struct plan *p = chosen(a);
	if (a->plans_mode == PLANS_LIST) {
		doc_text(
		    d,
		    a->n_plans
			? "Op de datum van je eerste stap kijk je terug: hoe ging het, wat heb "
			  "je geleerd en hoe ga je verder. Kies een voornemen en druk op Enter."
			: "Je hebt nog geen voornemens. Op het resultatenscherm van een "
			  "vragenlijst maak je er een met v.",
		    A_NORMAL, 0);
	} else if (a->plans_mode == PLANS_REVIEW) {
		doc_text(d, p->text, A_BOLD, 0);
		char *line = text_fmt("Je eerste stap: %s", p->action);
		if (line)
			doc_text(d, line, A_DIM, 0);
		free(line);
	} else {
		char *line = text_fmt("Wat volgt op: %s", p->text);
		if (line)
			doc_text(d, line, A_BOLD, 0);
		free(line);
		doc_text(d, "Je terugblik wordt opgeslagen samen met dit nieuwe voornemen.", A_DIM,
			 0);
	}
}

static struct qform *current_form(struct app *a)
{
	return a->plans_mode == PLANS_REVIEW ? &a->review : &a->follow;
}

/* The rows of the intro: at most what leaves room for the list (or the
 * form), and at most half the screen. */
static int intro_rows(const struct app *a, const struct doc *d)
{
	const struct qform *fm = a->plans_mode == PLANS_REVIEW ? &a->review : &a->follow;
	int below =
	    a->plans_mode == PLANS_LIST ? (a->list.n < 3 ? a->list.n : 3) : form_lines(&fm->f);
	int room = app_bottom(a, LINES - 3) - 3 - below;
	int h = d->n < room ? d->n : room;
	return h > LINES / 2 - 2 ? LINES / 2 - 2 : h < 1 ? 1 : h;
}

/* The list's rows: every voornemen when the details keep 5 rows, else
 * what fits. */
static int list_rows(const struct app *a, int h)
{
	int room = app_bottom(a, LINES - 3) - (3 + h);
	int rows = a->list.n < room - 6 ? a->list.n : room - 6;
	return rows < 3 ? (room < 3 ? room : 3) : rows;
}

static void plans_resize(void *st)
{
	struct app *a = st;
	struct qform *fm = current_form(a);
	if (a->plans_mode != PLANS_LIST)
		form_layout(&fm->f, 4, COLS - 6);
	struct doc d = {0};
	intro(a, &d);
	int h = intro_rows(a, &d);
	doc_free(&d);
	if (a->plans_mode == PLANS_LIST)
		list_settle(&a->list, list_rows(a, h));
	else
		form_settle(&fm->f, &fm->v, app_bottom(a, LINES - 3) - (3 + h));
}

static void plans_draw(const void *st)
{
	const struct app *a = st;
	app_frame(a,
		  a->plans_mode == PLANS_LIST	  ? "Je voornemens"
		  : a->plans_mode == PLANS_REVIEW ? "Terugblik op je voornemen"
						  : "Een nieuw voornemen",
		  "privé");
	struct doc d = {0};
	intro(a, &d);
	int h = intro_rows(a, &d);
	doc_draw(&d, 2, 0, h);
	doc_free(&d);
	int y = 3 + h, bottom = app_bottom(a, LINES - 3);
	if (a->plans_mode != PLANS_LIST) {
		const struct qform *fm = a->plans_mode == PLANS_REVIEW ? &a->review : &a->follow;
		form_draw(&fm->f, &fm->v, y, NULL);
		return;
	}
	list_draw(&a->list, y, 2);
	const struct plan *p = chosen(a);
	bottom = app_bottom(a, LINES - 2);
	y += (a->list.n < a->list.page ? a->list.n : a->list.page) + 1;
	if (!p || y + 1 >= bottom)
		return;
	struct doc v = {0};
	v.width = COLS - 4;
	details(a, p, &v);
	int rows = bottom - y;
	if (v.n > rows) {
		/* cut: the last row says where the rest is */
		doc_draw(&v, y, 0, rows - 1);
		char *more = text_fmt("… de rest met: spiegel plan show %s", p->id);
		if (more)
			tui_put(bottom - 1, 1, COLS - 2, more, A_DIM);
		free(more);
	} else {
		doc_draw(&v, y, 0, rows);
	}
	doc_free(&v);
}

/* ---- the look back ---- */

static bool review_open(struct app *a)
{
	form_free(&a->review.f);
	form_free(&a->follow.f);
	struct form *fm = &a->review.f;
	form_begin(fm, true);
	char ex[DATE_BUF], label[120];
	date_format_typed(plan_today() + 14, ex, sizeof(ex));
	snprintf(label, sizeof(label), "De nieuwe datum, zoals %s", ex);
	if (!form_options(fm, "Hoe ging het?", 3, results) ||
	    !form_text(fm, "Wat gebeurde er? (mag leeg)", PLAN_MAX_TEXT) ||
	    !form_text(fm, "Wat heb je geleerd? (mag leeg)", PLAN_MAX_TEXT) ||
	    !form_options(fm, "Hoe verder?", 3, nexts) || !form_text(fm, label, 40)) {
		form_free(fm);
		app_set_status(a, true, "Onvoldoende geheugen.");
		return false;
	}
	fm->r[R_DATE].hidden = true;
	form_first(fm, &a->review.v);
	a->plans_mode = PLANS_REVIEW;
	return true;
}

static enum tui_result look_back(struct app *a)
{
	const struct plan *p = chosen(a);
	if (!p)
		return TUI_HANDLED;
	if (p->closed) {
		char day[DATE_BUF];
		date_format(p->closed_date, day, sizeof(day));
		app_set_status(a, false, "Dit voornemen is afgesloten op %s.", day);
		return TUI_HANDLED;
	}
	review_open(a);
	return TUI_HANDLED;
}

/* The look back as typed into lb (texts in t[0..1]); false with the status
 * set and the row to fix current. */
static bool review_read(struct app *a, struct plan_look_back *lb, char *t[2])
{
	struct form *fm = &a->review.f;
	int *focus = &a->review.v.focus;
	t[0] = form_value(fm, R_HAPPENED);
	t[1] = form_value(fm, R_LEARNED);
	char *date = form_value(fm, R_DATE);
	int res = fm->r[R_RESULT].choice, nx = fm->r[R_NEXT].choice;
	bool ok = false;
	*lb = (struct plan_look_back){PLAN_DONE, t[0], t[1], PLAN_NEXT_CLOSE, DATE_NONE, NULL};
	if (!t[0] || !t[1] || !date) {
		app_set_status(a, true, "Onvoldoende geheugen.");
	} else if (res < 0) {
		*focus = R_RESULT;
		app_set_status(a, true, "Kies hoe het ging: gedaan, deels of nog niet (← →).");
	} else if (nx < 0) {
		*focus = R_NEXT;
		app_set_status(a, true,
			       "Kies hoe je verdergaat: afsluiten, een nieuw voornemen of doorgaan "
			       "met een nieuwe datum (← →).");
	} else {
		lb->result = (enum plan_result)res;
		lb->next = nx == N_CLOSE ? PLAN_NEXT_CLOSE
			   : nx == N_NEW ? PLAN_NEXT_NEW
					 : PLAN_NEXT_CONTINUE;
		ok = true;
		long today = plan_today();
		if (nx == N_CONTINUE &&
		    !(date_parse(date, &lb->next_date) && lb->next_date >= today)) {
			char ex[DATE_BUF];
			date_format_typed(today + 14, ex, sizeof(ex));
			*focus = R_DATE;
			app_set_status(a, true, "%s Typ een datum als %s (dag-maand-jaar).",
				       !date[0]			    ? "Vul de nieuwe datum in."
				       : lb->next_date == DATE_NONE ? "Dat is geen datum."
								    : "Die datum is al voorbij.",
				       ex);
			ok = false;
		}
	}
	free(date);
	return ok;
}

/* What the status says after a look back was saved. */
static void review_said(struct app *a, const struct plan *p, const struct plan *next)
{
	char day[DATE_BUF];
	if (next) {
		date_format(next->date, day, sizeof(day));
		app_set_status(a, false,
			       "Opgeslagen: je terugblik, en het nieuwe voornemen %s (terugkijken "
			       "op %s).",
			       next->id, day);
		return;
	}
	if (!p->closed) {
		date_format(p->date, day, sizeof(day));
		app_set_status(a, false, "Opgeslagen: je terugblik. Je kijkt weer terug op %s.",
			       day);
		return;
	}
	long from;
	const struct questionnaire *q =
	    p->questionnaire ? content_find(a->m.view, p->questionnaire) : NULL;
	if (plan_redo_from(p, &from)) {
		date_format(from, day, sizeof(day));
		app_set_status(
		    a, false,
		    "Opgeslagen: je terugblik; het voornemen is afgesloten. Doe \"%s\" "
		    "opnieuw %s%s: dan laat spiegel plan show %s zien wat er veranderde.",
		    q ? q->title : p->questionnaire,
		    from <= plan_today() ? "wanneer je wilt" : "vanaf ",
		    from <= plan_today() ? "" : day, p->id);
	} else {
		app_set_status(a, false, "Opgeslagen: je terugblik; het voornemen is afgesloten.");
	}
}

/* Read the voornemen again under its lock (unchanged since it was listed),
 * add the look back and save: the new voornemen w (may be NULL) first. */
static bool review_save(struct app *a, const struct plan_look_back *lb0, const struct plan_what *w,
			struct diag *d)
{
	const struct plan *was = chosen(a);
	char *dir = NULL, *path = NULL, host[256] = "?", id[SESSION_ID_MAX + 1];
	gethostname(host, sizeof(host) - 1);
	struct plan *p = NULL, *next = NULL;
	struct plan_look_back lb = *lb0;
	int lock = -1;
	bool ok = plan_dir(a->m.store, &dir, d) && (path = plan_path(dir, was->id)) &&
		  (lock = plan_lock(dir, was->id, host, (long)getpid(), d)) >= 0 &&
		  (p = plan_load_id(dir, was->id, d));
	if (ok && (p->closed || p->n_reviews != was->n_reviews)) {
		diag_add(d, "het voornemen is intussen veranderd (in een ander venster?); kijk "
			    "opnieuw terug");
		ok = false;
	}
	if (ok && w) {
		ok = store_new_id(a->m.store->io, id, sizeof(id), time(NULL)) &&
		     (next = plan_follow(id, time(NULL), p, w, d));
		lb.followup = id;
	}
	ok = ok && plan_review(p, plan_today(), &lb, d) && (!next || plan_save_new(a, next, d)) &&
	     plan_save(p, path, a->m.store->io, time(NULL), d);
	if (!ok && !diag_count(d))
		diag_add(d, "onvoldoende geheugen");
	store_unlock(lock);
	if (ok) {
		plans_load(a);
		review_said(a, p, next);
	}
	plan_destroy(next);
	plan_destroy(p);
	free(path);
	free(dir);
	return ok;
}

static void review_enter_key(struct app *a)
{
	struct plan_look_back lb;
	char *t[2] = {NULL, NULL}, *wt[4] = {NULL, NULL, NULL, NULL};
	struct plan_what w = {0};
	struct diag d;
	diag_init(&d);
	if (!review_read(a, &lb, t)) {
		/* the status says what is missing */
	} else if (a->plans_mode == PLANS_REVIEW && lb.next == PLAN_NEXT_NEW) {
		/* first the new voornemen: the look back names it */
		if (!a->follow.f.n && !plan_rows(&a->follow, true))
			app_set_status(a, true, "Onvoldoende geheugen.");
		else
			a->plans_mode = PLANS_FOLLOW;
		form_first(&a->follow.f, &a->follow.v);
	} else if (a->plans_mode == PLANS_FOLLOW && !plan_rows_read(a, &a->follow, true, &w, wt)) {
		/* the status says what is missing */
	} else if (!review_save(a, &lb, a->plans_mode == PLANS_FOLLOW ? &w : NULL, &d)) {
		app_set_status(a, true, "NIET OPGESLAGEN: %s", diag_msg(&d, 0));
	}
	diag_finish(&d);
	for (int i = 0; i < 4; i++)
		free(wt[i]);
	free(t[0]);
	free(t[1]);
}

static enum tui_result plans_handle(void *st, int act, int key)
{
	struct app *a = st;
	bool full;
	switch (act) {
	case Q_LOOK_BACK:
		return look_back(a);
	case Q_BACK:
		app_go(a, &q_start_screen);
		return TUI_HANDLED;
	case Q_PLAN_SAVE:
		review_enter_key(a);
		return TUI_HANDLED;
	case Q_PLAN_CANCEL:
		/* from the new voornemen back to the look back, kept as typed */
		a->plans_mode = a->plans_mode == PLANS_FOLLOW ? PLANS_REVIEW : PLANS_LIST;
		return TUI_HANDLED;
	default:
		if (a->plans_mode == PLANS_LIST ||
		    plan_form_key(current_form(a), act, key, &full) == TUI_IGNORED)
			return TUI_IGNORED;
		if (full)
			app_set_status(a, false, "Dit veld is vol.");
		/* the new date only when going on */
		a->review.f.r[R_DATE].hidden = a->review.f.r[R_NEXT].choice != N_CONTINUE;
		return TUI_HANDLED;
	}
}

static const int *plans_keymap(const void *st)
{
	const struct app *a = st;
	if (a->plans_mode == PLANS_LIST)
		return q_keys_plans;
	return plan_form_keymap(a->plans_mode == PLANS_REVIEW ? &a->review : &a->follow);
}

const struct tui_screen q_plans_screen = {
    TUI_SCREEN("plans", plans, enter, keymap, handle, resize, draw)};
