#ifndef SPIEGEL_TUI_WIDGET_DOC_H
#define SPIEGEL_TUI_WIDGET_DOC_H

/* A document: text wrapped into rows at a width, some rows with a bar,
 * drawn from a first row on (a scroll view). A screen builds its document
 * from its state, at the screen's width, when it draws; it keeps only the
 * scroll offset, settled with doc_clamp before drawing. */

#include <curses.h>
#include <stdbool.h>

enum doc_bar {
	DOC_NO_BAR,
	DOC_BAR,	 /* 0..100, filled from the left */
	DOC_BAR_THIN,	 /* the same, thin (an earlier score beside a score) */
	DOC_BAR_CENTRED, /* -100..100, each half of a middle line */
};

struct doc_row {
	char *text; /* owned */
	attr_t attr;
	int indent;
	enum doc_bar bar;
	int value;    /* of the bar */
	short colour; /* of the bar: a colour pair or 0 */
	int fill;     /* > 0: the row is first filled with attr this wide (a highlight) */
};

struct doc {
	struct doc_row *rows;
	int n, cap;
	int width; /* the columns text is wrapped in (set it before adding) */
	int focus; /* 1 + the row that has focus (doc_focus); 0: none */
};

/* Add one row; takes text (malloc'd; NULL, from a failed allocation, adds
 * nothing). */
void doc_add(struct doc *d, char *text, attr_t attr, int indent);
/* A row with a bar of value before its text. */
void doc_add_bar(struct doc *d, char *text, attr_t attr, int indent, enum doc_bar bar, int value,
		 short colour);
/* s wrapped at width - indent, a row per line. */
void doc_text(struct doc *d, const char *s, attr_t attr, int indent);
/* prefix, then s wrapped beside it: the first row at indent, the others
 * under the start of s. Returns the rows added. */
int doc_hanging(struct doc *d, const char *prefix, const char *s, attr_t attr, int indent);
void doc_blank(struct doc *d);
/* Rows [from, n) filled with their attribute, width columns wide, before
 * their text is drawn (a highlighted choice). */
void doc_fill_from(struct doc *d, int from, int width);
void doc_free(struct doc *d);
/* Row row has focus (a selected option): doc_draw leaves the focus
 * (tui_focus) at its start when it is in view. */
void doc_focus(struct doc *d, int row);

/* A bar of w columns at (y, x) for value 0..100, in colour pair colour. */
void doc_draw_bar(int y, int x, int w, double value, short colour);
/* Rows [first, first + h) at lines top.. (column 1 + indent). */
void doc_draw(const struct doc *d, int top, int first, int h);
/* The scroll offset within [0, n - h]. */
int doc_clamp(int n, int scroll, int h);
/* The scroll offset after a scroll key (↑ ↓ a row, PgUp PgDn page rows,
 * Home End the ends); never below 0, the end is settled by doc_clamp in the
 * screen's resize. */
int doc_scroll_key(int scroll, int key, int page);
/* " 40% ", how far a view of h rows from scroll has come, at line y near
 * the right edge; nothing when all n rows fit. */
void doc_scroll_mark(int n, int scroll, int h, int y);
/* A scrolled view of d: h rows from line top, its first row (scroll) given
 * the focus (a screen reader reads from the top of the view), and the
 * scroll mark on the line below it (doc_focus, doc_draw, doc_scroll_mark). */
void doc_draw_view(struct doc *d, int top, int scroll, int h);

#endif
