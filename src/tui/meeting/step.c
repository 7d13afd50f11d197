/* One participant's next step: a catalogue step that fits the casus (the
 * steps of the tagged themes' practices, from the core) or own words, the
 * date, and how they will notice it worked. Each part is kept through
 * meeting_set_step with the others as they are. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mtg.h"

enum { ROW_OWN = 1, ROW_DATE, ROW_SIGNAL, ROW_OPTION = 100 };
#define MAX_OPTIONS 64

static const char *alias_of(const struct mtg *m)
{
	return m->iv->participants[m->step_p].alias;
}

static void build(const struct mtg *m, struct form *f)
{
	const struct meeting *mt = mtg_meeting(m);
	const struct meeting_step *s = meeting_find_step(mt, alias_of(m));
	const struct next_step *opt[MAX_OPTIONS];
	size_t n = meeting_step_options(mt, m->kit, m->cat, opt, MAX_OPTIONS);
	form_add(f, FORM_HEAD, 0,
		 n ? "Kies een stap uit de catalogus die bij de casus past, of typ er zelf een."
		   : "Typ de stap in eigen woorden (kies thema's bij de casus voor stappen uit "
		     "de catalogus).")
	    ->attr = A_DIM;
	for (size_t k = 0; k < n; k++) {
		struct form_row *r = form_add(f, FORM_CHOICE, ROW_OPTION + (int)k, opt[k]->title);
		r->on = s && s->step && strcmp(s->step, opt[k]->id) == 0;
	}
	form_add(f, FORM_HEAD, 0, "");
	struct form_row *r = form_add(f, FORM_TEXT, ROW_OWN, "Of een eigen stap");
	r->value = s && !s->step ? s->text : "";
	r->lines = 2;
	char date[40] = "";
	if (s)
		meeting_date_text(date, sizeof(date), s->date);
	r = form_add(f, FORM_TEXT, ROW_DATE, "Wanneer (datum)");
	r->value = form_fmt(f, "%s", date);
	r->placeholder = "(typ bijvoorbeeld 15-1-2027)";
	r = form_add(f, FORM_TEXT, ROW_SIGNAL, "Hoe merk je dat het gelukt is?");
	r->value = s ? s->signal : "";
	r->lines = 2;
}

/* Keep the step with one part changed (NULL: as it is). */
static bool put(struct mtg *m, const char *step, const char *text, const char *date,
		const char *signal)
{
	struct meeting *mt = mtg_meeting(m);
	const struct meeting_step *s = meeting_find_step(mt, alias_of(m));
	if (!s && !step && !(text && text[0])) {
		mtg_status(m, true,
			   "Kies of typ eerst de stap zelf; dan de datum en hoe je het merkt.");
		return false;
	}
	if (text && !text[0]) {
		/* own words taken away: no step any more (a catalogue step stays) */
		if (s && !s->step)
			meeting_clear_step(mt, alias_of(m));
		return true;
	}
	if (!step && !text) {
		step = s->step;
		text = s->step ? NULL : s->text;
	}
	char d0[MEETING_DATE_LEN + 1];
	snprintf(d0, sizeof(d0), "%s", date ? date : s ? s->date : "");
	char *sig = strdup(signal ? signal : s ? s->signal : "");
	struct diag d;
	diag_init(&d);
	bool ok = sig && meeting_set_step(m->iv, mt, alias_of(m), step, text, d0, sig, &d);
	if (!ok)
		mtg_status_diag(m, &d);
	diag_finish(&d);
	free(sig);
	return ok;
}

static void choose(struct mtg *m, int id)
{
	const struct next_step *opt[MAX_OPTIONS];
	size_t n = meeting_step_options(mtg_meeting(m), m->kit, m->cat, opt, MAX_OPTIONS);
	if (id >= ROW_OPTION && (size_t)(id - ROW_OPTION) < n &&
	    put(m, opt[id - ROW_OPTION]->id, NULL, NULL, NULL))
		mtg_save(m);
}

static bool commit(struct mtg *m, int id, const char *text)
{
	if (id == ROW_OWN)
		return put(m, NULL, text, NULL, NULL);
	if (id == ROW_SIGNAL)
		return put(m, NULL, NULL, NULL, text);
	char iso[MEETING_DATE_LEN + 1] = "";
	if (text[0] && !meeting_date_parse(text, iso, sizeof(iso))) {
		mtg_status(m, true,
			   "\"%s\" is geen datum; typ bijvoorbeeld 15-1-2027. De datum is niet "
			   "gewijzigd.",
			   text);
		return false;
	}
	return put(m, NULL, NULL, iso, NULL);
}

static const char *title_of(const struct mtg *m, char *buf, size_t size)
{
	snprintf(buf, size, "Stap van %s", alias_of(m));
	return buf;
}

static const struct form_def def = {.title = "Stap",
				    .part = 7,
				    .build = build,
				    .choose = choose,
				    .commit = commit,
				    .sub = true,
				    .title_of = title_of};

static void step_enter(void *st)
{
	struct mtg *m = st;
	mform_enter(m);
	m->step_open = true;
}

MTG_FORM_SCREEN(m_step_screen, "meeting-step", def, step_enter);
