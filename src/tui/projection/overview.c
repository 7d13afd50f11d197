/* View 1, the overview: the mean score per practice as bars, a page at a
 * time; and the bars of view 6 (change.c), the change since the baseline
 * over the items both measurements share, each with the baseline's thin
 * bar under it. */
#include <stdio.h>
#include <stdlib.h>

#include "app.h"
#include "chart.h"
#include "spiegel/report.h"
#include "tui/widget/put.h"

/* One practice's bar: its own scores (the overview) or the comparison
 * over the shared items (bs: the baseline's, the change view only). */
struct bar_row {
	size_t pi;
	const struct group_stat *st, *bs;
	size_t items;
};

/* Where the bars go at this size; pages only depend on the size. */
struct bars {
	int n;		      /* practices */
	int y_sub, top, rows; /* the subtitle's line; the rows for the bars */
	int axis_y;	      /* the axis labels' line */
	int kb;		      /* 1: a baseline row under each bar */
	bool tall;	      /* the name on a line of its own */
	int hb, gap;	      /* bar rows per practice; blank rows after one */
	int per_page, pages;
};

static int *page_of(struct proj *p, bool change)
{
	return change ? &p->cpage : &p->page;
}

static int page_shown(const struct proj *p, bool change)
{
	return change ? p->cpage : p->page;
}

static size_t n_rows(const struct proj *p, bool change)
{
	return change ? p->n_changed : p->n_practices;
}

static void bar_rows(const struct proj *p, bool change, struct bar_row *out)
{
	size_t n = n_rows(p, change);
	for (size_t i = 0; i < n; i++) {
		struct bar_row *r = &out[i];
		r->pi = change ? p->changed[i] : p->practices[i];
		r->bs = NULL;
		if (change) {
			group_compared(p->g, p->base, p->min, r->pi, &r->st, &r->bs);
			r->items = p->g->compared_items[r->pi];
		} else {
			r->st = &p->g->practices[r->pi];
			r->items = p->g->practice_items[r->pi];
		}
	}
}

/* The bars' geometry for LINES x COLS; false when there is no room. */
static bool bars_geometry(const struct proj *p, bool change, struct bars *b)
{
	b->n = (int)n_rows(p, change);
	b->y_sub = PV_TOP + 1;
	b->top = PV_TOP + 2;
	b->axis_y = pv_bottom() - 1;
	b->rows = b->axis_y - b->top;
	if (b->n == 0 || b->rows < 1)
		return false;
	b->kb = change ? 1 : 0;
	int cap = LINES / 6 > 2 ? LINES / 6 : 2;
	int per = b->rows / b->n;
	b->tall = per >= 2 + b->kb;
	b->gap = 0;
	b->hb = 1;
	b->per_page = b->n;
	if (b->tall) {
		b->gap = per >= 4 + b->kb ? 1 : 0;
		b->hb = per - 1 - b->kb - b->gap;
	} else if (per >= 1 + b->kb) {
		b->hb = per - b->kb;
	} else {
		b->per_page = b->rows / (1 + b->kb);
		if (b->per_page < 1)
			b->per_page = 1;
	}
	if (b->hb > cap)
		b->hb = cap;
	b->pages = (b->n + b->per_page - 1) / b->per_page;
	return true;
}

void pv_bars_resize(struct proj *p, bool change)
{
	struct bars b;
	if (!bars_geometry(p, change, &b))
		return;
	int *page = page_of(p, change);
	*(change ? &p->cpages : &p->pages) = b.pages;
	if (*page >= b.pages)
		*page = b.pages - 1;
	if (*page < 0)
		*page = 0;
}

void pv_bars_step(struct proj *p, bool change, int action, int key)
{
	int d = pv_direction(action, key);
	int *page = page_of(p, change), pages = change ? p->cpages : p->pages;
	if (action == PV_ENDS)
		*page = d < 0 ? 0 : pages - 1;
	else
		*page += d; /* settled by the next resize */
}

/* A practice's label: its name and (tall) "(3 vragen)" or (inline) "(3)";
 * the name is cut so that the count stays. */
static void row_label(int y, int w, const char *name, size_t items, bool tall)
{
	char count[48];
	if (tall)
		snprintf(count, sizeof(count), " (%zu %s)", items, pv_vragen(items));
	else
		snprintf(count, sizeof(count), " (%zu)", items);
	int cw = tui_width(count), nw = tui_width(name);
	int room = w - cw;
	if (room < 4) {
		tui_put_cut(y, 1, w, name, A_BOLD);
		return;
	}
	int used = tui_put_cut(y, 1, nw < room ? nw : room, name, A_BOLD);
	tui_put_cut(y, 1 + used, w - used, count, A_NORMAL);
}

/* The title and the legend; with b (room for the bars) the subtitle and
 * the page under them. */
static void heading(const struct proj *p, bool change, const struct bars *b)
{
	const char *title = change ? "Verandering sinds de nulmeting (gemiddelde score 0-100)"
				   : "Gemiddelde score per praktijk (0-100)";
	tui_put_cut(PV_TOP, 1, COLS - 2, title, A_BOLD);
	int legend_x = COLS - 1;
	if (change) {
		const char *legend = "█ nu   ▄ nulmeting";
		int lw = tui_width(legend);
		if (tui_width(title) + lw + 4 < COLS) {
			pv_put_right(PV_TOP, COLS - 1, legend, A_BOLD);
			legend_x = COLS - 1 - lw - 2;
		}
	}
	if (!b)
		return;
	char sub[160];
	if (change)
		snprintf(sub, sizeof(sub), "alleen over de %zu %s die beide metingen delen",
			 p->g->n_common, pv_vragen(p->g->n_common));
	else
		snprintf(sub, sizeof(sub), "tussen haakjes: het aantal vragen per praktijk");
	int sub_end = legend_x - 1;
	if (b->pages > 1) {
		char pg[48];
		snprintf(pg, sizeof(pg), "pagina %d van %d", page_shown(p, change) + 1, b->pages);
		pv_put_right(b->y_sub, COLS - 1, pg, A_BOLD);
		sub_end = COLS - 1 - tui_width(pg) - 2;
	}
	tui_put_cut(b->y_sub, 1, sub_end - 1, sub, A_NORMAL);
}

/* Where the columns go: the label column (inline), the bar, the figures. */
struct columns {
	int first, last; /* the practices on this page */
	int level;	 /* of the means as big figures (0: text) */
	int rc, lw;	 /* the figures' and the labels' width */
	int x, w, xr;	 /* the bar, the figures' column */
};

/* On a large screen the means as figures as high as the bars (at most
 * two fifths of the width); rc grows to hold them. */
static int figure_level(const struct bar_row *rw, const struct bars *b, struct columns *c)
{
	if (COLS < 100)
		return 0;
	int level = 4;
	for (int i = c->first; i < c->last; i++) {
		char m[PV_NUM];
		report_number(m, sizeof(m), rw[i].st->mean);
		int l = pv_fig_fit(m, b->hb, COLS * 2 / 5 - 2, 4);
		if (l < level)
			level = l;
	}
	for (int i = c->first; level && i < c->last; i++) {
		char m[PV_NUM];
		report_number(m, sizeof(m), rw[i].st->mean);
		if (pv_fig_width(m, level) + 2 > c->rc)
			c->rc = pv_fig_width(m, level) + 2;
	}
	return level;
}

static void columns(const struct proj *p, bool change, const struct bar_row *rw,
		    const struct bars *b, struct columns *c)
{
	c->first = page_shown(p, change) * b->per_page;
	c->last = c->first + b->per_page;
	if (c->last > b->n)
		c->last = b->n;
	c->rc = !change ? 7 : b->tall ? 22 : 12;
	c->level = figure_level(rw, b, c);
	c->lw = 0;
	if (!b->tall) {
		for (int i = 0; i < b->n; i++) {
			char count[32];
			snprintf(count, sizeof(count), " (%zu)", rw[i].items);
			int w = tui_width(p->g->cat->practices[rw[i].pi].name) + tui_width(count);
			if (w > c->lw)
				c->lw = w;
		}
		if (c->lw > COLS / 3)
			c->lw = COLS / 3;
	}
	c->x = b->tall ? 2 : 1 + c->lw + 2;
	c->w = COLS - c->x - c->rc - 2;
	if (c->w < 4)
		c->w = 4;
	c->xr = c->x + c->w + 2;
}

/* The baseline's row under a bar (the change view): its thin bar, its
 * mean, and the change when it has no row of its own. */
static void baseline_row(int y, const struct bar_row *r, const struct bars *b,
			 const struct columns *c, const char *change, bool change_below)
{
	char bm[PV_NUM] = "-", bmean[3 * PV_NUM];
	pv_edges(y, c->x, c->w);
	if (r->bs) {
		pv_thin_bar(y, c->x, c->w, r->bs->mean / 100.0);
		report_number(bm, sizeof(bm), r->bs->mean);
	}
	if (b->tall) {
		snprintf(bmean, sizeof(bmean), "nulmeting %s", bm);
	} else {
		tui_put_cut(y, 3, c->lw - 2, "nulmeting", A_NORMAL);
		snprintf(bmean, sizeof(bmean), "%s", bm);
	}
	int u = tui_put_cut(y, c->xr, c->rc, bmean, A_NORMAL);
	if (r->bs && b->tall && !change_below)
		tui_put_cut(y, c->xr + u + 2, c->rc - u - 2, change, A_BOLD);
}

/* One practice from line y; returns the line after it. */
static int practice_bar(const struct proj *p, int y, const struct bar_row *r, const struct bars *b,
			const struct columns *c)
{
	char mean[PV_NUM], change[PV_NUM] = "";
	report_number(mean, sizeof(mean), r->st->mean);
	if (r->bs)
		report_change_text(change, sizeof(change), r->st, r->bs);
	const char *name = p->g->cat->practices[r->pi].name;
	if (b->tall)
		row_label(y++, COLS - 2, name, r->items, true);
	else
		row_label(y, c->lw, name, r->items, false);
	for (int k = 0; k < b->hb; k++) {
		pv_edges(y + k, c->x, c->w);
		pv_hbar(y + k, c->x, c->w, r->st->mean / 100.0);
	}
	/* the change under the mean when there is a row for it; else after
	 * it (inline: the label column says "nulmeting") or after the
	 * baseline's mean */
	bool change_below = r->bs && b->hb >= pv_fig_rows(c->level) + 1;
	int um = c->level ? pv_fig_width(mean, c->level) : tui_width(mean);
	pv_fig_draw(y, c->xr, mean, c->level);
	if (change_below)
		tui_put_cut(y + pv_fig_rows(c->level), c->xr, c->rc, change, A_BOLD);
	else if (r->bs && !b->tall)
		tui_put_cut(y, c->xr + um + 2, c->rc - um - 2, change, A_BOLD);
	y += b->hb;
	if (b->kb)
		baseline_row(y++, r, b, c, change, change_below);
	return y + b->gap;
}

/* The bars of this page. */
static void draw_page(const struct proj *p, bool change, const struct bars *b)
{
	struct bar_row *rw = calloc((size_t)b->n, sizeof(*rw));
	if (!rw)
		return;
	bar_rows(p, change, rw);
	struct columns c;
	columns(p, change, rw, b, &c);
	int block = (b->tall ? 1 : 0) + b->hb + b->kb + b->gap;
	int used = (c.last - c.first) * block - b->gap;
	int y = b->top + (b->rows - used) / 2;
	if (y < b->top)
		y = b->top;
	for (int i = c.first; i < c.last; i++)
		y = practice_bar(p, y, &rw[i], b, &c);
	pv_axis_labels(y - b->gap < b->axis_y ? y - b->gap : b->axis_y, c.x, c.w);
	free(rw);
}

void pv_bars_draw(const struct proj *p, bool change)
{
	pv_frame(p);
	if (n_rows(p, change) == 0) {
		const char *lines[] = {"Geen praktijkscores",
				       change ? "Geen praktijk is over de gedeelde vragen in beide "
						"metingen gemeten."
					      : "Er zijn nog geen vragen beantwoord die bij een "
						"praktijk horen."};
		pv_message_box(PV_TOP, pv_bottom(), lines, 2);
		return;
	}
	struct bars b;
	bool room = bars_geometry(p, change, &b);
	heading(p, change, room ? &b : NULL);
	if (room)
		draw_page(p, change, &b);
}

/* ------------------------------------------------------------ the screen */

static const int *overview_keymap(const void *st)
{
	return pv_view_keys(st, PV_OVERVIEW);
}

static enum tui_result overview_handle(void *st, int act, int key)
{
	if (act != PV_STEP && act != PV_ENDS)
		return TUI_IGNORED;
	pv_bars_step(st, false, act, key);
	return TUI_HANDLED;
}

static void overview_resize(void *st)
{
	pv_bars_resize(st, false);
}

static void overview_draw(const void *st)
{
	pv_bars_draw(st, false);
}

const struct tui_screen pv_overview_screen = {
    TUI_SCREEN("overview", overview, keymap, handle, resize, draw)};
