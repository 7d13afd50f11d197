/* 3 Casus: who brings it in, the situatie, the vraag van de inbrenger,
 * what was tried already, and 1 to 3 themes (the prompt cards of 5). */
#include <stdio.h>
#include <string.h>

#include "mtg.h"

enum { ROW_TEXT = 10, ROW_WHO = 100, ROW_CARD = 1000 };

static bool tagged(const struct meeting *mt, const char *id)
{
	for (size_t t = 0; t < mt->n_tags; t++)
		if (strcmp(mt->tags[t], id) == 0)
			return true;
	return false;
}

static void text_row(struct form *f, const struct meeting *mt, enum meeting_text t,
		     const char *label, int lines, const char *placeholder)
{
	struct form_row *r = form_add(f, FORM_TEXT, ROW_TEXT + (int)t, label);
	r->value = mt->text[t];
	r->lines = lines;
	r->placeholder = placeholder;
}

static void build(const struct mtg *m, struct form *f)
{
	const struct meeting *mt = mtg_meeting(m);
	form_add(f, FORM_HEAD, 0, "Wie brengt de casus in?")->attr = A_BOLD;
	for (size_t p = 0; p < m->iv->n_participants; p++) {
		const char *alias = m->iv->participants[p].alias;
		struct form_row *r = form_add(f, FORM_CHOICE, ROW_WHO + (int)p, alias);
		r->on = mt->inbrenger && strcmp(mt->inbrenger, alias) == 0;
	}
	form_add(f, FORM_HEAD, 0, "");
	text_row(f, mt, MEETING_SITUATIE, "Situatie", 3, "(wat speelt er, concreet?)");
	text_row(f, mt, MEETING_VRAAG, "Vraag van de inbrenger", 2,
		 "(wat wil de inbrenger van de groep?)");
	text_row(f, mt, MEETING_GEPROBEERD, "Wat al geprobeerd is", 2, NULL);
	form_add(f, FORM_HEAD, 0, "");
	form_add(f, FORM_HEAD, 0,
		 form_fmt(f, "Thema's van de casus: kies er 1 tot %d (%zu gekozen)",
			  MEETING_MAX_TAGS, mt->n_tags))
	    ->attr = A_BOLD;
	for (size_t k = 0; k < m->kit->n_cards; k++) {
		const struct meeting_card *c = &m->kit->cards[k];
		struct form_row *r = form_add(f, FORM_TOGGLE, ROW_CARD + (int)k, c->title);
		r->detail = c->kind == CARD_DIMENSION
				? form_fmt(f, "dimensie %s", c->id)
				: form_fmt(f, "praktijk %s", m->cat->practices[c->practice].name);
		r->on = tagged(mt, c->id);
	}
}

static void choose(struct mtg *m, int id)
{
	struct meeting *mt = mtg_meeting(m);
	struct diag d;
	diag_init(&d);
	bool ok = false;
	if (id >= ROW_CARD && (size_t)(id - ROW_CARD) < m->kit->n_cards) {
		const char *card = m->kit->cards[id - ROW_CARD].id;
		ok = tagged(mt, card) ? meeting_untag(mt, card) : meeting_tag(mt, card, &d);
	} else if (id >= ROW_WHO && (size_t)(id - ROW_WHO) < m->iv->n_participants) {
		ok = meeting_set_inbrenger(m->iv, mt, m->iv->participants[id - ROW_WHO].alias, &d);
	}
	if (ok)
		mtg_save(m);
	else if (diag_count(&d))
		mtg_status_diag(m, &d);
	diag_finish(&d);
}

static bool commit(struct mtg *m, int id, const char *text)
{
	struct diag d;
	diag_init(&d);
	bool ok = meeting_set_text(mtg_meeting(m), (enum meeting_text)(id - ROW_TEXT), text, &d);
	if (!ok)
		mtg_status_diag(m, &d);
	diag_finish(&d);
	return ok;
}

static const struct form_def def = {
    .title = "Casus", .part = 3, .build = build, .choose = choose, .commit = commit};

MTG_FORM_SCREEN(m_casus_screen, "meeting-casus", def, mform_enter);
