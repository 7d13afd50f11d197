#define _XOPEN_SOURCE_EXTENDED 1
#include "draw.h"

#include <stdlib.h>
#include <wchar.h>

#include "text.h"

int tui_put(int y, int x, int w, const char *s, attr_t attr)
{
	if (w <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
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

bool tui_is_enter(int ch, bool is_key)
{
	return (is_key && ch == KEY_ENTER) || (!is_key && (ch == '\n' || ch == '\r'));
}

bool tui_is_backspace(int ch, bool is_key)
{
	return (is_key && ch == KEY_BACKSPACE) || (!is_key && (ch == 127 || ch == 8));
}
