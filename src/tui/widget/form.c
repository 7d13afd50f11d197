/* Forms (form.h). */
#include "form.h"

#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../keys.h"
#include "../term.h"
#include "doc.h"
#include "put.h"

/* ---- building ---- */

void form_begin(struct form *f, bool compact)
{
	f->n = 0;
	f->used = 0;
	f->compact = compact;
}

struct form_row *form_add(struct form *f, enum form_kind kind, int id, const char *label)
{
	if (f->n >= FORM_MAX_ROWS)
		return &f->r[FORM_MAX_ROWS - 1]; /* never reached by the screens' forms */
	struct form_row *r = &f->r[f->n++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	r->id = id;
	r->label = label ? label : "";
	r->lines = 1;
	r->choice = -1;
	return r;
}

void form_intro(struct form *f, const char *text)
{
	form_add(f, FORM_HEAD, 0, text)->attr = A_DIM;
	form_add(f, FORM_HEAD, 0, "");
}

/* A string in the form's room; NULL when it does not fit whole. */
static const char *vfmt(struct form *f, const char *fmt, va_list ap)
{
	size_t room = sizeof(f->text) - f->used;
	char *s = f->text + f->used;
	int n = vsnprintf(s, room, fmt, ap);
	if (n < 0 || (size_t)n >= room)
		return NULL;
	f->used += (size_t)n + 1;
	return s;
}

const char *form_fmt(struct form *f, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	const char *s = vfmt(f, fmt, ap);
	va_end(ap);
	if (s)
		return s;
	/* cut where the room ends */
	size_t room = sizeof(f->text) - f->used;
	return room ? (f->text[sizeof(f->text) - 1] = '\0', f->text + f->used) : "";
}

static const char *copy(struct form *f, const char *s, ...)
{
	va_list ap;
	va_start(ap, s);
	const char *c = vfmt(f, s, ap);
	va_end(ap);
	return c;
}

bool form_text(struct form *f, const char *label, size_t max)
{
	const char *l = f->n < FORM_MAX_ROWS ? copy(f, "%s", label) : NULL;
	if (!l)
		return false;
	struct form_row *r = form_add(f, FORM_TEXT, f->n, l);
	if (!field_init(&r->kept, "", max)) {
		f->n--;
		return false;
	}
	return true;
}

bool form_options(struct form *f, const char *label, int n, const char *const *options)
{
	const char *l =
	    f->n < FORM_MAX_ROWS && n >= 1 && n <= FORM_MAX_OPTIONS ? copy(f, "%s", label) : NULL;
	if (!l)
		return false;
	struct form_row *r = form_add(f, FORM_OPTIONS, f->n, l);
	for (int i = 0; i < n; i++)
		r->options[i] = options[i];
	r->n_options = n;
	return true;
}

void form_free(struct form *f)
{
	for (int i = 0; i < f->n; i++)
		field_finish(&f->r[i].kept);
	form_begin(f, f->compact);
}

char *form_value(const struct form *f, int i)
{
	const struct form_row *r = &f->r[i];
	if (r->kept.on)
		return textedit_text(&r->kept.ed);
	return strdup(r->kind == FORM_TEXT && r->value ? r->value : "");
}

/* ---- layout ---- */

static int doc_rows(const char *s, int width)
{
	struct doc d = {.width = width};
	doc_text(&d, s, A_NORMAL, 0);
	int n = d.n ? d.n : 1;
	doc_free(&d);
	return n;
}

/* Full look: where a row's label starts, after its mark; the columns of a
 * text's value. */
static int label_x(const struct form_row *r)
{
	return r->kind == FORM_TOGGLE ? 6 : r->kind == FORM_TEXT ? 2 : 4;
}

static int value_width(const struct form *f)
{
	return f->width - 4;
}

void form_layout(struct form *f, int x, int width)
{
	f->x = x;
	f->width = width;
	int y = 0;
	for (int i = 0; i < f->n; i++) {
		struct form_row *r = &f->r[i];
		r->y = y;
		if (r->hidden)
			r->h = 0;
		else if (f->compact)
			r->h = 2;
		else if (r->kind == FORM_HEAD)
			r->h = r->label[0] ? doc_rows(r->label, width) : 1;
		else
			r->h = doc_rows(r->label, width - label_x(r)) +
			       (r->kind == FORM_TEXT ? r->lines : 0);
		if (r->kept.on)
			field_settle(&r->kept, f->compact ? width : value_width(f));
		y += r->h;
	}
}

int form_lines(const struct form *f)
{
	return f->n ? f->r[f->n - 1].y + f->r[f->n - 1].h : 0;
}

/* ---- focus ---- */

static bool focusable(const struct form_row *r)
{
	return r->kind != FORM_HEAD && !r->hidden;
}

/* The focusable row at or after i (dir 1) or at or before it (dir -1), or
 * -1. */
static int seek(const struct form *f, int i, int dir)
{
	for (; i >= 0 && i < f->n; i += dir)
		if (focusable(&f->r[i]))
			return i;
	return -1;
}

static int settle_focus(const struct form *f, int focus)
{
	if (focus >= f->n)
		focus = f->n - 1;
	int k = seek(f, focus < 0 ? 0 : focus, 1);
	return k >= 0 ? k : seek(f, f->n - 1, -1);
}

/* Where the headings above row k start: the run of headings nearest above
 * it (its blank lines left out), or k itself. */
static int context_y(const struct form *f, int k)
{
	int i = k;
	while (i > 0 && f->r[i - 1].kind != FORM_HEAD)
		i--;
	int y = f->r[k].y;
	for (; i > 0 && f->r[i - 1].kind == FORM_HEAD; i--)
		if (f->r[i - 1].label[0])
			y = f->r[i - 1].y;
	return y;
}

void form_settle_focus(const struct form *f, struct form_view *v)
{
	v->focus = settle_focus(f, v->focus);
}

void form_settle(struct form *f, struct form_view *v, int height)
{
	f->height = height;
	form_settle_focus(f, v);
	if (v->focus >= 0) {
		/* the focused row in view, with the headings it belongs to when
		 * they fit */
		const struct form_row *r = &f->r[v->focus];
		int end = r->y + r->h, cy = context_y(f, v->focus);
		bool fits = end - cy <= f->height;
		if (r->y < v->scroll || (fits && cy < v->scroll))
			v->scroll = fits ? cy : r->y;
		else if (end > v->scroll + f->height)
			v->scroll = fits ? cy : end - f->height;
	}
	v->scroll = doc_clamp(form_lines(f), v->scroll, f->height);
	/* whole rows of two lines in the compact look */
	if (f->compact && v->scroll % 2)
		v->scroll++;
}

void form_first(const struct form *f, struct form_view *v)
{
	v->focus = settle_focus(f, 0);
	v->scroll = 0;
}

const struct form_row *form_focused(const struct form *f, const struct form_view *v)
{
	return v->focus >= 0 && v->focus < f->n && focusable(&f->r[v->focus]) ? &f->r[v->focus]
									      : NULL;
}

void form_focus_id(const struct form *f, struct form_view *v, int id)
{
	for (int i = 0; i < f->n; i++)
		if (focusable(&f->r[i]) && f->r[i].id == id)
			v->focus = i;
}

/* A page: the first focusable row a screen further. */
static int page(const struct form *f, int k, int dir)
{
	int y = f->r[k].y + dir * (f->height - 1), n = k;
	for (int i = k + dir; i >= 0 && i < f->n; i += dir)
		if (focusable(&f->r[i])) {
			n = i;
			if (dir > 0 ? f->r[i].y >= y : f->r[i].y <= y)
				break;
		}
	return n;
}

bool form_move(const struct form *f, struct form_view *v, int key)
{
	int k = settle_focus(f, v->focus), n;
	if (k < 0)
		return key == K_UP || key == K_DOWN || key == K_HOME || key == K_END ||
		       key == K_PGUP || key == K_PGDN || key == K_TAB || key == K_BTAB;
	switch (key) {
	case K_UP:
		n = seek(f, k - 1, -1);
		break;
	case K_DOWN:
		n = seek(f, k + 1, 1);
		break;
	case K_HOME:
		n = seek(f, 0, 1);
		break;
	case K_END:
		n = seek(f, f->n - 1, -1);
		break;
	case K_PGUP:
	case K_PGDN:
		n = page(f, k, key == K_PGUP ? -1 : 1);
		break;
	case K_TAB:
		n = seek(f, k + 1, 1);
		n = n >= 0 ? n : seek(f, 0, 1);
		break;
	case K_BTAB:
		n = seek(f, k - 1, -1);
		n = n >= 0 ? n : seek(f, f->n - 1, -1);
		break;
	default:
		return false;
	}
	v->focus = n >= 0 ? n : k;
	return true;
}

int form_next_text(const struct form *f, int i)
{
	for (i++; i >= 0 && i < f->n; i++)
		if (f->r[i].kind == FORM_TEXT && focusable(&f->r[i]))
			return i;
	return -1;
}

bool form_choose_key(struct form *f, const struct form_view *v, int key)
{
	if (!form_focused(f, v) || f->r[v->focus].kind != FORM_OPTIONS)
		return false;
	struct form_row *r = &f->r[v->focus];
	if (key == K_LEFT)
		r->choice = r->choice > 0 ? r->choice - 1 : r->n_options - 1;
	else if (key == K_RIGHT)
		r->choice = r->choice + 1 < r->n_options ? r->choice + 1 : 0;
	else if (key >= '1' && key < '1' + r->n_options)
		r->choice = key - '1';
	else
		return false;
	return true;
}

/* ---- drawing: the compact look ---- */

/* Options on one line: every option with its mark when they fit, else the
 * chosen one between arrows. */
static void draw_options(const struct form_row *r, int y, int x, int w, bool cur)
{
	char line[400];
	size_t len = 0;
	for (int i = 0; i < r->n_options && len < sizeof(line); i++)
		len += (size_t)snprintf(line + len, sizeof(line) - len, "%s%s %s", i ? "   " : "",
					i == r->choice ? "●" : "○", r->options[i]);
	if (len >= sizeof(line) || tui_width(line) > w)
		snprintf(line, sizeof(line), "◂ %s ▸",
			 r->choice >= 0 ? r->options[r->choice] : "kies met ←→");
	tui_put(y, x, w, line, cur ? A_BOLD : A_NORMAL);
}

/* A row in two lines at y: the label (▸ before the focused one), under it
 * the field or the options. The field being typed in is drawn last. */
static void compact_row(const struct form *f, int i, int y, bool cur, const struct field *ed)
{
	const struct form_row *r = &f->r[i];
	int x = f->x;
	tui_put(y, x - 2, 2, cur ? "▸" : " ", A_BOLD);
	tui_put(y, x, COLS - x - 1, r->label, cur ? A_BOLD : A_NORMAL);
	if (r->kind == FORM_OPTIONS)
		draw_options(r, y + 1, x + 2, COLS - x - 3, cur);
	else if (ed)
		field_draw_line(ed, y + 1, x + 2, cur);
	else if (r->kind == FORM_TEXT)
		tui_put(y + 1, x + 2, f->width, r->value ? r->value : "", A_NORMAL);
	if (cur && !(ed && r->kind == FORM_TEXT))
		tui_focus(y, x - 2);
}

/* ---- drawing: the full look ---- */

/* A text's value (not being typed in), its first lines, "…" when there is
 * more. */
static void draw_value(const struct form *f, const struct form_row *r, int y, int first, int h)
{
	struct doc d = {.width = value_width(f)};
	if (r->value && r->value[0])
		doc_text(&d, r->value, A_NORMAL, 0);
	int x = f->x;
	for (int i = 0; i < h; i++) {
		int k = first + i;
		attr_t bar = tui_colour(TUI_CYAN);
		tui_put(y + i, x + 2, 1, "│", bar ? bar : A_DIM);
		if (k == 0 && d.n == 0 && r->placeholder)
			tui_put(y + i, x + 4, value_width(f), r->placeholder, A_DIM);
		if (k < d.n) {
			bool cut = k == r->lines - 1 && d.n > r->lines;
			int w = tui_put(y + i, x + 4, value_width(f) - (cut ? 2 : 0),
					d.rows[k].text, 0);
			if (cut)
				tui_put(y + i, x + 4 + w + 1, 1, "…", A_DIM);
		}
	}
	doc_free(&d);
}

/* The label of a row, wrapped beside its mark; the detail after its last
 * line where it fits. Lines [first, first + h) at y. Returns the label's
 * lines. */
static int draw_label(const struct form *f, int i, int y, int first, int h, bool lit)
{
	const struct form_row *r = &f->r[i];
	attr_t at = lit ? A_REVERSE : 0;
	int x = f->x + label_x(r), w0 = f->width - label_x(r);
	struct doc d = {.width = w0};
	doc_text(&d, r->label, A_NORMAL, 0);
	int n = d.n ? d.n : 1;
	for (int k = first; k < n && k - first < h; k++) {
		int yy = y + k - first;
		if (at)
			tui_fill(yy, f->x + 1, f->width, at);
		if (k == 0) {
			const char *mark = r->kind == FORM_CHOICE   ? (r->on ? "●" : "○")
					   : r->kind == FORM_TOGGLE ? (r->on ? "[x]" : "[ ]")
					   : r->kind == FORM_LINK   ? "▸"
								    : NULL;
			if (mark)
				tui_put(yy, f->x + 2, 3, mark, at);
		}
		int w = k < d.n ? tui_put(yy, x, w0, d.rows[k].text, at | A_BOLD) : 0;
		if (k == n - 1 && r->detail && r->detail[0] && label_x(r) + w + 2 < f->width)
			tui_put(yy, x + w + 2, w0 - w - 2, r->detail, at | (at ? 0 : A_DIM));
	}
	doc_free(&d);
	return n;
}

static void full_row(const struct form *f, const struct form_view *v, int i, int top,
		     const struct field *ed)
{
	const struct form_row *r = &f->r[i];
	int first = r->y < v->scroll ? v->scroll - r->y : 0;
	int y = top + r->y + first - v->scroll;
	int h = r->h - first;
	if (y + h > top + f->height)
		h = top + f->height - y;
	if (h <= 0)
		return;
	if (r->kind == FORM_HEAD) {
		struct doc d = {.width = f->width};
		doc_text(&d, r->label, (attr_t)r->attr, 0);
		doc_draw(&d, y, first, h);
		doc_free(&d);
		return;
	}
	bool cur = i == v->focus, typing = cur && ed && r->kind == FORM_TEXT;
	int n = draw_label(f, i, y, first, h, cur && !typing);
	int shown = n > first ? n - first : 0;
	y += shown;
	h -= shown;
	first = first > n ? first - n : 0;
	if (r->kind != FORM_TEXT || h <= 0)
		return;
	if (ed)
		field_draw_box(ed, y, f->x + 2, h, "│", TUI_CYAN, typing, NULL);
	else
		draw_value(f, r, y, first, h);
}

void form_draw(const struct form *f, const struct form_view *v, int top, const struct field *typing)
{
	if (!f->compact)
		doc_scroll_mark(form_lines(f), v->scroll, f->height, top + f->height);
	const struct form_row *fr = form_focused(f, v);
	int focus = fr ? v->focus : -1;
	/* the focused row last: a field being typed in leaves the cursor */
	for (int k = 0; k <= f->n; k++) {
		int i = k < f->n ? k : focus;
		if (i < 0 || (k < f->n && i == focus) || f->r[i].hidden)
			continue;
		const struct form_row *r = &f->r[i];
		const struct field *ed = r->kept.on ? &r->kept : i == focus ? typing : NULL;
		if (!f->compact) {
			full_row(f, v, i, top, ed);
		} else if (r->y >= v->scroll && r->y + r->h <= v->scroll + f->height) {
			compact_row(f, i, top + r->y - v->scroll, i == focus, ed);
		}
	}
	/* the cursor on the focused row (a field being typed placed it) */
	if (fr && !f->compact && !(fr->kind == FORM_TEXT && (typing || fr->kept.on))) {
		int y = top + fr->y - v->scroll;
		if (y >= top && y < top + f->height)
			tui_focus(y, f->x + 2);
	}
}
