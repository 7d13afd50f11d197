/* Drawing the item screen: the question with its options as one
 * scrolled document (likert, choice, situation), or the open question's
 * text box; the title bar and progress above. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int item_n_options(const struct item *it)
{
	if (it->type == ITEM_LIKERT)
		return CONTENT_SCALE_POINTS + (it->na ? 1 : 0);
	if (it->type == ITEM_CHOICE || it->type == ITEM_SCENARIO)
		return (int)it->n_options;
	return 0;
}

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
		doc_focus(&o->d, o->sel_top);
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
	int bottom = app_bottom(a, LINES - 3);
	if (bottom - top < 1)
		return;
	bottom -= draw_share_state(a, it, top, bottom);
	tui_focus(top, 3); /* the answer box has focus, typing or not */
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
	for (int k = 0; k < item_n_options(it); k++) {
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
	int s = o->sel_top + o->sel_n - h;
	/* an option taller than the view: from its first line */
	return doc_clamp(o->d.n, s > o->sel_top ? o->sel_top : s, h);
}

/* The rows of the question in view: from the lines of the question above
 * (y, h), built at the screen's width (compact when it does not fit). */
static void build_options(const struct app *a, struct options_doc *o, int h)
{
	const struct item *it = current(a);
	*o = (struct options_doc){.d = {.width = COLS - 2}};
	if (it->type == ITEM_SCENARIO || it->followup != FOLLOWUP_NONE) {
		build_situation(a, o);
		return;
	}
	build_choices(a, o, false);
	if (o->d.n > h) { /* too low for all of it */
		doc_free(&o->d);
		*o = (struct options_doc){.d = {.width = COLS - 2}};
		build_choices(a, o, true);
	}
}

/* The lines of the question's document: from line 3 to above the status,
 * and one line more for "▼ nog ..." below it. */
static int options_rows(const struct app *a)
{
	int rows = app_bottom(a, LINES - 3) - 3;
	return 3 + rows < app_bottom(a, LINES - 2) ? rows : rows - 1;
}

/* The options doc in lines y .. y + h - 1, with what is out of view
 * said on the lines around it: "▲ meer" above, "▼ nog 2 keuzes (↓)"
 * below. */
static void draw_options_doc(const struct options_doc *o, int y, int h, int peek)
{
	if (h < 1)
		return;
	int scroll = options_scroll(o, h) - peek, below = 0;
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

/* Above a situation: its title, and on the right the section (or, with
 * rows out of view above, room for saying so). */
static void draw_situation_title(const struct app *a, const struct item *it, bool scrolled)
{
	const struct item *sc = it->type == ITEM_SCENARIO ? it : &a->m.q->items[it->follows];
	char buf[300];
	snprintf(buf, sizeof(buf), "Situatie: %s", sc->title);
	int w = tui_put(2, 1, COLS - 2 - (scrolled ? 13 : 0), buf, A_BOLD | A_UNDERLINE);
	if (scrolled)
		return;
	const char *sec = a->m.q->sections[it->section].title;
	int sw = tui_width(sec);
	if (w + sw + 4 < COLS - 2)
		tui_put(2, COLS - 1 - sw, sw, sec, A_DIM);
}

/* The text of an open question: the section and the question, with a
 * blank line after each; compact: the question only. */
static void open_text(const struct app *a, struct doc *d, bool compact)
{
	const struct item *it = current(a);
	if (!compact) {
		doc_text(d, a->m.q->sections[it->section].title, A_BOLD | A_UNDERLINE, 0);
		doc_blank(d);
	}
	doc_text(d, it->text, A_BOLD, 0);
	if (!compact)
		doc_blank(d);
}

void item_view_draw(const struct app *a)
{
	const struct item *it = current(a);
	draw_head(a);
	int y = 3, h = options_rows(a);
	if (it->type != ITEM_OPEN) {
		struct options_doc o;
		build_options(a, &o, h);
		if (it->type == ITEM_SCENARIO || it->followup != FOLLOWUP_NONE)
			draw_situation_title(a, it, options_scroll(&o, h) - a->item_peek > 0);
		draw_options_doc(&o, y, h, a->item_peek);
		doc_free(&o.d);
		return;
	}
	/* an open question: its text, and under it room for the box (on a
	 * low screen the text is cut, never the box: '?' shows it whole) */
	int room = h - 4 > 1 ? h - 4 : 1;
	struct doc d = {.width = COLS - 2};
	open_text(a, &d, false);
	if (d.n > room) {
		doc_free(&d);
		d.width = COLS - 2;
		open_text(a, &d, true);
	}
	int th = d.n < room ? d.n : room;
	doc_draw(&d, y, 0, th);
	if (d.n > th)
		tui_put(y + th - 1, COLS - 3, 2, "…", A_BOLD);
	else
		doc_scroll_mark(d.n, 0, th, y + th);
	doc_free(&d);
	draw_open(a, it, y + th);
}

int item_view_peek_max(const struct app *a)
{
	if (current(a)->type == ITEM_OPEN)
		return 0;
	struct options_doc o;
	int h = options_rows(a);
	build_options(a, &o, h);
	int most = h > 0 ? options_scroll(&o, h) : 0;
	doc_free(&o.d);
	return most;
}
