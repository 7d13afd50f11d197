#include "spiegel/content.h"

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content_internal.h"

#define MAX_ITEMS 1000
#define MAX_LEVELS 8
#define ID_MAX CONTENT_ID_MAX

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

static bool format_ok(struct jctx *c, const cJSON *root, const char *want)
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
static bool version_ok(const char *v)
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
	if (n == 0 || n > ID_MAX)
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

static const char *dup_opt(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

/* ---- catalogue ---- */

static void load_named(struct jctx *c, struct arena *a, const struct catalogue *cat,
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
		for (size_t j = 0; id && j < i; j++)
			if (v[j].id && strcmp(v[j].id, id) == 0)
				jerror(c, w, "id \"%s\" komt dubbel voor", id);
		v[i].id = dup_opt(a, id);
		v[i].name = content_load_text(c, a, cat, it, "name", true, w);
		v[i].description = content_load_text(c, a, cat, it, "description", false, w);
		i++;
	}
	*out = v;
	*n = i;
}

static bool named_has(const struct named *v, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (v[i].id && strcmp(v[i].id, id) == 0)
			return true;
	return false;
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
		v[i].id = dup_opt(a, id);
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
static bool to_milli(double x, double max, unsigned *out)
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
		if (present && (!to_milli(w, 50, &milli) || milli == 0))
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
	to_milli(cat->min_weight, 50, &milli);
	cat->min_weight_milli = milli;
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
	if (!format_ok(&c, root, "spiegel-practices"))
		goto fail;
	static const char *const keys[] = {"format",   "version",      "min_answers", "coverage",
					   "levels",   "domains",      "qualities",   "practices",
					   "variants", "bibliography", NULL};
	jcheck_keys(&c, root, keys, "");
	/* first: texts and sources below are checked against these */
	content_load_variants(&c, a, root, cat);
	content_load_bibliography(&c, a, root, cat);
	cat->version = dup_opt(a, jget_string(&c, root, "version", true, ""));
	bool present;
	/* "min_answers" is obsolete (scoring model 2 uses "coverage"): still
	 * accepted, and checked, so that older catalogues load */
	double ma = jget_number(&c, root, "min_answers", false, "", &present);
	if (present && (ma < 1 || ma > 50 || ma != floor(ma)))
		jerror(&c, "", "\"min_answers\" moet een geheel getal van 1 tot 50 zijn");
	load_coverage(&c, root, cat);

	const cJSON *lv = jget_container(&c, root, "levels", cJSON_Array, true, "");
	if (lv && !jcheck_objects(&c, lv, "niveau"))
		lv = NULL;
	if (lv) {
		size_t cnt = (size_t)cJSON_GetArraySize(lv);
		if (cnt == 0 || cnt > MAX_LEVELS)
			jerror(&c, "", "\"levels\" moet 1 tot %d niveaus bevatten", MAX_LEVELS);
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
			jcheck_keys(&c, it, lkeys, w);
			v[i].id = dup_opt(a, jget_string(&c, it, "id", true, w));
			v[i].name = content_load_text(&c, a, cat, it, "name", true, w);
			v[i].min = jget_number(&c, it, "min", true, w, &present);
			if (present && (v[i].min < 0 || v[i].min > 100))
				jerror(&c, w, "\"min\" moet tussen 0 en 100 liggen");
			if (i == 0 && present && v[i].min != 0)
				jerror(&c, w, "het eerste niveau moet \"min\": 0 hebben");
			if (i > 0 && v[i].min <= v[i - 1].min)
				jerror(&c, w, "niveaus moeten oplopen in \"min\"");
			for (size_t j = 0; j < i; j++)
				if (v[i].id && v[j].id && strcmp(v[i].id, v[j].id) == 0)
					jerror(&c, w, "id \"%s\" komt dubbel voor", v[i].id);
			i++;
		}
		cat->levels = v;
		cat->n_levels = i;
	}
	load_named(&c, a, cat, root, "domains", "domein", &cat->domains, &cat->n_domains);
	load_named(&c, a, cat, root, "qualities", "kwaliteit", &cat->qualities, &cat->n_qualities);

	const cJSON *pr = jget_container(&c, root, "practices", cJSON_Array, true, "");
	if (pr && !jcheck_objects(&c, pr, "praktijk"))
		pr = NULL;
	if (pr) {
		size_t cnt = (size_t)cJSON_GetArraySize(pr);
		if (cnt == 0)
			jerror(&c, "", "geen praktijken");
		struct practice *v = arena_calloc(a, cnt, sizeof(*v));
		size_t i = 0;
		const cJSON *it;
		cJSON_ArrayForEach(it, pr)
		{
			if (!v)
				break;
			const char *id = jget_string(&c, it, "id", true, "praktijk");
			char w[96];
			snprintf(w, sizeof(w), "praktijk %s", id ? id : "?");
			static const char *const pkeys[] = {
			    "id",	   "name",   "domain",	   "secondary_domains",
			    "description", "source", "next_steps", NULL};
			jcheck_keys(&c, it, pkeys, w);
			if (id && !content_valid_id(id, false))
				jerror(&c, w, "ongeldige id");
			for (size_t j = 0; id && j < i; j++)
				if (v[j].id && strcmp(v[j].id, id) == 0)
					jerror(&c, w, "id komt dubbel voor");
			v[i].id = dup_opt(a, id);
			v[i].name = content_load_text(&c, a, cat, it, "name", true, w);
			const char *dom = jget_string(&c, it, "domain", true, w);
			if (dom && !named_has(cat->domains, cat->n_domains, dom))
				jerror(&c, w, "onbekend domein \"%s\"", dom);
			v[i].domain = dup_opt(a, dom);
			const cJSON *sec =
			    jget_container(&c, it, "secondary_domains", cJSON_Array, false, w);
			const cJSON *s;
			cJSON_ArrayForEach(s, sec)
			{
				if (!cJSON_IsString(s) ||
				    !named_has(cat->domains, cat->n_domains, s->valuestring))
					jerror(&c, w, "onbekend domein in \"secondary_domains\"");
			}
			v[i].description =
			    content_load_text(&c, a, cat, it, "description", true, w);
			content_load_source(&c, a, cat, it, w, &v[i].source);
			load_steps(&c, a, cat, it, w, &v[i]);
			i++;
		}
		cat->practices = v;
		cat->n_practices = i;
		/* step ids are unique across the catalogue */
		for (size_t p = 0; p < i; p++)
			for (size_t s1 = 0; s1 < v[p].n_steps; s1++)
				for (size_t q = p; q < i; q++)
					for (size_t s2 = (q == p ? s1 + 1 : 0); s2 < v[q].n_steps;
					     s2++)
						if (v[p].steps[s1].id && v[q].steps[s2].id &&
						    strcmp(v[p].steps[s1].id, v[q].steps[s2].id) ==
							0)
							jerror(&c, "",
							       "stap-id \"%s\" komt dubbel voor",
							       v[p].steps[s1].id);
	}
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

/* ---- weerstand profile taxonomy ---- */

static const char *const approach_ids[N_APPROACHES] = {"wa_ertegenin", "wa_eromheen", "wa_eropaf",
						       "wa_houvast", "wa_anderen_in_beeld"};
static const char *const step_ids[N_WSTEPS] = {"ws_herkennen", "ws_verkennen", "ws_erkennen",
					       "ws_ombuigen", "ws_argumenteren"};
static const char *const source_ids[N_WSOURCES] = {"wb_verlies_invloed", "wb_beloning_doorgroei",
						   "wb_verschil_inzicht", "wb_wijze_van_omgaan",
						   "wb_veranderoverload"};

const char *content_approach_id(size_t i)
{
	return i < N_APPROACHES ? approach_ids[i] : NULL;
}

const char *content_step_id(size_t i)
{
	return i < N_WSTEPS ? step_ids[i] : NULL;
}

const char *content_source_id(size_t i)
{
	return i < N_WSOURCES ? source_ids[i] : NULL;
}

static int lookup(const char *const *ids, size_t n, const char *id)
{
	for (size_t i = 0; id && i < n; i++)
		if (strcmp(ids[i], id) == 0)
			return (int)i;
	return -1;
}

/* A bit set of taxonomy ids from an array of strings; reports unknown ids. */
static unsigned load_id_set(struct jctx *c, const cJSON *obj, const char *key, const char *w,
			    const char *const *ids, size_t n, const char *what)
{
	const cJSON *arr = jget_container(c, obj, key, cJSON_Array, true, w);
	unsigned set = 0;
	const cJSON *e;
	cJSON_ArrayForEach(e, arr)
	{
		int k = cJSON_IsString(e) ? lookup(ids, n, e->valuestring) : -1;
		if (k < 0)
			jerror(c, w, "\"%s\" noemt een onbekende %s", key, what);
		else if (set & (1u << k))
			jerror(c, w, "\"%s\" noemt \"%s\" dubbel", key, e->valuestring);
		else
			set |= 1u << k;
	}
	if (arr && !set && c->ok)
		jerror(c, w, "\"%s\" is leeg", key);
	return set;
}

/* ---- questionnaire ---- */

struct scale_def {
	const char *name;
	const char **labels;
};

static void load_weights(struct jctx *c, struct arena *a, const struct catalogue *cat,
			 const cJSON *it, const char *w, struct item *out)
{
	const cJSON *ws = jget_container(c, it, "weights", cJSON_Object, true, w);
	if (!ws)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(ws);
	if (cnt == 0) {
		jerror(c, w, "\"weights\" is leeg; een likert-vraag moet op een praktijk wegen");
		return;
	}
	struct weight *v = arena_calloc(a, cnt, sizeof(*v));
	if (!v)
		return;
	unsigned sum = 0;
	size_t i = 0;
	const cJSON *e;
	cJSON_ArrayForEach(e, ws)
	{
		int p = content_practice_index(cat, e->string);
		if (p < 0) {
			jerror(c, w, "onbekende praktijk \"%s\" in \"weights\"", e->string);
			continue;
		}
		unsigned milli = 0;
		if (!cJSON_IsNumber(e) || !to_milli(e->valuedouble, 1, &milli) || milli == 0) {
			jerror(c, w,
			       "gewicht voor \"%s\" moet een getal groter dan 0 en "
			       "hoogstens 1 zijn, in hoogstens drie decimalen",
			       e->string);
			continue;
		}
		v[i].practice = (size_t)p;
		v[i].w = e->valuedouble;
		v[i].milli = milli;
		sum += milli;
		i++;
	}
	if (i == cnt && sum != 1000) /* exact: weights are whole thousandths */
		jerror(c, w, "gewichten tellen op tot %u.%03u in plaats van 1", sum / 1000,
		       sum % 1000);
	out->weights = v;
	out->n_weights = i;
}

/* Options with "value", "label" and an optional "key" (checked by the
 * caller's key loader). */
static void load_options(struct jctx *c, struct arena *a, const struct catalogue *cat,
			 const cJSON *it, const char *w, size_t min, size_t max, struct item *out)
{
	const cJSON *opts = jget_container(c, it, "options", cJSON_Array, true, w);
	if (!opts)
		return;
	size_t cnt = (size_t)cJSON_GetArraySize(opts);
	if (cnt < min || cnt > max) {
		if (min == max)
			jerror(c, w, "heeft precies %zu opties nodig, niet %zu", min, cnt);
		else
			jerror(c, w, "een keuzevraag heeft %zu tot %zu opties, niet %zu", min, max,
			       cnt);
		return;
	}
	struct choice_option *v = arena_calloc(a, cnt, sizeof(*v));
	if (!v)
		return;
	size_t i = 0;
	char what[128];
	snprintf(what, sizeof(what), "%s: optie", w);
	if (!jcheck_objects(c, opts, what))
		return;
	const cJSON *o;
	cJSON_ArrayForEach(o, opts)
	{
		static const char *const okeys[] = {"value", "label", "key", "approach", NULL};
		char ow[128];
		snprintf(ow, sizeof(ow), "%s: optie %zu", w, i + 1);
		jcheck_keys(c, o, okeys, ow);
		v[i].key = -1;
		v[i].value = dup_opt(a, jget_string(c, o, "value", true, ow));
		v[i].label = content_load_text(c, a, cat, o, "label", true, ow);
		if (v[i].value && !content_valid_id(v[i].value, false))
			jerror(c, ow, "ongeldige waarde \"%s\"", v[i].value);
		for (size_t j = 0; v[i].value && j < i; j++)
			if (v[j].value && strcmp(v[j].value, v[i].value) == 0)
				jerror(c, ow, "waarde \"%s\" komt dubbel voor", v[i].value);
		i++;
	}
	out->options = v;
	out->n_options = i;
}

/* Scenario options: one "approach" each, every approach exactly once. */
static void load_approach_keys(struct jctx *c, const cJSON *it, const char *w, struct item *out)
{
	const cJSON *opts = cJSON_GetObjectItemCaseSensitive(it, "options");
	unsigned seen = 0;
	for (size_t i = 0; i < out->n_options; i++) {
		const cJSON *o = cJSON_GetArrayItem(opts, (int)i);
		char ow[128];
		snprintf(ow, sizeof(ow), "%s: optie %zu", w, i + 1);
		if (cJSON_GetObjectItemCaseSensitive(o, "key"))
			jerror(c, ow, "een situatie gebruikt \"approach\", niet \"key\"");
		const char *ap = jget_string(c, o, "approach", true, ow);
		int k = lookup(approach_ids, N_APPROACHES, ap);
		if (ap && k < 0)
			jerror(c, ow, "onbekende aanpak \"%s\"", ap);
		else if (k >= 0 && (seen & (1u << k)))
			jerror(c, ow,
			       "aanpak \"%s\" komt dubbel voor; elke aanpak precies één keer", ap);
		if (k >= 0) {
			seen |= 1u << k;
			((struct choice_option *)out->options)[i].key = k;
		}
	}
}

/* Follow-up options: a "key" each, all steps (ws_) or all sources (wb_). */
static void load_followup_keys(struct jctx *c, const cJSON *it, const char *w, struct item *out)
{
	const cJSON *opts = cJSON_GetObjectItemCaseSensitive(it, "options");
	for (size_t i = 0; i < out->n_options; i++) {
		const cJSON *o = cJSON_GetArrayItem(opts, (int)i);
		char ow[128];
		snprintf(ow, sizeof(ow), "%s: optie %zu", w, i + 1);
		if (cJSON_GetObjectItemCaseSensitive(o, "approach"))
			jerror(c, ow, "een vervolgvraag gebruikt \"key\", niet \"approach\"");
		const char *key = jget_string(c, o, "key", true, ow);
		if (!key)
			continue;
		int st = lookup(step_ids, N_WSTEPS, key), so = lookup(source_ids, N_WSOURCES, key);
		enum followup kind = st >= 0   ? FOLLOWUP_STEP
				     : so >= 0 ? FOLLOWUP_SOURCE
					       : FOLLOWUP_NONE;
		if (kind == FOLLOWUP_NONE) {
			jerror(c, ow, "onbekende sleutel \"%s\" (een ws_- of wb_-id)", key);
			continue;
		}
		if (out->followup != FOLLOWUP_NONE && out->followup != kind) {
			jerror(c, ow,
			       "alle sleutels zijn stappen (ws_) of alle zijn bronnen (wb_)");
			continue;
		}
		out->followup = kind;
		((struct choice_option *)out->options)[i].key = st >= 0 ? st : so;
	}
}

/* "context": "sector" marks the sector question: options exactly po, vo,
 * mbo and anders (doc/content-format.md). */
static void load_context(struct jctx *c, const cJSON *it, const char *w, struct item *out)
{
	const char *ctx = jget_string(c, it, "context", false, w);
	if (!ctx)
		return;
	if (strcmp(ctx, "sector") != 0) {
		jerror(c, w, "onbekende \"context\" \"%s\" (alleen \"sector\")", ctx);
		return;
	}
	if (cJSON_GetObjectItemCaseSensitive(it, "follows")) {
		jerror(c, w, "een vervolgvraag kan geen sectorvraag zijn");
		return;
	}
	static const char *const want[] = {"po", "vo", "mbo", "anders"};
	bool ok = out->n_options == 4;
	for (size_t k = 0; ok && k < 4; k++) {
		bool found = false;
		for (size_t j = 0; j < out->n_options; j++)
			found |=
			    out->options[j].value && strcmp(out->options[j].value, want[k]) == 0;
		ok = found;
	}
	if (!ok && out->n_options)
		jerror(c, w,
		       "een sectorvraag heeft precies de opties \"po\", \"vo\", \"mbo\" en "
		       "\"anders\"");
	out->sector = true;
}

/* Items before this one are prev[0..n_prev): a follow-up names one of them. */
static void load_item(struct jctx *c, struct arena *a, const struct catalogue *cat, const cJSON *it,
		      const struct scale_def *scales, size_t n_scales, const struct item *prev,
		      size_t n_prev, struct item *out)
{
	out->step = -1;
	const char *id = jget_string(c, it, "id", true, "item");
	char w[96];
	snprintf(w, sizeof(w), "item %s", id ? id : "?");
	if (id && !content_valid_id(id, false))
		jerror(c, w,
		       "ongeldige id (letters, cijfers, '.', '_' en '-', hoogstens %d tekens)",
		       ID_MAX);
	out->id = dup_opt(a, id);
	out->text = content_load_text(c, a, cat, it, "text", true, w);
	out->help = content_load_text(c, a, cat, it, "help", false, w);
	content_load_source(c, a, cat, it, w, &out->source);
	const char *type = jget_string(c, it, "type", true, w);
	if (!type)
		return;
	if (strcmp(type, "likert") == 0) {
		static const char *const keys[] = {"id",      "type",	 "text", "help",
						   "source",  "scale",	 "na",	 "reverse",
						   "weights", "quality", "step",	 "observer",
						   NULL};
		jcheck_keys(c, it, keys, w);
		out->type = ITEM_LIKERT;
		const char *sc = jget_string(c, it, "scale", true, w);
		for (size_t i = 0; sc && i < n_scales; i++)
			if (strcmp(scales[i].name, sc) == 0)
				out->scale = (const char *const *)scales[i].labels;
		if (sc && !out->scale)
			jerror(c, w, "onbekende schaal \"%s\"", sc);
		out->observer = content_load_text(c, a, cat, it, "observer", false, w);
		out->na = jget_bool(c, it, "na", false, w);
		out->reverse = jget_bool(c, it, "reverse", false, w);
		const char *q = jget_string(c, it, "quality", false, w);
		if (q && !named_has(cat->qualities, cat->n_qualities, q))
			jerror(c, w, "onbekende persoonlijke kwaliteit \"%s\"", q);
		out->quality = dup_opt(a, q);
		const char *st = jget_string(c, it, "step", false, w);
		if (st) {
			out->step = lookup(step_ids, STEP_ARGUMENTEREN, st);
			if (out->step < 0)
				jerror(c, w,
				       "onbekende stap \"%s\" (ws_herkennen, ws_verkennen, "
				       "ws_erkennen of ws_ombuigen)",
				       st);
		}
		load_weights(c, a, cat, it, w, out);
	} else if (strcmp(type, "choice") == 0) {
		static const char *const keys[] = {
		    "id", "type", "text", "help", "source", "options", "follows", "context", NULL};
		jcheck_keys(c, it, keys, w);
		out->type = ITEM_CHOICE;
		load_options(c, a, cat, it, w, 2, 9, out);
		load_context(c, it, w, out);
		const char *f = jget_string(c, it, "follows", false, w);
		if (f) {
			size_t k = 0;
			while (k < n_prev && !(prev[k].id && strcmp(prev[k].id, f) == 0))
				k++;
			if (k == n_prev || prev[k].type != ITEM_SCENARIO)
				jerror(c, w,
				       "\"follows\" noemt \"%s\", maar dat is geen eerdere "
				       "situatie (scenario) in deze vragenlijst",
				       f);
			out->follows = k;
			load_followup_keys(c, it, w, out);
		} else {
			const cJSON *o;
			cJSON_ArrayForEach(o, cJSON_GetObjectItemCaseSensitive(it, "options"))
			{
				if (cJSON_GetObjectItemCaseSensitive(o, "key") ||
				    cJSON_GetObjectItemCaseSensitive(o, "approach")) {
					jerror(c, w,
					       "opties met \"key\" of \"approach\" horen bij een "
					       "vervolgvraag (\"follows\") of een situatie");
					break;
				}
			}
		}
	} else if (strcmp(type, "scenario") == 0) {
		static const char *const keys[] = {"id",      "type",	 "title",   "text",
						   "help",    "source",	 "options", "fitting",
						   "sources", "weights", NULL};
		jcheck_keys(c, it, keys, w);
		out->type = ITEM_SCENARIO;
		const char *t = content_load_text(c, a, cat, it, "title", true, w);
		if (t && (!t[0] || strlen(t) > ID_MAX))
			jerror(c, w, "\"title\" moet 1 tot %d tekens lang zijn", ID_MAX);
		out->title = t;
		load_options(c, a, cat, it, w, N_APPROACHES, N_APPROACHES, out);
		load_approach_keys(c, it, w, out);
		out->fitting =
		    load_id_set(c, it, "fitting", w, approach_ids, N_APPROACHES, "aanpak (wa_...)");
		if (out->fitting & (1u << APPROACH_EROMHEEN))
			jerror(c, w,
			       "\"fitting\": eromheen past nooit als beste aanpak "
			       "(blueprint 3.3.3)");
		out->cued = load_id_set(c, it, "sources", w, source_ids, N_WSOURCES,
					"bron van weerstand (wb_...)");
		load_weights(c, a, cat, it, w, out);
	} else if (strcmp(type, "open") == 0) {
		static const char *const keys[] = {"id", "type", "text", "help", "source", NULL};
		jcheck_keys(c, it, keys, w);
		out->type = ITEM_OPEN;
	} else {
		jerror(c, w, "onbekend type \"%s\" (likert, choice, open of scenario)", type);
	}
}

/* ---- profile (weerstand) ---- */

/* The named list of a taxonomy: exactly the ids in ids[], stored by index. */
static const struct named *load_taxonomy(struct jctx *c, struct arena *a,
					 const struct catalogue *cat, const cJSON *prof,
					 const char *key, const char *const *ids, size_t n)
{
	const struct named *list = NULL;
	size_t cnt = 0;
	char w[64];
	snprintf(w, sizeof(w), "profile");
	load_named(c, a, cat, prof, key, key, &list, &cnt);
	struct named *v = arena_calloc(a, n, sizeof(*v));
	if (!list || !v)
		return v;
	for (size_t i = 0; i < cnt; i++) {
		int k = list[i].id ? lookup(ids, n, list[i].id) : -1;
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
	    {"approach.", MEASURE_APPROACH, approach_ids, N_APPROACHES},
	    {"share.", MEASURE_SHARE, approach_ids, N_APPROACHES},
	    {"missed.", MEASURE_MISSED, approach_ids, N_APPROACHES},
	    {"first.", MEASURE_FIRST, step_ids, N_WSTEPS},
	    {"step.", MEASURE_STEP, step_ids, STEP_ARGUMENTEREN},
	    {"source.", MEASURE_SOURCE, source_ids, N_WSOURCES},
	    {"sourcemissed.", MEASURE_SOURCEMISSED, source_ids, N_WSOURCES},
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
			*arg = lookup(tab[i].ids, tab[i].n, m + n);
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
		for (size_t j = 0; id && j < i; j++)
			if (v[j].id && strcmp(v[j].id, id) == 0)
				jerror(c, w, "regel-id komt dubbel voor");
		v[i].id = dup_opt(a, id);
		v[i].text = content_load_text(c, a, cat, r, "text", true, w);
		content_load_source(c, a, cat, r, w, &v[i].source);
		const char *st = jget_string(c, r, "step", true, w);
		if (st && !(v[i].step = find_step(pf, cat, st, &v[i].practice)))
			jerror(c, w, "onbekende volgende stap \"%s\"", st);
		const cJSON *when = jget_container(c, r, "when", cJSON_Array, true, w);
		char cwhat[128];
		snprintf(cwhat, sizeof(cwhat), "%s: voorwaarde", w);
		if (when && !jcheck_objects(c, when, cwhat))
			when = NULL;
		size_t nw = when ? (size_t)cJSON_GetArraySize(when) : 0;
		if (when && nw == 0)
			jerror(c, w, "\"when\" heeft minstens één voorwaarde nodig");
		struct condition *cv = arena_calloc(a, nw ? nw : 1, sizeof(*cv));
		size_t k = 0;
		const cJSON *cond;
		cJSON_ArrayForEach(cond, when)
		{
			if (!cv)
				break;
			char cw[128];
			snprintf(cw, sizeof(cw), "%s: voorwaarde %zu", w, k + 1);
			static const char *const ckeys[] = {"measure", "op", "value", NULL};
			jcheck_keys(c, cond, ckeys, cw);
			const char *m = jget_string(c, cond, "measure", true, cw);
			if (m && !parse_measure(m, q, &cv[k].measure, &cv[k].arg))
				jerror(c, cw, "onbekende maat \"%s\"", m);
			const char *op = jget_string(c, cond, "op", true, cw);
			static const char *const ops[] = {"<", "<=", ">", ">="};
			int o = lookup(ops, 4, op);
			if (op && o < 0)
				jerror(c, cw, "onbekende vergelijking \"%s\" (<, <=, > of >=)", op);
			cv[k].op = o < 0 ? OP_LT : (enum cmp_op)o;
			const cJSON *val = cJSON_GetObjectItemCaseSensitive(cond, "value");
			if (!cJSON_IsNumber(val) || val->valuedouble < -100 ||
			    val->valuedouble > 100)
				jerror(c, cw, "\"value\" moet een getal van -100 tot 100 zijn");
			else
				cv[k].value = val->valuedouble;
			k++;
		}
		v[i].when = cv;
		v[i].n_when = k;
		i++;
	}
	pf->rules = v;
	pf->n_rules = i;
}

static void load_profile(struct jctx *c, struct arena *a, const struct catalogue *cat,
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
	pf->approaches = load_taxonomy(c, a, cat, prof, "approaches", approach_ids, N_APPROACHES);
	pf->steps = load_taxonomy(c, a, cat, prof, "steps", step_ids, N_WSTEPS);
	pf->sources = load_taxonomy(c, a, cat, prof, "sources", source_ids, N_WSOURCES);

	const cJSON *arr = jget_container(c, prof, "next_steps", cJSON_Array, false, "profile");
	if (arr && !jcheck_objects(c, arr, "profile: stap"))
		arr = NULL;
	size_t cnt = arr ? (size_t)cJSON_GetArraySize(arr) : 0;
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
		sv[i].id = dup_opt(a, id);
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

void content_full_coverage(const struct questionnaire *q, size_t p, unsigned *milli, size_t *items)
{
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

static struct questionnaire *parse_questionnaire(const char *name, const cJSON *root,
						 const struct catalogue *cat, struct diag *d)
{
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct questionnaire_impl *impl = malloc(sizeof(*impl));
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
	if (!format_ok(&c, root, "spiegel-questionnaire"))
		goto fail;
	static const char *const keys[] = {"format", "id",	 "version", "title",	 "intro",
					   "scales", "sections", "profile", "practices", NULL};
	jcheck_keys(&c, root, keys, "");
	const char *id = jget_string(&c, root, "id", true, "");
	if (id && !content_valid_id(id, true))
		jerror(&c, "", "ongeldige vragenlijst-id \"%s\" (kleine letters, cijfers en '-')",
		       id);
	q->id = dup_opt(a, id);
	q->version = dup_opt(a, jget_string(&c, root, "version", true, ""));
	if (q->version && !version_ok(q->version))
		jerror(&c, "",
		       "\"version\" is geen versienummer als 1.0.0 (cijfers, letters, '.', "
		       "'+' en '-', hoogstens 20 tekens)");
	q->title = content_load_text(&c, a, cat, root, "title", true, "");
	q->intro = content_load_text(&c, a, cat, root, "intro", true, "");

	struct scale_def *scales = NULL;
	size_t n_scales = 0;
	const cJSON *sc = jget_container(&c, root, "scales", cJSON_Object, false, "");
	if (sc) {
		size_t cnt = (size_t)cJSON_GetArraySize(sc);
		scales = arena_calloc(a, cnt ? cnt : 1, sizeof(*scales));
		const cJSON *s;
		cJSON_ArrayForEach(s, sc)
		{
			if (!scales)
				break;
			char w[96];
			snprintf(w, sizeof(w), "schaal %s", s->string);
			if (!cJSON_IsArray(s) || cJSON_GetArraySize(s) != CONTENT_SCALE_POINTS) {
				jerror(&c, w, "een schaal heeft precies %d labels",
				       CONTENT_SCALE_POINTS);
				continue;
			}
			const char **labels =
			    arena_calloc(a, CONTENT_SCALE_POINTS, sizeof(*labels));
			if (!labels)
				break;
			int k = 0;
			const cJSON *l;
			cJSON_ArrayForEach(l, s)
			{
				if (!cJSON_IsString(l) || !l->valuestring[0])
					jerror(&c, w, "label %d moet een niet-lege tekst zijn",
					       k + 1);
				else {
					content_check_text(&c, cat, l->valuestring, w, "label");
					labels[k] = arena_strdup(a, l->valuestring);
				}
				k++;
			}
			scales[n_scales].name = arena_strdup(a, s->string);
			scales[n_scales].labels = labels;
			n_scales++;
		}
	}

	const cJSON *secs = jget_container(&c, root, "sections", cJSON_Array, true, "");
	if (!secs)
		goto fail;
	size_t n_sec = (size_t)cJSON_GetArraySize(secs), n_items = 0;
	if (n_sec == 0)
		jerror(&c, "", "geen secties");
	const cJSON *s;
	cJSON_ArrayForEach(s, secs)
	{
		const cJSON *its =
		    cJSON_IsObject(s) ? cJSON_GetObjectItemCaseSensitive(s, "items") : NULL;
		if (cJSON_IsArray(its))
			n_items += (size_t)cJSON_GetArraySize(its);
	}
	if (n_items > MAX_ITEMS) {
		jerror(&c, "", "te veel vragen (%zu, maximaal %d)", n_items, MAX_ITEMS);
		goto fail;
	}
	struct section *sv = arena_calloc(a, n_sec ? n_sec : 1, sizeof(*sv));
	struct item *iv = arena_calloc(a, n_items ? n_items : 1, sizeof(*iv));
	if (!sv || !iv)
		goto fail;
	size_t si = 0, ii = 0;
	if (!jcheck_objects(&c, secs, "sectie"))
		goto fail;
	cJSON_ArrayForEach(s, secs)
	{
		const char *sid = jget_string(&c, s, "id", true, "sectie");
		char w[96];
		snprintf(w, sizeof(w), "sectie %s", sid ? sid : "?");
		static const char *const skeys[] = {"id",      "title", "intro",
						    "prompts", "items", NULL};
		jcheck_keys(&c, s, skeys, w);
		for (size_t j = 0; sid && j < si; j++)
			if (sv[j].id && strcmp(sv[j].id, sid) == 0)
				jerror(&c, w, "sectie-id komt dubbel voor");
		sv[si].id = dup_opt(a, sid);
		sv[si].title = content_load_text(&c, a, cat, s, "title", true, w);
		sv[si].intro = content_load_text(&c, a, cat, s, "intro", false, w);
		const cJSON *pr = jget_container(&c, s, "prompts", cJSON_Array, false, w);
		if (pr) {
			size_t cnt = (size_t)cJSON_GetArraySize(pr);
			if (cnt > 3)
				jerror(&c, w, "hoogstens 3 gespreksvragen (\"prompts\")");
			const char **pv = arena_calloc(a, cnt ? cnt : 1, sizeof(*pv));
			size_t k = 0;
			const cJSON *p;
			cJSON_ArrayForEach(p, pr)
			{
				if (!pv)
					break;
				if (!cJSON_IsString(p) || !p->valuestring[0])
					jerror(&c, w, "gespreksvraag %zu moet een tekst zijn",
					       k + 1);
				else {
					content_check_text(&c, cat, p->valuestring, w,
							   "gespreksvraag");
					pv[k++] = arena_strdup(a, p->valuestring);
				}
			}
			sv[si].prompts = pv;
			sv[si].n_prompts = k;
		}
		const cJSON *its = jget_container(&c, s, "items", cJSON_Array, true, w);
		sv[si].first_item = ii;
		if (its && cJSON_GetArraySize(its) == 0)
			jerror(&c, w, "sectie zonder vragen");
		char what[128];
		snprintf(what, sizeof(what), "%s: item", w);
		if (its && !jcheck_objects(&c, its, what))
			its = NULL;
		const cJSON *it;
		cJSON_ArrayForEach(it, its)
		{
			iv[ii].section = si;
			load_item(&c, a, cat, it, scales, n_scales, iv, ii, &iv[ii]);
			for (size_t j = 0; iv[ii].id && j < ii; j++)
				if (iv[j].id && strcmp(iv[j].id, iv[ii].id) == 0)
					jerror(&c, "", "item-id \"%s\" komt dubbel voor",
					       iv[ii].id);
			ii++;
		}
		sv[si].n_items = ii - sv[si].first_item;
		si++;
	}
	q->sections = sv;
	q->n_sections = si;
	q->items = iv;
	q->n_items = ii;
	q->sector_item = -1;
	for (size_t i = 0; i < ii; i++) {
		if (!iv[i].sector)
			continue;
		if (q->sector_item >= 0)
			jerror(&c, "", "item %s: er is al een sectorvraag (%s)",
			       iv[i].id ? iv[i].id : "?", iv[q->sector_item].id);
		else
			q->sector_item = (int)i;
	}
	load_profile(&c, a, cat, root, q);
	load_primary(&c, a, cat, root, q);
	if (a->failed) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		goto fail;
	}
	if (!c.ok)
		goto fail;
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
	for (size_t i = 0; i < q->n_items; i++)
		if (strcmp(q->items[i].id, id) == 0)
			return (int)i;
	return -1;
}

const struct item *content_find_item(const struct questionnaire *q, const char *id)
{
	int i = content_item_index(q, id);
	return i < 0 ? NULL : &q->items[i];
}

/* ---- directory ---- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct content *content_load_dir(const char *dir, struct diag *d)
{
	DIR *dh = opendir(dir);
	if (!dh) {
		diag_add(d, "%s: inhoudsmap kan niet worden geopend", dir);
		return NULL;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(dh))) {
		size_t len = strlen(de->d_name);
		if (len < 6 || strcmp(de->d_name + len - 5, ".json") != 0 ||
		    strcmp(de->d_name, "practices.json") == 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			char **nn = realloc(names, cap * sizeof(*nn));
			if (!nn)
				break;
			names = nn;
		}
		if (!(names[n] = strdup(de->d_name)))
			break;
		n++;
	}
	closedir(dh);
	if (n)
		qsort(names, n, sizeof(*names), cmp_str);

	struct content *c = calloc(1, sizeof(*c));
	char path[4096];
	if (!c || !(c->dir = strdup(dir)))
		goto oom;
	snprintf(path, sizeof(path), "%s/practices.json", dir);
	c->catalogue = content_load_catalogue(path, d);
	if (!c->catalogue)
		goto fail;
	c->qs = calloc(n ? n : 1, sizeof(*c->qs));
	if (!c->qs)
		goto oom;
	for (size_t i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		struct questionnaire *q = content_load_questionnaire(path, c->catalogue, d);
		if (q)
			c->qs[c->n_qs++] = q;
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return c;
oom:
	diag_add(d, "%s: onvoldoende geheugen", dir);
fail:
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	content_destroy(c);
	return NULL;
}

void content_destroy(struct content *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_qs; i++)
		content_questionnaire_destroy(c->qs[i]);
	free(c->qs);
	content_catalogue_destroy(c->catalogue);
	free(c->dir);
	free(c);
}

const struct questionnaire *content_find(const struct content *c, const char *id)
{
	for (size_t i = 0; i < c->n_qs; i++)
		if (strcmp(c->qs[i]->id, id) == 0)
			return c->qs[i];
	return NULL;
}

const struct questionnaire *content_deeper(const struct content *c,
					   const struct questionnaire *from, size_t p)
{
	const struct questionnaire *best = NULL;
	double best_w = CONTENT_DEEPER_WEIGHT - 1e-9;
	for (size_t k = 0; k < c->n_qs; k++) {
		const struct questionnaire *q = c->qs[k];
		/* a short module (a course day) is a check-in, not a deepening */
		if (q == from || (from && strcmp(q->id, from->id) == 0) ||
		    q->n_items < CONTENT_DEEPER_MIN_ITEMS)
			continue;
		double w = 0, all = 0;
		for (size_t i = 0; i < q->n_items; i++)
			for (size_t j = 0; j < q->items[i].n_weights; j++) {
				all += q->items[i].weights[j].w;
				if (q->items[i].weights[j].practice == p)
					w += q->items[i].weights[j].w;
			}
		/* a broad scan spreads its weight thin: it is not "deeper" */
		if (w < CONTENT_DEEPER_SHARE * all)
			continue;
		if (w > best_w) {
			best = q;
			best_w = w;
		}
	}
	return best;
}

const struct questionnaire *content_measured_in(const struct content *c,
						const struct questionnaire *from, size_t p)
{
	const struct questionnaire *best = NULL;
	bool best_long = false;
	unsigned best_w = 0;
	for (size_t k = 0; k < c->n_qs; k++) {
		const struct questionnaire *q = c->qs[k];
		if (q == from || (from && strcmp(q->id, from->id) == 0) ||
		    !content_is_primary(q, p))
			continue;
		unsigned w;
		size_t n;
		content_full_coverage(q, p, &w, &n);
		bool lng = q->n_items >= CONTENT_DEEPER_MIN_ITEMS;
		if (!best || (lng && !best_long) || (lng == best_long && w > best_w)) {
			best = q;
			best_long = lng;
			best_w = w;
		}
	}
	return best;
}

bool content_check_questionnaire(const struct questionnaire *q, struct diag *d)
{
	bool ok = true;
	for (size_t si = 0; si < q->n_sections; si++) {
		const struct section *sec = &q->sections[si];
		size_t likert = 0, reverse = 0;
		for (size_t i = 0; i < sec->n_items; i++) {
			const struct item *it = &q->items[sec->first_item + i];
			if (it->type == ITEM_LIKERT) {
				likert++;
				reverse += it->reverse;
			}
		}
		if (likert == 0)
			continue;
		if (likert < CONTENT_MIN_DIMENSION) {
			diag_add(
			    d,
			    "%s: sectie %s: %zu likert-vragen; een dimensie heeft er minstens %d",
			    q->path, sec->id, likert, CONTENT_MIN_DIMENSION);
			ok = false;
		}
		if (reverse == 0) {
			diag_add(
			    d, "%s: sectie %s: geen omgekeerd gescoorde vraag (\"reverse\": true)",
			    q->path, sec->id);
			ok = false;
		}
	}
	return ok;
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

bool content_check_coverage(const struct catalogue *c, const struct questionnaire *q,
			    struct diag *d)
{
	bool ok = true;
	for (size_t i = 0; i < q->n_primary; i++) {
		size_t p = q->primary[i], items;
		unsigned milli;
		content_full_coverage(q, p, &milli, &items);
		if (!content_coverage_enough(c, milli, items)) {
			diag_add(d,
				 "%s: praktijk %s staat in \"practices\", maar de vragen dekken "
				 "haar niet genoeg: gewicht %u.%03u over %zu %s, minstens %u.%03u "
				 "over %d nodig",
				 q->path, c->practices[p].id, milli / 1000, milli % 1000, items,
				 items == 1 ? "vraag" : "vragen", c->min_weight_milli / 1000,
				 c->min_weight_milli % 1000, c->min_items);
			ok = false;
		}
	}
	return ok;
}

bool content_check_set(const struct catalogue *c, const struct questionnaire *const *qs, size_t n,
		       struct diag *d)
{
	bool ok = true;
	for (size_t a = 0; a < n; a++) {
		ok &= content_check_questionnaire(qs[a], d);
		ok &= content_check_rules(c, qs[a], d);
		if (c)
			ok &= content_check_coverage(c, qs[a], d);
	}
	if (c)
		ok &= content_check_catalogue(c, qs, n, d);
	if (c && n > 0) {
		for (size_t p = 0; p < c->n_practices; p++) {
			size_t reach = 0;
			for (size_t a = 0; a < n; a++)
				for (size_t i = 0; i < qs[a]->n_items; i++)
					for (size_t k = 0; k < qs[a]->items[i].n_weights; k++)
						reach += qs[a]->items[i].weights[k].practice == p;
			if (reach < CONTENT_MIN_REACH) {
				diag_add(d, "%s: praktijk %s: maar %zu %s erop, minstens %d nodig",
					 c->path, c->practices[p].id, reach,
					 reach == 1 ? "vraag weegt" : "vragen wegen",
					 CONTENT_MIN_REACH);
				ok = false;
			}
		}
	}
	for (size_t a = 0; a < n; a++) {
		for (size_t b = a + 1; b < n; b++) {
			if (strcmp(qs[a]->id, qs[b]->id) == 0) {
				diag_add(d, "%s: vragenlijst-id \"%s\" komt ook voor in %s",
					 qs[b]->path, qs[b]->id, qs[a]->path);
				ok = false;
			}
			for (size_t i = 0; i < qs[a]->n_items; i++)
				for (size_t j = 0; j < qs[b]->n_items; j++)
					if (strcmp(qs[a]->items[i].id, qs[b]->items[j].id) == 0 &&
					    !content_items_same(&qs[a]->items[i],
								&qs[b]->items[j])) {
						diag_add(d,
							 "%s: item %s: id komt ook voor in %s, "
							 "met een andere vraag (een gedeeld item "
							 "moet overal gelijk zijn)",
							 qs[b]->path, qs[b]->items[j].id,
							 qs[a]->path);
						ok = false;
					}
		}
	}
	return ok;
}
