/* Meetings of an intervisie group: the model (date, method, casus, tags,
 * notes, asked questions, next steps) and consent. Follow-up, phases and
 * the timer are in meeting_flow.c, the file format in meeting_json.c, the
 * checks against the kit in meeting_validate.c, the reports in
 * meeting_report*.c. */
#include "spiegel/meeting.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meeting_internal.h"
#include "spiegel/intervisie.h"
#include "spiegel/meeting_kit.h"
#include "util.h"

static const char *const theme_ids[N_MEETING_THEMES] = {"casus",   "vragen",	"inzicht",
							"stappen", "terugblik", "groepsbeeld"};
static const char *const theme_names[N_MEETING_THEMES] = {"de casus",
							  "de vragen en hypothesen",
							  "het inzicht van de inbrenger",
							  "de volgende stappen",
							  "de terugblik op eerdere stappen",
							  "het groepsbeeld"};
static const char *const text_ids[N_MEETING_TEXTS] = {"situatie", "vraag",  "geprobeerd",
						      "agenda",	  "vragen", "inzicht"};
static const int text_themes[N_MEETING_TEXTS] = {MEETING_THEME_CASUS,  MEETING_THEME_CASUS,
						 MEETING_THEME_CASUS,  -1,
						 MEETING_THEME_VRAGEN, MEETING_THEME_INZICHT};
static const char *const text_names[N_MEETING_TEXTS] = {
    "situatie", "vraag van de inbrenger", "wat al geprobeerd is",
    "agenda",	"vragen en hypothesen",	  "inzicht van de inbrenger"};

const char *meeting_theme_id(enum meeting_theme t)
{
	return (unsigned)t < N_MEETING_THEMES ? theme_ids[t] : NULL;
}

const char *meeting_theme_name(enum meeting_theme t)
{
	return (unsigned)t < N_MEETING_THEMES ? theme_names[t] : NULL;
}

int meeting_theme_find(const char *id)
{
	for (int i = 0; i < N_MEETING_THEMES; i++)
		if (id && strcmp(id, theme_ids[i]) == 0)
			return i;
	return -1;
}

const char *meeting_text_id(enum meeting_text f)
{
	return (unsigned)f < N_MEETING_TEXTS ? text_ids[f] : NULL;
}

const char *mtg_text_name(enum meeting_text f)
{
	return (unsigned)f < N_MEETING_TEXTS ? text_names[f] : "tekst";
}

int meeting_text_theme(enum meeting_text f)
{
	return (unsigned)f < N_MEETING_TEXTS ? text_themes[f] : -1;
}

bool meeting_date_ok(const char *s)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (!s || strlen(s) != MEETING_DATE_LEN || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < MEETING_DATE_LEN; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return false;
	int y = atoi(s), m = atoi(s + 5), dd = atoi(s + 8);
	if (y < 1900 || y > 2999 || m < 1 || m > 12 || dd < 1)
		return false;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return dd <= days[m - 1] + (m == 2 && leap);
}

bool meeting_id_ok(const char *s)
{
	return s && id_item_ok(s);
}

char *mtg_text(const char *text, const char *what, struct diag *d)
{
	if (!text)
		text = "";
	size_t n = strlen(text);
	if (!utf8_valid(text, n) || text_has_control(text)) {
		diag_add(d, "%s: ongeldige tekst (geen UTF-8 of een stuurteken)", what);
		return NULL;
	}
	char *nfc = utf8_nfc(text);
	if (!nfc) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	if (strlen(nfc) > MEETING_MAX_TEXT) {
		diag_add(d, "%s: de tekst is te lang (hoogstens %u tekens)", what,
			 (unsigned)MEETING_MAX_TEXT);
		free(nfc);
		return NULL;
	}
	return nfc;
}

static void step_finish(struct meeting_step *s)
{
	free(s->alias);
	free(s->step);
	free(s->text);
	free(s->signal);
}

static void followup_finish(struct meeting_followup *f)
{
	free(f->alias);
	free(f->what);
}

void meeting_finish(struct meeting *m)
{
	if (!m)
		return;
	free(m->method);
	free(m->inbrenger);
	for (size_t i = 0; i < N_MEETING_TEXTS; i++)
		free(m->text[i]);
	for (size_t i = 0; i < m->n_tags; i++)
		free(m->tags[i]);
	for (size_t i = 0; i < m->n_asked; i++)
		free(m->asked[i].card);
	free(m->asked);
	for (size_t i = 0; i < m->n_steps; i++)
		step_finish(&m->steps[i]);
	free(m->steps);
	for (size_t i = 0; i < m->n_followups; i++)
		followup_finish(&m->followups[i]);
	free(m->followups);
	for (size_t i = 0; i < m->n_view; i++)
		free(m->view[i].practice);
	free(m->view);
	memset(m, 0, sizeof(*m));
}

void mtg_destroy_all(struct intervisie *iv)
{
	for (size_t i = 0; i < iv->n_meetings; i++)
		meeting_finish(&iv->meetings[i]);
	free(iv->meetings);
	iv->meetings = NULL;
	iv->n_meetings = 0;
}

bool meeting_set_date(struct meeting *m, const char *date, struct diag *d)
{
	if (!meeting_date_ok(date)) {
		diag_add(d, "\"%.20s\" is geen datum; schrijf jjjj-mm-dd, zoals 2026-12-01",
			 date && utf8_valid(date, strlen(date)) ? date : "?");
		return false;
	}
	memcpy(m->date, date, MEETING_DATE_LEN + 1);
	return true;
}

bool meeting_set_next(struct meeting *m, const char *date, struct diag *d)
{
	if (!date || !*date) {
		m->next[0] = '\0';
		return true;
	}
	if (!meeting_date_ok(date)) {
		diag_add(d, "vervolgdatum: \"%.20s\" is geen datum; schrijf jjjj-mm-dd",
			 utf8_valid(date, strlen(date)) ? date : "?");
		return false;
	}
	memcpy(m->next, date, MEETING_DATE_LEN + 1);
	return true;
}

bool meeting_set_method(struct meeting *m, const char *method, struct diag *d)
{
	if (!meeting_id_ok(method)) {
		diag_add(d, "ongeldige methode-id");
		return false;
	}
	char *copy = strdup(method);
	if (!copy) {
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	free(m->method);
	m->method = copy;
	m->phase = 0;
	meeting_timer_reset(&m->timer);
	return true;
}

int meeting_add(struct intervisie *iv, const char *date, const char *method, struct diag *d)
{
	if (iv->n_meetings >= MEETING_MAX) {
		diag_add(d, "een groep heeft hoogstens %d bijeenkomsten", MEETING_MAX);
		return -1;
	}
	struct meeting m;
	memset(&m, 0, sizeof(m));
	if (!meeting_set_date(&m, date, d) || !meeting_set_method(&m, method, d))
		goto fail;
	for (size_t i = 0; i < N_MEETING_TEXTS; i++)
		if (!(m.text[i] = strdup(""))) {
			diag_add(d, "onvoldoende geheugen");
			goto fail;
		}
	struct meeting *nm = realloc(iv->meetings, (iv->n_meetings + 1) * sizeof(*nm));
	if (!nm) {
		diag_add(d, "onvoldoende geheugen");
		goto fail;
	}
	iv->meetings = nm;
	nm[iv->n_meetings] = m;
	return (int)iv->n_meetings++;
fail:
	meeting_finish(&m);
	return -1;
}

bool meeting_remove(struct intervisie *iv, size_t i, struct diag *d)
{
	if (i >= iv->n_meetings) {
		diag_add(d, "er is geen bijeenkomst %zu", i + 1);
		return false;
	}
	meeting_finish(&iv->meetings[i]);
	memmove(&iv->meetings[i], &iv->meetings[i + 1],
		(iv->n_meetings - i - 1) * sizeof(iv->meetings[0]));
	iv->n_meetings--;
	/* later follow-ups: of the removed meeting's steps go, the rest are
	 * renumbered (from is 1-based: meeting i is number i + 1) */
	for (size_t k = i; k < iv->n_meetings; k++) {
		struct meeting *m = &iv->meetings[k];
		size_t w = 0;
		for (size_t f = 0; f < m->n_followups; f++) {
			struct meeting_followup *fu = &m->followups[f];
			if (fu->from == i + 1) {
				followup_finish(fu);
				continue;
			}
			if (fu->from > i + 1)
				fu->from--;
			m->followups[w++] = *fu;
		}
		m->n_followups = w;
	}
	return true;
}

bool meeting_set_text(struct meeting *m, enum meeting_text f, const char *text, struct diag *d)
{
	if ((unsigned)f >= N_MEETING_TEXTS)
		return false;
	char *t = mtg_text(text, text_names[f], d);
	if (!t)
		return false;
	free(m->text[f]);
	m->text[f] = t;
	return true;
}

bool meeting_set_inbrenger(const struct intervisie *iv, struct meeting *m, const char *alias,
			   struct diag *d)
{
	char *copy = NULL;
	if (alias) {
		int p = intervisie_find_participant(iv, alias);
		if (p < 0) {
			diag_add(d, "inbrenger: \"%.60s\" is geen deelnemer van de groep",
				 utf8_valid(alias, strlen(alias)) ? alias : "?");
			return false;
		}
		if (!(copy = strdup(iv->participants[p].alias))) {
			diag_add(d, "onvoldoende geheugen");
			return false;
		}
	}
	free(m->inbrenger);
	m->inbrenger = copy;
	return true;
}

bool meeting_tag(struct meeting *m, const char *card, struct diag *d)
{
	if (!meeting_id_ok(card)) {
		diag_add(d, "ongeldige kaart-id");
		return false;
	}
	for (size_t i = 0; i < m->n_tags; i++)
		if (strcmp(m->tags[i], card) == 0) {
			diag_add(d, "%s is al gekoppeld aan de casus", card);
			return false;
		}
	if (m->n_tags >= MEETING_MAX_TAGS) {
		diag_add(d, "een casus krijgt hoogstens %d thema's", MEETING_MAX_TAGS);
		return false;
	}
	if (!(m->tags[m->n_tags] = strdup(card))) {
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	m->n_tags++;
	return true;
}

bool meeting_untag(struct meeting *m, const char *card)
{
	for (size_t i = 0; i < m->n_tags; i++)
		if (strcmp(m->tags[i], card) == 0) {
			free(m->tags[i]);
			memmove(&m->tags[i], &m->tags[i + 1],
				(m->n_tags - i - 1) * sizeof(m->tags[0]));
			m->tags[--m->n_tags] = NULL;
			return true;
		}
	return false;
}

bool meeting_is_asked(const struct meeting *m, const char *card, unsigned question)
{
	for (size_t i = 0; i < m->n_asked; i++)
		if (m->asked[i].question == question && strcmp(m->asked[i].card, card) == 0)
			return true;
	return false;
}

bool meeting_set_asked(struct meeting *m, const char *card, unsigned question, bool asked,
		       struct diag *d)
{
	if (!meeting_id_ok(card) || question < 1 || question > MEETING_MAX_CARD_QUESTIONS + 1) {
		diag_add(d, "ongeldige vraag van een gesprekskaart");
		return false;
	}
	for (size_t i = 0; i < m->n_asked; i++)
		if (m->asked[i].question == question && strcmp(m->asked[i].card, card) == 0) {
			if (!asked) {
				free(m->asked[i].card);
				memmove(&m->asked[i], &m->asked[i + 1],
					(m->n_asked - i - 1) * sizeof(m->asked[0]));
				m->n_asked--;
			}
			return true;
		}
	if (!asked)
		return true;
	if (m->n_asked >= MEETING_MAX_ASKED) {
		diag_add(d, "hoogstens %d gebruikte vragen per bijeenkomst", MEETING_MAX_ASKED);
		return false;
	}
	struct meeting_asked *na = realloc(m->asked, (m->n_asked + 1) * sizeof(*na));
	char *c = strdup(card);
	if (na)
		m->asked = na;
	if (!na || !c) {
		free(c);
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	m->asked[m->n_asked++] = (struct meeting_asked){c, question};
	return true;
}

const struct meeting_step *meeting_find_step(const struct meeting *m, const char *alias)
{
	for (size_t i = 0; i < m->n_steps; i++)
		if (strcmp(m->steps[i].alias, alias) == 0)
			return &m->steps[i];
	return NULL;
}

bool meeting_step_complete(const struct meeting_step *s)
{
	return s && (s->step || s->text[0]) && s->date[0] && s->signal[0];
}

bool meeting_clear_step(struct meeting *m, const char *alias)
{
	for (size_t i = 0; i < m->n_steps; i++)
		if (strcmp(m->steps[i].alias, alias) == 0) {
			step_finish(&m->steps[i]);
			memmove(&m->steps[i], &m->steps[i + 1],
				(m->n_steps - i - 1) * sizeof(m->steps[0]));
			m->n_steps--;
			return true;
		}
	return false;
}

/* The step's fields checked and copied into *out (alias as given). */
static bool make_step(const char *alias, const char *step, const char *text, const char *date,
		      const char *signal, struct meeting_step *out, struct diag *d)
{
	memset(out, 0, sizeof(*out));
	bool own = text && *text;
	if (step && *step && own) {
		diag_add(d,
			 "volgende stap van %s: kies een stap uit de lijst of schrijf er zelf "
			 "een, niet allebei",
			 alias);
		return false;
	}
	if ((!step || !*step) && !own) {
		diag_add(d, "volgende stap van %s: kies een stap of schrijf er zelf een", alias);
		return false;
	}
	if (step && *step && !meeting_id_ok(step)) {
		diag_add(d, "volgende stap van %s: ongeldige stap-id", alias);
		return false;
	}
	if (date && *date && !meeting_date_ok(date)) {
		diag_add(d, "volgende stap van %s: \"%.20s\" is geen datum; schrijf jjjj-mm-dd",
			 alias, utf8_valid(date, strlen(date)) ? date : "?");
		return false;
	}
	char what[96];
	snprintf(what, sizeof(what), "volgende stap van %s", alias);
	utf8_trim(what);
	if (date && *date)
		memcpy(out->date, date, MEETING_DATE_LEN + 1);
	if (!(out->text = mtg_text(own ? text : "", what, d)) ||
	    !(out->signal = mtg_text(signal, what, d))) {
		step_finish(out);
		return false;
	}
	out->alias = strdup(alias);
	out->step = step && *step ? strdup(step) : NULL;
	if (!out->alias || (step && *step && !out->step)) {
		diag_add(d, "onvoldoende geheugen");
		step_finish(out);
		return false;
	}
	return true;
}

bool mtg_put_step(struct meeting *m, struct meeting_step *s, struct diag *d)
{
	for (size_t i = 0; i < m->n_steps; i++)
		if (strcmp(m->steps[i].alias, s->alias) == 0) {
			step_finish(&m->steps[i]);
			m->steps[i] = *s;
			return true;
		}
	struct meeting_step *ns = realloc(m->steps, (m->n_steps + 1) * sizeof(*ns));
	if (!ns) {
		diag_add(d, "onvoldoende geheugen");
		step_finish(s);
		return false;
	}
	m->steps = ns;
	ns[m->n_steps++] = *s;
	return true;
}

bool mtg_new_step(const char *alias, const char *step, const char *text, const char *date,
		  const char *signal, struct meeting_step *out, struct diag *d)
{
	return make_step(alias, step, text, date, signal, out, d);
}

bool meeting_set_step(const struct intervisie *iv, struct meeting *m, const char *alias,
		      const char *step, const char *text, const char *date, const char *signal,
		      struct diag *d)
{
	int p = alias ? intervisie_find_participant(iv, alias) : -1;
	if (p < 0) {
		diag_add(d, "\"%.60s\" is geen deelnemer van de groep",
			 alias && utf8_valid(alias, strlen(alias)) ? alias : "?");
		return false;
	}
	struct meeting_step s;
	if (!make_step(iv->participants[p].alias, step, text, date, signal, &s, d))
		return false;
	return mtg_put_step(m, &s, d);
}

void meeting_set_consent(struct intervisie *iv, enum meeting_theme t, bool shared)
{
	if ((unsigned)t < N_MEETING_THEMES)
		iv->consent.shared[t] = shared;
}

/* Rename alias old to nw in every meeting; false (nothing changed) when a
 * meeting holds both (a former participant's record) or on OOM. */
bool mtg_rename(struct intervisie *iv, const char *old, const char *nw, struct diag *d)
{
	for (size_t i = 0; i < iv->n_meetings; i++) {
		const struct meeting *m = &iv->meetings[i];
		if (meeting_find_step(m, old) && meeting_find_step(m, nw)) {
			diag_add(d,
				 "bijeenkomst %zu heeft al een stap van \"%s\"; kies een andere "
				 "naam",
				 i + 1, nw);
			return false;
		}
	}
	for (size_t i = 0; i < iv->n_meetings; i++) {
		struct meeting *m = &iv->meetings[i];
		char **slots[1 + 64];
		size_t n = 0;
		if (m->inbrenger && strcmp(m->inbrenger, old) == 0)
			slots[n++] = &m->inbrenger;
		for (size_t k = 0; k < m->n_steps && n < 64; k++)
			if (strcmp(m->steps[k].alias, old) == 0)
				slots[n++] = &m->steps[k].alias;
		for (size_t k = 0; k < m->n_followups && n < 64; k++)
			if (strcmp(m->followups[k].alias, old) == 0)
				slots[n++] = &m->followups[k].alias;
		for (size_t k = 0; k < n; k++) {
			char *c = strdup(nw);
			if (!c) {
				diag_add(d, "onvoldoende geheugen");
				return false;
			}
			free(*slots[k]);
			*slots[k] = c;
		}
	}
	return true;
}
