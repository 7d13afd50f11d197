/* Safe drawing of text (put.h). */
#include "put.h"

#include <stdlib.h>

#include "../term.h"
#include "../text.h"

/* s widened and made safe for one line (no newline either); NULL on OOM. */
static wchar_t *safe_line(const char *s)
{
	wchar_t *ws = text_widen(s);
	if (ws)
		text_sanitize(ws, wcslen(ws), false);
	return ws;
}

/* How many characters of ws fit in w columns; their width in *cols. */
static size_t fit(const wchar_t *ws, int w, int *cols)
{
	size_t n = 0;
	*cols = 0;
	while (ws[n]) {
		int cw = text_width(ws + n, 1);
		if (*cols + cw > w)
			break;
		*cols += cw;
		n++;
	}
	return n;
}

/* The length of the printable ASCII at the start of s: one column a byte,
 * drawn as it is (nothing in it is sanitised). */
static size_t ascii_run(const char *s)
{
	size_t n = 0;
	while (s[n] >= 0x20 && s[n] < 0x7f)
		n++;
	return n;
}

/* s on one line at (y, x) in at most w columns; with mark, text that is
 * cut ends in "…" (no blank before it). Returns the columns used. */
static int put_line(int y, int x, int w, const char *s, attr_t attr, bool mark)
{
	if (tui_contrast())
		attr &= ~A_DIM; /* high contrast: nothing dimmed */
	size_t run = ascii_run(s);
	if (!s[run] && (run <= (size_t)w || !mark)) {
		/* most texts: printable ASCII, not cut with a mark: drawn as it
		 * is, one column a byte (what the wide path below makes of it) */
		int n = run < (size_t)w ? (int)run : w;
		attron(attr);
		mvaddnstr(y, x, s, n);
		attroff(attr);
		return n;
	}
	wchar_t *ws = safe_line(s);
	if (!ws)
		return 0;
	int cols;
	size_t n = fit(ws, w, &cols);
	bool cut = mark && ws[n] != L'\0';
	if (cut) { /* room for the "…", and no blank before it */
		while (n > 0 && cols + 1 > w)
			cols -= text_width(ws + --n, 1);
		while (n > 0 && ws[n - 1] == L' ') {
			n--;
			cols--;
		}
	}
	attron(attr);
	mvaddnwstr(y, x, ws, (int)n);
	if (cut && cols < w) {
		addstr("…");
		cols++;
	}
	attroff(attr);
	free(ws);
	return cols;
}

int tui_put(int y, int x, int w, const char *s, attr_t attr)
{
	if (w <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	return put_line(y, x, w, s, attr, false);
}

int tui_put_cut(int y, int x, int w, const char *s, attr_t attr)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS)
		return 0;
	if (w > COLS - x)
		w = COLS - x;
	if (w <= 0)
		return 0;
	return put_line(y, x, w, s, attr, true);
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
