/* The help of `spiegel observe`: how to answer, who sees what, and the
 * keys of the screen it was opened from, from the action table. */
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "obs.h"
#include "tui/widget/doc.h"

void obs_help_open(struct obs *o)
{
	o->help_return = o->shell.screen;
	o->help_scroll = 0;
	obs_go(o, &o_help_screen);
}

static void build_help(const struct obs *o, struct doc *d)
{
	d->width = COLS - 2;
	doc_text(d,
		 "Je geeft feedback door bij elke vraag te kiezen hoe vaak je dit ziet, of hoe "
		 "goed het past. " FEEDBACK_UNKNOWN_HINT " Dat kies je met 0. Een vraag mag je "
		 "ook overslaan.",
		 A_NORMAL, 0);
	doc_blank(d);
	obs_who_sees_what(o, d);
	doc_blank(d);
	doc_text(d, "Toetsen", A_BOLD | A_UNDERLINE, 0);
	struct keymap km;
	tui_keymap(&o->shell, o, o->help_return, &km);
	actions_help(o_actions, &km, d, 12);
}

static int help_rows(const struct obs *o)
{
	return obs_bottom(o) - 1;
}

static void help_resize(void *st)
{
	struct obs *o = st;
	struct doc d = {0};
	build_help(o, &d);
	o->help_scroll = doc_clamp(d.n, o->help_scroll, help_rows(o));
	doc_free(&d);
}

static void help_draw(const void *st)
{
	const struct obs *o = st;
	obs_frame(o, "Uitleg", NULL);
	struct doc d = {0};
	build_help(o, &d);
	doc_draw_view(&d, 2, o->help_scroll, help_rows(o));
	doc_free(&d);
}

static enum tui_result help_handle(void *st, int act, int key)
{
	struct obs *o = st;
	switch (act) {
	case O_SCROLL:
		o->help_scroll = obs_scroll_key(o->help_scroll, key, help_rows(o));
		return TUI_HANDLED;
	case O_CLOSE_HELP:
		tui_back(&o->shell, o, o->help_return);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *help_keymap(const void *st)
{
	const struct obs *o = st;
	return o->r ? o_keys_help : o_keys_help_fresh;
}

const struct tui_screen o_help_screen = {
    TUI_SCREEN("observe-help", help, keymap, handle, resize, draw)};
