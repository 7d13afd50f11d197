/* Sector-specific copies of loaded content (content.h, "Sector-specific
 * copies"). The copy keeps every index; only user-visible texts change. */
#include "content_internal.h"

#include <stdlib.h>
#include <string.h>

struct lctx {
	struct arena *a;
	const struct catalogue *vars; /* the variants used for substituting */
	enum sector s;
	/* bibliography entries are remapped from one catalogue to the other */
	const struct catalogue *from, *to;
};

static const char *D(struct lctx *x, const char *s)
{
	return s ? arena_strdup(x->a, s) : NULL;
}

/* A user-visible text for the sector. */
static const char *L(struct lctx *x, const char *s)
{
	if (!s)
		return NULL;
	if (!strchr(s, '{'))
		return arena_strdup(x->a, s);
	char *t = content_subst(x->vars, x->s, s);
	if (!t) {
		x->a->failed = true;
		return NULL;
	}
	const char *r = arena_strdup(x->a, t);
	free(t);
	return r;
}

static void *copy(struct lctx *x, const void *v, size_t n, size_t size)
{
	if (!v || n == 0)
		return NULL;
	void *r = arena_calloc(x->a, n, size);
	if (r)
		memcpy(r, v, n * size);
	return r;
}

static struct source_ref S(struct lctx *x, const struct source_ref *s) {
	struct source_ref r = *s;
	r.file = D(x, s->file);
	r.chapter = D(x, s->chapter);
	r.authors = D(x, s->authors);
	r.lines = D(x, s->lines);
	r.ref = D(x, s->ref);
	if (s->entry && x->from && x->to && x->to->bibliography)
		r.entry = x->to->bibliography + (s->entry - x->from->bibliography);
	return r;
}

static const struct named *
copy_named(struct lctx *x, const struct named *v, size_t n)
{
	struct named *r = copy(x, v, n, sizeof(*v));
	for (size_t i = 0; r && i < n; i++) {
		r[i].id = D(x, v[i].id);
		r[i].name = L(x, v[i].name);
		r[i].description = L(x, v[i].description);
	}
	return r;
}

static const char *const *copy_strings(struct lctx *x, const char *const *v, size_t n,
				       bool localise)
{
	const char **r = copy(x, v, n, sizeof(*v));
	for (size_t i = 0; r && i < n; i++)
		r[i] = localise ? L(x, v[i]) : D(x, v[i]);
	return (const char *const *)r;
}

static void copy_step(struct lctx *x, struct next_step *r, const struct next_step *st)
{
	*r = *st;
	r->id = D(x, st->id);
	r->title = L(x, st->title);
	r->text = L(x, st->text);
	r->source = S(x, &st->source);
	r->questionnaires = copy_strings(x, st->questionnaires, st->n_questionnaires, false);
}

static const struct bib_entry *copy_bibliography(struct lctx *x, const struct bib_entry *v,
						 size_t n)
{
	struct bib_entry *r = copy(x, v, n, sizeof(*v));
	for (size_t i = 0; r && i < n; i++) {
		const struct bib_entry *e = &v[i];
		r[i].id = D(x, e->id);
		r[i].authors = D(x, e->authors);
		r[i].year = D(x, e->year);
		r[i].title = D(x, e->title);
		r[i].chapter = D(x, e->chapter);
		r[i].in = D(x, e->in);
		r[i].kind = D(x, e->kind);
		r[i].file = D(x, e->file);
		struct bib_section *sv = copy(x, e->sections, e->n_sections, sizeof(*sv));
		for (size_t k = 0; sv && k < e->n_sections; k++)
			sv[k].title = D(x, e->sections[k].title);
		r[i].sections = sv;
	}
	return r;
}

/* r when every copy succeeded; else NULL, and the copy's memory (the arena
 * in impl) freed. */
static void *finished(struct lctx *x, void *r, void *impl)
{
	if (r && !x->a->failed)
		return r;
	arena_finish(x->a);
	free(impl);
	return NULL;
}

struct catalogue *content_localize_catalogue(const struct catalogue *c, enum sector s)
{
	struct catalogue_impl *impl = malloc(sizeof(*impl));
	if (!impl)
		return NULL;
	arena_init(&impl->a);
	struct lctx x = {.a = &impl->a, .vars = c, .s = s, .from = c};
	struct catalogue *r = arena_alloc(x.a, sizeof(*r));
	if (!r)
		return finished(&x, NULL, impl);
	*r = *c;
	r->impl = impl;
	x.to = r;
	r->path = D(&x, c->path);
	r->version = D(&x, c->version);
	/* first: the sources below point into it */
	r->bibliography = copy_bibliography(&x, c->bibliography, c->n_bibliography);
	struct variant *vv = copy(&x, c->variants, c->n_variants, sizeof(*vv));
	for (size_t i = 0; vv && i < c->n_variants; i++) {
		vv[i].name = D(&x, c->variants[i].name);
		for (int k = 0; k < N_SECTORS; k++)
			vv[i].value[k] = D(&x, c->variants[i].value[k]);
	}
	r->variants = vv;
	struct level *lv = copy(&x, c->levels, c->n_levels, sizeof(*lv));
	for (size_t i = 0; lv && i < c->n_levels; i++) {
		lv[i].id = D(&x, c->levels[i].id);
		lv[i].name = L(&x, c->levels[i].name);
	}
	r->levels = lv;
	r->domains = copy_named(&x, c->domains, c->n_domains);
	r->qualities = copy_named(&x, c->qualities, c->n_qualities);
	struct practice *pv = copy(&x, c->practices, c->n_practices, sizeof(*pv));
	for (size_t p = 0; pv && p < c->n_practices; p++) {
		const struct practice *o = &c->practices[p];
		pv[p].id = D(&x, o->id);
		pv[p].name = L(&x, o->name);
		pv[p].domain = D(&x, o->domain);
		pv[p].description = L(&x, o->description);
		pv[p].source = S(&x, &o->source);
		struct next_step *sv = copy(&x, o->steps, o->n_steps, sizeof(*sv));
		for (size_t i = 0; sv && i < o->n_steps; i++)
			copy_step(&x, &sv[i], &o->steps[i]);
		pv[p].steps = sv;
	}
	r->practices = pv;
	return finished(&x, r, impl);
}

static void copy_item(struct lctx *x, struct item *r, const struct item *it)
{
	*r = *it;
	r->id = D(x, it->id);
	r->text = L(x, it->text);
	r->help = L(x, it->help);
	r->source = S(x, &it->source);
	r->scale = it->scale ? copy_strings(x, it->scale, CONTENT_SCALE_POINTS, true) : NULL;
	r->weights = copy(x, it->weights, it->n_weights, sizeof(*it->weights));
	r->quality = D(x, it->quality);
	r->observer = L(x, it->observer);
	struct choice_option *ov = copy(x, it->options, it->n_options, sizeof(*ov));
	for (size_t k = 0; ov && k < it->n_options; k++) {
		ov[k].value = D(x, it->options[k].value);
		ov[k].label = L(x, it->options[k].label);
	}
	r->options = ov;
	r->title = L(x, it->title);
}

static const struct profile *copy_profile(struct lctx *x, const struct profile *pf)
{
	struct profile *r = arena_alloc(x->a, sizeof(*r));
	if (!r)
		return NULL;
	*r = *pf;
	r->approaches = copy_named(x, pf->approaches, N_APPROACHES);
	r->steps = copy_named(x, pf->steps, N_WSTEPS);
	r->sources = copy_named(x, pf->sources, N_WSOURCES);
	struct next_step *sv = copy(x, pf->steps_lib, pf->n_steps_lib, sizeof(*sv));
	for (size_t i = 0; sv && i < pf->n_steps_lib; i++)
		copy_step(x, &sv[i], &pf->steps_lib[i]);
	r->steps_lib = sv;
	struct profile_rule *rv = copy(x, pf->rules, pf->n_rules, sizeof(*rv));
	for (size_t i = 0; rv && i < pf->n_rules; i++) {
		const struct profile_rule *o = &pf->rules[i];
		rv[i].id = D(x, o->id);
		rv[i].text = L(x, o->text);
		rv[i].source = S(x, &o->source);
		rv[i].when = copy(x, o->when, o->n_when, sizeof(*o->when));
		/* the step: in this profile, or in the catalogue copy */
		if (o->practice >= 0 && x->to && (size_t)o->practice < x->to->n_practices)
			rv[i].step = x->to->practices[o->practice].steps +
				     (o->step - x->from->practices[o->practice].steps);
		else if (o->step && sv)
			rv[i].step = sv + (o->step - pf->steps_lib);
	}
	r->rules = rv;
	return r;
}

struct questionnaire *content_localize_questionnaire(const struct questionnaire *q,
						     const struct catalogue *from,
						     const struct catalogue *to, enum sector s)
{
	struct questionnaire_impl *impl = calloc(1, sizeof(*impl));
	if (!impl)
		return NULL;
	arena_init(&impl->a);
	struct lctx x = {.a = &impl->a, .vars = from, .s = s, .from = from, .to = to};
	struct questionnaire *r = arena_alloc(x.a, sizeof(*r));
	if (!r)
		return finished(&x, NULL, impl);
	*r = *q;
	r->impl = impl;
	r->path = D(&x, q->path);
	r->id = D(&x, q->id);
	r->version = D(&x, q->version);
	r->title = L(&x, q->title);
	r->intro = L(&x, q->intro);
	struct section *sv = copy(&x, q->sections, q->n_sections, sizeof(*sv));
	for (size_t i = 0; sv && i < q->n_sections; i++) {
		const struct section *o = &q->sections[i];
		sv[i].id = D(&x, o->id);
		sv[i].title = L(&x, o->title);
		sv[i].intro = L(&x, o->intro);
		sv[i].prompts = copy_strings(&x, o->prompts, o->n_prompts, true);
	}
	r->sections = sv;
	struct item *iv = copy(&x, q->items, q->n_items, sizeof(*iv));
	for (size_t i = 0; iv && i < q->n_items; i++)
		copy_item(&x, &iv[i], &q->items[i]);
	r->items = iv;
	r->profile = q->profile ? copy_profile(&x, q->profile) : NULL;
	r->primary = copy(&x, q->primary, q->n_primary, sizeof(*q->primary));
	if (!x.a->failed && !content_questionnaire_index(r, to))
		x.a->failed = true;
	return finished(&x, r, impl);
}

struct content *content_localize(const struct content *c, enum sector s)
{
	struct content *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	r->dir = strdup(c->dir ? c->dir : "");
	r->catalogue = content_localize_catalogue(c->catalogue, s);
	r->qs = calloc(c->n_qs ? c->n_qs : 1, sizeof(*r->qs));
	if (!r->dir || !r->catalogue || !r->qs)
		goto fail;
	for (size_t i = 0; i < c->n_qs; i++) {
		r->qs[i] = content_localize_questionnaire(c->qs[i], c->catalogue, r->catalogue, s);
		if (!r->qs[i])
			goto fail;
		r->n_qs++;
	}
	return r;
fail:
	content_destroy(r);
	return NULL;
}
