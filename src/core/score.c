#include "spiegel/score.h"

#include "content_internal.h"
#include "score_internal.h"

#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(SCORE_MAX_FOCUS == SESSION_MAX_FOCUS, "one focus limit");

long score_tenths(long long num, long long den)
{
	if (den <= 0)
		return 0;
	bool neg = num < 0;
	/* |num| * 10 / den rounded half up, in unsigned 64-bit arithmetic: the
	 * figures are sums of answers times thousandths, far below 2^60 */
	uint64_t n = (neg ? (uint64_t)(-(num + 1)) + 1u : (uint64_t)num) * 10u, d = (uint64_t)den;
	uint64_t t = (2 * n + d) / (2 * d);
	return neg ? -(long)t : (long)t;
}

const struct choice_option *score_option_of(const struct item *it, const char *value)
{
	for (size_t k = 0; value && k < it->n_options; k++)
		if (strcmp(it->options[k].value, value) == 0)
			return &it->options[k];
	return NULL;
}

int score_item_value(const struct item *it, struct answer a)
{
	if (it->type == ITEM_SCENARIO) {
		const struct choice_option *o =
		    a.kind == ANSWER_SCENARIO ? score_option_of(it, a.text) : NULL;
		if (!o || o->key < 0)
			return 0;
		return it->fitting & (1u << o->key) ? CONTENT_SCALE_POINTS : 1;
	}
	if (it->type != ITEM_LIKERT || a.kind != ANSWER_VALUE || a.value < 1 ||
	    a.value > CONTENT_SCALE_POINTS)
		return 0;
	return it->reverse ? CONTENT_SCALE_POINTS + 1 - a.value : a.value;
}

/* The level of a score as shown (tenths): the last whose min it reaches. */
static int level_of(const struct catalogue *c, long tenths)
{
	int level = 0;
	for (size_t i = 0; i < c->n_levels; i++)
		if (c->levels[i].min * 10.0 <= (double)tenths + 1e-9)
			level = (int)i;
	return level;
}

int score_level(const struct catalogue *c, double shown)
{
	return level_of(c, lround(shown * 10.0));
}

static bool has_step(const struct score_result *r, const struct next_step *st)
{
	for (size_t i = 0; i < r->n_steps; i++)
		if (r->steps[i].step == st)
			return true;
	return false;
}

long score_change_tenths(const struct practice_score *was, const struct practice_score *now)
{
	return now->tenths - was->tenths;
}

bool score_is_focus(const struct score_result *r, size_t p)
{
	for (size_t f = 0; f < r->n_focus; f++)
		if (r->focus[f] == p)
			return true;
	return false;
}

bool score_is_candidate(const struct score_result *r, size_t p)
{
	for (size_t i = 0; i < r->n_candidates; i++)
		if (r->candidates[i] == p)
			return true;
	return false;
}

/* Running sums of one practice or quality: S and W in thousandths. */
struct tally {
	long long s, w;
	size_t n;
};

/* Coverage, score and level from the tallies of the answers and of the
 * whole questionnaire. */
static void finish_figure(const struct catalogue *c, struct practice_score *ps,
			  const struct tally *t, unsigned full_milli, size_t full_items, bool level)
{
	ps->level = -1;
	ps->answered = t->n;
	ps->weight_milli = (unsigned)t->w;
	ps->full_items = full_items;
	ps->full_milli = full_milli;
	if (full_items == 0)
		ps->coverage = COVERAGE_NONE;
	else if (!content_coverage_enough(c, full_milli, full_items))
		ps->coverage = COVERAGE_LOW;
	else if (!content_coverage_enough(c, (unsigned)t->w, t->n))
		ps->coverage = COVERAGE_SHORT;
	else
		ps->coverage = COVERAGE_ENOUGH;
	if (ps->coverage != COVERAGE_ENOUGH || t->w <= 0)
		return;
	ps->has_score = true;
	ps->mean = (double)t->s / (double)t->w;
	ps->tenths = score_tenths(25 * (t->s - t->w), t->w);
	ps->score = (double)ps->tenths / 10.0;
	if (level)
		ps->level = level_of(c, ps->tenths);
}

/* The quality of item i of q in c, or -1: as q's index has it when it is
 * the same in c (a localised copy has the same qualities), else searched. */
static int quality_index(const struct catalogue *c, const struct questionnaire *q, size_t i)
{
	const char *id = q->items[i].quality;
	if (!id)
		return -1;
	const struct questionnaire_impl *im = q->impl;
	int k = im && im->quality ? im->quality[i] : -1;
	if (k >= 0 && (size_t)k < c->n_qualities && strcmp(c->qualities[k].id, id) == 0)
		return k;
	for (size_t j = 0; j < c->n_qualities; j++)
		if (strcmp(c->qualities[j].id, id) == 0)
			return (int)j;
	return -1;
}

/* Tally every counted item onto its practices and its quality; note
 * whether every counted item is a likert item with the same raw answer. */
static void tally_answers(const struct catalogue *c, const struct questionnaire *q,
			  const struct session_answer *const *view, struct tally *pt,
			  struct tally *qt, unsigned *q_full, bool *uniform)
{
	int raw = 0;
	size_t counted = 0;
	bool same = true;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		int qi = quality_index(c, q, i);
		bool scored = it->type == ITEM_LIKERT || it->type == ITEM_SCENARIO;
		if (qi >= 0 && scored)
			q_full[qi]++;
		struct answer a = session_answer_of(view[i]);
		int v = score_item_value(it, a);
		if (!v)
			continue;
		counted++;
		if (it->type != ITEM_LIKERT || (raw && a.value != raw))
			same = false;
		raw = it->type == ITEM_LIKERT ? a.value : raw;
		for (size_t k = 0; k < it->n_weights; k++) {
			struct tally *t = &pt[it->weights[k].practice];
			t->s += (long long)it->weights[k].milli * v;
			t->w += it->weights[k].milli;
			t->n++;
		}
		if (qi >= 0) {
			qt[qi].s += 1000LL * v;
			qt[qi].w += 1000;
			qt[qi].n++;
		}
	}
	*uniform = same && counted >= 2;
}

static int cmp_by_score(const void *a, const void *b, void *arg)
{
	const struct practice_score *ps = arg;
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	if (ps[x].tenths != ps[y].tenths)
		return ps[x].tenths < ps[y].tenths ? -1 : 1;
	return x < y ? -1 : x > y;
}

static void sort_by_score(size_t *v, size_t n, const struct practice_score *ps)
{
	/* insertion sort: at most a dozen candidates, and no qsort_r needed */
	for (size_t i = 1; i < n; i++)
		for (size_t k = i; k > 0 && cmp_by_score(&v[k - 1], &v[k], (void *)ps) > 0; k--) {
			size_t t = v[k];
			v[k] = v[k - 1];
			v[k - 1] = t;
		}
}

/* The lowest candidates, a tied group at a time (doc/scoring.md, "Focus",
 * rule 7); sorted holds the candidates by score. */
static void focus_lowest(const struct catalogue *c, struct score_result *r, const size_t *sorted,
			 long high)
{
	const struct practice_score *ps = r->practices;
	int top = (int)c->n_levels - 1;
	size_t i = 0, n = r->n_candidates;
	r->focus_how = FOCUS_LOWEST;
	while (i < n && r->n_focus < SCORE_MAX_FOCUS) {
		size_t j = i;
		while (j < n && ps[sorted[j]].tenths == ps[sorted[i]].tenths)
			j++;
		const struct practice_score *low = &ps[sorted[i]];
		if ((top > 0 && low->level >= top) || high - low->tenths < SCORE_BAND_TENTHS)
			break;
		if (r->n_focus + (j - i) > SCORE_MAX_FOCUS) {
			for (size_t k = i; k < j; k++)
				r->tied[r->n_tied++] = sorted[k];
			if (r->n_focus == 0) {
				r->focus_how = FOCUS_UNCLEAR;
				r->unclear = UNCLEAR_TIE;
			}
			return;
		}
		if (j - i > 1)
			r->focus_tied = true;
		for (size_t k = i; k < j; k++)
			r->focus[r->n_focus++] = sorted[k];
		i = j;
	}
}

/* doc/scoring.md, "Focus". */
static bool choose_focus(const struct catalogue *c, const struct session *s, struct score_result *r)
/* s: whose chosen focus counts (NULL: none) */
{
	const struct practice_score *ps = r->practices;
	for (size_t p = 0; p < r->n_practices; p++)
		if (ps[p].primary && ps[p].has_score)
			r->candidates[r->n_candidates++] = p;
	r->focus_how = FOCUS_NONE;
	for (size_t i = 0; s && i < s->n_focus && i < SCORE_MAX_FOCUS; i++) {
		int p = content_practice_index(c, s->focus[i]);
		if (p >= 0 && score_is_candidate(r, (size_t)p) && !score_is_focus(r, (size_t)p))
			r->focus[r->n_focus++] = (size_t)p;
		else
			r->ignored[r->n_ignored++] = p;
	}
	if (r->n_candidates == 0) {
		r->n_focus = 0;
		return true;
	}
	if (r->n_focus) {
		r->focus_how = FOCUS_CHOSEN;
		return true;
	}
	r->focus_how = FOCUS_UNCLEAR;
	int top = (int)c->n_levels - 1;
	bool all_high = top > 0;
	long low = ps[r->candidates[0]].tenths, high = low;
	for (size_t i = 0; i < r->n_candidates; i++) {
		const struct practice_score *x = &ps[r->candidates[i]];
		all_high &= x->level >= top;
		low = x->tenths < low ? x->tenths : low;
		high = x->tenths > high ? x->tenths : high;
	}
	if (r->uniform) {
		r->unclear = UNCLEAR_UNIFORM;
	} else if (all_high) {
		r->unclear = UNCLEAR_ALL_HIGH;
	} else if (r->n_candidates == 1) {
		r->focus_how = FOCUS_ONLY;
		r->focus[r->n_focus++] = r->candidates[0];
	} else if (high - low < SCORE_BAND_TENTHS) {
		r->unclear = UNCLEAR_CLOSE;
	} else {
		size_t *sorted = malloc(r->n_candidates * sizeof(*sorted));
		if (!sorted)
			return false;
		memcpy(sorted, r->candidates, r->n_candidates * sizeof(*sorted));
		sort_by_score(sorted, r->n_candidates, ps);
		focus_lowest(c, r, sorted, high);
		free(sorted);
	}
	return true;
}

/* Steps of matching profile rules, then in turn from each focus practice
 * (those meant for q first, content_step_nth). */
static void choose_steps(const struct catalogue *c, const struct questionnaire *q,
			 struct score_result *r)
{
	for (size_t i = 0; i < r->profile.n_rules && r->n_steps < SCORE_MAX_STEPS; i++) {
		const struct profile_rule *rule = r->profile.rules[i];
		if (has_step(r, rule->step))
			continue;
		r->steps[r->n_steps++] = (struct step_ref){rule->step, rule->practice, rule};
	}
	size_t next[SCORE_MAX_FOCUS] = {0};
	bool progress = true;
	while (r->n_steps < SCORE_MAX_STEPS && progress) {
		progress = false;
		for (size_t f = 0; f < r->n_focus && r->n_steps < SCORE_MAX_STEPS; f++) {
			/* steps meant for this questionnaire first (content_step_nth) */
			const struct next_step *st =
			    content_step_nth(&c->practices[r->focus[f]], q,
					     r->practices[r->focus[f]].level, next[f]);
			if (st) {
				next[f]++;
				progress = true;
				if (has_step(r, st))
					continue;
				r->steps[r->n_steps++] =
				    (struct step_ref){st, (int)r->focus[f], NULL};
			}
		}
	}
}

/* The practice and quality figures of the answers in view into r's arrays
 * (zeroed), with the tallies in pt, qt, q_full (zeroed). */
static void figures(const struct catalogue *c, const struct questionnaire *q,
		    const struct session_answer *const *view, struct tally *pt, struct tally *qt,
		    unsigned *q_full, struct score_result *r)
{
	tally_answers(c, q, view, pt, qt, q_full, &r->uniform);
	for (size_t p = 0; p < r->n_practices; p++) {
		unsigned milli;
		size_t items;
		content_full_coverage(q, p, &milli, &items);
		r->practices[p].primary = content_is_primary(q, p);
		finish_figure(c, &r->practices[p], &pt[p], milli, items, true);
	}
	for (size_t k = 0; k < r->n_qualities; k++)
		finish_figure(c, &r->qualities[k], &qt[k], 1000u * q_full[k], q_full[k], false);
}

bool score_compute_view(const struct catalogue *c, const struct questionnaire *q,
			const struct session *s, const struct session_answer *const *view,
			struct score_result *r)
{
	size_t n = c->n_practices, nq = c->n_qualities;
	memset(r, 0, sizeof(*r));
	r->practices = calloc(n ? n : 1, sizeof(*r->practices));
	r->qualities = calloc(nq ? nq : 1, sizeof(*r->qualities));
	r->candidates = calloc(n ? n : 1, sizeof(*r->candidates));
	r->tied = calloc(n ? n : 1, sizeof(*r->tied));
	r->n_practices = n;
	r->n_qualities = nq;
	struct tally *pt = calloc(n ? n : 1, sizeof(*pt)), *qt = calloc(nq ? nq : 1, sizeof(*qt));
	unsigned *q_full = calloc(nq ? nq : 1, sizeof(*q_full));
	bool ok = r->practices && r->qualities && r->candidates && r->tied && pt && qt && q_full;
	if (ok)
		figures(c, q, view, pt, qt, q_full, r);
	free(pt);
	free(qt);
	free(q_full);
	ok = ok && choose_focus(c, s, r) && score_profile(q, view, &r->profile);
	if (!ok) {
		score_finish(r);
		return false;
	}
	choose_steps(c, q, r);
	return true;
}

struct score_scratch {
	struct practice_score *practices, *qualities;
	struct tally *pt, *qt;
	unsigned *q_full;
	double *sec_score;
	bool *has_sec;
	long long *sec_sum;
	size_t *sec_n;
	size_t n, nq, ns;
};

struct score_scratch *score_scratch_create(const struct catalogue *c, const struct questionnaire *q)
{
	struct score_scratch *t = calloc(1, sizeof(*t));
	if (!t)
		return NULL;
	t->n = c->n_practices;
	t->nq = c->n_qualities;
	t->ns = q->n_sections;
	size_t n = t->n + 1, nq = t->nq + 1, ns = t->ns + 1;
	t->practices = calloc(n, sizeof(*t->practices));
	t->qualities = calloc(nq, sizeof(*t->qualities));
	t->pt = calloc(n, sizeof(*t->pt));
	t->qt = calloc(nq, sizeof(*t->qt));
	t->q_full = calloc(nq, sizeof(*t->q_full));
	t->sec_score = calloc(ns, sizeof(*t->sec_score));
	t->has_sec = calloc(ns, sizeof(*t->has_sec));
	t->sec_sum = calloc(ns, sizeof(*t->sec_sum));
	t->sec_n = calloc(ns, sizeof(*t->sec_n));
	if (!t->practices || !t->qualities || !t->pt || !t->qt || !t->q_full || !t->sec_score ||
	    !t->has_sec || !t->sec_sum || !t->sec_n) {
		score_scratch_destroy(t);
		return NULL;
	}
	return t;
}

void score_scratch_destroy(struct score_scratch *t)
{
	if (!t)
		return;
	free(t->practices);
	free(t->qualities);
	free(t->pt);
	free(t->qt);
	free(t->q_full);
	free(t->sec_score);
	free(t->has_sec);
	free(t->sec_sum);
	free(t->sec_n);
	free(t);
}

void score_figures(const struct catalogue *c, const struct questionnaire *q,
		   const struct session_answer *const *view, struct score_scratch *t,
		   struct score_result *r)
{
	memset(r, 0, sizeof(*r));
	r->practices = t->practices;
	r->qualities = t->qualities;
	r->n_practices = t->n;
	r->n_qualities = t->nq;
	memset(t->practices, 0, t->n * sizeof(*t->practices));
	memset(t->qualities, 0, t->nq * sizeof(*t->qualities));
	memset(t->pt, 0, t->n * sizeof(*t->pt));
	memset(t->qt, 0, t->nq * sizeof(*t->qt));
	memset(t->q_full, 0, t->nq * sizeof(*t->q_full));
	figures(c, q, view, t->pt, t->qt, t->q_full, r);
	score_profile_into(q, view, &r->profile, t->sec_score, t->has_sec, t->sec_sum, t->sec_n,
			   false);
}

bool score_compute(const struct catalogue *c, const struct questionnaire *q,
		   const struct session *s, struct score_result *r)
{
	const struct session_answer *small[256], **view = small;
	if (q->n_items > 256 && !(view = malloc(q->n_items * sizeof(*view)))) {
		memset(r, 0, sizeof(*r));
		return false;
	}
	session_view(s, q, view);
	bool ok = score_compute_view(c, q, s, view, r);
	if (view != small)
		free(view);
	return ok;
}

void score_finish(struct score_result *r)
{
	free(r->practices);
	free(r->qualities);
	free(r->candidates);
	free(r->tied);
	free(r->profile.section_score);
	free(r->profile.has_section);
	memset(&r->profile, 0, sizeof(r->profile));
	memset(r, 0, sizeof(*r));
}
