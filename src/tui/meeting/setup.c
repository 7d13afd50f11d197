/* 2 Opzet: the date, the method from the kit, the agenda, and what the
 * group agreed to share (per theme, for the group). A new meeting is made
 * when its method is chosen (the core needs both). */
#include <stdio.h>
#include <string.h>

#include "mtg.h"

enum { ROW_DATE = 1, ROW_AGENDA, ROW_METHOD = 100, ROW_CONSENT = 200 };

static void build(const struct mtg *m, struct form *f)
{
	const struct meeting *mt = mtg_meeting(m);
	char date[40];
	meeting_date_text(date, sizeof(date), mt ? mt->date : m->date);
	struct form_row *r = form_add(f, FORM_TEXT, ROW_DATE, "Datum");
	r->value = form_fmt(f, "%s", date);
	r->placeholder = "(typ bijvoorbeeld 1-12-2026 of 1 december 2026)";
	form_add(f, FORM_HEAD, 0, "");
	form_add(f, FORM_HEAD, 0, mt ? "Methode" : "Methode: kies er een om te beginnen")->attr =
	    A_BOLD;
	const struct meeting_method *focused = NULL;
	for (size_t k = 0; k < m->kit->n_methods; k++) {
		const struct meeting_method *me = &m->kit->methods[k];
		r = form_add(f, FORM_CHOICE, ROW_METHOD + (int)k, me->name);
		r->detail =
		    form_fmt(f, "%zu fasen, %u min", me->n_phases, meeting_method_minutes(me));
		r->on = mt && strcmp(mt->method, me->id) == 0;
		if (f->n - 1 == m->view.focus)
			focused = me;
	}
	/* the summary of the method pointed at, else of the chosen one; always
	 * a row, so that the rows stay where the focus is */
	if (!focused && mt)
		focused = meeting_kit_method(m->kit, mt->method);
	form_add(f, FORM_HEAD, 0, focused ? focused->summary : "")->attr = A_DIM;
	if (!mt)
		return;
	form_add(f, FORM_HEAD, 0, "");
	r = form_add(f, FORM_TEXT, ROW_AGENDA, "Agenda, samen vastgesteld");
	r->value = mt->text[MEETING_AGENDA];
	r->lines = 2;
	r->placeholder = "(wat komt er aan bod, en in welke volgorde?)";
	form_add(f, FORM_HEAD, 0, "");
	form_add(f, FORM_HEAD, 0, "Wat de groep deelt in het verslag voor de groep")->attr = A_BOLD;
	form_add(f, FORM_HEAD, 0,
		 "Een afspraak van de hele groep, voor alle bijeenkomsten. Wat niet gedeeld is, "
		 "ziet alleen jij.")
	    ->attr = A_DIM;
	for (int t = 0; t < N_MEETING_THEMES; t++) {
		r = form_add(f, FORM_TOGGLE, ROW_CONSENT + t,
			     meeting_theme_name((enum meeting_theme)t));
		r->on = m->iv->consent.shared[t];
	}
}

static void choose(struct mtg *m, int id)
{
	if (id >= ROW_CONSENT && id < ROW_CONSENT + N_MEETING_THEMES) {
		enum meeting_theme t = (enum meeting_theme)(id - ROW_CONSENT);
		meeting_set_consent(m->iv, t, !m->iv->consent.shared[t]);
		mtg_save(m);
		return;
	}
	size_t k = (size_t)(id - ROW_METHOD);
	if (id < ROW_METHOD || k >= m->kit->n_methods)
		return;
	const struct meeting_method *me = &m->kit->methods[k];
	struct diag d;
	diag_init(&d);
	struct meeting *mt = mtg_meeting(m);
	if (mt) {
		if (strcmp(mt->method, me->id) != 0 && meeting_set_method(mt, me->id, &d))
			mtg_save(m);
		else if (diag_count(&d))
			mtg_status_diag(m, &d);
		diag_finish(&d);
		return;
	}
	int i = meeting_add(m->iv, m->date, me->id, &d);
	if (i < 0) {
		mtg_status_diag(m, &d);
		diag_finish(&d);
		return;
	}
	diag_finish(&d);
	m->cur = i;
	if (!mtg_save(m))
		return;
	size_t due, answered;
	meeting_followup_count(m->iv, (size_t)i, &due, &answered);
	if (due) {
		mtg_go_part(m, 1);
		mtg_status(m, false, "Bijeenkomst %d gemaakt en opgeslagen. Eerst de terugblik.",
			   i + 1);
	} else {
		mtg_status(m, false, "Bijeenkomst %d gemaakt en opgeslagen.", i + 1);
	}
}

static bool commit(struct mtg *m, int id, const char *text)
{
	struct meeting *mt = mtg_meeting(m);
	struct diag d;
	diag_init(&d);
	bool ok = false;
	if (id == ROW_DATE) {
		char iso[MEETING_DATE_LEN + 1];
		if (!meeting_date_parse(text, iso, sizeof(iso)))
			mtg_status(m, true,
				   "\"%s\" is geen datum; typ bijvoorbeeld 1-12-2026 of 1 december "
				   "2026. De datum is niet gewijzigd.",
				   text);
		else if (mt)
			ok = meeting_set_date(mt, iso, &d);
		else
			ok = snprintf(m->date, sizeof(m->date), "%s", iso) > 0;
	} else if (id == ROW_AGENDA && mt) {
		ok = meeting_set_text(mt, MEETING_AGENDA, text, &d);
	}
	if (!ok && diag_count(&d))
		mtg_status_diag(m, &d);
	diag_finish(&d);
	/* a new meeting's date is kept until the meeting is made: nothing to
	 * save yet */
	if (ok && !mt)
		m->ed_dirty = false;
	return ok;
}

static const struct form_def def = {
    .title = "Opzet", .part = 2, .build = build, .choose = choose, .commit = commit};

static void setup_enter(void *st)
{
	struct mtg *m = st;
	mform_enter(m);
	/* a new meeting starts at its method */
	if (!mtg_meeting(m))
		mform_focus_id(m, &def, ROW_METHOD);
}

MTG_FORM_SCREEN(m_setup_screen, "meeting-setup", def, setup_enter);
