/* 7 Stappen: one next step per participant, with a date and how they will
 * notice it worked (blueprint 5.5); Enter opens one participant's step
 * (step.c). */
#include <stdio.h>

#include "mtg.h"

enum { ROW_WHO = 100 };

static void build(const struct mtg *m, struct form *f)
{
	const struct meeting *mt = mtg_meeting(m);
	form_intro(f, "Eén concrete volgende stap per deelnemer: uit de catalogus of in eigen "
		      "woorden, met een datum en hoe je merkt dat het gelukt is.");
	size_t done = 0;
	for (size_t p = 0; p < m->iv->n_participants; p++) {
		const char *alias = m->iv->participants[p].alias;
		const struct meeting_step *s = meeting_find_step(mt, alias);
		struct form_row *r = form_add(f, FORM_LINK, ROW_WHO + (int)p, alias);
		if (!s) {
			r->detail = "nog geen stap";
			continue;
		}
		char date[40];
		meeting_date_text(date, sizeof(date), s->date);
		bool complete = meeting_step_complete(s);
		done += complete;
		r->detail = form_fmt(f, "%s · %s%s", meeting_step_title(s, m->cat),
				     s->date[0] ? date : "nog geen datum",
				     complete ? "" : " · nog niet compleet");
	}
	form_add(f, FORM_HEAD, 0, "");
	form_add(f, FORM_HEAD, 0,
		 form_fmt(f,
			  "%zu van de %zu deelnemers hebben een complete stap (stap, datum, "
			  "hoe je het merkt).",
			  done, m->iv->n_participants));
}

static void choose(struct mtg *m, int id)
{
	size_t p = (size_t)(id - ROW_WHO);
	if (id < ROW_WHO || p >= m->iv->n_participants)
		return;
	m->step_p = p;
	mtg_go(m, &m_step_screen);
}

static const struct form_def def = {
    .title = "Stappen", .part = 7, .build = build, .choose = choose};

static void steps_enter(void *st)
{
	struct mtg *m = st;
	mform_enter(m);
	/* back from a participant's step: at that participant */
	if (m->step_open)
		mform_focus_id(m, &def, ROW_WHO + (int)m->step_p);
	m->step_open = false;
}

MTG_FORM_SCREEN(m_steps_screen, "meeting-steps", def, steps_enter);
