#define _XOPEN_SOURCE_EXTENDED 1
#include "draw.h"

#include <stdlib.h>
#include <string.h>
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

/* An Esc that starts a sequence the terminal description does not know
 * (tmux and screen send Home as ESC [ 1 ~ where xterm sends ESC O H): the
 * rest is already waiting. Decodes Home, End, PgUp, PgDn and the arrows and
 * swallows anything else, so that an unknown key never quits. Returns true
 * with *k a KEY_ code, or false for a lone Esc (or a swallowed sequence,
 * then *k is 0). */
bool tui_escape_sequence(int *k)
{
	char seq[16];
	size_t n = 0;
	wint_t c;
	timeout(0);
	while (n < sizeof(seq) - 1 && get_wch(&c) == OK) {
		seq[n++] = c < 128 ? (char)c : '?';
		/* ESC [ params final, or ESC O final */
		if (n >= 2 && c >= 0x40 && c <= 0x7e)
			break;
	}
	timeout(250);
	seq[n] = '\0';
	if (n == 0)
		return false; /* a real Esc */
	static const struct {
		const char *seq;
		int key;
	} known[] = {
	    {"[1~", KEY_HOME},	{"[7~", KEY_HOME},  {"[H", KEY_HOME}, {"OH", KEY_HOME},
	    {"[4~", KEY_END},	{"[8~", KEY_END},   {"[F", KEY_END},  {"OF", KEY_END},
	    {"[5~", KEY_PPAGE}, {"[6~", KEY_NPAGE}, {"[D", KEY_LEFT}, {"OD", KEY_LEFT},
	    {"[C", KEY_RIGHT},	{"OC", KEY_RIGHT},  {"[A", KEY_UP},   {"OA", KEY_UP},
	    {"[B", KEY_DOWN},	{"OB", KEY_DOWN},   {"[Z", KEY_BTAB},
	};
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(seq, known[i].seq) == 0) {
			*k = known[i].key;
			return true;
		}
	*k = 0;
	return false;
}
