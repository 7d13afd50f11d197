#define _GNU_SOURCE
#define _XOPEN_SOURCE_EXTENDED 1
#include "app.h"
#include "draw.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "spiegel/report.h"

#define MIN_COLS 40
#define MIN_LINES 12
#define KEY_CTRL_C 3
#define KEY_CTRL_D 4 /* "delen": share an open answer or make it private again */
#define KEY_ESC 27

/* ---- key hints: one table per screen, used by the footer and the help ---- */

struct hint {
	const char *key, *what;
};

static const struct hint hints_start[] = {
    {"↑↓", "kiezen"}, {"Enter", "openen"}, {"?", "uitleg"}, {"q", "stoppen"}, {NULL, NULL}};
static const struct hint hints_pick[] = {
    {"↑↓", "kiezen"}, {"Enter", "openen"}, {"Esc", "terug"}, {"q", "stoppen"}, {NULL, NULL}};
static const struct hint hints_likert[] = {
    {"1-5", "antwoord"}, {"↑↓ Enter", "kiezen"}, {"←→", "vorige/volgende"},
    {"?", "waarom"},	 {"o", "overzicht"},	 {"q", "stoppen"},
    {NULL, NULL}};
static const struct hint hints_choice[] = {{"cijfer", "antwoord"},
					   {"↑↓ Enter", "kiezen"},
					   {"←→", "vorige/volgende"},
					   {"?", "waarom"},
					   {"o", "overzicht"},
					   {"q", "stoppen"},
					   {NULL, NULL}};
static const struct hint hints_scenario[] = {{"1-5 Enter", "kiezen"},
					     {"Tab", "meest/minst"},
					     {"←→", "vorige/volgende"},
					     {"?", "waarom"},
					     {"o", "overzicht"},
					     {"q", "stoppen"},
					     {NULL, NULL}};
/* Ctrl-D (not a letter: it works while typing too) shares an open answer;
 * at 80 columns the footer of a non-typing open item has no room for it,
 * but the line about sharing above it names the key */
static const struct hint hints_open_edit[] = {
    {"Enter", "opslaan, verder"}, {"Ctrl-D", "delen"},	  {"PgUp", "vorige"},
    {"Esc", "klaar met typen"},	  {"typ", "je antwoord"}, {NULL, NULL}};
static const struct hint hints_open[] = {
    {"Enter", "typen"}, {"←→", "vorige/volgende"}, {"?", "waarom"}, {"o", "overzicht"},
    {"q", "stoppen"},	{"Ctrl-D", "delen"},	   {NULL, NULL}};
static const struct hint hints_review[] = {
    {"↑↓", "kiezen"}, {"Enter", "wijzigen"}, {"Ctrl-D", "delen"}, {"a", "afronden"},
    {"Esc", "terug"}, {"q", "stoppen"},	     {NULL, NULL}};
static const struct hint hints_results[] = {
    {"↑↓ PgUp PgDn", "scrollen"}, {"f", "focus kiezen"}, {"o", "antwoorden"},
    {"Esc", "startscherm"},	  {"q", "stoppen"},	 {NULL, NULL}};
static const struct hint hints_focus[] = {{"↑↓", "kiezen"},	{"Spatie", "aan/uit"},
					  {"Enter", "opslaan"}, {"Esc", "terug"},
					  {"q", "stoppen"},	{NULL, NULL}};
static const struct hint hints_help[] = {
    {"↑↓", "scrollen"}, {"Esc ?", "terug"}, {"q", "stoppen"}, {NULL, NULL}};
/* after a failed save, until one works again: how to retry or stop */
static const struct hint hints_unsaved[] = {{"q", "opnieuw opslaan"},
					    {"Q", "stoppen zonder opslaan"},
					    {"←→", "vorige/volgende"},
					    {"?", "uitleg"},
					    {NULL, NULL}};

static const struct hint *screen_hints(const struct app *a, enum view s)
{
	if (a->s && a->save_failed && s != SCR_HELP && !(s == SCR_ITEM && a->editing))
		return hints_unsaved;
	switch (s) {
	case SCR_START:
		return hints_start;
	case SCR_PICK_QUESTIONNAIRE:
	case SCR_PICK_SESSION:
		return hints_pick;
	case SCR_ITEM:
		if (a->q && a->q->items[a->cur].type == ITEM_OPEN)
			return a->editing ? hints_open_edit : hints_open;
		if (a->q && a->q->items[a->cur].type == ITEM_CHOICE)
			return hints_choice;
		if (a->q && a->q->items[a->cur].type == ITEM_SCENARIO)
			return hints_scenario;
		return hints_likert;
	case SCR_REVIEW:
		return hints_review;
	case SCR_RESULTS:
		return hints_results;
	case SCR_FOCUS:
		return hints_focus;
	default:
		return hints_help;
	}
}

/* ---- drawing helpers ---- */

/* A document: lines built at the current width, drawn with a scroll offset. */
struct row {
	char *text;
	attr_t attr;
	int indent;
	int bar;      /* -1, or a score 0-100 to draw as a bar */
	short colour; /* for the bar */
	bool centred; /* bar is -100..100 around a middle line */
	bool thin;    /* a thin bar: the previous session's score */
};

struct doc {
	struct row *rows;
	int n, cap, width;
};

static void doc_add(struct doc *d, char *text, attr_t attr, int indent, int bar, short colour)
{
	if (d->n == d->cap) {
		int cap = d->cap ? d->cap * 2 : 64;
		struct row *nr = realloc(d->rows, (size_t)cap * sizeof(*nr));
		if (!nr) {
			free(text);
			return;
		}
		d->rows = nr;
		d->cap = cap;
	}
	d->rows[d->n++] = (struct row){text, attr, indent, bar, colour, false, false};
}

/* Wrapped text, each line a row. */
static void doc_text(struct doc *d, const char *s, attr_t attr, int indent)
{
	wchar_t *ws = text_widen(s ? s : "");
	if (!ws)
		return;
	size_t *st, *ln;
	int n = text_wrap(ws, d->width - indent, &st, &ln);
	for (int i = 0; i < n; i++)
		doc_add(d, text_narrow(ws + st[i], ln[i]), attr, indent, -1, 0);
	free(st);
	free(ln);
	free(ws);
}

static void doc_blank(struct doc *d)
{
	doc_add(d, strdup(""), A_NORMAL, 0, -1, 0);
}

static void doc_free(struct doc *d)
{
	for (int i = 0; i < d->n; i++)
		free(d->rows[i].text);
	free(d->rows);
	memset(d, 0, sizeof(*d));
}

/* A bar for v in -100..100: half the width each side of a middle line. */
static void draw_centred_bar(int y, int x, int w, double v, short colour)
{
	int half = (w - 1) / 2;
	int n = (int)(fabs(v) * half / 100.0 + 0.5);
	if (colour && has_colors())
		attron(COLOR_PAIR(colour));
	for (int i = 0; i < half; i++)
		mvaddstr(y, x + i, v < 0 && half - i <= n ? "█" : "░");
	mvaddstr(y, x + half, "│");
	for (int i = 0; i < half; i++)
		mvaddstr(y, x + half + 1 + i, v > 0 && i < n ? "█" : "░");
	if (colour && has_colors())
		attroff(COLOR_PAIR(colour));
}

static void draw_bar_of(int y, int x, int w, double score, short colour, const char *full,
			const char *empty)
{
	int filled = (int)(score * w / 100.0 + 0.5);
	if (colour && has_colors())
		attron(COLOR_PAIR(colour));
	for (int i = 0; i < w; i++)
		mvaddstr(y, x + i, i < filled ? full : empty);
	if (colour && has_colors())
		attroff(COLOR_PAIR(colour));
}

static void draw_bar(int y, int x, int w, double score, short colour)
{
	draw_bar_of(y, x, w, score, colour, "█", "░");
}

/* Draw rows [scroll..] in lines top..bottom-1; clamps scroll. */
static void doc_draw(struct doc *d, int top, int bottom, int *scroll)
{
	int h = bottom - top;
	if (*scroll > d->n - h)
		*scroll = d->n - h;
	if (*scroll < 0)
		*scroll = 0;
	for (int i = 0; i < h && *scroll + i < d->n; i++) {
		const struct row *r = &d->rows[*scroll + i];
		int x = 1 + r->indent;
		if (r->bar >= 0 || r->centred) {
			int bw = d->width - r->indent - 24;
			if (bw > 40)
				bw = 40;
			if (bw < 5)
				bw = 5;
			if (r->centred)
				draw_centred_bar(top + i, x, bw % 2 ? bw : bw - 1, r->bar,
						 r->colour);
			else if (r->thin)
				draw_bar_of(top + i, x, bw, r->bar, r->colour, "━", "─");
			else
				draw_bar(top + i, x, bw, r->bar, r->colour);
			tui_put(top + i, x + bw + 1, COLS - x - bw - 2, r->text, r->attr);
		} else {
			tui_put(top + i, x, COLS - x - 1, r->text, r->attr);
		}
	}
	if (d->n > h) {
		char more[64];
		snprintf(more, sizeof(more), " %d%% ", d->n ? (*scroll + h) * 100 / d->n : 100);
		tui_put(bottom - 1 < top ? top : bottom, COLS - 7, 6, more, A_DIM);
	}
}

static void draw_frame(struct app *a, const char *title, const char *right)
{
	attron(A_REVERSE);
	mvhline(0, 0, ' ', COLS);
	attroff(A_REVERSE);
	/* the right-hand label (progress, session id) wins over a long title */
	int rw = 0;
	if (right) {
		wchar_t *w = text_widen(right);
		rw = w ? text_width(w, wcslen(w)) : 0;
		free(w);
		if (rw + 4 > COLS)
			rw = 0;
		else
			tui_put(0, COLS - rw - 1, rw, right, A_REVERSE);
	}
	tui_put(0, 1, COLS - 2 - (rw ? rw + 2 : 0), title, A_REVERSE | A_BOLD);
	/* status line: wrapped, never cut at 80 columns (two lines, an error up
	 * to four: the reason of a failed save is never lost); after a failed
	 * save, until one works again, it keeps saying so */
	const char *msg = a->status;
	bool error = a->status_error;
	char unsaved[400];
	if (!msg[0] && a->s && a->save_failed) {
		snprintf(unsaved, sizeof(unsaved),
			 "NIET OPGESLAGEN: %s. Je antwoorden staan alleen in het geheugen.",
			 app_save_reason(a));
		msg = unsaved;
		error = true;
	}
	if (msg[0]) {
		attr_t at = error ? (A_BOLD | (has_colors() ? COLOR_PAIR(1) : A_REVERSE)) : A_DIM;
		struct doc d = {.width = COLS - 2};
		doc_text(&d, msg, at, 0);
		int max = error ? 4 : 2;
		int n = d.n < max ? d.n : max;
		for (int i = 0; i < n; i++) {
			int y = LINES - 1 - n + i;
			move(y, 0);
			clrtoeol();
			tui_put(y, 1, COLS - 2, d.rows[i].text, at);
		}
		doc_free(&d);
	}
	/* key hints */
	const struct hint *h = screen_hints(a, a->screen);
	int x = 1;
	for (int i = 0; h[i].key; i++) {
		char buf[96];
		snprintf(buf, sizeof(buf), "%s%s", i ? "  " : "", h[i].key);
		wchar_t *w = text_widen(h[i].what);
		int need = (int)strlen(h[i].key) + (w ? text_width(w, wcslen(w)) : 0) + 3;
		free(w);
		if (x + need >= COLS)
			break;
		x += tui_put(LINES - 1, x, COLS - x, buf, A_BOLD);
		x += tui_put(LINES - 1, x, COLS - x, " ", A_NORMAL);
		x += tui_put(LINES - 1, x, COLS - x, h[i].what, A_NORMAL);
	}
}

static void draw_list(struct list *l, int top, int bottom)
{
	int h = bottom - top;
	if (h < 1)
		return;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + h)
		l->top = l->sel - h + 1;
	for (int i = 0; i < h && l->top + i < l->n; i++) {
		int k = l->top + i;
		bool sel = k == l->sel;
		attr_t at = sel ? A_REVERSE : A_NORMAL;
		if (sel)
			mvhline(top + i, 1, ' ', COLS - 2);
		attron(at);
		mvhline(top + i, 1, ' ', COLS - 2);
		attroff(at);
		tui_put(top + i, 1, 1, sel ? "▸" : " ", at);
		int used = tui_put(top + i, 2, COLS - 4, l->v[k].label, at | (sel ? A_BOLD : 0));
		if (l->v[k].detail && used + 6 < COLS - 4)
			tui_put(top + i, 2 + used + 2, COLS - used - 6, l->v[k].detail,
				at | (sel ? 0 : A_DIM));
	}
}

static bool list_key(struct list *l, int ch, bool is_key, int page)
{
	if (l->n == 0)
		return false;
	if ((is_key && ch == KEY_UP) || ch == 'k')
		l->sel = l->sel > 0 ? l->sel - 1 : 0;
	else if ((is_key && ch == KEY_DOWN) || ch == 'j')
		l->sel = l->sel + 1 < l->n ? l->sel + 1 : l->n - 1;
	else if (is_key && ch == KEY_PPAGE)
		l->sel = l->sel > page ? l->sel - page : 0;
	else if (is_key && ch == KEY_NPAGE)
		l->sel = l->sel + page < l->n ? l->sel + page : l->n - 1;
	else if (is_key && ch == KEY_HOME)
		l->sel = 0;
	else if (is_key && ch == KEY_END)
		l->sel = l->n - 1;
	else
		return false;
	return true;
}

static void list_push(struct list *l, char *label, char *detail, char *key)
{
	struct list_entry *nv = realloc(l->v, (size_t)(l->n + 1) * sizeof(*nv));
	if (!nv || !label) {
		free(label);
		free(detail);
		free(key);
		return;
	}
	l->v = nv;
	l->v[l->n++] = (struct list_entry){label, detail, key};
}

static char *fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
static char *fmt(const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	char *s = NULL;
	if (vasprintf(&s, f, ap) < 0)
		s = NULL;
	va_end(ap);
	return s;
}

/* ---- start screen ---- */

static const char *const start_menu[] = {
    "Een vragenlijst beginnen",
    "Verder met een sessie die nog niet af is",
    "Eerdere resultaten bekijken",
    "Stoppen",
};

static void count_sessions(struct app *a, int *open, int *done)
{
	*open = *done = 0;
	char **ids;
	size_t n;
	struct diag d;
	diag_init(&d);
	if (store_list_sessions(a->store, &ids, &n, &d)) {
		for (size_t i = 0; i < n; i++) {
			struct diag d2;
			diag_init(&d2);
			struct session *s = session_load_id(a->store, ids[i], &d2);
			if (s)
				(*(s->finished ? done : open))++;
			session_destroy(s);
			diag_finish(&d2);
		}
		store_free_list(ids, n);
	}
	diag_finish(&d);
}

static void enter_start(struct app *a)
{
	list_clear(&a->list);
	int open, done;
	count_sessions(a, &open, &done);
	list_push(&a->list, fmt("1  %s", start_menu[0]), fmt("(%zu beschikbaar)", a->content->n_qs),
		  NULL);
	list_push(&a->list, fmt("2  %s", start_menu[1]), fmt("(%d)", open), NULL);
	list_push(&a->list, fmt("3  %s", start_menu[2]), fmt("(%d)", done), NULL);
	list_push(&a->list, fmt("4  %s", start_menu[3]), NULL, NULL);
	a->screen = SCR_START;
}

static void enter_pick_questionnaire(struct app *a)
{
	list_clear(&a->list);
	for (size_t i = 0; i < a->content->n_qs; i++) {
		const struct questionnaire *q = a->content->qs[i];
		list_push(&a->list, strdup(q->title), fmt("%zu vragen", q->n_items), strdup(q->id));
	}
	a->screen = SCR_PICK_QUESTIONNAIRE;
}

static void enter_pick_session(struct app *a, bool finished)
{
	list_clear(&a->list);
	char **ids;
	size_t n;
	struct diag d;
	diag_init(&d);
	int bad = 0;
	if (store_list_sessions(a->store, &ids, &n, &d)) {
		for (size_t i = n; i-- > 0;) { /* newest first */
			char *p = store_session_path(a->store, ids[i]);
			struct diag d2;
			diag_init(&d2);
			struct session *s = p ? session_load(p, &d2) : NULL;
			const struct questionnaire *q =
			    s ? content_find(a->content, s->questionnaire) : NULL;
			if (!s || !q)
				bad++;
			if (s && q && !s->handin && s->finished == finished) {
				list_push(&a->list,
					  fmt("%s  %.10s %.5s%s%s", q->title, s->created,
					      s->created + 11, s->participant[0] ? "  " : "",
					      s->participant),
					  fmt("%zu van %zu beantwoord",
					      session_count_answered(s, q), q->n_items),
					  p);
				p = NULL;
			}
			session_destroy(s);
			diag_finish(&d2);
			free(p);
		}
		store_free_list(ids, n);
	}
	diag_finish(&d);
	if (bad)
		app_set_status(a, true,
			       "%d sessiebestand(en) konden niet worden gelezen; "
			       "zie spiegel list --sessions",
			       bad);
	a->pick_finished = finished;
	a->screen = SCR_PICK_SESSION;
}

static void draw_start(struct app *a)
{
	draw_frame(a, "spiegel", "reflectie op je leiderschap");
	int y = 2;
	struct doc d = {.width = COLS - 2};
	doc_text(&d,
		 "Welkom. spiegel helpt je om als schoolleider stil te staan bij je eigen "
		 "leiderschap. Je beantwoordt vragen over wat je in de praktijk doet; daarna "
		 "zie je per leiderschapspraktijk waar je staat en welke volgende stappen "
		 "passen. Je antwoorden blijven op deze computer en zijn alleen voor jou.",
		 A_NORMAL, 0);
	int scroll = 0;
	int h = d.n < LINES - 10 ? d.n : LINES - 10;
	doc_draw(&d, y, y + h, &scroll);
	doc_free(&d);
	y += h + 1;
	draw_list(&a->list, y, LINES - 3);
}

static void start_choose(struct app *a, int k)
{
	switch (k) {
	case 0:
		enter_pick_questionnaire(a);
		break;
	case 1:
		enter_pick_session(a, false);
		break;
	case 2:
		enter_pick_session(a, true);
		break;
	default:
		a->quit = true;
	}
}

/* ---- item screen ---- */

static void enter_item(struct app *a, size_t idx);

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

static void load_editor(struct app *a)
{
	const struct item *it = &a->q->items[a->cur];
	a->editing = false;
	if (a->ed_active) {
		textedit_finish(&a->ed);
		a->ed_active = false;
	}
	if (it->type != ITEM_OPEN)
		return;
	struct answer ans = session_get(a->s, it->id);
	/* a draft left by an interrupted session comes back for more typing */
	const char *text = ans.kind == ANSWER_TEXT ? ans.text : "";
	bool draft = a->s->draft_item && strcmp(a->s->draft_item, it->id) == 0;
	if (draft)
		text = a->s->draft_text;
	a->ed_active = textedit_init(&a->ed, text, CONTENT_MAX_OPEN_TEXT);
	a->editing = a->ed_active;
	if (draft && a->ed_active)
		app_set_status(a, false,
			       "Je tekst van de vorige keer staat weer klaar (nog niet "
			       "opgeslagen als antwoord). Enter slaat hem op.");
}

static void enter_item(struct app *a, size_t idx)
{
	screen_commit(a);
	if (idx >= a->q->n_items)
		idx = a->q->n_items - 1;
	a->cur = idx;
	const struct item *it = &a->q->items[idx];
	struct answer ans = session_get(a->s, it->id);
	a->opt = 0;
	if (ans.kind == ANSWER_VALUE)
		a->opt = ans.value - 1;
	else if (ans.kind == ANSWER_NA)
		a->opt = CONTENT_SCALE_POINTS;
	else if (ans.kind == ANSWER_CHOICE)
		a->opt = option_index(it, ans.text) > 0 ? option_index(it, ans.text) : 0;
	/* a scenario starts with "most likely", or with "least likely" when only
	 * that is still open */
	a->pick_least = false;
	if (ans.kind == ANSWER_SCENARIO) {
		int m = option_index(it, ans.text);
		a->opt = m > 0 ? m : 0;
		if (!ans.least) {
			a->pick_least = true;
			a->opt = m == 0 ? 1 : 0;
		}
	}
	session_set_position(a->s, it->id);
	a->screen = SCR_ITEM;
	load_editor(a);
}

static void enter_review(struct app *a);

/* Record an answer, save, and move on. */
static void answer(struct app *a, struct answer ans)
{
	const struct item *it = &a->q->items[a->cur];
	if (!session_set(a->s, it->id, ans)) {
		app_set_status(a, true, "Dit antwoord kon niet worden bewaard (te lang?).");
		return;
	}
	a->dirty = true;
	/* the sector answer: from here on the texts speak of that sector */
	if (a->q->sector_item == (int)a->cur)
		app_localize(a);
	size_t next = a->cur + 1;
	if (next < a->q->n_items)
		session_set_position(a->s, a->q->items[next].id);
	if (app_save(a) && !a->save_failed)
		app_set_status(a, false, "Opgeslagen.");
	if (next < a->q->n_items)
		enter_item(a, next);
	else
		enter_review(a);
}

/* A scenario choice for the current phase: "most likely" stays on the item
 * and asks for "least likely"; that one records and moves on. */
static void scenario_choose(struct app *a, int k)
{
	const struct item *it = &a->q->items[a->cur];
	struct answer old = session_get(a->s, it->id);
	const char *v = it->options[k].value;
	if (!a->pick_least) {
		const char *least = old.kind == ANSWER_SCENARIO ? old.least : NULL;
		if (least && strcmp(least, v) == 0)
			least = NULL;
		char *keep = least ? strdup(least) : NULL;
		bool ok = session_set(a->s, it->id, (struct answer){ANSWER_SCENARIO, 0, v, keep});
		free(keep);
		if (!ok) {
			app_set_status(a, true, "Dit antwoord kon niet worden bewaard.");
			return;
		}
		a->dirty = true;
		if (app_save(a) && !a->save_failed)
			app_set_status(
			    a, false,
			    "Opgeslagen. Kies nu wat je het minst waarschijnlijk zou doen.");
		a->pick_least = true;
		int l = option_index(it, session_get(a->s, it->id).least);
		a->opt = l >= 0 ? l : (k == 0 ? 1 : 0);
		return;
	}
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

void screen_commit(struct app *a)
{
	if (!a->s || !a->ed_active || a->screen != SCR_ITEM)
		return;
	const struct item *it = &a->q->items[a->cur];
	if (it->type != ITEM_OPEN)
		return;
	char *t = textedit_text(&a->ed);
	if (!t)
		return;
	struct answer old = session_get(a->s, it->id);
	const char *oldt = old.kind == ANSWER_TEXT ? old.text : "";
	if (a->s->draft_item && strcmp(a->s->draft_item, it->id) == 0) {
		session_set_draft(a->s, NULL, NULL); /* the text is now settled */
		a->dirty = true;
		if (strcmp(oldt, t) == 0)
			app_save(a);
	}
	if (strcmp(oldt, t) != 0) {
		struct answer ans = {t[0] ? ANSWER_TEXT : ANSWER_NONE, 0, t, NULL};
		if (session_set(a->s, it->id, ans)) {
			a->dirty = true;
			app_save(a);
		}
	}
	free(t);
}

/* An option as wrapped rows: the first with prefix, the rest indented. */
static int doc_option(struct doc *d, const char *prefix, const char *label, attr_t attr)
{
	wchar_t *wp = text_widen(prefix), *wl = text_widen(label);
	int pw = wp ? text_width(wp, wcslen(wp)) : 0;
	int first = d->n;
	if (wl && wp) {
		size_t *st, *ln;
		int n = text_wrap(wl, d->width - pw - 1, &st, &ln);
		for (int i = 0; i < n; i++) {
			char *line = text_narrow(wl + st[i], ln[i]);
			char *row = line ? fmt("%s%s", i == 0 ? prefix : "", line) : NULL;
			free(line);
			doc_add(d, row, attr, i == 0 ? 1 : 1 + pw, -1, 0);
		}
		free(st);
		free(ln);
	}
	free(wp);
	free(wl);
	return d->n - first;
}

/* Scenario items and their follow-ups: a situation, a question and options
 * that wrap, scrolled so that the highlighted option is in view. */
static void draw_situation(struct app *a, int y)
{
	const struct item *it = &a->q->items[a->cur];
	const struct item *sc = it->type == ITEM_SCENARIO ? it : &a->q->items[it->follows];
	struct answer ans = session_get(a->s, it->id);
	struct doc d = {.width = COLS - 2};
	char buf[300];
	snprintf(buf, sizeof(buf), "Situatie: %s", sc->title);
	doc_text(&d, buf, A_BOLD | A_UNDERLINE, 0);
	doc_text(&d, sc->text, it == sc ? A_NORMAL : A_DIM, 0);
	doc_blank(&d);
	if (it->type == ITEM_SCENARIO)
		doc_text(&d,
			 a->pick_least ? "En wat zou je het MINST waarschijnlijk doen?"
				       : "Wat zou je het MEEST waarschijnlijk doen?",
			 A_BOLD, 0);
	else
		doc_text(&d, it->text, A_BOLD, 0);
	int sel_top = 0, sel_n = 0;
	for (int k = 0; k < (int)it->n_options; k++) {
		const char *tag = "       ";
		if (ans.kind == ANSWER_SCENARIO && strcmp(ans.text, it->options[k].value) == 0)
			tag = "meest ▲";
		else if (ans.kind == ANSWER_SCENARIO && ans.least &&
			 strcmp(ans.least, it->options[k].value) == 0)
			tag = "minst ▼";
		else if (ans.kind == ANSWER_CHOICE && strcmp(ans.text, it->options[k].value) == 0)
			tag = "●";
		else if (it->type == ITEM_CHOICE)
			tag = "○";
		char prefix[64];
		snprintf(prefix, sizeof(prefix), "%s%d %s ", k == a->opt ? "▸" : " ", k + 1, tag);
		bool sel = k == a->opt;
		int top = d.n;
		int n = doc_option(&d, prefix, it->options[k].label, sel ? A_REVERSE : A_NORMAL);
		if (sel) {
			sel_top = top;
			sel_n = n;
		}
	}
	int bottom = LINES - 3;
	if (bottom <= y)
		return;
	int h = bottom - y;
	/* show from the top when that keeps the selection in view */
	int scroll = 0;
	if (sel_top + sel_n > h)
		scroll = sel_top + sel_n - h;
	doc_draw(&d, y, bottom, &scroll);
	doc_free(&d);
}

void screen_enter_item(struct app *a)
{
	if (a->cur >= a->q->n_items) /* everything answered: the overview */
		enter_review(a);
	else
		enter_item(a, a->cur);
}

void screen_park(struct app *a)
{
	if (!a->s || !a->ed_active || !a->editing || a->screen != SCR_ITEM) {
		screen_commit(a);
		return;
	}
	const struct item *it = &a->q->items[a->cur];
	char *t = textedit_text(&a->ed);
	if (!t)
		return;
	struct answer old = session_get(a->s, it->id);
	const char *oldt = old.kind == ANSWER_TEXT ? old.text : "";
	bool changed = strcmp(oldt, t) != 0;
	if (changed && session_set_draft(a->s, it->id, t))
		a->dirty = true;
	else if (!changed && a->s->draft_item && session_set_draft(a->s, NULL, NULL))
		a->dirty = true;
	session_set_position(a->s, it->id);
	free(t);
}

/* Under the text box of an open item: whether the answer is shared and what
 * that means, in rows bottom-h..bottom-1. Returns the rows taken (with a
 * blank row above), leaving the box at least three rows where it can. */
static int draw_share_state(struct app *a, const struct item *it, int top, int bottom)
{
	bool shared = session_is_shared(a->s, it->id);
	struct doc d = {.width = COLS - 2};
	attr_t at = A_BOLD | (shared && has_colors() ? COLOR_PAIR(3) : 0);
	doc_text(&d,
		 shared ? "Dit antwoord is gedeeld met de groep. Ctrl-D: weer privé maken."
			: "Dit antwoord is privé. Ctrl-D: delen met de groep.",
		 at, 0);
	int state = d.n;
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
	for (int i = h; i < d.n; i++)
		free(d.rows[i].text);
	d.n = h;
	int scroll = 0;
	if (h)
		doc_draw(&d, bottom - h, bottom, &scroll);
	doc_free(&d);
	return h ? h + 1 : 0;
}

static void draw_item(struct app *a)
{
	const struct questionnaire *q = a->q;
	const struct item *it = &q->items[a->cur];
	const struct section *sec = &q->sections[it->section];
	char right[64];
	snprintf(right, sizeof(right), "vraag %zu van %zu", a->cur + 1, q->n_items);
	char title[256];
	snprintf(title, sizeof(title), "spiegel · %s", q->title);
	draw_frame(a, title, right);

	/* progress bar: how far along, and how many answered */
	size_t answered = session_count_answered(a->s, q);
	char pct[48];
	snprintf(pct, sizeof(pct), " %zu beantwoord", answered);
	int bw = COLS - 2 - (int)strlen(pct);
	if (bw > 60)
		bw = 60;
	draw_bar(1, 1, bw, (double)(a->cur + 1) * 100.0 / (double)q->n_items, 4);
	tui_put(1, 1 + bw, COLS - bw - 2, pct, A_DIM);

	if (it->type == ITEM_SCENARIO || it->followup != FOLLOWUP_NONE) {
		tui_put(2, 1, COLS - 2, sec->title, A_DIM);
		draw_situation(a, 3);
		return;
	}
	struct doc d = {.width = COLS - 2};
	doc_text(&d, sec->title, A_BOLD | A_UNDERLINE, 0);
	doc_blank(&d);
	doc_text(&d, it->text, A_BOLD, 0);
	doc_blank(&d);
	int scroll = 0;
	int y = 3;
	int avail = LINES - 3 - y;
	int h = d.n < avail ? d.n : avail;
	doc_draw(&d, y, y + h, &scroll);
	doc_free(&d);
	y += h;

	struct answer ans = session_get(a->s, it->id);
	if (it->type == ITEM_OPEN) {
		/* a text box, and under it whether the answer is shared */
		int top = y, bottom = LINES - 3;
		if (bottom - top < 1)
			return;
		bottom -= draw_share_state(a, it, top, bottom);
		int w = COLS - 4;
		size_t *st = NULL, *ln = NULL;
		int n = a->ed_active ? text_wrap(a->ed.buf, w, &st, &ln) : 0;
		int cl = 0;
		size_t cc = 0;
		for (int i = 0; i < n; i++) {
			if (a->ed.cur >= st[i] &&
			    (a->ed.cur < st[i] + ln[i] || i == n - 1 ||
			     (a->ed.cur == st[i] + ln[i] && st[i + 1] > a->ed.cur))) {
				cl = i;
				cc = a->ed.cur - st[i];
				break;
			}
		}
		int hgt = bottom - top;
		int first = cl >= hgt ? cl - hgt + 1 : 0;
		if (has_colors())
			attron(COLOR_PAIR(4));
		for (int i = 0; i < hgt; i++)
			mvaddstr(top + i, 1, "│");
		if (has_colors())
			attroff(COLOR_PAIR(4));
		for (int i = 0; i < hgt && first + i < n; i++) {
			size_t ll = ln[first + i];
			int cols = 0;
			size_t k = 0;
			while (k < ll) {
				int cw = text_width(a->ed.buf + st[first + i] + k, 1);
				if (cols + cw > w)
					break;
				cols += cw;
				k++;
			}
			/* drawn safe (a tab from a file as a space); kept as typed */
			wchar_t *line = text_sanitized(a->ed.buf + st[first + i], k);
			if (line)
				mvaddnwstr(top + i, 3, line, (int)k);
			free(line);
		}
		if (a->ed_active && a->ed.len == 0 && !a->editing)
			tui_put(top, 3, w, "(nog leeg; druk op Enter om te typen)", A_DIM);
		if (a->editing && n > 0) {
			int x = text_width(a->ed.buf + st[cl], cc);
			if (x >= w)
				x = w - 1;
			move(top + cl - first, 3 + x);
			curs_set(1);
		}
		free(st);
		free(ln);
		return;
	}
	int nopt = n_options(it);
	y++;
	/* when the options do not all fit, scroll them with the selection */
	int room = LINES - 3 - y > 1 ? LINES - 3 - y : 1;
	int first = a->opt >= room ? a->opt - room + 1 : 0;
	if (first + room < nopt)
		tui_put(LINES - 3, COLS - 12, 10, "▼ meer", A_DIM);
	for (int k = first; k < nopt && y < LINES - 3; k++, y++) {
		char label[300];
		const char *text;
		char key;
		bool chosen;
		if (it->type == ITEM_LIKERT && k == CONTENT_SCALE_POINTS) {
			text = "niet van toepassing";
			key = '0';
			chosen = ans.kind == ANSWER_NA;
		} else if (it->type == ITEM_LIKERT) {
			text = it->scale[k];
			key = (char)('1' + k);
			chosen = ans.kind == ANSWER_VALUE && ans.value == k + 1;
		} else {
			text = it->options[k].label;
			key = (char)('1' + k);
			chosen = ans.kind == ANSWER_CHOICE &&
				 strcmp(ans.text, it->options[k].value) == 0;
		}
		snprintf(label, sizeof(label), "%s%c  %s %s", k == a->opt ? "▸" : " ", key,
			 chosen ? "●" : "○", text);
		bool sel = k == a->opt;
		attr_t at = sel ? A_REVERSE : A_NORMAL;
		if (sel) {
			attron(at);
			mvhline(y, 2, ' ', COLS - 4 < 40 ? COLS - 4 : 40);
			attroff(at);
		}
		tui_put(y, 2, COLS - 4, label, at | (chosen ? A_BOLD : 0));
	}
	if (it->help && y + 1 < LINES - 3)
		tui_put(y + 1, 2, COLS - 4,
			"Druk op ? om te lezen waarom deze vraag gesteld wordt.", A_DIM);
}

static void go_prev(struct app *a)
{
	if (a->cur > 0)
		enter_item(a, a->cur - 1);
	else
		app_set_status(a, false, "Dit is de eerste vraag.");
}

static void go_next(struct app *a)
{
	if (a->cur + 1 < a->q->n_items)
		enter_item(a, a->cur + 1);
	else
		enter_review(a);
}

static void open_help(struct app *a)
{
	screen_commit(a);
	a->help_return = a->screen;
	a->scroll = 0;
	a->screen = SCR_HELP;
}

/* Ctrl-D: share the open answer to item idx with the group, or make it
 * private again; saved at once like an answer. Text being typed is
 * committed first, so that what is shared is what is on the screen. */
static void toggle_share(struct app *a, size_t idx)
{
	const struct item *it = &a->q->items[idx];
	if (it->type != ITEM_OPEN) {
		app_set_status(a, false, "Alleen een antwoord op een open vraag kun je delen.");
		return;
	}
	if (a->screen == SCR_ITEM && idx == a->cur)
		screen_commit(a);
	if (session_get(a->s, it->id).kind != ANSWER_TEXT) {
		app_set_status(a, false, "Er is nog niets om te delen: typ eerst je antwoord.");
		return;
	}
	bool shared = !session_is_shared(a->s, it->id);
	if (!session_set_shared(a->s, it->id, shared)) {
		app_set_status(a, true, "Je keuze om te delen kon niet worden bewaard.");
		return;
	}
	a->dirty = true;
	if (app_save(a))
		app_set_status(a, false,
			       shared
				   ? "Opgeslagen: dit antwoord is gedeeld met de groep, zonder je "
				     "naam."
				   : "Opgeslagen: dit antwoord is weer privé.");
}

static void item_key_edit(struct app *a, int ch, bool is_key)
{
	if (!is_key && ch == KEY_ESC) {
		screen_commit(a);
		a->editing = false;
	} else if (tui_is_enter(ch, is_key)) {
		screen_commit(a);
		a->editing = false;
		go_next(a);
	} else if (is_key && ch == KEY_PPAGE) {
		go_prev(a);
	} else if (is_key && ch == KEY_NPAGE) {
		go_next(a);
	} else if (!is_key && ch == KEY_CTRL_D) {
		toggle_share(a, a->cur);
	} else if (tui_is_backspace(ch, is_key)) {
		textedit_backspace(&a->ed);
	} else if (is_key && ch == KEY_DC) {
		textedit_delete(&a->ed);
	} else if (is_key && ch == KEY_LEFT) {
		textedit_left(&a->ed);
	} else if (is_key && ch == KEY_RIGHT) {
		textedit_right(&a->ed);
	} else if (is_key && ch == KEY_HOME) {
		textedit_home(&a->ed);
	} else if (is_key && ch == KEY_END) {
		textedit_end(&a->ed);
	} else if (!is_key && ch >= 32 && ch != 127) {
		if (!textedit_insert(&a->ed, (wchar_t)ch))
			app_set_status(a, true, "Je antwoord is zo lang als het mag worden.");
	}
}

static void item_key(struct app *a, int ch, bool is_key)
{
	const struct item *it = &a->q->items[a->cur];
	if (it->type == ITEM_OPEN && a->editing) {
		item_key_edit(a, ch, is_key);
		return;
	}
	if (!is_key && ch == KEY_CTRL_D) {
		toggle_share(a, a->cur);
		return;
	}
	int nopt = n_options(it);
	if (it->type == ITEM_SCENARIO && ((!is_key && ch == '\t') || ch == 'm')) {
		struct answer cur = session_get(a->s, it->id);
		if (cur.kind != ANSWER_SCENARIO)
			return; /* "least likely" comes after "most likely" */
		a->pick_least = !a->pick_least;
		int k = option_index(it, a->pick_least ? cur.least : cur.text);
		if (k >= 0)
			a->opt = k;
		return;
	}
	if (!is_key && ch >= '1' && ch <= '9' &&
	    ch - '1' < (it->type == ITEM_LIKERT ? CONTENT_SCALE_POINTS : nopt)) {
		int k = ch - '1';
		if (it->type == ITEM_SCENARIO)
			scenario_choose(a, k);
		else if (it->type == ITEM_LIKERT)
			answer(a, (struct answer){ANSWER_VALUE, k + 1, NULL, NULL});
		else
			answer(a, (struct answer){ANSWER_CHOICE, 0, it->options[k].value, NULL});
	} else if (!is_key && (ch == '0' || ch == 'n') && it->type == ITEM_LIKERT && it->na) {
		answer(a, (struct answer){ANSWER_NA, 0, NULL, NULL});
	} else if (((is_key && ch == KEY_UP) || ch == 'k') && nopt) {
		a->opt = a->opt > 0 ? a->opt - 1 : 0;
	} else if (((is_key && ch == KEY_DOWN) || ch == 'j') && nopt) {
		a->opt = a->opt + 1 < nopt ? a->opt + 1 : nopt - 1;
	} else if (tui_is_enter(ch, is_key)) {
		if (it->type == ITEM_OPEN)
			a->editing = true;
		else if (it->type == ITEM_SCENARIO)
			scenario_choose(a, a->opt);
		else if (it->type == ITEM_LIKERT && a->opt == CONTENT_SCALE_POINTS)
			answer(a, (struct answer){ANSWER_NA, 0, NULL, NULL});
		else if (it->type == ITEM_LIKERT)
			answer(a, (struct answer){ANSWER_VALUE, a->opt + 1, NULL, NULL});
		else
			answer(a,
			       (struct answer){ANSWER_CHOICE, 0, it->options[a->opt].value, NULL});
	} else if ((is_key && (ch == KEY_LEFT || ch == KEY_PPAGE)) || ch == 'b' ||
		   tui_is_backspace(ch, is_key)) {
		go_prev(a);
	} else if ((is_key && (ch == KEY_RIGHT || ch == KEY_NPAGE)) || ch == ' ') {
		go_next(a);
	} else if (ch == 'o') {
		enter_review(a);
	} else if (ch == 'i' && it->type == ITEM_OPEN) {
		a->editing = true;
	}
}

/* ---- review ---- */

/* The overview's rows; an open answer says whether it is shared. */
static void review_fill(struct app *a)
{
	list_clear(&a->list);
	for (size_t i = 0; i < a->q->n_items; i++) {
		const struct item *it = &a->q->items[i];
		struct answer ans = session_get(a->s, it->id);
		char buf[600];
		const char *lab = report_answer_label(it, ans, buf, sizeof(buf));
		const char *text = it->type == ITEM_SCENARIO ? it->title : it->text;
		bool open = it->type == ITEM_OPEN && ans.kind == ANSWER_TEXT;
		bool shared = open && session_is_shared(a->s, it->id);
		list_push(&a->list,
			  fmt("%3zu %s %s%s%s", i + 1, session_is_answered(ans) ? "✓" : "·",
			      shared ? "[gedeeld] " : "",
			      it->type == ITEM_SCENARIO ? "Situatie: " : "", text),
			  NULL, strdup(lab));
	}
}

static size_t count_open(const struct app *a, size_t *shared)
{
	size_t n = 0;
	*shared = 0;
	for (size_t i = 0; i < a->q->n_items; i++) {
		const struct item *it = &a->q->items[i];
		if (it->type != ITEM_OPEN)
			continue;
		n++;
		*shared += session_is_shared(a->s, it->id);
	}
	return n;
}

static void enter_review(struct app *a)
{
	screen_commit(a);
	a->editing = false;
	review_fill(a);
	a->list.sel = (int)(a->cur < a->q->n_items ? a->cur : 0);
	a->screen = SCR_REVIEW;
}

static void draw_review(struct app *a)
{
	char title[256];
	snprintf(title, sizeof(title), "Overzicht · %s", a->q->title);
	draw_frame(a, title, NULL);
	size_t answered = session_count_answered(a->s, a->q);
	char line[256];
	snprintf(line, sizeof(line),
		 "Je beantwoordde %zu van %zu vragen. Kies een vraag om je antwoord te "
		 "wijzigen, of druk op a om af te ronden en je resultaten te zien.",
		 answered, a->q->n_items);
	struct doc d = {.width = COLS - 2};
	doc_text(&d, line, A_NORMAL, 0);
	size_t shared, n_open = count_open(a, &shared);
	if (n_open) {
		snprintf(line, sizeof(line),
			 "Open antwoorden gedeeld met de groep: %zu van de %zu. De rest is privé; "
			 "Ctrl-D deelt het gekozen antwoord of maakt het weer privé.",
			 shared, n_open);
		doc_text(&d, line, A_DIM, 0);
	}
	int scroll = 0;
	int most = LINES >= 20 ? 5 : 3;
	int h = d.n < most ? d.n : most;
	doc_draw(&d, 2, 2 + h, &scroll);
	doc_free(&d);
	int top = 3 + h, bottom = LINES - 4;
	draw_list(&a->list, top, bottom);
	if (a->list.n && bottom < LINES - 2) {
		const struct item *it = &a->q->items[a->list.sel];
		bool open = it->type == ITEM_OPEN && session_get(a->s, it->id).kind == ANSWER_TEXT;
		char ans[160];
		snprintf(ans, sizeof(ans), "Antwoord%s: %s",
			 !open				   ? ""
			 : session_is_shared(a->s, it->id) ? " (gedeeld met de groep)"
							   : " (privé)",
			 a->list.v[a->list.sel].key);
		tui_put(bottom, 2, COLS - 4, ans, A_BOLD);
	}
}

static void review_key(struct app *a, int ch, bool is_key)
{
	if (list_key(&a->list, ch, is_key, LINES - 8))
		return;
	if (tui_is_enter(ch, is_key) && a->list.n) {
		enter_item(a, (size_t)a->list.sel);
	} else if (!is_key && ch == KEY_CTRL_D && a->list.n) {
		int sel = a->list.sel, top = a->list.top;
		toggle_share(a, (size_t)sel);
		review_fill(a);
		a->list.sel = sel;
		a->list.top = top;
	} else if (ch == 'a') {
		a->s->finished = true;
		a->dirty = true;
		app_save(a);
		screen_enter_results(a);
	} else if ((!is_key && ch == KEY_ESC) || (is_key && ch == KEY_LEFT)) {
		enter_item(a, a->cur);
	}
}

/* ---- results ---- */

void screen_enter_results(struct app *a)
{
	screen_commit(a);
	if (a->have_result)
		score_finish(&a->result);
	a->have_result = score_compute(a->content->catalogue, a->q, a->s, &a->result);
	if (!a->have_result)
		app_set_status(a, true, "Onvoldoende geheugen om de scores te berekenen.");
	app_load_previous(a);
	a->scroll = 0;
	a->screen = SCR_RESULTS;
}

/* The weerstand profile: five centred bars, the summary and what stands out. */
static void build_profile(struct app *a, struct doc *d)
{
	const struct profile_result *p = &a->result.profile;
	const struct profile *pf = a->q->profile;
	if (!p->present)
		return;
	char buf[512];
	doc_text(d, "Weerstandsprofiel", A_BOLD | A_UNDERLINE, 0);
	snprintf(buf, sizeof(buf),
		 "Hoe vaak koos je elke aanpak als meest (naar rechts) of minst (naar links) "
		 "waarschijnlijke reactie, over %zu %s. Geen cijfer: een beeld van je voorkeuren.",
		 p->scenarios, p->scenarios == 1 ? "situatie" : "situaties");
	doc_text(d, buf, A_DIM, 0);
	for (size_t k = 0; k < N_APPROACHES; k++) {
		bool pref = false;
		for (size_t i = 0; i < p->n_preferred; i++)
			pref |= p->preferred[i] == k;
		snprintf(buf, sizeof(buf), "%s%s", pf->approaches[k].name,
			 pref ? "  ◀ voorkeur" : "");
		doc_text(d, buf, A_BOLD, 0);
		/* the same rounding as the reports: 0.25 is +0.3 everywhere */
		char num[16];
		report_number(num, sizeof(num), p->approach_shown[k]);
		if (strcmp(num, "-0.0") == 0)
			strcpy(num, "0.0");
		snprintf(buf, sizeof(buf), "%s%s  (%zu× meest, %zu× minst)",
			 num[0] != '-' && strcmp(num, "0.0") != 0 ? "+" : "", num, p->most[k],
			 p->least[k]);
		doc_add(d, strdup(buf), A_NORMAL, 2, (int)lround(p->approach_shown[k] * 100.0), 4);
		d->rows[d->n - 1].centred = true;
	}
	doc_blank(d);
	char *sum = report_profile_summary(a->q, p);
	if (sum) {
		char *para = sum;
		while (para) {
			char *next = strstr(para, "\n\n");
			if (next)
				*next = '\0';
			doc_text(d, para, A_NORMAL, 0);
			doc_blank(d);
			para = next ? next + 2 : NULL;
		}
	}
	free(sum);
	if (p->n_rules) {
		doc_text(d, "Wat opvalt", A_BOLD | A_UNDERLINE, 0);
		for (size_t i = 0; i < p->n_rules; i++) {
			snprintf(buf, sizeof(buf), "• %s", p->rules[i]->text);
			doc_text(d, buf, A_NORMAL, 0);
		}
		doc_blank(d);
	}
}

/* Under a practice's score: the previous session's score as a thin bar, and
 * the change. With another version the change is measured on the items both
 * versions have, and that score is named too when it is not the one above. */
static void add_previous_row(struct doc *d, const struct previous *pv, size_t p,
			     const struct practice_score *now)
{
	const struct practice_score *was = &pv->score.practices[p];
	if (!was->has_score) {
		doc_text(d, "vorige keer geen score", A_DIM, 2);
		return;
	}
	const struct practice_score *cmp = pv->other_version ? &pv->common.practices[p] : now;
	char delta[32] = "", nu[32] = "";
	if (cmp->has_score) {
		/* from the scores as shown (tenths), so that the figures add up */
		long diff = cmp->tenths - was->tenths;
		char dn[16];
		report_number(dn, sizeof(dn), (double)diff / 10.0);
		if (diff == 0)
			snprintf(delta, sizeof(delta), "  gelijk");
		else
			snprintf(delta, sizeof(delta), "  %s%s", diff > 0 ? "+" : "", dn);
		if (pv->other_version && cmp->tenths != now->tenths) {
			char num[16];
			report_number(num, sizeof(num), cmp->score);
			snprintf(nu, sizeof(nu), " (nu %s)", num);
		}
	}
	char wasnum[16];
	report_number(wasnum, sizeof(wasnum), was->score);
	char *text = fmt("%5s  vorige%s%s", wasnum, delta, nu);
	int n = d->n;
	if (text)
		doc_add(d, text, A_NORMAL, 2, (int)(was->score + 0.5), 0);
	if (d->n > n)
		d->rows[n].thin = true;
}

/* The practices without a score, per reason (doc/scoring.md, rule 4). */
static void build_coverage(struct app *a, struct doc *d)
{
	const struct catalogue *c = a->content->catalogue;
	const struct score_result *r = &a->result;
	static const enum score_coverage order[] = {COVERAGE_SHORT, COVERAGE_LOW};
	char buf[1024];
	bool told = false;
	for (size_t k = 0; k < 2; k++) {
		bool head = false;
		for (size_t p = 0; p < c->n_practices; p++) {
			if (r->practices[p].coverage != order[k])
				continue;
			if (!head) {
				doc_blank(d);
				doc_text(d, report_coverage_heading(order[k]), A_BOLD, 0);
			}
			head = told = true;
			doc_text(d, c->practices[p].name, A_NORMAL, 2);
			char *why = report_coverage_detail(a->content, c, a->q, r, p);
			if (why && *why)
				doc_text(d, why, A_DIM, 4);
			free(why);
		}
	}
	size_t off = 0;
	for (size_t p = 0; p < c->n_practices && off < sizeof(buf); p++)
		if (r->practices[p].coverage == COVERAGE_NONE)
			off += (size_t)snprintf(buf + off, sizeof(buf) - off, "%s%s",
						off ? ", " : "Niet gemeten met deze vragenlijst: ",
						c->practices[p].name);
	if (off && off + 1 < sizeof(buf)) {
		strcat(buf, ".");
		doc_blank(d);
		doc_text(d, buf, A_DIM, 0);
	}
	if (told) {
		char *t = report_thresholds_text(c);
		doc_text(d, t, A_DIM, 0);
		free(t);
	}
}

/* The persoonlijke kwaliteiten: a smaller profile, a line each, no level. */
static void build_qualities(struct app *a, struct doc *d)
{
	const struct catalogue *c = a->content->catalogue;
	const struct score_result *r = &a->result;
	if (!c->n_qualities)
		return;
	doc_text(d, "Persoonlijke kwaliteiten", A_BOLD | A_UNDERLINE, 0);
	doc_text(d, "Uit de vragen die bij elke kwaliteit horen; een beeld, zonder niveau.", A_DIM,
		 0);
	for (size_t k = 0; k < c->n_qualities; k++) {
		const struct practice_score *qs = &r->qualities[k];
		char num[16];
		report_number(num, sizeof(num), qs->score);
		char *text =
		    qs->has_score ? fmt("%5s  %s (%zu %s)", num, c->qualities[k].name, qs->answered,
					qs->answered == 1 ? "vraag" : "vragen")
		    : qs->coverage == COVERAGE_SHORT
			? fmt("    –  %s (nog te weinig beantwoord: %zu van %zu)",
			      c->qualities[k].name, qs->answered, qs->full_items)
		    : qs->coverage == COVERAGE_NONE
			? fmt("    –  %s (niet gemeten met deze vragenlijst)", c->qualities[k].name)
			: fmt("    –  %s (te weinig gemeten: %zu %s)", c->qualities[k].name,
			      qs->full_items, qs->full_items == 1 ? "vraag" : "vragen");
		doc_text(d, text, qs->has_score ? A_BOLD : A_NORMAL, 2);
		free(text);
		if (c->qualities[k].description)
			doc_text(d, c->qualities[k].description, A_DIM, 9);
	}
	doc_blank(d);
}

/* The focus: which practices and why, or why spiegel does not choose. */
static void build_focus(struct app *a, struct doc *d)
{
	const struct catalogue *c = a->content->catalogue;
	const struct score_result *r = &a->result;
	char buf[1024];
	doc_text(d, "Focus", A_BOLD | A_UNDERLINE, 0);
	char *t = report_focus_text(c, r);
	doc_text(d, t, A_NORMAL, 0);
	free(t);
	if (r->focus_how == FOCUS_UNCLEAR)
		doc_text(d, "Kies zelf een focus: druk op f.", A_BOLD, 0);
	else if (r->n_candidates)
		doc_text(d,
			 r->focus_how == FOCUS_CHOSEN
			     ? "Een andere focus, of spiegel laten kiezen: druk op f."
			     : "Liever zelf een focus kiezen: druk op f.",
			 A_DIM, 0);
	for (size_t f = 0; f < r->n_focus; f++) {
		const struct questionnaire *dq = content_deeper(a->content, a->q, r->focus[f]);
		if (!dq)
			continue;
		snprintf(buf, sizeof(buf), "Verdiepen in %s: vul de vragenlijst \"%s\" in.",
			 c->practices[r->focus[f]].name, dq->title);
		doc_text(d, buf, A_DIM, 0);
	}
	doc_blank(d);
}

static void build_results(struct app *a, struct doc *d)
{
	const struct catalogue *c = a->content->catalogue;
	const struct score_result *r = &a->result;
	char buf[1024];
	/* with a profile, the profile is the outcome and comes first; the
	 * explanation of the practice scores moves down to them */
	bool profile = r->profile.present;
	snprintf(buf, sizeof(buf),
		 profile ? "Je beantwoordde %zu van de %zu vragen. Eerst je weerstandsprofiel: "
			   "een beeld van hoe je reageert, geen cijfer. Daaronder de "
			   "leiderschapspraktijken."
			 : "Je beantwoordde %zu van de %zu vragen. Per leiderschapspraktijk zie "
			   "je een score van 0 tot 100: hoe vaker je het gedrag uit de vragen laat "
			   "zien, hoe hoger. Het is een spiegel, geen oordeel.",
		 session_count_answered(a->s, a->q), a->q->n_items);
	doc_text(d, buf, A_NORMAL, 0);
	struct strbuf_lite {
		char s[512];
	} lv = {""};
	size_t off = 0;
	for (size_t i = 0; i < c->n_levels; i++) {
		char lo[16];
		snprintf(lo, sizeof(lo), "%g", c->levels[i].min);
		off += (size_t)snprintf(lv.s + off, sizeof(lv.s) - off, "%s%s (vanaf %s)",
					i ? ", " : "Niveaus: ", c->levels[i].name, lo);
		if (off >= sizeof(lv.s))
			break;
	}
	if (!profile)
		doc_text(d, lv.s, A_DIM, 0);
	const struct previous *pv = &a->prev;
	if (pv->present) {
		snprintf(buf, sizeof(buf),
			 "Vergeleken met je vorige sessie van %s%s: onder elke score staat je "
			 "score van toen als dunne balk, met het verschil.",
			 pv->date, pv->finished ? "" : " (niet afgerond)");
		doc_text(d, buf, A_NORMAL, 0);
		if (pv->other_version) {
			snprintf(buf, sizeof(buf),
				 "Die sessie gebruikte versie %s van de vragenlijst, nu is het %s. "
				 "Het verschil telt daarom alleen de vragen die in beide versies "
				 "voorkomen (\"nu\": je score op die vragen).",
				 pv->version, pv->now);
			doc_text(d, buf, A_DIM, 0);
		}
	}
	doc_blank(d);
	/* a profile is the outcome of its questionnaire: it comes first */
	build_profile(a, d);
	doc_text(d, "Leiderschapspraktijken", A_BOLD | A_UNDERLINE, 0);
	if (profile) {
		doc_text(d,
			 "Per praktijk een score van 0 tot 100, alleen waar de vragenlijst er "
			 "genoeg over vraagt. Een spiegel, geen oordeel.",
			 A_NORMAL, 0);
		doc_text(d, lv.s, A_DIM, 0);
	}
	bool any = false;
	for (size_t p = 0; p < c->n_practices; p++) {
		const struct practice_score *ps = &r->practices[p];
		if (!ps->has_score)
			continue;
		any = true;
		snprintf(buf, sizeof(buf), "%s%s", c->practices[p].name,
			 score_is_focus(r, p) ? "  ◀ focus" : "");
		doc_text(d, buf, A_BOLD, 0);
		char num[16];
		report_number(num, sizeof(num), ps->score);
		snprintf(buf, sizeof(buf), "%5s  %s  (%zu %s)", num, c->levels[ps->level].name,
			 ps->answered, ps->answered == 1 ? "vraag" : "vragen");
		short colour = (short)(ps->level <= 0			   ? 1
				       : ps->level + 1 >= (int)c->n_levels ? 3
									   : 2);
		doc_add(d, strdup(buf), A_NORMAL, 2, (int)(ps->score + 0.5), colour);
		if (pv->present)
			add_previous_row(d, pv, p, ps);
	}
	if (!any)
		doc_text(d, "Nog geen praktijk is genoeg gemeten voor een score.", A_NORMAL, 0);
	build_coverage(a, d);
	doc_blank(d);
	build_qualities(a, d);
	build_focus(a, d);
	if (r->n_steps) {
		doc_text(d, "Volgende stappen", A_BOLD | A_UNDERLINE, 0);
		for (size_t i = 0; i < r->n_steps; i++) {
			const struct next_step *st = r->steps[i].step;
			snprintf(buf, sizeof(buf), "%zu. %s", i + 1, st->title);
			doc_text(d, buf, A_BOLD, 0);
			doc_text(d, st->text, A_NORMAL, 3);
			char src[512];
			content_source_format(&st->source, src, sizeof(src));
			snprintf(buf, sizeof(buf), "Bron: %s", src);
			doc_text(d, buf, A_DIM, 3);
		}
		doc_blank(d);
	}
	snprintf(buf, sizeof(buf), "Het volledige rapport: spiegel report %s --format markdown",
		 a->s->id);
	doc_text(d, buf, A_DIM, 0);
}

static void draw_results(struct app *a)
{
	char title[256];
	snprintf(title, sizeof(title), "Resultaten · %s", a->q->title);
	draw_frame(a, title, a->s->id);
	if (!a->have_result)
		return;
	struct doc d = {.width = COLS - 2};
	build_results(a, &d);
	doc_draw(&d, 2, LINES - 2, &a->scroll);
	doc_free(&d);
}

static bool scroll_key(struct app *a, int ch, bool is_key)
{
	int page = LINES - 5;
	if ((is_key && ch == KEY_UP) || ch == 'k')
		a->scroll--;
	else if ((is_key && ch == KEY_DOWN) || ch == 'j')
		a->scroll++;
	else if ((is_key && ch == KEY_PPAGE) || ch == 'b')
		a->scroll -= page;
	else if ((is_key && ch == KEY_NPAGE) || ch == ' ')
		a->scroll += page;
	else if (is_key && ch == KEY_HOME)
		a->scroll = 0;
	else if (is_key && ch == KEY_END)
		a->scroll = 1 << 20;
	else
		return false;
	if (a->scroll < 0)
		a->scroll = 0;
	return true;
}

static void enter_focus(struct app *a);

static void results_key(struct app *a, int ch, bool is_key)
{
	if (scroll_key(a, ch, is_key))
		return;
	if (ch == 'o') {
		enter_review(a);
	} else if (ch == 'f' && a->have_result) {
		enter_focus(a);
	} else if (!is_key && ch == KEY_ESC) {
		/* closing the session after a failed save would lose it */
		if (!app_save(a))
			return;
		app_close_session(a);
		enter_start(a);
	}
}

/* ---- choosing the focus ---- */

static bool focus_picked(const struct app *a, size_t p)
{
	for (size_t i = 0; i < a->n_focus_pick; i++)
		if (a->focus_pick[i] == p)
			return true;
	return false;
}

/* One row per candidate: a mark, the name, the score and level. */
static void focus_fill(struct app *a)
{
	const struct catalogue *c = a->content->catalogue;
	const struct score_result *r = &a->result;
	int sel = a->list.sel, top = a->list.top;
	list_clear(&a->list);
	for (size_t i = 0; i < r->n_candidates; i++) {
		size_t p = r->candidates[i];
		char num[16];
		report_number(num, sizeof(num), r->practices[p].score);
		list_push(&a->list,
			  fmt("[%s] %s", focus_picked(a, p) ? "x" : " ", c->practices[p].name),
			  fmt("%s  %s", num, c->levels[r->practices[p].level].name),
			  strdup(c->practices[p].id));
	}
	a->list.sel = sel < a->list.n ? sel : 0;
	a->list.top = top;
}

static void enter_focus(struct app *a)
{
	const struct score_result *r = &a->result;
	if (r->n_candidates == 0) {
		app_set_status(a, false,
			       "Nog geen praktijk die deze vragenlijst vooral meet, is genoeg "
			       "gemeten om focus te zijn.");
		return;
	}
	a->n_focus_pick = 0;
	if (r->focus_how == FOCUS_CHOSEN)
		for (size_t f = 0; f < r->n_focus; f++)
			a->focus_pick[a->n_focus_pick++] = r->focus[f];
	a->list.sel = a->list.top = 0;
	focus_fill(a);
	a->screen = SCR_FOCUS;
}

static void draw_focus(struct app *a)
{
	char title[256];
	snprintf(title, sizeof(title), "Focus kiezen · %s", a->q->title);
	draw_frame(a, title, a->s->id);
	struct doc d = {.width = COLS - 2};
	char *t = report_focus_text(a->content->catalogue, &a->result);
	doc_text(&d, t, A_NORMAL, 0);
	free(t);
	char line[256];
	snprintf(line, sizeof(line),
		 "Kies een of twee praktijken als focus (Spatie) en bewaar met Enter. Zonder "
		 "keuze kiest spiegel weer zelf. Gekozen: %zu van de %d.",
		 a->n_focus_pick, SCORE_MAX_FOCUS);
	doc_text(&d, line, A_DIM, 0);
	int scroll = 0;
	int h = d.n < LINES / 2 - 2 ? d.n : LINES / 2 - 2;
	doc_draw(&d, 2, 2 + h, &scroll);
	doc_free(&d);
	draw_list(&a->list, 3 + h, LINES - 3);
}

/* Store the marked practices as the session's focus and show the results. */
static void focus_save(struct app *a)
{
	const char *ids[SCORE_MAX_FOCUS];
	for (size_t i = 0; i < a->n_focus_pick; i++)
		ids[i] = a->content->catalogue->practices[a->focus_pick[i]].id;
	if (!session_set_focus(a->s, ids, a->n_focus_pick)) {
		app_set_status(a, true, "Onvoldoende geheugen om de focus te bewaren.");
		return;
	}
	a->dirty = true;
	bool saved = app_save(a);
	screen_enter_results(a);
	if (saved)
		app_set_status(a, false, "%s",
			       a->n_focus_pick ? "Je focus is opgeslagen."
					       : "Geen eigen focus meer: spiegel kiest weer zelf.");
}

static void focus_key(struct app *a, int ch, bool is_key)
{
	if (list_key(&a->list, ch, is_key, LINES - 8))
		return;
	if (ch == ' ' && !is_key && a->list.n) {
		size_t p = a->result.candidates[a->list.sel];
		if (focus_picked(a, p)) {
			size_t k = 0;
			for (size_t i = 0; i < a->n_focus_pick; i++)
				if (a->focus_pick[i] != p)
					a->focus_pick[k++] = a->focus_pick[i];
			a->n_focus_pick = k;
		} else if (a->n_focus_pick < SCORE_MAX_FOCUS) {
			a->focus_pick[a->n_focus_pick++] = p;
		} else {
			app_set_status(a, false,
				       "Hoogstens %d praktijken; zet er eerst een uit (Spatie).",
				       SCORE_MAX_FOCUS);
		}
		focus_fill(a);
	} else if (tui_is_enter(ch, is_key)) {
		focus_save(a);
	} else if ((!is_key && ch == KEY_ESC) || (is_key && ch == KEY_LEFT)) {
		a->screen = SCR_RESULTS;
	}
}

/* ---- help ---- */

static void draw_help(struct app *a)
{
	draw_frame(a, "Uitleg", NULL);
	struct doc d = {.width = COLS - 2};
	char buf[1024];
	if (a->help_return == SCR_ITEM && a->q) {
		const struct item *it = &a->q->items[a->cur];
		const struct section *sec = &a->q->sections[it->section];
		doc_text(&d, it->text, A_BOLD, 0);
		doc_blank(&d);
		doc_text(&d, "Waarom deze vraag", A_BOLD | A_UNDERLINE, 0);
		doc_text(&d, it->help ? it->help : "Bij deze vraag is geen extra uitleg.", A_NORMAL,
			 0);
		doc_blank(&d);
		doc_text(&d, "Bron", A_BOLD | A_UNDERLINE, 0);
		content_source_format(&it->source, buf, sizeof(buf));
		doc_text(&d, buf, A_NORMAL, 0);
		if (sec->n_prompts) {
			doc_blank(&d);
			doc_text(&d, "Om over door te praten", A_BOLD | A_UNDERLINE, 0);
			for (size_t i = 0; i < sec->n_prompts; i++) {
				snprintf(buf, sizeof(buf), "- %s", sec->prompts[i]);
				doc_text(&d, buf, A_NORMAL, 0);
			}
		}
		doc_blank(&d);
	} else {
		doc_text(&d,
			 "spiegel stelt je vragen over je eigen leiderschap. Elk antwoord wordt "
			 "meteen opgeslagen; met q stop je en later ga je verder waar je was.",
			 A_NORMAL, 0);
		doc_blank(&d);
		doc_text(&d,
			 "Lukt opslaan niet, dan zegt de onderste regel NIET OPGESLAGEN en "
			 "waarom. Je antwoorden staan dan alleen in het geheugen: q probeert "
			 "opnieuw en stopt pas als het lukt; Q of Ctrl-C stopt zonder opslaan.",
			 A_NORMAL, 0);
		doc_blank(&d);
	}
	size_t shared = 0, n_open = 0;
	if (a->s && (a->help_return == SCR_REVIEW ||
		     (a->help_return == SCR_ITEM && a->q->items[a->cur].type == ITEM_OPEN)))
		n_open = count_open(a, &shared);
	if (n_open) {
		doc_text(&d, "Delen met de groep", A_BOLD | A_UNDERLINE, 0);
		doc_text(&d,
			 "Je antwoorden op open vragen zijn privé. Met Ctrl-D deel je een antwoord "
			 "met de groep, of maak je het weer privé: bij de vraag zelf (ook terwijl "
			 "je typt) of in het overzicht. Alleen gedeelde antwoorden gaan mee in een "
			 "inleverbestand voor je trainer of coach, zonder je naam. Je keuze wordt "
			 "meteen opgeslagen.",
			 A_NORMAL, 0);
		if (a->help_return == SCR_ITEM)
			snprintf(buf, sizeof(buf), "Dit antwoord is %s. Gedeeld: %zu van de %zu.",
				 session_is_shared(a->s, a->q->items[a->cur].id)
				     ? "gedeeld met de groep"
				     : "privé",
				 shared, n_open);
		else
			snprintf(buf, sizeof(buf), "Gedeeld: %zu van de %zu open antwoorden.",
				 shared, n_open);
		doc_text(&d, buf, A_DIM, 0);
		doc_blank(&d);
	}
	doc_text(&d, "Toetsen", A_BOLD | A_UNDERLINE, 0);
	const struct hint *h = screen_hints(a, a->help_return);
	for (int i = 0; h[i].key; i++) {
		size_t chars = 0;
		for (const char *k = h[i].key; *k; k++)
			chars += ((unsigned char)*k & 0xC0) != 0x80;
		snprintf(buf, sizeof(buf), "%s%*s %s", h[i].key, chars < 12 ? (int)(12 - chars) : 0,
			 "", h[i].what);
		doc_text(&d, buf, A_NORMAL, 2);
	}
	doc_draw(&d, 2, LINES - 2, &a->scroll);
	doc_free(&d);
}

/* ---- dispatch ---- */

void screen_draw(struct app *a)
{
	erase();
	curs_set(0);
	if (COLS < MIN_COLS || LINES < MIN_LINES) {
		char msg[128];
		snprintf(msg, sizeof(msg), "Maak het venster groter (minstens %dx%d).", MIN_COLS,
			 MIN_LINES);
		struct doc d = {.width = COLS};
		doc_text(&d, msg, A_BOLD, 0);
		for (int i = 0; i < d.n && i < LINES; i++)
			tui_put(i, 0, COLS, d.rows[i].text, A_BOLD);
		doc_free(&d);
		refresh();
		return;
	}
	if (a->screen == SCR_START && a->list.n == 0)
		enter_start(a);
	switch (a->screen) {
	case SCR_START:
		draw_start(a);
		break;
	case SCR_PICK_QUESTIONNAIRE:
		draw_frame(a, "Kies een vragenlijst", NULL);
		if (a->list.n) {
			int lh = a->list.n < (LINES - 6) / 2 ? a->list.n : (LINES - 6) / 2;
			draw_list(&a->list, 2, 2 + lh);
			const struct questionnaire *q =
			    content_find(a->content, a->list.v[a->list.sel].key);
			struct doc d = {.width = COLS - 2};
			doc_text(&d, q ? q->intro : "", A_NORMAL, 0);
			int scroll = 0;
			doc_draw(&d, 3 + lh, LINES - 3, &scroll);
			doc_free(&d);
		} else {
			tui_put(2, 2, COLS - 4, "Er zijn geen vragenlijsten gevonden.", A_NORMAL);
		}
		break;
	case SCR_PICK_SESSION:
		draw_frame(a, a->pick_finished ? "Eerdere resultaten" : "Verder met een sessie",
			   NULL);
		if (a->list.n)
			draw_list(&a->list, 2, LINES - 3);
		else
			tui_put(2, 2, COLS - 4,
				a->pick_finished ? "Je hebt nog geen afgeronde sessies."
						 : "Er zijn geen sessies die nog niet af zijn.",
				A_NORMAL);
		break;
	case SCR_ITEM:
		draw_item(a);
		break;
	case SCR_REVIEW:
		draw_review(a);
		break;
	case SCR_RESULTS:
		draw_results(a);
		break;
	case SCR_FOCUS:
		draw_focus(a);
		break;
	default:
		draw_help(a);
		break;
	}
	refresh();
}

void screen_key(struct app *a, int ch, bool is_key)
{
	if (is_key && ch == KEY_RESIZE)
		return; /* the next draw uses the new size */
	bool typing = a->screen == SCR_ITEM && a->editing;
	if (!is_key && ch == KEY_CTRL_C) {
		a->quit = true;
		return;
	}
	/* q stops once the answers are saved: after a failed save it tries
	 * again and stays when that fails too; Q (or Ctrl-C) stops all the same,
	 * and the way out says the answers were NOT saved */
	if (!typing && !is_key && ch == 'q') {
		screen_commit(a);
		if (a->s && (a->save_failed || a->dirty) && !app_save(a)) {
			app_set_status(
			    a, true,
			    "Opslaan is mislukt: %s. Je antwoorden staan nog in het "
			    "geheugen. Probeer opnieuw met q, of stop zonder opslaan met "
			    "Q of Ctrl-C.",
			    app_save_reason(a));
			return;
		}
		a->quit = true;
		return;
	}
	if (!typing && !is_key && ch == 'Q' && a->s && a->save_failed) {
		a->quit = true;
		return;
	}
	if (!typing && !is_key && ch == '?' && a->screen != SCR_HELP) {
		open_help(a);
		return;
	}
	if (a->screen != SCR_ITEM)
		a->status[0] = '\0';
	switch (a->screen) {
	case SCR_START:
		if (list_key(&a->list, ch, is_key, 4))
			break;
		if (!is_key && ch >= '1' && ch <= '4')
			start_choose(a, ch - '1');
		else if (tui_is_enter(ch, is_key))
			start_choose(a, a->list.sel);
		break;
	case SCR_PICK_QUESTIONNAIRE:
	case SCR_PICK_SESSION:
		if (list_key(&a->list, ch, is_key, LINES - 10))
			break;
		if ((!is_key && ch == KEY_ESC) || (is_key && ch == KEY_LEFT)) {
			enter_start(a);
		} else if (tui_is_enter(ch, is_key) && a->list.n) {
			const char *key = a->list.v[a->list.sel].key;
			bool ok;
			if (a->screen == SCR_PICK_QUESTIONNAIRE)
				ok = app_new_session(a, content_find(a->content, key), "");
			else
				ok = app_open_session(a, key);
			if (ok && a->s->finished)
				screen_enter_results(a);
			else if (ok)
				screen_enter_item(a);
		}
		break;
	case SCR_ITEM:
		item_key(a, ch, is_key);
		break;
	case SCR_REVIEW:
		review_key(a, ch, is_key);
		break;
	case SCR_RESULTS:
		results_key(a, ch, is_key);
		break;
	case SCR_FOCUS:
		focus_key(a, ch, is_key);
		break;
	default:
		if (scroll_key(a, ch, is_key))
			break;
		if ((!is_key && (ch == KEY_ESC || ch == '?')) || tui_is_enter(ch, is_key))
			a->screen = a->help_return;
		break;
	}
}

/* the first screen after start-up */
