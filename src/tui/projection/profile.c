/* View 4, the weerstand profile of the group (a questionnaire with
 * situations): per approach its score from -1 to +1 as a bar from the
 * middle, how often it was the most and the least likely response, and
 * how many prefer it; the share of choices that fit the situation. The
 * scores and the percentage come from group.h. */
#include <math.h>
#include <stdio.h>

#include "app.h"
#include "chart.h"
#include "spiegel/report.h"
#include "tui/widget/put.h"

/* The chart's geometry at this size. */
struct chart {
	int y, hb, gap; /* the first bar's line; rows per bar, blank rows between */
	int lw;		/* the labels' column */
	int level;	/* the scores as big figures (0: text) */
	int x, w, half, c, xr;
};

/* On a large screen the scores as figures as high as the bars; rc grows
 * to hold them. */
static int approach_level(const struct group_profile *gp, int hb, int *rc)
{
	if (COLS < 100)
		return 0;
	int level = 4;
	for (size_t k = 0; k < N_APPROACHES; k++) {
		char num[PV_NUM];
		report_signed_number(num, sizeof(num), group_approach_score(gp, k));
		int l = pv_fig_fit(num, hb, COLS / 5, 4);
		if (l < level)
			level = l;
	}
	for (size_t k = 0; level && k < N_APPROACHES; k++) {
		char num[PV_NUM];
		report_signed_number(num, sizeof(num), group_approach_score(gp, k));
		if (pv_fig_width(num, level) + 2 > *rc)
			*rc = pv_fig_width(num, level) + 2;
	}
	return level;
}

/* below the chart: the axis labels, the legend and the fit */
#define FOOT 3

static void geometry(const struct proj *p, struct chart *ch)
{
	const struct profile *pf = p->g->q->profile;
	ch->y = PV_TOP + 2;
	int rows = pv_bottom() - ch->y - FOOT;
	if (rows < N_APPROACHES)
		rows = N_APPROACHES;
	int per = rows / N_APPROACHES;
	ch->gap = per >= 3 ? 1 : 0;
	ch->hb = per - ch->gap;
	int cap = LINES / 8 > 2 ? LINES / 8 : 2;
	if (ch->hb > cap)
		ch->hb = cap;
	if (ch->hb < 1)
		ch->hb = 1;
	ch->lw = 0;
	for (size_t k = 0; k < N_APPROACHES; k++) {
		int w = tui_width(pf->approaches[k].name);
		if (w > ch->lw)
			ch->lw = w;
	}
	if (ch->lw < 26)
		ch->lw = 26; /* "voorkeur van 2 deelnemers" */
	if (ch->lw > COLS / 3)
		ch->lw = COLS / 3;
	int rc = 6;
	ch->level = approach_level(&p->g->profile, ch->hb, &rc);
	ch->x = 1 + ch->lw + 2;
	ch->w = COLS - ch->x - rc - 2;
	if (ch->w % 2 == 0)
		ch->w--;
	if (ch->w < 5)
		ch->w = 5;
	ch->half = ch->w / 2;
	ch->c = ch->x + ch->half;
	ch->xr = ch->x + ch->w + 2;
	int used = N_APPROACHES * (ch->hb + ch->gap) - ch->gap;
	if (used < rows)
		ch->y += (rows - used) / 2;
}

/* Approach k from line y: its name and counts, the bar, the score. */
static void approach(const struct proj *p, const struct chart *ch, int y, size_t k)
{
	const struct group_profile *gp = &p->g->profile;
	double v = group_approach_score(gp, k);
	int n = (int)lround(fabs(v) * ch->half);
	if (n > ch->half)
		n = ch->half;
	char num[PV_NUM], detail[64];
	report_signed_number(num, sizeof(num), v);
	tui_put_cut(y, 1, ch->lw, p->g->q->profile->approaches[k].name, A_BOLD);
	if (ch->hb >= 2) {
		snprintf(detail, sizeof(detail), "meest %zu, minst %zu", gp->most[k], gp->least[k]);
		tui_put_cut(y + 1, 1, ch->lw, detail, A_NORMAL);
	}
	if (ch->hb >= 3) {
		snprintf(detail, sizeof(detail), "voorkeur van %zu %s", gp->preferred[k],
			 pv_plural(gp->preferred[k], "deelnemer", "deelnemers"));
		tui_put_cut(y + 2, 1, ch->lw, detail, A_NORMAL);
	}
	for (int r = 0; r < ch->hb; r++) {
		pv_edges(y + r, ch->x, ch->w);
		if (v < 0)
			pv_fill(y + r, ch->c - n, n, "█", A_NORMAL);
		else
			pv_fill(y + r, ch->c + 1, n, "█", A_NORMAL);
	}
	pv_fig_draw(y, ch->xr, num, ch->level);
}

/* Under the chart from line y: the axis, the legend and the fit. */
static void chart_foot(const struct proj *p, const struct chart *ch, int y)
{
	const struct group_profile *gp = &p->g->profile;
	tui_put_cut(y, ch->x - 1, 2, "-1", A_BOLD);
	tui_put_cut(y, ch->c, 1, "0", A_BOLD);
	tui_put_cut(y, ch->x + ch->w - 1, 2, "+1", A_BOLD);
	y++;
	static const char *const legend[][2] = {
	    {"◀ vaker minst waarschijnlijk", "vaker meest waarschijnlijk ▶"},
	    {"◀ vaker minst", "vaker meest ▶"},
	    {"◀ minst", "meest ▶"},
	};
	for (size_t i = 0; i < 3; i++) {
		const char *l = legend[i][0], *r = legend[i][1];
		if (tui_width(l) + tui_width(r) + 2 <= ch->w + 2 || i == 2) {
			tui_put_cut(y, ch->x - 1, ch->half + 1, l, A_NORMAL);
			pv_put_right(y, ch->x + ch->w + 1, r, A_NORMAL);
			break;
		}
	}
	y++;
	if (y < pv_bottom()) {
		char fit[32];
		snprintf(fit, sizeof(fit), "%ld%%", group_percent(gp->fit_n, gp->scenarios));
		pv_put_pair(y, 1, COLS - 2, "Keuze past bij de situatie:", fit);
	}
}

static void profile_draw(const void *st)
{
	const struct proj *p = st;
	const struct group_profile *gp = &p->g->profile;
	pv_frame(p);
	char head[160];
	snprintf(head, sizeof(head), "Weerstandsprofiel: %zu %s, %zu situaties", gp->participants,
		 pv_plural(gp->participants, "deelnemer", "deelnemers"), gp->scenarios);
	tui_put_cut(PV_TOP, 1, COLS - 2, head, A_BOLD);
	struct chart ch;
	geometry(p, &ch);
	int y = ch.y;
	for (size_t k = 0; k < N_APPROACHES; k++, y += ch.hb + ch.gap)
		approach(p, &ch, y, k);
	y -= ch.gap;
	for (int r = ch.y; r < y; r++)
		pv_fill(r, ch.c, 1, "┃", A_BOLD);
	chart_foot(p, &ch, y);
}

static const int *profile_keymap(const void *st)
{
	return pv_view_keys(st, PV_PROFILE);
}

const struct tui_screen pv_profile_screen = {
    .handle = pv_no_keys, /* one chart: nothing to step through */
    TUI_SCREEN("profile", profile, keymap, draw)};
