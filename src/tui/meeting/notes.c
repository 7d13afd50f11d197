/* 6 Aantekeningen, in the template of blueprint 5.5: the questions and
 * hypotheses of the group, the insight of the inbrenger in their own
 * words, and the date of the next meeting (the follow-up). */
#include <stdio.h>

#include "mtg.h"

enum { ROW_TEXT = 10, ROW_NEXT = 1 };

static void build(const struct mtg *m, struct form *f)
{
	const struct meeting *mt = mtg_meeting(m);
	form_intro(f, "Je aantekeningen zijn voor jou als begeleider; het verslag voor de groep "
		      "toont alleen wat de groep wil delen.");
	struct form_row *r =
	    form_add(f, FORM_TEXT, ROW_TEXT + MEETING_VRAGEN, "Vragen en hypothesen uit de groep");
	r->value = mt->text[MEETING_VRAGEN];
	r->lines = 4;
	r = form_add(f, FORM_TEXT, ROW_TEXT + MEETING_INZICHT,
		     "Inzicht van de inbrenger, in eigen woorden");
	r->value = mt->text[MEETING_INZICHT];
	r->lines = 4;
	char date[40] = "";
	meeting_date_text(date, sizeof(date), mt->next);
	r = form_add(f, FORM_TEXT, ROW_NEXT, "Volgende bijeenkomst (datum)");
	r->value = form_fmt(f, "%s", date);
	r->placeholder = "(nog geen datum)";
}

static bool commit(struct mtg *m, int id, const char *text)
{
	struct meeting *mt = mtg_meeting(m);
	struct diag d;
	diag_init(&d);
	bool ok;
	if (id == ROW_NEXT) {
		char iso[MEETING_DATE_LEN + 1] = "";
		ok = !text[0] || meeting_date_parse(text, iso, sizeof(iso));
		if (!ok)
			mtg_status(m, true,
				   "\"%s\" is geen datum; typ bijvoorbeeld 12-1-2027. De datum is "
				   "niet gewijzigd.",
				   text);
		else
			ok = meeting_set_next(mt, iso, &d);
	} else {
		ok = meeting_set_text(mt, (enum meeting_text)(id - ROW_TEXT), text, &d);
	}
	if (!ok && diag_count(&d))
		mtg_status_diag(m, &d);
	diag_finish(&d);
	return ok;
}

static const struct form_def def = {
    .title = "Aantekeningen", .part = 6, .build = build, .commit = commit};

MTG_FORM_SCREEN(m_notes_screen, "meeting-notes", def, mform_enter);
