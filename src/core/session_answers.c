/* The "answers" object of every file that holds answers: written and read
 * here only (session_answers.h). */
#include "session_answers.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

bool session_answers_json(cJSON *obj, const struct session *s, bool handin, size_t *withheld,
			  struct session_export_info *info)
{
	for (size_t i = 0; i < s->n_answers; i++) {
		const struct session_answer *e = &s->answers[i];
		if (handin && e->kind == ANSWER_TEXT && !e->shared) {
			if (withheld)
				(*withheld)++;
			continue;
		}
		if (info) {
			info->answers++;
			info->shared += e->kind == ANSWER_TEXT;
		}
		cJSON *a = cJSON_CreateObject();
		if (!a)
			return false;
		if (!cJSON_AddItemToObject(obj, e->item, a)) {
			cJSON_Delete(a);
			return false;
		}
		bool ok = true;
		switch (e->kind) {
		case ANSWER_VALUE:
			ok = cJSON_AddNumberToObject(a, "value", e->value) != NULL;
			break;
		case ANSWER_NA:
			ok = cJSON_AddTrueToObject(a, "na") != NULL;
			break;
		case ANSWER_CHOICE:
			ok = cJSON_AddStringToObject(a, "choice", e->text) != NULL;
			break;
		case ANSWER_TEXT:
			ok = cJSON_AddStringToObject(a, "text", e->text) != NULL &&
			     (!e->shared || cJSON_AddTrueToObject(a, "shared") != NULL);
			break;
		case ANSWER_SCENARIO:
			ok = cJSON_AddStringToObject(a, "most", e->text) != NULL &&
			     (!e->least || cJSON_AddStringToObject(a, "least", e->least) != NULL);
			break;
		case ANSWER_NONE:
			break;
		}
		if (!ok)
			return false;
	}
	return true;
}

/* "<where>: antwoord KEY" (at most 60 bytes of the key), where a message
 * about one answer points; made only when there is a message. */
static void answer_where(char *w, size_t size, const char *where, const char *key)
{
	snprintf(w, size, "%s%santwoord %.60s", where, *where ? ": " : "", key);
	utf8_trim(w);
}

__attribute__((format(printf, 4, 5))) static void
answer_error(struct jctx *c, const char *where, const char *key, const char *fmt, ...)
{
	char w[160], msg[512];
	answer_where(w, sizeof(w), where, key);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	jerror(c, w, "%s", msg);
}

/* The members of an answer object by their key (each at most once: the
 * strict parse refuses a repeated key). */
struct answer_parts {
	const struct jval *value, *na, *choice, *text, *shared, *most, *least;
	bool unknown;
};

#define IS_KEY(m, lit)                                                                             \
	((m)->key_len == sizeof(lit) - 1 && memcmp((m)->key, lit, sizeof(lit) - 1) == 0)

static void answer_parts(const struct jval *a, struct answer_parts *p)
{
	memset(p, 0, sizeof(*p));
	jv_foreach(m, a)
	{
		const struct jval **slot = NULL;
		switch (m->key[0]) {
		case 'v':
			slot = IS_KEY(m, "value") ? &p->value : NULL;
			break;
		case 'n':
			slot = IS_KEY(m, "na") ? &p->na : NULL;
			break;
		case 'c':
			slot = IS_KEY(m, "choice") ? &p->choice : NULL;
			break;
		case 't':
			slot = IS_KEY(m, "text") ? &p->text : NULL;
			break;
		case 's':
			slot = IS_KEY(m, "shared") ? &p->shared : NULL;
			break;
		case 'm':
			slot = IS_KEY(m, "most") ? &p->most : NULL;
			break;
		case 'l':
			slot = IS_KEY(m, "least") ? &p->least : NULL;
			break;
		}
		if (slot)
			*slot = m;
		else
			p->unknown = true;
	}
}

static const char *const answer_keys[] = {"value",  "na",   "choice", "text",
					  "shared", "most", "least",  NULL};

/* The answer in a (the member for item key), or ANSWER_NONE with an error
 * in c; *shared: marked shared. */
static struct answer read_answer(struct jctx *c, const struct jval *a, const char *where,
				 bool *shared)
{
	struct answer none = {ANSWER_NONE, 0, NULL, NULL}, ans = none;
	const char *key = a->key;
	struct answer_parts p;
	answer_parts(a, &p);
	*shared = p.shared && p.shared->type == JV_TRUE;
	int kinds = (p.value != NULL) + (p.na != NULL) + (p.choice != NULL) + (p.text != NULL) +
		    (p.most != NULL);
	if (kinds == 0 && a->u.first && !p.shared && !p.least) {
		answer_error(c, where, key, "onbekende soort antwoord \"%s\"", a->u.first->key);
		return none;
	}
	if (p.unknown) {
		char w[160];
		answer_where(w, sizeof(w), where, key);
		size_t before = diag_count(c->d);
		jv_check_keys(c, a, answer_keys, w);
		if (diag_count(c->d) != before)
			return none;
	}
	if (kinds != 1 || (p.least && !p.most) || (p.shared && !p.text)) {
		answer_error(
		    c, where, key, "%s",
		    "een antwoord is een object met precies een sleutel: \"value\", \"na\", "
		    "\"choice\", \"text\" of \"most\" (bij \"most\" mag \"least\" erbij, bij "
		    "\"text\" mag \"shared\" erbij)");
		return none;
	}
	if (p.value) {
		/* a number from the strict parse: finite, at most 1e12 */
		double x = p.value->type == JV_NUMBER ? p.value->u.num : 0;
		if (p.value->type != JV_NUMBER || x != (double)(int64_t)x || x < 1 ||
		    x > CONTENT_SCALE_POINTS) {
			answer_error(c, where, key, "%s",
				     "\"value\" moet een geheel getal van 1 tot 5 zijn");
			return none;
		}
		ans.kind = ANSWER_VALUE;
		ans.value = (int)x;
	} else if (p.na) {
		if (p.na->type != JV_TRUE) {
			answer_error(c, where, key, "%s", "\"na\" moet true zijn");
			return none;
		}
		ans.kind = ANSWER_NA;
	} else if (p.choice || p.text) {
		const struct jval *v = p.choice ? p.choice : p.text;
		if (v->type != JV_STRING) {
			answer_error(c, where, key, "\"%s\" moet een tekst zijn", v->key);
			return none;
		}
		if (p.shared && p.shared->type != JV_TRUE && p.shared->type != JV_FALSE) {
			answer_error(c, where, key, "%s", "\"shared\" moet true of false zijn");
			return none;
		}
		ans.kind = p.choice ? ANSWER_CHOICE : ANSWER_TEXT;
		ans.text = v->u.str;
	} else {
		if (p.most->type != JV_STRING || (p.least && p.least->type != JV_STRING)) {
			answer_error(c, where, key, "%s",
				     "\"most\" en \"least\" moeten teksten zijn");
			return none;
		}
		ans.kind = ANSWER_SCENARIO;
		ans.text = p.most->u.str;
		ans.least = p.least ? p.least->u.str : NULL;
	}
	return ans;
}

void session_answers_parse(struct jctx *c, const struct jval *answers, struct session *s,
			   const char *where)
{
	if (!answers)
		return;
	if (answers->n > SESSION_MAX_ANSWERS) {
		jerror(c, *where ? where : "answers", "te veel antwoorden (%u, hoogstens %d)",
		       answers->n, SESSION_MAX_ANSWERS);
		return;
	}
	if (!session_reserve_answers(s, answers->n)) {
		jerror(c, *where ? where : "answers", "onvoldoende geheugen");
		return;
	}
	jv_foreach(a, answers)
	{
		if (!id_item_ok_len(a->key, a->key_len)) {
			answer_error(c, where, a->key, "%s",
				     "ongeldige item-id (letters, cijfers, '.', '_' en '-', "
				     "hoogstens 40 tekens)");
			continue;
		}
		if (a->type != JV_OBJECT) {
			answer_error(c, where, a->key, "%s",
				     "een antwoord is een object met precies een sleutel: "
				     "\"value\", \"na\", \"choice\", \"text\" of \"most\"");
			continue;
		}
		bool shared;
		struct answer ans = read_answer(c, a, where, &shared);
		if (ans.kind == ANSWER_NONE)
			continue;
		/* the keys of answers are unique: no answer to this item yet */
		if (!session_add_answer(s, a->key, a->key_len, ans, shared, false))
			answer_error(
			    c, where, a->key, "%s",
			    "ongeldig antwoord (te lang, een stuurteken, dezelfde keuze twee keer "
			    "of onvoldoende geheugen)");
	}
}

void session_json_times(struct jctx *c, const struct jval *root, char *created, char *updated,
			size_t size)
{
	const char *cr = jv_string(c, root, "created", true, "");
	const char *up = jv_string(c, root, "updated", true, "");
	/* a stamp is 20 characters: it fits (size is at least 21) */
	if (cr && !utc_stamp_ok(cr))
		jerror(c, "", "\"created\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (cr)
		memcpy(created, cr, 21);
	if (up && !utc_stamp_ok(up))
		jerror(c, "", "\"updated\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (up)
		memcpy(updated, up, 21);
}

void session_json_questionnaire(struct jctx *c, const struct jval *root, char **id, char **version)
{
	*id = *version = NULL;
	const struct jval *q = jv_container(c, root, "questionnaire", JV_OBJECT, true, "");
	if (!q)
		return;
	static const char *const qkeys[] = {"id", "version", NULL};
	jv_check_keys(c, q, qkeys, "questionnaire");
	const char *qid = jv_string(c, q, "id", true, "questionnaire");
	const char *qv = jv_string(c, q, "version", true, "questionnaire");
	if (qid && !(*id = strdup(qid)))
		jerror(c, "", "onvoldoende geheugen");
	if (qv && !(*version = strdup(qv)))
		jerror(c, "", "onvoldoende geheugen");
}
