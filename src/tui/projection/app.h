#ifndef SPIEGEL_TUI_PROJECTION_APP_H
#define SPIEGEL_TUI_PROJECTION_APP_H

/* The trainer's projection view (spiegel group --tui): the group report
 * full screen for a beamer, large bars and big figures that grow with the
 * terminal, only the default colours with bold and reverse video.
 *
 * One screen per view, a file each: 1 overview.c (the practices), 2
 * practice.c (one practice large), 3 item.c (one item), 4 profile.c (the
 * summed weerstand profile), 5 shared.c (the shared open answers, never
 * with names), 6 change.c (the change since the baseline, over the items
 * both measurements share); too_few.c when the group is too small to show,
 * help.c the keys over the view. Every figure comes from the core
 * (group.h, report.h: the privacy rule, the change, approach scores,
 * percentages and how numbers are written); these files only draw them.
 * Drawing takes the state const; pages and scroll offsets are settled in
 * each screen's resize.
 */

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "actions.h"
#include "spiegel/group.h"
#include "tui/widget/loop.h"

#define PV_NUM 48 /* a number as text */

struct proj {
	struct tui_shell shell; /* first: the loop's part */
	const struct group *g, *base;
	size_t min;	   /* min_group: the privacy rule's threshold */
	bool base_shown;   /* group_baseline_shown */
	size_t *practices; /* the measured practices (n > 0) */
	size_t n_practices;
	size_t *changed; /* practices compared with the baseline */
	size_t n_changed;
	size_t n_items;
	bool has_view[PV_N_VIEWS];
	/* each view's keymap without the absent views' actions */
	int keys[PV_N_VIEWS][PV_N_ACTIONS + 1];
	enum pv_view view;     /* the current view (its tab) */
	size_t practice, item; /* positions in practices[] and the items */
	int page, pages;       /* the overview's pages (settled in resize) */
	int cpage, cpages;     /* the same for the change view */
	int scroll;	       /* the shared answers (settled in resize) */
	/* the help, over the view it was opened on */
	const struct tui_screen *help_return;
	int help_scroll;
	bool help_scrolls; /* the keys do not all fit (settled in resize) */
};

/* The screens, one file each. */
extern const struct tui_screen pv_overview_screen, pv_practice_screen, pv_item_screen,
    pv_profile_screen, pv_shared_screen, pv_change_screen, pv_too_few_screen, pv_help_screen;

/* app.c */
/* Where a screen's content goes: lines [PV_TOP, pv_bottom()). */
#define PV_TOP 2
int pv_bottom(void);
/* The title bar and the footer of the current screen's keymap. */
void pv_frame(const struct proj *p);
/* The keymap of view v (absent views left out). */
const int *pv_view_keys(const struct proj *p, enum pv_view v);
const char *pv_plural(size_t n, const char *one, const char *more);
/* The direction of a key of PV_STEP or PV_ENDS: -1 back (← p PgUp
 * Home), 1 on. */
int pv_direction(int action, int key);
/* The handler of a view whose keys are all common ones: ignores them. */
enum tui_result pv_no_keys(void *state, int action, int key);
/* *pos after PV_STEP or PV_ENDS in a list of n (no wrapping at the ends). */
void pv_step_index(size_t *pos, size_t n, int action, int key);
const char *pv_vragen(size_t n);

/* help.c: the keys over the current view. */
void pv_help_open(struct proj *p);

/* overview.c: the bars per practice (change false) or the change since
 * the baseline (change true), shared by the overview and change views. */
void pv_bars_resize(struct proj *p, bool change);
void pv_bars_draw(const struct proj *p, bool change);
void pv_bars_step(struct proj *p, bool change, int action, int key);

#endif
