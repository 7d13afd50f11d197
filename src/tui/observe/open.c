/* The two open questions at the end of the form (keep doing, do more):
 * typed into a text box, optional. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "obs.h"
#include "tui/term.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

/* The question above the box. */
static void build_question(const struct obs *o, struct doc *d)
{
	d->width = COLS - 2;
	doc_text(d, feedback_open_question(o->open), A_BOLD, 0);
	doc_text(d,
		 "Mag leeg blijven. Je antwoord komt letterlijk in het rapport, zonder je rol en "
		 "tussen de andere antwoorden.",
		 A_DIM, 0);
}

/* The typed text into the response: an answer that cannot be kept says
 * so. */
static void commit(struct obs *o)
{
	char *t = textedit_text(&o->ed[o->open].ed);
	if (!t || !feedback_response_set_open(o->r, o->open, t))
		obs_status(o, true,
			   "Dit antwoord kon niet worden bewaard (te lang of onvoldoende "
			   "geheugen).");
	free(t);
}

void obs_show_open(struct obs *o, int k)
{
	o->open = k;
	o->typing = true;
	if (o->shell.screen != &o_open_screen)
		obs_go(o, &o_open_screen);
}

static void open_leave(void *st)
{
	struct obs *o = st;
	commit(o);
}

/* The box: from under the question to above the status. */
static void layout(const struct obs *o, int *q_rows, int *box_top, int *box_h)
{
	struct doc d = {0};
	build_question(o, &d);
	*q_rows = d.n;
	doc_free(&d);
	int bottom = obs_bottom(o);
	int room = bottom - 2;
	if (*q_rows > room - 2)
		*q_rows = room - 2 > 1 ? room - 2 : 1;
	*box_top = 2 + *q_rows + 1;
	*box_h = bottom - *box_top + 1;
	if (*box_h < 1)
		*box_h = 1;
}

static void open_resize(void *st)
{
	struct obs *o = st;
	field_settle(&o->ed[o->open], COLS - 4);
}

static void open_draw(const void *st)
{
	const struct obs *o = st;
	char right[64];
	snprintf(right, sizeof(right), "open vraag %d van %d", o->open + 1, N_OPEN);
	char *title = text_fmt("Feedback voor %s", obs_who(o, false));
	obs_frame(o, title ? title : "Feedback", right);
	free(title);
	int q_rows, top, h;
	layout(o, &q_rows, &top, &h);
	struct doc d = {0};
	build_question(o, &d);
	doc_draw(&d, 2, 0, q_rows);
	doc_free(&d);
	tui_focus(top, 3); /* the answer box has focus, typing or not */
	field_draw_box(&o->ed[o->open], top, 1, h, "│", TUI_CYAN, o->typing,
		       "(nog niets getypt; Enter om te typen)");
}

/* Past the second open question: the end. */
static void next(struct obs *o)
{
	commit(o);
	if (o->open + 1 < N_OPEN)
		obs_show_open(o, o->open + 1);
	else
		obs_go(o, &o_finish_screen);
}

static void prev(struct obs *o)
{
	commit(o);
	if (o->open > 0)
		obs_show_open(o, o->open - 1);
	else
		obs_show_item(o, o->f->n_items - 1);
}

static enum tui_result open_handle(void *st, int act, int key)
{
	struct obs *o = st;
	switch (act) {
	case O_TYPE_START:
		o->typing = true;
		return TUI_HANDLED;
	case O_STOP_TYPING:
		o->typing = false;
		commit(o);
		return TUI_HANDLED;
	case O_TYPE_NEXT:
		next(o);
		return TUI_HANDLED;
	case O_PAGE:
	case O_TYPE_PAGE:
		if (key == K_LEFT || key == K_PGUP)
			prev(o);
		else
			next(o);
		return TUI_HANDLED;
	case O_TYPE:
	case O_EDIT:
		if (field_key(&o->ed[o->open], key, FIELD_CLEAR) == FIELD_FULL)
			obs_status(o, false, "Het antwoord is zo lang als het mag zijn.");
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *open_keymap(const void *st)
{
	const struct obs *o = st;
	return o->typing ? o_keys_typing : o_keys_open;
}

const struct tui_screen o_open_screen = {
    TUI_SCREEN("observe-open", open, leave, keymap, handle, resize, draw)};
