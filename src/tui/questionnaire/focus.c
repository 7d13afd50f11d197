/* Choosing the focus (from the results): one or two of the candidates the
 * score offers, kept in the session. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "app.h"
#include "spiegel/report.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static bool picked(const struct app *a, size_t p)
{
	for (size_t i = 0; i < a->n_focus_pick; i++)
		if (a->focus_pick[i] == p)
			return true;
	return false;
}

/* One row per candidate: a mark, the name, the score and level. */
static void focus_fill(struct app *a)
{
	const struct catalogue *c = a->m.view->catalogue;
	const struct score_result *r = &a->result;
	int sel = a->list.sel, top = a->list.top;
	list_clear(&a->list);
	for (size_t i = 0; i < r->n_candidates; i++) {
		size_t p = r->candidates[i];
		char num[16];
		report_number(num, sizeof(num), r->practices[p].score);
		list_push(&a->list,
			  text_fmt("[%s] %s", picked(a, p) ? "x" : " ", c->practices[p].name),
			  text_fmt("%s  %s", num, c->levels[r->practices[p].level].name),
			  strdup(c->practices[p].id));
	}
	a->list.sel = sel < a->list.n ? sel : 0;
	a->list.top = top;
}

static void focus_enter(void *st)
{
	struct app *a = st;
	const struct score_result *r = &a->result;
	a->n_focus_pick = 0;
	if (r->focus_how == FOCUS_CHOSEN)
		for (size_t f = 0; f < r->n_focus; f++)
			a->focus_pick[a->n_focus_pick++] = r->focus[f];
	a->list.sel = a->list.top = 0;
	focus_fill(a);
}

/* What it says above the list (half the screen at most). */
static int focus_intro(const struct app *a, struct doc *d)
{
	d->width = COLS - 2;
	char *t = report_focus_text(a->m.view->catalogue, &a->result);
	doc_text(d, t, A_NORMAL, 0);
	free(t);
	char line[256];
	snprintf(line, sizeof(line),
		 "Kies een of twee praktijken als focus (Spatie) en bewaar met Enter. Zonder keuze "
		 "kiest spiegel weer zelf. Gekozen: %zu van de %d.",
		 a->n_focus_pick, SCORE_MAX_FOCUS);
	doc_text(d, line, A_DIM, 0);
	return d->n < LINES / 2 - 2 ? d->n : LINES / 2 - 2;
}

static void focus_resize(void *st)
{
	struct app *a = st;
	struct doc d = {0};
	int h = focus_intro(a, &d);
	doc_free(&d);
	list_settle(&a->list, app_bottom(a, LINES - 3) - (3 + h));
}

static void focus_draw(const void *st)
{
	const struct app *a = st;
	app_frame_session(a, "Focus kiezen");
	struct doc d = {0};
	int h = focus_intro(a, &d);
	doc_draw(&d, 2, 0, h);
	doc_scroll_mark(d.n, 0, h, 2 + h);
	doc_free(&d);
	list_draw(&a->list, 3 + h, 2);
}

/* Space: the selected practice in or out (at most SCORE_MAX_FOCUS). */
static void toggle(struct app *a)
{
	size_t p = a->result.candidates[a->list.sel];
	if (picked(a, p)) {
		size_t k = 0;
		for (size_t i = 0; i < a->n_focus_pick; i++)
			if (a->focus_pick[i] != p)
				a->focus_pick[k++] = a->focus_pick[i];
		a->n_focus_pick = k;
	} else if (a->n_focus_pick < SCORE_MAX_FOCUS) {
		a->focus_pick[a->n_focus_pick++] = p;
	} else {
		app_set_status(a, false, "Hoogstens %d praktijken; zet er eerst een uit (Spatie).",
			       SCORE_MAX_FOCUS);
	}
	focus_fill(a);
}

/* Store the marked practices as the session's focus and show the results. */
static void focus_save(struct app *a)
{
	const char *ids[SCORE_MAX_FOCUS];
	for (size_t i = 0; i < a->n_focus_pick; i++)
		ids[i] = a->m.view->catalogue->practices[a->focus_pick[i]].id;
	if (!session_set_focus(a->m.s, ids, a->n_focus_pick)) {
		app_set_status(a, true, "Onvoldoende geheugen om de focus te bewaren.");
		return;
	}
	a->m.dirty = true;
	bool saved = app_save(a);
	results_show(a);
	if (saved)
		app_set_status(a, false, "%s",
			       a->n_focus_pick ? "Je focus is opgeslagen."
					       : "Geen eigen focus meer: spiegel kiest weer zelf.");
}

static enum tui_result focus_handle(void *st, int act, int key)
{
	struct app *a = st;
	switch (act) {
	case Q_TOGGLE:
		if (a->list.n)
			toggle(a);
		return TUI_HANDLED;
	case Q_SAVE_FOCUS:
		focus_save(a);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *focus_keymap(const void *st)
{
	return q_keys_focus;
}

const struct tui_screen q_focus_screen = {
    TUI_SCREEN("focus", focus, enter, keymap, handle, resize, draw)};
