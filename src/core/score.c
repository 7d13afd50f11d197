#include "spiegel/score.h"

#include <stdlib.h>
#include <string.h>

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

static int level_of(const struct catalogue *c, double score)
{
	int level = 0;
	for (size_t i = 0; i < c->n_levels; i++)
		if (c->levels[i].min <= score + 1e-9)
			level = (int)i;
	return level;
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
		*out = pct(p->fit_n, p->scenarios);
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
	size_t *sec_n = calloc(ns ? ns : 1, sizeof(*sec_n));
	if (!p->section_score || !p->has_section || !sec_n) {
		free(sec_n);
		return false;
	}
	p->n_sections = ns;
	double step_sum[STEP_ARGUMENTEREN] = {0};
	size_t step_n[STEP_ARGUMENTEREN] = {0};
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		struct answer a = session_get(s, it->id);
		if (it->type == ITEM_SCENARIO && a.kind == ANSWER_SCENARIO) {
			const struct choice_option *mo = option_of(it, a.text);
			const struct choice_option *lo = option_of(it, a.least);
			if (!mo || mo->key < 0)
				continue;
			p->scenarios++;
			p->most[mo->key]++;
			if (lo && lo->key >= 0)
				p->least[lo->key]++;
			if (it->fitting & (1u << mo->key))
				p->fit_n++;
			for (int k = 0; k < N_APPROACHES; k++)
				if ((it->fitting & (1u << k)) && k != mo->key)
					p->missed[k]++;
		} else if (it->type == ITEM_CHOICE && it->followup != FOLLOWUP_NONE &&
			   a.kind == ANSWER_CHOICE) {
			const struct choice_option *o = option_of(it, a.text);
			if (!o || o->key < 0)
				continue;
			if (it->followup == FOLLOWUP_STEP) {
				p->first_n++;
				p->first[o->key]++;
			} else {
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
		} else if (it->type == ITEM_LIKERT) {
			int v = score_item_value(it, a);
			if (!v)
				continue;
			p->section_score[it->section] += v;
			sec_n[it->section]++;
			if (it->step >= 0 && it->step < STEP_ARGUMENTEREN) {
				step_sum[it->step] += v;
				step_n[it->step]++;
			}
		}
	}
	for (size_t k = 0; k < ns; k++) {
		p->has_section[k] = sec_n[k] > 0;
		if (sec_n[k])
			p->section_score[k] = (p->section_score[k] / (double)sec_n[k] - 1.0) *
					      100.0 / (CONTENT_SCALE_POINTS - 1);
	}
	free(sec_n);
	for (int k = 0; k < STEP_ARGUMENTEREN; k++) {
		p->has_step[k] = step_n[k] > 0;
		if (step_n[k])
			p->step_score[k] = (step_sum[k] / (double)step_n[k] - 1.0) * 100.0 /
					   (CONTENT_SCALE_POINTS - 1);
	}
	for (int k = 0; k < N_APPROACHES; k++) {
		if (p->scenarios)
			p->approach[k] =
			    ((double)p->most[k] - (double)p->least[k]) / (double)p->scenarios;
		if (p->most[k])
			p->breadth++;
	}
	/* voorkeursaanpakken: the highest positive approach, and the next one when
	 * it is positive and at most 0.25 below it (ties: chart order) */
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
	for (size_t i = 0; i < pf->n_rules && p->n_rules < SCORE_MAX_RULES; i++) {
		const struct profile_rule *r = &pf->rules[i];
		bool all = r->n_when > 0;
		for (size_t k = 0; all && k < r->n_when; k++)
			all = holds(p, &r->when[k]);
		if (all)
			p->rules[p->n_rules++] = r;
	}
	return true;
}

static bool has_step(const struct score_result *r, const struct next_step *st)
{
	for (size_t i = 0; i < r->n_steps; i++)
		if (r->steps[i].step == st)
			return true;
	return false;
}

bool score_compute(const struct catalogue *c, const struct questionnaire *q,
		   const struct session *s, struct score_result *r)
{
	size_t n = c->n_practices;
	memset(r, 0, sizeof(*r));
	r->practices = calloc(n ? n : 1, sizeof(*r->practices));
	r->n_practices = n;
	double *sum = calloc(n ? n : 1, sizeof(*sum)), *wsum = calloc(n ? n : 1, sizeof(*wsum));
	if (!r->practices || !sum || !wsum) {
		free(sum);
		free(wsum);
		score_finish(r);
		return false;
	}
	for (size_t i = 0; i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		int v = score_item_value(it, session_get(s, it->id));
		if (!v)
			continue;
		for (size_t k = 0; k < it->n_weights; k++) {
			size_t p = it->weights[k].practice;
			sum[p] += it->weights[k].w * v;
			wsum[p] += it->weights[k].w;
			r->practices[p].answered++;
		}
	}
	for (size_t p = 0; p < n; p++) {
		struct practice_score *ps = &r->practices[p];
		ps->level = -1;
		if (ps->answered == 0 || wsum[p] <= 0)
			continue;
		ps->has_score = true;
		ps->mean = sum[p] / wsum[p];
		ps->score = (ps->mean - 1.0) * 100.0 / (CONTENT_SCALE_POINTS - 1);
		ps->level = level_of(c, ps->score);
	}
	free(sum);
	free(wsum);

	/* focus: repeatedly take the lowest eligible practice not yet taken */
	while (r->n_focus < SCORE_MAX_FOCUS) {
		int best = -1;
		for (size_t p = 0; p < n; p++) {
			const struct practice_score *ps = &r->practices[p];
			bool taken = false;
			for (size_t f = 0; f < r->n_focus; f++)
				taken |= r->focus[f] == p;
			if (taken || !ps->has_score || ps->answered < (size_t)c->min_answers)
				continue;
			if (best < 0 || ps->score < r->practices[best].score - 1e-9)
				best = (int)p;
		}
		if (best < 0)
			break;
		r->focus[r->n_focus++] = (size_t)best;
	}

	if (!compute_profile(q, s, &r->profile)) {
		score_finish(r);
		return false;
	}
	/* next steps: first those of matching profile rules */
	for (size_t i = 0; i < r->profile.n_rules && r->n_steps < SCORE_MAX_STEPS; i++) {
		const struct profile_rule *rule = r->profile.rules[i];
		if (has_step(r, rule->step))
			continue;
		r->steps[r->n_steps++] = (struct step_ref){rule->step, rule->practice, rule};
	}

	/* then round robin over the focus practices */
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
	return true;
}

void score_finish(struct score_result *r)
{
	free(r->practices);
	free(r->profile.section_score);
	free(r->profile.has_section);
	memset(&r->profile, 0, sizeof(r->profile));
	r->practices = NULL;
	r->n_practices = r->n_focus = r->n_steps = 0;
}
