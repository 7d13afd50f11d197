#ifndef SPIEGEL_TUI_WIDGET_FORM_H
#define SPIEGEL_TUI_WIDGET_FORM_H

/* A form: rows one under the other (headings, text fields, choices,
 * toggles, links, a choice of a few options on one line), one of them
 * focused; headings and hidden rows are never focused.
 *
 * A screen either keeps a form (form_text and form_options: each text row
 * keeps what is typed in its own field; the voornemen screens) or builds
 * it again from its state before every use (form_begin, form_add with
 * strings that outlive the form, form_fmt for the ones made on the way;
 * the meeting screens, whose one text being typed is the screen's field,
 * passed to form_draw). Then form_layout places the rows for the window,
 * form_settle settles the view (the focused row, the scroll) in the
 * screen's resize, and form_draw draws both const.
 *
 * Two looks: the full one (labels wrapped beside a mark, the focused row
 * reversed, a text as a box of lines under a bar, the headings nearest
 * above the focused row kept in view with it, a scroll mark on the line
 * under the rows when some are out of view) and the compact one (two
 * lines a row, whole rows only: the label, with ▸ before the focused one,
 * and under it the line to type in or the options). Both leave the cursor
 * on the focused row (tui_focus), in the field when it is typed in. */

#include <stdbool.h>
#include <stddef.h>

#include "field.h"

enum form_kind {
	FORM_HEAD,    /* text, not focusable */
	FORM_TEXT,    /* a text field: label, value */
	FORM_CHOICE,  /* one of several rows (○ ●) */
	FORM_TOGGLE,  /* on or off ([ ] [x]) */
	FORM_LINK,    /* Enter opens something */
	FORM_OPTIONS, /* a choice of n_options on one line, or none yet */
};

#define FORM_MAX_ROWS 96
#define FORM_MAX_OPTIONS 3

struct form_row {
	enum form_kind kind;
	const char *label, *detail; /* detail: dimmed after the label */
	const char *value;	    /* FORM_TEXT without a field of its own: the text now */
	const char *placeholder;    /* FORM_TEXT: shown dimmed when empty */
	int lines;		    /* FORM_TEXT: the box's lines (full look) */
	bool on;		    /* FORM_CHOICE, FORM_TOGGLE */
	bool hidden;		    /* not shown, never focused */
	int id;			    /* what the row stands for, for the screen */
	int attr;		    /* FORM_HEAD: A_BOLD ... */
	const char *options[FORM_MAX_OPTIONS]; /* FORM_OPTIONS */
	int n_options, choice;		       /* choice: -1 for none */
	struct field kept; /* FORM_TEXT of a kept form (form_text): what is typed */
	int y, h;	   /* form_layout: the first line and the lines */
};

struct form {
	struct form_row r[FORM_MAX_ROWS];
	int n;
	char text[16384]; /* the strings made for this form (form_fmt) */
	size_t used;
	bool compact;
	int x, width; /* form_layout */
	int height;   /* form_settle: the lines in view */
};

/* What stays between builds: the focused row and the first line shown. */
struct form_view {
	int focus;
	int scroll;
};

/* Start building: no rows, no strings (a kept form: form_free first). */
void form_begin(struct form *f, bool compact);
/* A row; its strings must outlive the form (the model's, a table's, or
 * from form_fmt). When the form is full, the last row again (the screens'
 * forms never come near FORM_MAX_ROWS). */
struct form_row *form_add(struct form *f, enum form_kind kind, int id, const char *label);
/* A dimmed heading and a blank line: what a screen says above its rows. */
void form_intro(struct form *f, const char *text);
const char *form_fmt(struct form *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A kept form's rows: a text row with a field of its own (empty, at most
 * max bytes), or options (none chosen); the label is copied. false on
 * OOM or when the form is full. */
bool form_text(struct form *f, const char *label, size_t max);
bool form_options(struct form *f, const char *label, int n, const char *const *options);
/* Ends the kept fields; the form is empty after. */
void form_free(struct form *f);
/* Row i's text as typed, trimmed (malloc'd, "" when none; NULL on OOM). */
char *form_value(const struct form *f, int i);

/* Places the rows for a window: the form drawn from column x, width
 * columns wide (the compact look: the width of its fields). Kept fields
 * are settled to their width. */
void form_layout(struct form *f, int x, int width);
/* The lines the shown rows take (after form_layout). */
int form_lines(const struct form *f);
/* The view for height lines (kept in f->height): the focus on a focusable
 * row (the first from where it was, else the last; -1 when there is
 * none), the scroll so that it shows. In a screen's resize, after
 * form_layout. */
void form_settle(struct form *f, struct form_view *v, int height);
/* Only the focus of form_settle, the scroll as it was (before a key, on a
 * form built again). */
void form_settle_focus(const struct form *f, struct form_view *v);
/* The first focusable row focused, from the top. */
void form_first(const struct form *f, struct form_view *v);
/* The focused row, or NULL. */
const struct form_row *form_focused(const struct form *f, const struct form_view *v);
/* Focus the row with this id, if it can be focused. */
void form_focus_id(const struct form *f, struct form_view *v, int id);
/* Move the focus: ↑ ↓ Home End PgUp PgDn within the rows, Tab and
 * Shift-Tab to the next or previous row round the form. false for another
 * key. */
bool form_move(const struct form *f, struct form_view *v, int key);
/* The next text row after row i, or -1. */
int form_next_text(const struct form *f, int i);
/* ← → and 1..n on focused options: true when the key chose. */
bool form_choose_key(struct form *f, const struct form_view *v, int key);

/* Draws the rows in view from line top. typing: the field being typed in
 * the focused row of a built form (the cursor goes there), or NULL; a kept
 * form's focused text row is typed in its own field. */
void form_draw(const struct form *f, const struct form_view *v, int top,
	       const struct field *typing);

#endif
