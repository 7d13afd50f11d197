#ifndef SPIEGEL_TUI_WIDGET_LIST_H
#define SPIEGEL_TUI_WIDGET_LIST_H

/* A list to choose from: entries with a label, a dimmed detail and a key
 * (what the entry stands for), one selected. The screen that shows it
 * calls list_settle with the rows it has before drawing; the keys move the
 * selection by a row, a page (the rows shown), or to either end. */

#include <stdbool.h>

#include "loop.h"

struct list_entry {
	char *label, *detail, *key; /* owned; detail and key may be NULL */
};

struct list {
	struct list_entry *v;
	int n;
	int sel;  /* the selected entry */
	int top;  /* the first entry shown (list_settle) */
	int page; /* the rows shown (list_settle) */
};

/* Add an entry; takes the strings (NULL label: nothing is added). */
void list_push(struct list *l, char *label, char *detail, char *key);
void list_clear(struct list *l);
/* ↑ ↓ PgUp PgDn Home End: TUI_HANDLED when the key is one of them. */
enum tui_result list_key(struct list *l, int key);
/* Keep the selection within rows rows: sets top and page. */
void list_settle(struct list *l, int rows);
/* Rows [top, top + page) at lines y.., the label at column x (the
 * selection mark left of it), the detail after it where it fits. */
void list_draw(const struct list *l, int y, int x);

#endif
