/* The item screen: one question of the open session, of any type (likert,
 * choice, situation with its follow-ups, open): moving, answering and its
 * keys; item_view.c draws it. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actions.h"
#include "app.h"
#include "item.h"
#include "tui/term.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static const struct item *current(const struct app *a)
{
	return &a->m.q->items[a->cur];
}

static int option_index(const struct item *it, const char *value)
{
	for (size_t k = 0; value && k < it->n_options; k++)
		if (strcmp(it->options[k].value, value) == 0)
			return (int)k;
	return -1;
}

/* ---- moving between items ---- */

/* The open item's text into the editor: its answer, or the draft an
 * interrupted session left, which comes back for more typing. */
static void load_editor(struct app *a)
{
	const struct item *it = current(a);
	a->editing = false;
	field_finish(&a->ed);
	if (it->type != ITEM_OPEN)
		return;
	struct answer ans = session_get(a->m.s, it->id);
	const char *text = ans.kind == ANSWER_TEXT ? ans.text : "";
	bool draft = a->m.s->draft_item && strcmp(a->m.s->draft_item, it->id) == 0;
	if (draft)
		text = a->m.s->draft_text;
	a->editing = field_init(&a->ed, text, CONTENT_MAX_OPEN_TEXT);
	if (draft && a->ed.on)
		app_set_status(
		    a, false,
		    "Je tekst van de vorige keer staat weer klaar (nog niet opgeslagen als "
		    "antwoord). Enter slaat hem op.");
}

/* The highlighted option for the answer: a scenario starts with "most
 * likely", or with "least likely" when only that is still open. */
static void select_answer(struct app *a)
{
	const struct item *it = current(a);
	struct answer ans = session_get(a->m.s, it->id);
	a->opt = 0;
	a->pick_least = false;
	if (ans.kind == ANSWER_VALUE)
		a->opt = ans.value - 1;
	else if (ans.kind == ANSWER_NA)
		a->opt = CONTENT_SCALE_POINTS;
	else if (ans.kind == ANSWER_CHOICE)
		a->opt = option_index(it, ans.text) > 0 ? option_index(it, ans.text) : 0;
	if (ans.kind == ANSWER_SCENARIO) {
		int m = option_index(it, ans.text);
		a->opt = m > 0 ? m : 0;
		if (!ans.least) {
			a->pick_least = true;
			a->opt = m == 0 ? 1 : 0;
		}
	}
}

void item_show(struct app *a, size_t idx)
{
	item_commit(a);
	if (idx >= a->m.q->n_items)
		idx = a->m.q->n_items - 1;
	a->cur = idx;
	a->item_peek = 0;
	select_answer(a);
	session_set_position(a->m.s, current(a)->id);
	load_editor(a);
}

/* From another screen: what the editor held was committed when the item
 * screen was left last. */
static void item_enter(void *st)
{
	struct app *a = st;
	field_finish(&a->ed);
	a->editing = false;
	item_show(a, a->cur);
}

void item_enter_current(struct app *a)
{
	if (a->cur >= a->m.q->n_items) /* everything answered: the overview */
		app_go(a, &q_review_screen);
	else
		app_go(a, &q_item_screen);
}

static void go_prev(struct app *a)
{
	if (a->cur > 0)
		item_show(a, a->cur - 1);
	else
		app_set_status(a, false, "Dit is de eerste vraag.");
}

static void go_next(struct app *a)
{
	if (a->cur + 1 < a->m.q->n_items)
		item_show(a, a->cur + 1);
	else
		app_go(a, &q_review_screen);
}

static void item_leave(void *st)
{
	struct app *a = st;
	item_commit(a);
	a->editing = false;
}

/* ---- answering ---- */

/* Record an answer, save, and move on. */
static void answer(struct app *a, struct answer ans)
{
	bool changed;
	enum qmodel_answered r = qmodel_answer(&a->m, a->cur, ans, time(NULL), &changed);
	if (changed)
		app_drop_scores(a);
	if (r == QMODEL_REFUSED) {
		app_set_status(a, true, "Dit antwoord kon niet worden bewaard (te lang?).");
		return;
	}
	if (r == QMODEL_SAVED)
		app_set_status(a, false, "Opgeslagen.");
	else
		app_set_status(a, true,
			       "NIET OPGESLAGEN: %s. Je antwoorden staan alleen in het geheugen; "
			       "spiegel probeert het opnieuw bij elk antwoord en bij q.",
			       qmodel_save_reason(&a->m));
	go_next(a);
}

/* "Most likely" stays on the item and asks for "least likely". */
static void scenario_most(struct app *a, int k)
{
	const struct item *it = current(a);
	struct answer old = session_get(a->m.s, it->id);
	const char *v = it->options[k].value;
	const char *least = old.kind == ANSWER_SCENARIO ? old.least : NULL;
	if (least && strcmp(least, v) == 0)
		least = NULL;
	char *keep = least ? strdup(least) : NULL;
	bool ok = session_set(a->m.s, it->id, (struct answer){ANSWER_SCENARIO, 0, v, keep});
	free(keep);
	if (!ok) {
		app_set_status(a, true, "Dit antwoord kon niet worden bewaard.");
		return;
	}
	a->m.dirty = true;
	if (app_save(a))
		app_set_status(a, false,
			       "Opgeslagen. Kies nu wat je het minst waarschijnlijk zou doen.");
	a->pick_least = true;
	int l = option_index(it, session_get(a->m.s, it->id).least);
	a->opt = l >= 0 ? l : (k == 0 ? 1 : 0);
}

/* A scenario choice for the current phase: "least likely" records the
 * answer and moves on. */
static void scenario_choose(struct app *a, int k)
{
	const struct item *it = current(a);
	if (!a->pick_least) {
		scenario_most(a, k);
		return;
	}
	struct answer old = session_get(a->m.s, it->id);
	const char *v = it->options[k].value;
	if (old.kind != ANSWER_SCENARIO) {
		a->pick_least = false;
		return;
	}
	if (strcmp(old.text, v) == 0) {
		app_set_status(a, true,
			       "Dit is je meest waarschijnlijke reactie; kies een andere als minst "
			       "waarschijnlijk.");
		return;
	}
	char *most = strdup(old.text);
	if (most)
		answer(a, (struct answer){ANSWER_SCENARIO, 0, most, v});
	free(most);
}

/* Option k of the current item chosen (a digit, or Enter on it). */
static void choose(struct app *a, int k)
{
	const struct item *it = current(a);
	if (it->type == ITEM_SCENARIO)
		scenario_choose(a, k);
	else if (it->type == ITEM_LIKERT && k == CONTENT_SCALE_POINTS)
		answer(a, (struct answer){ANSWER_NA, 0, NULL, NULL});
	else if (it->type == ITEM_LIKERT)
		answer(a, (struct answer){ANSWER_VALUE, k + 1, NULL, NULL});
	else
		answer(a, (struct answer){ANSWER_CHOICE, 0, it->options[k].value, NULL});
}

/* Tab on a scenario: between "most" and "least likely" ("least" only
 * after "most"). */
static void scenario_swap(struct app *a)
{
	const struct item *it = current(a);
	struct answer cur = session_get(a->m.s, it->id);
	if (cur.kind != ANSWER_SCENARIO)
		return;
	a->pick_least = !a->pick_least;
	int k = option_index(it, a->pick_least ? cur.least : cur.text);
	if (k >= 0)
		a->opt = k;
}

void item_commit(struct app *a)
{
	if (!a->m.s || !a->ed.on || a->cur >= a->m.q->n_items)
		return;
	const struct item *it = current(a);
	if (it->type != ITEM_OPEN)
		return;
	char *t = textedit_text(&a->ed.ed);
	if (!t)
		return;
	struct answer old = session_get(a->m.s, it->id);
	const char *oldt = old.kind == ANSWER_TEXT ? old.text : "";
	if (a->m.s->draft_item && strcmp(a->m.s->draft_item, it->id) == 0) {
		session_set_draft(a->m.s, NULL, NULL); /* the text is now settled */
		a->m.dirty = true;
		if (strcmp(oldt, t) == 0)
			app_save(a);
	}
	if (strcmp(oldt, t) != 0) {
		struct answer ans = {t[0] ? ANSWER_TEXT : ANSWER_NONE, 0, t, NULL};
		if (session_set(a->m.s, it->id, ans)) {
			a->m.dirty = true;
			app_save(a);
		}
	}
	free(t);
}

void item_park(struct app *a)
{
	if (!a->m.s || !a->ed.on || !a->editing) {
		item_commit(a);
		return;
	}
	const struct item *it = current(a);
	char *t = textedit_text(&a->ed.ed);
	if (!t)
		return;
	struct answer old = session_get(a->m.s, it->id);
	const char *oldt = old.kind == ANSWER_TEXT ? old.text : "";
	bool changed = strcmp(oldt, t) != 0;
	if (changed && session_set_draft(a->m.s, it->id, t))
		a->m.dirty = true;
	else if (!changed && a->m.s->draft_item && session_set_draft(a->m.s, NULL, NULL))
		a->m.dirty = true;
	session_set_position(a->m.s, it->id);
	free(t);
}

/* ---- keys ---- */

const int *item_keymap(const struct app *a)
{
	const struct item *it = current(a);
	switch (it->type) {
	case ITEM_OPEN:
		return a->editing ? q_keys_typing : q_keys_open;
	case ITEM_CHOICE:
		return q_keys_choice;
	case ITEM_SCENARIO:
		return q_keys_scenario;
	default:
		return it->na ? q_keys_likert_na : q_keys_likert;
	}
}

static const int *keymap(const void *st)
{
	return item_keymap(st);
}

/* The keys while typing an open answer. */
static enum tui_result typing_handle(struct app *a, int act, int key)
{
	switch (act) {
	case Q_SAVE_NEXT:
		item_commit(a);
		a->editing = false;
		go_next(a);
		break;
	case Q_STOP_TYPING:
		item_commit(a);
		a->editing = false;
		break;
	case Q_TYPE_PAGE:
		if (key == K_PGUP)
			go_prev(a);
		else
			go_next(a);
		break;
	case Q_SHARE:
		app_toggle_share(a, a->cur);
		break;
	case Q_TYPE:
	case Q_EDIT:
		if (field_key(&a->ed, key, 0) == FIELD_FULL)
			app_set_status(a, true, "Je antwoord is zo lang als het mag worden.");
		break;
	default:
		return TUI_IGNORED;
	}
	return TUI_HANDLED;
}

static enum tui_result item_handle(void *st, int act, int key)
{
	struct app *a = st;
	const struct item *it = current(a);
	int nopt = item_n_options(it);
	if (a->editing)
		return typing_handle(a, act, key);
	switch (act) {
	case Q_ANSWER:
	case Q_NUMBER:
	case Q_PICK:
		if (key == K_UP && a->opt == 0)
			a->item_peek++; /* the question above, on a low screen */
		else if (key == K_UP)
			a->opt--;
		else if (key == K_DOWN && a->item_peek > 0)
			a->item_peek--;
		else if (key == K_DOWN && a->opt + 1 < nopt)
			a->opt++;
		else if (key == K_ENTER && nopt)
			choose(a, a->opt);
		else if (key >= '1' &&
			 key - '1' < (it->type == ITEM_LIKERT ? CONTENT_SCALE_POINTS : nopt))
			choose(a, key - '1');
		break;
	case Q_NA:
		answer(a, (struct answer){ANSWER_NA, 0, NULL, NULL});
		break;
	case Q_SWAP:
		scenario_swap(a);
		break;
	case Q_PAGE:
		if (key == K_LEFT || key == K_PGUP)
			go_prev(a);
		else
			go_next(a);
		break;
	case Q_OVERVIEW:
		app_go(a, &q_review_screen);
		break;
	case Q_TYPE_START:
		a->editing = a->ed.on;
		break;
	case Q_SHARE:
		app_toggle_share(a, a->cur);
		break;
	default:
		return TUI_IGNORED;
	}
	return TUI_HANDLED;
}

static void item_draw(const void *st)
{
	item_view_draw(st);
}

/* The text field's width, and how far ↑ on the first option may show
 * the question above it (item_peek). */
static void item_resize(void *st)
{
	struct app *a = st;
	field_settle(&a->ed, COLS - 4);
	if (a->item_peek > 0) {
		int most = item_view_peek_max(a);
		if (a->item_peek > most)
			a->item_peek = most;
	}
}

const struct tui_screen q_item_screen = {
    .keymap = keymap, TUI_SCREEN("item", item, enter, leave, handle, resize, draw)};
