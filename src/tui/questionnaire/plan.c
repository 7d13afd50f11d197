/* Making a voornemen from the results (doc/plan.md): one of the steps the
 * score suggests, or an own voornemen, with its first action, a date, with
 * whom and how the user will notice it works; saved at once like
 * `spiegel plan new` does (plan_create, plan_save under the voornemen's
 * lock). While the fields are typed in, q and ? are letters. */
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

enum { F_TEXT, F_ACTION, F_DATE, F_WITH, F_SIGN, N_FIELDS };

static const char *const labels[N_FIELDS] = {
    "Wat neem je je voor?",
    "Je eerste concrete stap",
    "Wanneer (een datum, zoals 15-12-2026; dan kijk je terug)",
    "Met wie (mag leeg)",
    "Hoe merk je dat het werkt? (mag leeg)",
};
static const size_t limits[N_FIELDS] = {PLAN_MAX_TEXT, PLAN_MAX_TEXT, 40, PLAN_MAX_WITH,
					PLAN_MAX_TEXT};

void plan_form_free(struct app *a)
{
	for (int i = 0; i < N_FIELDS; i++)
		field_finish(&a->plan_fields[i]);
	memset(a->plan_fields, 0, sizeof(a->plan_fields));
	a->plan_form = false;
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
	for (int i = 0; i < N_FIELDS; i++)
		if (!field_init(&a->plan_fields[i], "", limits[i])) {
			plan_form_free(a);
			app_set_status(a, true, "Onvoldoende geheugen.");
			return false;
		}
	a->plan_step = step;
	a->plan_cur = step < 0 ? F_TEXT : F_ACTION;
	a->plan_form = true;
	return true;
}

static int intro_rows(const struct app *a, struct doc *d)
{
	d->width = COLS - 2;
	doc_text(d,
		 a->plan_form
		     ? (own(a) ? "Een eigen voornemen." : a->result.steps[a->plan_step].step->title)
		     : "Van inzicht naar actie: kies een stap om mee aan de slag te gaan, of een "
		       "eigen voornemen. Je voornemens blijven privé in je eigen map; je ziet ze "
		       "terug op het startscherm en met spiegel plan.",
		 a->plan_form ? A_BOLD : A_NORMAL, 0);
	if (!a->plan_form && a->plans_made) {
		char line[120];
		snprintf(line, sizeof(line), "Uit deze resultaten: %zu van hoogstens %d gemaakt.",
			 a->plans_made, PLAN_MAX_NEW);
		doc_text(d, line, A_DIM, 0);
	}
	return d->n < LINES / 2 - 2 ? d->n : LINES / 2 - 2;
}

static void plan_resize(void *st)
{
	struct app *a = st;
	struct doc d = {0};
	int h = intro_rows(a, &d);
	doc_free(&d);
	if (a->plan_form)
		for (int i = 0; i < N_FIELDS; i++)
			field_settle(&a->plan_fields[i], COLS - 6);
	else
		list_settle(&a->list, app_bottom(a, LINES - 3) - (3 + h));
}

static void plan_draw(const void *st)
{
	const struct app *a = st;
	char title[256];
	snprintf(title, sizeof(title), "Voornemen · %s", a->m.q->title);
	app_frame(a, title, a->m.s->id);
	struct doc d = {0};
	int h = intro_rows(a, &d);
	doc_draw(&d, 2, 0, h);
	doc_free(&d);
	if (!a->plan_form) {
		list_draw(&a->list, 3 + h, 2);
		return;
	}
	int y = 3 + h, bottom = app_bottom(a, LINES - 3);
	for (int i = own(a) ? F_TEXT : F_ACTION; i < N_FIELDS && y + 1 < bottom; i++) {
		tui_put(y, 2, COLS - 4, labels[i], i == a->plan_cur ? A_BOLD : A_NORMAL);
		field_draw_line(&a->plan_fields[i], y + 1, 4, false);
		y += 2;
	}
	/* the cursor in the field being typed in, drawn last */
	int k = a->plan_cur - (own(a) ? F_TEXT : F_ACTION);
	if (3 + h + 2 * k + 1 < bottom)
		field_draw_line(&a->plan_fields[a->plan_cur], 3 + h + 2 * k + 1, 4, true);
}

/* The text of field i as typed (trimmed), malloc'd. */
static char *field_text(const struct app *a, int i)
{
	char *t = a->plan_fields[i].on ? textedit_text(&a->plan_fields[i].ed) : NULL;
	return t ? t : strdup("");
}

static bool save_plan(struct app *a, struct plan *p, struct diag *d)
{
	char *dir = NULL, *path = NULL;
	char host[256] = "?";
	gethostname(host, sizeof(host) - 1);
	int lock = -1;
	bool ok = plan_dir(a->m.store, &dir, d) && (path = plan_path(dir, p->id)) &&
		  (lock = plan_lock(dir, p->id, host, (long)getpid(), d)) >= 0 &&
		  plan_save(p, path, a->m.store->io, time(NULL), d);
	store_unlock(lock);
	free(path);
	free(dir);
	return ok;
}

static void form_save(struct app *a)
{
	char *t[N_FIELDS];
	for (int i = 0; i < N_FIELDS; i++)
		t[i] = field_text(a, i);
	long today = plan_today(), day = DATE_NONE;
	struct diag d;
	diag_init(&d);
	struct plan *p = NULL;
	char id[SESSION_ID_MAX + 1], when[DATE_BUF];
	if (own(a) && !t[F_TEXT][0]) {
		a->plan_cur = F_TEXT;
		app_set_status(a, true, "Schrijf op wat je je voorneemt.");
	} else if (!t[F_ACTION][0]) {
		a->plan_cur = F_ACTION;
		app_set_status(a, true, "Schrijf je eerste concrete stap op.");
	} else if (!date_parse(t[F_DATE], &day) || day < today) {
		a->plan_cur = F_DATE;
		date_format(today + 14, when, sizeof(when));
		app_set_status(a, true, "%s Typ een datum als %s (dag-maand-jaar).",
			       day == DATE_NONE ? "Dat is geen datum." : "Die datum is al voorbij.",
			       when);
	} else if (!store_new_id(a->m.store->io, id, sizeof(id), time(NULL))) {
		app_set_status(a, true, "NIET OPGESLAGEN: geen id voor het voornemen.");
	} else {
		struct plan_what w = {own(a) ? t[F_TEXT] : NULL, t[F_ACTION], t[F_WITH], t[F_SIGN],
				      day};
		const struct step_ref *sr = own(a) ? NULL : &a->result.steps[a->plan_step];
		p = plan_create(id, time(NULL), a->m.view->catalogue, a->m.s, a->m.q, &a->result,
				sr, &w, &d);
		if (p && save_plan(a, p, &d)) {
			a->plans_made++;
			date_format(day, when, sizeof(when));
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
	for (int i = 0; i < N_FIELDS; i++)
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
	int first = own(a) ? F_TEXT : F_ACTION;
	switch (act) {
	case Q_LIST:
		return list_key(&a->list, key);
	case Q_OPEN:
		return list_choose(a);
	case Q_TO_RESULTS:
		tui_back(&a->shell, a, &q_results_screen);
		return TUI_HANDLED;
	case Q_PLAN_FIELD:
		if (key == K_TAB || key == K_DOWN)
			a->plan_cur = a->plan_cur + 1 < N_FIELDS ? a->plan_cur + 1 : first;
		else
			a->plan_cur = a->plan_cur > first ? a->plan_cur - 1 : N_FIELDS - 1;
		return TUI_HANDLED;
	case Q_PLAN_SAVE:
		form_save(a);
		return TUI_HANDLED;
	case Q_PLAN_CANCEL:
		plan_enter(a);
		return TUI_HANDLED;
	case Q_TYPE:
	case Q_EDIT:
		if (field_key(&a->plan_fields[a->plan_cur], key, 0) == FIELD_FULL)
			app_set_status(a, false, "Dit veld is vol.");
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *plan_keymap(const void *st)
{
	const struct app *a = st;
	return a->plan_form ? q_keys_plan_form : q_keys_plan;
}

const struct tui_screen q_plan_screen = {
    .name = "plan",
    .enter = plan_enter,
    .keymap = plan_keymap,
    .handle = plan_handle,
    .resize = plan_resize,
    .draw = plan_draw,
};
