/* Safe drawing of text (put.h). */
#include "put.h"

#include <stdlib.h>

#include "../text.h"

/* The length of the printable ASCII at the start of s: one column a byte,
 * drawn as it is (nothing in it is sanitised). */
static size_t ascii_run(const char *s)
{
	size_t n = 0;
	while (s[n] >= 0x20 && s[n] < 0x7f)
		n++;
	return n;
}

int tui_put(int y, int x, int w, const char *s, attr_t attr)
{
	if (w <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	size_t run = ascii_run(s);
	if (!s[run]) { /* most texts: no conversion, one column a byte */
		int n = run < (size_t)w ? (int)run : w;
		attron(attr);
		mvaddnstr(y, x, s, n);
		attroff(attr);
		return n;
	}
	wchar_t *ws = text_widen(s);
	if (!ws)
		return 0;
	text_sanitize(ws, wcslen(ws), false); /* one line: no newline either */
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
	size_t run = ascii_run(s);
	if (!s[run])
		return (int)run;
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
	attron(attr);
	mvhline(y, x, ' ', w);
	attroff(attr);
}

attr_t tui_colour(short pair)
{
	return pair && has_colors() ? COLOR_PAIR(pair) : 0;
}
