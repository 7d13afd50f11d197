#ifndef SPIEGEL_TUI_QUESTIONNAIRE_FORM_H
#define SPIEGEL_TUI_QUESTIONNAIRE_FORM_H

/* A form of the voornemen screens: rows one under the other, each a label
 * and a line to type in (a field of the widget kit) or a choice of a few
 * options on one line. One row is current: Tab and ↓ go to the next shown
 * row, Shift-Tab and ↑ to the previous one. The keymap follows the current
 * row (q_keys_plan_form while typing, q_keys_plan_choice on a choice), so
 * the footer and the help say what the keys do there. */

#include <stdbool.h>
#include <stddef.h>

#include "tui/widget/field.h"
#include "tui/widget/loop.h"

#define FORM_ROWS 6
#define FORM_OPTIONS 3

struct form_row {
	char *label;			   /* a copy */
	const char *options[FORM_OPTIONS]; /* a choice: its options; none: a text row */
	int n_options, choice;		   /* the chosen option, -1 for none */
	struct field f;			   /* a text row */
	bool hidden;			   /* not shown, skipped by Tab */
};

struct form {
	struct form_row rows[FORM_ROWS];
	int n, cur;
	int top; /* the first row drawn (form_settle) */
};

/* Add a text row (empty, at most max bytes) or a choice (options, none
 * chosen: choice -1); false on OOM. The row's index is form->n - 1. */
bool form_text(struct form *fm, const char *label, size_t max);
bool form_choice(struct form *fm, const char *label, int n, const char *const *options);
void form_free(struct form *fm);
/* The first shown row becomes current. */
void form_first(struct form *fm);
/* The rows' width, and the first row drawn so that the current one shows
 * in h lines; in a screen's resize. */
void form_settle(struct form *fm, int width, int h);
/* The lines the shown rows take (two each). */
int form_lines(const struct form *fm);
/* The shown rows from the first (form_settle) at line y, column x, above
 * line bottom; the cursor in the current row when it is a text row. */
void form_draw(const struct form *fm, int y, int x, int bottom);
/* The keys of the current row: Q_PLAN_FIELD, Q_PLAN_CHOOSE, Q_TYPE,
 * Q_EDIT; TUI_IGNORED for any other action. *full: a text row is full. */
enum tui_result form_key(struct form *fm, int act, int key, bool *full);
const int *form_keymap(const struct form *fm);
/* Row i's text as typed, trimmed (malloc'd, "" when empty; NULL on OOM). */
char *form_value(const struct form *fm, int i);

#endif
