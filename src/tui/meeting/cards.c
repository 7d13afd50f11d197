/* 5 Kaarten: the prompt cards of the casus's themes: open questions and a
 * deepening question, each marked when it was asked (the report lists
 * those), and the card's source as a full reference. */
#include <stdio.h>
#include <string.h>

#include "mtg.h"

#define ROW(t, q) (1000 * ((int)(t) + 1) + (int)(q))

static void build(const struct mtg *m, struct form *f)
{
	const struct meeting *mt = mtg_meeting(m);
	if (!mt->n_tags) {
		form_add(f, FORM_HEAD, 0,
			 "Nog geen thema's gekozen: kies er 1 tot 3 bij de casus (3); dan staan "
			 "hier hun kaarten.");
		return;
	}
	form_add(f, FORM_HEAD, 0,
		 "Vragen om het gesprek te openen. Zet een vraag aan als je hem gesteld hebt.")
	    ->attr = A_DIM;
	for (size_t t = 0; t < mt->n_tags; t++) {
		const struct meeting_card *c = meeting_kit_card(m->kit, mt->tags[t]);
		if (!c)
			continue;
		form_add(f, FORM_HEAD, 0, "");
		form_add(f, FORM_HEAD, 0, c->title)->attr = A_BOLD;
		for (unsigned q = 1; q <= c->n_questions + 1; q++) {
			const char *text = meeting_card_question(c, q);
			struct form_row *r = form_add(
			    f, FORM_TOGGLE, ROW(t, q),
			    q > c->n_questions ? form_fmt(f, "Verdieping: %s", text) : text);
			r->on = meeting_is_asked(mt, c->id, q);
		}
		char src[512];
		content_source_format(&c->source, src, sizeof(src));
		form_add(f, FORM_HEAD, 0, form_fmt(f, "Bron: %s", src))->attr = A_DIM;
	}
}

static void choose(struct mtg *m, int id)
{
	struct meeting *mt = mtg_meeting(m);
	size_t t = (size_t)(id / 1000 - 1);
	unsigned q = (unsigned)(id % 1000);
	if (t >= mt->n_tags)
		return;
	struct diag d;
	diag_init(&d);
	const char *card = mt->tags[t];
	if (meeting_set_asked(mt, card, q, !meeting_is_asked(mt, card, q), &d))
		mtg_save(m);
	else
		mtg_status_diag(m, &d);
	diag_finish(&d);
}

static const struct form_def def = {
    .title = "Kaarten", .part = 5, .build = build, .choose = choose};

MTG_FORM_SCREEN(m_cards_screen, "meeting-cards", def, mform_enter);
