/* 1 Terugblik: the step each participant agreed last time (what is due,
 * from the core), and how it went: gedaan, deels or nog niet, and what
 * happened. */
#include <stdio.h>

#include "mtg.h"

/* A participant's rows: 1000 * (p + 1) + a status, or + TEXT. */
#define ROW(p, k) (1000 * ((int)(p) + 1) + (k))
enum { TEXT = 10 };

static void build_one(const struct mtg *m, struct form *f, size_t p, const struct meeting_due *du)
{
	const char *alias = m->iv->participants[p].alias;
	char from[40], until[40];
	meeting_date_text(from, sizeof(from), m->iv->meetings[du->from - 1].date);
	meeting_date_text(until, sizeof(until), du->step->date);
	form_add(f, FORM_HEAD, 0, "");
	form_add(f, FORM_HEAD, 0,
		 form_fmt(f, "%s: stap van bijeenkomst %zu (%s)", alias, du->from, from))
	    ->attr = A_BOLD;
	form_add(f, FORM_HEAD, 0,
		 form_fmt(f, "%s%s%s%s%s", meeting_step_title(du->step, m->cat),
			  du->step->date[0] ? ", uiterlijk " : "", du->step->date[0] ? until : "",
			  du->step->signal[0] ? ". Zo zou je het merken: " : "", du->step->signal));
	for (int k = 0; k < N_FOLLOWUP; k++) {
		struct form_row *r = form_add(f, FORM_CHOICE, ROW(p, k),
					      meeting_followup_name((enum followup_status)k));
		r->on = du->done && (int)du->done->status == k;
	}
	struct form_row *r = form_add(f, FORM_TEXT, ROW(p, TEXT), "Wat er gebeurde");
	r->value = du->done ? du->done->what : "";
	r->lines = 2;
	r->placeholder = du->done ? NULL : "(kies eerst hoe het ging)";
}

static void build(const struct mtg *m, struct form *f)
{
	size_t due, answered;
	meeting_followup_count(m->iv, (size_t)m->cur, &due, &answered);
	if (!due) {
		form_add(f, FORM_HEAD, 0,
			 "Niets om op terug te blikken: bij eerdere bijeenkomsten is geen stap "
			 "afgesproken die nog open staat.");
		return;
	}
	form_add(
	    f, FORM_HEAD, 0,
	    form_fmt(f, "De stappen van de vorige keer: %zu van %zu besproken.", answered, due))
	    ->attr = A_DIM;
	for (size_t p = 0; p < m->iv->n_participants; p++) {
		struct meeting_due du =
		    meeting_due(m->iv, (size_t)m->cur, m->iv->participants[p].alias);
		if (du.found)
			build_one(m, f, p, &du);
	}
}

static bool set(struct mtg *m, size_t p, int status, const char *what)
{
	const char *alias = m->iv->participants[p].alias;
	struct meeting_due du = meeting_due(m->iv, (size_t)m->cur, alias);
	if (status < 0 && !du.done) {
		mtg_status(m, true, "Kies eerst hoe het ging: gedaan, deels of nog niet.");
		return false;
	}
	struct diag d;
	diag_init(&d);
	bool ok = meeting_set_followup(m->iv, (size_t)m->cur, alias,
				       status < 0 ? du.done->status : (enum followup_status)status,
				       what	 ? what
				       : du.done ? du.done->what
						 : "",
				       &d);
	if (!ok)
		mtg_status_diag(m, &d);
	diag_finish(&d);
	return ok;
}

/* After a save: how far the look back is. */
static void saved(struct mtg *m)
{
	size_t due, answered;
	meeting_followup_count(m->iv, (size_t)m->cur, &due, &answered);
	mtg_status(m, false, "Opgeslagen. %zu van %zu stappen van de vorige keer besproken.",
		   answered, due);
}

static void choose(struct mtg *m, int id)
{
	size_t p = (size_t)(id / 1000 - 1);
	int k = id % 1000;
	if (p < m->iv->n_participants && k < N_FOLLOWUP && set(m, p, k, NULL) && mtg_save(m))
		saved(m);
}

static bool commit(struct mtg *m, int id, const char *text)
{
	size_t p = (size_t)(id / 1000 - 1);
	return p < m->iv->n_participants && set(m, p, -1, text);
}

static const struct form_def def = {
    .title = "Terugblik", .part = 1, .build = build, .choose = choose, .commit = commit};

MTG_FORM_SCREEN(m_followup_screen, "meeting-followup", def, mform_enter);
