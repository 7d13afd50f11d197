/* Meetings and consent in the group's file ("spiegel-intervisie/2",
 * doc/intervisie.md): written by intervisie_to_json, read strictly by
 * intervisie_parse. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meeting_internal.h"

bool mtg_needs_v2(const struct intervisie *iv)
{
	if (iv->n_meetings)
		return true;
	for (size_t t = 0; t < N_MEETING_THEMES; t++)
		if (iv->consent.shared[t])
			return true;
	return false;
}

/* ---- writing ---- */

static bool step_json(cJSON *arr, const struct meeting_step *s)
{
	cJSON *o = cJSON_CreateObject();
	if (!o || !cJSON_AddItemToArray(arr, o)) {
		cJSON_Delete(o);
		return false;
	}
	return cJSON_AddStringToObject(o, "alias", s->alias) &&
	       (!s->step || cJSON_AddStringToObject(o, "step", s->step)) &&
	       cJSON_AddStringToObject(o, "text", s->text) &&
	       (!s->date[0] || cJSON_AddStringToObject(o, "date", s->date)) &&
	       cJSON_AddStringToObject(o, "signal", s->signal);
}

static bool followup_json(cJSON *arr, const struct meeting_followup *f)
{
	cJSON *o = cJSON_CreateObject();
	if (!o || !cJSON_AddItemToArray(arr, o)) {
		cJSON_Delete(o);
		return false;
	}
	return cJSON_AddStringToObject(o, "alias", f->alias) &&
	       cJSON_AddNumberToObject(o, "from", (double)f->from) &&
	       cJSON_AddStringToObject(o, "status", meeting_followup_id(f->status)) &&
	       cJSON_AddStringToObject(o, "what", f->what);
}

static bool lists_json(cJSON *o, const struct meeting *m)
{
	cJSON *tags = cJSON_AddArrayToObject(o, "tags");
	if (!tags)
		return false;
	for (size_t i = 0; i < m->n_tags; i++) {
		cJSON *t = cJSON_CreateString(m->tags[i]);
		if (!t || !cJSON_AddItemToArray(tags, t)) {
			cJSON_Delete(t);
			return false;
		}
	}
	cJSON *asked = cJSON_AddArrayToObject(o, "asked");
	if (!asked)
		return false;
	for (size_t i = 0; i < m->n_asked; i++) {
		cJSON *a = cJSON_CreateObject();
		if (!a || !cJSON_AddItemToArray(asked, a)) {
			cJSON_Delete(a);
			return false;
		}
		if (!cJSON_AddStringToObject(a, "card", m->asked[i].card) ||
		    !cJSON_AddNumberToObject(a, "question", m->asked[i].question))
			return false;
	}
	cJSON *steps = cJSON_AddArrayToObject(o, "steps");
	cJSON *fus = cJSON_AddArrayToObject(o, "followups");
	if (!steps || !fus)
		return false;
	for (size_t i = 0; i < m->n_steps; i++)
		if (!step_json(steps, &m->steps[i]))
			return false;
	for (size_t i = 0; i < m->n_followups; i++)
		if (!followup_json(fus, &m->followups[i]))
			return false;
	if (!m->n_view)
		return true;
	cJSON *view = cJSON_AddArrayToObject(o, "view");
	if (!view)
		return false;
	for (size_t i = 0; i < m->n_view; i++) {
		cJSON *v = cJSON_CreateObject();
		if (!v || !cJSON_AddItemToArray(view, v)) {
			cJSON_Delete(v);
			return false;
		}
		if (!cJSON_AddStringToObject(v, "practice", m->view[i].practice) ||
		    !cJSON_AddNumberToObject(v, "tenths", (double)m->view[i].tenths) ||
		    !cJSON_AddNumberToObject(v, "n", (double)m->view[i].n))
			return false;
	}
	return true;
}

static bool meeting_json(cJSON *arr, const struct meeting *m)
{
	cJSON *o = cJSON_CreateObject();
	if (!o || !cJSON_AddItemToArray(arr, o)) {
		cJSON_Delete(o);
		return false;
	}
	if (!cJSON_AddStringToObject(o, "date", m->date) ||
	    !cJSON_AddStringToObject(o, "method", m->method) ||
	    (m->inbrenger && !cJSON_AddStringToObject(o, "inbrenger", m->inbrenger)))
		return false;
	for (size_t f = 0; f < N_MEETING_TEXTS; f++)
		if (!cJSON_AddStringToObject(o, meeting_text_id(f), m->text[f]))
			return false;
	if (m->next[0] && !cJSON_AddStringToObject(o, "next", m->next))
		return false;
	cJSON *timer = NULL;
	if (!cJSON_AddNumberToObject(o, "phase", (double)m->phase) ||
	    !(timer = cJSON_AddObjectToObject(o, "timer")) ||
	    !cJSON_AddBoolToObject(timer, "running", m->timer.running) ||
	    !cJSON_AddNumberToObject(timer, "since", (double)m->timer.since) ||
	    !cJSON_AddNumberToObject(timer, "banked", (double)m->timer.banked))
		return false;
	return lists_json(o, m);
}

bool mtg_json(cJSON *root, const struct intervisie *iv)
{
	if (!mtg_needs_v2(iv))
		return true;
	cJSON *consent = cJSON_AddObjectToObject(root, "consent");
	if (!consent)
		return false;
	for (size_t t = 0; t < N_MEETING_THEMES; t++)
		if (!cJSON_AddBoolToObject(consent, meeting_theme_id(t), iv->consent.shared[t]))
			return false;
	cJSON *arr = cJSON_AddArrayToObject(root, "meetings");
	if (!arr)
		return false;
	for (size_t i = 0; i < iv->n_meetings; i++)
		if (!meeting_json(arr, &iv->meetings[i]))
			return false;
	return true;
}

/* ---- reading ---- */

/* A whole number lo..hi under key (required); *ok false when not. */
static long long get_int(struct jctx *c, const struct jval *o, const char *key, long long lo,
			 long long hi, bool required, const char *w, bool *present)
{
	bool here = false;
	double v = jv_number(c, o, key, required, w, &here);
	if (present)
		*present = here;
	if (!here)
		return lo;
	if (v != (double)(long long)v || v < (double)lo || v > (double)hi) {
		jerror(c, w, "\"%s\" moet een geheel getal van %lld tot %lld zijn", key, lo, hi);
		return lo;
	}
	return (long long)v;
}

static char *get_text(struct jctx *c, const struct jval *o, const char *key, bool required,
		      const char *w)
{
	const char *s = jv_string(c, o, key, required, w);
	if (!s)
		return required ? NULL : strdup("");
	struct diag td;
	diag_init(&td);
	char *t = mtg_text(s, key, &td);
	if (!t)
		jerror(c, w, "%s", diag_count(&td) ? diag_msg(&td, 0) : "ongeldige tekst");
	diag_finish(&td);
	return t;
}

static bool get_alias(struct jctx *c, const struct jval *o, const char *key, bool required,
		      const char *w, char **out)
{
	const char *a = jv_string(c, o, key, required, w);
	*out = NULL;
	if (!a)
		return !required;
	if (!intervisie_alias_ok(a)) {
		jerror(c, w, "\"%s\" is geen geldige naam", key);
		return false;
	}
	if (!(*out = utf8_nfc(a))) {
		jerror(c, w, "onvoldoende geheugen");
		return false;
	}
	return true;
}

static void get_date(struct jctx *c, const struct jval *o, const char *key, bool required,
		     const char *w, char *out)
{
	const char *s = jv_string(c, o, key, required, w);
	out[0] = '\0';
	if (!s)
		return;
	if (!meeting_date_ok(s))
		jerror(c, w, "\"%s\" is geen datum jjjj-mm-dd", key);
	else
		memcpy(out, s, MEETING_DATE_LEN + 1);
}

static void parse_step(struct jctx *c, const struct jval *o, struct meeting *m, const char *w)
{
	static const char *const keys[] = {"alias", "step", "text", "date", "signal", NULL};
	jv_check_keys(c, o, keys, w);
	char *alias;
	if (!get_alias(c, o, "alias", true, w, &alias))
		return;
	if (meeting_find_step(m, alias)) {
		jerror(c, w, "%s heeft al een stap in deze bijeenkomst", alias);
		free(alias);
		return;
	}
	const char *step = jv_string(c, o, "step", false, w);
	const char *text = jv_string(c, o, "text", false, w);
	const char *signal = jv_string(c, o, "signal", false, w);
	char date[MEETING_DATE_LEN + 1];
	get_date(c, o, "date", false, w, date);
	struct diag sd;
	diag_init(&sd);
	struct meeting_step s;
	if (c->ok && mtg_new_step(alias, step, text, date, signal, &s, &sd)) {
		if (!mtg_put_step(m, &s, &sd))
			jerror(c, w, "onvoldoende geheugen");
	} else if (c->ok) {
		jerror(c, w, "%s", diag_count(&sd) ? diag_msg(&sd, 0) : "ongeldige stap");
	}
	diag_finish(&sd);
	free(alias);
}

static void parse_followup(struct jctx *c, const struct jval *o, const struct intervisie *iv,
			   struct meeting *m, size_t self, const char *w)
{
	static const char *const keys[] = {"alias", "from", "status", "what", NULL};
	jv_check_keys(c, o, keys, w);
	char *alias;
	if (!get_alias(c, o, "alias", true, w, &alias) || !alias)
		return;
	struct meeting_followup f = {alias, 0, FOLLOWUP_GEDAAN, NULL};
	f.from = (size_t)get_int(c, o, "from", 1, MEETING_MAX, true, w, NULL);
	const char *st = jv_string(c, o, "status", true, w);
	int status = st ? meeting_followup_find(st) : -1;
	if (st && status < 0)
		jerror(c, w, "\"status\" is gedaan, deels of nog_niet");
	f.status = status < 0 ? FOLLOWUP_GEDAAN : (enum followup_status)status;
	f.what = get_text(c, o, "what", false, w);
	bool dup = false;
	for (size_t k = 0; k < m->n_followups; k++)
		dup |= strcmp(m->followups[k].alias, alias) == 0;
	if (dup)
		jerror(c, w, "%s heeft al een terugblik in deze bijeenkomst", alias);
	else if (c->ok && (f.from > self || !meeting_find_step(&iv->meetings[f.from - 1], alias)))
		jerror(c, w, "bijeenkomst %zu heeft geen eerdere stap van %s", f.from, alias);
	struct meeting_followup *nf =
	    c->ok && f.what && m->n_followups < MEETING_MAX_STEPS
		? realloc(m->followups, (m->n_followups + 1) * sizeof(*nf))
		: NULL;
	if (nf) {
		m->followups = nf;
		nf[m->n_followups++] = f;
		return;
	}
	if (c->ok)
		jerror(c, w, "te veel terugblikken of onvoldoende geheugen");
	free(f.alias);
	free(f.what);
}

static void parse_asked(struct jctx *c, const struct jval *arr, struct meeting *m, const char *mw)
{
	size_t i = 0;
	jv_foreach(o, arr)
	{
		char w[96];
		snprintf(w, sizeof(w), "%s: gebruikte vraag %zu", mw, ++i);
		static const char *const keys[] = {"card", "question", NULL};
		jv_check_keys(c, o, keys, w);
		const char *card = jv_string(c, o, "card", true, w);
		unsigned q = (unsigned)get_int(c, o, "question", 1, MEETING_MAX_CARD_QUESTIONS + 1,
					       true, w, NULL);
		if (!c->ok || !card)
			return;
		if (meeting_is_asked(m, card, q)) {
			jerror(c, w, "vraag %u van %s staat er twee keer", q, card);
			return;
		}
		struct diag ad;
		diag_init(&ad);
		if (!meeting_set_asked(m, card, q, true, &ad))
			jerror(c, w, "%s", diag_count(&ad) ? diag_msg(&ad, 0) : "ongeldig");
		diag_finish(&ad);
	}
}

static void parse_tags(struct jctx *c, const struct jval *arr, struct meeting *m, const char *w)
{
	if ((int)arr->n > MEETING_MAX_TAGS) {
		jerror(c, w, "\"tags\": hoogstens %d thema's", MEETING_MAX_TAGS);
		return;
	}
	jv_foreach(t, arr)
	{
		if (t->type != JV_STRING) {
			jerror(c, w, "\"tags\" moet een lijst van kaart-ids zijn");
			return;
		}
		struct diag td;
		diag_init(&td);
		if (!meeting_tag(m, t->u.str, &td))
			jerror(c, w, "\"tags\": %s",
			       diag_count(&td) ? diag_msg(&td, 0) : "ongeldig");
		diag_finish(&td);
	}
}

static void parse_view(struct jctx *c, const struct jval *arr, struct meeting *m, const char *mw)
{
	int n = (int)arr->n;
	if (n < 1 || n > 64) {
		jerror(c, mw, "\"view\" moet 1 tot 64 praktijken bevatten");
		return;
	}
	if (!(m->view = calloc((size_t)n, sizeof(*m->view)))) {
		jerror(c, mw, "onvoldoende geheugen");
		return;
	}
	jv_foreach(o, arr)
	{
		char w[96];
		snprintf(w, sizeof(w), "%s: groepsbeeld %zu", mw, m->n_view + 1);
		static const char *const keys[] = {"practice", "tenths", "n", NULL};
		jv_check_keys(c, o, keys, w);
		const char *p = jv_string(c, o, "practice", true, w);
		long t = (long)get_int(c, o, "tenths", 0, 1000, true, w, NULL);
		size_t k =
		    (size_t)get_int(c, o, "n", 1, INTERVISIE_MAX_PARTICIPANTS, true, w, NULL);
		if (!p || !c->ok)
			return;
		if (!id_item_ok(p)) {
			jerror(c, w, "ongeldige praktijk-id");
			return;
		}
		for (size_t j = 0; j < m->n_view; j++)
			if (strcmp(m->view[j].practice, p) == 0) {
				jerror(c, w, "praktijk %s staat er twee keer", p);
				return;
			}
		struct meeting_mean *v = &m->view[m->n_view];
		if (!(v->practice = strdup(p))) {
			jerror(c, w, "onvoldoende geheugen");
			return;
		}
		v->tenths = t;
		v->n = k;
		m->n_view++;
	}
}

static void parse_timer(struct jctx *c, const struct jval *o, struct meeting *m, const char *w)
{
	const struct jval *t = jv_container(c, o, "timer", JV_OBJECT, false, w);
	if (!t)
		return;
	static const char *const keys[] = {"running", "since", "banked", NULL};
	char tw[96];
	snprintf(tw, sizeof(tw), "%s: timer", w);
	jv_check_keys(c, t, keys, tw);
	m->timer.running = jv_bool(c, t, "running", false, tw);
	m->timer.since = get_int(c, t, "since", 0, 1LL << 40, false, tw, NULL);
	m->timer.banked = get_int(c, t, "banked", 0, MEETING_MAX_SECONDS, false, tw, NULL);
	if (m->timer.running != (m->timer.since > 0))
		jerror(c, tw, "een lopende timer heeft een \"since\", een gepauzeerde niet");
}

static void parse_meeting(struct jctx *c, const struct jval *o, struct intervisie *iv, size_t self)
{
	char w[64];
	snprintf(w, sizeof(w), "bijeenkomst %zu", self + 1);
	static const char *const keys[] = {"date",	 "method", "inbrenger", "situatie", "vraag",
					   "geprobeerd", "agenda", "vragen",	"inzicht",  "tags",
					   "next",	 "phase",  "timer",	"asked",    "steps",
					   "followups",	 "view",   NULL};
	jv_check_keys(c, o, keys, w);
	char date[MEETING_DATE_LEN + 1];
	get_date(c, o, "date", true, w, date);
	const char *method = jv_string(c, o, "method", true, w);
	if (!c->ok || !method)
		return;
	struct diag md;
	diag_init(&md);
	int at = meeting_add(iv, date, method, &md);
	if (at < 0)
		jerror(c, w, "%s", diag_count(&md) ? diag_msg(&md, 0) : "ongeldig");
	diag_finish(&md);
	if (at < 0)
		return;
	struct meeting *m = &iv->meetings[at];
	get_alias(c, o, "inbrenger", false, w, &m->inbrenger);
	for (size_t f = 0; f < N_MEETING_TEXTS; f++) {
		char *t = get_text(c, o, meeting_text_id(f), false, w);
		if (!t)
			continue;
		free(m->text[f]);
		m->text[f] = t;
	}
	get_date(c, o, "next", false, w, m->next);
	m->phase = (size_t)get_int(c, o, "phase", 0, MEETING_MAX_PHASES, false, w, NULL);
	parse_timer(c, o, m, w);
	const struct jval *a;
	if ((a = jv_container(c, o, "tags", JV_ARRAY, false, w)))
		parse_tags(c, a, m, w);
	if ((a = jv_container(c, o, "asked", JV_ARRAY, false, w)) && jv_check_objects(c, a, w))
		parse_asked(c, a, m, w);
	if ((a = jv_container(c, o, "view", JV_ARRAY, false, w)) && jv_check_objects(c, a, w))
		parse_view(c, a, m, w);
	const struct jval *steps = jv_container(c, o, "steps", JV_ARRAY, false, w);
	const struct jval *fus = jv_container(c, o, "followups", JV_ARRAY, false, w);
	if (!c->ok)
		return;
	if ((steps && (int)steps->n > MEETING_MAX_STEPS) ||
	    (fus && (int)fus->n > MEETING_MAX_STEPS)) {
		jerror(c, w, "hoogstens %d stappen en %d terugblikken", MEETING_MAX_STEPS,
		       MEETING_MAX_STEPS);
		return;
	}
	size_t k = 0;
	if (steps && jv_check_objects(c, steps, w))
		jv_foreach(e, steps)
		{
			char sw[96];
			snprintf(sw, sizeof(sw), "%s: stap %zu", w, ++k);
			parse_step(c, e, m, sw);
		}
	k = 0;
	if (fus && jv_check_objects(c, fus, w))
		jv_foreach(e, fus)
		{
			char fw[96];
			snprintf(fw, sizeof(fw), "%s: terugblik %zu", w, ++k);
			parse_followup(c, e, iv, &iv->meetings[at], self, fw);
		}
}

void mtg_parse(struct jctx *c, const struct jval *root, struct intervisie *iv)
{
	const struct jval *consent = jv_container(c, root, "consent", JV_OBJECT, false, "");
	if (consent) {
		jv_foreach(v, consent)
		{
			int t = meeting_theme_find(v->key);
			if (t < 0) {
				jerror(c, "consent", "onbekend thema \"%s\"", v->key);
				continue;
			}
			if (v->type != JV_TRUE && v->type != JV_FALSE) {
				jerror(c, "consent", "\"%s\" moet true of false zijn", v->key);
				continue;
			}
			iv->consent.shared[t] = v->type == JV_TRUE;
		}
	}
	const struct jval *arr = jv_container(c, root, "meetings", JV_ARRAY, false, "");
	if (!arr || !c->ok)
		return;
	if ((int)arr->n > MEETING_MAX) {
		jerror(c, "", "\"meetings\": hoogstens %d bijeenkomsten", MEETING_MAX);
		return;
	}
	if (!jv_check_objects(c, arr, "bijeenkomst"))
		return;
	size_t i = 0;
	jv_foreach(o, arr)
	{
		if (!c->ok)
			return;
		parse_meeting(c, o, iv, i++);
	}
}
