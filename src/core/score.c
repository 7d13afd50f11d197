#include "spiegel/score.h"

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

/* The option with this value, or NULL. */
static const struct choice_option *option_of(const struct item *it, const char *value)
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
		    a.kind == ANSWER_SCENARIO ? option_of(it, a.text) : NULL;
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

/* A likert score 25 * (sum - n) / n over n counted values, as shown. */
static double likert_shown(long long sum, long long n)
{
	return (double)score_tenths(25 * (sum - n), n) / 10.0;
}

static double pct(size_t n, size_t of)
{
	return of ? 100.0 * (double)n / (double)of : 0;
}

bool score_measure(const struct profile_result *p, enum measure m, int arg, double *out)
{
	size_t a = arg >= 0 ? (size_t)arg : 0;
	switch (m) {
	case MEASURE_APPROACH:
		*out = p->approach[a % N_APPROACHES];
		return p->scenarios > 0;
	case MEASURE_SHARE:
		*out = pct(p->most[a % N_APPROACHES], p->scenarios);
		return p->scenarios > 0;
	case MEASURE_MISSED:
		*out = (double)p->missed[a % N_APPROACHES];
		return p->scenarios > 0;
	case MEASURE_BREADTH:
		*out = (double)p->breadth;
		return p->scenarios > 0;
	case MEASURE_FIT:
		*out = p->fit;
		return p->scenarios > 0;
	case MEASURE_SCENARIOS:
		*out = (double)p->scenarios;
		return true;
	case MEASURE_FIRST:
		*out = pct(p->first[a % N_WSTEPS], p->first_n);
		return p->first_n > 0;
	case MEASURE_FIRST_EXPLORE:
		*out = pct(p->first[STEP_VERKENNEN] + p->first[STEP_ERKENNEN], p->first_n);
		return p->first_n > 0;
	case MEASURE_FIRST_DIRECT:
		*out = pct(p->first[STEP_OMBUIGEN] + p->first[STEP_ARGUMENTEREN], p->first_n);
		return p->first_n > 0;
	case MEASURE_STEP:
		if (a >= STEP_ARGUMENTEREN)
			return false;
		*out = p->step_score[a];
		return p->has_step[a];
	case MEASURE_SECTION:
		if (a >= p->n_sections)
			return false;
		*out = p->section_score[a];
		return p->has_section[a];
	case MEASURE_SOURCE:
		*out = pct(p->source[a % N_WSOURCES], p->source_n);
		return p->source_n > 0;
	case MEASURE_SOURCEHIT:
		*out = pct(p->sourcehit_n, p->source_n);
		return p->source_n > 0;
	case MEASURE_SOURCEMISSED:
		*out = (double)p->sourcemissed[a % N_WSOURCES];
		return p->source_n > 0;
	}
	return false;
}

static bool holds(const struct profile_result *p, const struct condition *c)
{
	double v;
	if (!score_measure(p, c->measure, c->arg, &v))
		return false;
	const double eps = 1e-9;
	switch (c->op) {
	case OP_LT:
		return v < c->value - eps;
	case OP_LE:
		return v <= c->value + eps;
	case OP_GT:
		return v > c->value + eps;
	case OP_GE:
		return v >= c->value - eps;
	}
	return false;
}

/* A scenario's most and least likely choice, its fit and what it missed. */
static void tally_scenario(const struct item *it, struct answer a, struct profile_result *p)
{
	const struct choice_option *mo = option_of(it, a.text);
	const struct choice_option *lo = option_of(it, a.least);
	if (!mo || mo->key < 0)
		return;
	p->scenarios++;
	p->most[mo->key]++;
	if (lo && lo->key >= 0)
		p->least[lo->key]++;
	if (it->fitting & (1u << mo->key))
		p->fit_n++;
	for (int k = 0; k < N_APPROACHES; k++)
		if ((it->fitting & (1u << k)) && k != mo->key)
			p->missed[k]++;
}

/* A follow-up: a first move, or a source (and whether the scenario cued
 * it). */
static void tally_followup(const struct questionnaire *q, const struct item *it, struct answer a,
			   struct profile_result *p)
{
	const struct choice_option *o = option_of(it, a.text);
	if (!o || o->key < 0)
		return;
	if (it->followup == FOLLOWUP_STEP) {
		p->first_n++;
		p->first[o->key]++;
		return;
	}
	unsigned cued = q->items[it->follows].cued;
	p->source_n++;
	p->source[o->key]++;
	if (cued & (1u << o->key))
		p->sourcehit_n++;
	else /* missed: none of the cued sources was named */
		for (int k = 0; k < N_WSOURCES; k++)
			if (cued & (1u << k))
				p->sourcemissed[k]++;
}

/* The likert sums per section and per step. */
struct likert_sums {
	long long step_sum[STEP_ARGUMENTEREN], *sec_sum;
	size_t step_n[STEP_ARGUMENTEREN], *sec_n;
};

static void tally_likert(const struct item *it, struct answer a, struct likert_sums *t)
{
	int v = score_item_value(it, a);
	if (!v)
		return;
	t->sec_sum[it->section] += v;
	t->sec_n[it->section]++;
	if (it->step >= 0 && it->step < STEP_ARGUMENTEREN) {
		t->step_sum[it->step] += v;
		t->step_n[it->step]++;
	}
}

/* The figures from the tallies: section and step scores, fit, approach
 * scores and breadth. */
static void profile_figures(const struct likert_sums *t, struct profile_result *p)
{
	for (size_t k = 0; k < p->n_sections; k++) {
		p->has_section[k] = t->sec_n[k] > 0;
		if (t->sec_n[k])
			p->section_score[k] = likert_shown(t->sec_sum[k], (long long)t->sec_n[k]);
	}
	for (int k = 0; k < STEP_ARGUMENTEREN; k++) {
		p->has_step[k] = t->step_n[k] > 0;
		if (t->step_n[k])
			p->step_score[k] = likert_shown(t->step_sum[k], (long long)t->step_n[k]);
	}
	if (p->scenarios)
		p->fit =
		    (double)score_tenths(100 * (long long)p->fit_n, (long long)p->scenarios) / 10.0;
	for (int k = 0; k < N_APPROACHES; k++) {
		if (p->scenarios) {
			long long d = (long long)p->most[k] - (long long)p->least[k];
			p->approach[k] = (double)d / (double)p->scenarios;
			p->approach_shown[k] =
			    (double)score_tenths(d, (long long)p->scenarios) / 10.0;
		}
		if (p->most[k])
			p->breadth++;
	}
}

/* voorkeursaanpakken: the highest positive approach, and the next one when
 * it is positive and at most 0.25 below it (ties: chart order). */
static void choose_preferred(struct profile_result *p)
{
	int top = -1, second = -1;
	for (int k = 0; k < N_APPROACHES; k++) {
		if (top < 0 || p->approach[k] > p->approach[top] + 1e-9) {
			second = top;
			top = k;
		} else if (second < 0 || p->approach[k] > p->approach[second] + 1e-9) {
			second = k;
		}
	}
	if (p->scenarios && top >= 0 && p->approach[top] > 1e-9) {
		p->preferred[p->n_preferred++] = (size_t)top;
		if (second >= 0 && p->approach[second] > 1e-9 &&
		    p->approach[second] >= p->approach[top] - 0.25 - 1e-9)
			p->preferred[p->n_preferred++] = (size_t)second;
	}
}

/* The first SCORE_MAX_RULES rules whose conditions all hold. */
static void match_rules(const struct profile *pf, struct profile_result *p)
{
	for (size_t i = 0; i < pf->n_rules && p->n_rules < SCORE_MAX_RULES; i++) {
		const struct profile_rule *r = &pf->rules[i];
		bool all = r->n_when > 0;
		for (size_t k = 0; all && k < r->n_when; k++)
			all = holds(p, &r->when[k]);
		if (all)
			p->rules[p->n_rules++] = r;
	}
}

/* Tally scenarios, follow-ups and likert sections; pick preferences and
 * matching rules. */
static bool compute_profile(const struct questionnaire *q, const struct session *s,
			    struct profile_result *p)
{
	const struct profile *pf = q->profile;
	memset(p, 0, sizeof(*p));
	if (!pf)
		return true;
	p->present = true;
	size_t ns = q->n_sections;
	p->section_score = calloc(ns ? ns : 1, sizeof(*p->section_score));
	p->has_section = calloc(ns ? ns : 1, sizeof(*p->has_section));
	struct likert_sums t = {
	    {0}, calloc(ns ? ns : 1, sizeof(long long)), {0}, calloc(ns ? ns : 1, sizeof(size_t))};
	bool ok = p->section_score && p->has_section && t.sec_sum && t.sec_n;
	if (ok) {
		p->n_sections = ns;
		for (size_t i = 0; i < q->n_items; i++) {
			const struct item *it = &q->items[i];
			struct answer a = session_get(s, it->id);
			if (it->type == ITEM_SCENARIO && a.kind == ANSWER_SCENARIO)
				tally_scenario(it, a, p);
			else if (it->type == ITEM_CHOICE && it->followup != FOLLOWUP_NONE &&
				 a.kind == ANSWER_CHOICE)
				tally_followup(q, it, a, p);
			else if (it->type == ITEM_LIKERT)
				tally_likert(it, a, &t);
		}
		profile_figures(&t, p);
		choose_preferred(p);
		match_rules(pf, p);
	}
	free(t.sec_sum);
	free(t.sec_n);
	return ok;
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

static int quality_index(const struct catalogue *c, const char *id)
{
	for (size_t k = 0; id && k < c->n_qualities; k++)
		if (strcmp(c->qualities[k].id, id) == 0)
			return (int)k;
	return -1;
}

/* Tally every counted item onto its practices and its quality; note
 * whether every counted item is a likert item with the same raw answer. */
static void tally_answers(const struct catalogue *c, const struct questionnaire *q,
			  const struct session *s, struct tally *pt, struct tally *qt,
			  unsigned *q_full, bool *uniform)
{
	int raw = 0;
	size_t counted = 0;
	bool same = true;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		int qi = quality_index(c, it->quality);
		bool scored = it->type == ITEM_LIKERT || it->type == ITEM_SCENARIO;
		if (qi >= 0 && scored)
			q_full[qi]++;
		struct answer a = session_get(s, it->id);
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
{
	const struct practice_score *ps = r->practices;
	for (size_t p = 0; p < r->n_practices; p++)
		if (ps[p].primary && ps[p].has_score)
			r->candidates[r->n_candidates++] = p;
	r->focus_how = FOCUS_NONE;
	for (size_t i = 0; i < s->n_focus && i < SCORE_MAX_FOCUS; i++) {
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

bool score_compute(const struct catalogue *c, const struct questionnaire *q,
		   const struct session *s, struct score_result *r)
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
	if (ok) {
		tally_answers(c, q, s, pt, qt, q_full, &r->uniform);
		for (size_t p = 0; p < n; p++) {
			unsigned milli;
			size_t items;
			content_full_coverage(q, p, &milli, &items);
			r->practices[p].primary = content_is_primary(q, p);
			finish_figure(c, &r->practices[p], &pt[p], milli, items, true);
		}
		for (size_t k = 0; k < nq; k++)
			finish_figure(c, &r->qualities[k], &qt[k], 1000u * q_full[k], q_full[k],
				      false);
	}
	free(pt);
	free(qt);
	free(q_full);
	ok = ok && choose_focus(c, s, r) && compute_profile(q, s, &r->profile);
	if (!ok) {
		score_finish(r);
		return false;
	}
	choose_steps(c, q, r);
	return true;
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
