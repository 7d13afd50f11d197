/* A questionnaire file: scales, sections and their items, the primary
 * practices, the sector question; coverage and item lookups. */
#include "spiegel/content.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content_internal.h"

#define MAX_ITEMS 1000

void content_full_coverage(const struct questionnaire *q, size_t p, unsigned *milli, size_t *items)
{
	const struct questionnaire_impl *im = q->impl;
	if (im && im->full_milli) {
		*milli = p < im->n_practices ? im->full_milli[p] : 0;
		*items = p < im->n_practices ? im->full_items[p] : 0;
		return;
	}
	*milli = 0;
	*items = 0;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if (it->type != ITEM_LIKERT && it->type != ITEM_SCENARIO)
			continue;
		for (size_t k = 0; k < it->n_weights; k++)
			if (it->weights[k].practice == p) {
				*milli += it->weights[k].milli;
				(*items)++;
			}
	}
}

bool content_questionnaire_index(struct questionnaire *q, const struct catalogue *cat)
{
	struct questionnaire_impl *im = q->impl;
	size_t cap = 16;
	while (cap < 2 * q->n_items + 2)
		cap *= 2;
	size_t np = cat->n_practices;
	uint32_t *slots = arena_calloc(&im->a, cap, sizeof(*slots));
	unsigned *milli = arena_calloc(&im->a, np + 1, sizeof(*milli));
	size_t *items = arena_calloc(&im->a, np + 1, sizeof(*items));
	int *quality = arena_calloc(&im->a, q->n_items + 1, sizeof(*quality));
	if (!slots || !milli || !items || !quality)
		return false;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		size_t h = str_hash(it->id) & (cap - 1);
		while (slots[h])
			h = (h + 1) & (cap - 1);
		slots[h] = (uint32_t)i + 1;
		quality[i] = -1;
		for (size_t k = 0; it->quality && k < cat->n_qualities; k++)
			if (strcmp(cat->qualities[k].id, it->quality) == 0) {
				quality[i] = (int)k;
				break;
			}
	}
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if (it->type != ITEM_LIKERT && it->type != ITEM_SCENARIO)
			continue;
		for (size_t k = 0; k < it->n_weights; k++)
			if (it->weights[k].practice < np) {
				milli[it->weights[k].practice] += it->weights[k].milli;
				items[it->weights[k].practice]++;
			}
	}
	im->slots = slots;
	im->cap = cap;
	im->full_milli = milli;
	im->full_items = items;
	im->n_practices = np;
	im->quality = quality;
	return true;
}

bool content_coverage_enough(const struct catalogue *c, unsigned milli, size_t items)
{
	return milli >= c->min_weight_milli && items >= (size_t)c->min_items;
}

bool content_is_primary(const struct questionnaire *q, size_t p)
{
	for (size_t i = 0; i < q->n_primary; i++)
		if (q->primary[i] == p)
			return true;
	return false;
}

/* "practices": the ids of the practices q primarily measures; without it,
 * every practice q covers by the thresholds. Kept in catalogue order. */
static void load_primary(struct jctx *c, struct arena *a, const struct catalogue *cat,
			 const cJSON *root, struct questionnaire *q)
{
	size_t *v = arena_calloc(a, cat->n_practices ? cat->n_practices : 1, sizeof(*v));
	bool *in = arena_calloc(a, cat->n_practices ? cat->n_practices : 1, sizeof(*in));
	if (!v || !in)
		return;
	const cJSON *pr = jget_container(c, root, "practices", cJSON_Array, false, "");
	if (pr) {
		if (cJSON_GetArraySize(pr) == 0)
			jerror(c, "", "\"practices\" is leeg");
		const cJSON *e;
		cJSON_ArrayForEach(e, pr)
		{
			int p =
			    cJSON_IsString(e) ? content_practice_index(cat, e->valuestring) : -1;
			if (p < 0)
				jerror(c, "", "onbekende praktijk in \"practices\"%s%s%s",
				       cJSON_IsString(e) ? ": \"" : "",
				       cJSON_IsString(e) ? e->valuestring : "",
				       cJSON_IsString(e) ? "\"" : "");
			else if (in[p])
				jerror(c, "", "praktijk \"%s\" staat dubbel in \"practices\"",
				       e->valuestring);
			else
				in[p] = true;
		}
	} else if (q->items) {
		for (size_t p = 0; p < cat->n_practices; p++) {
			unsigned milli;
			size_t items;
			content_full_coverage(q, p, &milli, &items);
			in[p] = content_coverage_enough(cat, milli, items);
		}
	}
	size_t n = 0;
	for (size_t p = 0; p < cat->n_practices; p++)
		if (in[p])
			v[n++] = p;
	q->primary = v;
	q->n_primary = n;
}

/* "scales": named scales of CONTENT_SCALE_POINTS non-empty labels. */
static struct scale_def *load_scales(struct jctx *c, struct arena *a, const struct catalogue *cat,
				     const cJSON *root, size_t *n_scales)
{
	*n_scales = 0;
	const cJSON *sc = jget_container(c, root, "scales", cJSON_Object, false, "");
	if (!sc)
		return NULL;
	size_t cnt = (size_t)cJSON_GetArraySize(sc);
	struct scale_def *scales = arena_calloc(a, cnt ? cnt : 1, sizeof(*scales));
	const cJSON *s;
	cJSON_ArrayForEach(s, sc)
	{
		if (!scales)
			break;
		char w[96];
		snprintf(w, sizeof(w), "schaal %s", s->string);
		if (!cJSON_IsArray(s) || cJSON_GetArraySize(s) != CONTENT_SCALE_POINTS) {
			jerror(c, w, "een schaal heeft precies %d labels", CONTENT_SCALE_POINTS);
			continue;
		}
		const char **labels = arena_calloc(a, CONTENT_SCALE_POINTS, sizeof(*labels));
		if (!labels)
			break;
		int k = 0;
		const cJSON *l;
		cJSON_ArrayForEach(l, s)
		{
			if (!cJSON_IsString(l) || !l->valuestring[0])
				jerror(c, w, "label %d moet een niet-lege tekst zijn", k + 1);
			else {
				content_check_text(c, cat, l->valuestring, w, "label");
				labels[k] = arena_strdup(a, l->valuestring);
			}
			k++;
		}
		scales[*n_scales].name = arena_strdup(a, s->string);
		scales[*n_scales].labels = labels;
		(*n_scales)++;
	}
	return scales;
}

/* A section's "prompts": at most 3 conversation questions. */
static void load_prompts(struct jctx *c, struct arena *a, const struct catalogue *cat,
			 const cJSON *s, const char *w, struct section *out)
{
	const cJSON *pr = jget_container(c, s, "prompts", cJSON_Array, false, w);
	if (!pr)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(pr);
	if (cnt > 3)
		jerror(c, w, "hoogstens 3 gespreksvragen (\"prompts\")");
	const char **pv = arena_calloc(a, cnt ? cnt : 1, sizeof(*pv));
	size_t k = 0;
	const cJSON *p;
	cJSON_ArrayForEach(p, pr)
	{
		if (!pv)
			break;
		if (!cJSON_IsString(p) || !p->valuestring[0])
			jerror(c, w, "gespreksvraag %zu moet een tekst zijn", k + 1);
		else {
			content_check_text(c, cat, p->valuestring, w, "gespreksvraag");
			pv[k++] = arena_strdup(a, p->valuestring);
		}
	}
	out->prompts = pv;
	out->n_prompts = k;
}

/* Where the sections and items are read into. */
struct layout {
	const struct scale_def *scales;
	size_t n_scales;
	struct section *sv;
	size_t si;
	struct item *iv;
	size_t ii;
};

/* Section s (the next one, sv[si]) and its items (from iv[ii]). */
static void load_section(struct jctx *c, struct arena *a, const struct catalogue *cat,
			 const cJSON *s, struct layout *l)
{
	const char *sid = jget_string(c, s, "id", true, "sectie");
	char w[96];
	snprintf(w, sizeof(w), "sectie %s", sid ? sid : "?");
	static const char *const skeys[] = {"id", "title", "intro", "prompts", "items", NULL};
	jcheck_keys(c, s, skeys, w);
	struct section *sec = &l->sv[l->si];
	if (STR_AMONG(l->sv, l->si, id, sid))
		jerror(c, w, "sectie-id komt dubbel voor");
	sec->id = content_dup(a, sid);
	sec->title = content_load_text(c, a, cat, s, "title", true, w);
	sec->intro = content_load_text(c, a, cat, s, "intro", false, w);
	load_prompts(c, a, cat, s, w, sec);
	const cJSON *its = jget_container(c, s, "items", cJSON_Array, true, w);
	sec->first_item = l->ii;
	if (its && cJSON_GetArraySize(its) == 0)
		jerror(c, w, "sectie zonder vragen");
	char what[128];
	snprintf(what, sizeof(what), "%s: item", w);
	if (its && !jcheck_objects(c, its, what))
		its = NULL;
	const cJSON *it;
	cJSON_ArrayForEach(it, its)
	{
		struct item *item = &l->iv[l->ii];
		item->section = l->si;
		content_load_item(c, a, cat, it, l->scales, l->n_scales, l->iv, l->ii, item);
		if (STR_AMONG(l->iv, l->ii, id, item->id))
			jerror(c, "", "item-id \"%s\" komt dubbel voor", item->id);
		l->ii++;
	}
	sec->n_items = l->ii - sec->first_item;
	l->si++;
}

/* "sections" and their items into q; false when they cannot be read. */
static bool load_sections(struct jctx *c, struct arena *a, const struct catalogue *cat,
			  const cJSON *root, const struct scale_def *scales, size_t n_scales,
			  struct questionnaire *q)
{
	const cJSON *secs = jget_container(c, root, "sections", cJSON_Array, true, "");
	if (!secs)
		return false;
	size_t n_sec = (size_t)cJSON_GetArraySize(secs), n_items = 0;
	if (n_sec == 0)
		jerror(c, "", "geen secties");
	const cJSON *s;
	cJSON_ArrayForEach(s, secs)
	{
		const cJSON *its =
		    cJSON_IsObject(s) ? cJSON_GetObjectItemCaseSensitive(s, "items") : NULL;
		if (cJSON_IsArray(its))
			n_items += (size_t)cJSON_GetArraySize(its);
	}
	if (n_items > MAX_ITEMS) {
		jerror(c, "", "te veel vragen (%zu, maximaal %d)", n_items, MAX_ITEMS);
		return false;
	}
	struct layout l = {.scales = scales, .n_scales = n_scales};
	l.sv = arena_calloc(a, n_sec ? n_sec : 1, sizeof(*l.sv));
	l.iv = arena_calloc(a, n_items ? n_items : 1, sizeof(*l.iv));
	if (!l.sv || !l.iv || !jcheck_objects(c, secs, "sectie"))
		return false;
	cJSON_ArrayForEach(s, secs) load_section(c, a, cat, s, &l);
	q->sections = l.sv;
	q->n_sections = l.si;
	q->items = l.iv;
	q->n_items = l.ii;
	return true;
}

/* The item with "context": "sector", at most one. */
static void find_sector_item(struct jctx *c, struct questionnaire *q)
{
	q->sector_item = -1;
	for (size_t i = 0; i < q->n_items; i++) {
		if (!q->items[i].sector)
			continue;
		if (q->sector_item >= 0)
			jerror(c, "", "item %s: er is al een sectorvraag (%s)",
			       q->items[i].id ? q->items[i].id : "?", q->items[q->sector_item].id);
		else
			q->sector_item = (int)i;
	}
}

static struct questionnaire *parse_questionnaire(const char *name, const cJSON *root,
						 const struct catalogue *cat, struct diag *d)
{
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct questionnaire_impl *impl = calloc(1, sizeof(*impl));
	if (!impl) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		return NULL;
	}
	arena_init(&impl->a);
	struct arena *a = &impl->a;
	struct questionnaire *q = arena_alloc(a, sizeof(*q));
	if (!q)
		goto fail;
	q->impl = impl;
	q->path = arena_strdup(a, name);
	if (!cJSON_IsObject(root)) {
		jerror(&c, "", "het bestand moet een JSON-object zijn");
		goto fail;
	}
	if (!content_format_ok(&c, root, "spiegel-questionnaire"))
		goto fail;
	static const char *const keys[] = {"format", "id",	 "version", "title",	 "intro",
					   "scales", "sections", "profile", "practices", NULL};
	jcheck_keys(&c, root, keys, "");
	const char *id = jget_string(&c, root, "id", true, "");
	if (id && !content_valid_id(id, true))
		jerror(&c, "", "ongeldige vragenlijst-id \"%s\" (kleine letters, cijfers en '-')",
		       id);
	q->id = content_dup(a, id);
	q->version = content_dup(a, jget_string(&c, root, "version", true, ""));
	if (q->version && !content_version_ok(q->version))
		jerror(&c, "",
		       "\"version\" is geen versienummer als 1.0.0 (cijfers, letters, '.', "
		       "'+' en '-', hoogstens 20 tekens)");
	q->title = content_load_text(&c, a, cat, root, "title", true, "");
	q->intro = content_load_text(&c, a, cat, root, "intro", true, "");
	size_t n_scales;
	const struct scale_def *scales = load_scales(&c, a, cat, root, &n_scales);
	if (!load_sections(&c, a, cat, root, scales, n_scales, q))
		goto fail;
	find_sector_item(&c, q);
	content_load_profile(&c, a, cat, root, q);
	load_primary(&c, a, cat, root, q);
	if (a->failed) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		goto fail;
	}
	if (!c.ok)
		goto fail;
	if (!content_questionnaire_index(q, cat)) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		goto fail;
	}
	return q;
fail:
	arena_finish(&impl->a);
	free(impl);
	return NULL;
}

struct questionnaire *content_load_questionnaire(const char *path, const struct catalogue *cat,
						 struct diag *d)
{
	cJSON *root = jsonio_load(path, CONTENT_MAX_FILE, d);
	if (!root)
		return NULL;
	struct questionnaire *q = parse_questionnaire(path, root, cat, d);
	cJSON_Delete(root);
	if (q) {
		/* the id names the file */
		const char *base = strrchr(path, '/');
		base = base ? base + 1 : path;
		size_t n = strlen(q->id);
		if (strncmp(base, q->id, n) != 0 || strcmp(base + n, ".json") != 0) {
			diag_add(d,
				 "%s: id \"%s\" past niet bij de bestandsnaam (verwacht %s.json)",
				 path, q->id, q->id);
			content_questionnaire_destroy(q);
			return NULL;
		}
	}
	return q;
}

void content_questionnaire_destroy(struct questionnaire *q)
{
	if (!q)
		return;
	struct questionnaire_impl *impl = q->impl;
	arena_finish(&impl->a);
	free(impl);
}

int content_item_index(const struct questionnaire *q, const char *id)
{
	const struct questionnaire_impl *im = q->impl;
	if (im && im->slots) {
		for (size_t h = str_hash(id) & (im->cap - 1); im->slots[h];
		     h = (h + 1) & (im->cap - 1))
			if (strcmp(q->items[im->slots[h] - 1].id, id) == 0)
				return (int)im->slots[h] - 1;
		return -1;
	}
	for (size_t i = 0; i < q->n_items; i++)
		if (strcmp(q->items[i].id, id) == 0)
			return (int)i;
	return -1;
}

int content_item_index_len(const struct questionnaire *q, const char *id, size_t n)
{
	const struct questionnaire_impl *im = q->impl;
	if (!im || !im->slots) {
		for (size_t i = 0; i < q->n_items; i++)
			if (strncmp(q->items[i].id, id, n) == 0 && !q->items[i].id[n])
				return (int)i;
		return -1;
	}
	for (size_t h = mem_hash(id, n) & (im->cap - 1); im->slots[h];
	     h = (h + 1) & (im->cap - 1)) {
		const char *it = q->items[im->slots[h] - 1].id;
		if (strncmp(it, id, n) == 0 && !it[n])
			return (int)im->slots[h] - 1;
	}
	return -1;
}

const struct item *content_find_item(const struct questionnaire *q, const char *id)
{
	int i = content_item_index(q, id);
	return i < 0 ? NULL : &q->items[i];
}

static bool same_text(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

bool content_items_same(const struct item *a, const struct item *b)
{
	if (strcmp(a->id, b->id) != 0 || a->type != b->type || !same_text(a->text, b->text) ||
	    a->reverse != b->reverse || a->na != b->na || a->n_weights != b->n_weights ||
	    a->n_options != b->n_options || a->step != b->step)
		return false;
	for (size_t k = 0; k < a->n_weights; k++)
		if (a->weights[k].practice != b->weights[k].practice ||
		    a->weights[k].w != b->weights[k].w)
			return false;
	for (size_t k = 0; k < a->n_options; k++)
		if (strcmp(a->options[k].value, b->options[k].value) != 0 ||
		    strcmp(a->options[k].label, b->options[k].label) != 0)
			return false;
	if (a->scale && b->scale)
		for (size_t k = 0; k < CONTENT_SCALE_POINTS; k++)
			if (!same_text(a->scale[k], b->scale[k]))
				return false;
	return (a->scale == NULL) == (b->scale == NULL);
}
