/* Documents (doc.h). */
#include "doc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text.h"
#include "hint.h"
#include "../keys.h"
#include "put.h"

void doc_add_bar(struct doc *d, char *text, attr_t attr, int indent, enum doc_bar bar, int value,
		 short colour)
{
	if (!text)
		return;
	if (d->n == d->cap) {
		int cap = d->cap ? d->cap * 2 : 32;
		struct doc_row *nr = realloc(d->rows, (size_t)cap * sizeof(*nr));
		if (!nr) {
			free(text);
			return;
		}
		d->rows = nr;
		d->cap = cap;
	}
	d->rows[d->n++] = (struct doc_row){text, attr, indent, bar, value, colour, 0};
}

void doc_add(struct doc *d, char *text, attr_t attr, int indent)
{
	doc_add_bar(d, text, attr, indent, DOC_NO_BAR, 0, 0);
}

/* s wide, with every command it names as the user can run it
 * (hint_rewrite: "spiegel start visie" when spiegel is on PATH, else as
 * spiegel was started): the hints on a screen work like those on stdout. */
static wchar_t *widen_hinted(const char *s)
{
	char *h = hint_rewrite(s ? s : "");
	wchar_t *ws = text_widen(h ? h : (s ? s : ""));
	free(h);
	return ws;
}

void doc_text(struct doc *d, const char *s, attr_t attr, int indent)
{
	wchar_t *ws = widen_hinted(s);
	if (!ws)
		return;
	size_t *st, *ln;
	int n = text_wrap(ws, d->width - indent, &st, &ln);
	for (int i = 0; i < n; i++)
		doc_add(d, text_narrow(ws + st[i], ln[i]), attr, indent);
	free(st);
	free(ln);
	free(ws);
}

int doc_hanging(struct doc *d, const char *prefix, const char *s, attr_t attr, int indent)
{
	wchar_t *ws = widen_hinted(s);
	int pw = tui_width(prefix), first = d->n;
	if (!ws)
		return 0;
	size_t *st, *ln;
	int n = text_wrap(ws, d->width - indent - pw, &st, &ln);
	for (int i = 0; i < n; i++) {
		char *line = text_narrow(ws + st[i], ln[i]);
		if (i > 0 || !line) {
			doc_add(d, line, attr, indent + pw);
			continue;
		}
		size_t len = strlen(prefix) + strlen(line) + 1;
		char *row = malloc(len);
		if (row)
			snprintf(row, len, "%s%s", prefix, line);
		free(line);
		doc_add(d, row, attr, indent);
	}
	free(st);
	free(ln);
	free(ws);
	return d->n - first;
}

void doc_blank(struct doc *d)
{
	doc_add(d, strdup(""), A_NORMAL, 0);
}

void doc_fill_from(struct doc *d, int from, int width)
{
	for (int i = from; i < d->n; i++)
		d->rows[i].fill = width;
}

void doc_free(struct doc *d)
{
	for (int i = 0; i < d->n; i++)
		free(d->rows[i].text);
	free(d->rows);
	d->rows = NULL;
	d->n = d->cap = 0;
}

/* A bar for v in -100..100: half the width each side of a middle line. */
static void draw_centred_bar(int y, int x, int w, double v, short colour)
{
	int half = (w - 1) / 2;
	int n = (int)(fabs(v) * half / 100.0 + 0.5);
	attr_t at = tui_colour(colour);
	attron(at);
	for (int i = 0; i < half; i++)
		mvaddstr(y, x + i, v < 0 && half - i <= n ? "█" : "░");
	mvaddstr(y, x + half, "│");
	for (int i = 0; i < half; i++)
		mvaddstr(y, x + half + 1 + i, v > 0 && i < n ? "█" : "░");
	attroff(at);
}

/* A bar of w cells, drawn in one call. */
static void draw_bar(int y, int x, int w, double score, short colour, wchar_t full, wchar_t empty)
{
	wchar_t cells[256];
	if (w > (int)(sizeof(cells) / sizeof(cells[0])) - 1)
		w = (int)(sizeof(cells) / sizeof(cells[0])) - 1;
	int filled = (int)(score * w / 100.0 + 0.5);
	for (int i = 0; i < w; i++)
		cells[i] = i < filled ? full : empty;
	cells[w > 0 ? w : 0] = 0;
	attr_t at = tui_colour(colour);
	attron(at);
	if (w > 0)
		mvaddnwstr(y, x, cells, w);
	attroff(at);
}

void doc_draw_bar(int y, int x, int w, double value, short colour)
{
	draw_bar(y, x, w, value, colour, L'\u2588', L'\u2591'); /* █ ░ */
}

static void draw_row(const struct doc *d, const struct doc_row *r, int y)
{
	int x = 1 + r->indent;
	if (r->fill > 0)
		tui_fill(y, x, r->fill, r->attr);
	if (r->bar == DOC_NO_BAR) {
		tui_put(y, x, COLS - x - 1, r->text, r->attr);
		return;
	}
	int bw = d->width - r->indent - 24;
	if (bw > 40)
		bw = 40;
	if (bw < 5)
		bw = 5;
	if (r->bar == DOC_BAR_CENTRED)
		draw_centred_bar(y, x, bw % 2 ? bw : bw - 1, r->value, r->colour);
	else if (r->bar == DOC_BAR_THIN)
		draw_bar(y, x, bw, r->value, r->colour, L'\u2501', L'\u2500'); /* ━ ─ */
	else
		draw_bar(y, x, bw, r->value, r->colour, L'\u2588', L'\u2591');
	tui_put(y, x + bw + 1, COLS - x - bw - 2, r->text, r->attr);
}

void doc_draw(const struct doc *d, int top, int first, int h)
{
	for (int i = 0; i < h && first + i < d->n; i++)
		if (first + i >= 0)
			draw_row(d, &d->rows[first + i], top + i);
	int f = d->focus - 1;
	if (f >= 0 && f < d->n && f >= first && f < first + h)
		tui_focus(top + f - first, 1 + d->rows[f].indent);
}

void doc_focus(struct doc *d, int row)
{
	d->focus = row + 1;
}

int doc_clamp(int n, int scroll, int h)
{
	if (scroll > n - h)
		scroll = n - h;
	return scroll < 0 ? 0 : scroll;
}

void doc_scroll_mark(int n, int scroll, int h, int y)
{
	if (n <= h || n <= 0)
		return;
	char more[32];
	snprintf(more, sizeof(more), " %d%% ", (scroll + h) * 100 / n);
	tui_put(y, COLS - 7, 6, more, A_DIM);
}

int doc_scroll_key(int scroll, int key, int page)
{
	if (page < 1)
		page = 1;
	switch (key) {
	case K_UP:
		scroll--;
		break;
	case K_DOWN:
		scroll++;
		break;
	case K_PGUP:
		scroll -= page;
		break;
	case K_PGDN:
		scroll += page;
		break;
	case K_HOME:
		scroll = 0;
		break;
	case K_END:
		scroll = 1 << 20; /* clamped by the screen's resize (doc_clamp) */
		break;
	default:
		break;
	}
	return scroll < 0 ? 0 : scroll;
}

void doc_draw_view(struct doc *d, int top, int scroll, int h)
{
	doc_focus(d, scroll);
	doc_draw(d, top, scroll, h);
	doc_scroll_mark(d->n, scroll, h, top + h);
}
