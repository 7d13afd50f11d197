#include "spiegel/session.h"
#include "spiegel/session_index.h"

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
	session_free_answers(s);
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
	size_t len = 0;
	char *json = session_to_json(s, &len);
	return store_save_json(io, path, json, len, SESSION_MAX_FILE, d);
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

struct latest {
	const char *skip_id;
	enum sector best;
	char best_when[32];
};

static bool consider_latest(const char *id, const struct session_summary *s, void *ctx)
{
	struct latest *l = ctx;
	if ((!l->skip_id || strcmp(id, l->skip_id) != 0) && s->readable && s->sector >= 0 &&
	    strcmp(s->when, l->best_when) >= 0) {
		l->best = (enum sector)s->sector;
		snprintf(l->best_when, sizeof(l->best_when), "%s", s->when);
	}
	return true;
}

enum sector session_latest_sector(const struct store *st, const struct content *c,
				  const char *skip_id)
{
	/* through the session index: only what changed since is read */
	struct latest l = {skip_id, SECTOR_ALGEMEEN, ""};
	struct diag d;
	diag_init(&d);
	if (st && c)
		session_index_each(st, c, consider_latest, &l, &d);
	diag_finish(&d);
	return l.best;
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
