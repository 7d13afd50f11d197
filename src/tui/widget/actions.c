/* Action tables (actions.h). */
#include "actions.h"

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "../keys.h"
#include "doc.h"
#include "put.h"

static bool action_has_key(const struct action *a, int key)
{
	for (const int *k = a->keys; *k; k++)
		if (*k == key || (*k == K_TEXT && keys_printable(key)))
			return true;
	return false;
}

int actions_find(const struct action *table, const struct keymap *km, int key)
{
	for (int l = 0; l < 2; l++)
		for (const int *id = km->layer[l]; id && *id >= 0; id++)
			if (action_has_key(&table[*id], key))
				return *id;
	return -1;
}

bool actions_hidden(const struct action *table, const struct keymap *km, int layer, int id)
{
	for (const int *k = table[id].keys; *k; k++) {
		bool taken = false;
		for (int l = 0; l < layer && !taken; l++)
			for (const int *o = km->layer[l]; o && *o >= 0 && !taken; o++)
				taken = action_has_key(&table[*o], *k);
		if (!taken)
			return false;
	}
	return true;
}

static bool is_arrow(int k)
{
	return k == K_UP || k == K_DOWN || k == K_LEFT || k == K_RIGHT;
}

/* How many keys from k on are a run of digits 1, 2, 3, ... */
static int digit_run(const int *k)
{
	int n = 1;
	while (k[0] >= '0' && k[0] <= '9' && k[n] == k[0] + n)
		n++;
	return n;
}

const char *actions_label(const struct action *a, char *buf, size_t size)
{
	size_t off = 0;
	buf[0] = '\0';
	for (const int *k = a->keys; *k && off < size; k++) {
		char name[32];
		int run = digit_run(k);
		const char *sep = k == a->keys || (is_arrow(k[-1]) && is_arrow(*k)) ? "" : " ";
		if (run >= 3) {
			off += (size_t)snprintf(buf + off, size - off, "%s%c-%c", sep, k[0],
						k[0] + run - 1);
			k += run - 1;
			continue;
		}
		off += (size_t)snprintf(buf + off, size - off, "%s%s", sep,
					keys_name(*k, name, sizeof(name)));
	}
	return buf;
}

/* One footer entry: its keys and words, and their width with a blank. */
static void footer_slot(const struct action *a, struct actions_slot *e)
{
	if (a->foot_keys)
		snprintf(e->keys, sizeof(e->keys), "%s", a->foot_keys);
	else
		actions_label(a, e->keys, sizeof(e->keys));
	e->id = a->id;
	e->foot = a->foot;
	e->width = tui_width(e->keys) + 1 + tui_width(a->foot);
	e->row = -1;
}

/* The footer's entries in order: the actions of km with footer words. */
static int footer_slots(const struct action *table, const struct keymap *km, struct actions_slot *e,
			int max)
{
	int n = 0;
	for (int l = 0; l < 2; l++)
		for (const int *id = km->layer[l]; id && *id >= 0 && n < max; id++)
			if (table[*id].foot && !actions_hidden(table, km, l, *id))
				footer_slot(&table[*id], &e[n++]);
	return n;
}

/* Places e[0..n) on rows lines of cols columns; false when an ACT_ALWAYS
 * entry does not fit. */
static bool place(const struct action *table, struct actions_slot *e, int n, int cols, int rows)
{
	int keep = 0; /* the room the ACT_ALWAYS entries not placed yet need */
	for (int i = 0; i < n; i++) {
		e[i].row = -1;
		keep += table[e[i].id].flags & ACT_ALWAYS ? e[i].width + 2 : 0;
	}
	int x = 1, row = 0, end = cols - 1; /* the last column stays free */
	bool fits = true;
	for (int i = 0; i < n; i++) {
		bool always = table[e[i].id].flags & ACT_ALWAYS;
		bool last = row + 1 >= rows;
		int sep = x > 1 ? 2 : 0;
		if (always)
			keep -= e[i].width + 2;
		int reserve = last ? keep : 0;
		if (x + sep + e[i].width + reserve > end) {
			if (!last && x > 1) { /* on to the next line */
				row++;
				x = 1;
				keep += always ? e[i].width + 2 : 0;
				i--;
				continue;
			}
			if (!always)
				continue;
			fits &= x + sep + e[i].width <= end;
		}
		e[i].row = row;
		e[i].x = x + sep;
		x += sep + e[i].width;
	}
	return fits;
}

int actions_footer_layout(const struct action *table, const struct keymap *km, int cols, int rows,
			  struct actions_slot *e, int max)
{
	int n = footer_slots(table, km, e, max);
	if (place(table, e, n, cols, rows))
		return n;
	/* too narrow: the shorter words where there are any */
	for (int i = 0; i < n; i++) {
		const struct action *a = &table[e[i].id];
		if (a->foot_short) {
			e[i].foot = a->foot_short;
			e[i].width = tui_width(e[i].keys) + 1 + tui_width(a->foot_short);
		}
	}
	place(table, e, n, cols, rows);
	return n;
}

void actions_footer(const struct action *table, const struct keymap *km, int y, int rows)
{
	struct actions_slot e[32];
	int n = actions_footer_layout(table, km, COLS, rows, e, 32);
	for (int i = 0; i < n; i++) {
		if (e[i].row < 0)
			continue;
		int x = e[i].x, yy = y + e[i].row;
		x += tui_put(yy, x, COLS - 1 - x, e[i].keys, A_BOLD);
		x += tui_put(yy, x, COLS - 1 - x, " ", A_NORMAL);
		tui_put(yy, x, COLS - 1 - x, e[i].foot, A_NORMAL);
	}
}

void actions_help(const struct action *table, const struct keymap *km, struct doc *d,
		  int label_width)
{
	for (int l = 0; l < 2; l++)
		for (const int *id = km->layer[l]; id && *id >= 0; id++) {
			if (actions_hidden(table, km, l, *id))
				continue;
			char keys[96], prefix[128];
			actions_label(&table[*id], keys, sizeof(keys));
			int w = tui_width(keys);
			snprintf(prefix, sizeof(prefix), "%s%*s ", keys,
				 w < label_width ? label_width - w : 0, "");
			doc_hanging(d, prefix, table[*id].help, A_NORMAL, 2);
		}
}
