/* The practices catalogue (practices.json): levels, domains, qualities,
 * practices and their next steps, the coverage thresholds; the format and
 * id rules every content file shares. */
#include "spiegel/content.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content_internal.h"

#define MAX_LEVELS 8

/* Parse "name/N": 0 ok, 1 unknown name, 2 newer major. */
static int check_format(const char *fmt, const char *want)
{
	size_t n = strlen(want);
	if (!fmt || strncmp(fmt, want, n) != 0 || fmt[n] != '/')
		return 1;
	char *end;
	long major = strtol(fmt + n + 1, &end, 10);
	if (end == fmt + n + 1 || *end != '\0' || major < 1)
		return 1;
	return major > 1 ? 2 : 0;
}

bool content_format_ok(struct jctx *c, const cJSON *root, const char *want)
{
	const char *fmt = jget_string(c, root, "format", true, "");
	if (!fmt)
		return false;
	switch (check_format(fmt, want)) {
	case 0:
		return true;
	case 2:
		jerror(c, "",
		       "formaat \"%s\" is nieuwer dan deze versie van spiegel kent (%s/1); "
		       "werk spiegel bij",
		       fmt, want);
		return false;
	default:
		jerror(c, "", "onbekend formaat \"%s\" (verwacht %s/1)", fmt, want);
		return false;
	}
}

/* A version as shown in reports and compared with sessions: 1 to 20 of
 * [0-9A-Za-z.+-]. */
bool content_version_ok(const char *v)
{
	size_t n = strlen(v);
	if (n == 0 || n > 20)
		return false;
	for (size_t i = 0; i < n; i++)
		if (!((v[i] >= '0' && v[i] <= '9') || (v[i] >= 'a' && v[i] <= 'z') ||
		      (v[i] >= 'A' && v[i] <= 'Z') || v[i] == '.' || v[i] == '+' || v[i] == '-'))
			return false;
	return true;
}

bool content_valid_id(const char *s, bool lower_only)
{
	size_t n = strlen(s);
	if (n == 0 || n > CONTENT_ID_MAX)
		return false;
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		bool ok = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
			  (!lower_only && ((ch >= 'A' && ch <= 'Z') || ch == '.' || ch == '_'));
		if (!ok)
			return false;
	}
	return true;
}

const char *content_dup(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

void content_load_named(struct jctx *c, struct arena *a, const struct catalogue *cat,
			const cJSON *root, const char *key, const char *what,
			const struct named **out, size_t *n)
{
	const cJSON *arr = jget_container(c, root, key, cJSON_Array, true, "");
	if (!arr)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(arr);
	struct named *v = arena_calloc(a, cnt, sizeof(*v));
	if (!v)
		return;
	size_t i = 0;
	if (!jcheck_objects(c, arr, what))
		return;
	const cJSON *it;
	cJSON_ArrayForEach(it, arr)
	{
		char w[96];
		snprintf(w, sizeof(w), "%s %zu", what, i + 1);
		static const char *const keys[] = {"id", "name", "description", NULL};
		jcheck_keys(c, it, keys, w);
		const char *id = jget_string(c, it, "id", true, w);
		if (id && !content_valid_id(id, false))
			jerror(c, w, "ongeldige id \"%s\"", id);
		if (STR_AMONG(v, i, id, id))
			jerror(c, w, "id \"%s\" komt dubbel voor", id);
		v[i].id = content_dup(a, id);
		v[i].name = content_load_text(c, a, cat, it, "name", true, w);
		v[i].description = content_load_text(c, a, cat, it, "description", false, w);
		i++;
	}
	*out = v;
	*n = i;
}

bool content_named_has(const struct named *v, size_t n, const char *id)
{
	return STR_AMONG(v, n, id, id) != NULL;
}

int content_practice_index(const struct catalogue *c, const char *id)
{
	for (size_t i = 0; i < c->n_practices; i++)
		if (c->practices[i].id && strcmp(c->practices[i].id, id) == 0)
			return (int)i;
	return -1;
}

int content_level_index(const struct catalogue *c, const char *id)
{
	for (size_t i = 0; i < c->n_levels; i++)
		if (c->levels[i].id && strcmp(c->levels[i].id, id) == 0)
			return (int)i;
	return -1;
}

/* "questionnaires": ids of the questionnaires the step is meant for (checked
 * against the loaded questionnaires by content_check_set). */
static void load_step_questionnaires(struct jctx *c, struct arena *a, const cJSON *it,
				     const char *w, struct next_step *st)
{
	const cJSON *arr = jget_container(c, it, "questionnaires", cJSON_Array, false, w);
	if (!arr)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(arr);
	if (cnt == 0) {
		jerror(c, w,
		       "\"questionnaires\" is leeg; laat het weg voor een stap die overal "
		       "past");
		return;
	}
	const char **v = arena_calloc(a, cnt, sizeof(*v));
	if (!v)
		return;
	size_t n = 0;
	const cJSON *e;
	cJSON_ArrayForEach(e, arr)
	{
		if (!cJSON_IsString(e) || !content_valid_id(e->valuestring, true)) {
			jerror(c, w, "\"questionnaires\" noemt geen geldige vragenlijst-id");
			continue;
		}
		bool dup = false;
		for (size_t j = 0; j < n; j++)
			dup |= strcmp(v[j], e->valuestring) == 0;
		if (dup)
			jerror(c, w, "\"questionnaires\" noemt \"%s\" dubbel", e->valuestring);
		else
			v[n++] = arena_strdup(a, e->valuestring);
	}
	st->questionnaires = (const char *const *)v;
	st->n_questionnaires = n;
}

static void load_steps(struct jctx *c, struct arena *a, struct catalogue *cat, const cJSON *p,
		       const char *pwhere, struct practice *out)
{
	const cJSON *arr = jget_container(c, p, "next_steps", cJSON_Array, true, pwhere);
	if (!arr)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(arr);
	if (cnt == 0)
		jerror(c, pwhere, "geen volgende stappen");
	struct next_step *v = arena_calloc(a, cnt, sizeof(*v));
	if (!v)
		return;
	size_t i = 0;
	if (!jcheck_objects(c, arr, "stap"))
		return;
	const cJSON *it;
	cJSON_ArrayForEach(it, arr)
	{
		char w[128];
		const char *id = jget_string(c, it, "id", true, pwhere);
		snprintf(w, sizeof(w), "stap %s", id ? id : "?");
		static const char *const keys[] = {"id",     "levels",	       "title", "text",
						   "source", "questionnaires", NULL};
		jcheck_keys(c, it, keys, w);
		if (id && !content_valid_id(id, false))
			jerror(c, w, "ongeldige id");
		v[i].id = content_dup(a, id);
		v[i].title = content_load_text(c, a, cat, it, "title", true, w);
		v[i].text = content_load_text(c, a, cat, it, "text", true, w);
		content_load_source(c, a, cat, it, w, &v[i].source);
		load_step_questionnaires(c, a, it, w, &v[i]);
		const cJSON *lv = jget_container(c, it, "levels", cJSON_Array, true, w);
		const cJSON *l;
		cJSON_ArrayForEach(l, lv)
		{
			int li = cJSON_IsString(l) ? content_level_index(cat, l->valuestring) : -1;
			if (li < 0)
				jerror(c, w, "onbekend niveau in \"levels\"");
			else
				v[i].levels |= 1u << li;
		}
		if (lv && v[i].levels == 0)
			jerror(c, w, "\"levels\" noemt geen enkel niveau");
		i++;
	}
	out->steps = v;
	out->n_steps = i;
}

/* Weights and thresholds in thousandths: false unless x is a multiple of
 * 0.001 (within float noise) from 0 to max. */
bool content_to_milli(double x, double max, unsigned *out)
{
	if (!(x >= 0) || x > max)
		return false;
	double m = x * 1000.0, r = floor(m + 0.5);
	if (fabs(m - r) > 1e-6)
		return false;
	*out = (unsigned)r;
	return true;
}

/* "coverage": {"min_weight": 2.0, "min_items": 3}, optional. */
static void load_coverage(struct jctx *c, const cJSON *root, struct catalogue *cat)
{
	cat->min_weight = CONTENT_COVERAGE_WEIGHT;
	cat->min_items = CONTENT_COVERAGE_ITEMS;
	const cJSON *cv = jget_container(c, root, "coverage", cJSON_Object, false, "");
	if (cv) {
		static const char *const ckeys[] = {"min_weight", "min_items", NULL};
		jcheck_keys(c, cv, ckeys, "coverage");
		bool present;
		double w = jget_number(c, cv, "min_weight", true, "coverage", &present);
		unsigned milli;
		if (present && (!content_to_milli(w, 50, &milli) || milli == 0))
			jerror(c, "coverage",
			       "\"min_weight\" moet een getal groter dan 0 en hoogstens 50 zijn, "
			       "in hoogstens drie decimalen");
		else if (present)
			cat->min_weight = w;
		double n = jget_number(c, cv, "min_items", true, "coverage", &present);
		if (present && (n < 1 || n > 50 || n != floor(n)))
			jerror(c, "coverage",
			       "\"min_items\" moet een geheel getal van 1 tot 50 zijn");
		else if (present)
			cat->min_items = (int)n;
	}
	unsigned milli = 0;
	content_to_milli(cat->min_weight, 50, &milli);
	cat->min_weight_milli = milli;
}

/* "levels": 1 to MAX_LEVELS, ascending in "min", the first at 0. */
static void load_levels(struct jctx *c, struct arena *a, const cJSON *root, struct catalogue *cat)
{
	const cJSON *lv = jget_container(c, root, "levels", cJSON_Array, true, "");
	if (!lv || !jcheck_objects(c, lv, "niveau"))
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(lv);
	if (cnt == 0 || cnt > MAX_LEVELS)
		jerror(c, "", "\"levels\" moet 1 tot %d niveaus bevatten", MAX_LEVELS);
	struct level *v = arena_calloc(a, cnt, sizeof(*v));
	size_t i = 0;
	const cJSON *it;
	cJSON_ArrayForEach(it, lv)
	{
		if (!v || i >= MAX_LEVELS)
			break;
		char w[64];
		snprintf(w, sizeof(w), "niveau %zu", i + 1);
		static const char *const lkeys[] = {"id", "name", "min", NULL};
		jcheck_keys(c, it, lkeys, w);
		v[i].id = content_dup(a, jget_string(c, it, "id", true, w));
		v[i].name = content_load_text(c, a, cat, it, "name", true, w);
		bool present;
		v[i].min = jget_number(c, it, "min", true, w, &present);
		if (present && (v[i].min < 0 || v[i].min > 100))
			jerror(c, w, "\"min\" moet tussen 0 en 100 liggen");
		if (i == 0 && present && v[i].min != 0)
			jerror(c, w, "het eerste niveau moet \"min\": 0 hebben");
		if (i > 0 && v[i].min <= v[i - 1].min)
			jerror(c, w, "niveaus moeten oplopen in \"min\"");
		if (STR_AMONG(v, i, id, v[i].id))
			jerror(c, w, "id \"%s\" komt dubbel voor", v[i].id);
		i++;
	}
	cat->levels = v;
	cat->n_levels = i;
}

/* Practice it, the i-th; v[0..i) are the ones before it. */
static void load_practice(struct jctx *c, struct arena *a, struct catalogue *cat, const cJSON *it,
			  struct practice *v, size_t i)
{
	const char *id = jget_string(c, it, "id", true, "praktijk");
	char w[96];
	snprintf(w, sizeof(w), "praktijk %s", id ? id : "?");
	static const char *const pkeys[] = {
	    "id",	   "name",   "domain",	   "secondary_domains",
	    "description", "source", "next_steps", NULL};
	jcheck_keys(c, it, pkeys, w);
	if (id && !content_valid_id(id, false))
		jerror(c, w, "ongeldige id");
	if (STR_AMONG(v, i, id, id))
		jerror(c, w, "id komt dubbel voor");
	v[i].id = content_dup(a, id);
	v[i].name = content_load_text(c, a, cat, it, "name", true, w);
	const char *dom = jget_string(c, it, "domain", true, w);
	if (dom && !content_named_has(cat->domains, cat->n_domains, dom))
		jerror(c, w, "onbekend domein \"%s\"", dom);
	v[i].domain = content_dup(a, dom);
	const cJSON *sec = jget_container(c, it, "secondary_domains", cJSON_Array, false, w);
	const cJSON *s;
	cJSON_ArrayForEach(s, sec)
	{
		if (!cJSON_IsString(s) ||
		    !content_named_has(cat->domains, cat->n_domains, s->valuestring))
			jerror(c, w, "onbekend domein in \"secondary_domains\"");
	}
	v[i].description = content_load_text(c, a, cat, it, "description", true, w);
	content_load_source(c, a, cat, it, w, &v[i].source);
	load_steps(c, a, cat, it, w, &v[i]);
}

/* Step ids are unique across the catalogue. */
static void check_step_ids(struct jctx *c, const struct practice *v, size_t n)
{
	for (size_t p = 0; p < n; p++)
		for (size_t s1 = 0; s1 < v[p].n_steps; s1++)
			for (size_t q = p; q < n; q++)
				for (size_t s2 = (q == p ? s1 + 1 : 0); s2 < v[q].n_steps; s2++)
					if (v[p].steps[s1].id && v[q].steps[s2].id &&
					    strcmp(v[p].steps[s1].id, v[q].steps[s2].id) == 0)
						jerror(c, "", "stap-id \"%s\" komt dubbel voor",
						       v[p].steps[s1].id);
}

static void load_practices(struct jctx *c, struct arena *a, const cJSON *root,
			   struct catalogue *cat)
{
	const cJSON *pr = jget_container(c, root, "practices", cJSON_Array, true, "");
	if (!pr || !jcheck_objects(c, pr, "praktijk"))
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(pr);
	if (cnt == 0)
		jerror(c, "", "geen praktijken");
	struct practice *v = arena_calloc(a, cnt, sizeof(*v));
	size_t i = 0;
	const cJSON *it;
	cJSON_ArrayForEach(it, pr)
	{
		if (!v)
			break;
		load_practice(c, a, cat, it, v, i);
		i++;
	}
	cat->practices = v;
	cat->n_practices = i;
	check_step_ids(c, v, i);
}

static struct catalogue *parse_catalogue(const char *name, const cJSON *root, struct diag *d)
{
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct catalogue_impl *impl = malloc(sizeof(*impl));
	if (!impl) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		return NULL;
	}
	arena_init(&impl->a);
	struct arena *a = &impl->a;
	struct catalogue *cat = arena_alloc(a, sizeof(*cat));
	if (!cat)
		goto fail;
	cat->impl = impl;
	cat->path = arena_strdup(a, name);
	if (!cJSON_IsObject(root)) {
		jerror(&c, "", "het bestand moet een JSON-object zijn");
		goto fail;
	}
	if (!content_format_ok(&c, root, "spiegel-practices"))
		goto fail;
	static const char *const keys[] = {"format",   "version",      "min_answers", "coverage",
					   "levels",   "domains",      "qualities",   "practices",
					   "variants", "bibliography", NULL};
	jcheck_keys(&c, root, keys, "");
	/* first: texts and sources below are checked against these */
	content_load_variants(&c, a, root, cat);
	content_load_bibliography(&c, a, root, cat);
	cat->version = content_dup(a, jget_string(&c, root, "version", true, ""));
	bool present;
	/* "min_answers" is obsolete (scoring model 2 uses "coverage"): still
	 * accepted, and checked, so that older catalogues load */
	double ma = jget_number(&c, root, "min_answers", false, "", &present);
	if (present && (ma < 1 || ma > 50 || ma != floor(ma)))
		jerror(&c, "", "\"min_answers\" moet een geheel getal van 1 tot 50 zijn");
	load_coverage(&c, root, cat);
	load_levels(&c, a, root, cat);
	content_load_named(&c, a, cat, root, "domains", "domein", &cat->domains, &cat->n_domains);
	content_load_named(&c, a, cat, root, "qualities", "kwaliteit", &cat->qualities,
			   &cat->n_qualities);
	load_practices(&c, a, root, cat);
	if (a->failed) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		goto fail;
	}
	if (!c.ok)
		goto fail;
	return cat;
fail:
	arena_finish(&impl->a);
	free(impl);
	return NULL;
}

struct catalogue *content_load_catalogue(const char *path, struct diag *d)
{
	cJSON *root = jsonio_load(path, CONTENT_MAX_FILE, d);
	if (!root)
		return NULL;
	struct catalogue *cat = parse_catalogue(path, root, d);
	cJSON_Delete(root);
	return cat;
}

void content_catalogue_destroy(struct catalogue *c)
{
	if (!c)
		return;
	struct catalogue_impl *impl = c->impl;
	arena_finish(&impl->a);
	free(impl);
}
