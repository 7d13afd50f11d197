/* The list widget (list.h). */
#include "list.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "../keys.h"
#include "put.h"

void list_push(struct list *l, char *label, char *detail, char *key)
{
	struct list_entry *nv = label ? realloc(l->v, (size_t)(l->n + 1) * sizeof(*nv)) : NULL;
	if (!nv) {
		free(label);
		free(detail);
		free(key);
		return;
	}
	l->v = nv;
	l->v[l->n++] = (struct list_entry){label, detail, key};
}

void list_clear(struct list *l)
{
	for (int i = 0; i < l->n; i++) {
		free(l->v[i].label);
		free(l->v[i].detail);
		free(l->v[i].key);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

enum tui_result list_key(struct list *l, int key)
{
	if (l->n == 0)
		return TUI_IGNORED;
	int page = l->page > 1 ? l->page : 1;
	int sel = l->sel;
	switch (key) {
	case K_UP:
		sel--;
		break;
	case K_DOWN:
		sel++;
		break;
	case K_PGUP:
		sel -= page;
		break;
	case K_PGDN:
		sel += page;
		break;
	case K_HOME:
		sel = 0;
		break;
	case K_END:
		sel = l->n - 1;
		break;
	default:
		return TUI_IGNORED;
	}
	if (sel >= l->n)
		sel = l->n - 1;
	l->sel = sel < 0 ? 0 : sel;
	return TUI_HANDLED;
}

void list_settle(struct list *l, int rows)
{
	l->page = rows > 0 ? rows : 0;
	if (l->sel >= l->n)
		l->sel = l->n ? l->n - 1 : 0;
	if (l->sel < l->top)
		l->top = l->sel;
	if (rows > 0 && l->sel >= l->top + rows)
		l->top = l->sel - rows + 1;
	if (l->top < 0)
		l->top = 0;
}

void list_draw(const struct list *l, int y, int x)
{
	for (int i = 0; i < l->page && l->top + i < l->n; i++) {
		int k = l->top + i;
		bool sel = k == l->sel;
		attr_t at = sel ? A_REVERSE : A_NORMAL;
		tui_fill(y + i, 1, COLS - 2, at);
		tui_put(y + i, 1, 1, sel ? "▸" : " ", at);
		if (sel)
			tui_focus(y + i, 1);
		int used = tui_put(y + i, x, COLS - x - 2, l->v[k].label, at | (sel ? A_BOLD : 0));
		if (l->v[k].detail && used < COLS - 2 * x - 6)
			tui_put(y + i, x + used + 2, COLS - x - used - 4, l->v[k].detail,
				at | (sel ? 0 : A_DIM));
	}
}
