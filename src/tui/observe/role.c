/* The observer's role: teamlid, collega-leidinggevende, bestuurder or
 * anders; the answer file holds it (and no name). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "obs.h"
#include "tui/text.h"
#include "tui/widget/doc.h"

/* The question and the roles, wrapped; sel_top: the first row of the
 * highlighted role. */
static void build_roles(const struct obs *o, struct doc *d, int *sel_top)
{
	d->width = COLS - 2;
	char *t = text_fmt("Wat is je rol ten opzichte van %s?", obs_who(o, false));
	doc_text(d, t, A_BOLD, 0);
	free(t);
	doc_text(d, "Je rol staat in het bestand; je naam niet.", A_DIM, 0);
	doc_blank(d);
	for (int r = 0; r < N_ROLES; r++) {
		bool sel = r == o->role;
		bool chosen = o->r && o->r->role == r;
		char prefix[32];
		snprintf(prefix, sizeof(prefix), "%s%d %s ", sel ? "▸" : " ", r + 1,
			 chosen ? "●" : "○");
		if (sel) {
			*sel_top = d->n;
			doc_focus(d, d->n); /* the cursor on it, for a screen reader */
		}
		doc_hanging(d, prefix, feedback_role_label(r), sel ? A_REVERSE : A_NORMAL, 1);
	}
	/* said once before the first question, as in the form */
	doc_blank(d);
	doc_text(d, FEEDBACK_UNKNOWN_HINT, A_NORMAL, 0);
}

static int text_rows(const struct obs *o)
{
	return obs_bottom(o) - 1;
}

static void role_enter(void *st)
{
	struct obs *o = st;
	o->role = o->r ? o->r->role : 0;
	o->scroll = 0;
}

static void role_resize(void *st)
{
	struct obs *o = st;
	struct doc d = {0};
	int top = 0, h = text_rows(o);
	build_roles(o, &d, &top);
	if (top >= o->scroll + h)
		o->scroll = top - h + 1;
	o->scroll = doc_clamp(d.n, o->scroll, h);
	doc_free(&d);
}

static void role_draw(const void *st)
{
	const struct obs *o = st;
	obs_frame(o, "Feedback geven", o->f->title);
	struct doc d = {0};
	int top = 0, h = text_rows(o);
	build_roles(o, &d, &top);
	doc_draw(&d, 2, o->scroll, h);
	doc_free(&d);
}

static void choose(struct obs *o, int role)
{
	if (!o->r) {
		o->r = feedback_response_create(o->f->round, o->f->form, role, o->args->rnd);
		if (!o->r) {
			obs_status(o, true, "Onvoldoende geheugen.");
			return;
		}
	}
	o->r->role = role;
	obs_show_item(o, 0);
}

static enum tui_result role_handle(void *st, int act, int key)
{
	struct obs *o = st;
	switch (act) {
	case O_CHOOSE:
		if (key == K_UP && o->role > 0)
			o->role--;
		else if (key == K_DOWN && o->role < N_ROLES - 1)
			o->role++;
		else if (key == K_ENTER)
			choose(o, o->role);
		else if (key >= '1' && key < '1' + N_ROLES)
			choose(o, o->role = key - '1');
		return TUI_HANDLED;
	case O_TO_START:
		obs_go(o, &o_welcome_screen);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static const int *role_keymap(const void *st)
{
	const struct obs *o = st;
	return o->r ? o_keys_role_answered : o_keys_role;
}

const struct tui_screen o_role_screen = {
    TUI_SCREEN("observe-role", role, enter, keymap, handle, resize, draw)};
