/* The overview: every item of the open session with its answer; one to
 * change, or a to finish. */
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

/* The overview's rows; an open answer says whether it is shared. The key
 * of a row is the answer as the reports write it. */
static void review_fill(struct app *a)
{
	int sel = a->list.sel, top = a->list.top;
	list_clear(&a->list);
	for (size_t i = 0; i < a->m.q->n_items; i++) {
		const struct item *it = &a->m.q->items[i];
		struct answer ans = session_get(a->m.s, it->id);
		char buf[600];
		const char *lab = report_answer_label(it, ans, buf, sizeof(buf));
		const char *text = it->type == ITEM_SCENARIO ? it->title : it->text;
		bool open = it->type == ITEM_OPEN && ans.kind == ANSWER_TEXT;
		bool shared = open && session_is_shared(a->m.s, it->id);
		list_push(&a->list,
			  text_fmt("%3zu %s %s%s%s", i + 1, session_is_answered(ans) ? "✓" : "·",
				   shared ? "[gedeeld] " : "",
				   it->type == ITEM_SCENARIO ? "Situatie: " : "", text),
			  NULL, strdup(lab));
	}
	a->list.sel = sel;
	a->list.top = top;
}

static void review_enter(void *st)
{
	struct app *a = st;
	a->editing = false;
	a->list.sel = a->list.top = 0;
	review_fill(a);
	a->list.sel = (int)(a->cur < a->m.q->n_items ? a->cur : 0);
}

/* What it says above the list, wrapped (at most 5 rows, 3 on a low
 * screen). */
static int review_intro(const struct app *a, struct doc *d)
{
	char line[256];
	snprintf(
	    line, sizeof(line),
	    "Je beantwoordde %zu van %zu vragen. Kies een vraag om je antwoord te wijzigen, of "
	    "druk op a om af te ronden en je resultaten te zien.",
	    session_count_answered(a->m.s, a->m.q), a->m.q->n_items);
	d->width = COLS - 2;
	doc_text(d, line, A_NORMAL, 0);
	size_t shared, n_open = app_count_open(a, &shared);
	if (n_open) {
		snprintf(line, sizeof(line),
			 "Open antwoorden gedeeld met de groep: %zu van de %zu. De rest is privé; "
			 "Ctrl-D deelt het gekozen antwoord of maakt het weer privé.",
			 shared, n_open);
		doc_text(d, line, A_DIM, 0);
	}
	int most = LINES >= 20 ? 5 : 3;
	return d->n < most ? d->n : most;
}

static void review_resize(void *st)
{
	struct app *a = st;
	struct doc d = {0};
	int h = review_intro(a, &d);
	doc_free(&d);
	list_settle(&a->list, app_bottom(a, LINES - 4) - (3 + h));
}

static void review_draw(const void *st)
{
	const struct app *a = st;
	char title[256];
	snprintf(title, sizeof(title), "Overzicht · %s", a->m.q->title);
	app_frame(a, title, NULL);
	struct doc d = {0};
	int h = review_intro(a, &d);
	doc_draw(&d, 2, 0, h);
	doc_scroll_mark(d.n, 0, h, 2 + h);
	doc_free(&d);
	int top = 3 + h, bottom = app_bottom(a, LINES - 4);
	list_draw(&a->list, top, 2);
	if (!a->list.n || bottom >= app_bottom(a, LINES - 2))
		return;
	const struct item *it = &a->m.q->items[a->list.sel];
	bool open = it->type == ITEM_OPEN && session_get(a->m.s, it->id).kind == ANSWER_TEXT;
	char ans[160];
	snprintf(ans, sizeof(ans), "Antwoord%s: %s",
		 !open				     ? ""
		 : session_is_shared(a->m.s, it->id) ? " (gedeeld met de groep)"
						     : " (privé)",
		 a->list.v[a->list.sel].key);
	tui_put(bottom, 2, COLS - 4, ans, A_BOLD);
}

static enum tui_result review_handle(void *st, int act, int key)
{
	struct app *a = st;
	switch (act) {
	case Q_CHANGE:
		if (!a->list.n)
			return TUI_IGNORED;
		a->cur = (size_t)a->list.sel;
		app_go(a, &q_item_screen);
		return TUI_HANDLED;
	case Q_SHARE_ROW:
		if (!a->list.n)
			return TUI_IGNORED;
		app_toggle_share(a, (size_t)a->list.sel);
		review_fill(a);
		return TUI_HANDLED;
	case Q_FINISH:
		a->m.s->finished = true;
		a->m.dirty = true;
		app_save(a);
		results_show(a);
		return TUI_HANDLED;
	case Q_TO_ITEM:
		/* back to where you were: an open question waits for Enter
		 * before it takes what you type (a digit meant for the overview
		 * never lands in the answer) */
		app_go(a, &q_item_screen);
		a->editing = false;
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *review_keymap(const void *st)
{
	return q_keys_review;
}

const struct tui_screen q_review_screen = {
    TUI_SCREEN("review", review, enter, keymap, handle, resize, draw)};
