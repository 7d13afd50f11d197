/* View 3, one item: how often each answer was given, as bars; a
 * situation with the most and the least likely response per option; an
 * open item with how many answered and shared. With a baseline that is
 * shown, the same item's counts there beside them. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "chart.h"
#include "tui/widget/put.h"

#define MAX_CATS 24

/* One answer category of an item: its label and counts. */
struct cat {
	char label[200];
	size_t count, least;
	size_t base, base_least; /* the baseline's counts of the same answer */
};

/* The categories of item i of g: its answers in order, "niet van
 * toepassing" when the item has it, and "geen antwoord" last. */
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

/* An open item: how many answered and shared, large when there is room. */
static void draw_open_item(const struct proj *p, const struct group_item *gi,
			   const struct group_item *bi, int y)
{
	int bottom = pv_bottom();
	char a[PV_NUM], s[PV_NUM], ca[PV_NUM + 16], cs[PV_NUM + 32];
	snprintf(a, sizeof(a), "%zu", gi->answered);
	snprintf(s, sizeof(s), "%zu", gi->shared);
	snprintf(ca, sizeof(ca), "%s beantwoord", a);
	snprintf(cs, sizeof(cs), "%s gedeeld met de groep", s);
	int rows = bottom - y - (bi ? 2 : 0);
	int x2 = COLS / 2;
	int level = LINES / 16 + 1;
	int la = pv_fig_fit(a, rows - 4, x2 - 4, level),
	    ls = pv_fig_fit(s, rows - 4, x2 - 4, level);
	level = la < ls ? la : ls;
	if (level) {
		y += (rows - pv_fig_rows(level) - 4) / 2;
		pv_fig_draw(y, 3, a, level);
		pv_fig_draw(y, x2, s, level);
		y += pv_fig_rows(level);
	}
	tui_put_cut(y, 3, x2 - 4, ca, A_BOLD);
	tui_put_cut(y, x2, COLS - x2 - 1, cs, A_BOLD);
	y += 2;
	if (bi) {
		char line[128];
		snprintf(line, sizeof(line), "nulmeting: %zu beantwoord, %zu gedeeld met de groep",
			 bi->answered, bi->shared);
		tui_put_cut(y, 3, COLS - 6, line, A_NORMAL);
		y += 2;
	}
	pv_put_wrapped(y, 3, COLS - 6, bottom - y,
		       p->has_view[PV_SHARED] ? "Open vraag: de gedeelde antwoorden staan bij 5."
					      : "Open vraag: de antwoorden zelf staan hier niet.",
		       A_NORMAL);
}

/* How the distribution is laid out at this size. */
struct layout {
	bool scen; /* a situation: a thin "minst" bar under each option */
	int kb;	   /* 1: a thin row for the baseline under each bar */
	int hb, gap;
	int lw;	       /* the labels' column */
	int level;     /* the counts as big figures (0: text) */
	int x, w, xr;  /* the bar and the counts' column */
	double all;    /* participants: a bar's whole length */
	double ball;   /* the same in the baseline */
	bool baseline; /* the baseline's counts are shown */
};

/* The bar height per answer category: "geen antwoord" has one row,
 * situations one more (least likely, thin), the baseline one more; a
 * blank row after each category when there is room. */
static void bar_heights(struct layout *l, size_t nc, int rows)
{
	int nb = (int)nc - 1, extra = (l->scen ? 1 : 0) + l->kb;
	int cap = LINES / 8 > 1 ? LINES / 8 : 1;
	l->gap = 1;
	l->hb = nb ? (rows - 1 - l->kb - nb - nb * extra) / nb : 1;
	if (l->hb < 1) {
		l->gap = 0;
		l->hb = nb ? (rows - 1 - l->kb - nb * extra) / nb : 1;
	}
	if (l->hb > cap)
		l->hb = cap;
	if (l->hb < 1)
		l->hb = 1;
}

/* On a large screen the counts as figures as high as the bars; rc grows
 * to hold them. */
static int count_level(const struct layout *l, const struct cat *cats, size_t nc, int *rc)
{
	if (l->scen || COLS < 100)
		return 0;
	int level = 4;
	for (size_t k = 0; k + 1 < nc; k++) {
		char num[PV_NUM];
		snprintf(num, sizeof(num), "%zu", cats[k].count);
		int f = pv_fig_fit(num, l->hb, COLS / 5, 4);
		if (f < level)
			level = f;
	}
	for (size_t k = 0; level && k + 1 < nc; k++) {
		char num[PV_NUM];
		snprintf(num, sizeof(num), "%zu", cats[k].count);
		if (pv_fig_width(num, level) + 2 > *rc)
			*rc = pv_fig_width(num, level) + 2;
	}
	return level;
}

static void columns(struct layout *l, const struct cat *cats, size_t nc)
{
	l->lw = 0;
	for (size_t k = 0; k < nc; k++) {
		int w = tui_width(cats[k].label);
		if (w > l->lw)
			l->lw = w;
	}
	int lcap = l->scen ? COLS * 2 / 5 : COLS / 3;
	if (l->lw > lcap)
		l->lw = lcap;
	int rc = l->scen ? (l->baseline ? 20 : 10) : l->baseline ? 9 : 5;
	l->level = count_level(l, cats, nc, &rc);
	l->x = 1 + l->lw + 2;
	l->w = COLS - l->x - rc - 2;
	if (l->w < 4)
		l->w = 4;
	l->xr = l->x + l->w + 2;
}

/* hk rows of the bar for count. */
static void bars(int y, const struct layout *l, int hk, size_t count)
{
	for (int r = 0; r < hk; r++) {
		pv_edges(y + r, l->x, l->w);
		pv_hbar(y + r, l->x, l->w, (double)count / l->all);
	}
}

/* A situation's option: most likely as a bar, least likely as a thin one. */
static void scenario_option(int y, const struct layout *l, const struct cat *c)
{
	int rc = COLS - l->xr;
	char num[PV_NUM];
	bars(y, l, l->hb, c->count);
	pv_edges(y + l->hb, l->x, l->w);
	pv_thin_bar(y + l->hb, l->x, l->w, (double)c->least / l->all);
	if (l->baseline)
		snprintf(num, sizeof(num), "meest %zu · nulm. %zu", c->count, c->base);
	else
		snprintf(num, sizeof(num), "meest %zu", c->count);
	tui_put_cut(y, l->xr, rc, num, A_BOLD);
	if (l->baseline)
		snprintf(num, sizeof(num), "minst %zu · nulm. %zu", c->least, c->base_least);
	else
		snprintf(num, sizeof(num), "minst %zu", c->least);
	tui_put_cut(y + l->hb, l->xr, rc, num, A_BOLD);
}

/* One category from line y in height rows (the last: "geen antwoord"). */
static void category(int y, const struct layout *l, const struct cat *c, bool last, int hk)
{
	int rc = COLS - l->xr;
	char num[PV_NUM];
	if (l->scen && !last) {
		scenario_option(y, l, c);
	} else if (l->scen) {
		bars(y, l, hk, c->count);
		if (l->baseline)
			snprintf(num, sizeof(num), "%zu · nulm. %zu", c->count, c->base);
		else
			snprintf(num, sizeof(num), "%zu", c->count);
		tui_put_cut(y, l->xr, rc, num, A_BOLD);
	} else {
		bars(y, l, hk, c->count);
		snprintf(num, sizeof(num), "%zu", c->count);
		pv_fig_draw(y, l->xr, num, last ? 0 : l->level);
		if (l->kb) {
			pv_edges(y + hk, l->x, l->w);
			pv_thin_bar(y + hk, l->x, l->w, (double)c->base / l->ball);
			snprintf(num, sizeof(num), "%zu", c->base);
			tui_put_cut(y + hk, l->xr, rc, num, A_NORMAL);
		}
	}
}

/* The distribution from line y: a bar per category, as many as fit. */
static void distribution(const struct layout *l, const struct cat *cats, size_t nc, int y)
{
	int bottom = pv_bottom();
	size_t shown = 0;
	for (size_t k = 0; k < nc; k++) {
		bool last = k == nc - 1;
		int hk = last ? 1 : l->hb;
		int height = ((l->scen && !last) ? hk + 1 : hk) + l->kb;
		if (y + height > bottom)
			break;
		shown++;
		pv_put_wrapped(y, 1, l->lw, height - l->kb, cats[k].label,
			       last ? A_NORMAL : A_BOLD);
		category(y, l, &cats[k], last, hk);
		y += height + (last ? 0 : l->gap);
	}
	if (shown < nc)
		tui_put_cut(bottom - 1, 1, COLS - 2, "… maak het venster groter om alles te zien",
			    A_BOLD);
}

/* The categories of item i, with the baseline's counts of item j (when
 * j is not GROUP_NO_ITEM and the categories line up); false without them. */
static bool with_baseline(const struct proj *p, size_t j, struct cat *cats, size_t nc)
{
	if (j == GROUP_NO_ITEM || !nc)
		return false;
	struct cat bc[MAX_CATS];
	if (item_cats(p->base, j, bc) != nc)
		return false; /* the same item: never, but never misalign */
	for (size_t k = 0; k < nc; k++) {
		cats[k].base = bc[k].count;
		cats[k].base_least = bc[k].least;
	}
	return true;
}

/* The item's text (a situation: its title and text) from line y, in at
 * most maxl lines; returns the line after it. */
static int item_text(const struct item *it, int y, int tw, int maxl)
{
	if (it->type == ITEM_SCENARIO && it->title) {
		y += pv_put_wrapped(y, 1, tw, 1, it->title, A_BOLD);
		if (maxl > 1)
			y += pv_put_wrapped(y, 1, COLS - 2, maxl - 1, it->text, A_NORMAL);
		return y;
	}
	return y + pv_put_wrapped(y, 1, tw, maxl, it->text, A_BOLD);
}

static void draw_item(const struct proj *p)
{
	const struct group *g = p->g;
	size_t i = p->item, j = group_base_item(g, p->base, p->min, i);
	const struct item *it = &g->q->items[i];
	struct cat cats[MAX_CATS];
	size_t nc = it->type == ITEM_OPEN ? 0 : item_cats(g, i, cats);
	bool base = j != GROUP_NO_ITEM && (it->type == ITEM_OPEN || with_baseline(p, j, cats, nc));
	char pos[96];
	snprintf(pos, sizeof(pos), "%s%s · vraag %zu van %zu", base ? "▄ nulmeting · " : "", it->id,
		 i + 1, p->n_items);
	pv_put_right(PV_TOP, COLS - 1, pos, A_NORMAL);
	int y = PV_TOP, tw = COLS - 4 - tui_width(pos);
	if (tw < COLS / 2) { /* narrow: the text under the position */
		y++;
		tw = COLS - 2;
	}
	int rows = pv_bottom() - y;
	struct layout l = {.scen = it->type == ITEM_SCENARIO, .baseline = base};
	/* a thin row for the baseline under each bar (not for situations:
	 * their baseline counts are written beside them) */
	l.kb = base && !l.scen ? 1 : 0;
	/* the least rows a distribution needs */
	int need = it->type == ITEM_OPEN ? 3 : (int)nc * ((l.scen ? 2 : 1) + l.kb) + 1;
	int maxl = rows - need - 1;
	if (maxl < 1)
		maxl = 1;
	if (maxl > 4 + rows / 6)
		maxl = 4 + rows / 6;
	y = item_text(it, y, tw, maxl) + 1;
	if (it->type == ITEM_OPEN) {
		draw_open_item(p, &g->items[i], base ? &p->base->items[j] : NULL, y);
		return;
	}
	rows = pv_bottom() - y;
	if (rows < 1)
		return;
	bar_heights(&l, nc, rows);
	columns(&l, cats, nc);
	l.all = g->n ? (double)g->n : 1;
	l.ball = base && p->base->n ? (double)p->base->n : 1;
	distribution(&l, cats, nc, y);
}

static void item_draw(const void *st)
{
	const struct proj *p = st;
	pv_frame(p);
	if (p->n_items == 0) {
		const char *lines[] = {"Geen vragen"};
		pv_message_box(PV_TOP, pv_bottom(), lines, 1);
		return;
	}
	draw_item(p);
}

static const int *item_keymap(const void *st)
{
	return pv_view_keys(st, PV_ITEM);
}

static enum tui_result item_handle(void *st, int act, int key)
{
	struct proj *p = st;
	if (act != PV_STEP && act != PV_ENDS)
		return TUI_IGNORED;
	pv_step_index(&p->item, p->n_items, act, key);
	return TUI_HANDLED;
}

const struct tui_screen pv_item_screen = {TUI_SCREEN("item", item, keymap, handle, draw)};
