#include "spiegel/score.h"

#include <stdlib.h>

int score_item_value(const struct item *it, struct answer a)
{
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

bool score_compute(const struct catalogue *c, const struct questionnaire *q,
		   const struct session *s, struct score_result *r)
{
	size_t n = c->n_practices;
	r->practices = calloc(n ? n : 1, sizeof(*r->practices));
	r->n_practices = n;
	r->n_focus = r->n_steps = 0;
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

	/* next steps: round robin over the focus practices */
	size_t next[SCORE_MAX_FOCUS] = {0};
	bool progress = true;
	while (r->n_steps < SCORE_MAX_STEPS && progress) {
		progress = false;
		for (size_t f = 0; f < r->n_focus && r->n_steps < SCORE_MAX_STEPS; f++) {
			const struct practice *pr = &c->practices[r->focus[f]];
			unsigned bit = 1u << r->practices[r->focus[f]].level;
			while (next[f] < pr->n_steps && !(pr->steps[next[f]].levels & bit))
				next[f]++;
			if (next[f] < pr->n_steps) {
				r->steps[r->n_steps].practice = r->focus[f];
				r->steps[r->n_steps].step = next[f];
				r->n_steps++;
				next[f]++;
				progress = true;
			}
		}
	}
	return true;
}

void score_finish(struct score_result *r)
{
	free(r->practices);
	r->practices = NULL;
	r->n_practices = r->n_focus = r->n_steps = 0;
}
