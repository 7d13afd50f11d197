/* Safe drawing of text (put.h). */
#include "put.h"

#include <stdlib.h>

#include "../term.h"
#include "../text.h"

int tui_put(int y, int x, int w, const char *s, attr_t attr)
{
	if (w <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	wchar_t *ws = text_widen(s);
	if (!ws)
		return 0;
	text_sanitize(ws, wcslen(ws), false); /* one line: no newline either */
	if (tui_contrast())
		attr &= ~A_DIM;
	size_t n = 0;
	int cols = 0;
	while (ws[n]) {
		int cw = text_width(ws + n, 1);
		if (cols + cw > w)
			break;
		cols += cw;
		n++;
	}
	attron(attr);
	mvaddnwstr(y, x, ws, (int)n);
	attroff(attr);
	free(ws);
	return cols;
}

int tui_width(const char *s)
{
	wchar_t *w = text_widen(s);
	int n = w ? text_width(w, wcslen(w)) : 0;
	free(w);
	return n;
}

void tui_put_centred(int y, int x, int w, const char *s, attr_t attr)
{
	int sw = tui_width(s);
	int off = sw < w ? (w - sw) / 2 : 0;
	tui_put(y, x + off, w - off, s, attr);
}

void tui_put_edited(int y, int x, const wchar_t *w, size_t n)
{
	wchar_t *c = text_sanitized(w, n);
	if (c)
		mvaddnwstr(y, x, c, (int)n);
	free(c);
}

void tui_fill(int y, int x, int w, attr_t attr)
{
	if (w <= 0 || y < 0 || y >= LINES)
		return;
	if (tui_contrast())
		attr &= ~A_DIM;
	attron(attr);
	mvhline(y, x, ' ', w);
	attroff(attr);
}

static int focus_y = -1, focus_x = -1;

void tui_focus(int y, int x)
{
	focus_y = y;
	focus_x = x;
}

void tui_focus_clear(void)
{
	focus_y = focus_x = -1;
}

bool tui_focus_place(void)
{
	if (focus_y < 0 || focus_x < 0 || focus_y >= LINES || focus_x >= COLS)
		return false;
	move(focus_y, focus_x);
	return true;
}

attr_t tui_colour(short pair)
{
	return pair && tui_colours() ? COLOR_PAIR(pair) : 0;
}
