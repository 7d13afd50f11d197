/* A question of the form: the observer version of a likert item, its five
 * options and, set apart below them, FEEDBACK_UNKNOWN_LABEL. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "obs.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

/* The option of an answer value, and back. */
static int opt_of(int value)
{
	return value == FEEDBACK_UNKNOWN ? OBS_UNKNOWN_OPT : value - 1;
}

static int value_of(int opt)
{
	return opt == OBS_UNKNOWN_OPT ? FEEDBACK_UNKNOWN : opt + 1;
}

/* The question and its options as rows; sel_top/sel_n: the rows of the
 * highlighted option. */
static void build_item(const struct obs *o, struct doc *d, int *sel_top, int *sel_n)
{
	const struct feedback_form_item *it = &o->f->items[o->cur];
	d->width = COLS - 2;
	doc_text(d, it->text, A_BOLD, 0);
	doc_blank(d);
	int given = obs_answer(o, o->cur);
	for (int k = 0; k <= OBS_UNKNOWN_OPT; k++) {
		bool sel = k == o->opt;
		bool chosen = given >= 0 && opt_of(given) == k;
		char prefix[32];
		snprintf(prefix, sizeof(prefix), "%s%d %s ", sel ? "▸" : " ",
			 k == OBS_UNKNOWN_OPT ? 0 : k + 1, chosen ? "●" : "○");
		if (k == OBS_UNKNOWN_OPT)
			doc_blank(d); /* apart from the scale: not its lowest point */
		int before = d->n;
		doc_hanging(d, prefix,
			    k == OBS_UNKNOWN_OPT ? FEEDBACK_UNKNOWN_LABEL " (telt niet mee)"
						 : it->scale[k],
			    sel ? A_REVERSE : A_NORMAL, 1);
		if (sel) {
			*sel_top = before;
			*sel_n = d->n - before;
			doc_focus(d, before); /* the cursor on it, for a screen reader */
		}
	}
}

static int text_rows(const struct obs *o)
{
	return obs_bottom(o) - 1; /* from line 2 */
}

void obs_show_item(struct obs *o, size_t i)
{
	o->cur = i;
	int given = obs_answer(o, i);
	o->opt = given >= 0 ? opt_of(given) : 0;
	o->scroll = 0;
	if (o->shell.screen == &o_item_screen)
		return;
	obs_go(o, &o_item_screen);
}

static void item_resize(void *st)
{
	struct obs *o = st;
	struct doc d = {0};
	int top = 0, n = 1, h = text_rows(o);
	build_item(o, &d, &top, &n);
	/* the highlighted option shows, from its first row */
	if (top + n > o->scroll + h)
		o->scroll = top + n - h;
	if (top < o->scroll)
		o->scroll = top;
	o->scroll = doc_clamp(d.n, o->scroll, h);
	doc_free(&d);
}

static void item_draw(const void *st)
{
	const struct obs *o = st;
	char right[64];
	snprintf(right, sizeof(right), "vraag %zu van %zu", o->cur + 1, o->f->n_items);
	char *title = text_fmt("Feedback voor %s", obs_who(o, false));
	obs_frame(o, title ? title : "Feedback", right);
	free(title);
	struct doc d = {0};
	int top = 0, n = 1, h = text_rows(o);
	build_item(o, &d, &top, &n);
	doc_draw(&d, 2, o->scroll, h);
	doc_scroll_mark(d.n, o->scroll, h, 2 + h);
	doc_free(&d);
}

/* After an answer, or → : the next question, after the last the first
 * open question. */
static void next(struct obs *o)
{
	if (o->cur + 1 < o->f->n_items)
		obs_show_item(o, o->cur + 1);
	else
		obs_show_open(o, 0);
}

static void prev(struct obs *o)
{
	if (o->cur > 0)
		obs_show_item(o, o->cur - 1);
	else
		obs_go(o, &o_role_screen);
}

static void answer(struct obs *o, int opt)
{
	if (!feedback_response_set(o->r, o->f->items[o->cur].id, value_of(opt))) {
		obs_status(o, true, "Onvoldoende geheugen: dit antwoord is niet bewaard.");
		return;
	}
	next(o);
}

static enum tui_result item_handle(void *st, int act, int key)
{
	struct obs *o = st;
	switch (act) {
	case O_ANSWER:
		if (key >= '0' && key <= '5')
			answer(o, key == '0' ? OBS_UNKNOWN_OPT : key - '1');
		else if (key == K_UP && o->opt > 0)
			o->opt--;
		else if (key == K_DOWN && o->opt < OBS_UNKNOWN_OPT)
			o->opt++;
		else if (key == K_ENTER)
			answer(o, o->opt);
		return TUI_HANDLED;
	case O_CLEAR:
		if (obs_answer(o, o->cur) >= 0) {
			feedback_response_set(o->r, o->f->items[o->cur].id, -1);
			obs_status(o, false, "Antwoord weggehaald: deze vraag telt niet mee.");
		}
		return TUI_HANDLED;
	case O_PAGE:
		if (key == K_LEFT || key == K_PGUP)
			prev(o);
		else
			next(o);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *item_keymap(const void *st)
{
	(void)st;
	return o_keys_item;
}

const struct tui_screen o_item_screen = {
    TUI_SCREEN("observe-item", item, keymap, handle, resize, draw)};
