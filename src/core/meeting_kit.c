/* The meeting kit: intervisie methods and prompt cards
 * (<content>/intervisie/kit.json, "spiegel-meeting-kit/1"), loaded whole or
 * not at all and checked against the catalogue; and the rules of spiegel
 * check for it. */
#include "spiegel/meeting_kit.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content_internal.h"

struct meeting_kit_impl {
	struct arena a;
};

/* A list of 1..max question texts under key: each a non-empty text. */
static size_t load_questions(struct jctx *c, struct arena *a, const struct catalogue *cat,
			     const cJSON *o, const char *key, size_t min, size_t max,
			     const char **out, const char *w)
{
	const cJSON *arr = jget_container(c, o, key, cJSON_Array, true, w);
	if (!arr)
		return 0;
	int n = cJSON_GetArraySize(arr);
	if (n < (int)min || n > (int)max) {
		jerror(c, w, "\"%s\" moet %zu tot %zu vragen bevatten (nu %d)", key, min, max, n);
		return 0;
	}
	size_t k = 0;
	const cJSON *q;
	cJSON_ArrayForEach(q, arr)
	{
		if (!cJSON_IsString(q) || !q->valuestring[0]) {
			jerror(c, w, "\"%s\": vraag %zu moet een tekst zijn", key, k + 1);
			return 0;
		}
		content_check_text(c, cat, q->valuestring, w, key);
		out[k++] = arena_strdup(a, q->valuestring);
	}
	return k;
}

/* How one list of the kit is read: what an element is called (its label
 * "<what> N", "<what>-id \"...\" komt dubbel voor"), its size and the place
 * of its id, and the reader of one element (into: the element). */
struct kit_list {
	const char *what;
	size_t size, id_at;
	void (*load)(struct jctx *c, struct arena *a, const struct catalogue *cat, const cJSON *o,
		     void *into, const char *w);
};

/* The elements of arr (objects) into v, which has room for all of them,
 * each read by l->load with the label "<prefix><what> N"; an id that
 * repeats an earlier one is refused. Returns how many were read. */
static size_t load_list(struct jctx *c, struct arena *a, const struct catalogue *cat,
			const cJSON *arr, const char *prefix, const struct kit_list *l, void *v)
{
	size_t n = 0;
	const cJSON *o;
	cJSON_ArrayForEach(o, arr)
	{
		char w[128];
		snprintf(w, sizeof(w), "%s%s %zu", prefix, l->what, n + 1);
		char *elem = (char *)v + n * l->size;
		l->load(c, a, cat, o, elem, w);
		const char *id;
		memcpy(&id, elem + l->id_at, sizeof(id));
		const char *dup = str_among(v, n, l->size, l->id_at, id);
		if (dup)
			jerror(c, w, "%s-id \"%s\" komt dubbel voor", l->what, dup);
		n++;
	}
	return n;
}

static void load_phase(struct jctx *c, struct arena *a, const struct catalogue *cat, const cJSON *o,
		       void *into, const char *w)
{
	struct meeting_phase *ph = into;
	static const char *const keys[] = {"id", "title", "minutes", "questions", NULL};
	jcheck_keys(c, o, keys, w);
	ph->id = content_dup(a, jget_string(c, o, "id", true, w));
	if (ph->id && !content_valid_id(ph->id, true))
		jerror(c, w, "ongeldige id");
	ph->title = content_load_text(c, a, cat, o, "title", true, w);
	bool here = false;
	double m = jget_number(c, o, "minutes", true, w, &here);
	if (here && (m != (double)(unsigned)m || m < 1 || m > 60))
		jerror(c, w, "\"minutes\" moet een geheel getal van 1 tot 60 zijn");
	ph->minutes = here && m >= 1 && m <= 60 ? (unsigned)m : 0;
	ph->n_questions = load_questions(c, a, cat, o, "questions", 1, MEETING_MAX_PHASE_QUESTIONS,
					 ph->questions, w);
}

static const struct kit_list phases_list = {"fase", sizeof(struct meeting_phase),
					    offsetof(struct meeting_phase, id), load_phase};

static void load_method(struct jctx *c, struct arena *a, const struct catalogue *cat,
			const cJSON *o, void *into, const char *w0)
{
	struct meeting_method *m = into;
	static const char *const keys[] = {"id",     "name",   "summary", "fits",
					   "source", "phases", NULL};
	const char *id = jget_string(c, o, "id", true, w0);
	char w[96];
	snprintf(w, sizeof(w), "methode %s", id && content_valid_id(id, false) ? id : w0);
	jcheck_keys(c, o, keys, w);
	if (id && !content_valid_id(id, true))
		jerror(c, w, "ongeldige id (kleine letters, cijfers en '-')");
	m->id = content_dup(a, id);
	m->name = content_load_text(c, a, cat, o, "name", true, w);
	m->summary = content_load_text(c, a, cat, o, "summary", true, w);
	m->fits = content_load_text(c, a, cat, o, "fits", false, w);
	content_load_source(c, a, cat, o, w, &m->source);
	const cJSON *phases = jget_container(c, o, "phases", cJSON_Array, true, w);
	if (!phases)
		return;
	int n = cJSON_GetArraySize(phases);
	if (n < 2 || n > MEETING_MAX_PHASES) {
		jerror(c, w, "\"phases\": 2 tot %d fasen (nu %d)", MEETING_MAX_PHASES, n);
		return;
	}
	if (!jcheck_objects(c, phases, "fase"))
		return;
	char prefix[100];
	snprintf(prefix, sizeof(prefix), "%s: ", w);
	m->n_phases = load_list(c, a, cat, phases, prefix, &phases_list, m->phases);
}

static void load_card(struct jctx *c, struct arena *a, const struct catalogue *cat, const cJSON *o,
		      void *into, const char *w0)
{
	struct meeting_card *k = into;
	static const char *const keys[] = {"id",	"kind",	     "practice", "title",
					   "questions", "deepening", "source",	 NULL};
	const char *id = jget_string(c, o, "id", true, w0);
	char w[96];
	snprintf(w, sizeof(w), "kaart %s", id && content_valid_id(id, false) ? id : w0);
	jcheck_keys(c, o, keys, w);
	if (id && !content_valid_id(id, false))
		jerror(c, w, "ongeldige id");
	k->id = content_dup(a, id);
	const char *kind = jget_string(c, o, "kind", true, w);
	if (kind && strcmp(kind, "dimensie") == 0)
		k->kind = CARD_DIMENSION;
	else if (kind && strcmp(kind, "praktijk") == 0)
		k->kind = CARD_PRACTICE;
	else if (kind)
		jerror(c, w, "\"kind\" is dimensie of praktijk");
	const char *pr = jget_string(c, o, "practice", true, w);
	k->practice = SIZE_MAX;
	for (size_t p = 0; pr && p < cat->n_practices; p++)
		if (strcmp(cat->practices[p].id, pr) == 0)
			k->practice = p;
	if (pr && k->practice == SIZE_MAX)
		jerror(c, w, "onbekende praktijk \"%s\"", pr);
	if (pr && id && k->kind == CARD_PRACTICE && strcmp(pr, id) != 0)
		jerror(c, w, "een praktijkkaart heet als haar praktijk (\"%s\")", pr);
	k->title = content_load_text(c, a, cat, o, "title", true, w);
	k->n_questions = load_questions(c, a, cat, o, "questions", 2, MEETING_MAX_CARD_QUESTIONS,
					k->questions, w);
	k->deepening = content_load_text(c, a, cat, o, "deepening", true, w);
	content_load_source(c, a, cat, o, w, &k->source);
}

static void load_lists(struct jctx *c, struct arena *a, const struct catalogue *cat,
		       const cJSON *root, struct meeting_kit *k)
{
	const cJSON *methods = jget_container(c, root, "methods", cJSON_Array, true, "");
	const cJSON *cards = jget_container(c, root, "cards", cJSON_Array, true, "");
	if (!methods || !cards || !jcheck_objects(c, methods, "methode") ||
	    !jcheck_objects(c, cards, "kaart"))
		return;
	int nm = cJSON_GetArraySize(methods), nc = cJSON_GetArraySize(cards);
	if (nm < 1 || nm > 64 || nc < 1 || nc > 256) {
		jerror(c, "", "1 tot 64 methoden en 1 tot 256 kaarten (nu %d en %d)", nm, nc);
		return;
	}
	struct meeting_method *mv = arena_calloc(a, (size_t)nm, sizeof(*mv));
	struct meeting_card *cv = arena_calloc(a, (size_t)nc, sizeof(*cv));
	if (!mv || !cv) {
		jerror(c, "", "onvoldoende geheugen");
		return;
	}
	static const struct kit_list methods_list = {"methode", sizeof(struct meeting_method),
						     offsetof(struct meeting_method, id),
						     load_method};
	static const struct kit_list cards_list = {"kaart", sizeof(struct meeting_card),
						   offsetof(struct meeting_card, id), load_card};
	k->n_methods = load_list(c, a, cat, methods, "", &methods_list, mv);
	k->n_cards = load_list(c, a, cat, cards, "", &cards_list, cv);
	k->methods = mv;
	k->cards = cv;
}

struct meeting_kit *meeting_kit_parse(const char *name, const char *text, size_t len,
				      const struct catalogue *cat, struct diag *d)
{
	cJSON *root = jsonio_parse_object(name, text, len, d);
	if (!root)
		return NULL;
	struct meeting_kit *k = calloc(1, sizeof(*k));
	struct meeting_kit_impl *impl = calloc(1, sizeof(*impl));
	struct jctx c = {.file = name, .d = d, .ok = true};
	if (!k || !impl) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		free(k);
		free(impl);
		cJSON_Delete(root);
		return NULL;
	}
	arena_init(&impl->a);
	k->impl = impl;
	struct arena *a = &impl->a;
	k->path = arena_strdup(a, name);
	if (content_format_ok(&c, root, "spiegel-meeting-kit")) {
		static const char *const keys[] = {"format",  "version", "note",
						   "methods", "cards",	 NULL};
		jcheck_keys(&c, root, keys, "");
		k->version = content_dup(a, jget_string(&c, root, "version", true, ""));
		if (k->version && !content_version_ok(k->version))
			jerror(&c, "", "ongeldige versie");
		k->note = content_load_text(&c, a, cat, root, "note", true, "");
		load_lists(&c, a, cat, root, k);
	}
	cJSON_Delete(root);
	if (!c.ok || a->failed) {
		if (c.ok)
			diag_add(d, "%s: onvoldoende geheugen", name);
		meeting_kit_destroy(k);
		return NULL;
	}
	return k;
}

struct meeting_kit *meeting_kit_load(const char *path, const struct catalogue *cat, struct diag *d)
{
	size_t len;
	char *text = jsonio_read_file(path, MEETING_KIT_MAX_FILE, &len, d);
	if (!text)
		return NULL;
	struct meeting_kit *k = meeting_kit_parse(path, text, len, cat, d);
	free(text);
	return k;
}

struct meeting_kit *meeting_kit_load_dir(const char *dir, const struct catalogue *cat,
					 struct diag *d)
{
	char *path = path_join(dir, MEETING_KIT_FILE);
	if (!path) {
		diag_add(d, "onvoldoende geheugen");
		return NULL;
	}
	struct meeting_kit *k = meeting_kit_load(path, cat, d);
	free(path);
	return k;
}

void meeting_kit_destroy(struct meeting_kit *k)
{
	if (!k)
		return;
	arena_finish(&k->impl->a);
	free(k->impl);
	free(k);
}

const struct meeting_method *meeting_kit_method(const struct meeting_kit *k, const char *id)
{
	for (size_t i = 0; k && id && i < k->n_methods; i++)
		if (strcmp(k->methods[i].id, id) == 0)
			return &k->methods[i];
	return NULL;
}

const struct meeting_card *meeting_kit_card(const struct meeting_kit *k, const char *id)
{
	for (size_t i = 0; k && id && i < k->n_cards; i++)
		if (strcmp(k->cards[i].id, id) == 0)
			return &k->cards[i];
	return NULL;
}

const char *meeting_card_question(const struct meeting_card *c, unsigned q)
{
	if (!c || q < 1 || q > c->n_questions + 1)
		return NULL;
	return q <= c->n_questions ? c->questions[q - 1] : c->deepening;
}

/* ---- spiegel check ---- */

static bool ends_in_question(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	return n > 0 && s[n - 1] == '?';
}

static bool check_method(const struct meeting_kit *k, const struct meeting_method *m,
			 struct diag *d)
{
	bool ok = true;
	if (!m->source.ref || strcmp(m->source.ref, "algemeen") != 0) {
		diag_add(d,
			 "%s: methode %s: een intervisiemethode is algemene vakkennis; geef als "
			 "bron {\"ref\": \"algemeen\"}",
			 k->path, m->id);
		ok = false;
	}
	unsigned total = 0;
	for (size_t p = 0; p < m->n_phases; p++) {
		total += m->phases[p].minutes;
		for (size_t q = 0; q < m->phases[p].n_questions; q++)
			if (!ends_in_question(m->phases[p].questions[q])) {
				diag_add(d,
					 "%s: methode %s: fase %s: vraag %zu eindigt niet op '?'",
					 k->path, m->id, m->phases[p].id, q + 1);
				ok = false;
			}
	}
	if (total > 120) {
		diag_add(d, "%s: methode %s: de fasen duren samen %u minuten, hoogstens 120",
			 k->path, m->id, total);
		ok = false;
	}
	return ok;
}

static bool check_card(const struct meeting_kit *k, const struct meeting_card *c, struct diag *d)
{
	bool ok = true;
	if (!c->source.entry || !c->source.entry->file || !c->source.lines) {
		diag_add(d,
			 "%s: kaart %s: een gesprekskaart verwijst naar de regels van een "
			 "brondocument, niet naar algemene kennis",
			 k->path, c->id);
		ok = false;
	}
	for (unsigned q = 1; q <= c->n_questions + 1; q++)
		if (!ends_in_question(meeting_card_question(c, q))) {
			diag_add(d, "%s: kaart %s: vraag %u eindigt niet op '?'", k->path, c->id,
				 q);
			ok = false;
		}
	return ok;
}

bool meeting_kit_check(const struct meeting_kit *k, const struct catalogue *cat, struct diag *d)
{
	static const char *const required[] = {"incidentmethode", "roddelmethode",  "balint",
					       "socratisch",	  "kernkwadranten", "alact",
					       "waarderend",	  "vijfstappen"};
	bool ok = true;
	for (size_t i = 0; i < sizeof(required) / sizeof(required[0]); i++)
		if (!meeting_kit_method(k, required[i])) {
			diag_add(d, "%s: methode %s ontbreekt", k->path, required[i]);
			ok = false;
		}
	for (size_t i = 0; i < k->n_methods; i++)
		ok &= check_method(k, &k->methods[i], d);
	for (size_t i = 0; i < k->n_cards; i++)
		ok &= check_card(k, &k->cards[i], d);
	for (size_t p = 0; p < cat->n_practices; p++) {
		const struct meeting_card *c = meeting_kit_card(k, cat->practices[p].id);
		if (!c || c->kind != CARD_PRACTICE) {
			diag_add(d, "%s: praktijk %s heeft geen gesprekskaart", k->path,
				 cat->practices[p].id);
			ok = false;
		}
	}
	return ok;
}
