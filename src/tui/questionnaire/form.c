/* The form of the voornemen screens (form.h). */
#define _GNU_SOURCE
#include "form.h"

#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "tui/widget/put.h"

bool form_text(struct form *fm, const char *label, size_t max)
{
	if (fm->n == FORM_ROWS)
		return false;
	struct form_row *r = &fm->rows[fm->n];
	memset(r, 0, sizeof(*r));
	if (!(r->label = strdup(label)) || !field_init(&r->f, "", max)) {
		free(r->label);
		r->label = NULL;
		return false;
	}
	fm->n++;
	return true;
}

bool form_choice(struct form *fm, const char *label, int n, const char *const *options)
{
	if (fm->n == FORM_ROWS || n < 1 || n > FORM_OPTIONS)
		return false;
	struct form_row *r = &fm->rows[fm->n];
	memset(r, 0, sizeof(*r));
	if (!(r->label = strdup(label)))
		return false;
	fm->n++;
	for (int i = 0; i < n; i++)
		r->options[i] = options[i];
	r->n_options = n;
	r->choice = -1;
	return true;
}

void form_free(struct form *fm)
{
	for (int i = 0; i < fm->n; i++) {
		field_finish(&fm->rows[i].f);
		free(fm->rows[i].label);
	}
	memset(fm, 0, sizeof(*fm));
}

void form_first(struct form *fm)
{
	fm->cur = fm->top = 0;
	while (fm->cur + 1 < fm->n && fm->rows[fm->cur].hidden)
		fm->cur++;
}

void form_settle(struct form *fm, int width, int h)
{
	for (int i = 0; i < fm->n; i++)
		if (!fm->rows[i].n_options)
			field_settle(&fm->rows[i].f, width);
	/* from the first row, unless the current one would not show then */
	int lines = 0;
	for (int i = fm->top = 0; i <= fm->cur; i++)
		lines += fm->rows[i].hidden ? 0 : 2;
	while (lines > h && fm->top < fm->cur)
		lines -= fm->rows[fm->top++].hidden ? 0 : 2;
}

int form_lines(const struct form *fm)
{
	int n = 0;
	for (int i = 0; i < fm->n; i++)
		n += fm->rows[i].hidden ? 0 : 2;
	return n;
}

/* A choice on one line: every option with its mark when they fit, else the
 * chosen one between arrows. */
static void draw_choice(const struct form_row *r, int y, int x, int w, bool cur)
{
	char line[400];
	size_t len = 0;
	for (int i = 0; i < r->n_options && len < sizeof(line); i++)
		len += (size_t)snprintf(line + len, sizeof(line) - len, "%s%s %s", i ? "   " : "",
					i == r->choice ? "●" : "○", r->options[i]);
	if (len >= sizeof(line) || tui_width(line) > w)
		snprintf(line, sizeof(line), "◂ %s ▸",
			 r->choice >= 0 ? r->options[r->choice] : "kies met ←→");
	tui_put(y, x, w, line, cur ? A_BOLD : A_NORMAL);
}

void form_draw(const struct form *fm, int y, int x, int bottom)
{
	int cur_y = -1;
	for (int i = fm->top; i < fm->n && y + 1 < bottom; i++) {
		const struct form_row *r = &fm->rows[i];
		if (r->hidden)
			continue;
		bool cur = i == fm->cur;
		tui_put(y, x - 2, 2, cur ? "▸" : " ", A_BOLD);
		tui_put(y, x, COLS - x - 1, r->label, cur ? A_BOLD : A_NORMAL);
		if (r->n_options)
			draw_choice(r, y + 1, x + 2, COLS - x - 3, cur);
		else
			field_draw_line(&r->f, y + 1, x + 2, false);
		if (cur)
			cur_y = y + 1;
		y += 2;
	}
	/* the cursor in the row being typed in, drawn last */
	const struct form_row *r = &fm->rows[fm->cur];
	if (cur_y >= 0 && !r->n_options)
		field_draw_line(&r->f, cur_y, x + 2, true);
	else
		curs_set(0);
}

static void move_row(struct form *fm, int by)
{
	int i = fm->cur;
	for (int k = 0; k < fm->n; k++) {
		i = (i + by + fm->n) % fm->n;
		if (!fm->rows[i].hidden) {
			fm->cur = i;
			return;
		}
	}
}

enum tui_result form_key(struct form *fm, int act, int key, bool *full)
{
	struct form_row *r = &fm->rows[fm->cur];
	*full = false;
	switch (act) {
	case Q_PLAN_FIELD:
		move_row(fm, key == K_TAB || key == K_DOWN ? 1 : -1);
		return TUI_HANDLED;
	case Q_PLAN_CHOOSE:
		if (!r->n_options)
			return TUI_IGNORED;
		if (key == K_LEFT)
			r->choice = r->choice > 0 ? r->choice - 1 : r->n_options - 1;
		else if (key == K_RIGHT)
			r->choice = r->choice + 1 < r->n_options ? r->choice + 1 : 0;
		else if (key >= '1' && key < '1' + r->n_options)
			r->choice = key - '1';
		return TUI_HANDLED;
	case Q_TYPE:
	case Q_EDIT:
		if (r->n_options)
			return TUI_IGNORED;
		*full = field_key(&r->f, key, 0) == FIELD_FULL;
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

const int *form_keymap(const struct form *fm)
{
	return fm->n && fm->rows[fm->cur].n_options ? q_keys_plan_choice : q_keys_plan_form;
}

char *form_value(const struct form *fm, int i)
{
	const struct form_row *r = &fm->rows[i];
	return r->n_options || !r->f.on ? strdup("") : textedit_text(&r->f.ed);
}
