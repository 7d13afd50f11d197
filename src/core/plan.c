/* Voornemens: the model, their look backs and where they stand (see
 * include/spiegel/plan.h). The file format is in plan_json.c, the files in
 * plan_store.c, the outputs in plan_text.c. */
#include "spiegel/plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"
#include "spiegel/date.h"
#include "util.h"

bool plan_id_ok(const char *id)
{
	/* dddddddd-dddddd-hhhhhh */
	if (!id || strlen(id) != PLAN_ID_LEN)
		return false;
	for (size_t i = 0; i < PLAN_ID_LEN; i++) {
		char c = id[i];
		bool ok = i == 8 || i == 15 ? c == '-'
			  : i < 15	    ? (c >= '0' && c <= '9')
					    : ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
		if (!ok)
			return false;
	}
	return true;
}

bool plan_ident_ok(const char *s)
{
	return s && id_item_ok(s);
}

bool plan_session_id_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n == 0 || n > SESSION_ID_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return false;
	return true;
}

char *plan_text_copy(const char *s, size_t max, bool required, const char *what, struct diag *d)
{
	if (!s)
		s = "";
	size_t n = strlen(s);
	if (!utf8_valid(s, n) || text_has_control(s)) {
		diag_add(d, "%s: ongeldige tekst (geen UTF-8 of een stuurteken)", what);
		return NULL;
	}
	char *nfc = utf8_nfc(s);
	if (!nfc) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	size_t k = strspn(nfc, " \t\n");
	if (required && nfc[k] == '\0') {
		diag_add(d, "%s: vul dit in", what);
		free(nfc);
		return NULL;
	}
	if (strlen(nfc) > max) {
		diag_add(d, "%s: de tekst is te lang (hoogstens %zu tekens)", what, max);
		free(nfc);
		return NULL;
	}
	return nfc;
}

static void review_finish(struct plan_review *r)
{
	free(r->happened);
	free(r->learned);
}

void plan_destroy(struct plan *p)
{
	if (!p)
		return;
	free(p->questionnaire);
	free(p->version);
	free(p->step);
	for (size_t i = 0; i < p->n_practices; i++)
		free(p->practices[i]);
	free(p->text);
	free(p->action);
	free(p->with);
	free(p->sign);
	for (size_t i = 0; i < p->n_reviews; i++)
		review_finish(&p->reviews[i]);
	free(p->reviews);
	free(p);
}

struct plan *plan_new(void)
{
	struct plan *p = calloc(1, sizeof(*p));
	if (p) {
		p->session_date = DATE_NONE;
		p->date = DATE_NONE;
		p->closed_date = DATE_NONE;
	}
	return p;
}

/* Set the four texts and the date of p from w; false (p unchanged) with a
 * message per problem. */
static bool set_what(struct plan *p, const struct plan_what *w, struct diag *d)
{
	/* each text as written, the field that keeps it and its rules */
	const struct {
		const char *text;
		char **field;
		size_t max;
		bool required;
		const char *what;
	} texts[] = {
	    {w->text, &p->text, PLAN_MAX_TEXT, true, "voornemen"},
	    {w->action, &p->action, PLAN_MAX_TEXT, true, "eerste stap"},
	    {w->with, &p->with, PLAN_MAX_WITH, false, "met wie"},
	    {w->sign, &p->sign, PLAN_MAX_TEXT, false, "hoe je merkt dat het werkt"},
	};
	enum { N_TEXTS = sizeof(texts) / sizeof(texts[0]) };
	char *copy[N_TEXTS];
	bool ok = true;
	for (size_t i = 0; i < N_TEXTS; i++) {
		copy[i] = plan_text_copy(texts[i].text, texts[i].max, texts[i].required,
					 texts[i].what, d);
		ok = ok && copy[i];
	}
	if (w->date == DATE_NONE) {
		diag_add(d, "datum: kies een datum voor je eerste stap");
		ok = false;
	}
	for (size_t i = 0; i < N_TEXTS; i++) {
		if (ok) {
			free(*texts[i].field);
			*texts[i].field = copy[i];
		} else {
			free(copy[i]);
		}
	}
	if (ok)
		p->date = w->date;
	return ok;
}

bool plan_what_ok(const struct plan_what *w, struct diag *d)
{
	struct plan *p = plan_new();
	if (!p) {
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	bool ok = set_what(p, w, d);
	plan_destroy(p);
	return ok;
}

static struct plan *start(const char *id, time_t now, struct diag *d)
{
	if (!plan_id_ok(id)) {
		diag_add(d, "ongeldige id voor een voornemen");
		return NULL;
	}
	struct plan *p = plan_new();
	if (!p) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	snprintf(p->id, sizeof(p->id), "%s", id);
	format_utc(p->created, sizeof(p->created), now);
	memcpy(p->updated, p->created, sizeof(p->updated));
	return p;
}

static bool add_practice(struct plan *p, const char *id)
{
	if (p->n_practices >= PLAN_MAX_PRACTICES || !plan_ident_ok(id))
		return false;
	for (size_t i = 0; i < p->n_practices; i++)
		if (strcmp(p->practices[i], id) == 0)
			return true;
	char *c = strdup(id);
	if (!c)
		return false;
	p->practices[p->n_practices++] = c;
	return true;
}

/* p, or NULL (p destroyed) when !ok. */
static struct plan *kept(struct plan *p, bool ok)
{
	if (ok)
		return p;
	plan_destroy(p);
	return NULL;
}

struct plan *plan_create(const char *id, time_t now, const struct catalogue *cat,
			 const struct session *s, const struct questionnaire *q,
			 const struct score_result *r, const struct step_ref *sr,
			 const struct plan_what *w, struct diag *d)
{
	struct plan *p = start(id, now, d);
	if (!p)
		return NULL;
	struct plan_what what = *w;
	if (sr && !what.text)
		what.text = sr->step->title;
	bool ok = set_what(p, &what, d);
	if (ok && s && q) {
		snprintf(p->session, sizeof(p->session), "%s", s->id);
		p->questionnaire = strdup(q->id);
		p->version = strdup(q->version);
		ok = p->questionnaire && p->version;
		if (!date_from_stamp(s->created, &p->session_date))
			p->session_date = DATE_NONE;
		if (!ok)
			diag_add(d, "onvoldoende geheugen");
	}
	if (ok && sr) {
		ok = (p->step = strdup(sr->step->id)) != NULL &&
		     (sr->practice < 0 || add_practice(p, cat->practices[sr->practice].id));
		if (!ok)
			diag_add(d, "onvoldoende geheugen");
	} else if (ok && r) {
		for (size_t i = 0; ok && i < r->n_focus; i++)
			ok = add_practice(p, cat->practices[r->focus[i]].id);
		if (!ok)
			diag_add(d, "onvoldoende geheugen");
	}
	return kept(p, ok);
}

struct plan *plan_follow(const char *id, time_t now, const struct plan *old,
			 const struct plan_what *w, struct diag *d)
{
	struct plan *p = start(id, now, d);
	if (!p)
		return NULL;
	bool ok = set_what(p, w, d);
	if (ok) {
		memcpy(p->session, old->session, sizeof(p->session));
		p->session_date = old->session_date;
		memcpy(p->previous, old->id, sizeof(p->previous));
		if (old->questionnaire)
			ok &= (p->questionnaire = strdup(old->questionnaire)) != NULL;
		if (old->version)
			ok &= (p->version = strdup(old->version)) != NULL;
		for (size_t i = 0; ok && i < old->n_practices; i++)
			ok = add_practice(p, old->practices[i]);
		if (!ok)
			diag_add(d, "onvoldoende geheugen");
	}
	return kept(p, ok);
}

bool plan_review(struct plan *p, long today, const struct plan_look_back *lb, struct diag *d)
{
	if (p->closed) {
		diag_add(d, "voornemen %s is al afgesloten", p->id);
		return false;
	}
	/* the last look back there is room for closes it */
	if (p->n_reviews >= PLAN_MAX_REVIEWS ||
	    (lb->next == PLAN_NEXT_CONTINUE && p->n_reviews + 1 >= PLAN_MAX_REVIEWS)) {
		diag_add(d,
			 "voornemen %s: dit is terugblik %d, de laatste; sluit het af of maak "
			 "een nieuw voornemen",
			 p->id, PLAN_MAX_REVIEWS);
		return false;
	}
	bool ok = true;
	if (lb->next == PLAN_NEXT_CONTINUE &&
	    (lb->next_date == DATE_NONE || lb->next_date < today)) {
		diag_add(d, "nieuwe datum: kies vandaag of een dag daarna");
		ok = false;
	}
	if (lb->next == PLAN_NEXT_NEW && !plan_id_ok(lb->followup)) {
		diag_add(d, "het nieuwe voornemen heeft geen geldige id");
		ok = false;
	}
	char *h = plan_text_copy(lb->happened, PLAN_MAX_TEXT, false, "wat er gebeurde", d);
	char *l = plan_text_copy(lb->learned, PLAN_MAX_TEXT, false, "wat je leerde", d);
	struct plan_review *nv =
	    ok && h && l ? realloc(p->reviews, (p->n_reviews + 1) * sizeof(*nv)) : NULL;
	if (ok && h && l && !nv)
		diag_add(d, "onvoldoende geheugen");
	if (!nv) {
		free(h);
		free(l);
		return false;
	}
	p->reviews = nv;
	struct plan_review *r = &p->reviews[p->n_reviews++];
	memset(r, 0, sizeof(*r));
	r->date = today;
	r->result = lb->result;
	r->happened = h;
	r->learned = l;
	r->next = lb->next;
	r->next_date = DATE_NONE;
	if (lb->next == PLAN_NEXT_CONTINUE) {
		r->next_date = lb->next_date;
		p->date = lb->next_date;
	} else {
		if (lb->next == PLAN_NEXT_NEW)
			snprintf(r->followup, sizeof(r->followup), "%s", lb->followup);
		p->closed = true;
		p->closed_date = today;
	}
	return true;
}

enum plan_due plan_due(const struct plan *p, long today)
{
	if (p->closed)
		return PLAN_DUE_CLOSED;
	if (p->date < today)
		return PLAN_DUE_LATE;
	return p->date == today ? PLAN_DUE_TODAY : PLAN_DUE_LATER;
}

int plan_order(const struct plan *x, const struct plan *y, long today)
{
	enum plan_due dx = plan_due(x, today), dy = plan_due(y, today);
	if (dx != dy)
		return dx < dy ? -1 : 1;
	if (dx == PLAN_DUE_CLOSED) {
		if (x->closed_date != y->closed_date)
			return x->closed_date > y->closed_date ? -1 : 1;
	} else if (x->date != y->date) {
		return x->date < y->date ? -1 : 1;
	}
	return strcmp(x->id, y->id);
}

void plan_sort(struct plan **v, size_t n, long today)
{
	/* qsort has no context argument (today): an insertion sort keeps the
	 * core free of global state, and lists are short */
	for (size_t i = 1; i < n; i++) {
		struct plan *k = v[i];
		size_t j = i;
		while (j > 0 && plan_order(v[j - 1], k, today) > 0) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = k;
	}
}

bool plan_redo_from(const struct plan *p, long *day)
{
	if (!p->closed || !p->questionnaire)
		return false;
	long from = p->closed_date;
	if (p->session_date != DATE_NONE && p->session_date + PLAN_REDO_DAYS > from)
		from = p->session_date + PLAN_REDO_DAYS;
	*day = from;
	return true;
}

const struct session *plan_redone(const struct plan *p, const struct session *const *sessions,
				  size_t n)
{
	const struct session *best = NULL;
	if (!p->questionnaire)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		const struct session *s = sessions[i];
		if (!s || s->handin || !s->finished || strcmp(s->id, p->session) == 0 ||
		    strcmp(s->questionnaire, p->questionnaire) != 0 ||
		    strcmp(s->created, p->created) <= 0)
			continue;
		if (!best || strcmp(s->created, best->created) > 0 ||
		    (strcmp(s->created, best->created) == 0 && strcmp(s->id, best->id) > 0))
			best = s;
	}
	return best;
}

const char *plan_result_name(enum plan_result r)
{
	switch (r) {
	case PLAN_DONE:
		return "gedaan";
	case PLAN_PARTLY:
		return "deels";
	case PLAN_NOT_YET:
		return "nog niet";
	}
	return "?";
}
