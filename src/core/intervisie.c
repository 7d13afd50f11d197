#include "spiegel/intervisie.h"

#include <utf8proc.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "jsonio.h"
#include "report_internal.h"
#include "session_answers.h"
#include "util.h"

#define FORMAT "spiegel-intervisie/1"

/* ---- validation helpers ---- */

bool intervisie_id_ok(const char *id)
{
	return id_lower_ok(id, INTERVISIE_ID_MAX);
}

bool intervisie_alias_ok(const char *alias)
{
	if (!alias || !session_name_ok(alias))
		return false;
	for (const char *p = alias; *p; p++)
		if (*p != ' ')
			return true;
	return false;
}

/* A copy of text as stored for notes and afspraken (NFC), or NULL with a
 * message when it is not acceptable. */
static char *note_text(const char *text, const char *what, const char *alias, struct diag *d)
{
	if (!text)
		text = "";
	size_t n = strlen(text);
	if (!utf8_valid(text, n) || text_has_control(text)) {
		diag_add(d, "%s van %s: ongeldige tekst (geen UTF-8 of een stuurteken)", what,
			 alias);
		return NULL;
	}
	char *nfc = utf8_nfc(text);
	if (!nfc) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	if (strlen(nfc) > INTERVISIE_MAX_TEXT) {
		diag_add(d, "%s van %s: de tekst is te lang (hoogstens %u tekens)", what, alias,
			 (unsigned)INTERVISIE_MAX_TEXT);
		free(nfc);
		return NULL;
	}
	return nfc;
}

/* ---- model ---- */

/* An empty answers session for a participant of iv. */
static struct session *new_answers(const struct intervisie *iv, size_t index, const char *alias)
{
	struct session *s = calloc(1, sizeof(*s));
	if (!s)
		return NULL;
	snprintf(s->id, sizeof(s->id), "%s-p%zu", iv->id, index + 1);
	s->questionnaire = strdup(iv->questionnaire);
	s->version = strdup(iv->version);
	s->participant = strdup(alias);
	memcpy(s->created, iv->created, sizeof(s->created));
	memcpy(s->updated, iv->updated, sizeof(s->updated));
	if (!s->questionnaire || !s->version || !s->participant) {
		session_destroy(s);
		return NULL;
	}
	return s;
}

static void participant_finish(struct intervisie_participant *p)
{
	free(p->alias);
	session_destroy(p->answers);
	free(p->notes);
	free(p->afspraken);
	free(p->imported);
	memset(p, 0, sizeof(*p));
}

void intervisie_destroy(struct intervisie *iv)
{
	if (!iv)
		return;
	for (size_t i = 0; i < iv->n_participants; i++)
		participant_finish(&iv->participants[i]);
	free(iv->name);
	free(iv->questionnaire);
	free(iv->version);
	free(iv->position);
	free(iv);
}

int intervisie_find_participant(const struct intervisie *iv, const char *alias)
{
	char *nfc = utf8_valid(alias, strlen(alias)) ? utf8_nfc(alias) : NULL;
	if (!nfc)
		return -1;
	int found = -1;
	for (size_t i = 0; i < iv->n_participants; i++)
		if (strcmp(iv->participants[i].alias, nfc) == 0)
			found = (int)i;
	free(nfc);
	return found;
}

/* Check alias for participant slot self (or a new one: self == SIZE_MAX);
 * returns the NFC copy or NULL with a message. */
static char *checked_alias(const struct intervisie *iv, const char *alias, size_t self,
			   struct diag *d)
{
	if (!intervisie_alias_ok(alias)) {
		diag_add(d,
			 "\"%.60s\": een naam is niet leeg, hoogstens %d tekens en zonder "
			 "stuurtekens",
			 alias && utf8_valid(alias, strlen(alias)) ? alias : "?", SESSION_MAX_NAME);
		return NULL;
	}
	int other = intervisie_find_participant(iv, alias);
	if (other >= 0 && (size_t)other != self) {
		diag_add(d, "\"%s\" staat al in de groep; geef elke deelnemer een eigen naam",
			 alias);
		return NULL;
	}
	char *nfc = utf8_nfc(alias);
	if (!nfc)
		diag_add(d, "onvoldoende geheugen");
	return nfc;
}

static bool add_participant(struct intervisie *iv, const char *alias, struct diag *d)
{
	if (iv->n_participants >= INTERVISIE_MAX_PARTICIPANTS) {
		diag_add(d, "een groep heeft hoogstens %d deelnemers", INTERVISIE_MAX_PARTICIPANTS);
		return false;
	}
	char *nfc = checked_alias(iv, alias, SIZE_MAX, d);
	if (!nfc)
		return false;
	struct intervisie_participant *p = &iv->participants[iv->n_participants];
	memset(p, 0, sizeof(*p));
	p->alias = nfc;
	p->answers = new_answers(iv, iv->n_participants, nfc);
	p->notes = strdup("");
	p->afspraken = strdup("");
	if (!p->answers || !p->notes || !p->afspraken) {
		participant_finish(p);
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	iv->n_participants++;
	return true;
}

struct intervisie *intervisie_create(const char *id, const char *name,
				     const struct questionnaire *q, const char *const *aliases,
				     size_t n, time_t now, struct diag *d)
{
	bool ok = true;
	if (!intervisie_id_ok(id)) {
		diag_add(d, "ongeldige groeps-id");
		return NULL;
	}
	if (!intervisie_alias_ok(name)) {
		diag_add(d, "geef de groep een naam (hoogstens %d tekens, zonder stuurtekens)",
			 SESSION_MAX_NAME);
		ok = false;
	}
	if (n < 1 || n > INTERVISIE_MAX_PARTICIPANTS) {
		diag_add(d, "een groep heeft 1 tot %d deelnemers (nu %zu)",
			 INTERVISIE_MAX_PARTICIPANTS, n);
		ok = false;
	}
	if (!ok)
		return NULL;
	struct intervisie *iv = calloc(1, sizeof(*iv));
	if (!iv) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	snprintf(iv->id, sizeof(iv->id), "%s", id);
	iv->name = utf8_nfc(name);
	iv->questionnaire = strdup(q->id);
	iv->version = strdup(q->version);
	format_utc(iv->created, sizeof(iv->created), now);
	memcpy(iv->updated, iv->created, sizeof(iv->updated));
	if (!iv->name || !iv->questionnaire || !iv->version) {
		diag_add(d, "onvoldoende geheugen");
		intervisie_destroy(iv);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		ok &= add_participant(iv, aliases[i], d);
	if (!ok) {
		intervisie_destroy(iv);
		return NULL;
	}
	return iv;
}

bool intervisie_add_participant(struct intervisie *iv, const char *alias, struct diag *d)
{
	return add_participant(iv, alias, d);
}

bool intervisie_remove_participant(struct intervisie *iv, size_t p, struct diag *d)
{
	if (p >= iv->n_participants)
		return false;
	if (iv->n_participants == 1) {
		diag_add(d, "een groep heeft minstens één deelnemer");
		return false;
	}
	participant_finish(&iv->participants[p]);
	memmove(&iv->participants[p], &iv->participants[p + 1],
		(iv->n_participants - p - 1) * sizeof(iv->participants[0]));
	iv->n_participants--;
	memset(&iv->participants[iv->n_participants], 0, sizeof(iv->participants[0]));
	return true;
}

bool intervisie_rename_participant(struct intervisie *iv, size_t p, const char *alias,
				   struct diag *d)
{
	if (p >= iv->n_participants)
		return false;
	char *nfc = checked_alias(iv, alias, p, d);
	if (!nfc)
		return false;
	char *copy = strdup(nfc);
	if (!copy) {
		free(nfc);
		diag_add(d, "onvoldoende geheugen");
		return false;
	}
	free(iv->participants[p].alias);
	iv->participants[p].alias = nfc;
	free(iv->participants[p].answers->participant);
	iv->participants[p].answers->participant = copy;
	return true;
}

bool intervisie_set_answer(struct intervisie *iv, size_t p, const char *item, struct answer a)
{
	if (p >= iv->n_participants || !id_item_ok(item))
		return false;
	return session_set(iv->participants[p].answers, item, a);
}

static bool set_text(struct intervisie *iv, size_t p, const char *text, bool notes, struct diag *d)
{
	if (p >= iv->n_participants)
		return false;
	struct intervisie_participant *pp = &iv->participants[p];
	char *t = note_text(text, notes ? "notities" : "afspraken", pp->alias, d);
	if (!t)
		return false;
	char **slot = notes ? &pp->notes : &pp->afspraken;
	free(*slot);
	*slot = t;
	return true;
}

bool intervisie_set_notes(struct intervisie *iv, size_t p, const char *text, struct diag *d)
{
	return set_text(iv, p, text, true, d);
}

bool intervisie_set_afspraken(struct intervisie *iv, size_t p, const char *text, struct diag *d)
{
	return set_text(iv, p, text, false, d);
}

bool intervisie_set_position(struct intervisie *iv, const char *section)
{
	char *s = section ? strdup(section) : NULL;
	if (section && !s)
		return false;
	free(iv->position);
	iv->position = s;
	return true;
}

/* ---- import ---- */

bool intervisie_import_check(const struct intervisie *iv, const struct questionnaire *q,
			     const struct session *s, const char *label,
			     struct intervisie_import_info *info, struct diag *d)
{
	struct intervisie_import_info tmp;
	memset(&tmp, 0, sizeof(tmp));
	if (strcmp(q->id, iv->questionnaire) != 0) {
		diag_add(d, "vragenlijst \"%s\" is niet die van de groep (\"%s\")", q->id,
			 iv->questionnaire);
		return false;
	}
	if (strcmp(s->questionnaire, iv->questionnaire) != 0 ||
	    strcmp(s->version, iv->version) != 0) {
		diag_add(d,
			 "%s: antwoorden op \"%s\" versie %s; de groep gebruikt \"%s\" versie "
			 "%s. Alleen antwoorden op dezelfde vragenlijst en versie kunnen worden "
			 "ingelezen.",
			 label, s->questionnaire, s->version, iv->questionnaire, iv->version);
		return false;
	}
	struct diag vd;
	diag_init(&vd);
	bool fits = session_validate(s, q, &vd);
	if (!fits)
		diag_add(d, "%s: %s", label, diag_count(&vd) ? diag_msg(&vd, 0) : "ongeldig");
	diag_finish(&vd);
	if (!fits)
		return false;
	/* what would be taken: every answer but the private open ones */
	tmp.withheld = s->withheld;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		struct answer a = session_get(s, it->id);
		if (a.kind == ANSWER_NONE)
			continue;
		bool open = a.kind == ANSWER_TEXT;
		if (open && !session_is_shared(s, it->id)) {
			tmp.withheld++;
			continue;
		}
		tmp.answers++;
		tmp.shared += open;
	}
	if (info)
		*info = tmp;
	return true;
}

static bool import_from(struct intervisie *iv, size_t p, const struct questionnaire *q,
			const struct session *s, const char *label,
			struct intervisie_import_info *info, struct diag *d)
{
	struct intervisie_import_info tmp;
	if (p >= iv->n_participants || !intervisie_import_check(iv, q, s, label, &tmp, d))
		return false;
	struct intervisie_participant *pp = &iv->participants[p];
	struct session *ns = new_answers(iv, p, pp->alias);
	char *imported = strdup(s->id);
	if (!ns || !imported)
		goto oom;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		struct answer a = session_get(s, it->id);
		if (a.kind == ANSWER_NONE)
			continue;
		bool open = a.kind == ANSWER_TEXT;
		if (open && !session_is_shared(s, it->id))
			continue;
		if (!session_set(ns, it->id, a) || (open && !session_set_shared(ns, it->id, true)))
			goto oom;
	}
	session_destroy(pp->answers);
	pp->answers = ns;
	free(pp->imported);
	pp->imported = imported;
	if (info)
		*info = tmp;
	return true;
oom:
	session_destroy(ns);
	free(imported);
	diag_add(d, "onvoldoende geheugen");
	return false;
}

bool intervisie_import_session(struct intervisie *iv, size_t p, const struct questionnaire *q,
			       const struct session *s, struct intervisie_import_info *info,
			       struct diag *d)
{
	char label[64];
	snprintf(label, sizeof(label), "sessie %s", s->id);
	return import_from(iv, p, q, s, label, info, d);
}

bool intervisie_import_file(struct intervisie *iv, size_t p, const struct questionnaire *q,
			    const char *path, struct intervisie_import_info *info, struct diag *d)
{
	struct session *s = session_load(path, d);
	if (!s)
		return false;
	bool ok = import_from(iv, p, q, s, path, info, d);
	session_destroy(s);
	return ok;
}

bool intervisie_validate(const struct intervisie *iv, const struct questionnaire *q, struct diag *d)
{
	if (strcmp(q->id, iv->questionnaire) != 0) {
		diag_add(d, "groep %s: hoort bij vragenlijst \"%s\", niet bij \"%s\"", iv->id,
			 iv->questionnaire, q->id);
		return false;
	}
	bool ok = true;
	for (size_t i = 0; i < iv->n_participants; i++) {
		struct diag vd;
		diag_init(&vd);
		if (!session_validate(iv->participants[i].answers, q, &vd)) {
			diag_add(d, "groep %s: deelnemer %s: %s", iv->id, iv->participants[i].alias,
				 diag_count(&vd) ? diag_msg(&vd, 0) : "ongeldig antwoord");
			ok = false;
		}
		diag_finish(&vd);
	}
	return ok;
}

/* ---- scores ---- */

void intervisie_scores_finish(struct intervisie_scores *sc)
{
	free(sc->has);
	free(sc->score);
	free(sc->has_mean);
	free(sc->mean);
	free(sc->n);
	memset(sc, 0, sizeof(*sc));
}

bool intervisie_scores_compute(const struct intervisie *iv, const struct catalogue *cat,
			       const struct questionnaire *q, struct intervisie_scores *out)
{
	memset(out, 0, sizeof(*out));
	size_t np = cat->n_practices, nk = iv->n_participants;
	out->n_practices = np;
	out->n_participants = nk;
	size_t cells = np > 0 && nk > 0 ? np * nk : 1;
	out->has = calloc(cells, sizeof(*out->has));
	out->score = calloc(cells, sizeof(*out->score));
	out->has_mean = calloc(np ? np : 1, sizeof(*out->has_mean));
	out->mean = calloc(np ? np : 1, sizeof(*out->mean));
	out->n = calloc(np ? np : 1, sizeof(*out->n));
	if (!out->has || !out->score || !out->has_mean || !out->mean || !out->n) {
		intervisie_scores_finish(out);
		return false;
	}
	for (size_t k = 0; k < nk; k++) {
		struct score_result r;
		if (!score_compute(cat, q, iv->participants[k].answers, &r)) {
			intervisie_scores_finish(out);
			return false;
		}
		for (size_t p = 0; p < np; p++) {
			if (!r.practices[p].has_score)
				continue;
			out->has[p * nk + k] = true;
			out->score[p * nk + k] = r.practices[p].score;
		}
		score_finish(&r);
	}
	/* the mean of the scores as shown, rounded exactly (doc/scoring.md) */
	for (size_t p = 0; p < np; p++) {
		long long tenths = 0;
		for (size_t k = 0; k < nk; k++) {
			if (!out->has[p * nk + k])
				continue;
			tenths += lround(out->score[p * nk + k] * 10.0);
			out->n[p]++;
		}
		out->has_mean[p] = out->n[p] > 0;
		out->mean[p] = out->n[p]
				   ? (double)score_tenths(tenths, 10 * (long long)out->n[p]) / 10.0
				   : 0.0;
	}
	return true;
}

/* ---- JSON ---- */

static cJSON *build_json(const struct intervisie *iv)
{
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	cJSON *q = cJSON_AddObjectToObject(root, "questionnaire");
	if (!cJSON_AddStringToObject(root, "format", FORMAT) ||
	    !cJSON_AddStringToObject(root, "id", iv->id) ||
	    !cJSON_AddStringToObject(root, "name", iv->name) || !q ||
	    !cJSON_AddStringToObject(q, "id", iv->questionnaire) ||
	    !cJSON_AddStringToObject(q, "version", iv->version) ||
	    !cJSON_AddStringToObject(root, "created", iv->created) ||
	    !cJSON_AddStringToObject(root, "updated", iv->updated) ||
	    (iv->position && !cJSON_AddStringToObject(root, "position", iv->position)))
		goto fail;
	cJSON *parts = cJSON_AddArrayToObject(root, "participants");
	if (!parts)
		goto fail;
	for (size_t i = 0; i < iv->n_participants; i++) {
		const struct intervisie_participant *p = &iv->participants[i];
		cJSON *o = cJSON_CreateObject();
		if (!o)
			goto fail;
		if (!cJSON_AddItemToArray(parts, o)) {
			cJSON_Delete(o);
			goto fail;
		}
		cJSON *ans;
		if (!cJSON_AddStringToObject(o, "alias", p->alias) ||
		    !(ans = cJSON_AddObjectToObject(o, "answers")) ||
		    !session_answers_json(ans, p->answers, false, NULL, NULL) ||
		    !cJSON_AddStringToObject(o, "notes", p->notes) ||
		    !cJSON_AddStringToObject(o, "afspraken", p->afspraken) ||
		    (p->imported && !cJSON_AddStringToObject(o, "imported", p->imported)))
			goto fail;
	}
	return root;
fail:
	cJSON_Delete(root);
	return NULL;
}

char *intervisie_to_json(const struct intervisie *iv, size_t *len)
{
	cJSON *root = build_json(iv);
	if (!root)
		return NULL;
	char *printed = cJSON_Print(root);
	cJSON_Delete(root);
	if (!printed)
		return NULL;
	size_t n = strlen(printed);
	char *out = malloc(n + 2);
	if (out) {
		memcpy(out, printed, n);
		out[n] = '\n';
		out[n + 1] = '\0';
		if (len)
			*len = n + 1;
	}
	cJSON_free(printed);
	return out;
}

static void parse_participant(struct jctx *c, struct intervisie *iv, const cJSON *o, size_t i)
{
	char w[64];
	snprintf(w, sizeof(w), "deelnemer %zu", i + 1);
	static const char *const keys[] = {"alias",	"answers",  "notes",
					   "afspraken", "imported", NULL};
	jcheck_keys(c, o, keys, w);
	const char *alias = jget_string(c, o, "alias", true, w);
	if (!alias)
		return;
	struct diag ad;
	diag_init(&ad);
	bool added = add_participant(iv, alias, &ad);
	if (!added)
		jerror(c, w, "%s", diag_count(&ad) ? diag_msg(&ad, 0) : "ongeldige naam");
	diag_finish(&ad);
	if (!added)
		return;
	struct intervisie_participant *p = &iv->participants[iv->n_participants - 1];
	const char *notes = jget_string(c, o, "notes", false, w);
	const char *afspraken = jget_string(c, o, "afspraken", false, w);
	struct diag nd;
	diag_init(&nd);
	if ((notes && !intervisie_set_notes(iv, iv->n_participants - 1, notes, &nd)) ||
	    (afspraken && !intervisie_set_afspraken(iv, iv->n_participants - 1, afspraken, &nd)))
		jerror(c, w, "%s", diag_count(&nd) ? diag_msg(&nd, 0) : "ongeldige tekst");
	diag_finish(&nd);
	const char *imp = jget_string(c, o, "imported", false, w);
	if (imp) {
		bool ok = imp[0] && strlen(imp) <= SESSION_ID_MAX;
		for (const char *s = imp; ok && *s; s++)
			ok = (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-';
		if (!ok)
			jerror(c, w, "\"imported\" is geen sessie-id");
		else if (!(p->imported = strdup(imp)))
			jerror(c, w, "onvoldoende geheugen");
	}
	const cJSON *answers = jget_container(c, o, "answers", cJSON_Object, true, w);
	session_answers_parse(c, answers, p->answers, w);
}

struct intervisie *intervisie_parse(const char *name, const char *text, size_t len, struct diag *d)
{
	cJSON *root = jsonio_parse(name, text, len, d);
	if (!root)
		return NULL;
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct intervisie *iv = calloc(1, sizeof(*iv));
	if (!iv) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		cJSON_Delete(root);
		return NULL;
	}
	if (!cJSON_IsObject(root)) {
		jerror(&c, "", "het bestand moet een JSON-object zijn");
		goto fail;
	}
	const char *fmt = jget_string(&c, root, "format", true, "");
	if (!fmt)
		goto fail;
	if (strncmp(fmt, "spiegel-intervisie/", 19) != 0) {
		jerror(&c, "", "geen intervisiegroep van spiegel (formaat \"%s\")", fmt);
		goto fail;
	}
	if (strcmp(fmt, FORMAT) != 0) {
		jerror(&c, "", "intervisieformaat \"%s\" is nieuwer of onbekend; werk spiegel bij",
		       fmt);
		goto fail;
	}
	static const char *const keys[] = {"format",	    "id",	    "name",
					   "questionnaire", "created",	    "updated",
					   "position",	    "participants", NULL};
	jcheck_keys(&c, root, keys, "");
	const char *id = jget_string(&c, root, "id", true, "");
	if (id && !intervisie_id_ok(id))
		jerror(&c, "", "ongeldige groeps-id");
	else if (id)
		snprintf(iv->id, sizeof(iv->id), "%s", id);
	const char *nm = jget_string(&c, root, "name", true, "");
	if (nm && !intervisie_alias_ok(nm))
		jerror(&c, "", "\"name\" is te lang of bevat een stuurteken");
	else if (nm && !(iv->name = utf8_nfc(nm)))
		jerror(&c, "", "onvoldoende geheugen");
	const cJSON *q = jget_container(&c, root, "questionnaire", cJSON_Object, true, "");
	if (q) {
		static const char *const qkeys[] = {"id", "version", NULL};
		jcheck_keys(&c, q, qkeys, "questionnaire");
		const char *qid = jget_string(&c, q, "id", true, "questionnaire");
		const char *qv = jget_string(&c, q, "version", true, "questionnaire");
		if (qid && !id_item_ok(qid))
			jerror(&c, "questionnaire", "ongeldige vragenlijst-id");
		else if (qid && !(iv->questionnaire = strdup(qid)))
			jerror(&c, "", "onvoldoende geheugen");
		if (qv && (strlen(qv) > 40 || !utf8_valid(qv, strlen(qv)) || text_has_control(qv)))
			jerror(&c, "questionnaire", "ongeldige versie");
		else if (qv && !(iv->version = strdup(qv)))
			jerror(&c, "", "onvoldoende geheugen");
	}
	const char *cr = jget_string(&c, root, "created", true, "");
	const char *up = jget_string(&c, root, "updated", true, "");
	if (cr && !utc_stamp_ok(cr))
		jerror(&c, "", "\"created\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (cr)
		snprintf(iv->created, sizeof(iv->created), "%s", cr);
	if (up && !utc_stamp_ok(up))
		jerror(&c, "", "\"updated\" is geen tijdstip als 2026-01-31T12:00:00Z");
	else if (up)
		snprintf(iv->updated, sizeof(iv->updated), "%s", up);
	const char *pos = jget_string(&c, root, "position", false, "");
	if (pos && !id_item_ok(pos))
		jerror(&c, "", "\"position\" is geen deel-id");
	else if (pos && !intervisie_set_position(iv, pos))
		jerror(&c, "", "onvoldoende geheugen");
	const cJSON *parts = jget_container(&c, root, "participants", cJSON_Array, true, "");
	/* participants need the group's id and questionnaire */
	if (!c.ok)
		goto fail;
	int np = cJSON_GetArraySize(parts);
	if (np < 1 || np > INTERVISIE_MAX_PARTICIPANTS) {
		jerror(&c, "", "\"participants\" moet 1 tot %d deelnemers bevatten (nu %d)",
		       INTERVISIE_MAX_PARTICIPANTS, np);
		goto fail;
	}
	if (!jcheck_objects(&c, parts, "deelnemer"))
		goto fail;
	size_t i = 0;
	const cJSON *o;
	cJSON_ArrayForEach(o, parts) parse_participant(&c, iv, o, i++);
	if (!c.ok)
		goto fail;
	cJSON_Delete(root);
	return iv;
fail:
	cJSON_Delete(root);
	intervisie_destroy(iv);
	return NULL;
}

struct intervisie *intervisie_load(const char *path, struct diag *d)
{
	size_t len;
	char *text = jsonio_read_file(path, INTERVISIE_MAX_FILE, &len, d);
	if (!text)
		return NULL;
	struct intervisie *iv = intervisie_parse(path, text, len, d);
	free(text);
	return iv;
}

bool intervisie_save(struct intervisie *iv, const char *path, const struct store_io *io, time_t now,
		     struct diag *d)
{
	format_utc(iv->updated, sizeof(iv->updated), now);
	size_t len;
	char *json = intervisie_to_json(iv, &len);
	if (!json) {
		diag_add(d, "%s: onvoldoende geheugen", path);
		return false;
	}
	/* what intervisie_load would refuse is never written */
	bool ok = store_check_size(path, len, INTERVISIE_MAX_FILE, d) &&
		  store_write_file(io, path, json, len, d);
	free(json);
	return ok;
}

/* ---- files ---- */

bool intervisie_dir(const struct store *st, char **dir, struct diag *d)
{
	*dir = store_subdir(st, "intervisie", d);
	return *dir != NULL;
}

char *intervisie_path(const char *dir, const char *id)
{
	if (!intervisie_id_ok(id))
		return NULL;
	char name[INTERVISIE_ID_MAX + 8];
	snprintf(name, sizeof(name), "%s.json", id);
	return path_join(dir, name);
}

static int cmp_entry(const void *a, const void *b)
{
	const struct intervisie_entry *x = a, *y = b;
	int r = strcmp(y->updated, x->updated);
	return r ? r : strcmp(y->id, x->id);
}

void intervisie_list_free(struct intervisie_entry *entries, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(entries[i].name);
		free(entries[i].questionnaire);
	}
	free(entries);
}

bool intervisie_list(const char *dir, struct intervisie_entry **entries, size_t *n, size_t *bad,
		     struct diag *d)
{
	*entries = NULL;
	*n = 0;
	*bad = 0;
	DIR *dh = opendir(dir);
	if (!dh) {
		diag_add(d, "%s: map kan niet worden gelezen (%s)", dir, strerror(errno));
		return false;
	}
	size_t cap = 0;
	bool ok = true;
	struct dirent *de;
	while (ok && (de = readdir(dh))) {
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0)
			continue;
		char id[INTERVISIE_ID_MAX + 1];
		if (len - 5 > INTERVISIE_ID_MAX)
			continue;
		memcpy(id, de->d_name, len - 5);
		id[len - 5] = '\0';
		if (!intervisie_id_ok(id))
			continue;
		char *path = intervisie_path(dir, id);
		struct intervisie *iv = path ? intervisie_load(path, d) : NULL;
		free(path);
		if (!iv) {
			(*bad)++;
			continue;
		}
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			struct intervisie_entry *ne = realloc(*entries, cap * sizeof(*ne));
			if (!ne) {
				intervisie_destroy(iv);
				ok = false;
				break;
			}
			*entries = ne;
		}
		struct intervisie_entry *e = &(*entries)[*n];
		memset(e, 0, sizeof(*e));
		snprintf(e->id, sizeof(e->id), "%s", iv->id);
		e->name = strdup(iv->name);
		e->questionnaire = strdup(iv->questionnaire);
		e->participants = iv->n_participants;
		memcpy(e->updated, iv->updated, sizeof(e->updated));
		intervisie_destroy(iv);
		(*n)++;
		if (!e->name || !e->questionnaire)
			ok = false;
	}
	closedir(dh);
	if (!ok) {
		diag_add(d, "onvoldoende geheugen");
		intervisie_list_free(*entries, *n);
		*entries = NULL;
		*n = 0;
		return false;
	}
	if (*n > 1)
		qsort(*entries, *n, sizeof(**entries), cmp_entry);
	return true;
}

int intervisie_lock(const char *dir, const char *id, const char *host, long pid, struct diag *d)
{
	if (!intervisie_id_ok(id)) {
		diag_add(d, "\"%s\" is geen groeps-id", id);
		return -1;
	}
	return store_lock_file(dir, id, "groep", host, pid, d);
}

/* ---- markdown ---- */

static void md_text_block(struct strbuf *b, const char *text, const char *empty)
{
	if (!text || !text[0]) {
		strbuf_printf(b, "_%s_\n", empty);
		return;
	}
	rpt_md_escape(b, text);
	strbuf_puts(b, "\n");
}

char *intervisie_markdown(const struct intervisie *iv, const struct catalogue *cat,
			  const struct questionnaire *q, size_t *len)
{
	struct intervisie_scores sc;
	if (!intervisie_scores_compute(iv, cat, q, &sc))
		return NULL;
	struct strbuf b;
	strbuf_init(&b);
	size_t nk = iv->n_participants;

	strbuf_puts(&b, "# Intervisie: ");
	rpt_md_escape(&b, iv->name);
	strbuf_puts(&b, "\n\n- Vragenlijst: ");
	rpt_md_escape(&b, q->title);
	strbuf_printf(&b, " (`%s`, versie %s)\n", iv->questionnaire, iv->version);
	strbuf_printf(&b, "- Datum: %.10s (laatst bijgewerkt %.10s %.5s UTC)\n", iv->created,
		      iv->updated, iv->updated + 11);
	strbuf_printf(&b, "- Groep: `%s`\n", iv->id);
	strbuf_printf(&b, "- Deelnemers (%zu): ", nk);
	for (size_t k = 0; k < nk; k++) {
		if (k)
			strbuf_puts(&b, ", ");
		rpt_md_escape(&b, iv->participants[k].alias);
	}
	strbuf_puts(&b, "\n");

	strbuf_puts(&b,
		    "\n## Scores per praktijk\n\n"
		    "Per deelnemer een score van 0 tot 100: hoe vaker het gedrag uit de vragen, "
		    "hoe hoger. Een streepje betekent: geen antwoorden op deze praktijk. "
		    "Groep is het gemiddelde van de deelnemers met een score.\n\n");
	bool any = false;
	for (size_t p = 0; p < sc.n_practices; p++)
		any |= sc.has_mean[p];
	if (!any) {
		strbuf_puts(&b, "_Nog geen antwoorden met een score._\n");
	} else {
		strbuf_puts(&b, "| Praktijk |");
		for (size_t k = 0; k < nk; k++) {
			strbuf_puts(&b, " ");
			rpt_md_escape(&b, iv->participants[k].alias);
			strbuf_puts(&b, " |");
		}
		strbuf_puts(&b, " Groep |\n|---|");
		for (size_t k = 0; k <= nk; k++)
			strbuf_puts(&b, "---:|");
		strbuf_puts(&b, "\n");
		for (size_t p = 0; p < sc.n_practices; p++) {
			if (!sc.has_mean[p])
				continue;
			strbuf_puts(&b, "| ");
			rpt_md_escape(&b, cat->practices[p].name);
			strbuf_puts(&b, " |");
			char num[32];
			for (size_t k = 0; k < nk; k++) {
				if (sc.has[p * nk + k]) {
					format_tenths(num, sizeof(num), sc.score[p * nk + k]);
					strbuf_printf(&b, " %s |", num);
				} else {
					strbuf_puts(&b, " – |");
				}
			}
			format_tenths(num, sizeof(num), sc.mean[p]);
			strbuf_printf(&b, " %s |\n", num);
		}
	}

	bool header = false;
	for (size_t si = 0; si < q->n_sections; si++) {
		const struct section *sec = &q->sections[si];
		bool shared = false;
		for (size_t i = sec->first_item; i < sec->first_item + sec->n_items; i++)
			for (size_t k = 0; k < nk; k++)
				shared |=
				    q->items[i].type == ITEM_OPEN &&
				    session_is_shared(iv->participants[k].answers, q->items[i].id);
		if (!sec->n_prompts && !shared)
			continue;
		if (!header)
			strbuf_puts(&b, "\n## Gespreksvragen per deel\n");
		header = true;
		strbuf_puts(&b, "\n### ");
		rpt_md_escape(&b, sec->title);
		strbuf_puts(&b, "\n\n");
		for (size_t i = 0; i < sec->n_prompts; i++) {
			strbuf_puts(&b, "- ");
			rpt_md_escape(&b, sec->prompts[i]);
			strbuf_puts(&b, "\n");
		}
		for (size_t i = sec->first_item; i < sec->first_item + sec->n_items; i++) {
			const struct item *it = &q->items[i];
			if (it->type != ITEM_OPEN)
				continue;
			for (size_t k = 0; k < nk; k++) {
				const struct session *s = iv->participants[k].answers;
				if (!session_is_shared(s, it->id))
					continue;
				strbuf_puts(&b, "\n**");
				rpt_md_escape(&b, iv->participants[k].alias);
				strbuf_puts(&b, "** deelde bij \"");
				rpt_md_escape(&b, it->text);
				strbuf_puts(&b, "\":\n\n> ");
				rpt_md_escape_in(&b, session_get(s, it->id).text, "> ");
				strbuf_puts(&b, "\n");
			}
		}
	}

	strbuf_puts(&b, "\n## Per deelnemer\n");
	for (size_t k = 0; k < nk; k++) {
		const struct intervisie_participant *p = &iv->participants[k];
		strbuf_puts(&b, "\n### ");
		rpt_md_escape(&b, p->alias);
		strbuf_printf(&b, "\n\n%zu van %zu vragen beantwoord",
			      session_count_answered(p->answers, q), q->n_items);
		if (p->imported)
			strbuf_printf(&b, " (ingelezen uit sessie `%s`)", p->imported);
		strbuf_puts(&b, ".\n\n**Notities**\n\n");
		md_text_block(&b, p->notes, "Geen notities.");
		strbuf_puts(&b, "\n**Afspraken**\n\n");
		md_text_block(&b, p->afspraken, "Geen afspraken.");
	}
	intervisie_scores_finish(&sc);
	return rpt_finish(&b, len);
}

void intervisie_filename(const struct intervisie *iv, const char *date, char *buf, size_t size)
{
	char slug[41];
	size_t n = 0;
	utf8proc_uint8_t *folded = NULL;
	if (utf8proc_map((const utf8proc_uint8_t *)iv->name, 0, &folded,
			 UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
			     UTF8PROC_CASEFOLD) < 0)
		folded = NULL;
	const char *s = folded ? (const char *)folded : "";
	bool dash = false;
	for (; *s && n < sizeof(slug) - 1; s++) {
		char c = *s;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && n > 0 && n < sizeof(slug) - 2)
				slug[n++] = '-';
			dash = false;
			slug[n++] = c;
		} else if (c >= 'A' && c <= 'Z') {
			if (dash && n > 0 && n < sizeof(slug) - 2)
				slug[n++] = '-';
			dash = false;
			slug[n++] = (char)(c - 'A' + 'a');
		} else {
			dash = true;
		}
	}
	slug[n] = '\0';
	free(folded);
	/* "intervisie-" first, unless the name says so itself ("Intervisie
	 * Noord", "Noord-intervisiegroep"): never twice */
	bool says = false;
	for (const char *w = slug; *w && !says; w = strchr(w, '-') ? strchr(w, '-') + 1 : "")
		says = strncmp(w, "intervisie", 10) == 0;
	snprintf(buf, size, "%s%s-%s.md", says ? "" : "intervisie-", n ? slug : "groep", date);
}

bool intervisie_item_spread(const struct intervisie *iv, const struct item *it,
			    struct intervisie_spread *out)
{
	memset(out, 0, sizeof(*out));
	if (it->type != ITEM_LIKERT)
		return false;
	bool low = false, high = false;
	for (size_t k = 0; k < iv->n_participants; k++) {
		struct answer a = session_get(iv->participants[k].answers, it->id);
		if (a.kind != ANSWER_VALUE)
			continue;
		if (out->n == 0 || a.value < out->min)
			out->min = a.value;
		if (out->n == 0 || a.value > out->max)
			out->max = a.value;
		out->n++;
		low |= a.value <= 2;
		high |= a.value >= 4;
	}
	out->split = low && high;
	return out->n > 0;
}
