/* The action table, the keymaps and the footer's layout of the projection
 * view (actions.h). No curses here but what tui_width needs: the tests
 * link it. */
#include "actions.h"

#include <stdio.h>
#include <string.h>

#include "tui/widget/put.h"

const struct action pv_actions[PV_N_ACTIONS] = {
#define PV_ROW(id_, keys_, fkeys_, foot_, flags_, help_)                                           \
	ACT_ROW(id_, keys_, fkeys_, foot_, NULL, flags_, help_)
    PV_ACTIONS(PV_ROW)
#undef PV_ROW
};

/* The views (their tabs), then the help and stopping: on every view. */
#define PV_TABS                                                                                    \
	PV_TO_OVERVIEW, PV_TO_PRACTICE, PV_TO_ITEM, PV_TO_PROFILE, PV_TO_SHARED, PV_TO_CHANGE,     \
	    PV_NEXT_VIEW, PV_HELP, PV_QUIT, -1

const int pv_keys_views[PV_N_VIEWS][PV_N_ACTIONS + 1] = {
    [PV_OVERVIEW] = {PV_STEP, PV_ENDS, PV_TABS},
    [PV_PRACTICE] = {PV_STEP, PV_ENDS, PV_TABS},
    [PV_ITEM] = {PV_STEP, PV_ENDS, PV_TABS},
    [PV_PROFILE] = {PV_TABS}, /* one chart: nothing to step through */
    [PV_SHARED] = {PV_STEP, PV_ENDS, PV_SCROLL, PV_TABS},
    [PV_CHANGE] = {PV_STEP, PV_ENDS, PV_TABS},
};
/* too few participants: nothing but the message, the help and stopping */
const int pv_keys_too_few[] = {PV_HELP, PV_QUIT, -1};
const int pv_keys_help[] = {PV_CLOSE_HELP, -1};
const int pv_keys_help_scroll[] = {PV_CLOSE_HELP, PV_HELP_SCROLL, -1};

void pv_keymap_only(const int *ids, const bool has[PV_N_VIEWS], int *out)
{
	int n = 0;
	for (; *ids >= 0; ids++) {
		int v = *ids - PV_TO_OVERVIEW;
		if (v >= 0 && v < PV_N_VIEWS && !has[v])
			continue;
		out[n++] = *ids;
	}
	out[n] = -1;
}

/* The footer's entries of km, in keymap order: the tabs (always false) or
 * those at the right (always true). */
static int footer_entries(const struct keymap *km, bool always, int *ids, int max)
{
	int n = 0;
	for (int l = 0; l < 2; l++)
		for (const int *id = km->layer[l]; id && *id >= 0 && n < max; id++) {
			const struct action *a = &pv_actions[*id];
			if (a->foot && (a->flags & ACT_ALWAYS) == (always ? ACT_ALWAYS : 0u) &&
			    !actions_hidden(pv_actions, km, l, *id))
				ids[n++] = *id;
		}
	return n;
}

static const char *foot_keys(const struct action *a, char *buf, size_t size)
{
	return a->foot_keys ? a->foot_keys : actions_label(a, buf, size);
}

/* The tabs of ids[0..n) in t: with their words (words), or only their
 * keys but the current one's with its words too (cur). Returns the columns
 * they take one apart. */
static int tab_texts(const int *ids, int n, int current, bool words, bool cur, struct pv_tab *t)
{
	char keys[64];
	int total = -1;
	for (int i = 0; i < n; i++) {
		const struct action *a = &pv_actions[ids[i]];
		foot_keys(a, keys, sizeof(keys));
		if (words || (cur && a->id == current))
			snprintf(t[i].text, sizeof(t[i].text), " %s %s ", keys, a->foot);
		else
			snprintf(t[i].text, sizeof(t[i].text), " %s ", keys);
		t[i].id = a->id;
		t[i].width = tui_width(t[i].text);
		total += t[i].width + 1;
	}
	return total;
}

int pv_footer_layout(const struct keymap *km, int cols, int current, struct pv_tab *tabs, int max,
		     char *right, size_t size)
{
	int ids[PV_N_ACTIONS];
	char keys[64];
	size_t off = 0;
	right[0] = '\0';
	int n = footer_entries(km, true, ids, PV_N_ACTIONS);
	for (int i = 0; i < n && off < size; i++)
		off += (size_t)snprintf(right + off, size - off, "%s%s %s", off ? "  " : "",
					foot_keys(&pv_actions[ids[i]], keys, sizeof(keys)),
					pv_actions[ids[i]].foot);
	int avail = cols - 2 - tui_width(right) - 2;
	/* every tab with its words when they fit; else only the current one's;
	 * else only keys, and then the last tabs left out but never the
	 * current one */
	n = footer_entries(km, false, ids, PV_N_ACTIONS < max ? PV_N_ACTIONS : max);
	int total = tab_texts(ids, n, current, true, true, tabs);
	if (total > avail)
		total = tab_texts(ids, n, current, false, true, tabs);
	if (total > avail)
		total = tab_texts(ids, n, current, false, false, tabs);
	for (int i = n - 1; i >= 0 && total > avail; i--) {
		if (tabs[i].id == current)
			continue;
		total -= tabs[i].width + 1;
		memmove(&tabs[i], &tabs[i + 1], (size_t)(n - i - 1) * sizeof(tabs[0]));
		n--;
	}
	int x = 1;
	for (int i = 0; i < n; i++) {
		tabs[i].x = x;
		x += tabs[i].width + 1;
	}
	return n;
}

/* The man page: the views' keys, then the help's own. */
const struct actions_man pv_man = {
    .title = "Groepsweergave (group --tui)",
    .intro =
	"Onderaan staan de weergaven met hun nummer, de huidige omgekeerd; op een smal scherm "
	"alleen de nummers. Een weergave zonder inhoud ontbreekt en haar toets doet dan niets: 4 "
	"zonder situaties in de vragenlijst, 5 zonder gedeelde antwoorden, 6 zonder nulmeting. Bij "
	"te weinig deelnemers werken alleen ? en q. Met ? staan de toetsen in beeld; Esc verbergt "
	"ze weer.",
    .keymaps = {pv_keys_views[PV_OVERVIEW], pv_keys_views[PV_PRACTICE], pv_keys_views[PV_ITEM],
		pv_keys_views[PV_PROFILE], pv_keys_views[PV_SHARED], pv_keys_views[PV_CHANGE],
		pv_keys_help_scroll},
};
