/* `spiegel observe` full screen: start-up, the loop, what every screen
 * shares (obs.h). */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "obs.h"
#include "tui/term.h"
#include "tui/widget/doc.h"
#include "tui/widget/frame.h"

void obs_status(struct obs *o, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	frame_status_vset(o->status, sizeof(o->status), &o->status_error, error, fmt, ap);
	va_end(ap);
}

static int status_max(const struct obs *o)
{
	return o->status_error ? 4 : 2;
}

int obs_bottom(const struct obs *o)
{
	/* a blank line above the status or the footer */
	return LINES - 3 - frame_status_rows(o->status, status_max(o));
}

void obs_frame(const struct obs *o, const char *title, const char *right)
{
	frame_title(title, right, 4);
	frame_status(o->status, o->status_error, status_max(o), LINES - 2);
	struct keymap km;
	tui_keymap(&o->shell, o, o->shell.screen, &km);
	actions_footer(o_actions, &km, LINES - 1, 1);
}

int obs_page_rows(const struct obs *o)
{
	return obs_bottom(o) - 1;
}

void obs_page_resize(struct obs *o, obs_build_fn *build)
{
	struct doc d = {0};
	build(o, &d);
	o->scroll = doc_clamp(d.n, o->scroll, obs_page_rows(o));
	doc_free(&d);
}

void obs_page_draw(const struct obs *o, const char *title, obs_build_fn *build)
{
	obs_frame(o, title, o->f->title);
	struct doc d = {0};
	build(o, &d);
	doc_draw_view(&d, 2, o->scroll, obs_page_rows(o));
	doc_free(&d);
}

enum tui_result obs_page_key(struct obs *o, int act, int key)
{
	if (act != O_SCROLL)
		return TUI_IGNORED;
	o->scroll = obs_scroll_key(o->scroll, key, obs_page_rows(o));
	return TUI_HANDLED;
}

void obs_go(struct obs *o, const struct tui_screen *to)
{
	tui_switch(&o->shell, o, to);
}

const char *obs_who(const struct obs *o, bool capital)
{
	return feedback_leader(o->f->name, capital);
}

int obs_answer(const struct obs *o, size_t i)
{
	if (!o->r)
		return -1;
	const char *id = o->f->items[i].id;
	for (size_t k = 0; k < o->r->n_answers; k++)
		if (strcmp(o->r->answers[k].item, id) == 0)
			return o->r->answers[k].value;
	return -1;
}

int obs_scroll_key(int scroll, int key, int h)
{
	return doc_scroll_key(scroll, key, h - 1);
}

/* Stopping and the help, on every screen. */
static enum tui_result common(void *st, int act, int key)
{
	(void)key;
	struct obs *o = st;
	switch (act) {
	case O_HALT:
	case O_ABANDON:
	case O_QUIT:
		return TUI_QUIT;
	case O_END:
		obs_go(o, &o_finish_screen);
		return TUI_HANDLED;
	case O_HELP:
		obs_help_open(o);
		return TUI_HANDLED;
	default:
		o->status[0] = '\0';
		return TUI_IGNORED;
	}
}

int tui_observe(const struct tui_observe_args *args, struct feedback_response **out)
{
	*out = NULL;
	struct obs o;
	memset(&o, 0, sizeof(o));
	o.args = args;
	o.f = args->form;
	o.shell.actions = o_actions;
	o.shell.common = common;
	o.shell.min_cols = 40;
	o.shell.min_lines = 12;
	for (int k = 0; k < N_OPEN; k++)
		if (!field_init(&o.ed[k], "", FEEDBACK_MAX_OPEN)) {
			for (int j = 0; j < k; j++)
				field_finish(&o.ed[j]);
			fprintf(stderr, "spiegel: onvoldoende geheugen\n");
			return 1;
		}
	int status = 1;
	if (!tui_terminal_usable()) {
		tui_unsupported();
	} else {
		obs_go(&o, &o_welcome_screen);
		if (tui_main(&o.shell, &o, NULL, NULL))
			status = o.saved ? 0 : 1;
	}
	for (int k = 0; k < N_OPEN; k++)
		field_finish(&o.ed[k]);
	if (o.saved)
		*out = o.r;
	else
		feedback_response_destroy(o.r);
	return status;
}
