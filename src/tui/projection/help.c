/* The keys over the current view (?): a box above the footer with a row
 * per action of the view's keymap, its keys as the action table writes
 * them and what they do, made from the table (actions.h) like the footer.
 * Esc or ? closes it; any key of the view closes it and does what it does
 * there. When the rows do not all fit, ↑ ↓ scroll them ("▼ meer (↓)"
 * says so). */
#include <stdlib.h>

#include "app.h"
#include "chart.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

#define HELP_ROWS 96

/* The box's rows: on an action's first row its keys (id >= 0), then what
 * it does wrapped under each other. */
struct help_rows {
	int n, kw; /* rows; the keys' column */
	int id[HELP_ROWS];
	const char *keys[HELP_ROWS]; /* into label[] */
	char label[2 * PV_N_ACTIONS][64];
	char *text[HELP_ROWS];
};

static void rows_free(struct help_rows *h)
{
	for (int i = 0; i < h->n; i++)
		free(h->text[i]);
	h->n = 0;
}

/* The keys of action id that no layer before `layer` takes: what the key
 * does here (Esc closes the help, so it is not written at q). */
static const char *own_keys(const struct keymap *km, int layer, int id, char *buf, size_t size)
{
	int keys[16], n = 0;
	struct keymap above = {{layer > 0 ? km->layer[0] : NULL, NULL}};
	for (const int *k = pv_actions[id].keys; *k && n < 15; k++)
		if (actions_find(pv_actions, &above, *k) < 0)
			keys[n++] = *k;
	keys[n] = 0;
	struct action a = pv_actions[id];
	a.keys = keys;
	return actions_label(&a, buf, size);
}

/* Action id's rows: its help wrapped beside its keys. */
static void add_action(struct help_rows *h, int id, const char *keys)
{
	wchar_t *ws = text_widen(pv_actions[id].help);
	size_t *st = NULL, *ln = NULL;
	int m = ws ? text_wrap(ws, COLS - h->kw - 4, &st, &ln) : 0;
	for (int i = 0; i < m && h->n < HELP_ROWS; i++) {
		h->id[h->n] = i == 0 ? id : -1;
		h->keys[h->n] = i == 0 ? keys : "";
		h->text[h->n++] = text_narrow(ws + st[i], ln[i]);
	}
	free(st);
	free(ln);
	free(ws);
}

/* The rows for the help's own keys top: the view's actions first, then
 * the help's (Esc, ↑ ↓); the keys' column as wide as the widest keys, up
 * to a third of the screen. */
static void help_rows(const struct proj *p, const int *top, struct help_rows *h)
{
	struct keymap km = {{top, p->help_return->keymap(p)}};
	int ids[2 * PV_N_ACTIONS], n = 0;
	h->n = 0;
	h->kw = 1;
	for (int l = 1; l >= 0; l--)
		for (const int *id = km.layer[l]; id && *id >= 0 && n < 2 * PV_N_ACTIONS; id++) {
			if (actions_hidden(pv_actions, &km, l, *id))
				continue;
			own_keys(&km, l, *id, h->label[n], sizeof(h->label[n]));
			if (tui_width(h->label[n]) > h->kw)
				h->kw = tui_width(h->label[n]);
			ids[n++] = *id;
		}
	if (h->kw > COLS / 3)
		h->kw = COLS / 3;
	for (int i = 0; i < n; i++)
		add_action(h, ids[i], h->label[i]);
}

/* The rows of the box inside its blank first and last line. */
static int room(void)
{
	int r = LINES - 1 - 1 - 2;
	return r > 0 ? r : 0;
}

void pv_help_open(struct proj *p)
{
	p->help_return = p->shell.screen;
	p->help_scroll = 0;
	tui_back(&p->shell, p, &pv_help_screen);
}

static void help_resize(void *st)
{
	struct proj *p = st;
	if (p->help_return->resize)
		p->help_return->resize(p);
	struct help_rows h;
	help_rows(p, pv_keys_help, &h);
	p->help_scrolls = h.n > room();
	if (p->help_scrolls) {
		rows_free(&h);
		help_rows(p, pv_keys_help_scroll, &h);
	}
	p->help_scroll = doc_clamp(h.n, p->help_scroll, room());
	rows_free(&h);
}

static void help_draw(const void *st)
{
	const struct proj *p = st;
	p->help_return->draw(p);
	struct help_rows h;
	help_rows(p, p->help_scrolls ? pv_keys_help_scroll : pv_keys_help, &h);
	int n = h.n - p->help_scroll < room() ? h.n - p->help_scroll : room();
	int top = LINES - 1 - (n + 2), kw = h.kw;
	for (int y = top; y < LINES - 1; y++)
		tui_fill(y, 0, COLS, A_REVERSE);
	for (int i = 0; i < n; i++) {
		int r = p->help_scroll + i, y = top + 1 + i;
		tui_put_cut(y, 2, kw, h.keys[r], A_REVERSE | A_BOLD);
		tui_put_cut(y, 2 + kw + 1, COLS - kw - 4, h.text[r], A_REVERSE);
	}
	/* on the box's blank first and last line: that there is more */
	if (p->help_scroll > 0)
		pv_put_right(top, COLS - 1, " ▲ meer (↑) ", A_REVERSE | A_BOLD);
	if (p->help_scroll + n < h.n)
		pv_put_right(LINES - 2, COLS - 1, " ▼ meer (↓) ", A_REVERSE | A_BOLD);
	rows_free(&h);
}

static const int *help_keymap(const void *st)
{
	const struct proj *p = st;
	return p->help_return->keymap(p);
}

static enum tui_result help_handle(void *st, int act, int key)
{
	struct proj *p = st;
	switch (act) {
	case PV_CLOSE_HELP:
		tui_back(&p->shell, p, p->help_return);
		return TUI_HANDLED;
	case PV_HELP_SCROLL:
		p->help_scroll = doc_scroll_key(p->help_scroll, key, 1); /* settled by resize */
		return TUI_HANDLED;
	default: /* a key of the view: the help closes and the view does it */
		tui_back(&p->shell, p, p->help_return);
		return p->help_return->handle(p, act, key);
	}
}

const struct tui_screen pv_help_screen = {TUI_SCREEN("help", help, keymap, handle, resize, draw)};
