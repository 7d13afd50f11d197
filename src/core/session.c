#include "spiegel/session.h"

#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "jsonio.h"
#include "session_answers.h"
#include "util.h"

struct session *session_create(const char *id, const struct questionnaire *q,
			       const char *participant, time_t now)
{
	if (!id_lower_ok(id, SESSION_ID_MAX))
		return NULL;
	struct session *s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	snprintf(s->id, sizeof(s->id), "%s", id);
	s->questionnaire = strdup(q->id);
	s->version = strdup(q->version);
	if (!session_name_ok(participant ? participant : "")) {
		session_destroy(s);
		return NULL;
	}
	s->participant = utf8_nfc(participant ? participant : "");
	if (!s->questionnaire || !s->version || !s->participant) {
		session_destroy(s);
		return NULL;
	}
	format_utc(s->created, sizeof(s->created), now);
	memcpy(s->updated, s->created, sizeof(s->updated));
	return s;
}

bool session_name_ok(const char *name)
{
	size_t n = strlen(name);
	if (!utf8_valid(name, n))
		return false;
	char *nfc = utf8_nfc(name); /* the limit holds for the name as stored */
	size_t m = nfc ? strlen(nfc) : SIZE_MAX;
	free(nfc);
	if (m > SESSION_MAX_NAME)
		return false;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20) /* no newline or tab in a name either */
			return false;
	/* nor a bidi override or a zero-width character: a name must read as
	 * what it is */
	return !diag_has_unsafe(name);
}

void session_destroy(struct session *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n_answers; i++) {
		free(s->answers[i].item);
		free(s->answers[i].text);
		free(s->answers[i].least);
	}
	free(s->answers);
	free(s->questionnaire);
	free(s->version);
	free(s->participant);
	free(s->position);
	free(s->draft_item);
	free(s->draft_text);
	for (size_t i = 0; i < s->n_focus; i++)
		free(s->focus[i]);
	free(s);
}

static struct session_answer *find(const struct session *s, const char *item)
{
	for (size_t i = 0; i < s->n_answers; i++)
		if (strcmp(s->answers[i].item, item) == 0)
			return &s->answers[i];
	return NULL;
}

struct answer session_get(const struct session *s, const char *item)
{
	struct answer a = {ANSWER_NONE, 0, NULL, NULL};
	const struct session_answer *e = find(s, item);
	if (e) {
		a.kind = e->kind;
		a.value = e->value;
		a.text = e->text;
		a.least = e->least;
	}
	return a;
}

bool session_is_answered(struct answer a)
{
	return a.kind != ANSWER_NONE && (a.kind != ANSWER_SCENARIO || a.least);
}

/* An option value as stored for choice and scenario answers. */
static bool valid_value(const char *v)
{
	size_t n = v ? strlen(v) : 0;
	if (n == 0 || n > 64)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)v[i] < 0x20 || (unsigned char)v[i] == 0x7f)
			return false;
	return utf8_valid(v, n);
}

bool session_set(struct session *s, const char *item, struct answer a)
{
	if (s->draft_item && strcmp(s->draft_item, item) == 0)
		session_set_draft(s, NULL, NULL);
	struct session_answer *e = find(s, item);
	if (a.kind == ANSWER_NONE) {
		if (e) {
			free(e->item);
			free(e->text);
			free(e->least);
			size_t i = (size_t)(e - s->answers);
			memmove(e, e + 1, (s->n_answers - i - 1) * sizeof(*e));
			s->n_answers--;
		}
		return true;
	}
	if (a.kind == ANSWER_VALUE && (a.value < 1 || a.value > CONTENT_SCALE_POINTS))
		return false;
	char *text = NULL, *least = NULL;
	if (a.kind == ANSWER_SCENARIO) {
		if (!valid_value(a.text) || (a.least && !valid_value(a.least)) ||
		    (a.least && strcmp(a.text, a.least) == 0))
			return false;
		text = strdup(a.text);
		least = a.least ? strdup(a.least) : NULL;
		if (!text || (a.least && !least)) {
			free(text);
			free(least);
			return false;
		}
	} else if (a.kind == ANSWER_CHOICE || a.kind == ANSWER_TEXT) {
		if (!a.text)
			return false;
		size_t n = strlen(a.text);
		if (!utf8_valid(a.text, n) || text_has_control(a.text))
			return false;
		text = a.kind == ANSWER_TEXT ? utf8_nfc(a.text) : strdup(a.text);
		/* the limit holds for the text as stored: NFC can make it longer */
		if (!text || strlen(text) > CONTENT_MAX_OPEN_TEXT) {
			free(text);
			return false;
		}
	}
	if (!e && s->n_answers >= SESSION_MAX_ANSWERS) {
		free(text);
		free(least);
		return false;
	}
	if (!e) {
		if (s->n_answers == s->cap_answers) {
			size_t cap = s->cap_answers ? s->cap_answers * 2 : 32;
			struct session_answer *na = realloc(s->answers, cap * sizeof(*na));
			if (!na) {
				free(text);
				free(least);
				return false;
			}
			s->answers = na;
			s->cap_answers = cap;
		}
		char *id = strdup(item);
		if (!id) {
			free(text);
			free(least);
			return false;
		}
		e = &s->answers[s->n_answers++];
		e->item = id;
		e->text = NULL;
		e->least = NULL;
		e->shared = false;
	}
	free(e->text);
	free(e->least);
	if (a.kind != ANSWER_TEXT)
		e->shared = false;
	e->kind = a.kind;
	e->value = a.kind == ANSWER_VALUE ? a.value : 0;
	e->text = text;
	e->least = least;
	return true;
}

bool session_is_shared(const struct session *s, const char *item)
{
	const struct session_answer *e = find(s, item);
	return e && e->kind == ANSWER_TEXT && e->shared;
}

bool session_set_shared(struct session *s, const char *item, bool shared)
{
	struct session_answer *e = find(s, item);
	if (!e || e->kind != ANSWER_TEXT)
		return false;
	e->shared = shared;
	return true;
}

bool session_set_draft(struct session *s, const char *item, const char *text)
{
	char *i = NULL, *t = NULL;
	if (item && text) {
		size_t n = strlen(text);
		if (!utf8_valid(text, n) || text_has_control(text))
			return false;
		i = strdup(item);
		t = utf8_nfc(text);
		if (!i || !t || strlen(t) > CONTENT_MAX_OPEN_TEXT) {
			free(i);
			free(t);
			return false;
		}
	}
	free(s->draft_item);
	free(s->draft_text);
	s->draft_item = i;
	s->draft_text = t;
	return true;
}

bool session_set_position(struct session *s, const char *item)
{
	char *p = item ? strdup(item) : NULL;
	if (item && !p)
		return false;
	free(s->position);
	s->position = p;
	return true;
}

bool session_set_focus(struct session *s, const char *const *ids, size_t n)
{
	if (n > SESSION_MAX_FOCUS)
		return false;
	char *v[SESSION_MAX_FOCUS] = {NULL};
	bool ok = true;
	for (size_t i = 0; ok && i < n; i++) {
		ok = ids[i] && id_item_ok(ids[i]);
		for (size_t k = 0; ok && k < i; k++)
			ok = strcmp(ids[k], ids[i]) != 0;
		if (ok)
			ok = (v[i] = strdup(ids[i])) != NULL;
	}
	if (!ok) {
		for (size_t i = 0; i < n; i++)
			free(v[i]);
		return false;
	}
	for (size_t i = 0; i < s->n_focus; i++)
		free(s->focus[i]);
	for (size_t i = 0; i < n; i++)
		s->focus[i] = v[i];
	s->n_focus = n;
	return true;
}

void session_touch(struct session *s, time_t now)
{
	format_utc(s->updated, sizeof(s->updated), now);
}

size_t session_first_unanswered(const struct session *s, const struct questionnaire *q)
{
	for (size_t i = 0; i < q->n_items; i++)
		if (!session_is_answered(session_get(s, q->items[i].id)))
			return i;
	return q->n_items;
}

size_t session_count_answered(const struct session *s, const struct questionnaire *q)
{
	size_t n = 0;
	for (size_t i = 0; i < q->n_items; i++)
		if (session_is_answered(session_get(s, q->items[i].id)))
			n++;
	return n;
}

bool session_validate(const struct session *s, const struct questionnaire *q, struct diag *d)
{
	bool ok = true;
	for (size_t i = 0; i < s->n_answers; i++) {
		const struct session_answer *e = &s->answers[i];
		const struct item *it = content_find_item(q, e->item);
		if (!it)
			continue;
		bool fits = false;
		switch (it->type) {
		case ITEM_LIKERT:
			fits = e->kind == ANSWER_VALUE || (e->kind == ANSWER_NA && it->na);
			break;
		case ITEM_CHOICE:
			if (e->kind == ANSWER_CHOICE)
				for (size_t k = 0; k < it->n_options; k++)
					if (strcmp(it->options[k].value, e->text) == 0)
						fits = true;
			break;
		case ITEM_OPEN:
			fits = e->kind == ANSWER_TEXT;
			break;
		case ITEM_SCENARIO:
			if (e->kind == ANSWER_SCENARIO) {
				bool most = false, least = !e->least;
				for (size_t k = 0; k < it->n_options; k++) {
					most |= strcmp(it->options[k].value, e->text) == 0;
					least |=
					    e->least && strcmp(it->options[k].value, e->least) == 0;
				}
				fits = most && least;
			}
			break;
		}
		if (!fits) {
			diag_add(d, "sessie %s: item %s: antwoord past niet bij de vraag", s->id,
				 e->item);
			ok = false;
		}
	}
	return ok;
}

/* The JSON form of s; a hand-in (exported non-NULL) leaves out position,
 * draft and private open answers, and names the participant alias. */
static cJSON *build_json(const struct session *s, const char *alias, const char *exported,
			 struct session_export_info *info)
{
	bool handin = exported != NULL;
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	cJSON *q = cJSON_CreateObject();
	if (!q || !cJSON_AddItemToObjectCS(
		      root, "format",
		      cJSON_CreateString(handin ? "spiegel-handin/1" : "spiegel-session/1")))
		goto fail_q;
	if (!cJSON_AddStringToObject(root, "id", s->id) ||
	    !cJSON_AddItemToObjectCS(root, "questionnaire", q))
		goto fail_q;
	if (!cJSON_AddStringToObject(q, "id", s->questionnaire) ||
	    !cJSON_AddStringToObject(q, "version", s->version) ||
	    !cJSON_AddStringToObject(root, "participant", alias ? alias : s->participant) ||
	    !cJSON_AddStringToObject(root, "created", s->created) ||
	    !cJSON_AddStringToObject(root, "updated", s->updated) ||
	    (handin && !cJSON_AddStringToObject(root, "exported", exported)) ||
	    !cJSON_AddBoolToObject(root, "finished", s->finished))
		goto fail;
	if (!handin && s->position && !cJSON_AddStringToObject(root, "position", s->position))
		goto fail;
	if (!handin && s->draft_item) {
		cJSON *dr = cJSON_AddObjectToObject(root, "draft");
		if (!dr || !cJSON_AddStringToObject(dr, "item", s->draft_item) ||
		    !cJSON_AddStringToObject(dr, "text", s->draft_text))
			goto fail;
	}
	if (!handin && s->n_focus) {
		cJSON *fo = cJSON_AddArrayToObject(root, "focus");
		for (size_t i = 0; fo && i < s->n_focus; i++) {
			cJSON *v = cJSON_CreateString(s->focus[i]);
			if (!v || !cJSON_AddItemToArray(fo, v)) {
				cJSON_Delete(v);
				fo = NULL;
			}
		}
		if (!fo)
			goto fail;
	}
	cJSON *answers = cJSON_AddObjectToObject(root, "answers");
	if (!answers)
		goto fail;
	size_t withheld = s->withheld;
	if (!session_answers_json(answers, s, handin, &withheld, info))
		goto fail;
	if (info)
		info->withheld = withheld;
	if ((handin || s->handin) && !cJSON_AddNumberToObject(root, "withheld", (double)withheld))
		goto fail;
	return root;
fail_q:
	cJSON_Delete(q);
fail:
	cJSON_Delete(root);
	return NULL;
}

char *session_to_json(const struct session *s, size_t *len)
{
	cJSON *root = build_json(s, NULL, s->handin ? s->exported : NULL, NULL);
	if (!root)
		return NULL;
	char *out = jsonio_print(root, len);
	cJSON_Delete(root);
	return out;
}

char *session_export(const struct session *s, const char *alias, time_t now, size_t *len,
		     struct session_export_info *info)
{
	if (alias && !session_name_ok(alias))
		return NULL;
	char stamp[32];
	format_utc(stamp, sizeof(stamp), now);
	struct session_export_info tmp;
	memset(&tmp, 0, sizeof(tmp));
	char *nfc = alias ? utf8_nfc(alias) : NULL;
	if (alias && !nfc)
		return NULL;
	cJSON *root = build_json(s, nfc, stamp, &tmp);
	free(nfc);
	if (!root)
		return NULL;
	char *out = jsonio_print(root, len);
	cJSON_Delete(root);
	if (out && info)
		*info = tmp;
	return out;
}

/* "format": a session or a hand-in of version 1; s->handin set. */
static bool parse_format(struct jctx *c, const cJSON *root, struct session *s)
{
	const char *fmt = jget_string(c, root, "format", true, "");
	if (!fmt)
		return false;
	s->handin = strncmp(fmt, "spiegel-handin/", 15) == 0;
	if (strncmp(fmt, "spiegel-session/", 16) != 0 && !s->handin) {
		jerror(c, "", "geen spiegel-sessie (formaat \"%s\")", fmt);
		return false;
	}
	if (strcmp(fmt, s->handin ? "spiegel-handin/1" : "spiegel-session/1") != 0) {
		jerror(c, "", "sessieformaat \"%s\" is nieuwer of onbekend; werk spiegel bij", fmt);
		return false;
	}
	static const char *const keys[] = {"format",  "id",	 "questionnaire", "participant",
					   "created", "updated", "finished",	  "position",
					   "answers", "draft",	 "focus",	  NULL};
	static const char *const handin_keys[] = {
	    "format",	"id",	    "questionnaire", "participant", "created", "updated",
	    "exported", "finished", "answers",	     "withheld",    NULL};
	jcheck_keys(c, root, s->handin ? handin_keys : keys, "");
	return true;
}

/* A hand-in's "exported" and "withheld". */
static void parse_handin(struct jctx *c, const cJSON *root, struct session *s)
{
	const char *ex = jget_string(c, root, "exported", true, "");
	if (ex && !utc_stamp_ok(ex))
		jerror(c, "", "\"exported\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (ex)
		snprintf(s->exported, sizeof(s->exported), "%s", ex);
	const cJSON *wh = cJSON_GetObjectItemCaseSensitive(root, "withheld");
	if (!cJSON_IsNumber(wh) || wh->valuedouble < 0 || wh->valuedouble > 1e6 ||
	    wh->valuedouble != floor(wh->valuedouble))
		jerror(c, "", "\"withheld\" moet een geheel getal van 0 of meer zijn");
	else
		s->withheld = (size_t)wh->valuedouble;
}

/* Who and what: id, questionnaire, participant, times, finished. */
static void parse_identity(struct jctx *c, const cJSON *root, struct session *s)
{
	const char *id = jget_string(c, root, "id", true, "");
	if (id && !id_lower_ok(id, SESSION_ID_MAX))
		jerror(c, "", "ongeldige sessie-id");
	else if (id)
		snprintf(s->id, sizeof(s->id), "%s", id);
	session_json_questionnaire(c, root, &s->questionnaire, &s->version);
	const char *p = jget_string(c, root, "participant", false, "");
	if (!(s->participant = strdup(p ? p : "")))
		jerror(c, "", "onvoldoende geheugen");
	else if (!session_name_ok(s->participant))
		jerror(c, "", "\"participant\" is te lang of bevat een stuurteken");
	session_json_times(c, root, s->created, s->updated, sizeof(s->created));
	s->finished = jget_bool(c, root, "finished", false, "");
}

/* Where the user was: position, draft and the chosen focus. */
static void parse_progress(struct jctx *c, const cJSON *root, struct session *s)
{
	const char *pos = jget_string(c, root, "position", false, "");
	if (pos && !session_set_position(s, pos))
		jerror(c, "", "onvoldoende geheugen");
	const cJSON *dr = jget_container(c, root, "draft", cJSON_Object, false, "");
	if (dr) {
		static const char *const dkeys[] = {"item", "text", NULL};
		jcheck_keys(c, dr, dkeys, "draft");
		const char *di = jget_string(c, dr, "item", true, "draft");
		const char *dt = jget_string(c, dr, "text", true, "draft");
		if (di && dt && (!id_item_ok(di) || !session_set_draft(s, di, dt)))
			jerror(c, "draft", "ongeldig concept (te lang of onvoldoende geheugen)");
	}
	const cJSON *fo = jget_container(c, root, "focus", cJSON_Array, false, "");
	if (!fo)
		return;
	const char *ids[SESSION_MAX_FOCUS];
	size_t n = 0;
	bool ok = cJSON_GetArraySize(fo) <= SESSION_MAX_FOCUS;
	const cJSON *e;
	cJSON_ArrayForEach(e, fo)
	{
		if (!ok || !cJSON_IsString(e)) {
			ok = false;
			break;
		}
		ids[n++] = e->valuestring;
	}
	if (!ok || !session_set_focus(s, ids, n))
		jerror(c, "focus",
		       "\"focus\" is een lijst van hoogstens %d verschillende praktijk-ids",
		       SESSION_MAX_FOCUS);
}

struct session *session_parse(const char *name, const char *text, size_t len, struct diag *d)
{
	cJSON *root = jsonio_parse_object(name, text, len, d);
	if (!root)
		return NULL;
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct session *s = calloc(1, sizeof(*s));
	if (!s) {
		diag_add(d, "%s: onvoldoende geheugen", name);
	} else if (parse_format(&c, root, s)) {
		if (s->handin)
			parse_handin(&c, root, s);
		parse_identity(&c, root, s);
		parse_progress(&c, root, s);
		const cJSON *answers = jget_container(&c, root, "answers", cJSON_Object, true, "");
		session_answers_parse(&c, answers, s, "");
	} else {
		c.ok = false;
	}
	cJSON_Delete(root);
	if (s && !c.ok) {
		session_destroy(s);
		return NULL;
	}
	return s;
}

struct session *session_load(const char *path, struct diag *d)
{
	size_t len;
	char *text = jsonio_read_file(path, SESSION_MAX_FILE, &len, d);
	if (!text)
		return NULL;
	struct session *s = session_parse(path, text, len, d);
	free(text);
	return s;
}

bool session_editable(const struct session *s, const char *path, struct diag *d)
{
	if (!s->handin)
		return true;
	diag_add(d,
		 "%s: is een inleverbestand (een kopie voor je trainer of coach, zonder je "
		 "privé-antwoorden), geen sessie; ga verder met de sessie zelf (zie spiegel "
		 "list --sessions)",
		 path);
	return false;
}

struct session *session_load_id(const struct store *st, const char *id, struct diag *d)
{
	char *path = store_session_path(st, id);
	if (!path) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	struct session *s = session_load(path, d);
	free(path);
	return s;
}

bool session_save(struct session *s, const char *path, const struct store_io *io, time_t now,
		  struct diag *d)
{
	if (s->handin) {
		/* a hand-in left the private answers out: saving it would lose
		 * every answer typed since (see session_editable) */
		diag_add(d, "%s: is een inleverbestand, geen sessie; het wordt niet bijgewerkt",
			 path);
		return false;
	}
	session_touch(s, now);
	size_t len;
	char *json = session_to_json(s, &len);
	if (!json) {
		diag_add(d, "%s: onvoldoende geheugen", path);
		return false;
	}
	/* what session_load would refuse is never written */
	bool ok = store_check_size(path, len, SESSION_MAX_FILE, d) &&
		  store_write_file(io, path, json, len, d);
	free(json);
	return ok;
}

bool session_sector_answer(const struct session *s, const struct questionnaire *q, enum sector *out)
{
	if (!s || !q || q->sector_item < 0 || (size_t)q->sector_item >= q->n_items)
		return false;
	struct answer a = session_get(s, q->items[q->sector_item].id);
	if (a.kind != ANSWER_CHOICE)
		return false;
	*out = content_sector_of(a.text);
	return true;
}

enum sector session_latest_sector(const struct store *st, const struct content *c,
				  const char *skip_id)
{
	char **ids;
	size_t n;
	struct diag d;
	diag_init(&d);
	enum sector best = SECTOR_ALGEMEEN;
	char best_when[32] = "";
	if (st && c && store_list_sessions(st, &ids, &n, &d)) {
		for (size_t i = 0; i < n; i++) {
			if (skip_id && strcmp(ids[i], skip_id) == 0)
				continue;
			struct diag d2;
			diag_init(&d2);
			struct session *s = session_load_id(st, ids[i], &d2);
			diag_finish(&d2);
			const struct questionnaire *q =
			    s ? content_find(c, s->questionnaire) : NULL;
			enum sector sec;
			const char *when = s ? (s->updated[0] ? s->updated : s->created) : "";
			if (q && !s->handin && session_sector_answer(s, q, &sec) &&
			    strcmp(when, best_when) >= 0) {
				best = sec;
				snprintf(best_when, sizeof(best_when), "%s", when);
			}
			session_destroy(s);
		}
		store_free_list(ids, n);
	}
	diag_finish(&d);
	return best;
}

enum sector session_sector(const struct session *s, const struct questionnaire *q,
			   const struct store *st, const struct content *c)
{
	enum sector sec = SECTOR_ALGEMEEN;
	if (q && q->sector_item >= 0)
		return session_sector_answer(s, q, &sec) ? sec : SECTOR_ALGEMEEN;
	if (s && s->handin)
		return SECTOR_ALGEMEEN;
	return session_latest_sector(st, c, s ? s->id : NULL);
}
