/* The file format of a voornemen, "spiegel-plan/1" (doc/plan.md): written
 * with cJSON, read back strictly through jsonio (the scanner that refuses
 * what cJSON lets through) and checked key by key. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonfile.h"
#include "plan_internal.h"
#include "spiegel/date.h"
#include "util.h"

#define FORMAT "spiegel-plan/1"

const char *plan_result_key(enum plan_result r)
{
	return r == PLAN_DONE ? "gedaan" : r == PLAN_PARTLY ? "deels" : "nog-niet";
}

const char *plan_next_key(enum plan_next n)
{
	return n == PLAN_NEXT_CONTINUE ? "doorgaan" : n == PLAN_NEXT_NEW ? "nieuw" : "afgesloten";
}

static bool add_date(cJSON *o, const char *key, long day)
{
	char buf[16];
	date_iso(day, buf, sizeof(buf));
	return cJSON_AddStringToObject(o, key, buf) != NULL;
}

static bool add_reviews(cJSON *root, const struct plan *p)
{
	cJSON *arr = cJSON_AddArrayToObject(root, "reviews");
	if (!arr)
		return false;
	for (size_t i = 0; i < p->n_reviews; i++) {
		const struct plan_review *r = &p->reviews[i];
		cJSON *o = cJSON_CreateObject();
		if (!o || !cJSON_AddItemToArray(arr, o)) {
			cJSON_Delete(o);
			return false;
		}
		if (!add_date(o, "date", r->date) ||
		    !cJSON_AddStringToObject(o, "result", plan_result_key(r->result)) ||
		    !cJSON_AddStringToObject(o, "happened", r->happened) ||
		    !cJSON_AddStringToObject(o, "learned", r->learned) ||
		    !cJSON_AddStringToObject(o, "next", plan_next_key(r->next)) ||
		    (r->next == PLAN_NEXT_CONTINUE && !add_date(o, "next_date", r->next_date)) ||
		    (r->next == PLAN_NEXT_NEW &&
		     !cJSON_AddStringToObject(o, "followup", r->followup)))
			return false;
	}
	return true;
}

static cJSON *build(const struct plan *p)
{
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	bool ok = cJSON_AddStringToObject(root, "format", FORMAT) &&
		  cJSON_AddStringToObject(root, "id", p->id) &&
		  cJSON_AddStringToObject(root, "created", p->created) &&
		  cJSON_AddStringToObject(root, "updated", p->updated);
	if (ok && p->session[0]) {
		cJSON *src = cJSON_AddObjectToObject(root, "source");
		ok = src && cJSON_AddStringToObject(src, "session", p->session) &&
		     cJSON_AddStringToObject(src, "questionnaire", p->questionnaire) &&
		     cJSON_AddStringToObject(src, "version", p->version) &&
		     (p->session_date == DATE_NONE || add_date(src, "date", p->session_date));
	}
	if (ok && p->step)
		ok = cJSON_AddStringToObject(root, "step", p->step) != NULL;
	cJSON *pr = ok ? cJSON_AddArrayToObject(root, "practices") : NULL;
	ok = ok && pr;
	for (size_t i = 0; ok && i < p->n_practices; i++) {
		cJSON *v = cJSON_CreateString(p->practices[i]);
		ok = v && cJSON_AddItemToArray(pr, v);
		if (!ok)
			cJSON_Delete(v);
	}
	if (ok && p->previous[0])
		ok = cJSON_AddStringToObject(root, "previous", p->previous) != NULL;
	ok = ok && cJSON_AddStringToObject(root, "text", p->text) &&
	     cJSON_AddStringToObject(root, "action", p->action) &&
	     cJSON_AddStringToObject(root, "with", p->with) &&
	     cJSON_AddStringToObject(root, "sign", p->sign) && add_date(root, "date", p->date) &&
	     (!p->closed || add_date(root, "closed", p->closed_date)) && add_reviews(root, p);
	if (!ok) {
		cJSON_Delete(root);
		return NULL;
	}
	return root;
}

char *plan_to_json(const struct plan *p, size_t *len)
{
	cJSON *root = build(p);
	char *out = root ? jsonio_print(root, len) : NULL;
	cJSON_Delete(root);
	return out;
}

/* A required ISO date at key into *day. */
static void get_date(struct jctx *c, const cJSON *o, const char *key, bool required,
		     const char *where, long *day)
{
	const char *s = jget_string(c, o, key, required, where);
	if (s && !date_parse_iso(s, day))
		jerror(c, where, "\"%s\" is geen datum als 2026-12-31", key);
}

/* A text at key, stored as plan_text_copy does; NULL after a message. */
static char *get_text(struct jctx *c, const cJSON *o, const char *key, size_t max, bool required,
		      const char *where)
{
	if (!cJSON_GetObjectItemCaseSensitive(o, key)) {
		jerror(c, where, "\"%s\" ontbreekt", key);
		return NULL;
	}
	const char *s = jget_string(c, o, key, false, where);
	if (!s)
		return NULL;
	struct diag tmp;
	diag_init(&tmp);
	char *t = plan_text_copy(s, max, required, key, &tmp);
	if (!t)
		jerror(c, where, "%s", diag_count(&tmp) ? diag_msg(&tmp, 0) : "ongeldige tekst");
	diag_finish(&tmp);
	return t;
}

static void get_id(struct jctx *c, const cJSON *o, const char *key, bool required,
		   const char *where, char *buf, size_t size)
{
	const char *s = jget_string(c, o, key, required, where);
	if (s && !plan_id_ok(s))
		jerror(c, where, "\"%s\" is geen id van een voornemen", key);
	else if (s)
		snprintf(buf, size, "%s", s);
}

static void parse_source(struct jctx *c, const cJSON *root, struct plan *p)
{
	const cJSON *src = jget_container(c, root, "source", cJSON_Object, false, "");
	if (!src)
		return;
	static const char *const keys[] = {"session", "questionnaire", "version", "date", NULL};
	jcheck_keys(c, src, keys, "source");
	const char *s = jget_string(c, src, "session", true, "source");
	const char *q = jget_string(c, src, "questionnaire", true, "source");
	const char *v = jget_string(c, src, "version", true, "source");
	if (s && !plan_session_id_ok(s))
		jerror(c, "source", "ongeldige sessie-id");
	else if (s)
		snprintf(p->session, sizeof(p->session), "%s", s);
	if (q && !plan_ident_ok(q))
		jerror(c, "source", "ongeldige id van een vragenlijst");
	else if (q && !(p->questionnaire = strdup(q)))
		jerror(c, "source", "onvoldoende geheugen");
	if (v && (!plan_ident_ok(v)))
		jerror(c, "source", "ongeldige versie");
	else if (v && !(p->version = strdup(v)))
		jerror(c, "source", "onvoldoende geheugen");
	get_date(c, src, "date", false, "source", &p->session_date);
}

static void parse_practices(struct jctx *c, const cJSON *root, struct plan *p)
{
	const cJSON *pr = jget_container(c, root, "practices", cJSON_Array, true, "");
	if (!pr)
		return;
	if (cJSON_GetArraySize(pr) > PLAN_MAX_PRACTICES) {
		jerror(c, "practices", "hoogstens %d praktijken", PLAN_MAX_PRACTICES);
		return;
	}
	const cJSON *e;
	cJSON_ArrayForEach(e, pr)
	{
		if (!cJSON_IsString(e) || !plan_ident_ok(e->valuestring)) {
			jerror(c, "practices", "een praktijk is een id als \"visie\"");
			return;
		}
		for (size_t i = 0; i < p->n_practices; i++)
			if (strcmp(p->practices[i], e->valuestring) == 0) {
				jerror(c, "practices", "praktijk \"%s\" staat er twee keer",
				       e->valuestring);
				return;
			}
		if (!(p->practices[p->n_practices] = strdup(e->valuestring))) {
			jerror(c, "practices", "onvoldoende geheugen");
			return;
		}
		p->n_practices++;
	}
}

static bool key_of(const char *s, const char *const *names, size_t n, int *out)
{
	for (size_t i = 0; s && i < n; i++)
		if (strcmp(s, names[i]) == 0) {
			*out = (int)i;
			return true;
		}
	return false;
}

static void parse_review(struct jctx *c, const cJSON *o, struct plan_review *r, size_t i)
{
	char where[32];
	snprintf(where, sizeof(where), "reviews[%zu]", i);
	static const char *const keys[] = {"date", "result",	"happened", "learned",
					   "next", "next_date", "followup", NULL};
	jcheck_keys(c, o, keys, where);
	r->date = DATE_NONE;
	r->next_date = DATE_NONE;
	get_date(c, o, "date", true, where, &r->date);
	static const char *const results[] = {"gedaan", "deels", "nog-niet"};
	static const char *const nexts[] = {"doorgaan", "nieuw", "afgesloten"};
	int k;
	const char *res = jget_string(c, o, "result", true, where);
	if (res && !key_of(res, results, 3, &k))
		jerror(c, where, "\"result\" is \"gedaan\", \"deels\" of \"nog-niet\"");
	else if (res)
		r->result = (enum plan_result)k;
	const char *nx = jget_string(c, o, "next", true, where);
	if (nx && !key_of(nx, nexts, 3, &k))
		jerror(c, where, "\"next\" is \"doorgaan\", \"nieuw\" of \"afgesloten\"");
	else if (nx)
		r->next = (enum plan_next)k;
	r->happened = get_text(c, o, "happened", PLAN_MAX_TEXT, false, where);
	r->learned = get_text(c, o, "learned", PLAN_MAX_TEXT, false, where);
	bool has_date = cJSON_GetObjectItemCaseSensitive(o, "next_date") != NULL;
	bool has_follow = cJSON_GetObjectItemCaseSensitive(o, "followup") != NULL;
	if (nx && has_date != (r->next == PLAN_NEXT_CONTINUE))
		jerror(c, where, "\"next_date\" hoort bij \"doorgaan\", en alleen daarbij");
	else if (has_date)
		get_date(c, o, "next_date", true, where, &r->next_date);
	if (nx && has_follow != (r->next == PLAN_NEXT_NEW))
		jerror(c, where, "\"followup\" hoort bij \"nieuw\", en alleen daarbij");
	else if (has_follow)
		get_id(c, o, "followup", true, where, r->followup, sizeof(r->followup));
}

static void parse_reviews(struct jctx *c, const cJSON *root, struct plan *p)
{
	const cJSON *arr = jget_container(c, root, "reviews", cJSON_Array, true, "");
	if (!arr)
		return;
	int n = cJSON_GetArraySize(arr);
	if (n > PLAN_MAX_REVIEWS) {
		jerror(c, "reviews", "te veel terugblikken (%d, hoogstens %d)", n,
		       PLAN_MAX_REVIEWS);
		return;
	}
	if (!jcheck_objects(c, arr, "terugblik"))
		return;
	p->reviews = n ? calloc((size_t)n, sizeof(*p->reviews)) : NULL;
	if (n && !p->reviews) {
		jerror(c, "reviews", "onvoldoende geheugen");
		return;
	}
	const cJSON *o;
	cJSON_ArrayForEach(o, arr)
	{
		parse_review(c, o, &p->reviews[p->n_reviews], p->n_reviews);
		p->n_reviews++;
	}
}

/* The rules between the parts: only the last look back may close, and a
 * voornemen is closed exactly when it did, on that day. */
static void check_consistent(struct jctx *c, const struct plan *p)
{
	for (size_t i = 0; i + 1 < p->n_reviews; i++)
		if (p->reviews[i].next != PLAN_NEXT_CONTINUE) {
			jerror(c, "reviews",
			       "alleen de laatste terugblik kan een voornemen afsluiten");
			return;
		}
	const struct plan_review *last = p->n_reviews ? &p->reviews[p->n_reviews - 1] : NULL;
	bool closes = last && last->next != PLAN_NEXT_CONTINUE;
	if (closes != p->closed)
		jerror(c, "",
		       p->closed ? "\"closed\" zonder terugblik die het voornemen afsluit"
				 : "de laatste terugblik sluit het voornemen af, maar \"closed\" "
				   "ontbreekt");
	else if (closes && last->date != p->closed_date)
		jerror(c, "", "\"closed\" is niet de datum van de laatste terugblik");
	if (!p->session[0] && p->step)
		jerror(c, "", "\"step\" hoort bij een voornemen uit een sessie (\"source\")");
}

struct plan *plan_parse(const char *name, const char *text, size_t len, struct diag *d)
{
	cJSON *root = jsonio_parse(name, text, len, d);
	if (!root)
		return NULL;
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct plan *p = plan_new();
	if (!p) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		cJSON_Delete(root);
		return NULL;
	}
	if (!jcheck_format(&c, root, "spiegel-plan/", FORMAT, "geen voornemen van spiegel",
			   "formaat"))
		goto fail;
	static const char *const keys[] = {
	    "format", "id",	"created", "updated", "source", "step",	  "practices", "previous",
	    "text",   "action", "with",	   "sign",    "date",	"closed", "reviews",   NULL};
	jcheck_keys(&c, root, keys, "");
	get_id(&c, root, "id", true, "", p->id, sizeof(p->id));
	const char *cr = jget_string(&c, root, "created", true, "");
	const char *up = jget_string(&c, root, "updated", true, "");
	if (cr && !utc_stamp_ok(cr))
		jerror(&c, "", "\"created\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (cr)
		snprintf(p->created, sizeof(p->created), "%s", cr);
	if (up && !utc_stamp_ok(up))
		jerror(&c, "", "\"updated\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (up)
		snprintf(p->updated, sizeof(p->updated), "%s", up);
	parse_source(&c, root, p);
	const char *st = jget_string(&c, root, "step", false, "");
	if (st && !plan_ident_ok(st))
		jerror(&c, "", "\"step\" is geen id van een volgende stap");
	else if (st && !(p->step = strdup(st)))
		jerror(&c, "", "onvoldoende geheugen");
	parse_practices(&c, root, p);
	get_id(&c, root, "previous", false, "", p->previous, sizeof(p->previous));
	p->text = get_text(&c, root, "text", PLAN_MAX_TEXT, true, "");
	p->action = get_text(&c, root, "action", PLAN_MAX_TEXT, true, "");
	p->with = get_text(&c, root, "with", PLAN_MAX_WITH, false, "");
	p->sign = get_text(&c, root, "sign", PLAN_MAX_TEXT, false, "");
	get_date(&c, root, "date", true, "", &p->date);
	p->closed = cJSON_GetObjectItemCaseSensitive(root, "closed") != NULL;
	if (p->closed)
		get_date(&c, root, "closed", true, "", &p->closed_date);
	parse_reviews(&c, root, p);
	if (c.ok)
		check_consistent(&c, p);
	if (!c.ok)
		goto fail;
	cJSON_Delete(root);
	return p;
fail:
	cJSON_Delete(root);
	plan_destroy(p);
	return NULL;
}

JSONFILE_DEFINE_LOAD(struct plan, plan_load, plan_parse, PLAN_MAX_FILE)
JSONFILE_DEFINE_SAVE(struct plan, plan_save, plan_to_json, PLAN_MAX_FILE)

/* n bytes of ch: a text of max bytes that JSON writes longest is every byte
 * a '"' (escaped as two). */
static char *fill(size_t n, char ch)
{
	char *s = malloc(n + 1);
	if (s) {
		memset(s, ch, n);
		s[n] = '\0';
	}
	return s;
}

size_t plan_max_json(void)
{
	struct plan *p = plan_new();
	if (!p)
		return SIZE_MAX;
	memset(p->id, '0', PLAN_ID_LEN);
	memset(p->session, 'a', SESSION_ID_MAX);
	memset(p->previous, '0', PLAN_ID_LEN);
	snprintf(p->created, sizeof(p->created), "2026-01-01T00:00:00Z");
	memcpy(p->updated, p->created, sizeof(p->updated));
	p->questionnaire = fill(40, 'q');
	p->version = fill(40, 'v');
	p->step = fill(40, 's');
	p->text = fill(PLAN_MAX_TEXT, '"');
	p->action = fill(PLAN_MAX_TEXT, '"');
	p->with = fill(PLAN_MAX_WITH, '"');
	p->sign = fill(PLAN_MAX_TEXT, '"');
	p->session_date = p->date = p->closed_date = 0;
	p->closed = true;
	p->reviews = calloc(PLAN_MAX_REVIEWS, sizeof(*p->reviews));
	bool ok = p->questionnaire && p->version && p->step && p->text && p->action && p->with &&
		  p->sign && p->reviews;
	for (size_t i = 0; ok && i < PLAN_MAX_PRACTICES; i++) {
		ok = (p->practices[i] = fill(40, (char)('a' + i))) != NULL;
		p->n_practices += ok;
	}
	for (size_t i = 0; ok && i < PLAN_MAX_REVIEWS; i++) {
		struct plan_review *r = &p->reviews[i];
		r->next = i + 1 < PLAN_MAX_REVIEWS ? PLAN_NEXT_CONTINUE : PLAN_NEXT_NEW;
		r->result = PLAN_NOT_YET;
		memset(r->followup, '0', PLAN_ID_LEN);
		r->happened = fill(PLAN_MAX_TEXT, '"');
		r->learned = fill(PLAN_MAX_TEXT, '"');
		p->n_reviews++;
		ok = r->happened && r->learned;
	}
	size_t len = SIZE_MAX;
	char *json = ok ? plan_to_json(p, &len) : NULL;
	if (!json)
		len = SIZE_MAX;
	free(json);
	plan_destroy(p);
	return len;
}
