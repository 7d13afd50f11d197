/* Feedback rounds: roles, ids, the form version of a questionnaire, the
 * observer rules of spiegel check and the round file ("spiegel-round/1"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feedback_internal.h"
#include "jsonfile.h"

static const char *const role_ids[N_ROLES] = {"teamlid", "collega-leidinggevende", "bestuurder",
					      "anders"};
static const char *const role_labels[N_ROLES] = {
    "teamlid (je werkt in het team van de schoolleider)",
    "collega-leidinggevende (je geeft zelf ook leiding, in dezelfde school of bij hetzelfde "
    "bestuur)",
    "bestuurder (de schoolleider legt aan jou verantwoording af)",
    "anders (bijvoorbeeld een partner van buiten de school)",
};
static const char *const role_plurals[N_ROLES] = {"teamleden", "collega-leidinggevenden",
						  "bestuurders", "anderen"};

const char *feedback_role_id(int role)
{
	return role >= 0 && role < N_ROLES ? role_ids[role] : NULL;
}

int feedback_role_parse(const char *id)
{
	for (int i = 0; id && i < N_ROLES; i++)
		if (strcmp(id, role_ids[i]) == 0)
			return i;
	return -1;
}

const char *feedback_role_label(int role)
{
	return role >= 0 && role < N_ROLES ? role_labels[role] : NULL;
}

const char *feedback_role_plural(int role)
{
	return role >= 0 && role < N_ROLES ? role_plurals[role] : "anderen";
}

static const char *const open_ids[N_OPEN] = {"blijven", "meer"};
static const char *const open_questions[N_OPEN] = {
    "Wat moet de schoolleider vooral blijven doen?",
    "Wat zou de schoolleider meer kunnen doen?",
};

const char *feedback_leader(const char *name, bool capital)
{
	if (name && *name)
		return name;
	return capital ? FEEDBACK_LEADER_CAP : FEEDBACK_LEADER;
}

char *feedback_naming_note(const char *name)
{
	if (!name || !*name)
		return NULL;
	struct strbuf b;
	strbuf_init(&b);
	strbuf_printf(&b, "In de vragen heet %s kortweg \"" FEEDBACK_LEADER "\".", name);
	return strbuf_steal(&b, NULL);
}

const char *feedback_open_id(int k)
{
	return k >= 0 && k < N_OPEN ? open_ids[k] : NULL;
}

const char *feedback_open_question(int k)
{
	return k >= 0 && k < N_OPEN ? open_questions[k] : NULL;
}

/* ---- ids ---- */

bool feedback_id_ok(const char *s)
{
	if (!s || strlen(s) != FEEDBACK_ID_LEN)
		return false;
	for (size_t i = 0; i < FEEDBACK_ID_LEN; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return false;
	return true;
}

void feedback_id_from(char *buf, const unsigned char rnd[FEEDBACK_ID_BYTES])
{
	static const char hex[] = "0123456789abcdef";
	for (size_t i = 0; i < FEEDBACK_ID_BYTES; i++) {
		buf[2 * i] = hex[rnd[i] >> 4];
		buf[2 * i + 1] = hex[rnd[i] & 15];
	}
	buf[FEEDBACK_ID_LEN] = '\0';
}

/* ---- content ---- */

bool feedback_available(const struct questionnaire *q)
{
	size_t likert = 0;
	for (size_t i = 0; i < q->n_items; i++) {
		if (q->items[i].type != ITEM_LIKERT)
			continue;
		if (!q->items[i].observer)
			return false;
		likert++;
	}
	return likert > 0;
}

static uint32_t fnv(uint32_t h, const char *s)
{
	for (; s && *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return (h ^ 0xffu) * 16777619u; /* a separator, so "ab"+"c" differs from "a"+"bc" */
}

void feedback_form_version(const struct questionnaire *q, char *buf, size_t size)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if (it->type != ITEM_LIKERT || !it->observer)
			continue;
		h = fnv(h, it->id);
		h = fnv(h, it->observer);
		for (size_t k = 0; it->scale && k < CONTENT_SCALE_POINTS; k++)
			h = fnv(h, it->scale[k]);
	}
	snprintf(buf, size, "%s/%s/%08x", q->id, q->version, (unsigned)h);
}

#define OBSERVER_MAX_TEXT 400

/* Whether text holds word (case-sensitive) at a word start. */
static bool has_word(const char *text, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = strstr(text, word); p; p = strstr(p + 1, word)) {
		bool start = p == text || p[-1] == ' ' || p[-1] == '(' || p[-1] == '"';
		char e = p[n];
		bool end = e == '\0' || e == ' ' || e == ',' || e == '.' || e == '?' || e == ')';
		if (start && end)
			return true;
	}
	return false;
}

bool feedback_check_observer(const struct questionnaire *q, struct diag *d)
{
	size_t with = 0, likert = 0;
	for (size_t i = 0; i < q->n_items; i++) {
		likert += q->items[i].type == ITEM_LIKERT;
		with += q->items[i].observer != NULL;
	}
	if (with == 0)
		return true;
	bool ok = true;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		const char *o = it->observer;
		if (it->type != ITEM_LIKERT)
			continue;
		if (!o) {
			diag_add(
			    d,
			    "%s: item %s: geen \"observer\"; in een vragenlijst met vragen voor "
			    "anderen heeft elke likertvraag er een (%zu van %zu hebben er een)",
			    q->path, it->id, with, likert);
			ok = false;
			continue;
		}
		const char *why = NULL;
		if (!*o)
			why = "is leeg";
		else if (strlen(o) > OBSERVER_MAX_TEXT)
			why = "is langer dan 400 tekens";
		else if (strstr(o, "je leidinggevende") || strstr(o, "Je leidinggevende") ||
			 strstr(o, "jouw leidinggevende") || strstr(o, "Jouw leidinggevende"))
			why = "zegt \"je leidinggevende\"; wie invult kan ook een collega of de "
			      "bestuurder zijn: schrijf \"" FEEDBACK_LEADER "\"";
		else if (!strstr(o, FEEDBACK_LEADER) && !strstr(o, FEEDBACK_LEADER_CAP))
			why = "noemt \"" FEEDBACK_LEADER "\" niet (de vraag gaat over wat de ander "
			      "ziet van de schoolleider)";
		else if (has_word(o, "Ik") || has_word(o, "ik") || has_word(o, "mijn") ||
			 has_word(o, "Mijn"))
			why = "staat in de ik-vorm; schrijf over " FEEDBACK_LEADER;
		else if (strcmp(o, it->text) == 0)
			why = "is gelijk aan de vraag zelf";
		if (why) {
			diag_add(d, "%s: item %s: \"observer\" %s", q->path, it->id, why);
			ok = false;
		}
	}
	return ok;
}

/* ---- round files ---- */

void feedback_round_destroy(struct feedback_round *r)
{
	if (!r)
		return;
	free(r->questionnaire);
	free(r->version);
	free(r->name);
	free(r);
}

struct feedback_round *feedback_round_create(const struct questionnaire *q, enum sector s,
					     const char *name,
					     const unsigned char rnd[FEEDBACK_ID_BYTES], time_t now)
{
	if (name && !session_name_ok(name))
		return NULL;
	struct feedback_round *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	feedback_id_from(r->id, rnd);
	r->questionnaire = strdup(q->id);
	r->version = strdup(q->version);
	r->name = utf8_nfc(name ? name : "");
	r->sector = s < N_SECTORS ? s : SECTOR_ALGEMEEN;
	feedback_form_version(q, r->form, sizeof(r->form));
	format_utc(r->created, sizeof(r->created), now);
	if (!r->questionnaire || !r->version || !r->name) {
		feedback_round_destroy(r);
		return NULL;
	}
	return r;
}

char *feedback_round_to_json(const struct feedback_round *r, size_t *len)
{
	cJSON *root = cJSON_CreateObject(), *q = cJSON_CreateObject();
	bool ok = root && q && cJSON_AddStringToObject(root, "format", FEEDBACK_ROUND_FORMAT) &&
		  cJSON_AddStringToObject(root, "id", r->id) &&
		  cJSON_AddItemToObject(root, "questionnaire", q) &&
		  cJSON_AddStringToObject(q, "id", r->questionnaire) &&
		  cJSON_AddStringToObject(q, "version", r->version) &&
		  cJSON_AddStringToObject(root, "form", r->form) &&
		  cJSON_AddStringToObject(root, "sector", content_sector_id(r->sector)) &&
		  cJSON_AddStringToObject(root, "name", r->name) &&
		  cJSON_AddStringToObject(root, "created", r->created);
	if (!ok && q && !cJSON_IsObject(cJSON_GetObjectItem(root, "questionnaire")))
		cJSON_Delete(q);
	char *out = ok ? jsonio_print(root, len) : NULL;
	cJSON_Delete(root);
	return out;
}

bool feedback_form_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0, slashes = 0;
	if (n == 0 || n >= FEEDBACK_FORM_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		slashes += ch == '/';
		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.' ||
		      ch == '-' || ch == '/' || (ch >= 'A' && ch <= 'Z')))
			return false;
	}
	return slashes == 2;
}

void feedback_get_id(struct jctx *c, const cJSON *obj, const char *key, const char *bad, char *out)
{
	const char *s = jget_string(c, obj, key, true, "");
	if (s && !feedback_id_ok(s))
		jerror(c, "", "%s", bad);
	else if (s)
		memcpy(out, s, FEEDBACK_ID_LEN + 1);
}

void feedback_get_form(struct jctx *c, const cJSON *obj, char *out, size_t size)
{
	const char *s = jget_string(c, obj, "form", true, "");
	if (s && !feedback_form_ok(s))
		jerror(c, "", "ongeldige formulierversie");
	else if (s)
		snprintf(out, size, "%s", s);
}

struct feedback_round *feedback_round_parse(const char *name, const char *text, size_t len,
					    struct diag *d)
{
	cJSON *root = jsonio_parse(name, text, len, d);
	if (!root)
		return NULL;
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct feedback_round *r = calloc(1, sizeof(*r));
	if (!r) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		cJSON_Delete(root);
		return NULL;
	}
	if (!jcheck_format(&c, root, "spiegel-round/", FEEDBACK_ROUND_FORMAT,
			   "geen feedbackronde van spiegel", "rondeformaat"))
		goto done;
	static const char *const keys[] = {"format", "id",   "questionnaire", "form",
					   "sector", "name", "created",	      NULL};
	jcheck_keys(&c, root, keys, "");
	feedback_get_id(&c, root, "id", "ongeldige ronde-id (16 tekens 0-9 en a-f)", r->id);
	const cJSON *q = jget_container(&c, root, "questionnaire", cJSON_Object, true, "");
	if (q) {
		static const char *const qkeys[] = {"id", "version", NULL};
		jcheck_keys(&c, q, qkeys, "questionnaire");
		const char *qid = jget_string(&c, q, "id", true, "questionnaire");
		const char *qv = jget_string(&c, q, "version", true, "questionnaire");
		if ((qid && !(r->questionnaire = strdup(qid))) ||
		    (qv && !(r->version = strdup(qv))))
			jerror(&c, "", "onvoldoende geheugen");
	}
	feedback_get_form(&c, root, r->form, sizeof(r->form));
	const char *sec = jget_string(&c, root, "sector", true, "");
	r->sector = SECTOR_ALGEMEEN;
	if (sec) {
		int found = -1;
		for (int s = 0; s < N_SECTORS; s++)
			if (strcmp(sec, content_sector_id((enum sector)s)) == 0)
				found = s;
		if (found < 0)
			jerror(&c, "", "onbekende sector \"%s\" (po, vo, mbo of algemeen)", sec);
		else
			r->sector = (enum sector)found;
	}
	/* "" when the leader gave no name (invite without --name) */
	const char *nm = jget_string(&c, root, "name", false, "");
	if (!nm && c.ok)
		jerror(&c, "", "\"name\" ontbreekt");
	if (nm && !session_name_ok(nm))
		jerror(&c, "", "\"name\" is te lang of bevat een stuurteken");
	else if (nm && !(r->name = strdup(nm)))
		jerror(&c, "", "onvoldoende geheugen");
	const char *cr = jget_string(&c, root, "created", true, "");
	if (cr && !utc_stamp_ok(cr))
		jerror(&c, "", "\"created\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (cr)
		snprintf(r->created, sizeof(r->created), "%s", cr);
done:
	cJSON_Delete(root);
	if (!c.ok || !r->questionnaire || !r->version || !r->name || !r->form[0]) {
		if (c.ok)
			diag_add(d, "%s: onvolledige feedbackronde", name);
		feedback_round_destroy(r);
		return NULL;
	}
	return r;
}

JSONFILE_DEFINE_LOAD(struct feedback_round, feedback_round_load, feedback_round_parse,
		     FEEDBACK_MAX_FILE)
