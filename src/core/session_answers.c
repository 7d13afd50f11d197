/* The "answers" object of every file that holds answers: written and read
 * here only (session_answers.h). */
#include "session_answers.h"

#include <math.h>
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

static const char *const answer_keys[] = {"value",  "na",   "choice", "text",
					  "shared", "most", "least",  NULL};

/* The answer in a, or ANSWER_NONE with an error in c. */
static struct answer read_answer(struct jctx *c, const cJSON *a, const char *w)
{
	struct answer none = {ANSWER_NONE, 0, NULL, NULL}, ans = none;
	const cJSON *value = cJSON_GetObjectItemCaseSensitive(a, "value");
	const cJSON *na = cJSON_GetObjectItemCaseSensitive(a, "na");
	const cJSON *choice = cJSON_GetObjectItemCaseSensitive(a, "choice");
	const cJSON *text = cJSON_GetObjectItemCaseSensitive(a, "text");
	const cJSON *shared = cJSON_GetObjectItemCaseSensitive(a, "shared");
	const cJSON *most = cJSON_GetObjectItemCaseSensitive(a, "most");
	const cJSON *least = cJSON_GetObjectItemCaseSensitive(a, "least");
	int kinds =
	    (value != NULL) + (na != NULL) + (choice != NULL) + (text != NULL) + (most != NULL);
	if (kinds == 0 && a->child && !shared && !least) {
		jerror(c, w, "onbekende soort antwoord \"%s\"", a->child->string);
		return none;
	}
	size_t before = diag_count(c->d);
	jcheck_keys(c, a, answer_keys, w);
	if (diag_count(c->d) != before)
		return none;
	if (kinds != 1 || (least && !most) || (shared && !text)) {
		jerror(c, w,
		       "een antwoord is een object met precies een sleutel: \"value\", \"na\", "
		       "\"choice\", \"text\" of \"most\" (bij \"most\" mag \"least\" erbij, bij "
		       "\"text\" mag \"shared\" erbij)");
		return none;
	}
	if (value) {
		double x = cJSON_IsNumber(value) ? value->valuedouble : 0;
		if (!cJSON_IsNumber(value) || x != floor(x) || x < 1 || x > CONTENT_SCALE_POINTS) {
			jerror(c, w, "\"value\" moet een geheel getal van 1 tot 5 zijn");
			return none;
		}
		ans.kind = ANSWER_VALUE;
		ans.value = (int)x;
	} else if (na) {
		if (!cJSON_IsTrue(na)) {
			jerror(c, w, "\"na\" moet true zijn");
			return none;
		}
		ans.kind = ANSWER_NA;
	} else if (choice || text) {
		const cJSON *v = choice ? choice : text;
		if (!cJSON_IsString(v)) {
			jerror(c, w, "\"%s\" moet een tekst zijn", v->string);
			return none;
		}
		if (shared && !cJSON_IsBool(shared)) {
			jerror(c, w, "\"shared\" moet true of false zijn");
			return none;
		}
		ans.kind = choice ? ANSWER_CHOICE : ANSWER_TEXT;
		ans.text = v->valuestring;
	} else {
		if (!cJSON_IsString(most) || (least && !cJSON_IsString(least))) {
			jerror(c, w, "\"most\" en \"least\" moeten teksten zijn");
			return none;
		}
		ans.kind = ANSWER_SCENARIO;
		ans.text = most->valuestring;
		ans.least = least ? least->valuestring : NULL;
	}
	return ans;
}

void session_answers_parse(struct jctx *c, const cJSON *answers, struct session *s,
			   const char *where)
{
	if (!answers)
		return;
	if (cJSON_GetArraySize(answers) > SESSION_MAX_ANSWERS) {
		jerror(c, *where ? where : "answers", "te veel antwoorden (%d, hoogstens %d)",
		       cJSON_GetArraySize(answers), SESSION_MAX_ANSWERS);
		return;
	}
	const cJSON *a;
	cJSON_ArrayForEach(a, answers)
	{
		char w[160];
		snprintf(w, sizeof(w), "%s%santwoord %.60s", where, *where ? ": " : "", a->string);
		utf8_trim(w);
		if (!id_item_ok(a->string)) {
			jerror(c, w,
			       "ongeldige item-id (letters, cijfers, '.', '_' en '-', hoogstens 40 "
			       "tekens)");
			continue;
		}
		if (!cJSON_IsObject(a)) {
			jerror(c, w,
			       "een antwoord is een object met precies een sleutel: \"value\", "
			       "\"na\", "
			       "\"choice\", \"text\" of \"most\"");
			continue;
		}
		struct answer ans = read_answer(c, a, w);
		if (ans.kind == ANSWER_NONE)
			continue;
		if (!session_set(s, a->string, ans))
			jerror(
			    c, w,
			    "ongeldig antwoord (te lang, een stuurteken, dezelfde keuze twee keer "
			    "of onvoldoende geheugen)");
		else if (cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(a, "shared")))
			session_set_shared(s, a->string, true);
	}
}

void session_json_times(struct jctx *c, const cJSON *root, char *created, char *updated,
			size_t size)
{
	const char *cr = jget_string(c, root, "created", true, "");
	const char *up = jget_string(c, root, "updated", true, "");
	if (cr && !utc_stamp_ok(cr))
		jerror(c, "", "\"created\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (cr)
		snprintf(created, size, "%s", cr);
	if (up && !utc_stamp_ok(up))
		jerror(c, "", "\"updated\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (up)
		snprintf(updated, size, "%s", up);
}

void session_json_questionnaire(struct jctx *c, const cJSON *root, char **id, char **version)
{
	*id = *version = NULL;
	const cJSON *q = jget_container(c, root, "questionnaire", cJSON_Object, true, "");
	if (!q)
		return;
	static const char *const qkeys[] = {"id", "version", NULL};
	jcheck_keys(c, q, qkeys, "questionnaire");
	const char *qid = jget_string(c, q, "id", true, "questionnaire");
	const char *qv = jget_string(c, q, "version", true, "questionnaire");
	if (qid && !(*id = strdup(qid)))
		jerror(c, "", "onvoldoende geheugen");
	if (qv && !(*version = strdup(qv)))
		jerror(c, "", "onvoldoende geheugen");
}
