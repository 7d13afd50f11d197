/* The projection view: start-up, the frame and what every view shares
 * (app.h). */
#include "app.h"

#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chart.h"
#include "tui/term.h"
#include "tui/tui.h"
#include "tui/widget/put.h"

static const struct tui_screen *const view_screens[PV_N_VIEWS] = {
    [PV_OVERVIEW] = &pv_overview_screen, [PV_PRACTICE] = &pv_practice_screen,
    [PV_ITEM] = &pv_item_screen,	 [PV_PROFILE] = &pv_profile_screen,
    [PV_SHARED] = &pv_shared_screen,	 [PV_CHANGE] = &pv_change_screen,
};

const char *pv_plural(size_t n, const char *one, const char *more)
{
	return n == 1 ? one : more;
}

const char *pv_vragen(size_t n)
{
	return pv_plural(n, "vraag", "vragen");
}

int pv_bottom(void)
{
	return LINES - 2;
}

const int *pv_view_keys(const struct proj *p, enum pv_view v)
{
	return p->keys[v];
}

/* ------------------------------------------------------------ frame */

/* The title bar: the questionnaire, and at the right how many took part
 * (and whether the baseline's figures are shown). */
static void draw_header(const struct proj *p)
{
	const struct group *g = p->g;
	tui_fill(0, 0, COLS, A_REVERSE);
	char right[160];
	int k = snprintf(right, sizeof(right), "%zu %s", g->n,
			 pv_plural(g->n, "deelnemer", "deelnemers"));
	if (p->base && k > 0 && (size_t)k < sizeof(right)) {
		if (p->base_shown)
			snprintf(right + k, sizeof(right) - (size_t)k, " · nulmeting: %zu",
				 p->base->n);
		else
			snprintf(right + k, sizeof(right) - (size_t)k,
				 " · nulmeting: te weinig (%zu van minimaal %zu)", p->base->n,
				 p->min);
	}
	int rw = tui_width(right);
	if (rw + 12 > COLS)
		rw = 0;
	else
		pv_put_right(0, COLS - 1, right, A_REVERSE | A_BOLD);
	tui_put_cut(0, 1, COLS - 2 - (rw ? rw + 2 : 0), g->q->title, A_REVERSE | A_BOLD);
}

static int footer_layout(const struct proj *p, struct pv_tab *tabs, char *right, size_t size)
{
	struct keymap km;
	tui_keymap(&p->shell, p, p->shell.screen, &km);
	return pv_footer_layout(&km, COLS, PV_TO_VIEW(p->view), tabs, PV_N_VIEWS, right, size);
}

/* The views as tabs, the current one in reverse video; the help and
 * stopping at the right. */
static void draw_footer(const struct proj *p)
{
	struct pv_tab tabs[PV_N_VIEWS];
	char right[128];
	int n = footer_layout(p, tabs, right, sizeof(right));
	int y = LINES - 1;
	pv_put_right(y, COLS - 1, right, A_BOLD);
	for (int i = 0; i < n; i++) {
		bool sel = tabs[i].id == PV_TO_VIEW(p->view);
		tui_put_cut(y, tabs[i].x, tabs[i].width, tabs[i].text,
			    sel ? (A_REVERSE | A_BOLD) : A_BOLD);
		if (sel) /* the view that has focus, for a screen reader */
			tui_focus(y, tabs[i].x);
	}
}

void pv_frame(const struct proj *p)
{
	draw_header(p);
	draw_footer(p);
}

/* ------------------------------------------------------------ keys */

int pv_direction(int action, int key)
{
	if (action == PV_ENDS)
		return key == K_HOME ? -1 : 1;
	return key == K_LEFT || key == 'p' || key == K_PGUP ? -1 : 1;
}

enum tui_result pv_no_keys(void *state, int action, int key)
{
	return TUI_IGNORED;
}

void pv_step_index(size_t *pos, size_t n, int action, int key)
{
	int d = pv_direction(action, key);
	if (n == 0)
		return;
	if (action == PV_ENDS)
		*pos = d < 0 ? 0 : n - 1;
	else if (d < 0 && *pos > 0)
		(*pos)--;
	else if (d > 0 && *pos + 1 < n)
		(*pos)++;
}

static void go_view(struct proj *p, enum pv_view v)
{
	if (!p->has_view[v])
		return;
	p->view = v;
	tui_switch(&p->shell, p, view_screens[v]);
}

/* Tab and Shift-Tab: the next or the previous view there is. */
static void next_view(struct proj *p, int d)
{
	int v = (int)p->view;
	for (int i = 0; i < PV_N_VIEWS; i++) {
		v = (v + d + PV_N_VIEWS) % PV_N_VIEWS;
		if (p->has_view[v]) {
			go_view(p, (enum pv_view)v);
			return;
		}
	}
}

/* What every view shares: stopping, the help (? opens and closes it) and
 * the other views (from the help too, which closes then). */
static enum tui_result common(void *st, int act, int key)
{
	struct proj *p = st;
	switch (act) {
	case PV_QUIT:
		return TUI_QUIT;
	case PV_HELP:
		if (p->shell.screen == &pv_help_screen)
			tui_back(&p->shell, p, p->help_return);
		else
			pv_help_open(p);
		return TUI_HANDLED;
	case PV_NEXT_VIEW:
		next_view(p, key == K_BTAB ? -1 : 1);
		return TUI_HANDLED;
	default:
		if (act >= PV_TO_VIEW(0) && act < PV_TO_VIEW(PV_N_VIEWS)) {
			go_view(p, (enum pv_view)(act - PV_TO_VIEW(0)));
			return TUI_HANDLED;
		}
		return TUI_IGNORED;
	}
}

/* Over the help, its own keys first. */
static const int *global_keys(const void *st)
{
	const struct proj *p = st;
	if (p->shell.screen != &pv_help_screen)
		return NULL;
	return p->help_scrolls ? pv_keys_help_scroll : pv_keys_help;
}

/* ------------------------------------------------------------ entry */

static void proj_free(struct proj *p)
{
	free(p->practices);
	free(p->changed);
}

static bool proj_init(struct proj *p, const struct group *g, const struct group *baseline,
		      size_t min_group)
{
	memset(p, 0, sizeof(*p));
	p->g = g;
	p->base = baseline;
	p->min = min_group;
	p->base_shown = group_baseline_shown(baseline, min_group);
	p->practices = calloc(g->cat->n_practices + 1, sizeof(size_t));
	p->changed = calloc(g->cat->n_practices + 1, sizeof(size_t));
	if (!p->practices || !p->changed)
		return false;
	for (size_t i = 0; i < g->cat->n_practices; i++) {
		const struct group_stat *a, *b;
		if (g->practices[i].n)
			p->practices[p->n_practices++] = i;
		if (group_compared(g, baseline, min_group, i, &a, &b))
			p->changed[p->n_changed++] = i;
	}
	/* every item: the restriction of a baseline only concerns the
	 * practice scores */
	p->n_items = g->q->n_items;
	p->has_view[PV_OVERVIEW] = p->has_view[PV_PRACTICE] = p->has_view[PV_ITEM] = true;
	p->has_view[PV_PROFILE] = group_profile_shown(g);
	/* the shared answers are the participants' own choice to share them
	 * with the group; the view never shows who wrote them */
	p->has_view[PV_SHARED] = g->n_shared > 0;
	p->has_view[PV_CHANGE] = p->base_shown;
	for (int v = 0; v < PV_N_VIEWS; v++)
		pv_keymap_only(pv_keys_views[v], p->has_view, p->keys[v]);
	p->shell.actions = pv_actions;
	p->shell.common = common;
	p->shell.global = global_keys;
	p->shell.min_cols = 40;
	p->shell.min_lines = 12;
	return true;
}

/* Whether this terminal can show the view; says why not on stderr. */
static bool usable(void)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "spiegel: --tui heeft een terminal nodig; laat --tui weg voor het "
				"rapport als tekst.\n");
		return false;
	}
	if (!tui_utf8_locale()) {
		fprintf(stderr,
			/* ASCII only: this terminal would garble anything else */
			"spiegel: de taalinstelling is geen UTF-8 (%s). Start met bijvoorbeeld "
			"LANG=nl_NL.UTF-8 of C.UTF-8, of laat --tui weg.\n",
			nl_langinfo(CODESET));
		return false;
	}
	if (!tui_terminal_usable()) {
		tui_unsupported();
		return false;
	}
	return true;
}

int tui_projection(const struct group *g, const struct group *baseline, size_t min_group)
{
	if (!usable())
		return 1;
	struct proj p;
	if (!proj_init(&p, g, baseline, min_group)) {
		proj_free(&p);
		fprintf(stderr, "spiegel: onvoldoende geheugen\n");
		return 1;
	}
	/* the privacy rule: below min_group nothing but a message */
	tui_switch(&p.shell, &p,
		   group_suppressed(g, min_group) ? &pv_too_few_screen : &pv_overview_screen);
	bool ran = tui_main(&p.shell, &p, NULL, NULL);
	proj_free(&p);
	return !ran || tui_signal_received() ? 1 : 0;
}
