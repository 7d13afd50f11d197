/* Questionnaire items: likert, choice (and follow-ups), open and scenario,
 * with their weights, options and keys; the ids of the weerstand
 * taxonomy. */
#include "spiegel/content.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "content_internal.h"

const char *const content_approach_ids[N_APPROACHES] = {"wa_ertegenin", "wa_eromheen", "wa_eropaf",
							"wa_houvast", "wa_anderen_in_beeld"};
const char *const content_step_ids[N_WSTEPS] = {"ws_herkennen", "ws_verkennen", "ws_erkennen",
						"ws_ombuigen", "ws_argumenteren"};
const char *const content_source_ids[N_WSOURCES] = {"wb_verlies_invloed", "wb_beloning_doorgroei",
						    "wb_verschil_inzicht", "wb_wijze_van_omgaan",
						    "wb_veranderoverload"};

const char *content_approach_id(size_t i)
{
	return i < N_APPROACHES ? content_approach_ids[i] : NULL;
}

const char *content_step_id(size_t i)
{
	return i < N_WSTEPS ? content_step_ids[i] : NULL;
}

const char *content_source_id(size_t i)
{
	return i < N_WSOURCES ? content_source_ids[i] : NULL;
}

int content_lookup(const char *const *ids, size_t n, const char *id)
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
		int k = cJSON_IsString(e) ? content_lookup(ids, n, e->valuestring) : -1;
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
		if (!cJSON_IsNumber(e) || !content_to_milli(e->valuedouble, 1, &milli) ||
		    milli == 0) {
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
		v[i].value = content_dup(a, jget_string(c, o, "value", true, ow));
		v[i].label = content_load_text(c, a, cat, o, "label", true, ow);
		if (v[i].value && !content_valid_id(v[i].value, false))
			jerror(c, ow, "ongeldige waarde \"%s\"", v[i].value);
		if (STR_AMONG(v, i, value, v[i].value))
			jerror(c, ow, "waarde \"%s\" komt dubbel voor", v[i].value);
		i++;
	}
	out->options = v;
	out->n_options = i;
}

/* The string key of option i of item it ("approach" or "key"; wrong: the
 * other, which this kind of item does not take), and where the option is
 * for messages ("<w>: optie 2") in ow. */
static const char *option_key(struct jctx *c, const cJSON *it, size_t i, const char *w,
			      const char *key, const char *wrong, const char *kind, char *ow,
			      size_t size)
{
	snprintf(ow, size, "%s: optie %zu", w, i + 1);
	const cJSON *o =
	    cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(it, "options"), (int)i);
	if (cJSON_GetObjectItemCaseSensitive(o, wrong))
		jerror(c, ow, "%s gebruikt \"%s\", niet \"%s\"", kind, key, wrong);
	return jget_string(c, o, key, true, ow);
}

/* Scenario options: one "approach" each, every approach exactly once. */
static void load_approach_keys(struct jctx *c, const cJSON *it, const char *w, struct item *out)
{
	unsigned seen = 0;
	for (size_t i = 0; i < out->n_options; i++) {
		char ow[128];
		const char *ap =
		    option_key(c, it, i, w, "approach", "key", "een situatie", ow, sizeof(ow));
		int k = content_lookup(content_approach_ids, N_APPROACHES, ap);
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
	for (size_t i = 0; i < out->n_options; i++) {
		char ow[128];
		const char *key =
		    option_key(c, it, i, w, "key", "approach", "een vervolgvraag", ow, sizeof(ow));
		if (!key)
			continue;
		int st = content_lookup(content_step_ids, N_WSTEPS, key),
		    so = content_lookup(content_source_ids, N_WSOURCES, key);
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
static void load_likert(struct jctx *c, struct arena *a, const struct catalogue *cat,
			const cJSON *it, const char *w, const struct scale_def *scales,
			size_t n_scales, struct item *out)
{
	static const char *const keys[] = {"id",    "type",	"text",	   "help",    "source",
					   "scale", "na",	"reverse", "weights", "quality",
					   "step",  "observer", NULL};
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
	if (q && !content_named_has(cat->qualities, cat->n_qualities, q))
		jerror(c, w, "onbekende persoonlijke kwaliteit \"%s\"", q);
	out->quality = content_dup(a, q);
	const char *st = jget_string(c, it, "step", false, w);
	if (st) {
		out->step = content_lookup(content_step_ids, STEP_ARGUMENTEREN, st);
		if (out->step < 0)
			jerror(c, w,
			       "onbekende stap \"%s\" (ws_herkennen, ws_verkennen, "
			       "ws_erkennen of ws_ombuigen)",
			       st);
	}
	load_weights(c, a, cat, it, w, out);
}

static void load_choice(struct jctx *c, struct arena *a, const struct catalogue *cat,
			const cJSON *it, const char *w, const struct item *prev, size_t n_prev,
			struct item *out)
{
	static const char *const keys[] = {"id",      "type",	 "text",    "help", "source",
					   "options", "follows", "context", NULL};
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
		return;
	}
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

static void load_scenario(struct jctx *c, struct arena *a, const struct catalogue *cat,
			  const cJSON *it, const char *w, struct item *out)
{
	static const char *const keys[] = {"id",      "type",	 "title",   "text",
					   "help",    "source",	 "options", "fitting",
					   "sources", "weights", NULL};
	jcheck_keys(c, it, keys, w);
	out->type = ITEM_SCENARIO;
	const char *t = content_load_text(c, a, cat, it, "title", true, w);
	if (t && (!t[0] || strlen(t) > CONTENT_ID_MAX))
		jerror(c, w, "\"title\" moet 1 tot %d tekens lang zijn", CONTENT_ID_MAX);
	out->title = t;
	load_options(c, a, cat, it, w, N_APPROACHES, N_APPROACHES, out);
	load_approach_keys(c, it, w, out);
	out->fitting =
	    load_id_set(c, it, "fitting", w, content_approach_ids, N_APPROACHES, "aanpak (wa_...)");
	if (out->fitting & (1u << APPROACH_EROMHEEN))
		jerror(c, w,
		       "\"fitting\": eromheen past nooit als beste aanpak "
		       "(blueprint 3.3.3)");
	out->cued = load_id_set(c, it, "sources", w, content_source_ids, N_WSOURCES,
				"bron van weerstand (wb_...)");
	load_weights(c, a, cat, it, w, out);
}

void content_load_item(struct jctx *c, struct arena *a, const struct catalogue *cat,
		       const cJSON *it, const struct scale_def *scales, size_t n_scales,
		       const struct item *prev, size_t n_prev, struct item *out)
{
	out->step = -1;
	const char *id = jget_string(c, it, "id", true, "item");
	char w[96];
	snprintf(w, sizeof(w), "item %s", id ? id : "?");
	if (id && !content_valid_id(id, false))
		jerror(c, w,
		       "ongeldige id (letters, cijfers, '.', '_' en '-', hoogstens %d tekens)",
		       CONTENT_ID_MAX);
	out->id = content_dup(a, id);
	out->text = content_load_text(c, a, cat, it, "text", true, w);
	out->help = content_load_text(c, a, cat, it, "help", false, w);
	content_load_source(c, a, cat, it, w, &out->source);
	const char *type = jget_string(c, it, "type", true, w);
	if (!type)
		return;
	if (strcmp(type, "likert") == 0) {
		load_likert(c, a, cat, it, w, scales, n_scales, out);
	} else if (strcmp(type, "choice") == 0) {
		load_choice(c, a, cat, it, w, prev, n_prev, out);
	} else if (strcmp(type, "scenario") == 0) {
		load_scenario(c, a, cat, it, w, out);
	} else if (strcmp(type, "open") == 0) {
		static const char *const keys[] = {"id", "type", "text", "help", "source", NULL};
		jcheck_keys(c, it, keys, w);
		out->type = ITEM_OPEN;
	} else {
		jerror(c, w, "onbekend type \"%s\" (likert, choice, open of scenario)", type);
	}
}
