/* Forms (mtg.h): the rows of a screen built from the state, one focused;
 * text fields typed into one at a time, committed through the screen's
 * commit (then saved), choices and toggles through its choose. The
 * viewport (focus, scroll, a field's width) is settled in resize. */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "mtg.h"
#include "tui/term.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

struct form_row *mform_add(struct form *f, enum form_kind kind, int id, const char *label)
{
	if (f->n >= FORM_MAX_ROWS)
		return &f->r[FORM_MAX_ROWS - 1]; /* never reached by the screens' forms */
	struct form_row *r = &f->r[f->n++];
	memset(r, 0, sizeof(*r));
	r->kind = kind;
	r->id = id;
	r->label = label ? label : "";
	r->lines = 1;
	return r;
}

const char *mform_fmt(struct form *f, const char *fmt, ...)
{
	size_t room = sizeof(f->text) - f->used;
	char *s = f->text + f->used;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(s, room, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= room)
		return room ? (s[room - 1] = '\0', s) : "";
	f->used += (size_t)n + 1;
	return s;
}

static int doc_rows(const char *s, int width, int indent)
{
	struct doc d = {.width = width};
	doc_text(&d, s, A_NORMAL, indent);
	int n = d.n ? d.n : 1;
	doc_free(&d);
	return n;
}

/* The rows of a field's value when not being typed in. */
static int value_width(const struct form *f)
{
	return f->width - 4;
}

/* Where a row's label starts: after its mark. */
static int label_x(const struct form_row *r)
{
	return r->kind == FORM_TOGGLE ? 6 : r->kind == FORM_TEXT ? 2 : 4;
}

static void layout(const struct mtg *m, const struct form_def *def, struct form *f)
{
	f->n = 0;
	f->used = 0;
	f->width = COLS - 2;
	f->height = mtg_bottom(m) - mtg_top() + 1;
	def->build(m, f);
	int y = 0;
	for (int i = 0; i < f->n; i++) {
		struct form_row *r = &f->r[i];
		r->y = y;
		if (r->kind == FORM_HEAD)
			r->h = r->label[0] ? doc_rows(r->label, f->width, 0) : 1;
		else
			r->h = doc_rows(r->label, f->width - label_x(r), 0) +
			       (r->kind == FORM_TEXT ? r->lines : 0);
		y += r->h;
	}
}

static bool focusable(const struct form_row *r)
{
	return r->kind != FORM_HEAD;
}

/* The focusable row at or after i (dir 1) or before (dir -1), or -1. */
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

void mform_enter(void *st)
{
	struct mtg *m = st;
	m->focus = 0;
	m->scroll = 0;
	m->typing = false;
}

void mform_focus_id(struct mtg *m, const struct form_def *def, int id)
{
	struct form f;
	layout(m, def, &f);
	for (int i = 0; i < f.n; i++)
		if (focusable(&f.r[i]) && f.r[i].id == id)
			m->focus = i;
}

static bool commit(struct mtg *m, const struct form_def *def)
{
	char *t = textedit_text(&m->ed.ed);
	bool ok = t && def->commit(m, m->ed_id, t);
	if (!t)
		mtg_status(m, true, "NIET OPGESLAGEN: onvoldoende geheugen");
	free(t);
	if (ok && m->ed_dirty) {
		ok = mtg_save(m);
		m->ed_saved |= ok;
	} else if (ok && m->ed_saved) {
		/* kept in a pause already (mform_idle) */
		mtg_status(m, false, "Opgeslagen.");
	}
	if (ok)
		m->ed_dirty = false;
	return ok;
}

static void start_typing(struct mtg *m, const struct form_row *r)
{
	if (!field_init(&m->ed, r->value ? r->value : "", MEETING_MAX_TEXT)) {
		mtg_status(m, true, "Onvoldoende geheugen om te typen.");
		return;
	}
	textedit_end(&m->ed.ed);
	m->ed_id = r->id;
	m->ed_dirty = false;
	m->ed_saved = false;
	m->typing = true;
}

void mform_leave(struct mtg *m, const struct form_def *def)
{
	if (m->typing) {
		commit(m, def);
		m->typing = false;
	}
}

void mform_idle(struct mtg *m, const struct form_def *def)
{
	/* a pause in typing notes keeps them; a field of one line (a date) is
	 * taken when it is done */
	struct form f;
	layout(m, def, &f);
	if (m->typing && m->ed_dirty && m->focus < f.n && f.r[m->focus].lines > 1)
		commit(m, def);
}

const int *mform_keymap(const struct mtg *m, const struct form_def *def)
{
	if (m->typing)
		return m_keys_typing;
	struct form f;
	layout(m, def, &f);
	int k = settle_focus(&f, m->focus);
	if (k < 0)
		return def->sub ? m_keys_sub_choice : m_keys_none;
	switch (f.r[k].kind) {
	case FORM_TEXT:
		return def->sub ? m_keys_sub_field : m_keys_field;
	case FORM_TOGGLE:
		return m_keys_toggle;
	case FORM_LINK:
		return m_keys_steps;
	default:
		return def->sub ? m_keys_sub_choice : m_keys_choice;
	}
}

static void move_focus(struct mtg *m, const struct form *f, int key)
{
	int k = m->focus, n;
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
	default: {
		/* a page: the first focusable row a screen further */
		int dir = key == K_PGUP ? -1 : 1, y = f->r[k].y + dir * (f->height - 1);
		n = k;
		for (int i = k + dir; i >= 0 && i < f->n; i += dir)
			if (focusable(&f->r[i])) {
				n = i;
				if (dir > 0 ? f->r[i].y >= y : f->r[i].y <= y)
					break;
			}
	}
	}
	if (n >= 0)
		m->focus = n;
}

/* Tab while typing: the next text field of the form. */
static void type_next(struct mtg *m, const struct form_def *def)
{
	bool ok = commit(m, def);
	m->typing = false;
	if (!ok)
		return;
	struct form f;
	layout(m, def, &f);
	for (int i = m->focus + 1; i < f.n; i++)
		if (f.r[i].kind == FORM_TEXT) {
			m->focus = i;
			start_typing(m, &f.r[i]);
			return;
		}
}

static enum tui_result typing_key(struct mtg *m, const struct form_def *def, int act, int key)
{
	switch (act) {
	case M_TYPE_DONE:
		/* typing ends either way: a text the core refused or a failed
		 * save is in the status (and a failed save is tried again with
		 * the next change and on the way out) */
		commit(m, def);
		m->typing = false;
		return TUI_HANDLED;
	case M_TYPE_NEXT:
		type_next(m, def);
		return TUI_HANDLED;
	case M_TYPE:
	case M_EDIT: {
		enum field_result r = field_key(&m->ed, key, FIELD_CLEAR);
		if (r == FIELD_CHANGED)
			m->ed_dirty = true;
		else if (r == FIELD_FULL)
			mtg_status(m, false, "De tekst is zo lang als hij mag zijn.");
		return TUI_HANDLED;
	}
	default:
		return TUI_IGNORED;
	}
}

enum tui_result mform_handle(struct mtg *m, const struct form_def *def, int act, int key)
{
	if (m->typing)
		return typing_key(m, def, act, key);
	struct form f;
	layout(m, def, &f);
	m->focus = settle_focus(&f, m->focus);
	switch (act) {
	case M_MOVE:
		if (m->focus >= 0)
			move_focus(m, &f, key);
		return TUI_HANDLED;
	case M_TYPE_START:
		if (m->focus >= 0 && f.r[m->focus].kind == FORM_TEXT)
			start_typing(m, &f.r[m->focus]);
		return TUI_HANDLED;
	case M_CHOOSE:
	case M_TOGGLE:
	case M_OPEN_STEP:
		if (m->focus >= 0 && def->choose)
			def->choose(m, f.r[m->focus].id);
		return TUI_HANDLED;
	case M_PART:
		mtg_go_part(m, key - '0');
		return TUI_HANDLED;
	case M_NEXT_PART: {
		int p = def->part + (key == K_BTAB ? -1 : 1);
		mtg_go_part(m, p < 1 ? 1 : p > MTG_N_PARTS ? MTG_N_PARTS : p);
		return TUI_HANDLED;
	}
	case M_BACK:
		mtg_go(m, &m_steps_screen);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
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

void mform_resize(struct mtg *m, const struct form_def *def)
{
	struct form f;
	layout(m, def, &f);
	int total = f.n ? f.r[f.n - 1].y + f.r[f.n - 1].h : 0;
	m->focus = settle_focus(&f, m->focus);
	if (m->focus >= 0) {
		/* the focused row in view, with the headings it belongs to when
		 * they fit */
		const struct form_row *r = &f.r[m->focus];
		int end = r->y + r->h, cy = context_y(&f, m->focus);
		bool fits = end - cy <= f.height;
		if (r->y < m->scroll || (fits && cy < m->scroll))
			m->scroll = fits ? cy : r->y;
		else if (end > m->scroll + f.height)
			m->scroll = fits ? cy : end - f.height;
	}
	m->scroll = doc_clamp(total, m->scroll, f.height);
	field_settle(&m->ed, value_width(&f));
}

/* A field's value (not being typed in), its first lines, "…" when there is
 * more. */
static void draw_value(const struct form *f, const struct form_row *r, int y, int first, int h)
{
	struct doc d = {.width = value_width(f)};
	if (r->value && r->value[0])
		doc_text(&d, r->value, A_NORMAL, 0);
	for (int i = 0; i < h; i++) {
		int k = first + i;
		attr_t bar = tui_colour(TUI_CYAN);
		tui_put(y + i, 2, 1, "│", bar ? bar : A_DIM);
		if (k == 0 && d.n == 0 && r->placeholder)
			tui_put(y + i, 4, value_width(f), r->placeholder, A_DIM);
		if (k < d.n) {
			bool cut = k == r->lines - 1 && d.n > r->lines;
			int w =
			    tui_put(y + i, 4, value_width(f) - (cut ? 2 : 0), d.rows[k].text, 0);
			if (cut)
				tui_put(y + i, 4 + w + 1, 1, "…", A_DIM);
		}
	}
	doc_free(&d);
}

/* The label of a row, wrapped beside its mark; the detail after its last
 * line where it fits. Lines [first, first + h) at y. Returns the label's
 * lines. */
static int draw_label(const struct mtg *m, const struct form *f, int i, int y, int first, int h)
{
	const struct form_row *r = &f->r[i];
	attr_t at = i == m->focus && !m->typing ? A_REVERSE : 0;
	int x = label_x(r);
	struct doc d = {.width = f->width - x};
	doc_text(&d, r->label, A_NORMAL, 0);
	int n = d.n ? d.n : 1;
	for (int k = first; k < n && k - first < h; k++) {
		int yy = y + k - first;
		if (at)
			tui_fill(yy, 1, f->width, at);
		if (k == 0) {
			const char *mark = r->kind == FORM_CHOICE   ? (r->on ? "●" : "○")
					   : r->kind == FORM_TOGGLE ? (r->on ? "[x]" : "[ ]")
					   : r->kind == FORM_LINK   ? "▸"
								    : NULL;
			if (mark)
				tui_put(yy, 2, 3, mark, at);
		}
		int w = k < d.n ? tui_put(yy, x, f->width - x, d.rows[k].text, at | A_BOLD) : 0;
		if (k == n - 1 && r->detail && r->detail[0] && x + w + 2 < f->width)
			tui_put(yy, x + w + 2, f->width - x - w - 2, r->detail,
				at | (at ? 0 : A_DIM));
	}
	doc_free(&d);
	return n;
}

static void draw_row(const struct mtg *m, const struct form *f, int i, int top)
{
	const struct form_row *r = &f->r[i];
	int first = r->y < m->scroll ? m->scroll - r->y : 0;
	int y = top + r->y + first - m->scroll;
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
	int n = draw_label(m, f, i, y, first, h);
	int shown = n > first ? n - first : 0;
	y += shown;
	h -= shown;
	first = first > n ? first - n : 0;
	if (r->kind != FORM_TEXT || h <= 0)
		return;
	if (m->typing && i == m->focus)
		field_draw_box(&m->ed, y, 2, h, "│", TUI_CYAN, true, NULL);
	else
		draw_value(f, r, y, first, h);
}

void mform_draw(const struct mtg *m, const struct form_def *def)
{
	char title[128];
	mtg_frame(m, def->title_of ? def->title_of(m, title, sizeof(title)) : def->title,
		  def->part);
	struct form f;
	layout(m, def, &f);
	int top = mtg_top();
	int total = f.n ? f.r[f.n - 1].y + f.r[f.n - 1].h : 0;
	doc_scroll_mark(total, m->scroll, f.height, top + f.height);
	/* the focused row last: a field being typed in leaves the cursor */
	for (int i = 0; i < f.n; i++)
		if (i != m->focus)
			draw_row(m, &f, i, top);
	if (m->focus >= 0 && m->focus < f.n)
		draw_row(m, &f, m->focus, top);
	/* the cursor on the focused row (typing: the field placed it) */
	if (!m->typing && m->focus >= 0 && m->focus < f.n) {
		int y = top + f.r[m->focus].y - m->scroll;
		if (y >= top && y < top + f.height)
			tui_focus(y, 2);
	}
}
