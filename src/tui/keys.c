/* The one key decoder of the shell (keys.h). */
#include "keys.h"

#include <stdio.h>
#include <string.h>
#include <wctype.h>

int keys_escape(const char *seq)
{
	static const struct {
		const char *seq;
		int key;
	} known[] = {
	    {"[1~", K_HOME}, {"[7~", K_HOME}, {"[H", K_HOME},  {"OH", K_HOME},	{"[4~", K_END},
	    {"[8~", K_END},  {"[F", K_END},   {"OF", K_END},   {"[5~", K_PGUP}, {"[6~", K_PGDN},
	    {"[D", K_LEFT},  {"OD", K_LEFT},  {"[C", K_RIGHT}, {"OC", K_RIGHT}, {"[A", K_UP},
	    {"OA", K_UP},    {"[B", K_DOWN},  {"OB", K_DOWN},  {"[Z", K_BTAB},
	};
	if (!seq[0])
		return K_ESC;
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (strcmp(seq, known[i].seq) == 0)
			return known[i].key;
	return K_UNKNOWN;
}

int keys_decode(int r, unsigned int ch)
{
	if (r == ERR)
		return K_NONE;
	if (r == KEY_CODE_YES) {
		if ((int)ch == KEY_ENTER)
			return K_ENTER;
		if ((int)ch == KEY_BACKSPACE)
			return K_BACKSPACE;
		return K_FN((int)ch);
	}
	if (ch == '\r' || ch == '\n')
		return K_ENTER;
	if (ch == 127 || ch == 8)
		return K_BACKSPACE;
	return (int)ch;
}

/* After an Esc: the rest of a sequence, which is already waiting when the
 * terminal sent one (ESC [ params final, or ESC O final). Anything else
 * that is waiting (another Esc and the arrow that follows it, a letter
 * typed fast after Esc) is left for the next read: the Esc was a key. */
static int read_escape(void)
{
	char seq[16];
	size_t n = 0;
	wint_t c;
	timeout(0);
	int r = get_wch(&c);
	if (r == OK && c != '[' && c != 'O')
		unget_wch(c);
	else if (r == KEY_CODE_YES)
		ungetch((int)c);
	else if (r == OK)
		seq[n++] = (char)c;
	while (n > 0 && n < sizeof(seq) - 1 && get_wch(&c) == OK) {
		seq[n++] = c < 128 ? (char)c : '?';
		if (n >= 2 && c >= 0x40 && c <= 0x7e)
			break;
	}
	timeout(KEYS_TIMEOUT_MS);
	seq[n] = '\0';
	return keys_escape(seq);
}

int keys_read(void)
{
	wint_t ch = 0;
	int r = get_wch(&ch);
	int k = keys_decode(r, (unsigned int)ch);
	return k == K_ESC ? read_escape() : k;
}

bool keys_printable(int k)
{
	return k >= 32 && k != 127 && k < K_FN_BASE && !(k >= 0x80 && k < 0xa0);
}

const char *keys_name(int k, char *buf, size_t size)
{
	static const struct {
		int key;
		const char *name;
	} names[] = {
	    {K_UP, "↑"},	  {K_DOWN, "↓"},	 {K_LEFT, "←"},	      {K_RIGHT, "→"},
	    {K_HOME, "Home"},	  {K_END, "End"},	 {K_PGUP, "PgUp"},    {K_PGDN, "PgDn"},
	    {K_DELETE, "Delete"}, {K_BTAB, "Shift-Tab"}, {K_ENTER, "Enter"},  {K_ESC, "Esc"},
	    {K_TAB, "Tab"},	  {K_BACKSPACE, "⌫"},	 {K_SPACE, "Spatie"}, {K_TEXT, "typ"},
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (names[i].key == k) {
			snprintf(buf, size, "%s", names[i].name);
			return buf;
		}
	if (k > 0 && k < 32)
		snprintf(buf, size, "Ctrl-%c", 'A' + k - 1);
	else if (K_IS_FN(k))
		snprintf(buf, size, "%s", keyname(k - K_FN_BASE) ? keyname(k - K_FN_BASE) : "?");
	else if (k > 0 && k < 0x110000)
		snprintf(buf, size, "%lc", (wint_t)k);
	else
		snprintf(buf, size, "?");
	return buf;
}
