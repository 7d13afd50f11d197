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
struct entry {
	char keys[64];
	const char *foot;
	int width;
	bool always;
};

static void footer_entry(const struct action *a, struct entry *e);

static int footer_entries(const struct action *table, const struct keymap *km, struct entry *e,
			  int max)
{
	int n = 0;
	for (int l = 0; l < 2; l++)
		for (const int *id = km->layer[l]; id && *id >= 0 && n < max; id++) {
			const struct action *a = &table[*id];
			if (a->foot && !actions_hidden(table, km, l, *id))
				footer_entry(a, &e[n++]);
		}
	return n;
}

static void footer_entry(const struct action *a, struct entry *e)
{
	if (a->foot_keys)
		snprintf(e->keys, sizeof(e->keys), "%s", a->foot_keys);
	else
		actions_label(a, e->keys, sizeof(e->keys));
	e->foot = a->foot;
	e->width = tui_width(e->keys) + 1 + tui_width(a->foot);
	e->always = a->flags & ACT_ALWAYS;
}

void actions_footer(const struct action *table, const struct keymap *km, int y, int rows)
{
	struct entry e[32];
	int n = footer_entries(table, km, e, 32);
	int keep = 0; /* the room the ACT_ALWAYS entries still need */
	for (int i = 0; i < n; i++)
		keep += e[i].always ? e[i].width + 2 : 0;
	int x = 1, end = COLS - 1;
	for (int i = 0; i < n; i++) {
		int sep = x > 1 ? 2 : 0;
		bool last = rows <= 1;
		int reserve = last ? keep - (e[i].always ? e[i].width + 2 : 0) : 0;
		if (x + sep + e[i].width + reserve > end) {
			if (!last && x > 1) { /* on to the next line */
				y++;
				rows--;
				x = 1;
				i--;
				continue;
			}
			if (!e[i].always)
				continue;
		}
		if (e[i].always)
			keep -= e[i].width + 2;
		x += sep;
		x += tui_put(y, x, end - x, e[i].keys, A_BOLD);
		x += tui_put(y, x, end - x, " ", A_NORMAL);
		x += tui_put(y, x, end - x, e[i].foot, A_NORMAL);
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
