/* Trainer projection view (spiegel group --tui): the group report full
 * screen for a beamer. Whole-screen redraw after every key and on resize;
 * only the default colours with bold and reverse video, large bars and big
 * figures that grow with the terminal.
 *
 * Views: 1 overview of the practices, 2 one practice large, 3 one item, 4
 * the summed weerstand profile (when there is one), 5 the shared open
 * answers (never with names) and 6 the change since the baseline, over the
 * items both measurements share (with a baseline). Every figure comes from
 * the group (src/core/group.c); this file only draws them.
 *
 * Privacy: below min_group participants nothing but a message is shown; the
 * baseline's figures likewise only when it has enough participants. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "keys.h"
#include "widget/put.h"
#include "term.h"
#include "text.h"
#include "tui.h"

#include <curses.h>
#include <langinfo.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

#define MIN_COLS 40
#define MIN_LINES 12
#define NUM 48 /* a number as text */

enum pview { PV_OVERVIEW, PV_PRACTICE, PV_ITEM, PV_PROFILE, PV_SHARED, PV_CHANGE, N_PV };

static const char *const view_names[N_PV] = {"overzicht", "praktijk", "vraag",
					     "weerstand", "gedeeld",  "verandering"};

struct proj {
	const struct group *g, *base;
	size_t min;
	bool hide;	   /* too few participants: nothing but a message */
	bool base_shown;   /* a baseline with enough participants */
	size_t *practices; /* the measured practices (n > 0) */
	size_t n_practices;
	size_t *changed; /* practices compared with the baseline */
	size_t n_changed;
	size_t *items; /* the counted items */
	size_t n_items;
	bool has_view[N_PV];
	enum pview view;
	size_t practice, item;	/* positions in practices[] and items[] */
	int page, pages;	/* overview pages (set while drawing) */
	int cpage, cpages;	/* the same for the change view */
	int scroll, scroll_max; /* shared answers */
	bool help;
	bool quit;
};

/* ------------------------------------------------------------ figures */

/* One decimal with a '.', whatever the locale. */
static void tenths(char *buf, size_t size, double v)
{
	long t = isfinite(v) ? lround(v * 10.0) : 0;
	long a = labs(t);
	snprintf(buf, size, "%s%ld.%ld", t < 0 ? "-" : "", a / 10, a % 10);
}

/* "+7.5", "-1.0", "0.0". */
static void signed_tenths(char *buf, size_t size, double v)
{
	long t = isfinite(v) ? lround(v * 10.0) : 0;
	long a = labs(t);
	snprintf(buf, size, "%s%ld.%ld", t < 0 ? "-" : t > 0 ? "+" : "", a / 10, a % 10);
}

static double r1(double v)
{
	return round(v * 10.0) / 10.0;
}

static const char *plural(size_t n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

/* The comparison of practice pi with the baseline: both measurements'
 * scores over the items they share (group.c), when both have them. */
static bool compared(const struct proj *p, size_t pi, const struct group_stat **now,
		     const struct group_stat **base)
{
	if (!p->base_shown || !p->g->compared || !p->base->compared)
		return false;
	*now = &p->g->compared[pi];
	*base = &p->base->compared[pi];
	return (*now)->n && (*base)->n;
}

/* The baseline's twin of item i, when its figures are shown. */
static const struct group_item *base_item(const struct proj *p, size_t i, size_t *j)
{
	if (!p->base_shown || p->g->other != p->base->q || p->g->items[i].other == GROUP_NO_ITEM)
		return NULL;
	*j = p->g->items[i].other;
	return &p->base->items[*j];
}

static const char *vragen(size_t n)
{
	return n == 1 ? "vraag" : "vragen";
}

/* The change since the baseline, from the rounded means (as the reports). */
static void change_text(char *buf, size_t size, const struct group_stat *now,
			const struct group_stat *b)
{
	signed_tenths(buf, size, r1(now->mean) - r1(b->mean));
}

static double approach_score(const struct group_profile *gp, size_t k)
{
	return gp->scenarios ? ((double)gp->most[k] - (double)gp->least[k]) / (double)gp->scenarios
			     : 0;
}

/* ------------------------------------------------------------ drawing */

static int cols_of(const char *s)
{
	wchar_t *w = text_widen(s);
	int n = w ? text_width(w, wcslen(w)) : 0;
	free(w);
	return n;
}

/* UTF-8 text at (y, x) clipped to w columns (and the screen), with "…" at
 * the end when it had to be cut and ellipsis is set. Returns columns used. */
static int put_ex(int y, int x, int w, const char *s, attr_t attr, bool ellipsis)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS)
		return 0;
	if (w > COLS - x)
		w = COLS - x;
	if (w <= 0)
		return 0;
	wchar_t *ws = text_widen(s);
	if (!ws)
		return 0;
	size_t len = wcslen(ws), n = 0;
	text_sanitize(ws, len, false); /* one line: no newline either */
	int cols = 0;
	while (n < len) {
		int cw = text_width(ws + n, 1);
		if (cols + cw > w)
			break;
		cols += cw;
		n++;
	}
	bool cut = n < len;
	if (cut && ellipsis) {
		while (n > 0 && cols + 1 > w) {
			n--;
			cols -= text_width(ws + n, 1);
		}
		while (n > 0 && ws[n - 1] == L' ') {
			n--;
			cols--;
		}
	}
	attron(attr);
	mvaddnwstr(y, x, ws, (int)n);
	if (cut && ellipsis && cols < w) {
		addstr("…");
		cols++;
	}
	attroff(attr);
	free(ws);
	return cols;
}

static int put(int y, int x, int w, const char *s, attr_t attr)
{
	return put_ex(y, x, w, s, attr, true);
}

/* Right-aligned so that the text ends just before column xe. */
static int put_right(int y, int xe, const char *s, attr_t attr)
{
	int w = cols_of(s);
	int x = xe - w;
	if (x < 0)
		x = 0;
	return put(y, x, xe - x, s, attr);
}

static void put_centre(int y, int x, int w, const char *s, attr_t attr)
{
	int n = cols_of(s);
	if (n > w)
		n = w;
	put(y, x + (w - n) / 2, w, s, attr);
}

/* n copies of a one-column glyph, clipped to the screen. */
static void fill(int y, int x, int n, const char *glyph, attr_t attr)
{
	if (y < 0 || y >= LINES)
		return;
	if (x < 0) {
		n += x;
		x = 0;
	}
	if (x + n > COLS)
		n = COLS - x;
	if (n <= 0)
		return;
	attron(attr);
	for (int i = 0; i < n; i++)
		mvaddstr(y, x + i, glyph);
	attroff(attr);
}

/* Word-wrapped text in at most maxl lines of w columns; the last line ends
 * in "…" when the text is longer. Returns the lines used. */
static int put_wrapped(int y, int x, int w, int maxl, const char *s, attr_t attr)
{
	if (maxl <= 0 || w <= 0)
		return 0;
	wchar_t *ws = text_widen(s ? s : "");
	if (!ws)
		return 0;
	size_t *st = NULL, *ln = NULL;
	int n = text_wrap(ws, w, &st, &ln);
	int used = 0;
	for (int i = 0; i < n && i < maxl; i++) {
		char *line = text_narrow(ws + st[i], ln[i]);
		if (!line)
			break;
		if (i == maxl - 1 && n > maxl) {
			/* the rest of the text on this line, cut with "…" */
			char *rest = text_narrow(ws + st[i], wcslen(ws + st[i]));
			put(y + i, x, w, rest ? rest : line, attr);
			free(rest);
		} else {
			put(y + i, x, w, line, attr);
		}
		free(line);
		used++;
	}
	free(st);
	free(ln);
	free(ws);
	return used;
}

static int wrapped_lines(const char *s, int w)
{
	wchar_t *ws = text_widen(s ? s : "");
	if (!ws)
		return 1;
	size_t *st = NULL, *ln = NULL;
	int n = text_wrap(ws, w, &st, &ln);
	free(st);
	free(ln);
	free(ws);
	return n > 0 ? n : 1;
}

/* A bar for frac (0..1) of w columns, with eighth blocks at the end. */
static const char *const eighths[8] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

static void hbar(int y, int x, int w, double frac)
{
	if (!isfinite(frac) || frac < 0)
		frac = 0;
	if (frac > 1)
		frac = 1;
	long e = lround(frac * w * 8.0);
	int full = (int)(e / 8), part = (int)(e % 8);
	fill(y, x, full, "█", A_NORMAL);
	if (part && full < w)
		fill(y, x + full, 1, eighths[part], A_NORMAL);
}

/* A thin (lower half) bar: the baseline, or "minst waarschijnlijk". */
static void thin_bar(int y, int x, int w, double frac)
{
	if (!isfinite(frac) || frac < 0)
		frac = 0;
	if (frac > 1)
		frac = 1;
	fill(y, x, (int)lround(frac * w), "▄", A_NORMAL);
}

/* Column of value v (0-100) on a bar [x, x+w): 0 on the left edge line at
 * x-1, 100 on the right edge line at x+w. */
static int axis_col(int x, int w, double v)
{
	return x - 1 + (int)lround(v * (w + 1) / 100.0);
}

/* "0  25  50  75  100" under a bar [x, x+w). */
static void axis_labels(int y, int x, int w)
{
	static const int marks[] = {0, 25, 50, 75, 100};
	for (size_t i = 0; i < 5; i++) {
		if (w < 30 && (marks[i] == 25 || marks[i] == 75))
			continue;
		char buf[8];
		snprintf(buf, sizeof(buf), "%d", marks[i]);
		int n = (int)strlen(buf);
		int c = axis_col(x, w, marks[i]) - n / 2;
		if (c < x - 1)
			c = x - 1;
		if (c + n > x + w + 1)
			c = x + w + 1 - n;
		put(y, c, n, buf, A_BOLD);
	}
}

/* ------------------------------------------------------------ big figures */

/* A 3x5 font for figures; each dot is two columns wide and one row high,
 * times the scale. */
struct glyph {
	char c;
	const char *rows[5];
};

static const struct glyph font[] = {
    {'0', {"###", "#.#", "#.#", "#.#", "###"}}, {'1', {".#.", "##.", ".#.", ".#.", "###"}},
    {'2', {"###", "..#", "###", "#..", "###"}}, {'3', {"###", "..#", "###", "..#", "###"}},
    {'4', {"#.#", "#.#", "###", "..#", "..#"}}, {'5', {"###", "#..", "###", "..#", "###"}},
    {'6', {"###", "#..", "###", "#.#", "###"}}, {'7', {"###", "..#", "..#", "..#", "..#"}},
    {'8', {"###", "#.#", "###", "#.#", "###"}}, {'9', {"###", "#.#", "###", "..#", "###"}},
    {'.', {".", ".", ".", ".", "#"}},		{'+', {"...", ".#.", "###", ".#.", "..."}},
    {'-', {"...", "...", "###", "...", "..."}},
};

static const struct glyph *glyph_of(char c)
{
	for (size_t i = 0; i < sizeof(font) / sizeof(font[0]); i++)
		if (font[i].c == c)
			return &font[i];
	return NULL;
}

/* Figure sizes ("levels"): 0 plain bold text; 1 medium, the font in half
 * blocks (one column per dot, three rows); 2 and up big, each dot two
 * columns by one row times level - 1 (five rows per scale step). */
static int fig_rows(int level)
{
	return level <= 0 ? 1 : level == 1 ? 3 : 5 * (level - 1);
}

static int fig_width(const char *s, int level)
{
	if (level <= 0)
		return cols_of(s);
	int dots = 0, n = 0;
	for (; *s; s++) {
		const struct glyph *gl = glyph_of(*s);
		if (!gl)
			continue;
		dots += (int)strlen(gl->rows[0]) + (n ? 1 : 0);
		n++;
	}
	return level == 1 ? dots : dots * 2 * (level - 1);
}

static bool dot(const struct glyph *gl, int r, int c)
{
	return r < 5 && gl->rows[r][c] == '#';
}

static void fig_draw(int y, int x, const char *s, int level)
{
	if (level <= 0) {
		put(y, x, COLS - x, s, A_BOLD);
		return;
	}
	int sc = level - 1, n = 0;
	for (; *s; s++) {
		const struct glyph *gl = glyph_of(*s);
		if (!gl)
			continue;
		if (n++)
			x += level == 1 ? 1 : 2 * sc;
		int w = (int)strlen(gl->rows[0]);
		for (int c = 0; c < w; c++) {
			if (level == 1) {
				for (int r = 0; r < 3; r++) {
					bool top = dot(gl, 2 * r, c), bot = dot(gl, 2 * r + 1, c);
					if (top || bot)
						fill(y + r, x + c, 1,
						     top && bot ? "█"
						     : top	? "▀"
								: "▄",
						     A_NORMAL);
				}
				continue;
			}
			for (int r = 0; r < 5; r++)
				if (dot(gl, r, c))
					for (int k = 0; k < sc; k++)
						fill(y + r * sc + k, x + c * 2 * sc, 2 * sc, "█",
						     A_NORMAL);
		}
		x += level == 1 ? w : w * 2 * sc;
	}
}

/* The largest level up to max at which s fits in rows x cols. */
static int fig_fit(const char *s, int rows, int cols, int max)
{
	for (int level = max; level > 0; level--)
		if (fig_rows(level) <= rows && fig_width(s, level) <= cols)
			return level;
	return 0;
}

/* ------------------------------------------------------------ frame */

static void draw_header(const struct proj *p)
{
	const struct group *g = p->g;
	attron(A_REVERSE);
	mvhline(0, 0, ' ', COLS);
	attroff(A_REVERSE);
	char right[160];
	int k =
	    snprintf(right, sizeof(right), "%zu %s", g->n, plural(g->n, "deelnemer", "deelnemers"));
	if (p->base && k > 0 && (size_t)k < sizeof(right)) {
		if (p->base_shown)
			snprintf(right + k, sizeof(right) - (size_t)k, " · nulmeting: %zu",
				 p->base->n);
		else
			snprintf(right + k, sizeof(right) - (size_t)k,
				 " · nulmeting: te weinig (%zu van minimaal %zu)", p->base->n,
				 p->min);
	}
	int rw = cols_of(right);
	if (rw + 12 > COLS)
		rw = 0;
	else
		put_right(0, COLS - 1, right, A_REVERSE | A_BOLD);
	put(0, 1, COLS - 2 - (rw ? rw + 2 : 0), g->q->title, A_REVERSE | A_BOLD);
}

static void draw_footer(const struct proj *p)
{
	int y = LINES - 1;
	const char *end = "? toetsen  q stoppen";
	int ew = cols_of(end);
	put_right(y, COLS - 1, end, A_BOLD);
	if (p->hide)
		return;
	/* the views as tabs: the current one in reverse video */
	int avail = COLS - 2 - ew - 2;
	bool words = true;
	int need = 0;
	for (int v = 0; v < N_PV; v++)
		if (p->has_view[v])
			need += 2 + cols_of(view_names[v]) + 2;
	if (need > avail)
		words = false;
	int x = 1;
	for (int v = 0; v < N_PV; v++) {
		if (!p->has_view[v])
			continue;
		char buf[32];
		/* too narrow for every name: the current view's name still */
		if (words || (int)p->view == v)
			snprintf(buf, sizeof(buf), " %d %s ", v + 1, view_names[v]);
		else
			snprintf(buf, sizeof(buf), " %d ", v + 1);
		if (x + cols_of(buf) > avail + 1)
			break;
		x += put(y, x, avail + 1 - x, buf,
			 (int)p->view == v ? (A_REVERSE | A_BOLD) : A_BOLD);
		x += 1;
	}
}

static void draw_help(const struct proj *p)
{
	char views[32];
	int last = 1;
	for (int v = 0; v < N_PV; v++)
		if (p->has_view[v])
			last = v + 1;
	snprintf(views, sizeof(views), "Tab  1-%d", last);
	const char *lines[][2] = {
	    {"← →  p n  PgUp PgDn", "vorige / volgende"},
	    {"Home End", "eerste / laatste"},
	    {views, "andere weergave"},
	    {"?", "toetsen tonen of verbergen"},
	    {"q  Esc", "stoppen"},
	    {"↑ ↓", "schuiven"},
	};
	int n = p->has_view[PV_SHARED] ? 6 : 5;
	if (p->hide) {
		/* nothing to step through: only the help and quitting */
		lines[0][0] = lines[3][0];
		lines[0][1] = lines[3][1];
		lines[1][0] = lines[4][0];
		lines[1][1] = lines[4][1];
		n = 2;
	}
	int h = n + 2;
	int top = LINES - 1 - h;
	if (top < 1)
		top = 1;
	for (int i = 0; i < h && top + i < LINES - 1; i++) {
		attron(A_REVERSE);
		mvhline(top + i, 0, ' ', COLS);
		attroff(A_REVERSE);
	}
	int kw = COLS < 60 ? 14 : 22;
	for (int i = 0; i < n && top + 1 + i < LINES - 1; i++) {
		put(top + 1 + i, 2, kw, lines[i][0], A_REVERSE | A_BOLD);
		put(top + 1 + i, 2 + kw + 1, COLS - kw - 4, lines[i][1], A_REVERSE);
	}
}

/* A big reverse-video box with a message, centred in rows [top, bottom). */
static void message_box(int top, int bottom, const char *const *lines, int n)
{
	int w = COLS - 4;
	if (w > 72)
		w = 72;
	int text = 0;
	for (int i = 0; i < n; i++)
		text += wrapped_lines(lines[i], w - 4);
	int h = text + 4;
	if (h > bottom - top)
		h = bottom - top;
	int y0 = top + (bottom - top - h) / 2, x0 = (COLS - w) / 2;
	attron(A_REVERSE);
	for (int i = 0; i < h; i++)
		mvhline(y0 + i, x0, ' ', w);
	attroff(A_REVERSE);
	int y = y0 + (h > text + 2 ? 2 : h > text ? 1 : 0);
	for (int i = 0; i < n && y < y0 + h; i++) {
		int rows = wrapped_lines(lines[i], w - 4);
		if (y + rows > y0 + h)
			rows = y0 + h - y;
		/* every line centred: wrap, then centre each part */
		wchar_t *ws = text_widen(lines[i]);
		size_t *st = NULL, *ln = NULL;
		int m = ws ? text_wrap(ws, w - 4, &st, &ln) : 0;
		for (int k = 0; k < m && k < rows; k++) {
			char *part = text_narrow(ws + st[k], ln[k]);
			if (part) {
				while (*part && part[strlen(part) - 1] == ' ')
					part[strlen(part) - 1] = '\0';
				put_centre(y + k, x0 + 2, w - 4, part,
					   A_REVERSE | (i == 0 ? A_BOLD : 0));
			}
			free(part);
		}
		free(st);
		free(ln);
		free(ws);
		y += rows;
	}
}

static void draw_too_few(const struct proj *p)
{
	char count[96];
	snprintf(count, sizeof(count), "%zu van minimaal %zu", p->g->n, p->min);
	const char *lines[] = {
	    "Te weinig deelnemers",
	    count,
	    "De groepscijfers blijven verborgen, zodat niemand herkenbaar is.",
	};
	message_box(1, LINES - 1, lines, 3);
}

/* ------------------------------------------------------------ overview */

/* The rows of the overview (cmp false: own scores) or of the change
 * view (cmp true: the comparison over the shared items). */
struct ov_row {
	size_t pi;
	const struct group_stat *st, *bs; /* bs: the baseline, change view only */
	size_t items;
};

static size_t ov_rows(const struct proj *p, bool cmp, struct ov_row *out)
{
	size_t n = cmp ? p->n_changed : p->n_practices;
	for (size_t i = 0; i < n; i++) {
		size_t pi = cmp ? p->changed[i] : p->practices[i];
		struct ov_row *r = &out[i];
		r->pi = pi;
		if (cmp) {
			compared(p, pi, &r->st, &r->bs);
			r->items = p->g->compared_items[pi];
		} else {
			r->st = &p->g->practices[pi];
			r->bs = NULL;
			r->items = p->g->practice_items[pi];
		}
	}
	return n;
}

/* A practice's label: its name and (tall) "(3 vragen)" or (inline) "(3)";
 * the name is cut so that the count stays. */
static void row_label(int y, int w, const char *name, size_t items, bool tall)
{
	char count[48];
	if (tall)
		snprintf(count, sizeof(count), " (%zu %s)", items, vragen(items));
	else
		snprintf(count, sizeof(count), " (%zu)", items);
	int cw = cols_of(count), nw = cols_of(name);
	int room = w - cw;
	if (room < 4) {
		put(y, 1, w, name, A_BOLD);
		return;
	}
	int used = put(y, 1, nw < room ? nw : room, name, A_BOLD);
	put(y, 1 + used, w - used, count, A_NORMAL);
}

static void edges(int y, int x, int w)
{
	fill(y, x - 1, 1, "│", A_BOLD);
	fill(y, x + w, 1, "│", A_BOLD);
}

static void draw_overview(struct proj *p, int top, int bottom, bool cmp)
{
	const struct group *g = p->g;
	size_t nrows = cmp ? p->n_changed : p->n_practices;
	if (nrows == 0) {
		const char *lines[] = {"Geen praktijkscores",
				       cmp ? "Geen praktijk is over de gedeelde vragen in beide "
					     "metingen gemeten."
					   : "Er zijn nog geen vragen beantwoord die bij een "
					     "praktijk horen."};
		message_box(top, bottom, lines, 2);
		return;
	}
	struct ov_row *rw = calloc(nrows, sizeof(*rw));
	if (!rw)
		return;
	ov_rows(p, cmp, rw);
	bool base = cmp;
	int *page = cmp ? &p->cpage : &p->page, *pages = cmp ? &p->cpages : &p->pages;
	const char *title = cmp ? "Verandering sinds de nulmeting (gemiddelde score 0-100)"
				: "Gemiddelde score per praktijk (0-100)";
	put(top, 1, COLS - 2, title, A_BOLD);
	int legend_x = COLS - 1;
	if (base) {
		const char *legend = "█ nu   ▄ nulmeting";
		int lw = cols_of(legend);
		if (cols_of(title) + lw + 4 < COLS) {
			put_right(top, COLS - 1, legend, A_BOLD);
			legend_x = COLS - 1 - lw - 2;
		}
	}
	int y_sub = top + 1;
	top += 2;
	int axis_y = bottom - 1;
	int rows = axis_y - top;
	if (rows < 1) {
		free(rw);
		return;
	}

	int n = (int)nrows, kb = base ? 1 : 0;
	int cap = LINES / 6 > 2 ? LINES / 6 : 2;
	int per = rows / n;
	bool tall = per >= 2 + kb;
	int gap = 0, hb = 1, per_page = n;
	if (tall) {
		gap = per >= 4 + kb ? 1 : 0;
		hb = per - 1 - kb - gap;
		if (hb > cap)
			hb = cap;
	} else if (per >= 1 + kb) {
		hb = per - kb;
		if (hb > cap)
			hb = cap;
	} else {
		per_page = rows / (1 + kb);
		if (per_page < 1)
			per_page = 1;
	}
	*pages = (n + per_page - 1) / per_page;
	if (*page >= *pages)
		*page = *pages - 1;
	if (*page < 0)
		*page = 0;
	int first = *page * per_page, last = first + per_page;
	if (last > n)
		last = n;
	/* the subtitle: what the figures rest on, and the page */
	char sub[160];
	if (cmp)
		snprintf(sub, sizeof(sub), "alleen over de %zu %s die beide metingen delen",
			 g->n_common, vragen(g->n_common));
	else
		snprintf(sub, sizeof(sub), "tussen haakjes: het aantal vragen per praktijk");
	int sub_end = legend_x - 1;
	if (*pages > 1) {
		char pg[48];
		snprintf(pg, sizeof(pg), "pagina %d van %d", *page + 1, *pages);
		put_right(y_sub, COLS - 1, pg, A_BOLD);
		sub_end = COLS - 1 - cols_of(pg) - 2;
	}
	put(y_sub, 1, sub_end - 1, sub, A_NORMAL);

	/* the figures on the right; on a large screen the means as figures
	 * as high as the bars (at most two fifths of the width) */
	int rc = !base ? 7 : tall ? 22 : 12;
	int level = 0;
	if (COLS >= 100) {
		level = 4;
		for (int i = first; i < last; i++) {
			char m[NUM];
			tenths(m, sizeof(m), rw[i].st->mean);
			int l = fig_fit(m, hb, COLS * 2 / 5 - 2, 4);
			if (l < level)
				level = l;
		}
		for (int i = first; level && i < last; i++) {
			char m[NUM];
			tenths(m, sizeof(m), rw[i].st->mean);
			if (fig_width(m, level) + 2 > rc)
				rc = fig_width(m, level) + 2;
		}
	}
	int lw = 0; /* label column (inline layout) */
	if (!tall) {
		for (int i = 0; i < n; i++) {
			char count[32];
			snprintf(count, sizeof(count), " (%zu)", rw[i].items);
			int w = cols_of(g->cat->practices[rw[i].pi].name) + cols_of(count);
			if (w > lw)
				lw = w;
		}
		if (lw > COLS / 3)
			lw = COLS / 3;
	}
	int x = tall ? 2 : 1 + lw + 2;
	int w = COLS - x - rc - 2;
	if (w < 4)
		w = 4;
	int xr = x + w + 2;
	int block = (tall ? 1 : 0) + hb + kb + gap;
	int used = (last - first) * block - gap;
	int y = top + (rows - used) / 2;
	if (y < top)
		y = top;
	for (int i = first; i < last; i++) {
		const struct group_stat *st = rw[i].st, *bs = rw[i].bs;
		const char *name = g->cat->practices[rw[i].pi].name;
		char mean[NUM], change[NUM] = "", bmean[3 * NUM];
		tenths(mean, sizeof(mean), st->mean);
		if (bs)
			change_text(change, sizeof(change), st, bs);
		if (tall) {
			row_label(y, COLS - 2, name, rw[i].items, true);
			y++;
		} else {
			row_label(y, lw, name, rw[i].items, false);
		}
		for (int r = 0; r < hb; r++) {
			edges(y + r, x, w);
			hbar(y + r, x, w, r1(st->mean) / 100.0);
		}
		/* the change under the mean when there is a row for it; else
		 * after it (inline: the label column says "nulmeting") or after
		 * the baseline's mean */
		bool change_below = bs && hb >= fig_rows(level) + 1;
		int um = level ? fig_width(mean, level) : cols_of(mean);
		fig_draw(y, xr, mean, level);
		if (change_below)
			put(y + fig_rows(level), xr, rc, change, A_BOLD);
		else if (bs && !tall)
			put(y, xr + um + 2, rc - um - 2, change, A_BOLD);
		y += hb;
		if (base) {
			edges(y, x, w);
			char bm[NUM] = "-";
			if (bs) {
				thin_bar(y, x, w, r1(bs->mean) / 100.0);
				tenths(bm, sizeof(bm), bs->mean);
			}
			if (tall) {
				snprintf(bmean, sizeof(bmean), "nulmeting %s", bm);
			} else {
				put(y, 3, lw - 2, "nulmeting", A_NORMAL);
				snprintf(bmean, sizeof(bmean), "%s", bm);
			}
			int u = put(y, xr, rc, bmean, A_NORMAL);
			if (bs && tall && !change_below)
				put(y, xr + u + 2, rc - u - 2, change, A_BOLD);
			y++;
		}
		y += gap;
	}
	axis_labels(y - gap < axis_y ? y - gap : axis_y, x, w);
	free(rw);
}

/* ------------------------------------------------------------ one practice */

/* "label value" pairs on one line, values bold; returns the columns used. */
static int put_pair(int y, int x, int w, const char *label, const char *value)
{
	int u = put(y, x, w, label, A_NORMAL);
	if (u < w)
		u += 1;
	u += put(y, x + u, w - u, value, A_BOLD);
	return u;
}

static void draw_range(int y, int x, int w, int hr, const struct group_stat *st)
{
	/* the marker of the mean above the band */
	int cm = axis_col(x, w, st->mean);
	if (cm < x)
		cm = x;
	if (cm > x + w - 1)
		cm = x + w - 1;
	const char *lab = "gemiddelde";
	int lw = cols_of(lab);
	put(y, cm, 1, "▼", A_BOLD);
	if (cm + 2 + lw <= x + w)
		put(y, cm + 2, lw, lab, A_BOLD);
	else
		put(y, cm - 1 - lw, lw, lab, A_BOLD);
	y++;
	/* the band from the lowest to the highest score */
	int a = axis_col(x, w, st->min), b = axis_col(x, w, st->max);
	if (a < x)
		a = x;
	if (b > x + w - 1)
		b = x + w - 1;
	if (b < a)
		b = a;
	for (int r = 0; r < hr; r++) {
		edges(y + r, x, w);
		fill(y + r, a, b - a + 1, "█", A_NORMAL);
	}
	y += hr;
	/* the axis */
	fill(y, x - 1, w + 2, "─", A_BOLD);
	fill(y, x - 1, 1, "└", A_BOLD);
	fill(y, x + w, 1, "┘", A_BOLD);
	for (int v = 25; v < 100; v += 25)
		fill(y, axis_col(x, w, v), 1, "┴", A_BOLD);
	axis_labels(y + 1, x, w);
	y += 2;
	/* the lowest and the highest score under their ends */
	char lo[NUM], hi[NUM], tl[NUM + 8], th[NUM + 8];
	tenths(lo, sizeof(lo), st->min);
	tenths(hi, sizeof(hi), st->max);
	snprintf(tl, sizeof(tl), "min %s", lo);
	snprintf(th, sizeof(th), "max %s", hi);
	int wl = cols_of(tl), wh = cols_of(th);
	int xl = a, xh = b + 1 - wh;
	if (xl + wl > x + w + 1)
		xl = x + w + 1 - wl;
	if (xl < x - 1)
		xl = x - 1;
	if (xh < xl + wl + 3)
		xh = xl + wl + 3;
	put_pair(y, xl, wl, "min", lo);
	put_pair(y, xh, wh, "max", hi);
}

static void draw_practice(struct proj *p, int top, int bottom)
{
	const struct group *g = p->g;
	if (p->n_practices == 0) {
		const char *lines[] = {"Geen praktijkscores"};
		message_box(top, bottom, lines, 1);
		return;
	}
	size_t pi = p->practices[p->practice];
	const struct group_stat *st = &g->practices[pi];
	/* the comparison with the baseline is a separate figure, over the
	 * shared items: a line of its own, never beside the own mean */
	const struct group_stat *cn = NULL, *bs = NULL;
	bool cmp = compared(p, pi, &cn, &bs);
	char pos[48];
	snprintf(pos, sizeof(pos), "praktijk %zu van %zu", p->practice + 1, p->n_practices);
	int pw = cols_of(pos);
	put_right(top, COLS - 1, pos, A_NORMAL);
	int y = top, tw = COLS - 4 - pw;
	if (tw < COLS / 2) { /* narrow: the name under the position */
		y++;
		tw = COLS - 2;
	}
	y += put_wrapped(y, 1, tw, 2, g->cat->practices[pi].name, A_BOLD);
	y++;

	char mean[NUM], median[NUM], sd[NUM];
	tenths(mean, sizeof(mean), st->mean);
	tenths(median, sizeof(median), st->median);
	tenths(sd, sizeof(sd), st->sd);
	char cmpline[320] = "";
	if (cmp) {
		char change[NUM], bmean[NUM], nmean[NUM];
		change_text(change, sizeof(change), cn, bs);
		tenths(bmean, sizeof(bmean), bs->mean);
		tenths(nmean, sizeof(nmean), cn->mean);
		snprintf(cmpline, sizeof(cmpline),
			 "sinds de nulmeting, over %zu gedeelde %s: %s → %s, verandering %s",
			 g->compared_items[pi], vragen(g->compared_items[pi]), bmean, nmean,
			 change);
	}
	int rows = bottom - y;
	/* rows besides the big figures: caption, blank, figures, blank, range
	 * (marker, band, axis, labels, min/max), and the comparison */
	int fixed = 1 + 1 + 1 + 1 + 4 + (cmp ? 1 : 0);
	int level = 0;
	for (int l = 4; l >= 1; l--) {
		int hmin = l > 1 ? l - 1 : 1;
		if (fig_rows(l) + fixed + hmin <= rows && fig_width(mean, l) + 4 <= COLS) {
			level = l;
			break;
		}
	}
	int fr = level ? fig_rows(level) : 0;
	int hr = rows - fixed - fr;
	int hr_cap = level ? level + 1 : 1;
	if (hr > hr_cap)
		hr = hr_cap;
	if (hr < 1)
		hr = 1;
	int used = fr + fixed + hr;
	if (used < rows)
		y += (rows - used) / 2;

	/* the mean large, with a caption */
	int xm = 2;
	char cap_mean[NUM + 16];
	snprintf(cap_mean, sizeof(cap_mean), "gemiddelde %s", mean);
	if (level) {
		fig_draw(y, xm, mean, level);
		y += fr;
		put(y, xm, COLS - xm - 1, cap_mean, A_BOLD);
		y++;
	} else {
		put_pair(y, xm, COLS - 4, "gemiddelde", mean);
		y++;
	}
	y++;
	/* median, spread, participants, the items it rests on */
	char part[48], items[64];
	snprintf(part, sizeof(part), "%zu", st->n);
	snprintf(items, sizeof(items), "· %zu %s", g->practice_items[pi],
		 vragen(g->practice_items[pi]));
	int x = xm;
	x += put_pair(y, x, COLS - x - 1, "mediaan", median) + 4;
	x += put_pair(y, x, COLS - x - 1, "spreiding (sd)", sd) + 4;
	x += put(y, x, COLS - x - 1, part, A_BOLD) + 1;
	x += put(y, x, COLS - x - 1, plural(st->n, "deelnemer", "deelnemers"), A_NORMAL) + 1;
	put(y, x, COLS - x - 1, items, A_NORMAL);
	if (cmp)
		put(++y, xm, COLS - xm - 1, cmpline, A_BOLD);
	y += 2;
	if (y + 4 + hr <= bottom) {
		draw_range(y, 3, COLS - 8, hr, st);
		return;
	}
	/* no room for the range drawn: the lowest and highest as text */
	char lo[NUM], hi[NUM];
	tenths(lo, sizeof(lo), st->min);
	tenths(hi, sizeof(hi), st->max);
	y--;
	x = xm + put_pair(y, xm, COLS - xm - 1, "min", lo) + 4;
	put_pair(y, x, COLS - x - 1, "max", hi);
}

/* ------------------------------------------------------------ one item */

#define MAX_CATS 24

struct cat {
	char label[200];
	size_t count, least;
	size_t base, base_least; /* the baseline's counts of the same answer */
};

static size_t item_cats(const struct group *g, size_t i, struct cat *out)
{
	const struct item *it = &g->q->items[i];
	const struct group_item *gi = &g->items[i];
	size_t n = 0;
	for (size_t k = 0; k < gi->n_counts && n < MAX_CATS - 1; k++) {
		if (it->type == ITEM_LIKERT && k == CONTENT_SCALE_POINTS && !it->na)
			continue;
		struct cat *c = &out[n++];
		memset(c, 0, sizeof(*c));
		c->count = gi->counts[k];
		c->least = gi->least ? gi->least[k] : 0;
		if (it->type == ITEM_LIKERT && k == CONTENT_SCALE_POINTS)
			snprintf(c->label, sizeof(c->label), "niet van toepassing");
		else if (it->type == ITEM_LIKERT)
			snprintf(c->label, sizeof(c->label), "%zu %s", k + 1, it->scale[k]);
		else
			snprintf(c->label, sizeof(c->label), "%s", it->options[k].label);
	}
	struct cat *c = &out[n++];
	memset(c, 0, sizeof(*c));
	snprintf(c->label, sizeof(c->label), "geen antwoord");
	c->count = gi->missing;
	return n;
}

static void draw_open_item(const struct proj *p, const struct group_item *gi,
			   const struct group_item *bi, int y, int bottom)
{
	char a[NUM], s[NUM], ca[NUM + 16], cs[NUM + 32];
	snprintf(a, sizeof(a), "%zu", gi->answered);
	snprintf(s, sizeof(s), "%zu", gi->shared);
	snprintf(ca, sizeof(ca), "%s beantwoord", a);
	snprintf(cs, sizeof(cs), "%s gedeeld met de groep", s);
	int rows = bottom - y - (bi ? 2 : 0);
	int x2 = COLS / 2;
	int level = LINES / 16 + 1;
	int la = fig_fit(a, rows - 4, x2 - 4, level), ls = fig_fit(s, rows - 4, x2 - 4, level);
	level = la < ls ? la : ls;
	if (level) {
		y += (rows - fig_rows(level) - 4) / 2;
		fig_draw(y, 3, a, level);
		fig_draw(y, x2, s, level);
		y += fig_rows(level);
	}
	put(y, 3, x2 - 4, ca, A_BOLD);
	put(y, x2, COLS - x2 - 1, cs, A_BOLD);
	y += 2;
	if (bi) {
		char line[128];
		snprintf(line, sizeof(line), "nulmeting: %zu beantwoord, %zu gedeeld met de groep",
			 bi->answered, bi->shared);
		put(y, 3, COLS - 6, line, A_NORMAL);
		y += 2;
	}
	put_wrapped(y, 3, COLS - 6, bottom - y,
		    p->has_view[PV_SHARED] ? "Open vraag: de gedeelde antwoorden staan bij 5."
					   : "Open vraag: de antwoorden zelf staan hier niet.",
		    A_NORMAL);
}

static void draw_item(struct proj *p, int top, int bottom)
{
	const struct group *g = p->g;
	if (p->n_items == 0) {
		const char *lines[] = {"Geen vragen"};
		message_box(top, bottom, lines, 1);
		return;
	}
	size_t i = p->items[p->item], j = 0;
	const struct item *it = &g->q->items[i];
	const struct group_item *gi = &g->items[i];
	/* the same question in the baseline: its counts beside these */
	const struct group_item *bi = base_item(p, i, &j);
	char pos[96];
	snprintf(pos, sizeof(pos), "%s%s · vraag %zu van %zu", bi ? "▄ nulmeting · " : "", it->id,
		 p->item + 1, p->n_items);
	int pw = cols_of(pos);
	put_right(top, COLS - 1, pos, A_NORMAL);
	int y = top, tw = COLS - 4 - pw;
	if (tw < COLS / 2) { /* narrow: the text under the position */
		y++;
		tw = COLS - 2;
	}
	int rows = bottom - y;
	bool scen = it->type == ITEM_SCENARIO;
	struct cat cats[MAX_CATS];
	size_t nc = it->type == ITEM_OPEN ? 0 : item_cats(g, i, cats);
	if (bi && nc) {
		struct cat bc[MAX_CATS];
		if (item_cats(p->base, j, bc) == nc) {
			for (size_t k = 0; k < nc; k++) {
				cats[k].base = bc[k].count;
				cats[k].base_least = bc[k].least;
			}
		} else {
			bi = NULL; /* the same item: never, but never misalign */
		}
	}
	/* a thin row for the baseline under each bar (not for situations:
	 * their baseline counts are written beside them) */
	int kb = bi && !scen ? 1 : 0;
	/* the least rows a distribution needs */
	int need = it->type == ITEM_OPEN ? 3 : (int)nc * ((scen ? 2 : 1) + kb) + 1;
	int maxl = rows - need - 1;
	if (maxl < 1)
		maxl = 1;
	if (maxl > 4 + rows / 6)
		maxl = 4 + rows / 6;
	if (scen && it->title) {
		y += put_wrapped(y, 1, tw, 1, it->title, A_BOLD);
		int ml = maxl - 1;
		if (ml > 0)
			y += put_wrapped(y, 1, COLS - 2, ml, it->text, A_NORMAL);
	} else {
		y += put_wrapped(y, 1, tw, maxl, it->text, A_BOLD);
	}
	y++;
	if (it->type == ITEM_OPEN) {
		draw_open_item(p, gi, bi, y, bottom);
		return;
	}
	rows = bottom - y;
	if (rows < 1)
		return;
	/* the bar height per answer category: "geen antwoord" has one row,
	 * scenarios one more (least likely, thin), the baseline one more; a
	 * blank row after each category when there is room */
	int nb = (int)nc - 1, extra = (scen ? 1 : 0) + kb;
	int cap = LINES / 8 > 1 ? LINES / 8 : 1;
	int gap = 1;
	int hb = nb ? (rows - 1 - kb - nb - nb * extra) / nb : 1;
	if (hb < 1) {
		gap = 0;
		hb = nb ? (rows - 1 - kb - nb * extra) / nb : 1;
	}
	if (hb > cap)
		hb = cap;
	if (hb < 1)
		hb = 1;
	int lw = 0;
	for (size_t k = 0; k < nc; k++) {
		int w = cols_of(cats[k].label);
		if (w > lw)
			lw = w;
	}
	int lcap = scen ? COLS * 2 / 5 : COLS / 3;
	if (lw > lcap)
		lw = lcap;
	int rc = scen ? (bi ? 20 : 10) : bi ? 9 : 5;
	/* on a large screen the counts as figures as high as the bars */
	int level = 0;
	if (!scen && COLS >= 100) {
		level = 4;
		for (size_t k = 0; k + 1 < nc; k++) {
			char num[NUM];
			snprintf(num, sizeof(num), "%zu", cats[k].count);
			int l = fig_fit(num, hb, COLS / 5, 4);
			if (l < level)
				level = l;
		}
		for (size_t k = 0; level && k + 1 < nc; k++) {
			char num[NUM];
			snprintf(num, sizeof(num), "%zu", cats[k].count);
			if (fig_width(num, level) + 2 > rc)
				rc = fig_width(num, level) + 2;
		}
	}
	int x = 1 + lw + 2, w = COLS - x - rc - 2;
	if (w < 4)
		w = 4;
	int xr = x + w + 2;
	double all = g->n ? (double)g->n : 1;
	double ball = bi && p->base->n ? (double)p->base->n : 1;
	size_t shown = 0;
	for (size_t k = 0; k < nc; k++) {
		bool last = k == nc - 1;
		int hk = last ? 1 : hb;
		int height = ((scen && !last) ? hk + 1 : hk) + kb;
		if (y + height > bottom)
			break;
		shown++;
		const struct cat *c = &cats[k];
		char num[NUM];
		put_wrapped(y, 1, lw, height - kb, c->label, last ? A_NORMAL : A_BOLD);
		if (scen && !last) {
			for (int r = 0; r < hk; r++) {
				edges(y + r, x, w);
				hbar(y + r, x, w, (double)c->count / all);
			}
			edges(y + hk, x, w);
			thin_bar(y + hk, x, w, (double)c->least / all);
			if (bi)
				snprintf(num, sizeof(num), "meest %zu · nulm. %zu", c->count,
					 c->base);
			else
				snprintf(num, sizeof(num), "meest %zu", c->count);
			put(y, xr, rc, num, A_BOLD);
			if (bi)
				snprintf(num, sizeof(num), "minst %zu · nulm. %zu", c->least,
					 c->base_least);
			else
				snprintf(num, sizeof(num), "minst %zu", c->least);
			put(y + hk, xr, rc, num, A_BOLD);
		} else if (scen) {
			for (int r = 0; r < hk; r++) {
				edges(y + r, x, w);
				hbar(y + r, x, w, (double)c->count / all);
			}
			if (bi)
				snprintf(num, sizeof(num), "%zu · nulm. %zu", c->count, c->base);
			else
				snprintf(num, sizeof(num), "%zu", c->count);
			put(y, xr, rc, num, A_BOLD);
		} else {
			for (int r = 0; r < hk; r++) {
				edges(y + r, x, w);
				hbar(y + r, x, w, (double)c->count / all);
			}
			snprintf(num, sizeof(num), "%zu", c->count);
			fig_draw(y, xr, num, last ? 0 : level);
			if (kb) {
				edges(y + hk, x, w);
				thin_bar(y + hk, x, w, (double)c->base / ball);
				snprintf(num, sizeof(num), "%zu", c->base);
				put(y + hk, xr, rc, num, A_NORMAL);
			}
		}
		y += height + (last ? 0 : gap);
	}
	if (shown < nc)
		put(bottom - 1, 1, COLS - 2, "… maak het venster groter om alles te zien", A_BOLD);
}

/* ------------------------------------------------------------ profile */

static void draw_profile(struct proj *p, int top, int bottom)
{
	const struct group *g = p->g;
	const struct group_profile *gp = &g->profile;
	const struct profile *pf = g->q->profile;
	char head[160];
	snprintf(head, sizeof(head), "Weerstandsprofiel: %zu %s, %zu situaties", gp->participants,
		 plural(gp->participants, "deelnemer", "deelnemers"), gp->scenarios);
	put(top, 1, COLS - 2, head, A_BOLD);
	int y = top + 2;
	/* below the chart: the axis labels, the legend and the fit */
	int foot = 3;
	int rows = bottom - y - foot;
	if (rows < N_APPROACHES)
		rows = N_APPROACHES;
	int per = rows / N_APPROACHES;
	int gap = per >= 3 ? 1 : 0;
	int hb = per - gap;
	int cap = LINES / 8 > 2 ? LINES / 8 : 2;
	if (hb > cap)
		hb = cap;
	if (hb < 1)
		hb = 1;
	int lw = 0;
	for (size_t k = 0; k < N_APPROACHES; k++) {
		int w = cols_of(pf->approaches[k].name);
		if (w > lw)
			lw = w;
	}
	if (lw < 26)
		lw = 26; /* "voorkeur van 2 deelnemers" */
	if (lw > COLS / 3)
		lw = COLS / 3;
	int rc = 6;
	/* on a large screen the scores as figures as high as the bars */
	int level = 0;
	if (COLS >= 100) {
		level = 4;
		for (size_t k = 0; k < N_APPROACHES; k++) {
			char num[NUM];
			signed_tenths(num, sizeof(num), approach_score(gp, k));
			int l = fig_fit(num, hb, COLS / 5, 4);
			if (l < level)
				level = l;
		}
		for (size_t k = 0; level && k < N_APPROACHES; k++) {
			char num[NUM];
			signed_tenths(num, sizeof(num), approach_score(gp, k));
			if (fig_width(num, level) + 2 > rc)
				rc = fig_width(num, level) + 2;
		}
	}
	int x = 1 + lw + 2, w = COLS - x - rc - 2;
	if (w % 2 == 0)
		w--;
	if (w < 5)
		w = 5;
	int half = w / 2, c = x + half, xr = x + w + 2;
	int used = N_APPROACHES * (hb + gap) - gap;
	if (used < rows)
		y += (rows - used) / 2;
	int y0 = y;
	for (size_t k = 0; k < N_APPROACHES; k++) {
		double v = approach_score(gp, k);
		int n = (int)lround(fabs(r1(v)) * half);
		if (n > half)
			n = half;
		char num[NUM], detail[64];
		signed_tenths(num, sizeof(num), v);
		put(y, 1, lw, pf->approaches[k].name, A_BOLD);
		if (hb >= 2) {
			snprintf(detail, sizeof(detail), "meest %zu, minst %zu", gp->most[k],
				 gp->least[k]);
			put(y + 1, 1, lw, detail, A_NORMAL);
		}
		if (hb >= 3) {
			snprintf(detail, sizeof(detail), "voorkeur van %zu %s", gp->preferred[k],
				 plural(gp->preferred[k], "deelnemer", "deelnemers"));
			put(y + 2, 1, lw, detail, A_NORMAL);
		}
		for (int r = 0; r < hb; r++) {
			edges(y + r, x, w);
			if (v < 0)
				fill(y + r, c - n, n, "█", A_NORMAL);
			else
				fill(y + r, c + 1, n, "█", A_NORMAL);
		}
		fig_draw(y, xr, num, level);
		y += hb + gap;
	}
	y -= gap;
	for (int r = y0; r < y; r++)
		fill(r, c, 1, "┃", A_BOLD);
	/* axis */
	put(y, x - 1, 2, "-1", A_BOLD);
	put(y, c, 1, "0", A_BOLD);
	put(y, x + w - 1, 2, "+1", A_BOLD);
	y++;
	static const char *const legend[][2] = {
	    {"◀ vaker minst waarschijnlijk", "vaker meest waarschijnlijk ▶"},
	    {"◀ vaker minst", "vaker meest ▶"},
	    {"◀ minst", "meest ▶"},
	};
	for (size_t i = 0; i < 3; i++) {
		const char *l = legend[i][0], *r = legend[i][1];
		if (cols_of(l) + cols_of(r) + 2 <= w + 2 || i == 2) {
			put(y, x - 1, half + 1, l, A_NORMAL);
			put_right(y, x + w + 1, r, A_NORMAL);
			break;
		}
	}
	y++;
	if (y < bottom) {
		char fit[96];
		snprintf(fit, sizeof(fit), "%ld%%",
			 gp->scenarios ? lround(100.0 * (double)gp->fit_n / (double)gp->scenarios)
				       : 0L);
		put_pair(y, 1, COLS - 2, "Keuze past bij de situatie:", fit);
	}
}

/* ------------------------------------------------------------ shared */

/* The shared open answers as lines (item text bold, then the answers);
 * drawn from line `from`, or only counted when draw is false. */
static int shared_lines(const struct proj *p, int top, int bottom, int from, bool draw)
{
	const struct group *g = p->g;
	int line = 0, w = COLS - 6;
	size_t last = (size_t)-1;
	for (size_t k = 0; k < g->n_shared; k++) {
		const struct group_shared *e = &g->shared[k];
		if (e->item != last) {
			const char *q = g->q->items[e->item].text;
			int n = wrapped_lines(q, COLS - 2);
			if (line)
				line++;
			for (int i = 0; i < n; i++, line++)
				if (draw && line >= from && top + line - from < bottom) {
					wchar_t *ws = text_widen(q);
					size_t *st = NULL, *ln = NULL;
					int m = ws ? text_wrap(ws, COLS - 2, &st, &ln) : 0;
					char *part = i < m ? text_narrow(ws + st[i], ln[i]) : NULL;
					if (part)
						put(top + line - from, 1, COLS - 2, part, A_BOLD);
					free(part);
					free(st);
					free(ln);
					free(ws);
				}
			last = e->item;
		}
		/* the answer, never the name */
		wchar_t *ws = text_widen(e->text);
		size_t *st = NULL, *ln = NULL;
		int m = ws ? text_wrap(ws, w, &st, &ln) : 0;
		for (int i = 0; i < m; i++, line++) {
			if (!draw || line < from || top + line - from >= bottom)
				continue;
			char *part = text_narrow(ws + st[i], ln[i]);
			if (i == 0)
				put(top + line - from, 2, 2, "›", A_BOLD);
			if (part)
				put(top + line - from, 4, w, part, A_NORMAL);
			free(part);
		}
		free(st);
		free(ln);
		free(ws);
	}
	return line;
}

static void draw_shared(struct proj *p, int top, int bottom)
{
	put(top, 1, COLS - 2, "Gedeelde antwoorden (zonder naam)", A_BOLD);
	top += 2;
	int total = shared_lines(p, top, bottom, 0, false);
	p->scroll_max = total - (bottom - top);
	if (p->scroll_max < 0)
		p->scroll_max = 0;
	if (p->scroll > p->scroll_max)
		p->scroll = p->scroll_max;
	if (p->scroll < 0)
		p->scroll = 0;
	shared_lines(p, top, bottom, p->scroll, true);
}

/* ------------------------------------------------------------ dispatch */

static void draw(struct proj *p)
{
	erase();
	curs_set(0);
	if (COLS < MIN_COLS || LINES < MIN_LINES) {
		char msg[128];
		snprintf(msg, sizeof(msg), "Maak het venster groter (minstens %dx%d).", MIN_COLS,
			 MIN_LINES);
		put_wrapped(0, 0, COLS, LINES, msg, A_BOLD);
		refresh();
		return;
	}
	draw_header(p);
	draw_footer(p);
	int top = 2, bottom = LINES - 2;
	if (p->hide) {
		draw_too_few(p);
		if (p->help)
			draw_help(p);
	} else {
		switch (p->view) {
		case PV_OVERVIEW:
			draw_overview(p, top, bottom, false);
			break;
		case PV_CHANGE:
			draw_overview(p, top, bottom, true);
			break;
		case PV_PRACTICE:
			draw_practice(p, top, bottom);
			break;
		case PV_ITEM:
			draw_item(p, top, bottom);
			break;
		case PV_PROFILE:
			draw_profile(p, top, bottom);
			break;
		default:
			draw_shared(p, top, bottom);
			break;
		}
		if (p->help)
			draw_help(p);
	}
	refresh();
}

static void step(struct proj *p, int d, bool to_end)
{
	size_t *pos = NULL, n = 0;
	switch (p->view) {
	case PV_OVERVIEW:
		if (to_end)
			p->page = d < 0 ? 0 : p->pages - 1;
		else
			p->page += d;
		return; /* clamped while drawing */
	case PV_CHANGE:
		if (to_end)
			p->cpage = d < 0 ? 0 : p->cpages - 1;
		else
			p->cpage += d;
		return;
	case PV_PRACTICE:
		pos = &p->practice;
		n = p->n_practices;
		break;
	case PV_ITEM:
		pos = &p->item;
		n = p->n_items;
		break;
	case PV_SHARED: {
		int page = LINES - 6 > 1 ? LINES - 6 : 1;
		if (to_end)
			p->scroll = d < 0 ? 0 : p->scroll_max;
		else
			p->scroll += d * page;
		return;
	}
	default:
		return;
	}
	if (n == 0)
		return;
	if (to_end)
		*pos = d < 0 ? 0 : n - 1;
	else if (d < 0 && *pos > 0)
		(*pos)--;
	else if (d > 0 && *pos + 1 < n)
		(*pos)++;
}

static void next_view(struct proj *p, int d)
{
	int v = (int)p->view;
	for (int i = 0; i < N_PV; i++) {
		v = (v + d + N_PV) % N_PV;
		if (p->has_view[v]) {
			p->view = (enum pview)v;
			return;
		}
	}
}

static void key(struct proj *p, int ch, bool is_key)
{
	if (is_key && ch == KEY_RESIZE)
		return; /* the next draw uses the new size */
	if (!is_key && ch == K_CTRL_C) {
		p->quit = true;
		return;
	}
	if (!is_key && (ch == 'q' || ch == 'Q')) {
		p->quit = true;
		return;
	}
	if (!is_key && ch == K_ESC) {
		if (p->help)
			p->help = false;
		else
			p->quit = true;
		return;
	}
	if (!is_key && ch == '?') {
		p->help = !p->help;
		return;
	}
	if (p->hide)
		return;
	p->help = false;
	if (!is_key && ch == K_TAB)
		next_view(p, 1);
	else if (is_key && ch == KEY_BTAB)
		next_view(p, -1);
	else if (!is_key && ch >= '1' && ch < '1' + N_PV) {
		if (p->has_view[ch - '1'])
			p->view = (enum pview)(ch - '1');
	} else if ((is_key && (ch == KEY_LEFT || ch == KEY_PPAGE)) || (!is_key && ch == 'p'))
		step(p, -1, false);
	else if ((is_key && (ch == KEY_RIGHT || ch == KEY_NPAGE)) ||
		 (!is_key && (ch == 'n' || ch == ' ')))
		step(p, 1, false);
	else if (is_key && ch == KEY_HOME)
		step(p, -1, true);
	else if (is_key && ch == KEY_END)
		step(p, 1, true);
	else if (is_key && ch == KEY_UP && p->view == PV_SHARED)
		p->scroll--;
	else if (is_key && ch == KEY_DOWN && p->view == PV_SHARED)
		p->scroll++;
}

/* ------------------------------------------------------------ entry */

static bool proj_init(struct proj *p, const struct group *g, const struct group *baseline,
		      size_t min_group)
{
	memset(p, 0, sizeof(*p));
	p->g = g;
	p->base = baseline;
	p->min = min_group;
	p->hide = g->n < min_group;
	p->base_shown = baseline && baseline->n >= min_group;
	p->practices = calloc(g->cat->n_practices + 1, sizeof(size_t));
	p->changed = calloc(g->cat->n_practices + 1, sizeof(size_t));
	p->items = calloc(g->q->n_items + 1, sizeof(size_t));
	if (!p->practices || !p->changed || !p->items)
		return false;
	for (size_t i = 0; i < g->cat->n_practices; i++) {
		const struct group_stat *a, *b;
		if (g->practices[i].n)
			p->practices[p->n_practices++] = i;
		if (compared(p, i, &a, &b))
			p->changed[p->n_changed++] = i;
	}
	/* every item: the restriction of a baseline only concerns the
	 * practice scores */
	for (size_t i = 0; i < g->q->n_items; i++)
		p->items[p->n_items++] = i;
	p->has_view[PV_OVERVIEW] = p->has_view[PV_PRACTICE] = p->has_view[PV_ITEM] = true;
	p->has_view[PV_PROFILE] =
	    g->profile.present && g->profile.participants > 0 && g->q->profile != NULL;
	/* the shared answers are the participants' own choice to share them
	 * with the group; the view never shows who wrote them */
	p->has_view[PV_SHARED] = g->n_shared > 0;
	p->has_view[PV_CHANGE] = p->base_shown;
	p->view = PV_OVERVIEW;
	return true;
}

int tui_projection(const struct group *g, const struct group *baseline, size_t min_group)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "spiegel: --tui heeft een terminal nodig; laat --tui weg voor het "
				"rapport als tekst.\n");
		return 1;
	}
	if (!tui_utf8_locale()) {
		fprintf(stderr,
			/* ASCII only: this terminal would garble anything else */
			"spiegel: de taalinstelling is geen UTF-8 (%s). Start met bijvoorbeeld "
			"LANG=nl_NL.UTF-8 of C.UTF-8, of laat --tui weg.\n",
			nl_langinfo(CODESET));
		return 1;
	}
	if (!tui_terminal_usable()) {
		tui_unsupported();
		return 1;
	}
	struct proj p;
	if (!proj_init(&p, g, baseline, min_group)) {
		free(p.practices);
		free(p.changed);
		free(p.items);
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		return 1;
	}
	tui_install_signals();
	if (!tui_setup_terminal()) {
		tui_unsupported();
		free(p.practices);
		free(p.changed);
		free(p.items);
		return 1;
	}
	while (!p.quit && !tui_signal_received()) {
		draw(&p);
		int k = keys_read();
		if (k == K_NONE) {
			if (!isatty(STDIN_FILENO))
				break;
			continue;
		}
		if (k == K_UNKNOWN)
			continue;
		int ch;
		bool is_key;
		keys_split(k, &ch, &is_key);
		key(&p, ch, is_key);
	}
	tui_end_terminal();
	free(p.practices);
	free(p.changed);
	free(p.items);
	return tui_signal_received() ? 1 : 0;
}
