/* Text fields (field.h). */
#include "field.h"

#include <curses.h>
#include <stdlib.h>

#include "../keys.h"
#include "put.h"

bool field_init(struct field *f, const char *text, size_t max_bytes)
{
	if (f->on)
		textedit_finish(&f->ed);
	f->on = textedit_init(&f->ed, text, max_bytes);
	return f->on;
}

void field_finish(struct field *f)
{
	if (f->on)
		textedit_finish(&f->ed);
	f->on = false;
}

void field_settle(struct field *f, int width)
{
	f->width = width;
}

/* The wrapped line of the cursor and its column offset. */
static int cursor_line(const struct textedit *e, const size_t *st, const size_t *ln, int n,
		       size_t *cc)
{
	for (int i = 0; i < n; i++) {
		if (e->cur >= st[i] && (e->cur < st[i] + ln[i] || i == n - 1 ||
					(e->cur == st[i] + ln[i] && st[i + 1] > e->cur))) {
			*cc = e->cur - st[i];
			return i;
		}
	}
	*cc = 0;
	return 0;
}

/* Move the cursor one wrapped line up (dir -1) or down (+1). */
static void field_updown(struct field *f, int dir)
{
	size_t *st, *ln;
	int n = text_wrap(f->ed.buf, f->width > 0 ? f->width : 40, &st, &ln);
	if (n == 0)
		return;
	size_t cc;
	int l = cursor_line(&f->ed, st, ln, n, &cc);
	int t = l + dir;
	if (t < 0) {
		f->ed.cur = 0;
	} else if (t >= n) {
		f->ed.cur = f->ed.len;
	} else {
		int want = text_width(f->ed.buf + st[l], cc);
		size_t k = 0;
		int cols = 0;
		while (k < ln[t]) {
			int cw = text_width(f->ed.buf + st[t] + k, 1);
			if (cols + cw > want || f->ed.buf[st[t] + k] == L'\n')
				break;
			cols += cw;
			k++;
		}
		/* a wrapped line ends in a space: stay before it */
		if (k == ln[t] && k > 0 && t + 1 < n && st[t + 1] == st[t] + ln[t])
			k--;
		f->ed.cur = st[t] + k;
	}
	free(st);
	free(ln);
}

static enum field_result move_key(struct field *f, int key, unsigned int opts)
{
	struct textedit *e = &f->ed;
	switch (key) {
	case K_LEFT:
		textedit_left(e);
		break;
	case K_RIGHT:
		textedit_right(e);
		break;
	case K_HOME:
		textedit_home(e);
		break;
	case K_END:
		textedit_end(e);
		break;
	case K_UP:
	case K_DOWN:
		if (!(opts & FIELD_UPDOWN))
			return FIELD_IGNORED;
		field_updown(f, key == K_UP ? -1 : 1);
		break;
	default:
		return FIELD_IGNORED;
	}
	return FIELD_MOVED;
}

enum field_result field_key(struct field *f, int key, unsigned int opts)
{
	struct textedit *e = &f->ed;
	if (!f->on)
		return FIELD_IGNORED;
	switch (key) {
	case K_BACKSPACE:
		textedit_backspace(e);
		return FIELD_CHANGED;
	case K_DELETE:
		textedit_delete(e);
		return FIELD_CHANGED;
	case K_ENTER:
		if (!(opts & FIELD_NEWLINE))
			return FIELD_IGNORED;
		return textedit_insert(e, L'\n') ? FIELD_CHANGED : FIELD_FULL;
	case K_CTRL_U:
		if (!(opts & FIELD_CLEAR))
			return FIELD_IGNORED;
		textedit_home(e);
		while (e->len)
			textedit_delete(e);
		return FIELD_CHANGED;
	default:
		break;
	}
	if (K_IS_FN(key))
		return move_key(f, key, opts);
	if (!keys_printable(key))
		return FIELD_IGNORED;
	return textedit_insert(e, (wchar_t)key) ? FIELD_CHANGED : FIELD_FULL;
}

/* How many characters of the line from w fit in width columns. */
static size_t fitting(const wchar_t *w, size_t len, int width)
{
	size_t k = 0;
	int cols = 0;
	while (k < len) {
		int cw = text_width(w + k, 1);
		if (cols + cw > width)
			break;
		cols += cw;
		k++;
	}
	return k;
}

void field_draw_box(const struct field *f, int top, int x, int h, const char *bar, short colour,
		    bool typing, const char *placeholder)
{
	if (h < 1 || f->width < 2)
		return;
	attr_t at = tui_colour(colour);
	attron(at);
	for (int i = 0; i < h; i++)
		mvaddstr(top + i, x, bar);
	attroff(at);
	if (!f->on)
		return;
	size_t *st = NULL, *ln = NULL;
	int n = text_wrap(f->ed.buf, f->width, &st, &ln);
	size_t cc = 0;
	int cl = cursor_line(&f->ed, st, ln, n, &cc);
	int first = cl >= h ? cl - h + 1 : 0;
	for (int i = 0; i < h && first + i < n; i++)
		tui_put_edited(top + i, x + 2, f->ed.buf + st[first + i],
			       fitting(f->ed.buf + st[first + i], ln[first + i], f->width));
	if (f->ed.len == 0 && !typing && placeholder)
		tui_put(top, x + 2, f->width, placeholder, A_DIM);
	/* the focus, while typing: the text cursor (a screen that shows the
	 * box without typing in it sets the focus itself) */
	if (typing)
		tui_focus(top, x + 2);
	if (typing && n > 0) {
		int cx = text_width(f->ed.buf + st[cl], cc);
		if (cx >= f->width)
			cx = f->width - 1;
		move(top + cl - first, x + 2 + cx);
		tui_focus(top + cl - first, x + 2 + cx);
		curs_set(1);
	}
	free(st);
	free(ln);
}

void field_draw_line(const struct field *f, int y, int x, bool focus)
{
	int w = f->width;
	if (w < 2 || !f->on)
		return;
	tui_fill(y, x, w, focus ? A_UNDERLINE : A_NORMAL);
	int before = text_width(f->ed.buf, f->ed.cur);
	size_t start = 0;
	while (before >= w - 1 && start < f->ed.cur) {
		before -= text_width(f->ed.buf + start, 1);
		start++;
	}
	size_t k = start + fitting(f->ed.buf + start, f->ed.len - start, w);
	attron(focus ? A_UNDERLINE : A_NORMAL);
	tui_put_edited(y, x, f->ed.buf + start, k - start);
	attroff(focus ? A_UNDERLINE : A_NORMAL);
	if (focus) {
		move(y, x + text_width(f->ed.buf + start, f->ed.cur - start));
		tui_focus(y, x + text_width(f->ed.buf + start, f->ed.cur - start));
		curs_set(1);
	}
}
