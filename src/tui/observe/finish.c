/* The end of the form: what was answered, what goes into the file, and
 * saving it (or stopping without a file). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actions.h"
#include "obs.h"
#include "tui/text.h"
#include "tui/widget/doc.h"
#include "tui/widget/put.h"

static void build_finish(const struct obs *o, struct doc *d)
{
	d->width = COLS - 2;
	size_t n = o->f->n_items, answered = 0, unknown = 0;
	for (size_t i = 0; i < n; i++) {
		int v = obs_answer(o, i);
		answered += v >= 0;
		unknown += v == FEEDBACK_UNKNOWN;
	}
	int open = 0;
	for (int k = 0; k < N_OPEN; k++)
		open += o->r && o->r->open[k] != NULL;
	if (!o->r) {
		doc_text(d, "Je hebt nog geen rol gekozen en niets beantwoord.", A_BOLD, 0);
		doc_text(
		    d, "Zonder rol kan er geen bestand komen. Met Esc ga je terug naar het begin.",
		    A_NORMAL, 0);
		return;
	}
	doc_text(d, "Klaar om op te slaan?", A_BOLD, 0);
	doc_blank(d);
	char *t = text_fmt("Je rol: %s.", feedback_role_id(o->r->role));
	doc_text(d, t, A_NORMAL, 0);
	free(t);
	if (unknown)
		t = text_fmt("Beantwoord: %zu van de %zu vragen (%zu keer \"" FEEDBACK_UNKNOWN_LABEL
			     "\", dat telt niet mee).",
			     answered, n, unknown);
	else
		t = text_fmt("Beantwoord: %zu van de %zu vragen.", answered, n);
	doc_text(d, t, A_NORMAL, 0);
	free(t);
	t = text_fmt("Open vragen: %s van de %d beantwoord.",
		     open == 0	 ? "geen"
		     : open == 1 ? "1"
				 : "2",
		     N_OPEN);
	doc_text(d, t, A_NORMAL, 0);
	free(t);
	if (answered < n)
		doc_text(d,
			 "Een vraag zonder antwoord telt niet mee. Met Esc ga je terug om er nog "
			 "een te beantwoorden.",
			 A_DIM, 0);
	doc_blank(d);
	t = text_fmt("Met Enter sla je je antwoorden op in één bestand. Dat bestand stuur je "
		     "zelf naar %s. Er staat geen naam in en geen tijd.",
		     obs_who(o, false));
	doc_text(d, t, A_NORMAL, 0);
	free(t);
	doc_text(d, "Met Q stop je zonder op te slaan: dan komt er geen bestand.", A_NORMAL, 0);
}

static void finish_enter(void *st)
{
	struct obs *o = st;
	o->scroll = 0;
	o->typing = false;
}

static void finish_resize(void *st)
{
	obs_page_resize(st, build_finish);
}

static void finish_draw(const void *st)
{
	obs_page_draw(st, "Feedback opslaan", build_finish);
}

static enum tui_result save(struct obs *o)
{
	if (!o->r) {
		obs_status(o, false, "Kies eerst je rol: zonder rol kan er geen bestand komen.");
		return TUI_HANDLED;
	}
	struct diag d;
	diag_init(&d);
	bool ok = o->args->save(o->args->ctx, o->r, &d);
	if (!ok)
		obs_status(o, true,
			   "NIET OPGESLAGEN: %s. Je antwoorden staan nog in het geheugen; probeer "
			   "opnieuw met Enter, of stop zonder opslaan met Q.",
			   diag_count(&d) ? diag_msg(&d, 0) : "onbekende fout");
	diag_finish(&d);
	if (!ok)
		return TUI_HANDLED;
	o->saved = true;
	return TUI_QUIT;
}

static enum tui_result finish_handle(void *st, int act, int key)
{
	struct obs *o = st;
	switch (act) {
	case O_SAVE:
		return save(o);
	case O_BACK:
		if (!o->r)
			obs_go(o, &o_role_screen);
		else
			obs_show_open(o, N_OPEN - 1);
		return TUI_HANDLED;
	default:
		return obs_page_key(o, act, key);
	}
}

static const int *finish_keymap(const void *st)
{
	(void)st;
	return o_keys_finish;
}

const struct tui_screen o_finish_screen = {
    TUI_SCREEN("observe-finish", finish, enter, keymap, handle, resize, draw)};
