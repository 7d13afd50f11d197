/* View 2, one practice large: the mean in big figures, the median, the
 * spread, how many took part and how many items it rests on, and the
 * range from the lowest to the highest score on the 0-100 axis; with a
 * baseline, the comparison over the shared items on a line of its own. */
#include <stdio.h>

#include "app.h"
#include "chart.h"
#include "spiegel/report.h"
#include "tui/widget/put.h"

/* The marker of the mean above the band from the lowest to the highest
 * score, the axis, and the lowest and highest under the band's ends. */
static void draw_range(int y, int x, int w, int hr, const struct group_stat *st)
{
	int cm = pv_axis_col(x, w, st->mean);
	if (cm < x)
		cm = x;
	if (cm > x + w - 1)
		cm = x + w - 1;
	const char *lab = "gemiddelde";
	int lw = tui_width(lab);
	tui_put_cut(y, cm, 1, "▼", A_BOLD);
	if (cm + 2 + lw <= x + w)
		tui_put_cut(y, cm + 2, lw, lab, A_BOLD);
	else
		tui_put_cut(y, cm - 1 - lw, lw, lab, A_BOLD);
	y++;
	int a = pv_axis_col(x, w, st->min), b = pv_axis_col(x, w, st->max);
	if (a < x)
		a = x;
	if (b > x + w - 1)
		b = x + w - 1;
	if (b < a)
		b = a;
	for (int r = 0; r < hr; r++) {
		pv_edges(y + r, x, w);
		pv_fill(y + r, a, b - a + 1, "█", A_NORMAL);
	}
	y += hr;
	pv_fill(y, x - 1, w + 2, "─", A_BOLD);
	pv_fill(y, x - 1, 1, "└", A_BOLD);
	pv_fill(y, x + w, 1, "┘", A_BOLD);
	for (int v = 25; v < 100; v += 25)
		pv_fill(y, pv_axis_col(x, w, v), 1, "┴", A_BOLD);
	pv_axis_labels(y + 1, x, w);
	y += 2;
	char lo[PV_NUM], hi[PV_NUM], tl[PV_NUM + 8], th[PV_NUM + 8];
	report_number(lo, sizeof(lo), st->min);
	report_number(hi, sizeof(hi), st->max);
	snprintf(tl, sizeof(tl), "min %s", lo);
	snprintf(th, sizeof(th), "max %s", hi);
	int wl = tui_width(tl), wh = tui_width(th);
	int xl = a, xh = b + 1 - wh;
	if (xl + wl > x + w + 1)
		xl = x + w + 1 - wl;
	if (xl < x - 1)
		xl = x - 1;
	if (xh < xl + wl + 3)
		xh = xl + wl + 3;
	pv_put_pair(y, xl, wl, "min", lo);
	pv_put_pair(y, xh, wh, "max", hi);
}

/* The rows of the figures: their level, and the band's height. */
struct sizes {
	int level, fr, hr;
};

/* rows besides the big figures: caption, blank, figures, blank, range
 * (marker, band, axis, labels, min/max), and the comparison */
static void sizes(int rows, const char *mean, bool cmp, struct sizes *s)
{
	int fixed = 1 + 1 + 1 + 1 + 4 + (cmp ? 1 : 0);
	s->level = 0;
	for (int l = 4; l >= 1; l--) {
		int hmin = l > 1 ? l - 1 : 1;
		if (pv_fig_rows(l) + fixed + hmin <= rows && pv_fig_width(mean, l) + 4 <= COLS) {
			s->level = l;
			break;
		}
	}
	s->fr = s->level ? pv_fig_rows(s->level) : 0;
	s->hr = rows - fixed - s->fr;
	int hr_cap = s->level ? s->level + 1 : 1;
	if (s->hr > hr_cap)
		s->hr = hr_cap;
	if (s->hr < 1)
		s->hr = 1;
}

/* "mediaan 60.0    spreiding (sd) 33.6    5 deelnemers · 3 vragen" */
static void stats_line(const struct proj *p, int y, int x, size_t pi, const struct group_stat *st)
{
	char median[PV_NUM], sd[PV_NUM], part[48], items[64];
	report_number(median, sizeof(median), st->median);
	report_number(sd, sizeof(sd), st->sd);
	snprintf(part, sizeof(part), "%zu", st->n);
	snprintf(items, sizeof(items), "· %zu %s", p->g->practice_items[pi],
		 pv_vragen(p->g->practice_items[pi]));
	x += pv_put_pair(y, x, COLS - x - 1, "mediaan", median) + 4;
	x += pv_put_pair(y, x, COLS - x - 1, "spreiding (sd)", sd) + 4;
	x += tui_put_cut(y, x, COLS - x - 1, part, A_BOLD) + 1;
	x +=
	    tui_put_cut(y, x, COLS - x - 1, pv_plural(st->n, "deelnemer", "deelnemers"), A_NORMAL) +
	    1;
	tui_put_cut(y, x, COLS - x - 1, items, A_NORMAL);
}

/* "sinds de nulmeting, over 2 gedeelde vragen: 42.5 → 50.0, verandering
 * +7.5": the comparison over the shared items, never the own mean. */
static void comparison(const struct proj *p, size_t pi, const struct group_stat *cn,
		       const struct group_stat *bs, char *buf, size_t size)
{
	char change[PV_NUM], bmean[PV_NUM], nmean[PV_NUM];
	report_change_text(change, sizeof(change), cn, bs);
	report_number(bmean, sizeof(bmean), bs->mean);
	report_number(nmean, sizeof(nmean), cn->mean);
	size_t k = p->g->compared_items[pi];
	snprintf(buf, size, "sinds de nulmeting, over %zu gedeelde %s: %s → %s, verandering %s", k,
		 pv_vragen(k), bmean, nmean, change);
}

/* Everything under the name, from line y. */
static void figures(const struct proj *p, int y, size_t pi)
{
	const struct group_stat *st = &p->g->practices[pi], *cn = NULL, *bs = NULL;
	bool cmp = group_compared(p->g, p->base, p->min, pi, &cn, &bs);
	char mean[PV_NUM], cap_mean[PV_NUM + 16], cmpline[320] = "";
	report_number(mean, sizeof(mean), st->mean);
	if (cmp)
		comparison(p, pi, cn, bs, cmpline, sizeof(cmpline));
	int rows = pv_bottom() - y, xm = 2;
	struct sizes s;
	sizes(rows, mean, cmp, &s);
	int used = s.fr + 1 + 1 + 1 + 1 + 4 + (cmp ? 1 : 0) + s.hr;
	if (used < rows)
		y += (rows - used) / 2;
	/* the mean large, with a caption */
	snprintf(cap_mean, sizeof(cap_mean), "gemiddelde %s", mean);
	if (s.level) {
		pv_fig_draw(y, xm, mean, s.level);
		y += s.fr;
		tui_put_cut(y++, xm, COLS - xm - 1, cap_mean, A_BOLD);
	} else {
		pv_put_pair(y++, xm, COLS - 4, "gemiddelde", mean);
	}
	y++;
	stats_line(p, y, xm, pi, st);
	if (cmp)
		tui_put_cut(++y, xm, COLS - xm - 1, cmpline, A_BOLD);
	y += 2;
	if (y + 4 + s.hr <= pv_bottom()) {
		draw_range(y, 3, COLS - 8, s.hr, st);
		return;
	}
	/* no room for the range drawn: the lowest and highest as text */
	char lo[PV_NUM], hi[PV_NUM];
	report_number(lo, sizeof(lo), st->min);
	report_number(hi, sizeof(hi), st->max);
	y--;
	int x = xm + pv_put_pair(y, xm, COLS - xm - 1, "min", lo) + 4;
	pv_put_pair(y, x, COLS - x - 1, "max", hi);
}

static void practice_draw(const void *st)
{
	const struct proj *p = st;
	pv_frame(p);
	if (p->n_practices == 0) {
		const char *lines[] = {"Geen praktijkscores"};
		pv_message_box(PV_TOP, pv_bottom(), lines, 1);
		return;
	}
	size_t pi = p->practices[p->practice];
	char pos[48];
	snprintf(pos, sizeof(pos), "praktijk %zu van %zu", p->practice + 1, p->n_practices);
	int pw = tui_width(pos);
	pv_put_right(PV_TOP, COLS - 1, pos, A_NORMAL);
	int y = PV_TOP, tw = COLS - 4 - pw;
	if (tw < COLS / 2) { /* narrow: the name under the position */
		y++;
		tw = COLS - 2;
	}
	y += pv_put_wrapped(y, 1, tw, 2, p->g->cat->practices[pi].name, A_BOLD);
	figures(p, y + 1, pi);
}

static const int *practice_keymap(const void *st)
{
	return pv_view_keys(st, PV_PRACTICE);
}

static enum tui_result practice_handle(void *st, int act, int key)
{
	struct proj *p = st;
	if (act != PV_STEP && act != PV_ENDS)
		return TUI_IGNORED;
	pv_step_index(&p->practice, p->n_practices, act, key);
	return TUI_HANDLED;
}

const struct tui_screen pv_practice_screen = {
    TUI_SCREEN("practice", practice, keymap, handle, draw)};
