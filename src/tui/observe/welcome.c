/* The first screen of `spiegel observe`: whom the form is about, how many
 * questions, and who sees what, before anything is answered. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>

#include "actions.h"
#include "obs.h"
#include "tui/text.h"
#include "tui/widget/doc.h"

void obs_who_sees_what(const struct obs *o, struct doc *d)
{
	doc_text(d, "Wie ziet wat?", A_BOLD | A_UNDERLINE, 0);
	for (int k = 0; k < FEEDBACK_PRIVACY_POINTS; k++) {
		char *p = feedback_privacy_point(k, obs_who(o, false), obs_who(o, true));
		if (p)
			doc_hanging(d, "- ", p, A_NORMAL, 0);
		free(p);
	}
	doc_hanging(d, "- ",
		    "spiegel schrijft pas iets als je aan het eind opslaat. Stop je zonder op te "
		    "slaan, dan komt er geen bestand.",
		    A_NORMAL, 0);
}

static void build_welcome(const struct obs *o, struct doc *d)
{
	d->width = COLS - 2;
	char *t = text_fmt("Feedback voor %s: %s", obs_who(o, false), o->f->title);
	doc_text(d, t, A_BOLD, 0);
	free(t);
	t = text_fmt("%zu vragen over wat je ziet van %s, en twee open vragen. Er zijn geen "
		     "goede of foute antwoorden.",
		     o->f->n_items, obs_who(o, false));
	doc_text(d, t, A_NORMAL, 0);
	free(t);
	t = feedback_naming_note(o->f->name);
	if (t)
		doc_text(d, t, A_NORMAL, 0);
	free(t);
	doc_blank(d);
	obs_who_sees_what(o, d);
}

static void welcome_enter(void *st)
{
	struct obs *o = st;
	o->scroll = 0;
}

static void welcome_resize(void *st)
{
	obs_page_resize(st, build_welcome);
}

static void welcome_draw(const void *st)
{
	obs_page_draw(st, "Feedback geven", build_welcome);
}

static enum tui_result welcome_handle(void *st, int act, int key)
{
	struct obs *o = st;
	switch (act) {
	case O_BEGIN:
		obs_go(o, &o_role_screen);
		return TUI_HANDLED;
	default:
		return obs_page_key(o, act, key);
	}
}

static const int *welcome_keymap(const void *st)
{
	const struct obs *o = st;
	return o->r ? o_keys_welcome_answered : o_keys_welcome;
}

const struct tui_screen o_welcome_screen = {
    TUI_SCREEN("observe-welcome", welcome, enter, keymap, handle, resize, draw)};
