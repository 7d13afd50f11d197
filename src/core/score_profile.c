/* The weerstand profile of a session (score.h, doc/scoring.md): scenarios,
 * follow-ups and likert sections tallied, the figures, preferences and the
 * profile rules that match. */
#include "spiegel/score.h"

#include <stdlib.h>
#include <string.h>

#include "score_internal.h"

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
	const struct choice_option *mo = score_option_of(it, a.text);
	const struct choice_option *lo = score_option_of(it, a.least);
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
	const struct choice_option *o = score_option_of(it, a.text);
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
 * (with rules) the matching rules. The per-section figures go into the
 * caller's arrays (q->n_sections each). */
void score_profile_into(const struct questionnaire *q, const struct session_answer *const *view,
			struct profile_result *p, double *sec_score, bool *has_sec,
			long long *sec_sum, size_t *sec_n, bool rules)
{
	const struct profile *pf = q->profile;
	memset(p, 0, sizeof(*p));
	if (!pf)
		return;
	p->present = true;
	size_t ns = q->n_sections;
	memset(sec_score, 0, ns * sizeof(*sec_score));
	memset(has_sec, 0, ns * sizeof(*has_sec));
	memset(sec_sum, 0, ns * sizeof(*sec_sum));
	memset(sec_n, 0, ns * sizeof(*sec_n));
	p->section_score = sec_score;
	p->has_section = has_sec;
	struct likert_sums t = {{0}, sec_sum, {0}, sec_n};
	p->n_sections = ns;
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		struct answer a = session_answer_of(view[i]);
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
	if (rules)
		match_rules(pf, p);
}

bool score_profile(const struct questionnaire *q, const struct session_answer *const *view,
		   struct profile_result *p)
{
	memset(p, 0, sizeof(*p));
	if (!q->profile)
		return true;
	size_t ns = q->n_sections ? q->n_sections : 1;
	double *score = calloc(ns, sizeof(*score));
	bool *has = calloc(ns, sizeof(*has));
	long long *sum = calloc(ns, sizeof(*sum));
	size_t *n = calloc(ns, sizeof(*n));
	bool ok = score && has && sum && n;
	if (ok) {
		score_profile_into(q, view, p, score, has, sum, n, true);
	} else {
		free(score);
		free(has);
	}
	free(sum);
	free(n);
	return ok;
}
