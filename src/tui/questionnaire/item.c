/* The item screen: one question of the open session, of any type (likert,
 * choice, situation with its follow-ups, open). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "actions.h"
#include "app.h"
#include "tui/term.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static const struct item *current(const struct app *a)
{
	return &a->m.q->items[a->cur];
}

static int n_options(const struct item *it)
{
	if (it->type == ITEM_LIKERT)
		return CONTENT_SCALE_POINTS + (it->na ? 1 : 0);
	if (it->type == ITEM_CHOICE || it->type == ITEM_SCENARIO)
		return (int)it->n_options;
	return 0;
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
	int nopt = n_options(it);
	if (a->editing)
		return typing_handle(a, act, key);
	switch (act) {
	case Q_ANSWER:
	case Q_NUMBER:
	case Q_PICK:
		if (key == K_UP && a->opt > 0)
			a->opt--;
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

/* ---- drawing ---- */

/* The rows of a question with options: its text, then each option
 * wrapped under its key, and where each option begins. */
struct options_doc {
	struct doc d;
	int first[16];	    /* the first row of option k (a choice has at most 9) */
	int n;		    /* options */
	int sel_top, sel_n; /* the rows of the highlighted option */
};

/* An option: prefix (the mark, its key, what it is) and its label. */
static void add_option(struct options_doc *o, bool sel, const char *prefix, const char *label,
		       attr_t attr)
{
	if (o->n < (int)(sizeof(o->first) / sizeof(o->first[0])))
		o->first[o->n++] = o->d.n;
	int rows = doc_hanging(&o->d, prefix, label, attr, 1);
	if (sel) {
		o->sel_top = o->d.n - rows;
		o->sel_n = rows;
	}
}

/* What marks option k of a situation or its follow-up: most / least
 * likely, or the choice made. */
static const char *situation_tag(const struct item *it, struct answer ans, int k)
{
	const char *v = it->options[k].value;
	if (ans.kind == ANSWER_SCENARIO && strcmp(ans.text, v) == 0)
		return "meest ▲";
	if (ans.kind == ANSWER_SCENARIO && ans.least && strcmp(ans.least, v) == 0)
		return "minst ▼";
	if (ans.kind == ANSWER_CHOICE && strcmp(ans.text, v) == 0)
		return "●";
	return it->type == ITEM_CHOICE ? "○" : "       ";
}

/* A situation (or a follow-up: its situation dimmed), the question and
 * the options, which wrap. The title of the situation is on the line
 * above (draw_situation_title). */
static void build_situation(const struct app *a, struct options_doc *o)
{
	const struct item *it = current(a);
	const struct item *sc = it->type == ITEM_SCENARIO ? it : &a->m.q->items[it->follows];
	struct answer ans = session_get(a->m.s, it->id);
	doc_text(&o->d, sc->text, it == sc ? A_NORMAL : A_DIM, 0);
	if (it->type == ITEM_SCENARIO)
		doc_text(&o->d,
			 a->pick_least ? "En wat zou je het MINST waarschijnlijk doen?"
				       : "Wat zou je het MEEST waarschijnlijk doen?",
			 A_BOLD, 0);
	else
		doc_text(&o->d, it->text, A_BOLD, 0);
	for (int k = 0; k < (int)it->n_options; k++) {
		char prefix[64];
		bool sel = k == a->opt;
		snprintf(prefix, sizeof(prefix), "%s%d %s ", sel ? "▸" : " ", k + 1,
			 situation_tag(it, ans, k));
		add_option(o, sel, prefix, it->options[k].label, sel ? A_REVERSE : A_NORMAL);
	}
}

/* Under the text box of an open item: whether the answer is shared and
 * what that means, in the rows just above bottom. Returns the rows taken
 * (with a blank row above), leaving the box at least three rows where it
 * can. */
static int draw_share_state(const struct app *a, const struct item *it, int top, int bottom)
{
	bool shared = session_is_shared(a->m.s, it->id);
	struct doc d = {.width = COLS - 2};
	attr_t at = A_BOLD | (shared ? tui_colour(TUI_GREEN) : 0);
	doc_text(&d,
		 shared ? "Dit antwoord is gedeeld met de groep. Ctrl-D: weer privé maken."
			: "Dit antwoord is privé. Ctrl-D: delen met de groep.",
		 at, 0);
	int state = d.n;
	if (state == 0) {
		doc_free(&d);
		return 0;
	}
	doc_text(&d,
		 "Alleen gedeelde antwoorden gaan mee in een inleverbestand voor je trainer of "
		 "coach, zonder je naam.",
		 A_DIM, 0);
	int avail = bottom - top, h = d.n;
	if (avail - h - 1 < 3)
		h = state;
	if (avail - h - 1 < 1) {
		/* one row: the short form */
		h = avail >= 3 ? 1 : 0;
		free(d.rows[0].text);
		d.rows[0].text =
		    strdup(shared ? "Gedeeld met de groep (Ctrl-D)" : "Privé (Ctrl-D: delen)");
	}
	if (h && d.rows[0].text)
		doc_draw(&d, bottom - h, 0, h);
	doc_free(&d);
	return h ? h + 1 : 0;
}

/* An open item: a text box from top, and under it whether the answer is
 * shared. */
static void draw_open(const struct app *a, const struct item *it, int top)
{
	int bottom = LINES - 3;
	if (bottom - top < 1)
		return;
	bottom -= draw_share_state(a, it, top, bottom);
	field_draw_box(&a->ed, top, 1, bottom - top, "│", TUI_CYAN, a->editing,
		       "(nog leeg; druk op Enter om te typen)");
}

/* The label of option k of a likert or choice item, and whether it is the
 * answer. */
static const char *option_label(const struct item *it, struct answer ans, int k, char *key,
				bool *chosen)
{
	if (it->type == ITEM_LIKERT && k == CONTENT_SCALE_POINTS) {
		*key = '0';
		*chosen = ans.kind == ANSWER_NA;
		return "niet van toepassing";
	}
	*key = (char)('1' + k);
	if (it->type == ITEM_LIKERT) {
		*chosen = ans.kind == ANSWER_VALUE && ans.value == k + 1;
		return it->scale[k];
	}
	*chosen = ans.kind == ANSWER_CHOICE && strcmp(ans.text, it->options[k].value) == 0;
	return it->options[k].label;
}

/* A likert or choice question: the section, the question, the options
 * (the highlighted one as a bar), and where to read why it is asked;
 * compact (on a low screen): the question and the options only. */
static void build_choices(const struct app *a, struct options_doc *o, bool compact)
{
	const struct item *it = current(a);
	struct answer ans = session_get(a->m.s, it->id);
	if (!compact) {
		doc_text(&o->d, a->m.q->sections[it->section].title, A_BOLD | A_UNDERLINE, 0);
		doc_blank(&o->d);
	}
	doc_text(&o->d, it->text, A_BOLD, 0);
	if (!compact) {
		doc_blank(&o->d);
		doc_blank(&o->d);
	}
	for (int k = 0; k < n_options(it); k++) {
		char key, prefix[64];
		bool chosen, sel = k == a->opt;
		const char *label = option_label(it, ans, k, &key, &chosen);
		snprintf(prefix, sizeof(prefix), "%s%c  %s ", sel ? "▸" : " ", key,
			 chosen ? "●" : "○");
		int from = o->d.n;
		add_option(o, sel, prefix, label,
			   (sel ? A_REVERSE : A_NORMAL) | (chosen ? A_BOLD : 0));
		if (sel)
			doc_fill_from(&o->d, from, COLS - 4 < 40 ? COLS - 4 : 40);
	}
	if (it->help && !compact) {
		doc_blank(&o->d);
		doc_text(&o->d, "Druk op ? om te lezen waarom deze vraag gesteld wordt.", A_DIM, 1);
	}
}

/* The first row shown: the highlighted option in view, and above it as
 * much of the question as fits. */
static int options_scroll(const struct options_doc *o, int h)
{
	return doc_clamp(o->d.n, o->sel_top + o->sel_n - h, h);
}

/* The options doc in lines y .. y + h - 1, with what is out of view
 * said on the lines around it: "▲ meer" above, "▼ nog 2 keuzes (↓)"
 * below. */
static void draw_options_doc(const struct options_doc *o, int y, int h)
{
	if (h < 1)
		return;
	int scroll = options_scroll(o, h), below = 0;
	doc_draw(&o->d, y, scroll, h);
	for (int k = 0; k < o->n; k++)
		below += o->first[k] >= scroll + h;
	char hint[64] = "";
	if (below)
		snprintf(hint, sizeof(hint), " ▼ nog %d %s (↓) ", below,
			 below == 1 ? "keuze" : "keuzes");
	if (hint[0])
		tui_put(y + h, COLS - 1 - tui_width(hint), tui_width(hint), hint, A_BOLD);
	if (scroll > 0)
		tui_put(y - 1, COLS - 13, 12, " ▲ meer (↑) ", A_BOLD);
}

/* The title bar with the progress, and the bar of how far along. */
static void draw_head(const struct app *a)
{
	const struct questionnaire *q = a->m.q;
	char right[64], title[256], done[48];
	snprintf(right, sizeof(right), "vraag %zu van %zu", a->cur + 1, q->n_items);
	snprintf(title, sizeof(title), "spiegel · %s", q->title);
	app_frame(a, title, right);
	snprintf(done, sizeof(done), " %zu beantwoord", session_count_answered(a->m.s, q));
	int bw = COLS - 2 - (int)strlen(done);
	if (bw > 60)
		bw = 60;
	doc_draw_bar(1, 1, bw, (double)(a->cur + 1) * 100.0 / (double)q->n_items, TUI_CYAN);
	tui_put(1, 1 + bw, COLS - bw - 2, done, A_DIM);
}

/* Above a situation: its title, and on the right the section. */
static void draw_situation_title(const struct app *a, const struct item *it)
{
	const struct item *sc = it->type == ITEM_SCENARIO ? it : &a->m.q->items[it->follows];
	char buf[300];
	snprintf(buf, sizeof(buf), "Situatie: %s", sc->title);
	int w = tui_put(2, 1, COLS - 2, buf, A_BOLD | A_UNDERLINE);
	const char *sec = a->m.q->sections[it->section].title;
	int sw = tui_width(sec);
	if (w + sw + 4 < COLS - 2)
		tui_put(2, COLS - 1 - sw, sw, sec, A_DIM);
}

static void item_draw(const void *st)
{
	const struct app *a = st;
	const struct item *it = current(a);
	draw_head(a);
	int y = 3, h = LINES - 3 - y;
	if (it->type != ITEM_OPEN) {
		struct options_doc o = {.d = {.width = COLS - 2}};
		if (it->type == ITEM_SCENARIO || it->followup != FOLLOWUP_NONE) {
			draw_situation_title(a, it);
			build_situation(a, &o);
		} else {
			build_choices(a, &o, false);
			if (o.d.n > h) { /* too low for all of it */
				doc_free(&o.d);
				o = (struct options_doc){.d = {.width = COLS - 2}};
				build_choices(a, &o, true);
			}
		}
		draw_options_doc(&o, y, h);
		doc_free(&o.d);
		return;
	}
	struct doc d = {.width = COLS - 2};
	doc_text(&d, a->m.q->sections[it->section].title, A_BOLD | A_UNDERLINE, 0);
	doc_blank(&d);
	doc_text(&d, it->text, A_BOLD, 0);
	doc_blank(&d);
	int th = d.n < h ? d.n : h;
	doc_draw(&d, y, 0, th);
	doc_scroll_mark(d.n, 0, th, y + th);
	doc_free(&d);
	draw_open(a, it, y + th);
}

static void item_resize(void *st)
{
	struct app *a = st;
	field_settle(&a->ed, COLS - 4);
}

const struct tui_screen q_item_screen = {
    .name = "item",
    .enter = item_enter,
    .leave = item_leave,
    .keymap = keymap,
    .handle = item_handle,
    .resize = item_resize,
    .draw = item_draw,
};
