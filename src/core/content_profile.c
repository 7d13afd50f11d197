/* The weerstand profile of a questionnaire: approaches, steps and sources,
 * the profile's own next steps and its rules (doc/content-format.md). */
#include "spiegel/content.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content_internal.h"

/* The named list of a taxonomy: exactly the ids in ids[], stored by index. */
static const struct named *load_taxonomy(struct jctx *c, struct arena *a,
					 const struct catalogue *cat, const cJSON *prof,
					 const char *key, const char *const *ids, size_t n)
{
	const struct named *list = NULL;
	size_t cnt = 0;
	char w[64];
	snprintf(w, sizeof(w), "profile");
	content_load_named(c, a, cat, prof, key, key, &list, &cnt);
	struct named *v = arena_calloc(a, n, sizeof(*v));
	if (!list || !v)
		return v;
	for (size_t i = 0; i < cnt; i++) {
		int k = list[i].id ? content_lookup(ids, n, list[i].id) : -1;
		if (k < 0) {
			jerror(c, w, "\"%s\": onbekende id \"%s\"", key,
			       list[i].id ? list[i].id : "?");
			continue;
		}
		v[k] = list[i];
	}
	for (size_t k = 0; k < n; k++)
		if (!v[k].id)
			jerror(c, w, "\"%s\" mist \"%s\"", key, ids[k]);
	return v;
}

static bool parse_measure(const char *m, const struct questionnaire *q, enum measure *out, int *arg)
{
	static const struct {
		const char *name;
		enum measure m;
		const char *const *ids;
		size_t n;
	} tab[] = {
	    {"approach.", MEASURE_APPROACH, content_approach_ids, N_APPROACHES},
	    {"share.", MEASURE_SHARE, content_approach_ids, N_APPROACHES},
	    {"missed.", MEASURE_MISSED, content_approach_ids, N_APPROACHES},
	    {"first.", MEASURE_FIRST, content_step_ids, N_WSTEPS},
	    {"step.", MEASURE_STEP, content_step_ids, STEP_ARGUMENTEREN},
	    {"source.", MEASURE_SOURCE, content_source_ids, N_WSOURCES},
	    {"sourcemissed.", MEASURE_SOURCEMISSED, content_source_ids, N_WSOURCES},
	    {"breadth", MEASURE_BREADTH, NULL, 0},
	    {"fit", MEASURE_FIT, NULL, 0},
	    {"scenarios", MEASURE_SCENARIOS, NULL, 0},
	    {"first.explore", MEASURE_FIRST_EXPLORE, NULL, 0},
	    {"first.direct", MEASURE_FIRST_DIRECT, NULL, 0},
	    {"sourcehit", MEASURE_SOURCEHIT, NULL, 0},
	};
	*arg = -1;
	for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
		if (!tab[i].ids && strcmp(m, tab[i].name) == 0) {
			*out = tab[i].m;
			return true;
		}
	}
	for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++) {
		size_t n = strlen(tab[i].name);
		if (tab[i].ids && strncmp(m, tab[i].name, n) == 0) {
			*arg = content_lookup(tab[i].ids, tab[i].n, m + n);
			*out = tab[i].m;
			return *arg >= 0;
		}
	}
	if (strncmp(m, "section.", 8) == 0) {
		for (size_t i = 0; i < q->n_sections; i++)
			if (q->sections[i].id && strcmp(q->sections[i].id, m + 8) == 0) {
				*out = MEASURE_SECTION;
				*arg = (int)i;
				return true;
			}
	}
	return false;
}

static const struct next_step *find_step(const struct profile *pf, const struct catalogue *cat,
					 const char *id, int *practice)
{
	*practice = -1;
	for (size_t i = 0; i < pf->n_steps_lib; i++)
		if (pf->steps_lib[i].id && strcmp(pf->steps_lib[i].id, id) == 0)
			return &pf->steps_lib[i];
	for (size_t p = 0; cat && p < cat->n_practices; p++)
		for (size_t i = 0; i < cat->practices[p].n_steps; i++)
			if (strcmp(cat->practices[p].steps[i].id, id) == 0) {
				*practice = (int)p;
				return &cat->practices[p].steps[i];
			}
	return NULL;
}

/* obj's array key of objects (what names one in messages) and its size;
 * NULL when it is absent or holds something else than objects (reported). */
static const cJSON *object_array(struct jctx *c, const cJSON *obj, const char *key, bool required,
				 const char *where, const char *what, size_t *n)
{
	const cJSON *arr = jget_container(c, obj, key, cJSON_Array, required, where);
	if (arr && !jcheck_objects(c, arr, what))
		arr = NULL;
	*n = arr ? (size_t)cJSON_GetArraySize(arr) : 0;
	return arr;
}

/* One condition of a rule: measure, op, value. */
static void load_condition(struct jctx *c, const struct questionnaire *q, const cJSON *cond,
			   const char *cw, struct condition *out)
{
	static const char *const ckeys[] = {"measure", "op", "value", NULL};
	jcheck_keys(c, cond, ckeys, cw);
	const char *m = jget_string(c, cond, "measure", true, cw);
	if (m && !parse_measure(m, q, &out->measure, &out->arg))
		jerror(c, cw, "onbekende maat \"%s\"", m);
	const char *op = jget_string(c, cond, "op", true, cw);
	static const char *const ops[] = {"<", "<=", ">", ">="};
	int o = content_lookup(ops, 4, op);
	if (op && o < 0)
		jerror(c, cw, "onbekende vergelijking \"%s\" (<, <=, > of >=)", op);
	out->op = o < 0 ? OP_LT : (enum cmp_op)o;
	const cJSON *val = cJSON_GetObjectItemCaseSensitive(cond, "value");
	if (!cJSON_IsNumber(val) || val->valuedouble < -100 || val->valuedouble > 100)
		jerror(c, cw, "\"value\" moet een getal van -100 tot 100 zijn");
	else
		out->value = val->valuedouble;
}

/* A rule's "when": at least one condition. */
static void load_conditions(struct jctx *c, struct arena *a, const struct questionnaire *q,
			    const cJSON *r, const char *w, struct profile_rule *out)
{
	char cwhat[128];
	snprintf(cwhat, sizeof(cwhat), "%s: voorwaarde", w);
	size_t nw;
	const cJSON *when = object_array(c, r, "when", true, w, cwhat, &nw);
	if (when && nw == 0)
		jerror(c, w, "\"when\" heeft minstens één voorwaarde nodig");
	struct condition *cv = arena_calloc(a, nw ? nw : 1, sizeof(*cv));
	if (!cv)
		return;
	out->when = cv;
	const cJSON *cond;
	cJSON_ArrayForEach(cond, when)
	{
		char cw[128];
		snprintf(cw, sizeof(cw), "%s: voorwaarde %zu", w, out->n_when + 1);
		load_condition(c, q, cond, cw, &cv[out->n_when++]);
	}
}

static void load_rules(struct jctx *c, struct arena *a, const struct catalogue *cat,
		       const struct questionnaire *q, const cJSON *prof, struct profile *pf)
{
	const cJSON *arr = jget_container(c, prof, "rules", cJSON_Array, true, "profile");
	if (!arr)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(arr);
	struct profile_rule *v = arena_calloc(a, cnt ? cnt : 1, sizeof(*v));
	if (!v)
		return;
	size_t i = 0;
	if (!jcheck_objects(c, arr, "profile: regel"))
		return;
	const cJSON *r;
	cJSON_ArrayForEach(r, arr)
	{
		const char *id = jget_string(c, r, "id", true, "profile: regel");
		char w[96];
		snprintf(w, sizeof(w), "profile: regel %s", id ? id : "?");
		static const char *const keys[] = {"id", "when", "text", "step", "source", NULL};
		jcheck_keys(c, r, keys, w);
		if (id && !content_valid_id(id, false))
			jerror(c, w, "ongeldige id");
		if (STR_AMONG(v, i, id, id))
			jerror(c, w, "regel-id komt dubbel voor");
		v[i].id = content_dup(a, id);
		v[i].text = content_load_text(c, a, cat, r, "text", true, w);
		content_load_source(c, a, cat, r, w, &v[i].source);
		const char *st = jget_string(c, r, "step", true, w);
		if (st && !(v[i].step = find_step(pf, cat, st, &v[i].practice)))
			jerror(c, w, "onbekende volgende stap \"%s\"", st);
		load_conditions(c, a, q, r, w, &v[i]);
		i++;
	}
	pf->rules = v;
	pf->n_rules = i;
}

void content_load_profile(struct jctx *c, struct arena *a, const struct catalogue *cat,
			  const cJSON *root, struct questionnaire *q)
{
	bool has_scenarios = false;
	for (size_t i = 0; i < q->n_items; i++)
		has_scenarios |= q->items[i].type == ITEM_SCENARIO;
	const cJSON *prof = cJSON_GetObjectItemCaseSensitive(root, "profile");
	if (!prof) {
		if (has_scenarios)
			jerror(c, "",
			       "er zijn situaties (scenario), maar geen \"profile\" met aanpakken "
			       "en regels");
		return;
	}
	if (!cJSON_IsObject(prof)) {
		jerror(c, "", "\"profile\" moet een object zijn");
		return;
	}
	if (!has_scenarios)
		jerror(c, "", "\"profile\" zonder situaties (scenario)");
	static const char *const keys[] = {"approaches", "steps", "sources",
					   "next_steps", "rules", NULL};
	jcheck_keys(c, prof, keys, "profile");
	struct profile *pf = arena_calloc(a, 1, sizeof(*pf));
	if (!pf)
		return;
	pf->approaches =
	    load_taxonomy(c, a, cat, prof, "approaches", content_approach_ids, N_APPROACHES);
	pf->steps = load_taxonomy(c, a, cat, prof, "steps", content_step_ids, N_WSTEPS);
	pf->sources = load_taxonomy(c, a, cat, prof, "sources", content_source_ids, N_WSOURCES);

	size_t cnt;
	const cJSON *arr =
	    object_array(c, prof, "next_steps", false, "profile", "profile: stap", &cnt);
	struct next_step *sv = arena_calloc(a, cnt ? cnt : 1, sizeof(*sv));
	size_t i = 0;
	const cJSON *it;
	cJSON_ArrayForEach(it, arr)
	{
		if (!sv)
			break;
		const char *id = jget_string(c, it, "id", true, "profile: stap");
		char w[96];
		snprintf(w, sizeof(w), "profile: stap %s", id ? id : "?");
		static const char *const skeys[] = {"id", "title", "text", "source", NULL};
		jcheck_keys(c, it, skeys, w);
		if (id && !content_valid_id(id, false))
			jerror(c, w, "ongeldige id");
		int dummy;
		if (id && find_step(pf, cat, id, &dummy)) /* also the steps before this one */
			jerror(c, w, "stap-id komt dubbel voor");
		sv[i].id = content_dup(a, id);
		sv[i].title = content_load_text(c, a, cat, it, "title", true, w);
		sv[i].text = content_load_text(c, a, cat, it, "text", true, w);
		content_load_source(c, a, cat, it, w, &sv[i].source);
		i++;
		pf->steps_lib = sv;
		pf->n_steps_lib = i;
	}
	load_rules(c, a, cat, q, prof, pf);
	q->profile = pf;
}
