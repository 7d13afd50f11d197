/* Answer files of observers ("spiegel-feedback/1"): the round id, the form
 * version, the role, the answers and a random response id; no name, no
 * time, nothing else. The HTML form's script writes the same shape. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feedback_internal.h"
#include "jsonfile.h"

/* An item id that is also a safe file name part: not "." or "..". */
static bool item_id_ok(const char *s)
{
	return id_item_ok(s) && strcmp(s, ".") != 0 && strcmp(s, "..") != 0;
}

struct feedback_response *feedback_response_create(const char *round, const char *form, int role,
						   const unsigned char rnd[FEEDBACK_ID_BYTES])
{
	if (!feedback_id_ok(round) || !feedback_form_ok(form) || !feedback_role_id(role))
		return NULL;
	struct feedback_response *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	memcpy(r->round, round, FEEDBACK_ID_LEN + 1);
	snprintf(r->form, sizeof(r->form), "%s", form);
	r->role = role;
	feedback_id_from(r->response, rnd);
	return r;
}

void feedback_response_destroy(struct feedback_response *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n_answers; i++)
		free(r->answers[i].item);
	free(r->answers);
	for (int k = 0; k < N_OPEN; k++)
		free(r->open[k]);
	free(r);
}

bool feedback_response_set(struct feedback_response *r, const char *item, int value)
{
	if (!item || !item_id_ok(item) || value < -1 || value > CONTENT_SCALE_POINTS)
		return false;
	for (size_t i = 0; i < r->n_answers; i++) {
		if (strcmp(r->answers[i].item, item) != 0)
			continue;
		if (value >= 0) {
			r->answers[i].value = value;
		} else {
			free(r->answers[i].item);
			memmove(&r->answers[i], &r->answers[i + 1],
				(r->n_answers - i - 1) * sizeof(*r->answers));
			r->n_answers--;
		}
		return true;
	}
	if (value < 0)
		return true;
	if (r->n_answers >= SESSION_MAX_ANSWERS)
		return false;
	struct feedback_answer *na = realloc(r->answers, (r->n_answers + 1) * sizeof(*na));
	if (!na)
		return false;
	r->answers = na;
	char *copy = strdup(item);
	if (!copy)
		return false;
	r->answers[r->n_answers++] = (struct feedback_answer){copy, value};
	return true;
}

static bool open_text_ok(const char *t)
{
	size_t n = strlen(t);
	return n <= FEEDBACK_MAX_OPEN && utf8_valid(t, n) && !text_has_control(t);
}

bool feedback_response_set_open(struct feedback_response *r, int k, const char *text)
{
	if (k < 0 || k >= N_OPEN)
		return false;
	if (!text || !*text) {
		free(r->open[k]);
		r->open[k] = NULL;
		return true;
	}
	if (!open_text_ok(text))
		return false;
	char *nfc = utf8_nfc(text);
	if (!nfc || strlen(nfc) > FEEDBACK_MAX_OPEN) {
		free(nfc);
		return false;
	}
	free(r->open[k]);
	r->open[k] = nfc;
	return true;
}

char *feedback_response_to_json(const struct feedback_response *r, size_t *len)
{
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	bool ok = cJSON_AddStringToObject(root, "format", FEEDBACK_FORMAT) &&
		  cJSON_AddStringToObject(root, "round", r->round) &&
		  cJSON_AddStringToObject(root, "form", r->form) &&
		  cJSON_AddStringToObject(root, "role", feedback_role_id(r->role)) &&
		  cJSON_AddStringToObject(root, "response", r->response);
	cJSON *ans = ok ? cJSON_AddObjectToObject(root, "answers") : NULL;
	ok = ans != NULL;
	for (size_t i = 0; ok && i < r->n_answers; i++)
		ok = r->answers[i].value == FEEDBACK_UNKNOWN
			 ? cJSON_AddStringToObject(ans, r->answers[i].item, "weet niet") != NULL
			 : cJSON_AddNumberToObject(ans, r->answers[i].item, r->answers[i].value) !=
			       NULL;
	if (ok && (r->open[0] || r->open[1])) {
		cJSON *op = cJSON_AddObjectToObject(root, "open");
		ok = op != NULL;
		for (int k = 0; ok && k < N_OPEN; k++)
			if (r->open[k])
				ok = cJSON_AddStringToObject(op, feedback_open_id(k), r->open[k]) !=
				     NULL;
	}
	char *text = ok ? cJSON_Print(root) : NULL;
	cJSON_Delete(root);
	if (!text)
		return NULL;
	size_t n = strlen(text);
	char *out = realloc(text, n + 2);
	if (!out) {
		free(text);
		return NULL;
	}
	out[n] = '\n';
	out[n + 1] = '\0';
	if (len)
		*len = n + 1;
	return out;
}

static void parse_answers(struct jctx *c, const cJSON *ans, struct feedback_response *r)
{
	if (cJSON_GetArraySize(ans) > SESSION_MAX_ANSWERS) {
		jerror(c, "answers", "te veel antwoorden (meer dan %d)", SESSION_MAX_ANSWERS);
		return;
	}
	const cJSON *e;
	cJSON_ArrayForEach(e, ans)
	{
		char w[80];
		snprintf(w, sizeof(w), "answers: %s", e->string);
		utf8_trim(w);
		if (!item_id_ok(e->string)) {
			jerror(c, "answers",
			       "ongeldige vraag-id (letters, cijfers, '.', '_' en '-', "
			       "hoogstens 40 tekens)");
			continue;
		}
		int v = -1;
		if (cJSON_IsNumber(e) && e->valuedouble >= 1 && e->valuedouble <= 5 &&
		    e->valuedouble == floor(e->valuedouble))
			v = (int)e->valuedouble;
		else if (cJSON_IsString(e) && strcmp(e->valuestring, "weet niet") == 0)
			v = FEEDBACK_UNKNOWN;
		if (v < 0)
			jerror(c, w,
			       "een antwoord is een getal van 1 tot en met 5 of \"weet niet\"");
		else if (!feedback_response_set(r, e->string, v))
			jerror(c, w, "onvoldoende geheugen");
	}
}

static void parse_open(struct jctx *c, const cJSON *op, struct feedback_response *r)
{
	static const char *const keys[] = {"blijven", "meer", NULL};
	jcheck_keys(c, op, keys, "open");
	for (int k = 0; k < N_OPEN; k++) {
		const char *t = jget_string(c, op, feedback_open_id(k), false, "open");
		if (!t)
			continue;
		char w[32];
		snprintf(w, sizeof(w), "open: %s", feedback_open_id(k));
		if (!*t)
			jerror(c, w, "een leeg antwoord laat je weg");
		else if (strlen(t) > FEEDBACK_MAX_OPEN)
			jerror(c, w, "te lang (meer dan %d bytes)", FEEDBACK_MAX_OPEN);
		else if (text_has_control(t))
			jerror(c, w, "bevat een stuurteken");
		else if (!feedback_response_set_open(r, k, t))
			jerror(c, w, "onvoldoende geheugen of te lang na normalisatie");
	}
}

struct feedback_response *feedback_response_parse(const char *name, const char *text, size_t len,
						  struct diag *d)
{
	cJSON *root = jsonio_parse(name, text, len, d);
	if (!root)
		return NULL;
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct feedback_response *r = calloc(1, sizeof(*r));
	bool complete = false;
	if (!r) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		cJSON_Delete(root);
		return NULL;
	}
	r->role = -1;
	if (!jcheck_format(&c, root, "spiegel-feedback/", FEEDBACK_FORMAT,
			   "geen antwoordbestand van een feedbackformulier", "antwoordformaat"))
		goto done;
	static const char *const keys[] = {"format",   "round",	  "form", "role",
					   "response", "answers", "open", NULL};
	jcheck_keys(&c, root, keys, "");
	feedback_get_id(&c, root, "round", "ongeldige ronde-id (16 tekens 0-9 en a-f)", r->round);
	feedback_get_id(&c, root, "response", "ongeldige antwoord-id (16 tekens 0-9 en a-f)",
			r->response);
	feedback_get_form(&c, root, r->form, sizeof(r->form));
	const char *role = jget_string(&c, root, "role", true, "");
	if (role && (r->role = feedback_role_parse(role)) < 0)
		jerror(&c, "",
		       "onbekende rol (teamlid, collega-leidinggevende, bestuurder of "
		       "anders)");
	const cJSON *ans = jget_container(&c, root, "answers", cJSON_Object, true, "");
	if (ans)
		parse_answers(&c, ans, r);
	const cJSON *op = jget_container(&c, root, "open", cJSON_Object, false, "");
	if (op)
		parse_open(&c, op, r);
	complete = r->round[0] && r->response[0] && r->form[0] && role && ans;
done:
	cJSON_Delete(root);
	if (!c.ok || !complete) {
		if (c.ok)
			diag_add(d, "%s: onvolledig antwoordbestand", name);
		feedback_response_destroy(r);
		return NULL;
	}
	return r;
}

JSONFILE_DEFINE_LOAD(struct feedback_response, feedback_response_load, feedback_response_parse,
		     FEEDBACK_MAX_FILE)
