/* Intervisie: the coach's group as a model (participants, answers, notes,
 * afspraken, import of a participant's own answers) and the figures shown
 * of it. The file format is in intervisie_json.c, the files in
 * intervisie_store.c, the markdown record in intervisie_markdown.c and the
 * bulk import in intervisie_import.c. */
#include "spiegel/intervisie.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "meeting_internal.h"
#include "util.h"

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
	mtg_destroy_all(iv);
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
	if (!copy || !mtg_rename(iv, iv->participants[p].alias, nfc, d)) {
		if (!copy)
			diag_add(d, "onvoldoende geheugen");
		free(copy);
		free(nfc);
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

/* What an import takes of the answer to item id in s (*a): an answer that
 * is there, but not an open one its author keeps private (withheld). */
enum take { TAKE_NONE, TAKE_WITHHELD, TAKE_ANSWER };
static enum take take_answer(const struct session *s, const char *id, struct answer *a)
{
	*a = session_get(s, id);
	if (a->kind == ANSWER_NONE)
		return TAKE_NONE;
	if (a->kind == ANSWER_TEXT && !session_is_shared(s, id))
		return TAKE_WITHHELD;
	return TAKE_ANSWER;
}

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
	tmp.withheld = s->withheld;
	for (size_t i = 0; i < q->n_items; i++) {
		struct answer a;
		enum take t = take_answer(s, q->items[i].id, &a);
		tmp.withheld += t == TAKE_WITHHELD;
		tmp.answers += t == TAKE_ANSWER;
		tmp.shared += t == TAKE_ANSWER && a.kind == ANSWER_TEXT;
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
		const char *id = q->items[i].id;
		struct answer a;
		if (take_answer(s, id, &a) != TAKE_ANSWER)
			continue;
		bool open = a.kind == ANSWER_TEXT;
		if (!session_set(ns, id, a) || (open && !session_set_shared(ns, id, true)))
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
