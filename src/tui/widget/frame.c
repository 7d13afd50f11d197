/* The frame (frame.h). */
#include "frame.h"

#include <stdio.h>

#include "../term.h"
#include "doc.h"
#include "put.h"

void frame_title(const char *title, const char *right, int min_rest)
{
	tui_fill(0, 0, COLS, A_REVERSE);
	int rw = right ? tui_width(right) : 0;
	if (rw && rw + min_rest <= COLS)
		tui_put(0, COLS - rw - 1, rw, right, A_REVERSE);
	else
		rw = 0;
	tui_put(0, 1, COLS - 2 - (rw ? rw + 2 : 0), title, A_REVERSE | A_BOLD);
}

attr_t frame_status_attr(bool error)
{
	return error ? (A_BOLD | (tui_colours() ? COLOR_PAIR(TUI_RED) : A_REVERSE)) : A_DIM;
}

int frame_status(const char *msg, bool error, int max, int last)
{
	if (!msg || !msg[0])
		return 0;
	attr_t at = frame_status_attr(error);
	struct doc d = {.width = COLS - 2};
	doc_text(&d, msg, at, 0);
	int n = d.n < max ? d.n : max;
	for (int i = 0; i < n; i++) {
		int y = last - n + 1 + i;
		move(y, 0);
		clrtoeol();
		tui_put(y, 1, COLS - 2, d.rows[i].text, at);
	}
	doc_free(&d);
	return n;
}

int frame_status_rows(const char *msg, int max)
{
	if (!msg || !msg[0])
		return 0;
	struct doc d = {.width = COLS - 2};
	doc_text(&d, msg, A_NORMAL, 0);
	int n = d.n < max ? d.n : max;
	doc_free(&d);
	return n;
}

void frame_status_vset(char *buf, size_t size, bool *is_error, bool error, const char *fmt,
		       va_list ap)
{
	vsnprintf(buf, size, fmt, ap);
	*is_error = error;
}
